//! The table of changed actions prints each changed field's value as the
//! edition's language writes it, from the typed value: a comma in a text or
//! a list stays a comma, an amount is written as an amount, in all three
//! languages (the English edition once turned every comma into a full stop).

use plan_report_tests::{copy_plan, hallingdal, run};

/// Bundled folder with NAER-03's text, responsibility and cost changed in
/// the 2023 revision.
fn revised_folder() -> tempfile::TempDir {
    let dir = copy_plan(&hallingdal());
    let file = dir.path().join("handlingsprogram/2023.csv");
    let text = std::fs::read_to_string(&file).expect("the 2023 programme");
    let old = "NAER-03,naering,arbeidsplassar,Arbeide aktivt for å få fleire statlege og fylkeskommunale arbeidsplassar til regionen,Årleg,RR,,";
    let new = "NAER-03,naering,arbeidsplassar,\"Arbeide aktivt for statlege, fylkeskommunale og private arbeidsplassar\",Årleg,\"RR, kommune\",250000,";
    assert!(text.contains(old), "the fixture line is as expected");
    std::fs::write(&file, text.replace(old, new)).expect("write");
    dir
}

/// The `fields` cells of NAER-03 in the 2022 report's changes table: label, old, new.
fn cells(dir: &std::path::Path, lang: &str) -> Vec<[String; 3]> {
    let out = tempfile::tempdir().expect("temp");
    let plan = dir.to_str().expect("path");
    let emitted = out.path().join("emit");
    let result =
        run(&["status", plan, "--year", "2022", "--lang", lang, "--emit-typst", emitted.to_str().expect("path")]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let data: serde_json::Value = serde_json::from_str(&plan_report_tests::emitted_view_json(&emitted)).expect("json");
    let changed = data["changes"]["changed"].as_array().expect("changed actions");
    let action = changed.iter().find(|c| c["id"] == "NAER-03").expect("NAER-03 is changed");
    action["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .map(|f| [0, 1, 2].map(|i| f[["label", "old", "new"][i]].as_str().expect("text").to_string()))
        .collect()
}

#[test]
fn changed_fields_keep_their_commas_and_amounts_in_every_language() {
    let dir = revised_folder();
    let row = |label: &str, old: &str, new: &str| [label.to_string(), old.to_string(), new.to_string()];
    let text_old = "Arbeide aktivt for å få fleire statlege og fylkeskommunale arbeidsplassar til regionen";
    let text_new = "Arbeide aktivt for statlege, fylkeskommunale og private arbeidsplassar";
    assert_eq!(
        cells(dir.path(), "en"),
        [
            row("cost", "–", "NOK\u{a0}250,000"),
            row("responsible", "RR", "RR, kommune"),
            row("action", text_old, text_new),
        ]
    );
    assert_eq!(
        cells(dir.path(), "nn"),
        [
            row("kostnad", "–", "250\u{a0}000\u{a0}kr"),
            row("ansvar", "RR", "RR, kommune"),
            row("tiltak", text_old, text_new),
        ]
    );
    assert_eq!(
        cells(dir.path(), "nb"),
        [
            row("kostnad", "–", "250\u{a0}000\u{a0}kr"),
            row("ansvar", "RR", "RR, kommune"),
            row("tiltak", text_old, text_new),
        ]
    );
}
