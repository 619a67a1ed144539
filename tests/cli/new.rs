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
    let names = plan_report_tests::file_names(&dir);
    assert_eq!(names, ["kommuneendringar.csv", "plan.toml", "sak.toml", "tiltak.csv"]);
    let check = run(&["check", dir.to_str().expect("path")]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let text = stdout(&check);
    for expected in [
        "plan.toml:18: warning: field 'meta.owner': still to fill in",
        "field 'texts.introduction.text': empty section (expected text)",
        "field 'focus_areas': the plan has no focus areas",
        "field 'statistics.population': no population data",
        "sak.toml:4: warning: field 'number': still to fill in (expected the case number, such as 9/20)",
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
