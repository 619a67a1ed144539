//! A population report for one municipality, as `plan-report
//! batch` renders for every municipality of a national table.

use chrono::{Datelike, NaiveDate};
use plan_core::msg;
use plan_core::population::PopulationTable;
use plan_core::population::figures::ChangeFigures;
use plan_core::population::reform::CodeChanges;
use plan_core::{Municipality, MunicipalityCode, Region};
use serde::Serialize;

use crate::charts::{self, Chart, Line};
use crate::error::ReportError;
use crate::options::ReportOptions;
use crate::view::{Built, DateView, SeriesRow};
use crate::words::Words;

/// A municipality's population report's view: what `municipality.typ`
/// reads as `data.json` and `municipality.html` as `data`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct MunicipalityView {
    meta: Meta,
    key: Vec<Fact>,
    series: Vec<SeriesRow>,
    chart: Option<Chart>,
    rule: String,
    /// Where the history starts later than asked, and why; empty otherwise.
    note: String,
    source: String,
}

#[derive(Debug, Clone, Serialize)]
struct Meta {
    title: String,
    name: String,
    code: String,
    owner: String,
    from: DateView,
    to: DateView,
    date: DateView,
    keywords: Vec<String>,
    /// The document's language: Nynorsk, the municipality template's only one.
    lang: &'static str,
    plan_lang: &'static str,
    labels: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
struct Fact {
    label: String,
    value: String,
}

/// One municipality's population report between two dates: what it is made
/// from, by name. `code` may be the code valid at `to`: the municipality is
/// followed through `changes` to its code at `from`. When a merge, split or
/// gap in the data keeps it from being followed back to `from`, the report
/// starts at the first date it can be followed from and says why. With
/// `from` equal to `to` (a table of one date), the report shows the
/// municipality on that date: its population, its share of the table's
/// population, its density and its rank by population.
///
/// # Example
/// ```
/// use plan_report::municipality::MunicipalityReport;
/// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2015,4587\n3041,Gol,2020,4608\n3041,Gol,2021,4636\n";
/// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
/// let d = |y| plan_core::Date::from_ymd_opt(y, 1, 1).unwrap();
/// let report = MunicipalityReport { table: &table, changes: &Default::default(), code: "3041".parse()?, from: d(2015), to: d(2021) };
/// let prepared = report.prepare(&Default::default())?;
/// assert_eq!(prepared.main(), "municipality.typ");
/// let data = serde_json::to_value(&prepared.view)?;
/// assert_eq!(data["meta"]["name"], "Gol");
/// assert_eq!(prepared.charts.len(), 1, "three dates make a line chart");
/// // Reversed dates are refused, never rendered as a negative change.
/// let reversed = MunicipalityReport { from: d(2021), to: d(2015), ..report };
/// assert_eq!(
///     reversed.prepare(&Default::default()).unwrap_err().to_string(),
///     "the period 2021-01-01 to 2015-01-01 is reversed or empty (expected a start before its end)"
/// );
/// // One date: the municipality on that date.
/// let one = MunicipalityReport { from: d(2021), to: d(2021), ..report };
/// let data = serde_json::to_value(&one.prepare(&Default::default())?.view)?;
/// assert_eq!(data["key"][0]["value"], "4\u{a0}636");
/// assert_eq!(data["key"][2]["value"], "1 av 1");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct MunicipalityReport<'a> {
    /// The population table.
    pub table: &'a PopulationTable,
    /// Municipal code changes to follow the municipality through.
    pub changes: &'a CodeChanges,
    /// The municipality's code (at any date the changes connect).
    pub code: MunicipalityCode,
    /// The first date.
    pub from: NaiveDate,
    /// The last date.
    pub to: NaiveDate,
}

impl MunicipalityReport<'_> {
    /// Builds the report's view and chart ([`MunicipalityReport::prepare`]
    /// makes it a [`Prepared`](crate::prepared::Prepared)).
    pub(crate) fn build(&self, options: &ReportOptions) -> Result<Built<MunicipalityView>, ReportError> {
        let MunicipalityReport { table, changes, code, from, to } = *self;
        // No plan: the language asked for, else Nynorsk.
        let language = options.language.unwrap_or(plan_core::Language::Nn);
        prepare(table, changes, code, from, to, &Words { language, plan: language })
    }
}

