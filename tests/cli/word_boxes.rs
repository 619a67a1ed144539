//! Issue 26, item 2: no report overprints or overflows. Every report kind
//! (annual, period, case, and `batch`'s municipality report) of the bundled
//! plan and of the other-region and Bokmål fixtures is rendered in Nynorsk,
//! Bokmål and English, and the word boxes `pdftotext -bbox-layout` reports
//! are checked: no two words of a page intersect, and every word lies inside
//! the page's text area; no word is hyphenated against the rules (issue 26,
//! item 2: see `hyphenation`). Text drawn inside the charts is vector paths, not
//! text, and is checked by the chart generator's own test
//! (`charts::overlap`).

use std::path::Path;

use plan_report_tests::{arg_path, fixture, hallingdal, poppler, run, stderr};

/// One word's box on a page, in points.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

/// A page's size and its words.
struct Page {
    width: f64,
    height: f64,
    words: Vec<Word>,
}

fn attr(element: &str, name: &str) -> f64 {
    let key = format!("{name}=\"");
    let start = element.find(&key).unwrap_or_else(|| panic!("{name} in {element}")) + key.len();
    element[start..].split('"').next().and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{name} in {element}"))
}

/// The pages of a PDF as `pdftotext -bbox-layout` reads them.
fn pages(pdf: &Path) -> Vec<Page> {
    let xhtml = poppler("pdftotext", &["-bbox-layout", arg_path(pdf), "-"]);
    let mut pages = Vec::new();
    for chunk in xhtml.split("<page ").skip(1) {
        let head = &chunk[..chunk.find('>').expect("a page element")];
        let mut words = Vec::new();
        for word in chunk.split("<word ").skip(1) {
            let close = word.find('>').expect("a word element");
            let text = word[close + 1..].split("</word>").next().unwrap_or("").to_string();
            let element = &word[..close];
            words.push(Word {
                text,
                x0: attr(element, "xMin"),
                y0: attr(element, "yMin"),
                x1: attr(element, "xMax"),
                y1: attr(element, "yMax"),
            });
        }
        pages.push(Page { width: attr(head, "width"), height: attr(head, "height"), words });
    }
    pages
}

/// The left and right margins of every page (`templates/common.typ`).
const SIDE_MARGIN: f64 = 2.4 / 2.54 * 72.0;
/// The header and footer stand in the top and bottom margins, at least
/// this far from the page's edge.
const END_MARGIN: f64 = 1.2 / 2.54 * 72.0;
/// What two boxes may share: rounding in the PDF's coordinates.
const EPSILON: f64 = 0.3;
/// How far punctuation and a hyphen at a line's end may hang into the
/// margin: typst's `overhang` sets them out for an even optical edge.
const HANGING: f64 = 3.5;

/// What is wrong with a PDF's words, one line each: overprints, overflows,
/// and hyphenation against the rules (`hyphenation::hyphenation_faults`).
fn faults(pdf: &Path) -> Vec<String> {
    let mut faults = page_faults(&pages(pdf));
    faults.extend(crate::hyphenation::hyphenation_faults(&crate::hyphenation::blocks(pdf)));
    faults
}

/// What is wrong with the words of these pages, one line each.
fn page_faults(pages: &[Page]) -> Vec<String> {
    let mut faults = Vec::new();
    for (n, page) in pages.iter().enumerate() {
        let n = n + 1;
        for w in &page.words {
            let hangs = w.text.ends_with(|c: char| ".,;:!?-–—)»”’\u{ad}".contains(c));
            let right = page.width - SIDE_MARGIN + if hangs { HANGING } else { EPSILON };
            if w.x0 < SIDE_MARGIN - EPSILON || w.x1 > right || w.y0 < END_MARGIN || w.y1 > page.height - END_MARGIN {
                faults.push(format!("page {n}: {:?} outside the text area: {w:?}", w.text));
            }
        }
        for (i, a) in page.words.iter().enumerate() {
            for b in &page.words[i + 1..] {
                if a.x0 < b.x1 - EPSILON && b.x0 < a.x1 - EPSILON && a.y0 < b.y1 - EPSILON && b.y0 < a.y1 - EPSILON {
                    faults.push(format!("page {n}: {:?} overlaps {:?}: {a:?} {b:?}", a.text, b.text));
                }
            }
        }
    }
    faults
}

