//! A result goal bound to a statistics table
//! (`tests/fixtures/plan-with-statistics-goal`: net migration per quarter in
//! SSB's JSON-stat 2 shape, made for the tests, under the codes before the
//! 2020 reform for 2019 and today's since, summed into years): measured in
//! the annual, period and web reports with its chart, a table per
//! municipality and its sources line; `check` locates a wrong binding; a
//! quarter is known only from its last day.

use chrono::NaiveDate;
use plan_core::PlanFolder;
use plan_core::as_of::AsOf;
use plan_report_tests::{copy_plan, fixture, rendered_text, run, stderr, stdout};
use serde_json::Value;

const DIR: &str = "tests/fixtures/plan-with-statistics-goal";

/// The status report's view (`data.json` of `--emit-typst`).
fn status_view(extra: &[&str]) -> Value {
    let out = tempfile::tempdir().expect("temp");
    let output =
        run(&[&["status", DIR, "--year", "2024", "--emit-typst", out.path().to_str().expect("utf-8")], extra].concat());
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&plan_report_tests::emitted_view_json(out.path())).expect("JSON")
}

fn goal(view: &Value) -> &Value {
    view["focus_areas"]
        .as_array()
        .expect("areas")
        .iter()
        .flat_map(|a| a["goals"].as_array().expect("goals"))
        .find(|g| g["id"] == "folk-2")
        .expect("the bound goal")
}

const SOURCES_LINE: &str = "made-for-tests-01222-nettoinnflytting-kvartal.json Resultatmålet «Fleire flyttar til Valdres enn frå Valdres kvart år.»: SSB-tabell 01222, variabel Nettoinnflytting9 (Nettoinnflytting), 2019K1–2024K4";

#[test]
fn the_values_are_the_region_summed_per_year_across_the_reform() {
    let folder = PlanFolder::load(fixture("plan-with-statistics-goal")).expect("loads").value;
    let bound = &folder.goal_statistics[0];
    let years: Vec<(String, Option<f64>)> = bound.region_years().into_iter().map(|y| (y.period, y.value)).collect();
    let expected = [(2019, 89.0), (2020, 117.0), (2021, 145.0), (2022, 173.0), (2023, 201.0), (2024, 212.0)];
    assert_eq!(years, expected.map(|(y, v)| (y.to_string(), Some(v))));
    // Sør-Aurdal: 0540 in 2019, 3449 since; its quarters of 2024 sum to 22.
    let first = &bound.municipalities[0];
    assert_eq!((first.code.as_str(), first.name.as_str()), ("3449", "Sør-Aurdal"));
    let own: Vec<Option<f64>> = bound.municipality_years(first).into_iter().map(|y| y.value).collect();
    assert_eq!(own, [10.0, 26.0, 25.0, 24.0, 40.0, 22.0].map(Some));
}

