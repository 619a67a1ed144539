//! The plan's whole life in one folder: programme versions with their
//! decisions, status files checked against the version in force in their
//! year, `revise`, `diff` by year, and reports that use the history.

use std::path::Path;

use plan_core::PlanFolder;
use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
use plan_report_tests::{copy_plan, fixture, hallingdal, pdf_text, run, stderr, stdout};

/// Every file below `dir`, with its bytes, for "nothing changed on disk".
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("readable") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.display().to_string(), std::fs::read(&path).expect("file")));
            }
        }
    }
    out.sort();
    out
}

/// The Hallingdal folder as it stood in the first year: `tiltak.csv` and
/// `status/2021.csv`, no revisions.
fn first_year_folder() -> tempfile::TempDir {
    let dir = copy_plan(&hallingdal());
    std::fs::remove_dir_all(dir.path().join("handlingsprogram")).expect("remove history");
    for year in [2022, 2023, 2024] {
        std::fs::remove_file(dir.path().join(format!("status/{year}.csv"))).expect("remove status");
    }
    dir
}

fn errors(dir: &Path) -> Vec<String> {
    let err = PlanFolder::load(dir).expect_err("errors");
    let prefix = format!("{}/", dir.display());
    err.diagnostics().iter().filter(|d| d.is_error()).map(|d| d.to_string().replace(&prefix, "")).collect()
}

#[test]
fn the_four_year_history_loads_with_every_status_checked_against_its_year() {
    let folder = PlanFolder::load(hallingdal()).expect("loads").value;
    let versions: Vec<(i32, usize, Option<&str>)> = folder
        .programme
        .versions
        .iter()
        .map(|v| (v.first_year, v.actions.len(), v.adoption.as_ref().map(|a| a.case.as_str())))
        .collect();
    assert_eq!(
        versions,
        [(2021, 26, None), (2022, 25, Some("34/21")), (2023, 22, Some("29/22")), (2024, 15, Some("31/23"))]
    );
    let statuses: Vec<(i32, usize)> = folder.statuses.iter().map(|s| (s.year, s.entries.len())).collect();
    assert_eq!(statuses, [(2021, 25), (2022, 25), (2023, 22), (2024, 15)]);
    // NAER-04 was removed in 2022 and keeps its 2021 status.
    assert!(folder.status_for(2021).and_then(|s| s.entry("NAER-04")).is_some());
    assert!(folder.programme_for(2022).expect("2022").action("NAER-04").is_none());
    let output = run(&["check", "data/hallingdal"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
}

#[test]
fn a_replaced_tiltak_csv_warns_once_per_status_file_and_keeps_every_row() {
    let dir = first_year_folder();
    std::fs::copy(hallingdal().join("handlingsprogram/2022.csv"), dir.path().join("tiltak.csv")).expect("replace");
    let loaded = PlanFolder::load(dir.path()).expect("loads with a warning, not an error");
    assert_eq!(loaded.value.status_for(2021).map(|s| s.entries.len()), Some(25), "nothing dropped");
    let prefix = format!("{}/", dir.path().display());
    let warnings: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.file.ends_with("status/2021.csv"))
        .map(|d| d.to_string().replace(&prefix, ""))
        .collect();
    assert_eq!(
        warnings,
        [
            "status/2021.csv:6: warning: column 'id': 5 rows name actions not in tiltak.csv (NAER-04, INFRA-01, KLIMA-05, KLIMA-08, ATTR-02); the rows are kept. If tiltak.csv was replaced by a later revision, restore the history: put the programme of 2021 back as tiltak.csv and add the revision as a version of its own"
        ]
    );
    assert_eq!(loaded.diagnostics.iter().filter(|d| d.remedy == Some(plan_core::Remedy::AddRevision)).count(), 1);
    // The library names no command; the command-line tool adds its own.
    let output = plan_report_tests::run(&["check", dir.path().to_str().expect("utf-8")]);
    let said = plan_report_tests::stdout(&output);
    assert!(
        said.contains(&format!(
            "add the revision as a version of its own with `plan-report revise {} --proposal FILE --adopted DATE --case CASE --year YEAR`",
            dir.path().display()
        )),
        "{said}"
    );
}

#[test]
fn revise_adopts_the_2022_programme_and_every_2021_status_row_stays() {
    let dir = first_year_folder();
    let plan_dir = dir.path().to_str().expect("utf-8");
    let proposal = hallingdal().join("handlingsprogram/2022.csv");
    let proposal = proposal.to_str().expect("utf-8");
    let args =
        ["revise", plan_dir, "--proposal", proposal, "--adopted", "25.11.2021", "--case", "34/21", "--year", "2022"];

    let before = snapshot(dir.path());
    let dry = run(&[&args[..], &["--dry-run"]].concat());
    assert_eq!(dry.status.code(), Some(0), "{}", stderr(&dry));
    assert!(stdout(&dry).contains("New actions (3):"), "{}", stdout(&dry));
    assert!(stdout(&dry).contains("KLIMA-10 (formerly KLIMA-08, recognised by its text)"), "{}", stdout(&dry));
    assert_eq!(snapshot(dir.path()), before, "a dry run writes nothing");

    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let decision = std::fs::read_to_string(dir.path().join("handlingsprogram/2022.toml")).expect("decision");
    assert!(decision.contains("adopted = 2021-11-25\ncase = \"34/21\"\nbody = \"Hallingtinget\""), "{decision}");
    assert_eq!(
        std::fs::read(dir.path().join("handlingsprogram/2022.csv")).expect("copied"),
        std::fs::read(proposal).expect("proposal")
    );
    let folder = PlanFolder::load(dir.path()).expect("loads").value;
    assert_eq!(folder.programme.versions.len(), 2);
    let status = folder.status_for(2021).expect("2021");
    assert_eq!(status.entries.len(), 25, "every 2021 row intact");
    assert_eq!(status.entry("NAER-04").map(|e| e.comment.as_str()), Some("Senteret opna i april."));

    // Adopting the same year again is refused and changes nothing.
    let after = snapshot(dir.path());
    let again = run(&args);
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        stderr(&again).trim(),
        "error: the programme in force from 2022 exists already: handlingsprogram/2022.csv, handlingsprogram/2022.toml (a revision is only ever added; see the README on undoing an adoption)"
    );
    assert_eq!(snapshot(dir.path()), after);
}

