//! Issue 20, findings 5 and 6: the cost per year counts each action once
//! (`plan_core::cost`), the annual budget says what of it is planned in the
//! year, and the findings of `check --year` reach the reports' appendix,
//! typed as `check` types them.

use plan_core::{Language, PlanFolder};
use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
use plan_report_tests::fixture;

/// The view data of a report of the fixture whose one-off action K1 is due
/// 2025 and moved to 2026 by the 2026 revision.
fn data(report: Report, year: Option<i32>, language: Option<Language>) -> serde_json::Value {
    let loaded = PlanFolder::load(fixture("deadline-moved-plan")).expect("the fixture loads");
    let options = ReportOptions { year, language, ..Default::default() };
    let prepared = prepare(report, &ReportInput::new(&loaded), &options).expect("prepares");
    serde_json::to_value(&prepared.view).expect("json")
}

/// The digits of an amount as the report prints it (`1 300 000 kr`).
fn kroner(shown: &serde_json::Value) -> i64 {
    shown.as_str().expect("a string").chars().filter(char::is_ascii_digit).collect::<String>().parse().expect("digits")
}

/// `text` with the no-break spaces the reports write in amounts (`1 300 000 kr`):
/// a space after a digit and before a digit or `kr`.
fn nbsp(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let amount = |i: usize| {
        i > 0 && chars[i - 1].is_ascii_digit() && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit() || *c == 'k')
    };
    chars.iter().enumerate().map(|(i, &c)| if c == ' ' && amount(i) { '\u{a0}' } else { c }).collect()
}

#[test]
fn the_cost_per_year_counts_a_moved_one_off_action_once() {
    let data = data(Report::Period, None, None);
    let rows: Vec<(i64, u64, i64, i64)> = data["costs"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["year"].as_i64().expect("year"),
                r["actions"].as_u64().expect("n"),
                kroner(&r["cost"]),
                kroner(&r["moved"]),
            )
        })
        .collect();
    // K1 (1 000 000) only in 2026, where the revision moved it, and shown as moved;
    // K2 (yearly, 50 000) in both years; T1 (200 000) in 2026.
    assert_eq!(rows, [(2025, 1, 50_000, 0), (2026, 3, 1_250_000, 1_000_000)]);
    assert_eq!(data["cost_total"]["cost"], nbsp("1 300 000 kr"));
    assert_eq!(data["cost_total"]["moved"], nbsp("1 000 000 kr"));
    // The total is the sum over the distinct actions: each one-off action once
    // at its latest cost, the yearly action once for each year it is in force.
    let folder = PlanFolder::load(fixture("deadline-moved-plan")).expect("loads").value;
    let programme = &folder.programme;
    let mut expected = 0;
    for lineage in programme.lineages() {
        let latest = lineage.latest(programme).expect("an action");
        let cost = latest.cost.map_or(0, plan_core::Kroner::get);
        expected += if latest.deadline.is_recurring() {
            cost * (2025..=2026)
                .filter(|&y| programme.index_in_force(y).is_some_and(|i| lineage.positions[i].is_some()))
                .count() as i64
        } else {
            cost
        };
    }
    assert_eq!(expected, 1_300_000);
    assert_eq!(kroner(&data["cost_total"]["cost"]), expected);
    assert_eq!(
        data["texts"]["cost_sum"],
        nbsp("Summen, 1 300 000 kr, er kostnaden til 3 ulike tiltak: 2 eingongstiltak og 1 årleg tiltak.")
    );
    assert!(data["texts"].get("cost_outside").is_none(), "every cost falls in a year of the table");
    let rule = &data["meta"]["labels"]["planned_cost_rule"];
    assert!(
        rule.as_str().is_some_and(|r| r.starts_with(
            "Kvart eingongstiltak er rekna med éin gong: i året fristen går ut etter den siste versjonen av handlingsprogrammet som har tiltaket"
        )),
        "{rule}"
    );
}

#[test]
fn the_cost_rule_is_said_in_every_language() {
    let nb = data(Report::Period, None, Some(Language::Nb));
    assert_eq!(
        nb["texts"]["cost_sum"],
        nbsp("Summen, 1 300 000 kr, er kostnaden til 3 ulike tiltak: 2 engangstiltak og 1 årlig tiltak.")
    );
    assert_eq!(nb["meta"]["labels"]["cost_moved"], "Flyttet fra tidligere år");
    let en = data(Report::Period, None, Some(Language::En));
    assert_eq!(
        en["texts"]["cost_sum"],
        "The sum, NOK\u{a0}1,300,000, is the cost of 3 different actions: 2 one-off and 1 yearly."
    );
    assert_eq!(en["meta"]["labels"]["cost_moved"], "Moved from earlier years");
}

#[test]
fn a_cost_after_the_years_of_the_table_is_said_and_left_out() {
    let dir = plan_report_tests::copy_plan(&fixture("deadline-moved-plan"));
    let revision = dir.path().join("handlingsprogram/2026.csv");
    let text = std::fs::read_to_string(&revision).expect("read");
    std::fs::write(
        &revision,
        text.replace("K1,klima,avfall,Sortere alt avfall,2026,", "K1,klima,avfall,Sortere alt avfall,2027,"),
    )
    .expect("write");
    let loaded = PlanFolder::load(dir.path()).expect("loads");
    let prepared = prepare(Report::Period, &ReportInput::new(&loaded), &ReportOptions::default()).expect("prepares");
    let data: serde_json::Value = serde_json::to_value(&prepared.view).expect("json");
    assert_eq!(data["cost_total"]["cost"], nbsp("300 000 kr"));
    assert_eq!(
        data["texts"]["cost_outside"],
        nbsp(
            "Planlagde kostnader på til saman 1 000 000 kr fell i 2027, som ikkje er med i tabellen, og er ikkje med i summen."
        )
    );
}