#[test]
fn the_annual_report_view_has_baseline_latest_target_and_each_municipality() {
    let view = status_view(&[]);
    let g = goal(&view);
    assert_eq!(g["status"], "bak skjema");
    assert_eq!(g["baseline"], "201 (31. desember 2023)");
    assert_eq!(g["latest"], "212 (31. desember 2024)");
    assert_eq!(g["target"], "250 (31. desember 2027)");
    assert_eq!(g["chart"]["file"], "charts/mal-folk-2.svg");
    assert_eq!(g["chart"]["table"]["rows"][1], serde_json::json!(["31.12.2024", "212", "213,28"]));
    assert_eq!(
        g["by_municipality"],
        serde_json::json!([
            ["Sør-Aurdal", "2024", "22"],
            ["Etnedal", "2024", "50"],
            ["Nord-Aurdal", "2024", "44"],
            ["Vestre Slidre", "2024", "38"],
            ["Øystre Slidre", "2024", "32"],
            ["Vang", "2024", "26"]
        ])
    );
    let source = view["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .find(|s| s["file"] == "made-for-tests-01222-nettoinnflytting-kvartal.json")
        .expect("the table is a source");
    assert_eq!(
        source["description"],
        "Resultatmålet «Fleire flyttar til Valdres enn frå Valdres kvart år.»: SSB-tabell 01222, variabel Nettoinnflytting9 (Nettoinnflytting), 2019K1–2024K4"
    );
}

#[test]
fn a_quarter_is_known_only_from_its_last_day() {
    // Dated the day before 2024K4 ends: 2024 is not a whole year yet.
    let view = status_view(&["--date", "2024-12-30"]);
    let g = goal(&view);
    assert_eq!(g["baseline"], "201 (31. desember 2023)");
    assert_eq!(g["latest"], "–");
    assert_eq!(g["status"], "manglar data");
    assert_eq!(g["by_municipality"][0], serde_json::json!(["Sør-Aurdal", "2023", "40"]));
    let folder = PlanFolder::load(fixture("plan-with-statistics-goal")).expect("loads").value;
    let day = |m, d| NaiveDate::from_ymd_opt(2024, m, d).expect("date");
    let before = folder.as_of(&AsOf::dated(day(12, 30)));
    assert_eq!(before.goal_statistics[0].region.last().map(|p| p.period.as_str()), Some("2024K3"));
    let on = folder.as_of(&AsOf::dated(day(12, 31)));
    assert_eq!(
        on.goal_statistics[0].region_years().last().map(|y| (y.period.as_str(), y.value)),
        Some(("2024", Some(212.0)))
    );
    assert_eq!(goal(&status_view(&["--date", "2024-12-31"]))["latest"], "212 (31. desember 2024)");
}

#[test]
fn the_annual_and_period_reports_show_the_goal_and_its_source() {
    for text in [rendered_text(&["status", DIR, "--year", "2024"]), rendered_text(&["period", DIR])] {
        // A word the page broke at a soft hyphen, joined again.
        let text = text.replace("\u{ad} ", "");
        for expected in [
            "Fleire flyttar til Valdres enn frå Valdres kvart år.",
            "201 (31. desember 2023) 212 (31. desember 2024) 250 (31. desember 2027)",
            "Per kommune",
            "Sør-Aurdal 2024 22",
            "Vang 2024 26",
            SOURCES_LINE,
        ] {
            assert!(text.contains(expected), "the report lacks {expected:?}: {text}");
        }
    }
}

#[test]
fn the_web_pages_show_the_goal_and_each_municipality() {
    let out = tempfile::tempdir().expect("temp");
    let site = out.path().join("site");
    let output = run(&["site", DIR, "-o", site.to_str().expect("utf-8"), "--no-pdf"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    for page in ["arsrapport-2024.html", "periode.html"] {
        let html = std::fs::read_to_string(site.join(page)).expect("page");
        for expected in [
            "Fleire flyttar til Valdres enn frå Valdres kvart år.",
            "<dd>201 (31. desember 2023)</dd>",
            "<caption>Per kommune: Netto innflytting til Valdres (personar)</caption>",
            "<th scope=\"row\">Sør-Aurdal</th><td>2024</td><td class=\"num\">22</td>",
            "made-for-tests-01222-nettoinnflytting-kvartal.json",
        ] {
            let expected = if page == "periode.html" && expected.starts_with("<dd>") {
                "<td>201 (31. desember 2023)</td>"
            } else {
                expected
            };
            assert!(html.contains(expected), "{page} lacks {expected:?}");
        }
    }
}

/// `check` on the fixture with `plan.toml` changed by `edit`: its output.
fn check_with(edit: impl Fn(&str) -> String) -> String {
    let dir = copy_plan(&fixture("plan-with-statistics-goal"));
    let path = dir.path().join("plan.toml");
    let text = std::fs::read_to_string(&path).expect("plan.toml");
    std::fs::write(&path, edit(&text)).expect("write");
    let output = run(&["--lang", "en", "check", dir.path().to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let all = format!("{}{}", stdout(&output), stderr(&output));
    all.replace(&format!("{}/", dir.path().display()), "")
}

#[test]
fn check_names_a_wrong_variable_at_its_key_with_the_nearest() {
    let out = check_with(|t| t.replace("variable = \"Nettoinnflytting9\"", "variable = \"Nettoinnflyting\""));
    assert!(
        out.contains("plan.toml:136: error: field 'indicator.statistics.variable': made-for-tests-01222-nettoinnflytting-kvartal.json: no variable \"Nettoinnflyting\" in this table (nearest: Nettoinnflytting9 (Nettoinnflytting), Innflytting3 (Innflytting); expected the code or label of one of its 2 variables)"),
        "{out}"
    );
}

#[test]
fn check_wants_a_combine_rule_for_quarters() {
    let out = check_with(|t| t.replace("combine = \"sum\"\n", ""));
    assert!(
        out.contains("plan.toml:134: error: field 'indicator.statistics.combine': the goal \"folk-2\" is followed per year, but made-for-tests-01222-nettoinnflytting-kvartal.json has quarters or months: say how they make a year with combine = \"sum\" (a flow such as migration), \"last\" (a stock at the end of the period) or \"first\" (a stock at its start)"),
        "{out}"
    );
}

#[test]
fn check_wants_the_file_and_a_covered_baseline() {
    let out = check_with(|t| t.replace("file = \"made-for-tests-01222", "file = \"01222"));
    assert!(
        out.contains("plan.toml:135: error: field 'indicator.statistics.file': the statistics file 01222-nettoinnflytting-kvartal.json does not exist (expected a file relative to the plan folder)"),
        "{out}"
    );
    let out = check_with(|t| t.replace("baseline_date = 2023-12-31", "baseline_date = 2014-12-31"));
    assert!(
        out.contains("plan.toml:129: error: field 'indicator.baseline_date': the baseline date 31 December 2014 is in no year of made-for-tests-01222-nettoinnflytting-kvartal.json (its years: 2019–2024)"),
        "{out}"
    );
}

/// Adding or changing a value of a period that ends after a report's date
/// changes nothing in the report: the annual and period views at each date
/// around a quarter's end are the same with every later value changed.
#[test]
fn later_values_change_no_report_of_an_earlier_date() {
    use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
    let loaded = PlanFolder::load(fixture("plan-with-statistics-goal")).expect("loads");
    let views = |loaded: &plan_core::Loaded<PlanFolder>, options: &ReportOptions| {
        [Report::Annual, Report::Period].map(|report| {
            let prepared = prepare(report, &ReportInput::new(loaded), options).expect("prepares");
            serde_json::to_value(&prepared.view).expect("JSON")
        })
    };
    for (m, d) in [(3, 30), (3, 31), (9, 30), (12, 30), (12, 31)] {
        let date = NaiveDate::from_ymd_opt(2024, m, d).expect("date");
        let options = ReportOptions { year: Some(2024), date: Some(date), ..Default::default() };
        let mut changed = plan_core::Loaded { value: loaded.value.clone(), diagnostics: loaded.diagnostics.clone() };
        for bound in &mut changed.value.goal_statistics {
            let later = |p: &mut plan_core::statistics::goal::PeriodValue| {
                if p.end > date {
                    p.value = p.value.map(|v| v + 1000.0);
                }
            };
            bound.region.iter_mut().for_each(later);
            bound.municipalities.iter_mut().flat_map(|m| &mut m.values).for_each(later);
        }
        let [annual, period] = views(&loaded, &options);
        assert_eq!([annual.clone(), period], views(&changed, &options), "at {date}");
        // The sources line names the periods known then.
        let known = if m == 3 && d == 30 {
            "2019K1–2023K4"
        } else if m == 12 && d == 31 {
            "2019K1–2024K4"
        } else {
            ""
        };
        if !known.is_empty() {
            let line = annual["sources"]
                .as_array()
                .expect("sources")
                .iter()
                .find(|s| s["file"].as_str().is_some_and(|f| f.ends_with(".json")))
                .expect("the table")["description"]
                .clone();
            assert!(line.as_str().is_some_and(|l| l.ends_with(known)), "at {date}: {line}");
        }
    }
}

#[test]
fn check_wants_source_and_binding_together() {
    let out = check_with(|t| {
        let start = t.find("[focus_areas.result_goals.indicator.statistics]").expect("binding");
        let end = t.find("[[bodies]]").expect("bodies");
        format!("{}{}", &t[..start], &t[end..])
    });
    assert!(
        out.contains("plan.toml:128: error: field 'indicator.source': the goal \"folk-2\" has source = \"statistics\" but no [indicator.statistics] table (expected \"file\", \"variable\" and, for quarters or months, per = \"year\" and \"combine\")"),
        "{out}"
    );
    let out = check_with(|t| t.replace("source = \"statistics\"", "source = \"table\""));
    assert!(
        out.contains("plan.toml:134: error: field 'indicator.statistics': the goal \"folk-2\" has an [indicator.statistics] table but another source (expected source = \"statistics\")"),
        "{out}"
    );
}

/// `check` on the fixture bound to the variable `Sysselsette` of a CSV
/// table with these lines instead: its output.
fn check_with_table(csv: &str) -> String {
    let dir = copy_plan(&fixture("plan-with-statistics-goal"));
    std::fs::write(dir.path().join("sysselsette.csv"), csv).expect("write");
    let path = dir.path().join("plan.toml");
    let text = std::fs::read_to_string(&path).expect("plan.toml");
    let text = text
        .replace("file = \"made-for-tests-01222-nettoinnflytting-kvartal.json\"", "file = \"sysselsette.csv\"")
        .replace("variable = \"Nettoinnflytting9\"", "variable = \"Sysselsette\"");
    std::fs::write(&path, text).expect("write");
    let output = run(&["--lang", "en", "check", dir.path().to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(1));
    format!("{}{}", stdout(&output), stderr(&output)).replace(&format!("{}/", dir.path().display()), "")
}

#[test]
fn check_wants_each_other_dimension_selected_or_summed_in_plan_toml_words() {
    let out =
        check_with_table("region;kjønn;år;Sysselsette\n3449 Sør-Aurdal;Menn;2023;1\n3449 Sør-Aurdal;Kvinner;2023;2\n");
    assert!(
        out.contains("plan.toml:134: error: field 'indicator.statistics.sum': sysselsette.csv: the dimension \"kjønn\" has 2 values (Menn, Kvinner): choose one with select = { kjønn = \"CODE\" } or sum them with sum = [\"kjønn\"]"),
        "{out}"
    );
}

#[test]
fn check_wants_every_municipality_of_the_region_in_the_table() {
    let out = check_with_table("region;år;Sysselsette\n3449 Sør-Aurdal;2023;1\n3450 Etnedal;2023;2\n");
    assert!(
        out.contains("plan.toml:135: error: field 'indicator.statistics.file': sysselsette.csv: no municipality 3451 in the table, under this code or an earlier one (nearest: 3450 (Etnedal), 3449 (Sør-Aurdal))"),
        "{out}"
    );
}

/// A bound file outside the plan folder goes by its file name alone, and
/// both `PlanFolder::path` and `files::path_of` find it again.
#[test]
fn a_bound_file_outside_the_folder_goes_by_its_name() {
    let outer = tempfile::tempdir().expect("temp");
    let plan = outer.path().join("plan");
    std::fs::create_dir(&plan).expect("dir");
    let copy = copy_plan(&fixture("plan-with-statistics-goal"));
    for entry in std::fs::read_dir(copy.path()).expect("read") {
        let path = entry.expect("entry").path();
        if path.is_file() {
            std::fs::copy(&path, plan.join(path.file_name().expect("name"))).expect("copy");
        }
    }
    std::fs::create_dir(plan.join("status")).expect("dir");
    std::fs::copy(copy.path().join("status/2024.csv"), plan.join("status/2024.csv")).expect("copy");
    let name = "made-for-tests-01222-nettoinnflytting-kvartal.json";
    std::fs::rename(plan.join(name), outer.path().join(name)).expect("move");
    let text = std::fs::read_to_string(plan.join("plan.toml")).expect("plan.toml");
    std::fs::write(
        plan.join("plan.toml"),
        text.replace(&format!("file = \"{name}\""), &format!("file = \"../{name}\"")),
    )
    .expect("write");
    let folder = PlanFolder::load(&plan).expect("loads").value;
    assert_eq!(folder.goal_statistics[0].files, [name]);
    assert_eq!(folder.path(name), plan.join("..").join(name));
    assert_eq!(plan_core::files::path_of(&plan, name), plan.join("..").join(name));
}