/// The municipalities of a table on a date: every code with a count at
/// `to`, in code order (those a batch renders).
///
/// ```
/// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2021,4636\n3039,Flå,2021,1049\n";
/// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
/// let list = plan_report::municipality::municipalities(&table, table.dates()[0]);
/// assert_eq!(list.iter().map(|(c, n)| format!("{c} {n}")).collect::<Vec<_>>(), ["3039 Flå", "3041 Gol"]);
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn municipalities(table: &PopulationTable, to: NaiveDate) -> Vec<(MunicipalityCode, String)> {
    let mut list: Vec<(MunicipalityCode, String)> =
        table.observations.iter().filter(|o| o.date == to).map(|o| (o.code, o.name.clone())).collect();
    list.sort();
    list.dedup_by_key(|m| m.0);
    list
}

/// Builds one municipality's report data and chart.
fn prepare(
    table: &PopulationTable,
    changes: &CodeChanges,
    code: MunicipalityCode,
    from: NaiveDate,
    to: NaiveDate,
    words: &Words,
) -> Result<Built<MunicipalityView>, ReportError> {
    crate::fonts::register_for_charts();
    if from == to {
        return prepare_one_date(table, changes, code, to, words);
    }
    let say = |message: plan_core::Message| words.say(&message);
    let name = table.observations.iter().rev().find(|o| o.code == code).map(|o| o.name.clone()).unwrap_or_default();
    let region = Region { name: name.clone(), municipalities: vec![Municipality { code, name: name.clone() }] };
    // As far back as the municipality can be followed; a cut is said.
    let (figures, cut) = ChangeFigures::history(table, changes, &region, from, to)?;
    let from = figures.from;
    let note = cut.map(|cut| say(cut.message())).unwrap_or_default();
    let m = &figures.municipalities[0];
    let key = vec![
        Fact {
            label: say(msg!("municipality-population-at", date = words.date(from))),
            value: words.int(m.from as i64),
        },
        Fact { label: say(msg!("municipality-population-at", date = words.date(to))), value: words.int(m.to as i64) },
        Fact {
            label: say(msg!("municipality-change")),
            value: format!("{} ({})", words.signed_int(m.change()), words.signed_percent(m.change_pct(), 2)),
        },
        Fact { label: say(msg!("municipality-annual-growth")), value: words.signed_percent(m.annual_pct(), 2) },
    ];
    let series: Vec<SeriesRow> = figures.municipality_steps(0).iter().map(|step| SeriesRow::new(step, words)).collect();
    let chart = if figures.series.len() > 2 {
        // On a true time axis: uneven dates (2020, 2022, 2024) stand as far
        // apart as they are.
        let dates: Vec<NaiveDate> = figures.series.iter().map(|p| p.date).collect();
        let labels: Vec<String> = dates
            .iter()
            .map(|d| if d.month() == 1 && d.day() == 1 { d.year().to_string() } else { words.chart_date(*d) })
            .collect();
        let line = Line {
            label: name.clone(),
            values: figures.series.iter().map(|p| p.municipalities[0].map(|v| v as f64)).collect(),
        };
        let alt = say(msg!(
            "municipality-chart-alt",
            name = name.as_str(),
            from = words.date(from),
            to = words.date(to),
            values = figures
                .series
                .iter()
                .filter_map(|p| p.municipalities[0].map(|v| format!("{} {}", p.date.year(), words.int(v as i64))))
                .collect::<Vec<_>>()
                .join(", ")
        ));
        let file = format!("charts/folketal-{code}.svg");
        let caption = say(msg!("municipality-chart-caption", name = name.as_str()));
        let unit = say(msg!("municipality-chart-unit"));
        let text = charts::ChartText { y_label: &unit, caption: &caption, alt: &alt, numbers: words.numbers() };
        Some(charts::lines_over_time(&file, &dates, &labels, &[line], &text)?)
    } else {
        None
    };
    let data = MunicipalityView {
        meta: Meta {
            title: say(msg!("municipality-title", name = name.as_str(), from = from.year(), to = to.year())),
            name: name.clone(),
            code: code.to_string(),
            owner: "plan-report".into(),
            from: DateView::new(from, words),
            to: DateView::new(to, words),
            date: DateView::new(to, words),
            keywords: vec![say(msg!("keyword-population")), name.clone(), code.to_string()],
            lang: words.language.code(),
            plan_lang: words.plan.code(),
            labels: crate::i18n::labels(words.language),
        },
        key,
        series,
        chart: chart.clone(),
        rule: say(msg!("municipality-rule")),
        note,
        source: crate::view::source_names(table, words),
    };
    Ok(Built { data, charts: chart.into_iter().collect(), date: to, ident: format!("municipality/{code}/{from}/{to}") })
}