#[test]
fn the_annual_budget_keeps_the_programme_total_and_says_what_is_planned_in_the_year() {
    let data = data(Report::Annual, Some(2026), None);
    let budget = &data["budget"];
    assert_eq!(budget["total"], nbsp("1 250 000 kr"));
    assert_eq!(budget["planned"], nbsp("1 250 000 kr"));
    let data2025 = self::data(Report::Annual, Some(2025), None);
    let budget = &data2025["budget"];
    assert_eq!(budget["total"], nbsp("1 250 000 kr"), "the programme's total");
    // T1 is due spring 2026: not planned in 2025.
    assert_eq!(budget["planned"], nbsp("1 050 000 kr"));
    let rows: Vec<(String, i64)> = budget["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| (r["name"].as_str().expect("name").to_string(), kroner(&r["planned"])))
        .collect();
    assert_eq!(rows, [("Klima og miljø".to_string(), 1_050_000), ("Tenesteutvikling".to_string(), 0)]);
    assert_eq!(data2025["texts"]["budget_planned_in_year"], "Av dette planlagt i 2025");
    assert_eq!(
        data2025["texts"]["budget_planned_note"],
        nbsp(
            "Kolonna «Av dette planlagt i 2025» viser kostnaden til dei årlege tiltaka og til tiltaka med frist i 2025, til saman 1 050 000 kr. Regelen er den same som i rapporten for planperioden: kvart eingongstiltak er rekna med éin gong, i året fristen går ut, og eit årleg tiltak kvart år det er i handlingsprogrammet."
        )
    );
    let en = self::data(Report::Annual, Some(2025), Some(Language::En));
    assert_eq!(en["texts"]["budget_planned_in_year"], "Of which planned in 2025");
}

/// The findings of a report as (type, place, message).
fn findings(data: &serde_json::Value) -> Vec<(String, String, String)> {
    data["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().expect("text").to_string();
            (s("severity"), s("location"), s("message"))
        })
        .collect()
}

#[test]
fn the_findings_of_check_year_reach_the_annual_report_typed_as_check_types_them() {
    let loaded = PlanFolder::load(fixture("deadline-moved-plan")).expect("loads");
    let checked = plan_core::follow_up::check_year(&loaded.value, 2025).expect("in the period");
    assert!(
        checked.iter().any(|d| d.severity == plan_core::Severity::Warning && d.message.id == "action-overdue"),
        "check --year 2025 warns"
    );
    let nn = findings(&data(Report::Annual, Some(2025), None));
    let overdue = (
        "Åtvaring".to_string(),
        "tiltak.csv, linje 2".to_string(),
        "kolonne «frist»: tiltak K1 er forfalle: frist 2025, status forseinka per 31. desember 2025".to_string(),
    );
    assert!(nn.contains(&overdue), "{nn:#?}");
    assert!(nn.iter().any(|f| f.0 == "Merknad" && f.2.contains("K2")), "a note is typed Merknad: {nn:#?}");
    let mut unique = nn.clone();
    unique.dedup();
    assert_eq!(unique.len(), nn.len(), "no finding twice");
    let nb = findings(&data(Report::Annual, Some(2025), Some(Language::Nb)));
    assert!(nb.iter().any(|f| f.0 == "Advarsel" && f.1 == "tiltak.csv, linje 2"), "{nb:#?}");
    let en = findings(&data(Report::Annual, Some(2025), Some(Language::En)));
    assert!(
        en.contains(&(
            "Warning".to_string(),
            "tiltak.csv, line 2".to_string(),
            "column 'frist': action K1 is overdue: due 2025, status delayed at 31 December 2025".to_string()
        )),
        "{en:#?}"
    );
    // The 2026 report does not list 2025's findings.
    let later = findings(&data(Report::Annual, Some(2026), None));
    assert!(!later.iter().any(|f| f.2.contains("31. desember 2025")), "{later:#?}");
}

#[test]
fn the_period_report_lists_the_findings_of_every_year_once() {
    let data = data(Report::Period, None, None);
    let found = findings(&data);
    assert!(
        found.iter().any(|f| f.0 == "Åtvaring" && f.2.contains("K1") && f.2.contains("31. desember 2025")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|f| f.1.starts_with("handlingsprogram/2026.csv")),
        "2026's findings name the revision: {found:#?}"
    );
    for (i, f) in found.iter().enumerate() {
        assert!(!found[..i].contains(f), "listed twice: {f:?}");
    }
}

#[test]
fn a_report_dated_before_the_end_of_its_year_has_the_years_findings_as_they_stand_at_its_date() {
    let loaded = PlanFolder::load(fixture("deadline-moved-plan")).expect("loads");
    let options =
        ReportOptions { year: Some(2025), date: chrono::NaiveDate::from_ymd_opt(2025, 6, 30), ..Default::default() };
    let prepared = prepare(Report::Annual, &ReportInput::new(&loaded), &options).expect("prepares");
    let data: serde_json::Value = serde_json::to_value(&prepared.view).expect("json");
    let found = findings(&data);
    assert!(!found.iter().any(|f| f.2.contains("31. desember 2025")), "nothing dated after the report: {found:#?}");
    assert!(found.iter().any(|f| f.2.contains("har frist i 2025")), "the year's due actions: {found:#?}");
    let full = self::data(Report::Annual, Some(2025), None);
    assert!(findings(&full).iter().any(|f| f.2.contains("per 31. desember 2025")));
}
