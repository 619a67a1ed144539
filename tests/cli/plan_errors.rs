//! Every error class of plan loading, each with its exact message: the file,
//! the line, the field, and what was expected.

use std::path::Path;

use plan_core::{Error, PlanFolder};
use plan_report_tests::{copy_plan, fixture};

/// Loads the minimal plan with one file replaced and returns the messages
/// of the errors: each names its file relative to the plan folder, wherever
/// the folder is.
fn errors_with(file: &str, contents: &str) -> Vec<String> {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(dir.path().join(file), contents).expect("write");
    messages(dir.path(), PlanFolder::load(dir.path()).expect_err("the plan has errors"))
}

fn messages(dir: &Path, err: Error) -> Vec<String> {
    let shown: Vec<String> = err.diagnostics().iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
    // Joined with the folder, each names the file to open.
    for (d, line) in err.diagnostics().iter().filter(|d| d.is_error()).zip(&shown) {
        assert_eq!(d.clone().in_folder(dir).to_string(), format!("{}/{line}", dir.display()));
    }
    shown
}

fn minimal_plan_toml() -> String {
    std::fs::read_to_string(fixture("minimal-plan/plan.toml")).expect("fixture")
}

const HEADER: &str = "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\n";

#[test]
fn the_minimal_plan_loads_cleanly() {
    let loaded = PlanFolder::load(fixture("minimal-plan")).expect("loads");
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    assert_eq!(loaded.value.programme.versions[0].actions[1].focus_area, "teneste", "matched by the name variant");
    assert_eq!(loaded.value.programme.versions[0].actions[0].cost.map(plan_core::Kroner::get), Some(1_000_000));
}

#[test]
fn unreadable_file() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::remove_file(dir.path().join("tiltak.csv")).expect("remove");
    let err = PlanFolder::load(dir.path()).expect_err("no tiltak.csv");
    assert!(matches!(err, Error::Io { .. }));
    assert_eq!(err.to_string(), format!("{}/tiltak.csv: cannot read: no such file or folder", dir.path().display()));
}

#[test]
fn malformed_toml() {
    let broken = minimal_plan_toml().replace("title = \"Testplan 2025–2028\"", "title = Testplan");
    assert_eq!(
        errors_with("plan.toml", &broken),
        ["plan.toml:5: error: malformed TOML at column 9: invalid boolean, expected `true`"]
    );
}

#[test]
fn unknown_key_in_toml() {
    let broken = minimal_plan_toml().replace("owner = \"Testrådet\"", "owner = \"Testrådet\"\nowners = \"x\"");
    let errors = errors_with("plan.toml", &broken);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .starts_with("plan.toml:7: error: malformed TOML at column 1: unknown field `owners`, expected one of"),
        "{errors:?}"
    );
}

#[test]
fn bad_municipality_code_in_toml() {
    let broken = minimal_plan_toml().replace("code = \"3320\"", "code = \"332\"");
    assert_eq!(
        errors_with("plan.toml", &broken),
        [
            "plan.toml:17: error: malformed TOML at column 14: \"332\" is not a municipality number (expected four digits such as 0615 or 3041)"
        ]
    );
}

#[test]
fn malformed_csv() {
    let errors = errors_with("tiltak.csv", &format!("{HEADER}K1,klima,,\"Sortere alt avfall,2026,TR,,\n"));
    assert_eq!(
        errors,
        ["tiltak.csv:2: error: malformed CSV: a quoted field starts here and is never closed (expected a closing \")"]
    );
    let errors = errors_with("tiltak.csv", &format!("{HEADER}K1,klima,,Sortere, alt avfall,2026,TR,,x\n"));
    assert_eq!(
        errors,
        [
            "tiltak.csv:2: error: malformed CSV: 9 fields where the header has 8 (is there a ',' in a text without quotes?)"
        ]
    );
}

#[test]
fn missing_required_column() {
    let errors = errors_with("tiltak.csv", "id,innsatsområde,tiltak,ansvar\nK1,klima,Sortere,TR\n");
    assert_eq!(
        errors,
        [
            "tiltak.csv:1: error: column 'frist': missing required column (the header has: id, innsatsområde, tiltak, ansvar)"
        ]
    );
}

