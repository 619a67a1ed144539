//! Every sentence true at its date: one cut of the plan folder per report
//! (`PlanFolder::as_of`), gaps said as they are, and a status year reported
//! in that year. Each finding of the trials has its test here, on a small
//! folder made for it; the property test at the end proves the cut for
//! every report kind and month-end of the period.

use chrono::{Datelike, NaiveDate};
use plan_core::Loaded;
use plan_core::PlanFolder;
use plan_core::as_of::AsOf;
use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
use plan_report_tests::{copy_plan, fixture, hallingdal, run, stdout};
use serde_json::Value;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// A report's view data as JSON.
fn view(loaded: &Loaded<PlanFolder>, report: Report, options: &ReportOptions) -> Value {
    let prepared = prepare(report, &ReportInput::new(loaded), options).expect("the report prepares");
    serde_json::to_value(&prepared.view).expect("JSON")
}

fn annual(year: i32) -> ReportOptions {
    ReportOptions { year: Some(year), ..Default::default() }
}

/// The summary card whose label starts with `label`.
fn card<'a>(data: &'a Value, label: &str) -> &'a Value {
    data["summary"]
        .as_array()
        .expect("summary")
        .iter()
        .find(|c| c["label"].as_str().is_some_and(|l| l.starts_with(label)))
        .unwrap_or_else(|| panic!("no card {label:?} in {}", data["summary"]))
}

/// The Bokmål fixture with a population table of the given years (1
/// January), the six municipalities' counts rising by ten a year.
fn bokmal_with_years(years: &[i32]) -> tempfile::TempDir {
    let dir = copy_plan(&fixture("bokmal-plan"));
    let mut csv = String::from(
        "\"07459: Befolkning, etter region og år (tal laga for testane i plan-report)\"\n\n\"region\";\"år\";\"Personer\"\n",
    );
    for (i, (code, name)) in [
        ("3449", "Sør-Aurdal"),
        ("3450", "Etnedal"),
        ("3451", "Nord-Aurdal"),
        ("3452", "Vestre Slidre"),
        ("3453", "Øystre Slidre"),
        ("3454", "Vang"),
    ]
    .iter()
    .enumerate()
    {
        for year in years {
            let count = 1000 * (i as i32 + 1) + 10 * (year - 2015);
            csv.push_str(&format!("\"K-{code} {name}\";\"{year}\";{count}\n"));
        }
    }
    std::fs::write(dir.path().join("folketal-ssb-07459.csv"), csv).expect("write the table");
    dir
}

#[test]
fn a_start_that_is_there_is_never_called_missing() {
    // The period starts on 1 January 2024, which the table holds; what is
    // missing for the 2024 report is 1 January 2025.
    let dir = bokmal_with_years(&[2018, 2020, 2022, 2024]);
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let data = view(&loaded, Report::Annual, &annual(2024));
    let population = &data["population"];
    assert_eq!(
        population["note"],
        "Det finnes ennå ikke tall for 1. januar 2025, så endringen i planperioden (fra 1. januar 2024) kan ikke regnes ut; tabellen viser endringen fra 1. januar 2022, før planperioden, til 1. januar 2024."
    );
    assert_eq!(population["from"]["text"], "1. januar 2022");
    assert_eq!(population["to"]["text"], "1. januar 2024");
    let card = card(&data, "innbyggere");
    assert_eq!(card["label"], "innbyggere 1. januar 2024");
    assert_eq!(card["value"], "21\u{a0}540");
    assert_eq!(card["note"], "endringen i planperioden kan ikke regnes ut ennå (mangler tall for 1. januar 2025)");
}

#[test]
fn a_start_that_is_missing_is_named_and_the_change_labelled_as_before_the_period() {
    let dir = bokmal_with_years(&[2018, 2020, 2025]);
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let data = view(&loaded, Report::Annual, &annual(2024));
    assert_eq!(
        data["population"]["note"],
        "Tallene har ikke tall for starten på planperioden (1. januar 2024), så endringen er regnet fra 1. januar 2020, før planperioden, og er ikke endringen i planperioden."
    );
    assert_eq!(
        card(&data, "innbyggere")["note"],
        "endringen i planperioden kan ikke regnes ut ennå (mangler tall for 1. januar 2024)"
    );
}

