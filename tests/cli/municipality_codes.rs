//! Municipality codes (issue 20, findings 7 and 8 and the English trial):
//! `check` names a code that is another municipality's, or no municipality,
//! at the start of the plan period; every command follows the region through
//! the built-in SSB change list merged with the plan's own; a merge before
//! the period cuts the history with one sentence; the sources appendix gives
//! each change list its own counts.

use plan_report_tests::{copy_plan, fixture, rendered_text, run, stderr, stdout};

#[test]
fn a_code_of_one_municipality_with_anothers_name_is_an_error_naming_both() {
    // Finding 7: { code = "3436", name = "Sel" } was a warning, and every report ran on Nord-Fron's figures.
    let dir = "tests/fixtures/code-of-another-municipality";
    let output = run(&["check", dir]);
    assert_eq!(output.status.code(), Some(1));
    let error = format!(
        "{dir}/plan.toml:20: error: field 'meta.region.municipalities[1]': municipality 3436 is Nord-Fron on 1 January 2020, not Sel: Sel is 3437 (expected the code 3437 for Sel, or the name Nord-Fron)"
    );
    assert_eq!(stdout(&output).lines().next(), Some(error.as_str()), "{}", stdout(&output));
    assert_eq!(stdout(&output).matches("meta.region").count(), 1, "{}", stdout(&output));
    let bokmal = run(&["check", dir, "--lang", "nb"]);
    assert_eq!(
        stdout(&bokmal).lines().next(),
        Some(
            format!(
                "{dir}/plan.toml:20: feil: felt «meta.region.municipalities[1]»: kommune 3436 er Nord-Fron 1. januar 2020, ikke Sel: Sel er 3437 (ventet nummeret 3437 for Sel, eller navnet Nord-Fron)"
            )
            .as_str()
        ),
        "{}",
        stdout(&bokmal)
    );
    // No report runs on the wrong municipality's figures.
    let out = tempfile::tempdir().expect("temp");
    let status = run(&["status", dir, "--year", "2020", "-o", out.path().join("r.pdf").to_str().expect("path")]);
    assert_eq!(status.status.code(), Some(1));
    assert!(stderr(&status).contains(&error), "{}", stderr(&status));
}