#[test]
fn unknown_focus_area_and_theme() {
    let errors = errors_with(
        "tiltak.csv",
        &format!(
            "{HEADER}K1,vatn,,Rein,2026,TR,,\nK2,klima,luft,Rein,2026,TR,,\nT1,teneste,x,Y,2026,TR,,\nK3,Klima og milø,Avfal,Z,2026,TR,,\n"
        ),
    );
    assert_eq!(
        errors,
        [
            "tiltak.csv:2: error: column 'innsatsområde': unknown focus area \"vatn\" (expected an id or name: klima (Klima og miljø), teneste (Tenesteutvikling))",
            "tiltak.csv:3: error: column 'tema': unknown theme \"luft\" in focus area \"klima\" (expected an id or name: avfall (Avfall))",
            "tiltak.csv:4: error: column 'tema': unknown theme \"x\" in focus area \"teneste\" (this focus area has no themes)",
            "tiltak.csv:5: error: column 'innsatsområde': unknown focus area \"Klima og milø\" (expected an id or name: klima (Klima og miljø), teneste (Tenesteutvikling); did you mean klima?)",
        ]
    );
}

#[test]
fn duplicate_ids() {
    let errors = errors_with(
        "tiltak.csv",
        &format!("{HEADER}K1,klima,,A,2026,TR,,\nK1,klima,,B,2026,TR,,\n,klima,,C,2026,TR,,\n"),
    );
    assert_eq!(
        errors,
        [
            "tiltak.csv:3: error: column 'id': duplicate action id \"K1\" (first used on line 2)",
            "tiltak.csv:4: error: column 'id': missing action id (expected a short unique id such as KLIMA-01)",
        ]
    );
    let broken = minimal_plan_toml().replace("id = \"teneste\"", "id = \"klima\"").replace("teneste-1", "klima-1");
    assert_eq!(
        errors_with("plan.toml", &broken),
        [
            "plan.toml:80: error: field 'focus_areas[1].id': duplicate focus area id \"klima\" (first used on line 73)",
            "plan.toml:84: error: field 'focus_areas[1].result_goals[0].id': duplicate result goal id \"klima-1\" (first used on line 77)",
        ]
    );
}

#[test]
fn unreadable_deadline_and_cost() {
    let errors =
        errors_with("tiltak.csv", &format!("{HEADER}K1,klima,,A,snart,TR,mykje,\nK2,klima,,B,2026,TR,\"100,50\",\n"));
    assert_eq!(
        errors,
        [
            "tiltak.csv:2: error: column 'frist': cannot read deadline \"snart\" (expected a year, 'Årleg', a season and year such as 'Vår 2021', a month and year such as 'mai 2021', or a date such as 31.05.2021)",
            "tiltak.csv:2: error: column 'kostnad': cannot read amount \"mykje\" (expected whole kroner such as '500 000', 'kr 500 000' or '0,5 mill.')",
            "tiltak.csv:3: error: column 'kostnad': cannot read amount \"100,50\" (øre are not allowed: costs are in whole kroner)",
        ]
    );
}

#[test]
fn sustainability_goal_outside_1_to_17() {
    let broken = minimal_plan_toml().replace("goals = [3, 11]", "goals = [3, 18, 0]");
    assert_eq!(
        errors_with("plan.toml", &broken),
        [
            "plan.toml:53: error: field 'sustainability_goals.goals[1]': 18 is not a UN sustainable development goal (expected a number from 1 to 17)",
            "plan.toml:53: error: field 'sustainability_goals.goals[2]': 0 is not a UN sustainable development goal (expected a number from 1 to 17)",
        ]
    );
}

#[test]
fn draft_warnings_are_located() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(
        dir.path().join("tiltak.csv"),
        format!("{HEADER}K1,klima,,Kanskje?,2026,,,\nT1,teneste,,Noko med XYZ,2026,ABC,,\n"),
    )
    .expect("write");
    let loaded = PlanFolder::load(dir.path()).expect("warnings only");
    let shown: Vec<String> = loaded.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        shown,
        [
            "tiltak.csv:2: warning: column 'tiltak': open question: \"Kanskje?\"",
            "tiltak.csv:2: warning: column 'ansvar': action K1 has no responsible body (expected who is responsible, such as RR)",
            "tiltak.csv:3: warning: column 'tiltak': placeholder text: \"Noko med XYZ\"",
            "tiltak.csv:3: warning: column 'ansvar': abbreviation \"ABC\" is not explained (expected an entry in [[bodies]] of plan.toml)",
            "tiltak.csv:3: warning: column 'tiltak': abbreviation \"XYZ\" is not explained (expected an entry in [[bodies]] of plan.toml)",
        ]
    );
}