#[test]
fn revise_refuses_bad_proposals_with_nothing_changed_on_disk() {
    let dir = first_year_folder();
    let plan_dir = dir.path().to_str().expect("utf-8");
    let bad = dir.path().join("forslag.csv");
    std::fs::write(&bad, "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\nX-1,ukjent,,Noko,snart,RR,,\n")
        .expect("write");
    let empty = dir.path().join("tomt.csv");
    std::fs::write(&empty, "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\n").expect("write");
    let before = snapshot(dir.path());
    let revise = |proposal: &Path, year: &str| {
        run(&[
            "revise",
            plan_dir,
            "--proposal",
            proposal.to_str().expect("utf-8"),
            "--adopted",
            "2021-11-25",
            "--case",
            "1/21",
            "--year",
            year,
        ])
    };
    let output = revise(&bad, "2022");
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output).replace(&format!("{plan_dir}/"), "PLAN/");
    assert!(
        text.contains("PLAN/forslag.csv:2: error: column 'innsatsområde': unknown focus area \"ukjent\""),
        "{text}"
    );
    assert!(text.contains("PLAN/forslag.csv:2: error: column 'frist': cannot read deadline \"snart\""), "{text}");
    let output = revise(&empty, "2022");
    assert_eq!(
        stderr(&output).replace(&format!("{plan_dir}/"), "PLAN/").trim(),
        "PLAN/tomt.csv: error: the proposal has no actions: adopted, it would remove all 26 actions of the programme (expected the whole revised programme)"
    );
    let output = revise(&hallingdal().join("handlingsprogram/2022.csv"), "2021");
    assert_eq!(
        stderr(&output).trim(),
        "error: the programme in force from 2021 exists already: tiltak.csv (a revision is only ever added; see the README on undoing an adoption)"
    );
    let output = revise(&hallingdal().join("handlingsprogram/2022.csv"), "2025");
    assert_eq!(stderr(&output).trim(), "error: a revision in force from 2025 is outside the plan period 2021–2024");
    assert_eq!(snapshot(dir.path()), before, "nothing written by a refused revision");
}

