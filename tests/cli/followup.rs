//! Follow-up year by year: status files and their errors, overdue actions
//! in `check --year`, the status template, Excel input, the revision diff,
//! and the status report with all of it.

use std::path::Path;

use plan_core::PlanFolder;
use plan_core::follow_up::ActionStatus;
use plan_report_tests::{copy_plan, fixture, hallingdal, loose, pdf_text, run, stderr, stdout};
use serde_json::json;

const STATUS_HEADER: &str = "id,status,framdrift,kommentar,oppdatert\n";

fn errors_with_status(contents: &str) -> Vec<String> {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::create_dir(dir.path().join("status")).expect("mkdir");
    std::fs::write(dir.path().join("status/2026.csv"), contents).expect("write");
    let err = PlanFolder::load(dir.path()).expect_err("errors");
    err.diagnostics().iter().filter(|d| d.is_error()).map(ToString::to_string).collect()
}

#[test]
fn the_bundled_status_file_loads() {
    let plan = PlanFolder::load(hallingdal()).expect("loads").value;
    let status = plan.status_for(2021).expect("status/2021.csv");
    assert_eq!(status.entries.len(), 25);
    let entry = status.entry("NAER-02").expect("NAER-02");
    assert_eq!((entry.status, entry.progress), (ActionStatus::Delayed, Some(20)));
    assert_eq!(entry.comment, "Portalen vert lyst ut på nytt i 2022.");
    assert!(status.entry("TENESTE-04").is_none(), "not reported");
}

#[test]
fn bad_status_rows_are_located() {
    let errors = errors_with_status(&format!(
        "{STATUS_HEADER}K1,ferdig?,50,,2026-05-01\nT1,i gang,140 %,,\nX9,i gang,,,\nK1,fullført,,,31.02.2026\n"
    ));
    assert_eq!(
        errors,
        [
            "status/2026.csv:2: error: column 'status': unknown status \"ferdig?\": did you mean \"ferdig\"? (expected one of: ikkje starta, ikke startet, ikkje starta enno, ikke startet enda, i gang, pågår, i arbeid, fullført, gjennomført, utført, ferdig, forseinka, forsinka, forsinket, avlyst, avslutta, avsluttet, utgår, not started, in progress, completed, done, delayed, cancelled, canceled)",
            "status/2026.csv:3: error: column 'framdrift': progress 140 % is impossible (expected a percentage from 0 to 100)",
            "status/2026.csv:5: error: column 'id': action \"K1\" is reported twice (first on line 2)",
            "status/2026.csv:5: error: column 'oppdatert': \"31.02.2026\" is not a date that exists (February 2026 has 28 days)",
        ]
    );
    assert_eq!(
        errors_with_status("id,framdrift\nK1,10\n"),
        ["status/2026.csv:1: error: column 'status': missing required column (the header has: id, framdrift)"]
    );
}

