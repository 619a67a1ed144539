//! Issue 26, item 2: hyphenation that never leaves fewer than 3 letters on a
//! line and never breaks a word of 6 letters or less, while a long word in a
//! narrow cell is still hyphenated rather than overflowing it; in Nynorsk,
//! Bokmål and English. The break points are soft hyphens that plan-report
//! writes into the `data.json` typst reads; the PDF's text has none inside an
//! unbroken word. Read from `pdftotext -bbox-layout`: a line that ends in a
//! broken word ends in a soft hyphen, and the word goes on at the start of
//! the block's next line.

use std::path::Path;

use plan_report_tests::{arg_path, copy_plan, fixture, poppler, run, stderr};

const SOFT_HYPHEN: char = '\u{ad}';

/// The lines of each text block of a PDF, each line its words, as
/// `pdftotext -bbox-layout` reads them (a table cell is a block of its own).
pub(crate) fn blocks(pdf: &Path) -> Vec<Vec<Vec<String>>> {
    let xhtml = poppler("pdftotext", &["-bbox-layout", arg_path(pdf), "-"]);
    let word_text = |w: &str| -> String {
        let text = w[w.find('>').map_or(0, |i| i + 1)..].split("</word>").next().unwrap_or("");
        text.replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
    };
    xhtml
        .split("<block ")
        .skip(1)
        .map(|block| {
            block.split("<line ").skip(1).map(|line| line.split("<word ").skip(1).map(word_text).collect()).collect()
        })
        .collect()
}

/// What is wrong with the hyphenation of these blocks, one line each: a
/// soft hyphen inside a word (text extraction must find words whole), a
/// fragment of fewer than 3 letters before or after a break, a broken word
/// of 6 letters or less.
pub(crate) fn hyphenation_faults(blocks: &[Vec<Vec<String>>]) -> Vec<String> {
    let mut faults = Vec::new();
    let letters_at_end =
        |w: &str| w.trim_end_matches(SOFT_HYPHEN).chars().rev().take_while(|c| c.is_alphabetic()).count();
    let letters_at_start = |w: &str| w.chars().take_while(|c| c.is_alphabetic()).count();
    for block in blocks {
        for (n, line) in block.iter().enumerate() {
            for word in line {
                if word.trim_end_matches(SOFT_HYPHEN).contains(SOFT_HYPHEN) {
                    faults.push(format!("a soft hyphen inside {word:?}"));
                }
            }
            let Some(last) = line.last().filter(|w| w.ends_with(SOFT_HYPHEN)) else { continue };
            let before = letters_at_end(last);
            // A word broken at a page's foot, or where poppler splits a
            // table's column, goes on in another block: its start is checked.
            let Some(next) = block.get(n + 1).and_then(|l| l.first()) else {
                if before < 3 {
                    faults.push(format!("{last:?}: {before} letters before the break"));
                }
                continue;
            };
            let after = letters_at_start(next);
            if before < 3 || after < 3 || before + after < 7 {
                faults.push(format!("{last:?} / {next:?}: {before} letters before the break, {after} after"));
            }
        }
    }
    faults
}

/// The words broken at a line's end, joined again (`samarbeids` + `avtale`).
fn broken_words(blocks: &[Vec<Vec<String>>]) -> Vec<String> {
    let mut words = Vec::new();
    for block in blocks {
        for (n, line) in block.iter().enumerate() {
            if let (Some(last), Some(next)) = (line.last(), block.get(n + 1).and_then(|l| l.first()))
                && last.ends_with(SOFT_HYPHEN)
            {
                let head: String = last.trim_end_matches(SOFT_HYPHEN).chars().filter(|c| c.is_alphabetic()).collect();
                let tail: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
                words.push(format!("{head}{tail}"));
            }
        }
    }
    words
}

/// A plan in `lang` whose actions' notes (the action table's narrow last
/// column) hold `note`, rendered as the annual report in `lang`.
fn render_notes(lang: &str, note: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let plan = copy_plan(&fixture("minimal-plan"));
    let toml = std::fs::read_to_string(plan.path().join("plan.toml")).expect("plan.toml");
    std::fs::write(plan.path().join("plan.toml"), toml.replace("language = \"nn\"", &format!("language = \"{lang}\"")))
        .expect("plan.toml written");
    let csv = format!(
        "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\nK1,klima,avfall,Sortere alt avfall,2026,TR,,\"{note}\"\nT1,teneste,,Felles strategi,2026,TR,,\"{note}\"\n"
    );
    std::fs::write(plan.path().join("tiltak.csv"), csv).expect("tiltak.csv written");
    let pdf = plan.path().join(format!("status-{lang}.pdf"));
    let result = run(&["status", arg_path(plan.path()), "--year", "2025", "--lang", lang, "-o", arg_path(&pdf)]);
    assert!(result.status.success(), "{lang}: {}", stderr(&result));
    (plan, pdf)
}

