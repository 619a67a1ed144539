//! `plan-report check`: output format, exit codes, and the bundled plan's
//! warnings against a golden file.

use plan_report_tests::{copy_plan, fixture, hallingdal, run, stderr, stdout};

/// The output against a golden file (`UPDATE_GOLDEN=1` rewrites it).
fn golden(name: &str, actual: &str) -> String {
    let path = fixture(&format!("../golden/{name}"));
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        std::fs::write(&path, actual).expect("write golden file");
    }
    std::fs::read_to_string(&path).expect("golden file")
}

#[test]
fn bundled_plan_lists_the_drafts_warnings_and_exits_0() {
    let output = run(&["check", "data/hallingdal"]);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    let golden = golden("check-hallingdal.txt", &stdout(&output));
    assert_eq!(stdout(&output), golden);
    assert!(golden.lines().all(|l| l.contains(": warning: ")), "only warnings");
    assert!(golden.contains("tiltak.csv:5: warning: column 'ansvar': abbreviation \"HNN\" is not explained"));
}

/// The same findings in Nynorsk (from the locale, as a council PC sets it)
/// and Bokmål (from `--lang`), with the same `FILE:LINE: warning:` prefixes.
#[test]
fn the_findings_in_nynorsk_and_bokmal() {
    let nynorsk = plan_report_tests::command()
        .args(["check", "data/hallingdal"])
        .env_remove("PLAN_REPORT_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "nn_NO.UTF-8")
        .output()
        .expect("runs");
    let bokmal = run(&["check", "data/hallingdal", "--lang", "nb"]);
    let english = stdout(&run(&["check", "data/hallingdal"]));
    for (output, file) in [(&nynorsk, "check-hallingdal-nn.txt"), (&bokmal, "check-hallingdal-nb.txt")] {
        assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
        let text = stdout(output);
        assert_eq!(text, golden(file, &text));
        // The severity is said in the language too (`åtvaring`, `advarsel`).
        let prefixes = |t: &str| {
            t.lines()
                .map(|l| {
                    let place = [": warning: ", ": åtvaring: ", ": advarsel: "].iter().find_map(|s| l.split_once(s));
                    place.map_or("", |(place, _)| place).to_string()
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(prefixes(&text), prefixes(&english), "the same places in the same order");
    }
    let nynorsk = stdout(&nynorsk);
    assert!(nynorsk.contains(
        "data/hallingdal/tiltak.csv:7: åtvaring: kolonne «ansvar»: tiltak INFRA-02 manglar ansvarleg (venta kven som har ansvaret, til dømes RR)"
    ));
    assert!(nynorsk.contains("oppgitt sum «Hallingdal» for 1. januar 2020 er 20\u{a0}566"));
    assert!(stdout(&bokmal).contains(
        "data/hallingdal/tiltak.csv:7: advarsel: kolonne «ansvar»: tiltak INFRA-02 mangler ansvarlig (ventet hvem som har ansvaret, for eksempel RR)"
    ));
    assert!(english.contains("stated total \"Hallingdal\" on 1 January 2020 is 20,566"));
}

#[test]
fn plan_dir_is_the_folder_the_user_stands_in_or_the_nearest_above() {
    // Inside the plan folder: `check` needs no PLAN_DIR.
    let here = plan_report_tests::command().current_dir(hallingdal()).arg("check").output().expect("runs");
    assert_eq!(here.status.code(), Some(0), "{}", stderr(&here));
    assert!(stdout(&here).contains("./tiltak.csv:19: warning: column 'tiltak': open question: "), "{}", stdout(&here));
    // In a folder below it: the plan above is found, and named when files are written.
    let dir = copy_plan(&hallingdal());
    let below = dir.path().join("status");
    let output = plan_report_tests::command()
        .current_dir(&below)
        .args(["status-template", "--year", "2024", "-o", "-"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with(&format!("using the plan folder {}\n", dir.path().display())),
        "{}",
        stderr(&output)
    );
    // Outside any plan folder: one clear line, no bundled example assumed.
    let nowhere = tempfile::tempdir().expect("temp");
    let output = plan_report_tests::command().current_dir(nowhere.path()).arg("check").output().expect("runs");
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        format!(
            "error: no plan folder: neither {} nor a folder above it holds plan.toml (give PLAN_DIR, or run the command inside a plan folder)\n",
            nowhere.path().display()
        )
    );
    // A table and a region need no plan at all.
    let table = repo_table();
    let output = plan_report_tests::command()
        .current_dir(nowhere.path())
        .args(["population", "--input", table.to_str().expect("path"), "--region", "3039,3040", "--format", "csv"])
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

fn repo_table() -> std::path::PathBuf {
    hallingdal().join("folketal-ssb-07459-2015-2024.csv")
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
    assert_eq!(stderr(&output), "error: no/such/plan/plan.toml: cannot read: no such file or folder\n");
}