/// Renders every report kind of `plan` in each language and checks each.
fn check_every_report(plan: &Path, year: &str, case: bool) {
    let out = tempfile::tempdir().expect("temp");
    let plan = arg_path(plan);
    let mut all = Vec::new();
    for lang in ["nn", "nb", "en"] {
        let mut kinds: Vec<(&str, Vec<&str>)> =
            vec![("status", vec!["status", plan, "--year", year]), ("period", vec!["period", plan])];
        if case {
            kinds.push(("case", vec!["case", plan]));
        }
        for (kind, args) in kinds {
            let pdf = out.path().join(format!("{kind}-{lang}.pdf"));
            let result = run(&[&args[..], &["--lang", lang, "-o", arg_path(&pdf)]].concat());
            assert!(result.status.success(), "{kind} {lang}: {}", stderr(&result));
            all.extend(faults(&pdf).into_iter().map(|f| format!("{kind} {lang}: {f}")));
        }
        let dir = out.path().join(format!("batch-{lang}"));
        let result = run(&["batch", "--plan", plan, "--out-dir", arg_path(&dir), "--lang", lang]);
        assert!(result.status.success(), "batch {lang}: {}", stderr(&result));
        for name in plan_report_tests::file_names(&dir) {
            all.extend(faults(&dir.join(&name)).into_iter().map(|f| format!("batch {lang} {name}: {f}")));
        }
    }
    assert!(all.is_empty(), "{} faults:\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_bundled_plans_reports_have_no_overprint_or_overflow() {
    check_every_report(&hallingdal(), "2022", true);
}

#[test]
fn the_other_regions_reports_have_no_overprint_or_overflow() {
    check_every_report(&fixture("adopted-plan-other-region"), "2024", true);
}

/// The Bokmål fixture has no case.
#[test]
fn the_bokmal_plans_reports_have_no_overprint_or_overflow() {
    check_every_report(&fixture("bokmal-plan"), "2025", false);
}

/// The check finds what it should: words on one spot, a word past the
/// margin; punctuation may hang a little.
#[test]
fn the_word_box_check_finds_faults() {
    let word = |text: &str, x0: f64, x1: f64| Word { text: text.into(), x0, y0: 100.0, x1, y1: 110.0 };
    let page = |words: Vec<Word>| vec![Page { width: 595.0, height: 842.0, words }];
    assert_eq!(page_faults(&page(vec![word("Ein", 100.0, 120.0), word("to", 122.0, 130.0)])), Vec::<String>::new());
    let two = page_faults(&page(vec![word("Ein", 100.0, 120.0), word("to", 119.0, 130.0)]));
    assert!(two.len() == 1 && two[0].starts_with("page 1: \"Ein\" overlaps \"to\""), "{two:?}");
    let edge = 595.0 - SIDE_MARGIN;
    let out = page_faults(&page(vec![word("ord", edge - 10.0, edge + 1.0)]));
    assert!(out.len() == 1 && out[0].starts_with("page 1: \"ord\" outside the text area"), "{out:?}");
    assert_eq!(page_faults(&page(vec![word("ord,", edge - 10.0, edge + 2.5)])), Vec::<String>::new());
    let left = page_faults(&page(vec![word("ord", SIDE_MARGIN - 2.0, 100.0)]));
    assert_eq!(left.len(), 1, "{left:?}");
}

/// The status comments of the bundled plan's 2021 status file, by their
/// first two words, as the annual report prints them in its action tables.
const COMMENTS: [[&str; 2]; 4] =
    [["Portalen", "vert"], ["Senteret", "opna"], ["Sykkeltraséane", "i"], ["Oppstartsløyvinga", "vart"]];

/// How far each status comment's first word stands from the left edge of
/// its column (the x of the nearest column heading on the same page: the
/// action tables' *Merknad*, where the comment is in italics, or the overdue
/// actions' *Kommentar*), in points, one per comment found.
fn comment_offsets(pdf: &Path) -> Vec<(String, f64)> {
    let mut offsets = Vec::new();
    for page in pages(pdf) {
        let columns: Vec<f64> =
            page.words.iter().filter(|w| w.text == "Merknad" || w.text == "Kommentar").map(|w| w.x0).collect();
        for (i, word) in page.words.iter().enumerate() {
            let Some(next) = page.words.get(i + 1) else { continue };
            if !COMMENTS.iter().any(|[first, second]| word.text == *first && next.text == *second) {
                continue;
            }
            let edge = columns
                .iter()
                .copied()
                .min_by(|a, b| (word.x0 - a).abs().total_cmp(&(word.x0 - b).abs()))
                .unwrap_or_else(|| panic!("no Merknad or Kommentar column on the page of «{}»", word.text));
            offsets.push((word.text.clone(), word.x0 - edge));
        }
    }
    offsets
}

/// Issue 26, item 2: no stray space before an italic status comment. In the
/// annual report's action tables each comment's first word starts at its
/// column's left edge, where the column's heading starts (a space before it
/// would set it about 2 pt in); and the check sees such a space when a
/// template puts one there.
#[test]
fn a_status_comment_has_no_stray_space_before_it() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("2021.pdf");
    let plan = hallingdal();
    let render = |pdf: &Path, extra: &[&str]| {
        let args = [&["status", arg_path(&plan), "--year", "2021", "-o", arg_path(pdf)], extra].concat();
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    };
    render(&pdf, &[]);
    let offsets = comment_offsets(&pdf);
    let found: std::collections::BTreeSet<&str> = offsets.iter().map(|(w, _)| w.as_str()).collect();
    assert_eq!(found.len(), COMMENTS.len(), "every comment found: {offsets:?}");
    for (word, offset) in &offsets {
        assert!(offset.abs() < EPSILON, "«{word}» stands {offset:.2} pt from its column's edge: {offsets:?}");
    }
    // The same report with a space before the comment, as the templates once set it.
    let templates = out.path().join("templates");
    std::fs::create_dir(&templates).expect("dir");
    let common = std::fs::read_to_string(plan_report_tests::repo_root().join("templates/common.typ")).expect("common");
    let spaced = "text(style: \"italic\", fill: muted, a.comment)";
    assert!(common.contains(spaced), "the comment's markup in common.typ");
    std::fs::write(templates.join("common.typ"), common.replace(spaced, &format!("[ #{spaced}]"))).expect("write");
    let spaced_pdf = out.path().join("spaced.pdf");
    render(&spaced_pdf, &["--templates", arg_path(&templates)]);
    let spaced_offsets = comment_offsets(&spaced_pdf);
    assert!(spaced_offsets.iter().any(|(_, offset)| *offset > 1.0), "a stray space is seen: {spaced_offsets:?}");
}
