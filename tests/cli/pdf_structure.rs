//! The PDFs' structure, walked: `tests/pdf/check_pdf.py` (pikepdf) checks the
//! automatable PDF/UA-1 checkpoints — `/Lang`, `DisplayDocTitle`, the XMP
//! title, `Figure` with `/Alt`, `TH` with `/Scope`, headings without gaps,
//! link annotations with `/Contents` in the structure tree, fonts embedded
//! with `ToUnicode`, no soft hyphen in a title, bookmark or alternative
//! text — for every report kind of both fixture regions, and
//! finds the faults `tests/pdf/break_pdf.py` puts into a copy. Skips (with a
//! message) without Python's pikepdf. The interpreter is
//! `$PLAN_REPORT_PYTHON` (default `python3`): `.ci/run` sets it to one that
//! has pikepdf, and sets `PLAN_REPORT_PDF_TESTS=1`, which turns a skip into a
//! failure.

use std::path::{Path, PathBuf};
use std::process::Command;

use plan_report_tests::{fixture, hallingdal, repo_root, run, stderr};

/// The interpreter that runs the checker: `$PLAN_REPORT_PYTHON`, else `python3`.
fn python() -> String {
    std::env::var("PLAN_REPORT_PYTHON").ok().filter(|p| !p.is_empty()).unwrap_or_else(|| "python3".to_string())
}

fn pikepdf() -> bool {
    let python = python();
    let found = Command::new(&python).args(["-c", "import pikepdf"]).output().is_ok_and(|o| o.status.success());
    if !found {
        let message = format!(
            "PDF structure checks skipped: {python} cannot import pikepdf (pip install pikepdf, or set PLAN_REPORT_PYTHON to an interpreter that has it; .ci/run does)"
        );
        assert!(!std::env::var("PLAN_REPORT_PDF_TESTS").is_ok_and(|v| v == "1"), "{message}");
        eprintln!("{message}");
    }
    found
}

fn script(name: &str) -> PathBuf {
    repo_root().join("tests/pdf").join(name)
}

/// Runs the checker: (exit code, its lines).
fn check(pdfs: &[PathBuf]) -> (Option<i32>, Vec<String>) {
    let output = Command::new(python()).arg(script("check_pdf.py")).args(pdfs).output().expect("the python runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    (output.status.code(), text.lines().map(str::to_string).collect())
}

fn render(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["-o", path.to_str().expect("path")]);
    let output = run(&all);
    assert_eq!(output.status.code(), Some(0), "{args:?}: {}", stderr(&output));
    path
}

#[test]
fn every_report_kind_meets_the_automatable_pdf_ua_checkpoints() {
    if !pikepdf() {
        return;
    }
    let out = tempfile::tempdir().expect("temp dir");
    let dir = out.path();
    let hallingdal = hallingdal();
    let plan = hallingdal.to_str().expect("path");
    let other = fixture("adopted-plan-other-region");
    let other = other.to_str().expect("path");
    let mut pdfs = vec![
        render(dir, "status-2021.pdf", &["status", plan, "--year", "2021"]),
        render(dir, "status-2022.pdf", &["status", plan, "--year", "2022"]),
        render(dir, "period.pdf", &["period", plan]),
        render(dir, "case-9-20.pdf", &["case", plan, "--case", "9/20"]),
        render(dir, "case-29-22.pdf", &["case", plan, "--case", "29/22"]),
        render(dir, "other-status.pdf", &["status", other, "--year", "2024"]),
        render(dir, "status-2022-en.pdf", &["status", plan, "--year", "2022", "--lang", "en"]),
        render(dir, "bokmal-status.pdf", &["status", fixture("bokmal-plan").to_str().expect("path"), "--year", "2024"]),
    ];
    let municipalities = dir.join("municipalities");
    let output = run(&["batch", "--plan", plan, "--from", "2021", "--out-dir", municipalities.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    pdfs.push(municipalities.join("3320-fla.pdf"));

    let (code, lines) = check(&pdfs);
    assert_eq!(code, Some(0), "{}", lines.join("\n"));
    assert_eq!(lines.len(), pdfs.len(), "one line per file, no problems: {lines:?}");
    for (pdf, line) in pdfs.iter().zip(&lines) {
        assert!(line.starts_with(&format!("{}: ok (", pdf.display())), "{line}");
    }
    // The document language is the edition's.
    for (i, lang) in [(1, "nn-NO"), (6, "en-GB"), (7, "nb-NO")] {
        assert!(lines[i].ends_with(&format!(", lang {lang})")), "{}", lines[i]);
    }
    // The checks saw what they check: figures, header cells, headings, links.
    let status = &lines[1];
    for part in [" figures", " th,", " headings", " links", " fonts"] {
        let count: usize = status
            .split(part)
            .next()
            .and_then(|before| before.rsplit([' ', '(']).next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        assert!(count > 0, "the 2022 report has{part}: {status}");
    }
}

#[test]
fn the_checker_finds_the_faults_it_is_there_for() {
    if !pikepdf() {
        return;
    }
    let out = tempfile::tempdir().expect("temp dir");
    let good = render(out.path(), "good.pdf", &["status", hallingdal().to_str().expect("path"), "--year", "2022"]);
    let broken = out.path().join("broken.pdf");
    let status = Command::new(python()).arg(script("break_pdf.py")).arg(&good).arg(&broken).status().expect("runs");
    assert!(status.success());
    let (code, lines) = check(std::slice::from_ref(&broken));
    assert_eq!(code, Some(1), "{lines:?}");
    let prefix = format!("{}: ", broken.display());
    let problems: Vec<String> = lines
        .iter()
        .map(|l| l.strip_prefix(&prefix).unwrap_or(l).to_string())
        // Object numbers and font names vary with the templates; the kind of fault does not.
        .map(|l| l.split(" (object").next().unwrap_or(&l).to_string())
        .collect();
    assert_eq!(problems[0], "the catalogue has no /Lang (document language)");
    assert!(problems.contains(&"a TH cell has no /Scope".to_string()), "{problems:?}");
    assert!(problems.contains(&"a Figure has no /Alt text".to_string()), "{problems:?}");
    assert!(
        problems.iter().any(|p| p.starts_with("the font ") && p.ends_with(" has no ToUnicode map")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.ends_with(": a link annotation has no /Contents")), "{problems:?}");
    assert!(problems.contains(&"a bookmark has a soft hyphen: '1 S\\xadamandrag'".to_string()), "{problems:?}");
    assert!(problems.last().is_some_and(|l| l.starts_with("FAILED (")), "{problems:?}");
    assert_eq!(problems.len(), 7, "{problems:?}");

    // A PDF rendered without the standards misses what PDF/UA adds.
    let plain = render(
        out.path(),
        "plain.pdf",
        &["status", hallingdal().to_str().expect("path"), "--year", "2022", "--pdf-standard", "none"],
    );
    let (code, lines) = check(std::slice::from_ref(&plain));
    assert_eq!(code, Some(1));
    let prefix = plain.display().to_string();
    assert_eq!(lines[0], format!("{prefix}: /ViewerPreferences /DisplayDocTitle is not true"));
    assert_eq!(lines[1], format!("{prefix}: the XMP metadata has no pdfuaid:part (PDF/UA identification)"));
}