#[test]
fn a_later_start_and_an_early_end_are_both_said_with_their_dates() {
    let dir = bokmal_with_years(&[2025, 2026]);
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let data = view(&loaded, Report::Annual, &annual(2026));
    assert_eq!(
        data["population"]["note"],
        "Tallene begynner senere enn starten på planperioden (1. januar 2024), så endringen er regnet fra 1. januar 2025. Tallene for 2026 skulle gå til 1. januar 2027, men de siste tallene er fra 1. januar 2026."
    );
    // Within the period: the headline is the change, since its true start.
    assert_eq!(card(&data, "innbyggere")["note"], "+60 (+0,28\u{a0}%) siden 1. januar 2025");
}

#[test]
fn a_complete_span_says_nothing_about_gaps() {
    let dir = bokmal_with_years(&[2022, 2024, 2025]);
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let data = view(&loaded, Report::Annual, &annual(2024));
    assert_eq!(data["population"]["note"], "");
    assert_eq!(card(&data, "innbyggere")["note"], "+60 (+0,28\u{a0}%) siden 1. januar 2024");
}

#[test]
fn check_year_names_the_missing_population_date() {
    let dir = bokmal_with_years(&[2018, 2020, 2022, 2024]);
    let output = run(&["check", dir.path().to_str().expect("path"), "--year", "2024"]);
    let text = stdout(&output);
    assert!(
        text.contains("folketal-ssb-07459.csv (SSB, table 07459): warning: the population data have no count for 1 January 2025, which the report for 2024 compares: it uses 1 January 2022 to 1 January 2024"),
        "{text}"
    );
}

#[test]
fn a_mid_year_report_shows_nothing_after_its_date() {
    let loaded = PlanFolder::load(hallingdal()).expect("loads");
    let options = ReportOptions { year: Some(2023), date: Some(day(2023, 6, 30)), ..Default::default() };
    let data = view(&loaded, Report::Annual, &options);
    assert_eq!(card(&data, "innbyggjarar")["label"], "innbyggjarar 1. januar 2023");
    // Every row of status/2023.csv was updated in December: none is known in June.
    assert_eq!(card(&data, "tiltak fullførte")["value"], "0 av 22");
    assert_eq!(data["follow_up"]["not_reported"], 22);
    // No count after the report's date in the population section or the summary.
    let text = format!("{}{}", data["population"], data["summary"]);
    assert!(!text.contains("1. januar 2024"), "a count after the report's date: {text}");
}

#[test]
fn a_case_and_its_attached_report_count_the_same_rows() {
    // The case is dated 8 December 2022; the 2022 status rows were updated
    // on 15 December: the attached report has none of them.
    let dir = copy_plan(&hallingdal());
    let case = dir.path().join("saker/29-22.toml");
    let text = std::fs::read_to_string(&case).expect("read").replace("date = 2022-12-15", "date = 2022-12-08");
    std::fs::write(&case, text).expect("write");
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let options = ReportOptions { case: Some("29/22".into()), ..Default::default() };
    let data = view(&loaded, Report::CaseAttachment, &options);
    let attached = &data["attachments"][0]["data"];
    assert_eq!(attached["meta"]["date"]["text"], "8. desember 2022");
    assert_eq!(card(attached, "tiltak fullførte")["value"], "0 av 25");
    assert_eq!(attached["follow_up"]["not_reported"], 25);
    // The same report made on its own at the case's date says the same.
    let alone = view(
        &loaded,
        Report::Annual,
        &ReportOptions { year: Some(2022), date: Some(day(2022, 12, 8)), ..Default::default() },
    );
    assert_eq!(alone["summary"], attached["summary"]);
    for (a, b) in
        alone["focus_areas"].as_array().expect("areas").iter().zip(attached["focus_areas"].as_array().expect("areas"))
    {
        // The same but for where the attachment's charts are kept.
        assert_eq!(a.to_string(), b.to_string().replace("charts/vedlegg-1/", "charts/"));
    }
}