#[test]
fn spelling_variants_of_the_right_name_stay_warnings() {
    let dir = copy_plan(&fixture("code-of-another-municipality"));
    let plan = dir.path().join("plan.toml");
    let text = std::fs::read_to_string(&plan).expect("plan");
    let prefix = format!("{}/", dir.path().display());
    std::fs::write(&plan, text.replace(r#"name = "Sel""#, r#"name = "Nord-Fronn""#)).expect("write");
    let output = run(&["check", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output).replace(&prefix, "PLAN/").lines().next(),
        Some(
            "PLAN/plan.toml:20: warning: field 'meta.region.municipalities[1]': municipality 3436 is Nord-Fron on 1 January 2020, not \"Nord-Fronn\" (expected the name Nord-Fron, or the code of Nord-Fronn)"
        )
    );
    // Case, diacritics, hyphens, SSB's qualifier and a name's other languages are the same name.
    for name in ["NORD FRON", "Nord-Fron"] {
        std::fs::write(&plan, text.replace(r#"name = "Sel""#, &format!("name = \"{name}\""))).expect("write");
        assert!(!stdout(&run(&["check", dir.path().to_str().expect("path")])).contains("meta.region"), "{name}");
    }
}

#[test]
fn a_code_that_is_no_municipality_is_an_error_in_check() {
    // The English trial: check passed 4031, after which status failed on it.
    let dir = "tests/fixtures/code-no-municipality";
    let output = run(&["check", dir]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stdout(&output).lines().next(),
        Some(
            format!(
                "{dir}/plan.toml:20: error: field 'meta.region.municipalities[1]': 4031 is no municipality on 1 January 2024 (by SSB's municipalities and code changes since 1972): Fyresdal is 4032 (expected 4032)"
            )
            .as_str()
        )
    );
    // A name no municipality has: the code it had is asked for.
    let copy = copy_plan(&fixture("code-no-municipality"));
    let plan = copy.path().join("plan.toml");
    let text = std::fs::read_to_string(&plan).expect("plan");
    std::fs::write(&plan, text.replace(r#"name = "Fyresdal""#, r#"name = "Vestbygd""#)).expect("write");
    let prefix = format!("{}/", copy.path().display());
    assert_eq!(
        stdout(&run(&["check", copy.path().to_str().expect("path")])).replace(&prefix, "PLAN/").lines().next(),
        Some(
            "PLAN/plan.toml:20: error: field 'meta.region.municipalities[1]': 4031 is no municipality on 1 January 2024 (by SSB's municipalities and code changes since 1972) (expected the code Vestbygd had on 1 January 2024)"
        )
    );
    // A code of another date that the reports follow is a warning naming the code of the period's start.
    std::fs::write(
        &plan,
        text.replace(r#"{ code = "4031", name = "Fyresdal" }"#, r#"{ code = "3823", name = "Fyresdal" }"#),
    )
    .expect("write");
    let output = run(&["check", copy.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output).replace(&prefix, "PLAN/").lines().next(),
        Some(
            "PLAN/plan.toml:20: warning: field 'meta.region.municipalities[1]': 3823 is no municipality's code on 1 January 2024: the municipality had 4032 (Fyresdal) that day, and the reports follow 3823 to 4032 (expected the code valid when the plan period starts, 4032)"
        )
    );
    // A code that ended in a merge before the period is no municipality then.
    std::fs::write(
        &plan,
        text.replace(r#"{ code = "4031", name = "Fyresdal" }"#, r#"{ code = "0713", name = "Sande" }"#),
    )
    .expect("write");
    assert_eq!(
        stdout(&run(&["check", copy.path().to_str().expect("path")])).replace(&prefix, "PLAN/").lines().next(),
        Some(
            "PLAN/plan.toml:20: error: field 'meta.region.municipalities[1]': 0713 Sande is no municipality on 1 January 2024: 0713, 0715 merged into 3802 on 1 January 2020 (expected a code valid on 1 January 2024)"
        )
    );
}

#[test]
fn a_table_under_the_codes_before_the_reform_keeps_its_history_with_the_built_in_list() {
    // Finding 8: with no change list of the plan's own, the years under 0511 and
    // 0512 were lost silently, and population failed with "3431 Dovre har ikke
    // noe befolkningstall for 1. januar 2015".
    let dir = "tests/fixtures/pre-reform-codes-without-change-list";
    let check = run(&["check", dir]);
    assert_eq!((check.status.code(), stdout(&check)), (Some(0), String::new()));
    let output = run(&["population", dir, "--format", "json", "--lang", "nb"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(json["from"], "2015-01-01");
    assert_eq!((json["region"]["from"].as_u64(), json["region"]["to"].as_u64()), (Some(4680), Some(4510)));
    assert_eq!(json["series"].as_array().map(Vec::len), Some(9));
    assert_eq!(json["diagnostics"], serde_json::json!([]));
    let text = rendered_text(&["status", dir, "--year", "2020"]);
    for expected in [
        "Indeks, 1. januar 2015 = 100",
        // What the file holds known at the report's date (31.12.2020): counts up to 1 January 2021.
        "folketal-ssb-07459-2015-2023.csv Befolkning per kommune (SSB-tabell 07459): 7 datoer fra 1. januar 2015 til 1. januar 2021, 14 tall",
        "kommuneendringar-1971-2025.csv Innebygd i plan-report: SSBs endringer i kommunenumre siden 1972 (klassifikasjon 131): 594 endringer, 28 datoer fra 1. januar 1972 til 1. januar 2024; 2 av dem gjelder regionen",
    ] {
        assert!(text.contains(expected), "the report lacks {expected:?}: {text}");
    }
    assert!(!text.contains("Serien begynner"), "nothing is cut: {text}");
}

#[test]
fn a_merge_before_the_period_cuts_the_history_with_one_sentence() {
    // 0713 Sande and 0715 Holmestrand became 3802 Holmestrand in 2020: the
    // history before cannot be followed; the reports say so once and go on.
    let dir = "tests/fixtures/merge-before-period";
    let sentence = "The series begins on 1 January 2020: 0713, 0715 merged into 3802 on 1 January 2020, so the figures before that cannot be followed.";
    let check = run(&["check", dir]);
    assert_eq!((check.status.code(), stdout(&check)), (Some(0), String::new()));
    let text = rendered_text(&["status", dir, "--year", "2021", "--lang", "en"]);
    assert_eq!(text.matches(sentence).count(), 1, "{text}");
    assert!(text.contains("Index, 1 January 2020 = 100"), "{text}");
    // `population` from the first date of the data: the same cut, one warning.
    let output = run(&["population", dir, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(json["from"], "2020-01-01");
    assert_eq!(json["diagnostics"][0]["message"], sentence);
    assert_eq!(json["diagnostics"][0]["severity"], "warning");
    // Asked for explicitly, a span across the merge is still an error, never a wrong sum.
    let output = run(&["population", dir, "--from", "2017"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("3802 Holmestrand: the series breaks: 0713, 0715 merged into 3802"),
        "{}",
        stderr(&output)
    );
}

/// The sources appendix of a status report, from its view data: file and description.
fn sources(plan: &str, year: &str) -> Vec<(String, String)> {
    let out = tempfile::tempdir().expect("temp");
    let output = run(&["status", plan, "--year", year, "--emit-typst", out.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let data: serde_json::Value =
        serde_json::from_str(&plan_report_tests::emitted_view_json(out.path())).expect("json");
    data["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| {
            (
                s["file"].as_str().unwrap_or_default().to_string(),
                s["description"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn the_sources_appendix_counts_what_each_change_list_holds() {
    // The English trial listed the plan's 12-row list with "594 changes", the
    // count of another list.
    let dir = "tests/fixtures/change-list-of-the-plan-and-built-in";
    let changes: Vec<(String, String)> =
        sources(dir, "2024").into_iter().filter(|(file, _)| file.contains("kommuneendringar")).collect();
    assert_eq!(
        changes,
        [
            (
                "kommuneendringar.csv".to_string(),
                "Changes of municipality numbers (SSB, classification 131): 4 changes, 2 dates from 1 January 2020 to 1 January 2024".to_string()
            ),
            (
                "kommuneendringar-1971-2025.csv".to_string(),
                "Built into plan-report: SSB's changes of municipality numbers since 1972 (classification 131): 594 changes, 28 dates from 1 January 1972 to 1 January 2024; 2 of them concern the region".to_string()
            ),
        ]
    );
    // The bundled plan's own list holds every change of its region: the built-in list is not named.
    let changes: Vec<(String, String)> =
        sources("data/hallingdal", "2021").into_iter().filter(|(file, _)| file.contains("kommuneendringar")).collect();
    assert_eq!(
        changes,
        [(
            "kommuneendringar.csv".to_string(),
            "Endringar i kommunenummer (SSB, klassifikasjon 131): 12 endringar, 2 datoar frå 1. januar 2020 til 1. januar 2024".to_string()
        )]
    );
}
