//! `plan-report show --format json`: the JSON shape other tools rely on.

use plan_report_tests::{run, stderr, stdout};
use serde_json::{Value, json};

fn show() -> Value {
    let output = run(&["show", "data/hallingdal", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("valid JSON")
}

#[test]
fn has_the_documented_top_level_keys() {
    let plan = show();
    for key in ["meta", "values", "focus_areas", "bodies", "programme", "statuses", "indicator_values", "cases"] {
        assert!(plan.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(plan["meta"]["title"], "Strategisk plan Hallingdal 2021–2024");
    assert_eq!(plan["meta"]["version"], json!({"label": "Utkast pr. 21. okt", "date": "2020-10-21"}));
    assert_eq!(plan["meta"]["status"], "utkast");
    assert_eq!(plan["values"].as_array().map(Vec::len), Some(4));
    assert_eq!(plan["bodies"][0], json!({"abbreviation": "RR", "name": "Regionrådet for Hallingdal"}));
}

#[test]
fn focus_areas_have_id_name_themes_and_result_goals() {
    let plan = show();
    let area = &plan["focus_areas"][3];
    assert_eq!(area["id"], "attraktivitet");
    assert_eq!(area["name"], "Attraktivitet og omdømme");
    assert_eq!(
        area["themes"][1],
        json!({"id": "folka", "name": "Det er folka som teller", "name_variants": ["Det er folka som teller - rekruttering"]})
    );
    assert_eq!(area["result_goals"][1]["indicator"]["target"], json!({"relative_pct": 1.0}));
}

#[test]
fn actions_have_the_documented_shape() {
    let plan = show();
    let versions = plan["programme"]["versions"].as_array().expect("a list");
    assert_eq!(versions.len(), 4);
    assert_eq!(versions[1]["first_year"], 2022);
    assert_eq!(versions[1]["file"], "handlingsprogram/2022.csv", "relative to the plan folder");
    assert_eq!(
        versions[1]["adoption"],
        json!({"adopted": "2021-12-16", "case": "34/21", "body": "Hallingtinget", "note": "Illustrativt eksempel, ikkje eit verkeleg vedtak."})
    );
    assert_eq!(plan["statuses"][1]["year"], 2022);
    let actions = versions[0]["actions"].as_array().expect("a list");
    assert_eq!(actions.len(), 26);
    assert_eq!(
        actions[3],
        json!({
            "id": "NAER-04",
            "focus_area": "naering",
            "theme": "innovasjon",
            "text": "Etablere eit senter for innovasjon i Hallingdal",
            "deadline": {"text": "Vår 2021", "kind": "season", "start": "2021-03-01", "end": "2021-05-31"},
            "responsible": ["RR", "HNN"],
            "cost": null,
            "note": ""
        })
    );
    assert_eq!(actions[0]["deadline"], json!({"text": "Årleg", "kind": "yearly", "start": null, "end": null}));
    assert_eq!(
        actions[4]["deadline"],
        json!({"text": "mai 2021", "kind": "month", "start": "2021-05-01", "end": "2021-05-31"})
    );
    assert_eq!(actions[11]["cost"], json!(500_000));
    assert_eq!(actions[8]["theme"], Value::Null);
}