#[test]
fn check_year_lists_due_and_overdue_actions() {
    let output = run(&["check", "data/hallingdal", "--year", "2021"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    for line in [
        "data/hallingdal/tiltak.csv:3: warning: column 'frist': action NAER-02 is overdue: due 2021, status delayed at 31 December 2021",
        "data/hallingdal/tiltak.csv:20: warning: column 'frist': action ATTR-03 is overdue: due yearly, status delayed at 31 December 2021",
        "data/hallingdal/tiltak.csv:27: warning: column 'frist': action TENESTE-04 is overdue: due 2021, status not reported at 31 December 2021",
        "data/hallingdal/tiltak.csv:5: note: column 'frist': action NAER-04 is due in 2021 (spring 2021), status completed",
        "data/hallingdal/status/2021.csv: warning: column 'id': action TENESTE-04 has no status for 2021 (expected a row: not reported)",
    ] {
        assert!(text.lines().any(|l| l == line), "missing: {line}\n{text}");
    }
    assert_eq!(text.lines().filter(|l| l.contains("is overdue")).count(), 7);
    let dir = copy_plan(&hallingdal());
    std::fs::remove_file(dir.path().join("status/2022.csv")).expect("remove");
    let output = run(&["check", dir.path().to_str().expect("path"), "--year", "2022"]);
    let plan_dir = dir.path().display();
    let expected = format!(
        "{plan_dir}/status/2022.csv: warning: no status file for 2022 (expected status/2022.csv or .xlsx); `plan-report status-template {plan_dir} --year 2022` writes one to fill in"
    );
    assert!(stdout(&output).lines().any(|l| l == expected), "{}", stdout(&output));
    // The library's finding names no command: the remedy is data.
    let loaded = plan_core::PlanFolder::load(dir.path()).expect("loads");
    let found = plan_core::follow_up::check_year(&loaded.value, 2022).expect("in the period");
    let missing = found.iter().find(|d| d.message.id == "status-file-missing").expect("the finding");
    assert_eq!(missing.text(plan_core::Language::En), "no status file for 2022 (expected status/2022.csv or .xlsx)");
    assert_eq!(missing.remedy, Some(plan_core::Remedy::StatusTemplate { year: 2022 }));
}

#[test]
fn status_template_carries_last_year_over_and_loads_back() {
    let dir = copy_plan(&hallingdal());
    std::fs::remove_dir_all(dir.path().join("handlingsprogram")).expect("a folder without revisions");
    std::fs::remove_file(dir.path().join("status/2022.csv")).expect("remove");
    let plan_dir = dir.path().to_str().expect("path");
    let output = run(&["status-template", plan_dir, "--year", "2022"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let written = std::fs::read_to_string(dir.path().join("status/2022.csv")).expect("written");
    let lines: Vec<&str> = written.lines().collect();
    assert_eq!(
        lines[0],
        "\u{feff}id;til lesing: tiltak;til lesing: frist;til lesing: ansvar;status;framdrift;kommentar;oppdatert",
        "UTF-8 with BOM and ';', for Excel, in the plan's language"
    );
    assert_eq!(lines.len(), 27);
    assert_eq!(
        lines[2],
        "NAER-02;Utarbeide ein portal for næringsetablerarar i Hallingdal med oversikt over alle ledige næringsareal næringstomter, ressurspersonar og støtteordningar;2021;Nærings forum;forseinka;20;Portalen vert lyst ut på nytt i 2022.;2021-12-15"
    );
    assert!(lines[26].starts_with("TENESTE-04;") && lines[26].ends_with(";ikkje starta;;;"), "{}", lines[26]);
    let again = run(&["status-template", plan_dir, "--year", "2022"]);
    assert_eq!(again.status.code(), Some(1), "an existing file is not replaced");
    assert!(stderr(&again).contains("the file exists (use --force to replace it)"));
    let plan = PlanFolder::load(dir.path()).expect("the template loads back").value;
    let status = plan.status_for(2022).expect("2022");
    assert_eq!(status.entries.len(), 26);
    assert_eq!(status.entry("NAER-04").map(|e| e.status), Some(ActionStatus::Done));
}

#[test]
fn an_xlsx_and_its_csv_export_load_to_the_same_plan() {
    let dir = copy_plan(&hallingdal());
    std::fs::remove_file(dir.path().join("tiltak.csv")).expect("remove");
    std::fs::copy(fixture("xlsx/tiltak-hallingdal.xlsx"), dir.path().join("tiltak.xlsx")).expect("copy");
    std::fs::remove_file(dir.path().join("status/2021.csv")).expect("remove");
    std::fs::copy(fixture("xlsx/status-2021.xlsx"), dir.path().join("status/2021.xlsx")).expect("copy");
    let from_excel = PlanFolder::load(dir.path()).expect("the workbook loads").value;
    let from_csv = PlanFolder::load(hallingdal()).expect("loads").value;
    assert_eq!(from_excel.programme.versions[0].actions.len(), from_csv.programme.versions[0].actions.len());
    for (a, b) in from_excel.programme.versions[0].actions.iter().zip(&from_csv.programme.versions[0].actions) {
        assert_eq!(
            (&a.id, &a.text, &a.deadline, &a.responsible, &a.cost, &a.note, &a.theme),
            (&b.id, &b.text, &b.deadline, &b.responsible, &b.cost, &b.note, &b.theme)
        );
    }
    let (x, c) = (from_excel.status_for(2021).expect("xlsx status"), from_csv.status_for(2021).expect("csv status"));
    for (a, b) in x.entries.iter().zip(&c.entries) {
        assert_eq!(
            (&a.id, a.status, a.progress, &a.comment, a.updated),
            (&b.id, b.status, b.progress, &b.comment, b.updated)
        );
    }
}

#[test]
fn bad_workbooks_name_sheet_row_and_column() {
    for (name, expected) in [
        (
            "tiltak-missing-column.xlsx",
            "tiltak.xlsx:1: error: sheet 'Tiltak', column 'frist': missing required column (the header has: id, innsatsområde, tiltak, ansvar)",
        ),
        (
            "tiltak-bad-deadline.xlsx",
            "tiltak.xlsx:2: error: sheet 'Tiltak', column 'frist': cannot read deadline \"seinare\" (expected a year, 'Årleg', a season and year such as 'Vår 2021', a month and year such as 'mai 2021', or a date such as 31.05.2021)",
        ),
    ] {
        let dir = copy_plan(&fixture("minimal-plan"));
        std::fs::remove_file(dir.path().join("tiltak.csv")).expect("remove");
        std::fs::copy(fixture(&format!("xlsx/{name}")), dir.path().join("tiltak.xlsx")).expect("copy");
        let err = PlanFolder::load(dir.path()).expect_err("errors");
        let prefix = format!("{}/", dir.path().display());
        let shown: Vec<String> =
            err.diagnostics().iter().filter(|d| d.is_error()).map(|d| d.to_string().replace(&prefix, "")).collect();
        assert_eq!(shown, [expected], "{name}");
    }
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(dir.path().join("tiltak.xlsx"), b"not a workbook").expect("write");
    let err = PlanFolder::load(dir.path()).expect_err("both files");
    assert!(
        err.to_string().contains("both tiltak.csv and tiltak.xlsx are in the folder (expected one of them)"),
        "{err}"
    );
}

#[test]
fn diff_json_has_the_documented_shape() {
    let output =
        run(&["diff", "data/hallingdal/tiltak.csv", "data/hallingdal/handlingsprogram/2022.csv", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let ids = |key: &str| -> Vec<String> {
        json[key].as_array().expect("list").iter().map(|a| a["id"].as_str().unwrap_or_default().to_string()).collect()
    };
    assert_eq!(ids("added"), ["NAER-05", "KLIMA-09", "ATTR-07"]);
    assert_eq!(ids("removed"), ["NAER-04", "INFRA-01", "KLIMA-05", "ATTR-02"]);
    assert_eq!(ids("changed"), ["NAER-02", "KLIMA-03", "KLIMA-04", "KLIMA-10", "TENESTE-01"]);
    assert_eq!(
        json["changed"][2]["fields"],
        json!({"cost": {"old": 500000, "new": 650000}, "deadline": {"old": "2022", "new": "2023"}})
    );
    assert_eq!(json["changed"][3]["old_id"], "KLIMA-08");
    assert_eq!(json["changed"][3]["matched_by"], "text");
    assert_eq!(
        json["added"][0]["deadline"],
        json!({"text": "2022", "kind": "year", "start": "2022-01-01", "end": "2022-12-31"})
    );
    let table = stdout(&run(&["diff", "data/hallingdal/tiltak.csv", "data/hallingdal/handlingsprogram/2022.csv"]));
    assert!(table.contains("  KLIMA-10 (formerly KLIMA-08, recognised by its text)\n    action: Etablere sortering på alt avfall → Etablere sortering på alt avfall i heile regionen"), "{table}");
    // Amounts as the message language writes them, in every line.
    assert!(table.contains("    cost: NOK\u{a0}500,000 → NOK\u{a0}650,000"), "{table}");
    assert!(table.contains("(deadline 2022, responsible RR, Næringa, NOK\u{a0}150,000)"), "{table}");
    // A deadline is the user's words, printed as written, never rendered
    // into Nynorsk ("våren 2021") in an English or Bokmål line.
    assert!(
        table.contains(
            "  NAER-04     Etablere eit senter for innovasjon i Hallingdal (deadline Vår 2021, responsible RR, HNN)\n"
        ),
        "{table}"
    );
    let bokmal = stdout(&run(&[
        "--lang",
        "nb",
        "diff",
        "data/hallingdal/tiltak.csv",
        "data/hallingdal/handlingsprogram/2022.csv",
    ]));
    assert!(bokmal.contains("(frist Vår 2021, ansvar RR, HNN)\n"), "{bokmal}");
    assert!(bokmal.contains("(frist 2022, ansvar RR, Næringa, 150\u{a0}000\u{a0}kr)\n"), "{bokmal}");
    let nynorsk = stdout(&run(&[
        "--lang",
        "nn",
        "diff",
        "data/hallingdal/tiltak.csv",
        "data/hallingdal/handlingsprogram/2022.csv",
    ]));
    assert!(nynorsk.contains("500\u{a0}000\u{a0}kr → 650\u{a0}000\u{a0}kr"), "{nynorsk}");
}

#[test]
fn the_2021_revision_report_shows_status_overdue_indicators_and_changes() {
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = out.path().join("hallingdal-2021.pdf");
    let output = run(&[
        "status",
        "data/hallingdal",
        "--year",
        "2021",
        "--revised",
        "data/hallingdal/handlingsprogram/2022.csv",
        "-o",
        pdf.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(Path::new(&pdf));
    for expected in [
        "Status for tiltaka i 2021",
        "6 av 26",
        "tiltak fullførte i 2021",
        "7 forfalne, 1 ikkje rapporterte",
        "Forfalne tiltak",
        "⚠ forseinka",
        "ikkje rapportert",
        "Portalen vert lyst ut på nytt i 2022.",
        "Endringar i handlingsprogrammet",
        "3 nye tiltak, 4 fjerna og 5 endra",
        "KLIMA-10 (før KLIMA-08)",
        "Kartlegge behovet for ladeinfrastruktur for tunge køyretøy",
        "▲ i rute: Innbyggartalet har stige med 1%.",
        "Folketal i Hallingdal: målte verdiar og den rette linja frå utgangsverdien til målet.",
    ] {
        assert!(loose(&text).contains(&loose(expected)), "missing: {expected}");
    }
}

#[test]
fn indicator_values_from_indikatorar_csv_give_the_goal_a_status() {
    let dir = copy_plan(&hallingdal());
    std::fs::write(
        dir.path().join("indikatorar.csv"),
        "# Illustrative values for the test.\nid,dato,verdi,kjelde\nklima-1,2020-12-31,\"100 000\",Miljødirektoratet\nklima-1,2022-12-31,\"96 000\",Miljødirektoratet\n",
    )
    .expect("write");
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = out.path().join("r.pdf");
    let output =
        run(&["status", dir.path().to_str().expect("path"), "--year", "2022", "-o", pdf.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = pdf_text(Path::new(&pdf));
    // Baseline 100 000, target −15 % = 85 000 by 31.12.2024; after two of
    // four years the line is at 92 500, so 96 000 is behind.
    assert!(text.contains("▼ bak skjema: Dei totale klimautsleppa er redusert med 15%?"), "{text}");
    assert!(text.contains("96 000 (31. desember 2022)"));
    assert!(text.contains("85 000 (31. desember 2024)"));
    std::fs::write(dir.path().join("indikatorar.csv"), "id,dato,verdi\nnaering-1,2021,5\nklima-1,2021,mykje\n")
        .expect("write");
    let err = PlanFolder::load(dir.path()).expect_err("bad values");
    let shown: Vec<String> =
        err.diagnostics().iter().filter(|d| d.is_error()).map(|d| d.text(plan_core::Language::En)).collect();
    assert_eq!(
        shown,
        [
            "\"naering-1\" is not a measurable result goal (expected one of: klima-1, attraktivitet-2)",
            "cannot read value \"mykje\" (expected a number such as 1234 or 12,5)",
        ]
    );
}

#[test]
fn a_corrupt_workbook_is_a_located_error() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::remove_file(dir.path().join("tiltak.csv")).expect("remove");
    std::fs::write(dir.path().join("tiltak.xlsx"), b"PK\x03\x04 not really a zip").expect("write");
    let err = PlanFolder::load(dir.path()).expect_err("corrupt");
    let shown = err.diagnostics()[0].to_string();
    assert!(shown.starts_with("tiltak.xlsx: error: cannot read the workbook ("), "{shown}");
    assert!(shown.ends_with("); expected an Excel .xlsx file"), "{shown}");
}

#[test]
fn diff_of_a_missing_file_says_it_is_missing() {
    let output = run(&["diff", "data/hallingdal", "no/such/tiltak.csv"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "error: no/such/tiltak.csv: cannot read: no such file or folder\n");
}

#[test]
fn diff_of_two_bare_action_files_needs_no_plan_beside_them() {
    let dir = tempfile::tempdir().expect("temp");
    let old = dir.path().join("gamal.csv");
    let new = dir.path().join("ny.csv");
    std::fs::copy(hallingdal().join("tiltak.csv"), &old).expect("copy");
    std::fs::copy(hallingdal().join("handlingsprogram/2022.csv"), &new).expect("copy");
    let bare = run(&["diff", old.to_str().expect("path"), new.to_str().expect("path"), "--format", "json"]);
    assert_eq!(bare.status.code(), Some(0), "{}", stderr(&bare));
    let beside_plan =
        run(&["diff", "data/hallingdal/tiltak.csv", "data/hallingdal/handlingsprogram/2022.csv", "--format", "json"]);
    assert_eq!(stdout(&bare), stdout(&beside_plan), "the same changes without plan.toml");
}

#[test]
fn the_excel_template_and_the_csv_template_read_back_to_the_same_statuses() {
    let dir = copy_plan(&hallingdal());
    std::fs::remove_file(dir.path().join("status/2022.csv")).expect("remove");
    let plan_dir = dir.path().to_str().expect("path");
    let output = run(&["status-template", plan_dir, "--year", "2022", "--format", "xlsx"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let workbook = std::fs::read(dir.path().join("status/2022.xlsx")).expect("written");
    assert!(workbook.starts_with(b"PK"), "a real workbook (a zip)");
    let from_excel = PlanFolder::load(dir.path()).expect("loads").value.status_for(2022).expect("2022").clone();
    // The same bytes again: the workbook carries no clock time.
    let again = run(&["status-template", plan_dir, "--year", "2022", "--format", "xlsx", "--force"]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert_eq!(std::fs::read(dir.path().join("status/2022.xlsx")).expect("written"), workbook);
    // Beside the workbook, a CSV for the same year is refused.
    let twin = run(&["status-template", plan_dir, "--year", "2022"]);
    assert_eq!(twin.status.code(), Some(1));
    assert!(stderr(&twin).contains("2022.xlsx exists already (one status file a year)"), "{}", stderr(&twin));
    std::fs::remove_file(dir.path().join("status/2022.xlsx")).expect("remove");
    let output = run(&["status-template", plan_dir, "--year", "2022"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let from_csv = PlanFolder::load(dir.path()).expect("loads").value.status_for(2022).expect("2022").clone();
    assert_eq!(from_excel.entries.len(), 25);
    let strip = |f: &plan_core::follow_up::StatusFile| {
        f.entries.iter().map(|e| (e.id.clone(), e.status, e.progress, e.comment.clone(), e.updated)).collect::<Vec<_>>()
    };
    assert_eq!(strip(&from_excel), strip(&from_csv));
}

/// A Bokmål plan's template is in Bokmål: its header, and the user's own
/// status words carried over as written (they were rewritten into
/// Nynorsk); the columns to read are ignored when the file is read back,
/// as CSV and as a workbook.
#[test]
fn the_status_template_is_in_the_plans_language_and_keeps_the_users_words() {
    let dir = copy_plan(&fixture("bokmal-plan"));
    let plan_dir = dir.path().to_str().expect("path");
    let output = run(&["status-template", plan_dir, "--year", "2025", "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "\u{feff}id;til lesing: tiltak;til lesing: frist;til lesing: ansvar;status;fremdrift;kommentar;oppdatert"
    );
    let statuses: Vec<&str> = lines[1..].iter().filter_map(|l| l.split(';').nth(4)).collect();
    for word in ["fullført", "pågår", "forsinket"] {
        assert!(statuses.contains(&word), "{word} carried as written: {statuses:?}");
    }
    for nynorsk in ["i gang", "forseinka", "ikkje starta"] {
        assert!(!text.contains(nynorsk), "Nynorsk {nynorsk:?} in a Bokmål template: {text}");
    }
    for format in ["csv", "xlsx"] {
        let written = run(&["status-template", plan_dir, "--year", "2025", "--format", format]);
        assert_eq!(written.status.code(), Some(0), "{}", stderr(&written));
        let folder = PlanFolder::load(dir.path()).expect("the template loads back").value;
        let status = folder.status_for(2025).expect("2025");
        assert_eq!(status.entry("FOLK-01").map(|e| e.status), Some(ActionStatus::Delayed), "{format}");
        std::fs::remove_file(dir.path().join(format!("status/2025.{format}"))).expect("remove");
    }
}
