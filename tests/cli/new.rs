//! `plan-report new`: a plan folder to fill in, like `cargo new`.

use plan_core::PlanFolder;
use plan_report_tests::{run, stderr, stdout};

#[test]
fn new_writes_a_folder_that_checks_and_lists_what_is_left() {
    let root = tempfile::tempdir().expect("temp");
    let dir = root.path().join("valdres");
    let output = run(&[
        "new",
        dir.to_str().expect("path"),
        "--region",
        "3449,3450,3451,3452,3453,3454",
        "--name",
        "Valdres",
        "--period",
        "2024-2027",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // The tests' messages are English (PLAN_REPORT_LANG=en), so the plan is too.
    let names = plan_report_tests::file_names(&dir);
    assert_eq!(names, ["actions.csv", "case.toml", "code-changes.csv", "plan.toml"]);
    let check = run(&["check", dir.to_str().expect("path")]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let text = stdout(&check);
    for expected in [
        "plan.toml:18: warning: field 'meta.owner': still to fill in",
        "field 'texts.introduction.text': empty section (expected text)",
        "field 'focus_areas': the plan has no focus areas",
        "field 'statistics.population': no population data",
        "case.toml:4: warning: field 'number': still to fill in (expected the case number, such as 9/20)",
    ] {
        assert!(text.contains(expected), "check lacks {expected:?}: {text}");
    }
    assert!(!text.contains("error"), "{text}");
    let folder = PlanFolder::load(&dir).expect("loads").value;
    let region: Vec<String> =
        folder.plan.meta.region.municipalities.iter().map(|m| format!("{} {}", m.code, m.name)).collect();
    assert_eq!(
        region,
        [
            "3449 Sør-Aurdal",
            "3450 Etnedal",
            "3451 Nord-Aurdal",
            "3452 Vestre Slidre",
            "3453 Øystre Slidre",
            "3454 Vang"
        ]
    );
    assert_eq!((folder.plan.meta.period.first, folder.plan.meta.period.last), (2024, 2027));
    // The code changes that touch the region came along (0540–0545 became 3449–3454 in 2020).
    let own: Vec<usize> = folder.code_changes.files.iter().filter(|f| !f.built_in).map(|f| f.changes).collect();
    assert_eq!(own, [6]);

    // Not into a folder with anything in it.
    let again = run(&["new", dir.to_str().expect("path"), "--region", "3449", "--name", "X", "--period", "2024-2027"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("the folder is not empty"), "{}", stderr(&again));
}

#[test]
fn new_names_the_municipalities_as_they_were_at_the_start_of_the_period() {
    let root = tempfile::tempdir().expect("temp");
    let dir = root.path().join("halling");
    // 2024 codes, a period that starts in 2019: the Buskerud codes, and Nes (as SSB names it) before it became Nesbyen.
    let output =
        run(&["new", dir.to_str().expect("path"), "--region", "3320,3322", "--name", "Dalen", "--period", "2019-2022"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let plan = std::fs::read_to_string(dir.join("plan.toml")).expect("plan");
    assert!(
        plan.contains("    { code = \"0615\", name = \"Flå\" },\n    { code = \"0616\", name = \"Nes (Buskerud)\" },"),
        "{plan}"
    );
    for (args, message) in [
        (
            ["--region", "9999", "--period", "2024-2027"],
            "error: 9999 is not the code of a Norwegian municipality (1972–2024)",
        ),
        (
            ["--region", "3449", "--period", "2027-2024"],
            "error: the period 2027–2024 is reversed (expected the first year before the last, such as 2024-2027)",
        ),
        (
            ["--region", "3449", "--period", "snart"],
            "--period: error: cannot read period \"snart\" (expected two years such as 2024-2027)",
        ),
    ] {
        let other = root.path().join("other");
        let output = run(&[&["new", other.to_str().expect("path"), "--name", "X"], &args[..]].concat());
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(stderr(&output).trim(), message);
        assert!(!other.exists(), "nothing written");
    }
}

/// `new --language nb` writes a Bokmål plan: `language`, every title,
/// comment and stage word, the programme's header and the file names; and
/// without a language asked for (no `--lang`, no `PLAN_REPORT_LANG`, a
/// locale that is neither Norwegian nor English) a Nynorsk one.
#[test]
fn new_writes_the_plan_in_the_language_asked_for() {
    let root = tempfile::tempdir().expect("temp");
    let dir = root.path().join("bokmal");
    let path = dir.to_str().expect("path");
    let output =
        run(&["new", path, "--region", "3449", "--name", "Valdres", "--period", "2024-2027", "--language", "nb"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(plan_report_tests::file_names(&dir), ["kommuneendringer.csv", "plan.toml", "sak.toml", "tiltak.csv"]);
    let plan = std::fs::read_to_string(dir.join("plan.toml")).expect("plan");
    for expected in [
        "# Plandokumentet. Hver nøkkel er forklart i docs/plan-folder.md;",
        "# \"utkast\" mens planen er et utkast, \"vedtatt\" når den er vedtatt.",
        "language = \"nb\"",
        "title = \"Strategisk plan for Valdres 2024–2027\"",
        "title = \"Innledning\"",
        "title = \"Status og utfordringer\"",
        "title = \"Bærekraftsmål\"",
        "title = \"Overordnet mål\"",
        "code_changes = [\"kommuneendringer.csv\"]",
    ] {
        assert!(plan.contains(expected), "plan.toml lacks {expected:?}: {plan}");
    }
    for nynorsk in ["Innleiing", "utfordringar", "Berekraftsmål", "Overordna", "vedteken", "kommuneendringar"] {
        assert!(!plan.contains(nynorsk), "Nynorsk {nynorsk:?} in a Bokmål plan: {plan}");
    }
    let case = std::fs::read_to_string(dir.join("sak.toml")).expect("case");
    assert!(case.contains("title = \"Saksopplysninger\""), "{case}");
    let check = run(&["check", path, "--lang", "nb"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).contains("plan.toml:18: advarsel: felt «meta.owner»: mangler fortsatt"),
        "{}",
        stdout(&check)
    );

    // An action put in before the plan has a focus area is named as such, not as an unknown one.
    std::fs::write(
        dir.join("tiltak.csv"),
        "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\nA1,,,Lage en strategi,2026,Regionrådet,,\n",
    )
    .expect("write");
    let check = run(&["check", path, "--lang", "nb"]);
    assert!(
        stdout(&check).starts_with(&format!(
            "{path}/tiltak.csv:2: feil: kolonne «innsatsområde»: planen har ennå ikke noe innsatsområde å sette \
             tiltaket i (ventet [[focus_areas]] i plan.toml)\n"
        )),
        "{}",
        stdout(&check)
    );

    let english = root.path().join("english");
    run(&[
        "new",
        english.to_str().expect("path"),
        "--region",
        "3449",
        "--name",
        "Valdres",
        "--period",
        "2024-2027",
        "--language",
        "en",
    ]);
    assert_eq!(
        std::fs::read_to_string(english.join("actions.csv")).expect("csv"),
        "id;focus area;theme;action;deadline;responsible;cost;note\n"
    );
    assert!(PlanFolder::load(&english).is_ok(), "the English scaffold loads");
    // What is still to fill in names the files by their English names.
    let check = stdout(&run(&["check", english.to_str().expect("path")]));
    assert!(
        check.contains(
            "plan.toml:11: warning: field 'statistics.population': no population data (expected SSB downloads \
             named in [statistics] population, or population.csv)"
        ),
        "{check}"
    );
    assert!(!check.contains("befolkning") && !check.contains("tiltak") && !check.contains("sak.toml"), "{check}");

    let nynorsk = root.path().join("nynorsk");
    let output = plan_report_tests::command()
        .env_remove("PLAN_REPORT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "sv_SE.UTF-8")
        .args([
            "new",
            nynorsk.to_str().expect("path"),
            "--region",
            "3449",
            "--name",
            "Valdres",
            "--period",
            "2024-2027",
        ])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let plan = std::fs::read_to_string(nynorsk.join("plan.toml")).expect("plan");
    assert!(plan.contains("language = \"nn\"") && plan.contains("title = \"Innleiing\""), "{plan}");
}