#[test]
fn a_history_that_does_not_add_up_is_a_located_error() {
    let dir = copy_plan(&hallingdal());
    std::fs::copy(dir.path().join("tiltak.csv"), dir.path().join("handlingsprogram/2021.csv")).expect("copy");
    std::fs::copy(dir.path().join("status/2021.csv"), dir.path().join("status/2026.csv")).expect("copy");
    std::fs::write(dir.path().join("status/2023.csv"), "id,status\nNAER-04,fullført\n").expect("write");
    assert_eq!(
        errors(dir.path()),
        [
            "handlingsprogram/2021.csv: error: two programme versions for 2021: tiltak.csv is in force from the plan period's first year (expected a revision from 2022 or later)",
            "status/2026.csv: error: a status file for 2026, outside the plan period 2021–2024 (expected a year in the period)",
        ]
    );
    // With errors in the programme, the status files are not checked against it: one note says so.
    let notes: Vec<String> = PlanFolder::load(dir.path())
        .expect_err("errors")
        .diagnostics()
        .iter()
        .filter(|d| d.severity == plan_core::Severity::Note)
        .map(|d| d.text(plan_core::Language::En))
        .collect();
    assert_eq!(notes, ["the action programme has errors, so the status files were not checked against it"]);

    // A status row for an action that is not in its year's programme.
    let dir = copy_plan(&hallingdal());
    std::fs::write(dir.path().join("status/2023.csv"), "id,status\nNAER-04,fullført\n").expect("write");
    assert_eq!(
        errors(dir.path()),
        [
            "status/2023.csv:2: error: column 'id': action \"NAER-04\" was removed from the action programme by the revision in force from 2022 (handlingsprogram/2022.csv), so it has no status in 2023 (remove the row)"
        ]
    );

    // A history without tiltak.csv that starts later than a status file.
    let dir = copy_plan(&hallingdal());
    std::fs::remove_file(dir.path().join("tiltak.csv")).expect("remove");
    assert_eq!(
        errors(dir.path()),
        [
            "status/2021.csv: error: a status file for 2021, but no version of the action programme is in force in 2021 (expected tiltak.csv, or handlingsprogram/2021.csv or an earlier revision)"
        ]
    );

    // A decision without its programme, and one whose programme has no actions.
    let dir = copy_plan(&hallingdal());
    std::fs::write(dir.path().join("handlingsprogram/2024.csv"), "id,innsatsområde,tema,tiltak,frist,ansvar\n")
        .expect("write");
    std::fs::remove_file(dir.path().join("handlingsprogram/2023.csv")).expect("remove");
    std::fs::remove_file(dir.path().join("status/2023.csv")).expect("remove");
    std::fs::remove_file(dir.path().join("status/2024.csv")).expect("remove");
    assert_eq!(
        errors(dir.path()),
        [
            "handlingsprogram/2023.toml: error: a decision for 2023 without its programme (expected handlingsprogram/2023.csv or .xlsx beside it)",
            "handlingsprogram/2024.csv: error: the revision in force from 2024 has no actions (expected the whole programme, not only the changes)",
        ]
    );
}

