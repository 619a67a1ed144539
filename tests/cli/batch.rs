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
    // Hemsedal has a count in 2024 only, under no code of its lineage before:
    // it cannot be followed back to any earlier date; the others can (the
    // built-in change list joins 2015–2024 without --changes).
    let table = out.path().join("folketal.csv");
    let csv = std::fs::read_to_string("../data/hallingdal/folketal-ssb-07459-2015-2024.csv").expect("data");
    let kept: Vec<&str> = csv
        .lines()
        .filter(|l| !["0618,", "3042,"].iter().any(|c| l.starts_with(c)) && !l.starts_with("3326,Hemsedal,2015"))
        .collect();
    std::fs::write(&table, kept.join("\n") + "\n").expect("write");
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
    assert!(err.contains("rendered 5 of 6 reports"), "{err}");
    assert!(
        err.contains(&format!(
            "failed: 3326 Hemsedal: {}: error: 0618 Hemsedal has no population on 1 January 2015 in the data",
            table.display()
        )),
        "{err}"
    );
    assert_eq!(err.lines().filter(|l| l.starts_with("failed: ")).count(), 1);
    assert!(Path::new(&dir.join("3320-fla.pdf")).exists());
    assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 5, "no half-written files");
}

#[test]
fn a_table_of_one_date_renders_each_municipality_on_that_date() {
    // Finding 9 of issue 20: a national table of one date (SSB's 2020 download)
    // failed 356 times with "the period 2020-01-01 to 2020-01-01 is reversed or empty".
    let out = tempfile::tempdir().expect("temp dir");
    let dir = out.path().join("r");
    let input = "tests/fixtures/batch-one-date/folketal-ssb-07459-2020.csv";
    let output = run(&["batch", "--input", input, "--out-dir", dir.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        plan_report_tests::file_names(&dir),
        ["0301-oslo.pdf", "3024-baerum.pdf", "3039-fla.pdf", "3041-gol.pdf", "5001-trondheim-traante.pdf"]
    );
    // Said once, not once per municipality.
    let err = stderr(&output);
    let note = "each report shows its municipality on 1 January 2020 alone (population, share, density and rank): a change needs figures for a second date";
    assert_eq!(err.matches(note).count(), 1, "{err}");
    assert!(!err.contains("reversed"), "{err}");
    let text = pdf_text(&dir.join("3041-gol.pdf"));
    for expected in [
        "Gol 2020",
        "4 608",
        "Folketal 1. januar 2020",
        "0,45 %",
        "Del av folketalet i tabellen",
        "4 av 5",
        "Plass etter folketal",
        "Folketalet er per 1. januar 2020. Rapporten viser kommunen berre den dagen: ei endring treng tal for ein dato til. Del og plass gjeld dei 5 kommunane i tabellen.",
    ] {
        assert!(text.contains(expected), "missing {expected:?}: {text}");
    }
    assert!(!text.contains("2020–2020"), "{text}");
    // With areas, the density too.
    let dir = out.path().join("areal");
    let output = run(&[
        "batch",
        "--input",
        "tests/fixtures/batch-one-date/folketal-2020-med-areal.csv",
        "--region",
        "3041",
        "--out-dir",
        dir.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(&dir.join("3041-gol.pdf"));
    assert!(text.contains("8,7") && text.contains("Innbyggjarar per km²"), "{text}");
}

#[test]
fn dates_outside_the_table_are_one_error_naming_the_file_and_its_dates() {
    let out = tempfile::tempdir().expect("temp dir");
    let dir = out.path().join("r");
    let input = "tests/fixtures/batch-one-date/folketal-ssb-07459-2020.csv";
    let output = run(&["batch", "--input", input, "--out-dir", dir.to_str().expect("path"), "--from", "2019"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "{input} (SSB, table 07459): error: the table holds no figures for 1 January 2019 (--from); it holds 1 January 2020 (expected --from and --to among its dates)\n"
        )
    );
    assert!(!dir.exists(), "nothing rendered");
    // A table of several dates: both flags named in one error, with the dates it holds.
    let output = run(&[
        "batch",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--out-dir",
        dir.to_str().expect("path"),
        "--from",
        "2014",
        "--to",
        "2025",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv: error: the table holds no figures for 1 January 2014 (--from), 1 January 2025 (--to); it holds 10 dates from 1 January 2015 to 1 January 2024 (expected --from and --to among its dates)\n"
    );
    // Reversed dates: one error, not one per municipality.
    let output = run(&[
        "batch",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--out-dir",
        dir.to_str().expect("path"),
        "--from",
        "2020",
        "--to",
        "2017",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "--from: error: 2020-01-01 is not before 2017-01-01 (expected --from earlier than --to)\n"
    );
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

/// Issue 26: a municipality's chart stands on a true time axis: uneven
/// dates are as far apart as they are, and the axis labels each year
/// (2021 too, which has no figure).
#[test]
fn the_municipality_chart_has_a_true_time_axis() {
    let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n3041,Gol,2022,4640\n3041,Gol,2023,4636\n";
    let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes()).expect("table");
    let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).expect("date");
    let report = plan_report::municipality::MunicipalityReport {
        table: &table,
        changes: &Default::default(),
        code: "3041".parse().expect("code"),
        from: d(2020),
        to: d(2023),
    };
    let prepared = report.prepare(&Default::default()).expect("prepares");
    let svg = &prepared.charts[0].svg;
    let x = |label: &str| -> i32 {
        let at = svg.find(&format!(">\n{label}\n<")).expect("the year on the axis");
        let start = svg[..at].rfind("<text x=\"").expect("a text element") + 9;
        svg[start..].split('"').next().and_then(|v| v.parse().ok()).expect("an x")
    };
    let (a, b, c, e) = (x("2020"), x("2021"), x("2022"), x("2023"));
    assert!((b - a - (c - b)).abs() <= 1 && (c - b - (e - c)).abs() <= 1, "one year, one step: {a} {b} {c} {e}");
    let rows: Vec<&str> = prepared.charts[0].table.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(rows, ["2020", "2022", "2023"], "the table lists the data's dates");
}
