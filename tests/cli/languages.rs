//! Three languages: English input forms beside the Norwegian ones, the
//! plan's `language` in `plan.toml`, and `--lang` on messages.

use plan_report_tests::{copy_plan, fixture, run, stderr, stdout};

/// A programme and a status file written in English, headers and words,
/// read as the Norwegian ones are.
#[test]
fn english_headers_deadlines_and_statuses_are_read() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(
        dir.path().join("tiltak.csv"),
        "id,focus area,theme,action,deadline,responsible,cost,note\n\
         K1,klima,avfall,Sort all waste,yearly,TR,\"1 000 000\",\n\
         K2,klima,,Plant trees,spring 2026,TR,,\n\
         K3,klima,,Count the birds,May 2026,TR,,\n\
         T1,TENESTEPRODUKSJON,,Shared digital strategy,31 March 2026,TR,,\n",
    )
    .expect("write");
    std::fs::create_dir(dir.path().join("status")).expect("mkdir");
    std::fs::write(
        dir.path().join("status/2026.csv"),
        "action,status,progress,comment,last updated\n\
         K1,in progress,40,,2026-05-01\nK2,completed,100,,\nK3,delayed,,Late spring,\nT1,not started,,,\n",
    )
    .expect("write");
    let plan = dir.path().to_str().expect("path");
    let output = run(&["show", plan]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    let actions = &json["programme"]["versions"][0]["actions"];
    let kinds: Vec<&str> = (0..4).map(|i| actions[i]["deadline"]["kind"].as_str().unwrap_or("")).collect();
    assert_eq!(kinds, ["yearly", "season", "month", "date"]);
    let statuses: Vec<&str> =
        (0..4).map(|i| json["statuses"][0]["entries"][i]["status"].as_str().unwrap_or("")).collect();
    assert_eq!(statuses, ["in_progress", "done", "delayed", "not_started"]);

    // The sentences about them are in the reader's language.
    let output = run(&["check", plan, "--year", "2026", "--lang", "en"]);
    let text = stdout(&output);
    assert!(text.contains("action K2 is due in 2026 (spring 2026), status completed"), "{text}");
    let output = run(&["check", plan, "--year", "2026", "--lang", "nb"]);
    let text = stdout(&output);
    assert!(text.contains("tiltak K2 har frist i 2026 (våren 2026), status fullført"), "{text}");
    assert!(text.contains("tiltak K3 er forfalt: frist mai 2026, status forsinket per 31. desember 2026"), "{text}");
    let output = run(&["check", plan, "--year", "2026", "--lang", "nn"]);
    let text = stdout(&output);
    assert!(
        text.contains("tiltak T1 er forfalle: frist 31. mars 2026, status ikkje starta per 31. desember 2026"),
        "{text}"
    );
    let output = run(&["check", plan, "--year", "2026", "--lang", "en"]);
    let text = stdout(&output);
    assert!(text.contains("action T1 is overdue: due 31 March 2026, status not started at 31 December 2026"), "{text}");
    assert!(text.contains("action K1 is due in 2026 (yearly), status in progress"), "{text}");
}

/// `language` in plan.toml: nn, nb or en; anything else is a located error.
#[test]
fn the_plans_language_is_checked() {
    let dir = copy_plan(&fixture("minimal-plan"));
    let toml = std::fs::read_to_string(dir.path().join("plan.toml")).expect("read");
    std::fs::write(dir.path().join("plan.toml"), toml.replace("language = \"nn\"", "language = \"sv\""))
        .expect("write");
    let output = run(&["check", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    let said = stdout(&output);
    assert!(
        said.contains(
            "plan.toml:10: error: malformed TOML at column 12: unknown variant `sv`, expected one of `nn`, `nb`, `en`"
        ),
        "{said}"
    );

    std::fs::write(dir.path().join("plan.toml"), toml.replace("language = \"nn\"\n", "")).expect("write");
    let output = run(&["show", dir.path().to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    assert_eq!(json["meta"]["language"], "nn", "Nynorsk when not given");
}

/// `--lang` takes nn, nb or en: anything else is a usage error (exit 2)
/// listing them; so is an unknown `PLAN_REPORT_LANG`.
#[test]
fn an_unknown_language_is_a_usage_error() {
    let output = run(&["check", "--lang", "sv"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("[possible values: nn, nb, en]"), "{}", stderr(&output));
    let output = plan_report_tests::command().args(["check"]).env("PLAN_REPORT_LANG", "de").output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output), "error: PLAN_REPORT_LANG=de: unknown language (expected nn, nb or en)\n");
}

/// Errors that stop a command are said in the chosen language, with the
/// same `FILE:LINE:` prefix.
#[test]
fn errors_in_three_languages() {
    let dir = copy_plan(&fixture("minimal-plan"));
    std::fs::write(
        dir.path().join("tiltak.csv"),
        "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\nK1,klima,,Sortere,snart,TR,,\n",
    )
    .expect("write");
    let plan = dir.path().to_str().expect("path");
    let file = format!("{plan}/tiltak.csv:2: error: ");
    for (lang, said) in [
        ("en", "column 'frist': cannot read deadline \"snart\" (expected a year, "),
        ("nn", "kolonne «frist»: kan ikkje lese fristen «snart» (venta eit år, "),
        ("nb", "kolonne «frist»: kan ikke lese fristen «snart» (ventet et år, "),
    ] {
        let output = run(&["check", plan, "--lang", lang]);
        assert_eq!(output.status.code(), Some(1));
        let text = stdout(&output);
        assert!(text.starts_with(&format!("{file}{said}")), "{lang}: {text}");
    }
}