/// One municipality on one date: its population, its share of the table's
/// population then, its density and its rank by population among the
/// table's municipalities.
fn prepare_one_date(
    table: &PopulationTable,
    changes: &CodeChanges,
    code: MunicipalityCode,
    date: NaiveDate,
    words: &Words,
) -> Result<Built<MunicipalityView>, ReportError> {
    let say = |message: plan_core::Message| words.say(&message);
    let code_then = changes.code_at(code, date).unwrap_or(code);
    let observation = [code_then, code]
        .iter()
        .find_map(|c| table.observations.iter().find(|o| o.code == *c && o.date == date))
        .ok_or_else(|| {
            let name = table.observations.iter().rev().find(|o| o.code == code).map(|o| o.name.clone());
            plan_core::Error::Invalid {
                diagnostics: vec![plan_core::Diagnostic::error(
                    table.sources.join(", "),
                    None,
                    None,
                    msg!(
                        "population-missing-at",
                        municipality = Municipality { code: code_then, name: name.unwrap_or_default() }.label(),
                        date = plan_core::i18n::date(date)
                    ),
                )],
            }
        })?;
    let (code, name, count) = (observation.code, observation.name.clone(), observation.count);
    let all = municipalities(table, date);
    let counts: Vec<u64> = all.iter().filter_map(|(c, _)| table.count(c, date)).collect();
    let total: u64 = counts.iter().sum();
    let rank = 1 + counts.iter().filter(|c| **c > count).count();
    let mut key = vec![
        Fact {
            label: say(msg!("municipality-population-at", date = words.date(date))),
            value: words.int(count as i64),
        },
        Fact {
            label: say(msg!("municipality-share")),
            value: words.percent(if total == 0 { 0.0 } else { count as f64 * 100.0 / total as f64 }, 2),
        },
        Fact {
            label: say(msg!("municipality-rank")),
            value: say(msg!("municipality-rank-of", rank = rank, count = counts.len())),
        },
    ];
    if let Some(area) = [code, code_then].iter().find_map(|c| table.area(c)).filter(|a| *a > 0.0) {
        key.push(Fact { label: say(msg!("municipality-density")), value: words.decimal(count as f64 / area, 1) });
    }
    let data = MunicipalityView {
        meta: Meta {
            title: say(msg!("municipality-title-one-date", name = name.as_str(), year = date.year())),
            name: name.clone(),
            code: code.to_string(),
            owner: "plan-report".into(),
            from: DateView::new(date, words),
            to: DateView::new(date, words),
            date: DateView::new(date, words),
            keywords: vec![say(msg!("keyword-population")), name.clone(), code.to_string()],
            lang: words.language.code(),
            plan_lang: words.plan.code(),
            labels: crate::i18n::labels(words.language),
        },
        key,
        series: vec![SeriesRow {
            date: words.date(date),
            count: words.int(count as i64),
            change: String::new(),
            change_pct: String::new(),
        }],
        chart: None,
        rule: say(msg!("municipality-one-date-rule", date = words.date(date), count = counts.len())),
        note: String::new(),
        source: crate::view::source_names(table, words),
    };
    Ok(Built { data, charts: Vec::new(), date, ident: format!("municipality/{code}/{date}") })
}
