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
        ("nb", "indikatorer.csv: feil: indikatorar.csv og indikatorer.csv er to navn på samme fil (ventet én av dem)"),
        ("nn", "indikatorer.csv: feil: indikatorar.csv og indikatorer.csv er to namn på same fil (venta éi av dei)"),
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
        messages.contains("population.csv: feil: befolkning.csv og population.csv er to navn på samme fil"),
        "{messages}"
    );
    assert!(messages.contains("actions.csv: feil: tiltak.csv og actions.csv er to navn på samme fil"), "{messages}");
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
        "indikator.csv: advarsel: ingen regel leser denne filen, og plan.toml nevner den ikke (mente du indikatorer.csv?)\n\
         notat.toml: advarsel: ingen regel leser denne filen, og plan.toml nevner den ikke (mente du plan.toml?)\n\
         tiltak-2024.xlsx: advarsel: ingen regel leser denne filen, og plan.toml nevner den ikke (mente du tiltak.xlsx?)\n"
    );
    let (_, messages) = check(dir.path(), "nn");
    assert!(
        messages.starts_with("indikator.csv: åtvaring: ingen regel les denne fila, og plan.toml nemner henne ikkje (meinte du indikatorer.csv?)"),
        "{messages}"
    );
    let (_, messages) = check(dir.path(), "en");
    assert!(
        messages.starts_with("indikator.csv: warning: no rule reads this file and plan.toml does not name it (did you mean indikatorer.csv?)"),
        "{messages}"
    );
}

/// The folders of revisions and cases under their English names,
/// `programme/` and `cases/` (issue 23, item 1): read as `handlingsprogram/`
/// and `saker/` are, with the same versions and cases.
#[test]
fn revisions_and_cases_are_read_from_their_english_folders() {
    let hallingdal = plan_report_tests::hallingdal();
    let original = show(&hallingdal);
    let dir = copy_plan(&hallingdal);
    rename(dir.path(), "handlingsprogram", "programme");
    rename(dir.path(), "saker", "cases");
    let english = show(dir.path());
    let files = |json: &serde_json::Value, list: &str, path: &[&str]| -> Vec<String> {
        let mut value = json;
        for step in path {
            value = &value[step];
        }
        value.as_array().expect(list).iter().map(|v| v["file"].as_str().unwrap_or_default().to_string()).collect()
    };
    let versions = files(&english, "versions", &["programme", "versions"]);
    let expected: Vec<String> = files(&original, "versions", &["programme", "versions"])
        .iter()
        .map(|f| f.replace("handlingsprogram/", "programme/"))
        .collect();
    assert_eq!(versions, expected);
    assert!(versions.iter().filter(|f| f.starts_with("programme/")).count() >= 2, "{versions:?}");
    assert_eq!(
        english["programme"]["versions"].as_array().map(Vec::len),
        original["programme"]["versions"].as_array().map(Vec::len)
    );
    let cases = files(&english, "cases", &["cases"]);
    let expected: Vec<String> =
        files(&original, "cases", &["cases"]).iter().map(|f| f.replace("saker/", "cases/")).collect();
    assert_eq!(cases, expected);
    assert!(cases.iter().any(|f| f.starts_with("cases/")), "{cases:?}");
    // As clean as the bundled folder.
    let (ok, _) = check(dir.path(), "en");
    assert!(ok);
}

#[test]
fn two_names_for_one_folder_are_an_error_in_every_language() {
    let dir = copy_plan(&plan_report_tests::hallingdal());
    std::fs::create_dir(dir.path().join("programme")).expect("the test folder is writable");
    let expected = [
        ("nb", "programme/: feil: handlingsprogram/ og programme/ er to navn på samme mappe (ventet én av dem)"),
        ("nn", "programme/: feil: handlingsprogram/ og programme/ er to namn på same mappe (venta éi av dei)"),
        (
            "en",
            "programme/: error: handlingsprogram/ and programme/ are two names for one folder (expected one of them)",
        ),
    ];
    for (language, line) in expected {
        let (ok, messages) = check(dir.path(), language);
        assert!(!ok, "{language}");
        assert!(messages.lines().any(|l| l == line), "{language}: {messages}");
    }
    let dir = copy_plan(&plan_report_tests::hallingdal());
    std::fs::create_dir(dir.path().join("cases")).expect("the test folder is writable");
    let (ok, messages) = check(dir.path(), "en");
    assert!(!ok);
    assert!(
        messages
            .lines()
            .any(|l| l == "cases/: error: saker/ and cases/ are two names for one folder (expected one of them)"),
        "{messages}"
    );
}

/// `revise` writes the revision into the folder the plan has, else into
/// the one named in the plan's language.
#[test]
fn revise_writes_the_revisions_folder_in_the_plans_language() {
    let revise = |dir: &Path| {
        let proposal = dir.join("tiltak.csv");
        let output = command()
            .args(["revise"])
            .arg(dir)
            .arg("--proposal")
            .arg(&proposal)
            .args(["--adopted", "2025-11-20", "--case", "12/25", "--year", "2026"])
            .output()
            .expect("the binary runs");
        assert!(output.status.success(), "{}", stderr(&output));
    };
    let set_language = |dir: &Path, language: &str| {
        let plan = dir.join("plan.toml");
        let text = std::fs::read_to_string(&plan).expect("plan.toml");
        std::fs::write(&plan, text.replace("language = \"nn\"", &format!("language = \"{language}\"")))
            .expect("plan.toml");
    };
    for (language, folder) in [("nn", "handlingsprogram"), ("nb", "handlingsprogram"), ("en", "programme")] {
        let dir = copy_plan(&fixture("minimal-plan"));
        set_language(dir.path(), language);
        revise(dir.path());
        assert_eq!(plan_report_tests::file_names(&dir.path().join(folder)), ["2026.csv", "2026.toml"], "{language}");
        assert!(check(dir.path(), language).0, "{language}");
    }
    // An English plan whose revisions are in `handlingsprogram/` keeps them there.
    let dir = copy_plan(&fixture("minimal-plan"));
    set_language(dir.path(), "en");
    std::fs::create_dir(dir.path().join("handlingsprogram")).expect("mkdir");
    revise(dir.path());
    assert_eq!(plan_report_tests::file_names(&dir.path().join("handlingsprogram")), ["2026.csv", "2026.toml"]);
    assert!(!dir.path().join("programme").exists());
}
