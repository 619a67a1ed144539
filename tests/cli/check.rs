//! `plan-report check`: output format, exit codes, and the bundled plan's
//! warnings against a golden file.

use plan_report_tests::{copy_plan, fixture, run, stderr, stdout};

#[test]
fn bundled_plan_lists_the_drafts_warnings_and_exits_0() {
    let output = run(&["check", "data/hallingdal"]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    let golden = std::fs::read_to_string(fixture("../golden/check-hallingdal.txt")).expect("golden file");
    assert_eq!(stdout(&output), golden);
    assert!(golden.lines().all(|l| l.contains(": warning: ")), "only warnings");
    assert!(golden.contains("tiltak.csv:5: warning: column 'ansvar': abbreviation \"HNN\" is not explained"));
}

#[test]
fn plan_dir_defaults_to_the_bundled_plan() {
    let output = run(&["check"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("data/hallingdal/tiltak.csv:19: warning: column 'tiltak': open question: "));
}

#[test]
fn errors_exit_1_with_one_line_each() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(
        dir.path().join("tiltak.csv"),
        "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\nK1,klima,,Sortere,Vaar 2021,TR,,\nK1,vatn,,Rein,2026,TR,mykje,\n",
    )
    .expect("write");
    let output = run(&["check", dir.path().to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(1));
    let file = dir.path().join("tiltak.csv").display().to_string();
    let plan = dir.path().join("plan.toml").display().to_string();
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "{file}:2: error: column 'frist': cannot read deadline \"Vaar 2021\" (expected a year, 'Årleg', a season and year such as 'Vår 2021', a month and year such as 'mai 2021', or a date such as 31.05.2021)"
            ),
            format!("{file}:3: error: column 'id': duplicate action id \"K1\" (first used on line 2)"),
            format!(
                "{file}:3: error: column 'innsatsområde': unknown focus area \"vatn\" (expected an id or name: klima (Klima og miljø), teneste (Tenesteutvikling))"
            ),
            format!(
                "{file}:3: error: column 'kostnad': cannot read amount \"mykje\" (expected whole kroner such as '500 000', 'kr 500 000' or '0,5 mill.')"
            ),
            format!(
                "{plan}:73: warning: field 'focus_areas[0].id': focus area \"klima\" has no actions in the action programme"
            ),
            format!(
                "{plan}:80: warning: field 'focus_areas[1].id': focus area \"teneste\" has no actions in the action programme"
            ),
        ]
    );
}

#[test]
fn usage_errors_exit_2() {
    let output = run(&["check", "--no-such-flag"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("unexpected argument '--no-such-flag'"));
}

#[test]
fn a_missing_folder_is_a_clear_error() {
    let output = run(&["check", "no/such/plan"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "error: no/such/plan/plan.toml: cannot read: No such file or directory (os error 2)\n");
}
