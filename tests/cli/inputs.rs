//! Inputs as people write them (issue 23): every amount form the editions
//! print is read back, a remark on VAT after an amount goes to the note as
//! written, a dash or "ingen" means no cost, and "innen YEAR" is a deadline.

use plan_core::PlanFolder;
use plan_report_tests::{copy_plan, fixture};

/// The minimal plan with its action programme replaced by `rows`.
fn actions(rows: &str) -> Vec<plan_core::Action> {
    let dir = copy_plan(&fixture("minimal-plan"));
    let header = "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\n";
    std::fs::write(dir.path().join("tiltak.csv"), format!("{header}{rows}")).expect("write");
    let folder = PlanFolder::load(dir.path()).unwrap_or_else(|e| panic!("{e:?}")).value;
    folder.programme.versions[0].actions.clone()
}

#[test]
fn amounts_as_the_editions_print_them_and_remarks_on_vat_are_read() {
    let read = actions(concat!(
        "K1,klima,avfall,Sortere alt avfall,2026,TR,1 200 000 kr eks. mva,Frå fondet\n",
        "K2,klima,avfall,Kartlegge,2026,TR,\"NOK 150,000\",\n",
        "K3,klima,avfall,Vurdere,2026,TR,\"kr 150 000,-\",\n",
        "K4,klima,avfall,Planleggje,2026,TR,-,\n",
        "K5,klima,avfall,Gjennomføre,2026,TR,ingen,\n",
        "K6,klima,avfall,Evaluere,2026,TR,90 000 kr inkl. mva,\n",
    ));
    let costs: Vec<(&str, Option<i64>, &str)> =
        read.iter().map(|a| (a.id.as_str(), a.cost.map(plan_core::Kroner::get), a.note.as_str())).collect();
    assert_eq!(
        costs,
        [
            ("K1", Some(1_200_000), "Frå fondet; eks. mva"),
            ("K2", Some(150_000), ""),
            ("K3", Some(150_000), ""),
            ("K4", None, ""),
            ("K5", None, ""),
            ("K6", Some(90_000), "inkl. mva"),
        ]
    );
}

#[test]
fn innen_a_year_or_a_date_is_a_deadline_by_its_end() {
    let read = actions(concat!(
        "K1,klima,avfall,Sortere alt avfall,Innen 2026,TR,,\n",
        "K2,klima,avfall,Kartlegge,innan 31.05.2026,TR,,\n",
        "K3,klima,avfall,Vurdere,by autumn 2026,TR,,\n",
    ));
    let deadlines: Vec<(&str, String)> =
        read.iter().map(|a| (a.deadline.text(), a.deadline.end().map(|d| d.to_string()).unwrap_or_default())).collect();
    assert_eq!(
        deadlines,
        [
            ("Innen 2026", "2026-12-31".to_string()),
            ("innan 31.05.2026", "2026-05-31".to_string()),
            ("by autumn 2026", "2026-11-30".to_string()),
        ]
    );
}

#[test]
fn a_misspelt_status_word_gets_the_nearest_accepted_word() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::create_dir(dir.path().join("status")).expect("mkdir");
    std::fs::write(dir.path().join("status/2026.csv"), "id,status\nK1,in-progres\nT1,fulført\n").expect("write");
    let err = PlanFolder::load(dir.path()).expect_err("errors");
    let messages: Vec<String> = err
        .diagnostics()
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.text(plan_core::Language::En))
        .map(|t| t.split(" (expected").next().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        messages,
        [
            "unknown status \"in-progres\": did you mean \"in progress\"?",
            "unknown status \"fulført\": did you mean \"fullført\"?",
        ]
    );
    let nb = err.diagnostics().iter().find(|d| d.is_error()).expect("an error").text(plan_core::Language::Nb);
    assert!(nb.starts_with("ukjent status «in-progres»: mente du «in progress»? (ventet ett av: "), "{nb}");
}

#[test]
fn a_status_row_of_an_action_a_revision_removed_or_renumbered_names_the_revision() {
    let dir = copy_plan(&plan_report_tests::hallingdal());
    let status = dir.path().join("status/2023.csv");
    let text = std::fs::read_to_string(&status).expect("read");
    std::fs::write(
        &status,
        format!("{text}KLIMA-08,i gang,,,2023-12-01\nNAER-04,fullført,,,2023-12-01\nX-99,i gang,,,\n"),
    )
    .expect("write");
    let err = PlanFolder::load(dir.path()).expect_err("errors");
    let prefix = format!("{}/", dir.path().display());
    let errors: Vec<String> = err
        .diagnostics()
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render(plan_core::Language::En).replace(&prefix, "PLAN/"))
        .collect();
    assert_eq!(
        errors,
        [
            "status/2023.csv:25: error: column 'id': action \"KLIMA-08\" was renumbered KLIMA-10 by the revision in force from 2022 (handlingsprogram/2022.csv) (expected KLIMA-10 in the status of 2023)",
            "status/2023.csv:26: error: column 'id': action \"NAER-04\" was removed from the action programme by the revision in force from 2022 (handlingsprogram/2022.csv), so it has no status in 2023 (remove the row)",
            "status/2023.csv:27: error: column 'id': unknown action \"X-99\" (expected an id of the programme in force in 2023, handlingsprogram/2023.csv, such as NAER-01)",
        ]
    );
    let nb = err.diagnostics().iter().find(|d| d.is_error()).expect("an error").text(plan_core::Language::Nb);
    assert_eq!(
        nb,
        "tiltak «KLIMA-08» fikk nytt nummer, KLIMA-10, ved revisjonen som gjelder fra 2022 (handlingsprogram/2022.csv) (ventet KLIMA-10 i status for 2023)"
    );
}

#[test]
fn an_action_id_in_a_note_is_never_taken_for_an_abbreviation() {
    let dir = copy_plan(&plan_report_tests::hallingdal());
    let file = dir.path().join("handlingsprogram/2023.csv");
    let text = std::fs::read_to_string(&file).expect("read").replace(
        "KLIMA-04,klima,,Få på plass ein klimakoordinator i Hallingdal,2023,RR,650 000,",
        "KLIMA-04,klima,,Få på plass ein klimakoordinator i Hallingdal,2023,RR,650 000,Held fram frå KLIMA-08 og NAER-04",
    );
    std::fs::write(&file, text).expect("write");
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let said: Vec<String> = loaded.diagnostics.iter().map(|d| d.text(plan_core::Language::En)).collect();
    assert!(!said.iter().any(|t| t.contains("\"KLIMA\"") || t.contains("\"NAER\"")), "{said:#?}");
}
