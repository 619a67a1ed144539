//! The plan folder's files under their Nynorsk, Bokmål and English names
//! (issue 23, item 1): each name is read, two names for one file are an
//! error, and a table no rule reads gets a warning naming the nearest name.

use plan_report_tests::{command, copy_plan, fixture, stderr, stdout};
use std::path::Path;

/// `check` of a folder with messages in `language`: (success, standard
/// error with the folder's path taken out).
fn check(dir: &Path, language: &str) -> (bool, String) {
    let output =
        command().args(["check"]).arg(dir).env("PLAN_REPORT_LANG", language).output().expect("the binary runs");
    let prefix = format!("{}/", dir.display());
    (output.status.success(), format!("{}{}", stdout(&output), stderr(&output)).replace(&prefix, ""))
}

/// `show --format json` of a folder.
fn show(dir: &Path) -> serde_json::Value {
    let output = command().args(["show", "--format", "json"]).arg(dir).output().expect("the binary runs");
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("show prints JSON")
}

fn rename(dir: &Path, from: &str, to: &str) {
    std::fs::rename(dir.join(from), dir.join(to)).expect("the file is renamed");
}

#[test]
fn indicator_values_are_read_under_their_bokmal_and_english_names() {
    let original = show(&fixture("bokmal-plan"))["indicator_values"].clone();
    assert!(original.as_array().is_some_and(|values| !values.is_empty()), "the fixture has indicator values");
    for name in ["indikatorer.csv", "indicators.csv"] {
        let dir = copy_plan(&fixture("bokmal-plan"));
        rename(dir.path(), "indikatorar.csv", name);
        assert_eq!(show(dir.path())["indicator_values"], original, "{name}");
        assert_eq!(check(dir.path(), "nb"), (true, String::new()), "{name}");
    }
}

#[test]
fn two_names_for_one_file_are_an_error_in_every_language() {
    let dir = copy_plan(&fixture("bokmal-plan"));
    std::fs::copy(dir.path().join("indikatorar.csv"), dir.path().join("indikatorer.csv"))
        .expect("the test folder is writable");
    let expected = [
        ("nb", "indikatorer.csv: error: indikatorar.csv og indikatorer.csv er to navn på samme fil (ventet én av dem)"),
        ("nn", "indikatorer.csv: error: indikatorar.csv og indikatorer.csv er to namn på same fil (venta éi av dei)"),
        (
            "en",
            "indikatorer.csv: error: indikatorar.csv and indikatorer.csv are two names for one file (expected one of them)",
        ),
    ];
    for (language, line) in expected {
        let (ok, messages) = check(dir.path(), language);
        assert!(!ok, "{language}");
        assert!(messages.lines().any(|l| l == line), "{language}: {messages}");
    }
    // The population table and the action programme likewise.
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::copy(dir.path().join("befolkning.csv"), dir.path().join("population.csv"))
        .expect("the test folder is writable");
    std::fs::copy(dir.path().join("tiltak.csv"), dir.path().join("actions.csv")).expect("the test folder is writable");
    let (ok, messages) = check(dir.path(), "nb");
    assert!(!ok);
    assert!(
        messages.contains("population.csv: error: befolkning.csv og population.csv er to navn på samme fil"),
        "{messages}"
    );
    assert!(messages.contains("actions.csv: error: tiltak.csv og actions.csv er to navn på samme fil"), "{messages}");
}

#[test]
fn the_english_names_of_the_programme_population_and_case_are_read() {
    let dir = copy_plan(&fixture("minimal-plan"));
    let original = show(dir.path());
    rename(dir.path(), "tiltak.csv", "actions.csv");
    rename(dir.path(), "befolkning.csv", "population.csv");
    let renamed = show(dir.path());
    assert_eq!(renamed["programme"]["versions"][0]["file"], "actions.csv");
    assert_eq!(
        renamed["programme"]["versions"][0]["actions"].as_array().map(Vec::len),
        original["programme"]["versions"][0]["actions"].as_array().map(Vec::len)
    );
    assert_eq!(
        renamed["population"]["observations"].to_string(),
        original["population"]["observations"].to_string().replace("befolkning.csv", "population.csv")
    );
    assert_eq!(check(dir.path(), "en"), (true, String::new()));
}

#[test]
fn the_plans_own_change_list_is_read_under_its_names_when_plan_toml_names_none() {
    let fixture = fixture("change-list-of-the-plan-and-built-in");
    let original = show(&fixture)["code_changes"]["changes"].clone();
    for name in ["kommuneendringar.csv", "kommuneendringer.csv", "code-changes.csv"] {
        let dir = copy_plan(&fixture);
        let plan = std::fs::read_to_string(dir.path().join("plan.toml")).expect("the test folder is writable");
        let without = plan.replace("code_changes = [\"kommuneendringar.csv\"]\n", "");
        assert_ne!(plan, without, "the fixture names its list");
        std::fs::write(dir.path().join("plan.toml"), without).expect("the test folder is writable");
        rename(dir.path(), "kommuneendringar.csv", name);
        let shown = show(dir.path());
        assert_eq!(shown["code_changes"]["changes"], original, "{name}");
        let files = shown["code_changes"]["files"].to_string();
        assert!(files.contains(&format!("\"{name}\"")), "{name}: {files}");
    }
}

#[test]
fn a_table_no_rule_reads_gets_a_warning_naming_the_nearest_name() {
    let dir = copy_plan(&fixture("bokmal-plan"));
    for name in ["indikator.csv", "tiltak-2024.xlsx", "notat.toml"] {
        std::fs::write(dir.path().join(name), "x\n").expect("the test folder is writable");
    }
    // Left alone: dot files, Office lock files, schemas, other kinds of
    // files, and the folders with rules of their own.
    for name in [".utkast.csv", "~$tiltak.xlsx", "plan-toml.schema.json", "LES-MEG.md", "status/notat.txt"] {
        std::fs::write(dir.path().join(name), "x\n").expect("the test folder is writable");
    }
    let (ok, messages) = check(dir.path(), "nb");
    assert!(ok, "{messages}");
    assert_eq!(
        messages,
        "indikator.csv: warning: ingen regel leser denne filen, og plan.toml nevner den ikke (mente du indikatorer.csv?)\n\
         notat.toml: warning: ingen regel leser denne filen, og plan.toml nevner den ikke (mente du plan.toml?)\n\
         tiltak-2024.xlsx: warning: ingen regel leser denne filen, og plan.toml nevner den ikke (mente du tiltak.xlsx?)\n"
    );
    let (_, messages) = check(dir.path(), "nn");
    assert!(
        messages.starts_with("indikator.csv: warning: ingen regel les denne fila, og plan.toml nemner henne ikkje (meinte du indikatorer.csv?)"),
        "{messages}"
    );
    let (_, messages) = check(dir.path(), "en");
    assert!(
        messages.starts_with("indikator.csv: warning: no rule reads this file and plan.toml does not name it (did you mean indikatorer.csv?)"),
        "{messages}"
    );
}