/// Checks one language: the rules hold over the whole report, and `long`,
/// too long for the note column, is broken there, with a hyphen.
fn check(lang: &str, note: &str, long: &str) {
    let (_plan, pdf) = render_notes(lang, note);
    let blocks = blocks(&pdf);
    assert_eq!(hyphenation_faults(&blocks), Vec::<String>::new(), "{lang}");
    let broken = broken_words(&blocks);
    assert!(broken.iter().any(|w| w == long), "{lang}: {long} is not hyphenated; broken words: {broken:?}");
    assert!(broken.iter().all(|w| w.chars().count() >= 7), "{lang}: {broken:?}");
}

#[test]
fn nynorsk_narrow_cells_break_long_words_only_with_three_letters_each_side() {
    check(
        "nn",
        "Ein samarbeidsavtale om reiselivsutviklinga skal fornyast årleg etter eit fast skjema i heile regionen, i kvar kommune og under kvar einaste samling.",
        "reiselivsutviklinga",
    );
}

#[test]
fn bokmal_narrow_cells_break_long_words_only_with_three_letters_each_side() {
    check(
        "nb",
        "En samarbeidsavtale om reiselivsutviklingen skal fornyes årlig etter et fast skjema for hele regionen.",
        "reiselivsutviklingen",
    );
}

#[test]
fn english_narrow_cells_break_long_words_only_with_three_letters_each_side() {
    check(
        "en",
        "An agreement on telecommunications between the municipalities is renewed yearly after a fixed scheme for the whole region.",
        "telecommunications",
    );
}

/// The check finds what it should.
#[test]
fn the_hyphenation_check_finds_faults() {
    let block = |lines: &[&[&str]]| -> Vec<Vec<String>> {
        lines.iter().map(|l| l.iter().map(ToString::to_string).collect()).collect()
    };
    let good = block(&[&["om", "samarbeids\u{ad}"], &["avtalen", "i"]]);
    assert_eq!(hyphenation_faults(&[good]), Vec::<String>::new());
    let short_head = block(&[&["om", "år\u{ad}"], &["lege", "i"]]);
    assert_eq!(hyphenation_faults(&[short_head]), ["\"år\\u{ad}\" / \"lege\": 2 letters before the break, 4 after"]);
    let short_tail = block(&[&["planperio\u{ad}"], &["de."]]);
    assert_eq!(
        hyphenation_faults(&[short_tail]),
        ["\"planperio\\u{ad}\" / \"de.\": 9 letters before the break, 2 after"]
    );
    let short_word = block(&[&["skje\u{ad}"], &["ma"]]);
    assert_eq!(hyphenation_faults(&[short_word]), ["\"skje\\u{ad}\" / \"ma\": 4 letters before the break, 2 after"]);
    let inside = block(&[&["plan\u{ad}perioden"]]);
    assert_eq!(hyphenation_faults(&[inside]), ["a soft hyphen inside \"plan\\u{ad}perioden\""]);
}

/// The soft hyphens stand only where typst reads them: `--emit-typst`'s
/// `data.json` is the library's view, byte for byte, once they are taken
/// out; the view and the web page have none.
#[test]
fn soft_hyphens_are_only_in_the_json_typst_reads() -> Result<(), Box<dyn std::error::Error>> {
    let out = tempfile::tempdir()?;
    let emitted = out.path().join("emit");
    let result = run(&["status", "data/hallingdal", "--year", "2021", "--emit-typst", arg_path(&emitted)]);
    assert!(result.status.success(), "{}", stderr(&result));
    let data = std::fs::read_to_string(emitted.join("data.json"))?;
    assert!(data.contains("\"per_municipality\": \"Per kom\u{ad}mune\""), "a label with its break point");
    assert!(data.contains("\"title\": \"Næringsliv og kompetanseutvikling\""), "a title without");

    let loaded = plan_core::PlanFolder::load(plan_report_tests::hallingdal())?;
    let options = plan_report::ReportOptions { year: Some(2021), ..Default::default() };
    let prepared =
        plan_report::report::prepare(plan_report::Report::Annual, &plan_report::ReportInput::new(&loaded), &options)?;
    let view = String::from_utf8(prepared.view.to_json()?)?;
    assert!(!view.contains(SOFT_HYPHEN), "the view has no soft hyphen");
    assert_eq!(plan_report_tests::emitted_view_json(&emitted), view);

    let site = out.path().join("site");
    let result = run(&["site", "data/hallingdal", "-o", arg_path(&site), "--no-pdf"]);
    assert!(result.status.success(), "{}", stderr(&result));
    for name in plan_report_tests::file_names(&site).iter().filter(|n| n.ends_with(".html")) {
        assert!(!std::fs::read_to_string(site.join(name))?.contains(SOFT_HYPHEN), "{name} has a soft hyphen");
    }
    Ok(())
}