#[test]
fn status_template_and_check_use_the_programme_in_force() {
    let output = run(&["status-template", "data/hallingdal", "--year", "2022", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.lines().count(), 26, "header and the 25 actions of the 2022 programme");
    assert!(
        text.contains(
            "\nKLIMA-10;Etablere sortering på alt avfall i heile regionen;2023;RR;ikkje starta;;;2021-12-15\n"
        ),
        "KLIMA-08's 2021 status carried to KLIMA-10: {text}"
    );
    assert!(
        text.contains(
            "\nNAER-05;Etablere eit nettverk for kompetansebedrifter i Hallingdal;2022;RR, Næringa;ikkje starta;;;\n"
        ),
        "a new action starts empty: {text}"
    );
    assert!(!text.contains("NAER-04"), "removed in 2022: {text}");

    let output = run(&["check", "data/hallingdal", "--year", "2022"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        stdout(&output).contains("data/hallingdal/handlingsprogram/2022.csv:24: warning: column 'frist': action TENESTE-01 is overdue: due spring 2022, status delayed at 31 December 2022"),
        "{}",
        stdout(&output)
    );
    let output = run(&["check", "data/hallingdal", "--year", "1990"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output).trim(), "error: year 1990 is outside the plan period 2021–2024");
}

#[test]
fn diff_by_year_equals_diff_of_the_two_files() {
    let by_year = run(&["diff", "data/hallingdal", "--from-year", "2021", "--to-year", "2022", "--format", "json"]);
    let by_file =
        run(&["diff", "data/hallingdal/tiltak.csv", "data/hallingdal/handlingsprogram/2022.csv", "--format", "json"]);
    assert_eq!(by_year.status.code(), Some(0), "{}", stderr(&by_year));
    assert_eq!(stdout(&by_year), stdout(&by_file));
    let same = run(&["diff", "data/hallingdal", "--from-year", "2022", "--to-year", "2022", "--format", "json"]);
    assert_eq!(stdout(&same).split_whitespace().collect::<String>(), r#"{"added":[],"removed":[],"changed":[]}"#);
}

#[test]
fn diff_output_is_the_same_in_every_process() {
    let first =
        run(&["diff", "data/hallingdal/tiltak.csv", "data/hallingdal/handlingsprogram/2024.csv", "--format", "json"]);
    assert_eq!(first.status.code(), Some(0));
    for _ in 0..5 {
        let again = run(&[
            "diff",
            "data/hallingdal/tiltak.csv",
            "data/hallingdal/handlingsprogram/2024.csv",
            "--format",
            "json",
        ]);
        assert_eq!(again.stdout, first.stdout, "hash order must not change the matching");
    }
}

#[test]
fn each_year_report_uses_its_programme_and_the_next_revision_and_nothing_later() {
    let loaded = PlanFolder::load(hallingdal()).expect("loads");
    for (year, actions, next) in [
        (2021, 26, Some("handlingsprogram/2022.csv")),
        (2022, 25, Some("handlingsprogram/2023.csv")),
        (2023, 22, Some("handlingsprogram/2024.csv")),
        (2024, 15, None),
    ] {
        let options = ReportOptions { year: Some(year), ..Default::default() };
        let prepared = prepare(Report::Annual, &ReportInput::new(&loaded), &options).expect("prepares");
        let data: serde_json::Value = serde_json::to_value(&prepared.view).expect("json");
        assert_eq!(data["budget"]["actions"], actions, "{year}");
        assert_eq!(data["changes"]["new"].as_str(), next, "{year}");
        // No population date after 1 January of the next year, in data or charts.
        let end = format!("{}-01-01", year + 1);
        for row in data["population"]["series"].as_array().expect("series") {
            let date = row["date"]["iso"].as_str().or(row["date"].as_str()).unwrap_or_default().to_string();
            assert!(date.is_empty() || date <= end, "{year}: {date}");
        }
        for later in (year + 2)..=2026 {
            for chart in &prepared.charts {
                // What is measured (the target line may reach the goal's own date).
                let measured = chart.alt.split("mållinja").next().unwrap_or_default();
                assert!(
                    !measured.contains(&format!("1. januar {later}")),
                    "{year}: chart {} shows {later}: {}",
                    chart.file,
                    chart.alt
                );
            }
        }
    }
}

#[test]
fn the_2023_report_lists_the_2024_revision_and_its_status() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("2023.pdf");
    let output = run(&["status", "data/hallingdal", "--year", "2023", "-o", pdf.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    for expected in [
        "Årsrapport 2023",
        "Endringar i handlingsprogrammet",
        "handlingsprogram/2023.csv",
        "handlingsprogram/2024.csv",
        "status/2023.csv",
        "Evaluere strategisk plan og førebu arbeidet med ny plan",
        "Klimaplanen vart vedteken i mai.",
    ] {
        assert!(text.contains(expected), "the 2023 report lacks {expected:?}: {text}");
    }
    assert!(text.contains("1 nytt tiltak, 8 fjerna og 1 endra"), "{text}");
}

#[test]
fn the_minimal_fixture_without_status_files_names_the_missing_file() {
    let loaded = PlanFolder::load(fixture("minimal-plan")).expect("loads");
    let options = ReportOptions { year: Some(2026), ..Default::default() };
    let pdf = plan_report::render_status_report(&ReportInput::new(&loaded), &options).expect("renders");
    let file = tempfile::NamedTempFile::new().expect("temp");
    std::fs::write(file.path(), pdf).expect("write");
    let text = pdf_text(file.path());
    assert!(text.contains("Det finst ingen statusrapport for 2026 (status/2026.csv manglar i planmappa)"), "{text}");
    assert!(!text.contains("#meta"), "{text}");
    let err = plan_report::render_status_report(
        &ReportInput::new(&loaded),
        &ReportOptions { year: Some(1990), ..Default::default() },
    )
    .expect_err("a year outside the period");
    assert_eq!(err.to_string(), "year 1990 is outside the plan period 2025–2028");
}

#[test]
fn a_report_says_which_population_dates_it_used_when_the_data_fall_short() {
    // Data only up to 2018: the 2024 report compares 2015 → 2018 and says so; check warns.
    let dir = copy_plan(&hallingdal());
    let series = dir.path().join("folketal-ssb-07459-2015-2024.csv");
    let text = std::fs::read_to_string(&series).expect("series");
    let kept: Vec<&str> = text.lines().filter(|l| !l.contains(",2019-") && !l.contains(",202")).collect();
    std::fs::write(&series, kept.join("\n") + "\n").expect("write");
    let plan_dir = dir.path().to_str().expect("utf-8");
    let output = run(&["check", plan_dir, "--year", "2024"]);
    assert!(
        stdout(&output).contains("folketal-ssb-07459-2015-2024.csv: warning: the population data have no count for 1 January 2021 or 1 January 2025, which the report for 2024 compares: it uses 1 January 2017 to 1 January 2018"),
        "{}",
        stdout(&output)
    );
    let pdf = dir.path().join("2024.pdf");
    let output = run(&["status", plan_dir, "--year", "2024", "-o", pdf.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    assert!(
        text.contains(
            "Tala har ikkje tal for starten på planperioden (1. januar 2021), så endringa er rekna frå 1. januar 2017, før planperioden, og er ikkje endringa i planperioden."
        ),
        "{text}"
    );
    assert!(
        text.contains("Tala for 2024 skulle gå til 1. januar 2025, men dei siste tala er frå 1. januar 2018."),
        "{text}"
    );

    // The bundled data end at 1 January 2024: the 2024 report and check say so.
    let output = run(&["check", "data/hallingdal", "--year", "2024"]);
    assert!(stdout(&output).contains("data/hallingdal/folketal-ssb-07459-2015-2024.csv: warning: the population data have no count for 1 January 2025, which the report for 2024 compares: it uses 1 January 2021 to 1 January 2024"), "{}", stdout(&output));
    let output = run(&["check", "data/hallingdal", "--year", "2023"]);
    assert!(!stdout(&output).contains("have no count"), "{}", stdout(&output));
}

#[test]
fn the_period_report_follows_every_action_through_every_version() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("periode.pdf");
    let output = run(&["period", "data/hallingdal", "-o", pdf.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    for expected in [
        "Rapport for planperioden 2021–2024",
        "Rapportdato Hallingdal 2021–2024 Utkast pr. 21. okt (21. oktober 2020) utkast 2021–2024 31. desember 2024",
        // A renumbered action is one row under its latest id, marked with the revision.
        "nytt nummer 2022 (før KLIMA-08)",
        "nytt nummer 2023 (før INFRA-04)",
        "NAER-04 Etablere eit senter for innovasjon i Hallingdal fjerna 2022",
        "ATTR-08 Evaluere strategisk plan og førebu arbeidet med ny plan ny 2024",
        "Teikna: ✓ fullført, ▶ i gang, ○ ikkje starta, ⚠ forseinka, × avlyst, – ikkje rapportert.",
        // Completion / overdue / actions per focus area and year.
        // (actions done in an earlier year are not counted again)
        "Klima og miljø 2/1/8 3/2/8 2/2/8 2/1/4",
        // Planned cost per year.
        "2024 6 1 290 000 kr",
        "2022 handlingsprogram/2022.csv 25 Hallingtinget, sak 34/21, 16. desember 2021 3 nye tiltak, 4 fjerna, 5 endra (av dei 1 med nytt nummer)",
        "2024 handlingsprogram/2024.csv 15 Hallingtinget, sak 31/23, 14. desember 2023 1 nytt tiltak, 8 fjerna, 1 endra",
        "✓ nådd (Attraktivitet og omdømme).",
        "status/2023.csv Status for 2023: 22 rader",
    ] {
        assert!(text.contains(expected), "the period report lacks {expected:?}: {text}");
    }
    // Each row's statuses year by year, as laid out on the page.
    let lines = plan_report_tests::pdf_lines(&pdf);
    assert!(lines.iter().any(|l| l.starts_with("KLIMA-10") && l.ends_with("○ ▶ ⚠ ✓")), "{lines:#?}");
    assert!(!text.contains("1. januar 2026"), "{text}");
    // The same bytes every time, and tagged.
    let again = out.path().join("igjen.pdf");
    run(&["period", "data/hallingdal", "-o", again.to_str().expect("utf-8")]);
    assert_eq!(std::fs::read(&pdf).expect("pdf"), std::fs::read(&again).expect("pdf"));
    let info = plan_report_tests::poppler("pdfinfo", &[pdf.to_str().expect("utf-8")]);
    assert!(info.contains("Tagged:          yes"), "{info}");
}

#[test]
fn the_period_report_needs_a_status_file_and_covers_the_years_known_at_its_date() {
    let loaded = PlanFolder::load(fixture("minimal-plan")).expect("loads");
    let err = plan_report::render_period_report(&ReportInput::new(&loaded), &ReportOptions::default())
        .expect_err("no status file");
    assert!(err.to_string().starts_with("the period report needs at least one status file ("), "{err}");
    let loaded = PlanFolder::load(hallingdal()).expect("loads");
    // Dated 1 June 2023, the report covers 2021–2023: status/2024.csv is of a
    // later year, and the 2023 rows (updated 1 December) are not reported yet.
    let options = ReportOptions { date: chrono::NaiveDate::from_ymd_opt(2023, 6, 1), ..Default::default() };
    let prepared = plan_report::report::prepare(plan_report::Report::Period, &ReportInput::new(&loaded), &options)
        .expect("prepares");
    let data: serde_json::Value = serde_json::to_value(&prepared.view).expect("JSON");
    assert_eq!(data["meta"]["years"], "2021–2023");
    assert_eq!(data["years"], serde_json::json!([2021, 2022, 2023]));
    let err = plan_report::render_period_report(
        &ReportInput::new(&loaded),
        &ReportOptions { date: chrono::NaiveDate::from_ymd_opt(2020, 12, 31), ..Default::default() },
    )
    .expect_err("no status file known yet");
    assert!(err.to_string().starts_with("the period report needs at least one status file ("), "{err}");
}

/// The decision column of the period report's revisions table, in
/// `language`.
fn period_decisions(dir: &Path, language: plan_core::Language) -> Vec<String> {
    let loaded = PlanFolder::load(dir).expect("loads");
    let options = ReportOptions { language: Some(language), ..Default::default() };
    let prepared = prepare(Report::Period, &ReportInput::new(&loaded), &options).expect("prepares");
    let data: serde_json::Value = serde_json::to_value(&prepared.view).expect("JSON");
    let rows = data["revisions"].as_array().expect("revisions").iter();
    rows.map(|row| row["decision"].as_str().expect("a decision").to_string()).collect()
}

#[test]
fn the_period_report_shows_the_first_programmes_adoption_as_recorded_and_a_draft_as_a_draft() {
    use plan_core::Language::{En, Nb, Nn};
    // A draft: the programme at the start is not adopted (it said "not recorded").
    let decisions = period_decisions(&hallingdal(), Nn);
    assert_eq!(decisions[0], "planen er eit utkast, ikkje vedteken");
    assert_eq!(decisions[1], "Hallingtinget, sak 34/21, 16. desember 2021");
    assert_eq!(period_decisions(&hallingdal(), Nb)[0], "planen er et utkast, ikke vedtatt");
    assert_eq!(period_decisions(&hallingdal(), En)[0], "the plan is a draft, not adopted");
    // An adopted plan: its body and version.date, and no case while no case
    // attaches the plan (its only case attaches an annual report).
    let dir = copy_plan(&fixture("adopted-plan-other-region"));
    assert_eq!(period_decisions(dir.path(), Nn), ["Valdresrådet, 14. mars 2024"]);
    // The case that attaches the plan, on the adoption's date.
    let case = std::fs::read_to_string(dir.path().join("sak.toml")).expect("sak.toml");
    let case = case
        .replace(r#"number = "12/24""#, r#"number = "5/24""#)
        .replace("date = 2024-12-19", "date = 2024-03-14")
        .replace(
            r#"attachments = [{ title = "Årsrapport 2024", report = "status", year = 2024 }]"#,
            r#"attachments = ["Regionplan for Valdres"]"#,
        );
    std::fs::create_dir_all(dir.path().join("saker")).expect("saker/");
    std::fs::write(dir.path().join("saker/5-24.toml"), case).expect("the case is written");
    assert_eq!(period_decisions(dir.path(), Nn), ["Valdresrådet, sak 5/24, 14. mars 2024"]);
    assert_eq!(period_decisions(dir.path(), Nb), ["Valdresrådet, sak 5/24, 14. mars 2024"]);
    assert_eq!(period_decisions(dir.path(), En), ["Valdresrådet, case 5/24, 14 March 2024"]);
}

#[test]
fn a_case_renders_with_its_attachments_in_one_pdf() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("sak-34-21.pdf");
    let output = run(&["case", "data/hallingdal", "--case", "34/21", "-o", pdf.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(&pdf);
    for expected in [
        "Sak 34/21 Revisjon av handlingsprogrammet for 2022",
        "Innhald i vedlegga",
        "VEDLEGG 1 TIL SAK 34/21",
        "Årsrapport 2021",
        // The attached report is dated the case's day, not after it.
        "Region Rapportdato Hallingdal 16. desember 2021",
        "Endringar i handlingsprogrammet",
        "3 nye tiltak, 4 fjerna og 5 endra",
    ] {
        assert!(text.contains(expected), "case 34/21 lacks {expected:?}: {text}");
    }
    assert!(!text.contains("31. desember 2021"), "nothing dated after the case: {text}");
    // One document: the attachment's headings are bookmarks of the one PDF.
    let info = plan_report_tests::poppler("pdfinfo", &[pdf.to_str().expect("utf-8")]);
    assert!(info.contains("Tagged:          yes"), "{info}");

    // Without --case: the latest case by date, the evaluation with the period report.
    let latest = out.path().join("siste.pdf");
    let output = run(&["case", "data/hallingdal", "-o", latest.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(&latest);
    assert!(text.contains("Sak 40/24 Evaluering av strategisk plan 2021–2024"), "{text}");
    assert!(text.contains("Rapport for planperioden 2021–2024"), "{text}");

    let output = run(&["case", "data/hallingdal", "--case", "1/99", "-o", latest.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim(),
        "error: no case 1/99 in the plan folder (it has 9/20, 34/21, 29/22, 31/23, 40/24)"
    );
}

#[test]
fn cases_with_bad_names_or_attachments_are_located_errors() {
    let dir = copy_plan(&hallingdal());
    let text = std::fs::read_to_string(dir.path().join("saker/34-21.toml")).expect("case");
    std::fs::write(dir.path().join("saker/35-21.toml"), &text).expect("write");
    std::fs::write(
        dir.path().join("saker/29-22.toml"),
        std::fs::read_to_string(dir.path().join("saker/29-22.toml"))
            .expect("case")
            .replace("year = 2022", "year = 2031"),
    )
    .expect("write");
    assert_eq!(
        errors(dir.path()),
        [
            "saker/35-21.toml:2: error: field 'number': case 34/21 is in a file named 35-21.toml (expected saker/34-21.toml: the number with / written -)",
            "saker/29-22.toml:8: error: field 'attachments[0]': the revision report of 2031 is outside the plan period 2021–2024",
        ]
    );
}

#[test]
fn decisions_out_of_order_or_missing_are_warnings_naming_file_and_year() {
    let dir = copy_plan(&hallingdal());
    let revisions = dir.path().join("handlingsprogram");
    std::fs::write(revisions.join("2023.toml"), "adopted = 2021-06-01\ncase = \"1/21\"\nbody = \"Hallingtinget\"\n")
        .expect("write");
    std::fs::write(revisions.join("2024.toml"), "adopted = 2025-02-01\ncase = \"2/25\"\nbody = \"Hallingtinget\"\n")
        .expect("write");
    std::fs::remove_file(revisions.join("2022.toml")).expect("remove");
    std::fs::write(revisions.join("utkast.csv"), "id\n").expect("write");
    let loaded = PlanFolder::load(dir.path()).expect("warnings only");
    let prefix = format!("{}/", dir.path().display());
    let found: Vec<String> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.file.contains("handlingsprogram"))
        .map(|d| d.to_string().replace(&prefix, ""))
        .collect();
    assert_eq!(
        found,
        [
            "handlingsprogram/utkast.csv: warning: not read: a file here is named after its year (expected handlingsprogram/2022.csv)",
            "handlingsprogram/2022.csv: warning: no decision is recorded for the revision in force from 2022 (expected handlingsprogram/2022.toml with adopted, case and body)",
            "handlingsprogram/2024.toml: warning: field 'adopted': the revision in force from 2024 was adopted 2025-02-01, after the year it came into force",
        ]
    );
    // A decision dated before the one of the revision before it.
    std::fs::write(revisions.join("2022.toml"), "adopted = 2021-12-16\ncase = \"34/21\"\nbody = \"Hallingtinget\"\n")
        .expect("write");
    let loaded = PlanFolder::load(dir.path()).expect("warnings only");
    assert!(
        loaded.diagnostics.iter().any(|d| d.to_string().ends_with(
            "handlingsprogram/2023.toml: warning: field 'adopted': the revision in force from 2023 was adopted 2021-06-01, before the revision in force from 2022 (2021-12-16)"
        )),
        "{:?}",
        loaded.diagnostics
    );
    // A revision outside the plan period.
    std::fs::copy(revisions.join("2024.csv"), revisions.join("2026.csv")).expect("copy");
    assert!(errors(dir.path()).contains(
        &"handlingsprogram/2026.csv: error: a revision in force from 2026 is outside the plan period 2021–2024 (expected a year in the period)"
            .to_string()
    ));
}

#[test]
fn a_broken_programme_gives_its_own_errors_and_one_note_not_follow_on_errors() {
    let dir = copy_plan(&hallingdal());
    // tiltak.csv without its ansvar column: the 2021 status file is not checked against it.
    let text = std::fs::read_to_string(dir.path().join("tiltak.csv")).expect("tiltak");
    let without: String = text
        .lines()
        .map(|l| {
            let mut cells = csv_cells(l);
            cells.remove(5);
            cells.join(",")
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(dir.path().join("tiltak.csv"), without).expect("write");
    let err = PlanFolder::load(dir.path()).expect_err("errors");
    let prefix = format!("{}/", dir.path().display());
    let lines: Vec<String> = err.diagnostics().iter().map(|d| d.to_string().replace(&prefix, "")).collect();
    let errors: Vec<&String> = lines.iter().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(
        errors,
        [
            "tiltak.csv:1: error: column 'ansvar': missing required column (the header has: id, innsatsområde, tema, tiltak, frist, kostnad, merknad)"
        ]
    );
    let notes: Vec<&String> = lines.iter().filter(|l| l.contains(": note: ")).collect();
    assert_eq!(
        notes,
        [
            "status/2021.csv: note: column 'id': the action programme has errors, so the status files were not checked against it"
        ]
    );
}

/// The cells of one CSV line (quotes kept out), for editing a fixture.
fn csv_cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => cells.push(String::new()),
            _ => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells.into_iter().map(|c| if c.contains(',') { format!("\"{c}\"") } else { c }).collect()
}

#[test]
fn revise_names_the_files_of_a_year_that_has_a_version_and_warns_of_a_late_decision() {
    let dir = copy_plan(&hallingdal());
    let plan_dir = dir.path().to_str().expect("utf-8");
    let proposal = dir.path().join("handlingsprogram/2024.csv");
    let args = ["revise", plan_dir, "--proposal", proposal.to_str().expect("utf-8"), "--case", "1/24", "--year"];
    let output = run(&[&args[..], &["2024", "--adopted", "2023-12-01"]].concat());
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "error: the programme in force from 2024 exists already: handlingsprogram/2024.csv, handlingsprogram/2024.toml (a revision is only ever added; see the README on undoing an adoption)\n"
    );
    let fresh = copy_plan(&fixture("minimal-plan"));
    let plan_dir = fresh.path().to_str().expect("utf-8");
    let proposal = fresh.path().join("tiltak.csv");
    let output = run(&[
        "revise",
        plan_dir,
        "--proposal",
        proposal.to_str().expect("utf-8"),
        "--case",
        "1/27",
        "--year",
        "2027",
        "--adopted",
        "2027-01-15",
        "--dry-run",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("--adopted: warning: the decision is dated 15 January 2027, after 1 January 2027 when the revision takes effect (expected a decision before the year it applies to)\n"),
        "{}",
        stderr(&output)
    );
}

/// Issue 26: the period report's cover title is set ragged, never justified
/// across the page: the space between its words is an ordinary word space.
#[test]
fn the_period_reports_cover_title_is_not_justified() {
    let out = tempfile::tempdir().expect("temp");
    let pdf = out.path().join("period.pdf");
    let result = run(&["period", hallingdal().to_str().expect("path"), "-o", pdf.to_str().expect("path")]);
    assert!(result.status.success(), "{}", stderr(&result));
    let boxes = std::process::Command::new("pdftotext")
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8_lossy(&boxes.stdout);
    let word = |w: &str| -> (f64, f64) {
        let line = text.lines().find(|l| l.ends_with(&format!(">{w}</word>"))).expect("the word on the cover");
        let attr = |name: &str| -> f64 {
            let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
            line[start..].split('"').next().and_then(|v| v.parse().ok()).expect("a number")
        };
        (attr("xMin"), attr("xMax"))
    };
    let (first, second) = (word("Rapport"), word("for"));
    let gap = second.0 - first.1;
    assert!(gap > 0.0 && gap < 12.0, "an ordinary word space between the title's words, not {gap:.1} pt");
}