#[test]
fn the_annual_report_counts_every_row_of_its_year_whatever_its_date() {
    // Rows filled in during February of the next year still describe the year.
    let dir = copy_plan(&hallingdal());
    let file = dir.path().join("status/2022.csv");
    let text = std::fs::read_to_string(&file).expect("read").replace(",2022-12-15", ",2023-02-10");
    std::fs::write(&file, text).expect("write");
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let data = view(&loaded, Report::Annual, &annual(2022));
    assert_eq!(data["follow_up"]["not_reported"], 0);
}

/// The Hallingdal folder whose 2024 status file is the template of 2024
/// left untouched: 2023's rows, dates and all.
fn untouched_template() -> tempfile::TempDir {
    let dir = copy_plan(&hallingdal());
    std::fs::remove_file(dir.path().join("status/2024.csv")).expect("remove");
    let output = run(&["status-template", dir.path().to_str().expect("path"), "--year", "2024"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    dir
}

#[test]
fn the_status_template_carries_last_years_dates_with_last_years_values() {
    let dir = untouched_template();
    let text = std::fs::read_to_string(dir.path().join("status/2024.csv")).expect("read");
    assert!(
        text.contains("\nKLIMA-04;Få på plass ein klimakoordinator i Hallingdal;2024;RR;i gang;60;Koordinatoren er tilsett frå hausten.;2023-12-01\n"),
        "{text}"
    );
}

#[test]
fn last_years_work_is_not_counted_as_this_years() {
    let dir = untouched_template();
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let data = view(&loaded, Report::Annual, &annual(2024));
    let done = card(&data, "tiltak fullførte");
    assert_eq!(done["value"], "0 av 15");
    assert_eq!(done["note"], "5 forfalne, 12 ikkje rapporterte; 2 fullførte tidlegare år er ikkje med");
    // A row not updated in the year shows as not reported, with what it said.
    let rows: Vec<&Value> = data["focus_areas"]
        .as_array()
        .expect("areas")
        .iter()
        .flat_map(|a| a["groups"].as_array().expect("groups"))
        .flat_map(|g| g["actions"].as_array().expect("actions"))
        .collect();
    let klima04 = rows.iter().find(|r| r["id"] == "KLIMA-04").expect("KLIMA-04");
    assert_eq!(klima04["status"], "ikkje rapportert");
    assert_eq!(klima04["comment"], "Sist oppdatert 1. desember 2023, med status «i gang».");
    // check --year warns once for the file, naming the rows.
    let output = run(&["check", dir.path().to_str().expect("path"), "--year", "2024"]);
    let text = stdout(&output);
    let warnings: Vec<&str> = text.lines().filter(|l| l.contains("last updated before 2024")).collect();
    assert_eq!(warnings.len(), 1, "{text}");
    assert!(
        warnings[0].ends_with("status/2024.csv: warning: column 'oppdatert': 12 rows were last updated before 2024 and count as not reported in 2024: NAER-01, NAER-03, INFRA-02, INFRA-03, INFRA-05, KLIMA-04, KLIMA-10, KLIMA-11, ATTR-03, ATTR-05, ATTR-06, TENESTE-05 (fill in the status and date for 2024)"),
        "{}",
        warnings[0]
    );
}

#[test]
fn a_cut_keeps_counts_at_1_january_after_its_date_and_nothing_later() {
    let folder = PlanFolder::load(hallingdal()).expect("loads").value;
    let cut = folder.as_of(&AsOf::annual(2022));
    assert_eq!(cut.follow_up_table().dates().last(), Some(&day(2023, 1, 1)));
    assert!(cut.indicator_values.iter().all(|v| v.point.date <= day(2022, 12, 31)));
    assert!(cut.cases.iter().all(|c| c.date <= day(2022, 12, 31)));
    assert_eq!(cut.statuses.last().map(|s| s.year), Some(2022));
}

/// The plan folders the property test runs over: the bundled plan, the
/// second region's, the Bokmål plan, and one generated from the bundled
/// plan with every date of its life moved on by a year.
fn property_folders() -> Vec<PlanFolder> {
    let load = |path: std::path::PathBuf| PlanFolder::load(path).expect("loads").value;
    let mut shifted = load(hallingdal());
    shift_by_a_year(&mut shifted);
    vec![load(hallingdal()), load(fixture("adopted-plan-other-region")), load(fixture("bokmal-plan")), shifted]
}

/// The same life a year later: period, programmes, statuses, cases and
/// indicator values (the population table stays, so the gaps differ).
fn shift_by_a_year(folder: &mut PlanFolder) {
    use chrono::Months;
    let later = |d: NaiveDate| d.checked_add_months(Months::new(12)).unwrap_or(d);
    folder.plan.meta.period.first += 1;
    folder.plan.meta.period.last += 1;
    for version in &mut folder.programme.versions {
        version.first_year += 1;
        if let Some(a) = &mut version.adoption {
            a.date = later(a.date);
        }
    }
    for status in &mut folder.statuses {
        status.year += 1;
        for entry in &mut status.entries {
            entry.updated = entry.updated.map(later);
        }
    }
    for case in &mut folder.cases {
        case.date = later(case.date);
        for attachment in &mut case.attachments {
            if let plan_core::case::Attachment::Report { year: Some(year), .. } = attachment {
                *year += 1;
            }
        }
    }
    for value in &mut folder.indicator_values {
        value.point.date = later(value.point.date);
    }
}

/// The folder with everything dated after the cut changed, and more added
/// after it: later population counts, indicator values, a revision, a case
/// and, for a dated cut, later status rows.
fn perturbed(folder: &PlanFolder, cut: &AsOf) -> PlanFolder {
    let mut out = folder.clone();
    let after = cut.date.succ_opt().expect("a day");
    let counts_after = cut.counts_until().succ_opt().expect("a day");
    for table in [&mut out.population, &mut out.population_series] {
        for o in &mut table.observations {
            if o.date > cut.counts_until() {
                o.count += 7;
            }
        }
        let extra: Vec<_> = table
            .observations
            .iter()
            .filter(|o| Some(o.date) == table.observations.last().map(|l| l.date))
            .map(|o| plan_core::population::Observation { date: counts_after, count: o.count + 11, ..o.clone() })
            .collect();
        table.observations.extend(extra);
    }
    for v in &mut out.indicator_values {
        if v.point.date > cut.date {
            v.point.value += 3.0;
        }
    }
    let extra: Vec<_> = out
        .indicator_values
        .iter()
        .map(|v| plan_core::indicators::IndicatorValue {
            point: plan_core::population::goal::Point { date: after, value: v.point.value * 2.0 },
            ..v.clone()
        })
        .collect();
    out.indicator_values.extend(extra);
    if let Some(last) = out.programme.versions.last().cloned() {
        let mut version = last;
        version.first_year += 1;
        version.adoption =
            Some(plan_core::Adoption { date: after, case: "999/99".into(), body: "Test".into(), note: String::new() });
        for action in &mut version.actions {
            action.text.push_str(" (endra seinare)");
        }
        out.programme.versions.push(version);
    }
    if let Some(last) = out.cases.last().cloned() {
        out.cases.push(plan_core::Case { number: "999/99".into(), date: after, ..last });
    }
    for status in &mut out.statuses {
        let later_file = status.year > cut.date.year();
        for entry in &mut status.entries {
            let later_row = cut.status_rows == plan_core::as_of::StatusRows::UpdatedBy
                && entry.updated.is_some_and(|u| u > cut.date);
            if later_file || later_row {
                entry.status = plan_core::follow_up::ActionStatus::Cancelled;
                entry.comment = "endra etter datoen".into();
            }
        }
    }
    out
}

/// Every date a view states as a date (objects with year, month and day).
///
/// Exempt, as the plan states them and not as things known at a date: the
/// plan document's own version date (`version_date`).
fn stated_dates(value: &Value, out: &mut Vec<NaiveDate>) {
    match value {
        Value::Object(map) => {
            let map: serde_json::Map<String, Value> =
                map.iter().filter(|(k, _)| k.as_str() != "version_date").map(|(k, v)| (k.clone(), v.clone())).collect();
            let part = |key: &str| map.get(key).and_then(Value::as_i64);
            if let (Some(y), Some(m), Some(d)) = (part("year"), part("month"), part("day")) {
                out.extend(NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32));
            }
            map.values().for_each(|v| stated_dates(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| stated_dates(v, out)),
        _ => {}
    }
}

/// The reports of a folder the property test makes, each with its cut.
fn reports(folder: &PlanFolder) -> Vec<(Report, ReportOptions)> {
    let period = folder.plan.meta.period;
    let mut out = Vec::new();
    for status in &folder.statuses {
        let year = status.year;
        out.push((Report::Annual, annual(year)));
        for month in [3, 6, 9, 12] {
            let end = day(year, month, 1).checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt());
            out.push((Report::Annual, ReportOptions { year: Some(year), date: end, ..Default::default() }));
        }
    }
    for year in period.first..=period.last {
        for month in [6, 12] {
            let end = day(year, month, 1).checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt());
            if folder.statuses.first().is_some_and(|s| s.year <= year) {
                out.push((Report::Period, ReportOptions { date: end, ..Default::default() }));
            }
        }
    }
    out.push((Report::Period, ReportOptions::default()));
    for case in &folder.cases {
        out.push((Report::CaseAttachment, ReportOptions { case: Some(case.number.clone()), ..Default::default() }));
    }
    out
}

#[test]
fn a_report_is_a_function_of_the_folder_as_of_its_date() {
    let mut checked = 0;
    for folder in property_folders() {
        for (report, options) in reports(&folder) {
            let cut = plan_report::report::as_of(report, &folder, &options).expect("a cut");
            let name = format!(
                "{report:?} {:?} {:?} {:?} of {}",
                options.year, options.date, options.case, folder.plan.meta.title
            );
            let input = ReportInput { folder: &folder, diagnostics: &[], revision: None };
            let Ok(before) = prepare(report, &input, &options) else { continue };
            // (a) No date after the cut (1 January counts: the day after).
            let data: Value = serde_json::to_value(&before.view).expect("JSON");
            let mut dates = Vec::new();
            stated_dates(&data, &mut dates);
            let late: Vec<_> = dates.iter().filter(|d| **d > cut.counts_until()).collect();
            assert!(late.is_empty(), "{name}: dates after {}: {late:?}", cut.date);
            // (b) Anything dated after the cut changes no byte of the view.
            let changed = perturbed(&folder, &cut);
            let input = ReportInput { folder: &changed, diagnostics: &[], revision: None };
            let after = prepare(report, &input, &options).expect("the perturbed folder prepares");
            let (b, a) = (before.view.to_json().expect("JSON"), after.view.to_json().expect("JSON"));
            if b != a {
                let (b, a) = (String::from_utf8_lossy(&b), String::from_utf8_lossy(&a));
                let first = b.lines().zip(a.lines()).find(|(x, y)| x != y);
                panic!("{name}: the view changed with data after {}: {first:?}", cut.date);
            }
            let svgs = |p: &plan_report::report::Prepared| p.charts.iter().map(|c| c.svg.clone()).collect::<Vec<_>>();
            assert!(svgs(&before) == svgs(&after), "{name}: a chart changed");
            checked += 1;
        }
    }
    assert!(checked > 60, "only {checked} reports checked");
}
