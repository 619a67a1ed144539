//! `plan-report batch`: one PDF per municipality, a failing municipality
//! reported without stopping the rest.

use std::path::Path;

use plan_report_tests::{pdf_text, run, stderr};

#[test]
fn renders_one_report_per_municipality() {
    let out = tempfile::tempdir().expect("temp dir");
    let dir = out.path().join("rapportar");
    let output = run(&[
        "batch",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--changes",
        "data/hallingdal/kommuneendringar.csv",
        "--out-dir",
        dir.to_str().expect("path"),
        "--from",
        "2015",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let names = plan_report_tests::file_names(&dir);
    assert_eq!(
        names,
        ["3320-fla.pdf", "3322-nesbyen.pdf", "3324-gol.pdf", "3326-hemsedal.pdf", "3328-al.pdf", "3330-hol.pdf"]
    );
    let text = pdf_text(&dir.join("3326-hemsedal.pdf"));
    for expected in [
        "Hemsedal 2015–2024",
        "Kommunenummer 3326",
        "2 344",
        "2 666",
        "+322 (+13,74 %)",
        "1. januar 2018 2 457 +15 +0,61 %",
    ] {
        assert!(text.contains(expected), "missing: {expected}");
    }
    assert!(
        stderr(&output).starts_with(&format!("rendered 6 of 6 reports into {}", dir.display())),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_failing_municipality_does_not_stop_the_rest() {
    let out = tempfile::tempdir().expect("temp dir");
    // Without the code changes, the 2024 codes cannot be followed back to
    // 2015; one municipality of the table exists at both dates.
    let table = out.path().join("folketal.csv");
    let mut csv = std::fs::read_to_string("../data/hallingdal/folketal-ssb-07459-2015-2024.csv").expect("data");
    csv.push_str("3326,Hemsedal,2015-01-01,2344\n");
    std::fs::write(&table, csv).expect("write");
    let dir = out.path().join("r");
    let output = run(&[
        "batch",
        "--input",
        table.to_str().expect("path"),
        "--out-dir",
        dir.to_str().expect("path"),
        "--from",
        "2015",
        "--to",
        "2024",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("rendered 1 of 6 reports"), "{err}");
    assert!(
        err.contains(&format!(
            "failed: 3320 Flå: {}: error: 3320 Flå has no population on 1 January 2015 in the data",
            table.display()
        )),
        "{err}"
    );
    assert_eq!(err.lines().filter(|l| l.starts_with("failed: ")).count(), 5);
    assert!(Path::new(&dir.join("3326-hemsedal.pdf")).exists());
    assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 1, "no half-written files");
}

#[test]
fn a_batch_limited_to_a_region_or_a_plan() {
    let out = tempfile::tempdir().expect("temp dir");
    let names = |dir: &Path| plan_report_tests::file_names(dir);
    // Codes of any date: 0617 Gol (before 2020) is followed to 3324.
    let dir = out.path().join("region");
    let output = run(&[
        "batch",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--changes",
        "data/hallingdal/kommuneendringar.csv",
        "--region",
        "0617,3326",
        "--out-dir",
        dir.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(names(&dir), ["3324-gol.pdf", "3326-hemsedal.pdf"]);
    assert!(stderr(&output).starts_with("rendered 2 of 2 reports"), "{}", stderr(&output));
    // The plan's municipalities, statistics files and code changes.
    let dir = out.path().join("plan");
    let output =
        run(&["batch", "--plan", "data/hallingdal", "--from", "2021", "--out-dir", dir.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(names(&dir).len(), 6);
    let output = run(&[
        "batch",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--region",
        "31",
        "--out-dir",
        dir.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "--region: error: \"31\" is not a municipality number (expected four digits such as 0615 or 3041)\n"
    );
}
