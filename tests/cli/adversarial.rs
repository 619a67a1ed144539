//! What council staff's spreadsheets and curious template authors may feed
//! the tool: markup everywhere, templates reaching outside their folder,
//! empty files, a large garbage file, a very large plan.

use std::path::Path;

use plan_report_tests::{copy_plan, fixture, hallingdal, pdf_text, run, stderr};

const MARKUP: &str = "#set text(size: 40pt) *x* _y_ $z$ [w] \\ <l> @r = h `c` // k /* m */";

#[test]
fn markup_in_every_text_field_prints_literally() {
    let dir = copy_plan(&hallingdal());
    let toml = std::fs::read_to_string(dir.path().join("plan.toml")).expect("plan.toml");
    // Every prose field of plan.toml gets the markup appended (TOML-escaped).
    let escaped = MARKUP.replace('\\', "\\\\");
    let toml = toml
        .replace("title = \"Strategisk plan Hallingdal 2021–2024\"", &format!("title = \"Strategisk plan {escaped}\""))
        .replace("name = \"LEIKEN\"", &format!("name = \"LEIKEN {escaped}\""))
        .replace("text = \"Me jobbar på lag,", &format!("text = \"{escaped} Me jobbar på lag,"))
        .replace("statement = \"Hallingdal er ein meir", &format!("statement = \"{escaped} Hallingdal er ein meir"))
        .replace("name = \"Klima og miljø\"", &format!("name = \"Klima {escaped}\""))
        .replace("text = \"Meir gods går på bane\"", &format!("text = \"Meir gods {escaped}\""));
    std::fs::write(dir.path().join("plan.toml"), toml).expect("write");
    let sak = std::fs::read_to_string(dir.path().join("sak.toml")).expect("sak.toml");
    std::fs::write(
        dir.path().join("sak.toml"),
        sak.replace("signer]\nname = \"Jan Olav Helling\"", &format!("signer]\nname = \"Jan Olav Helling {escaped}\"")),
    )
    .expect("write");
    let actions = std::fs::read_to_string(dir.path().join("tiltak.csv")).expect("tiltak.csv");
    let quoted = MARKUP.replace('"', "\"\"");
    std::fs::write(dir.path().join("tiltak.csv"), actions.replace(",Saman med FNB", &format!(",\"{quoted}\"")))
        .expect("write");
    let out = tempfile::tempdir().expect("temp dir");
    for (command, name) in [("status", "status.pdf"), ("case", "case.pdf")] {
        let pdf = out.path().join(name);
        let mut args = vec![command, dir.path().to_str().expect("path"), "-o", pdf.to_str().expect("path")];
        if command == "status" {
            args.extend(["--year", "2021"]);
        }
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{command}: {}", stderr(&output));
        let text = pdf_text(&pdf).replace("// ", "//").replace(" //", "//");
        let expected = MARKUP.replace("// ", "//").replace(" //", "//");
        let count = text.matches(&expected).count();
        assert!(
            count >= if command == "status" { 4 } else { 6 },
            "{command}: the markup printed {count} times literally"
        );
    }
}

#[test]
fn templates_cannot_read_outside_what_the_report_serves() {
    let secret = tempfile::tempdir().expect("temp dir");
    std::fs::write(secret.path().join("hemmeleg.txt"), "hemmeleg").expect("write");
    let templates = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = out.path().join("status.pdf");
    for attempt in [
        format!("#read(\"{}\")", secret.path().join("hemmeleg.txt").display()),
        "#read(\"../../../etc/passwd\")".to_string(),
        "#image(\"/etc/hostname\")".to_string(),
        "#import \"@preview/cetz:0.3.0\": *".to_string(),
    ] {
        std::fs::write(templates.path().join("status.typ"), format!("{attempt}\n")).expect("write");
        let output = run(&[
            "status",
            "data/hallingdal",
            "--year",
            "2021",
            "--templates",
            templates.path().to_str().expect("path"),
            "-o",
            pdf.to_str().expect("path"),
        ]);
        assert_eq!(output.status.code(), Some(1), "{attempt} must be refused");
        let err = stderr(&output);
        assert!(err.contains("status.typ:1:"), "{attempt}: {err}");
        assert!(
            err.contains("not found") || err.contains("failed to load") || err.contains("cannot"),
            "{attempt}: {err}"
        );
        assert!(!err.contains("hemmeleg\n") && !Path::new(&pdf).exists());
    }
}

#[test]
fn empty_files_are_clear_errors() {
    for (file, expected) in [
        ("tiltak.csv", "tiltak.csv: error: the file is empty (expected a header row and data rows)"),
        ("plan.toml", "plan.toml:1: error: malformed TOML at column 1: missing field `meta`"),
        ("befolkning.csv", "befolkning.csv: error: the file is empty (expected a header row and data rows)"),
    ] {
        let dir = copy_plan(&fixture("minimal-plan"));
        std::fs::write(dir.path().join(file), "").expect("write");
        let output = run(&["check", dir.path().to_str().expect("path")]);
        assert_eq!(output.status.code(), Some(1), "{file}");
        let text = String::from_utf8_lossy(&output.stdout).replace(&format!("{}/", dir.path().display()), "");
        assert!(text.lines().any(|l| l == expected), "{file}: {text}");
    }
}

#[test]
fn a_large_garbage_file_is_refused_without_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let garbage = dir.path().join("garbage.csv");
    // 50 MB of pseudo-random bytes: not a table of any shape.
    let mut bytes = Vec::with_capacity(50 << 20);
    let mut seed: u64 = 0x0123_4567_89AB_CDEF;
    while bytes.len() < 50 << 20 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        bytes.extend_from_slice(&seed.to_le_bytes());
    }
    std::fs::write(&garbage, &bytes).expect("write");
    let output = run(&["population", "data/hallingdal", "--input", garbage.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("garbage.csv"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}
