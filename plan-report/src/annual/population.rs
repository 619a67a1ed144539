//! The population section of the status report: figures from the plan's
//! start to the report year, the series, and its charts.

use chrono::{Datelike, NaiveDate};
use plan_core::PlanFolder;
use plan_core::msg;
use plan_core::population::figures::ChangeFigures;
use serde::Serialize;

use crate::charts::{self, Bar, Chart, Line};
use crate::error::ReportError;
use crate::view::{Charts, DateView, PopulationRow, SeriesRow, population_rows};
use crate::words::Words;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct PopulationView {
    pub(crate) from: DateView,
    pub(crate) to: DateView,
    pub(crate) rows: Vec<PopulationRow>,
    /// Whether any municipality's density is known: the tables leave the
    /// *Per km²* column out when none is (the rows keep the field).
    pub(crate) has_density: bool,
    pub(crate) series: Vec<SeriesRow>,
    /// Which dates were used and why, when the data do not reach the dates
    /// the report compares; empty otherwise.
    pub(crate) note: String,
    pub(crate) charts: Vec<Chart>,
    pub(crate) rule: String,
    pub(crate) source: String,
}

/// The population section: the change from the plan's start to the last
/// count up to 1 January after the report year.
pub(crate) fn population(
    folder: &PlanFolder,
    year: i32,
    date: NaiveDate,
    all_charts: &mut Charts,
    words: &Words,
) -> Result<Option<(PopulationView, plan_core::folder::PopulationSpan)>, ReportError> {
    let mut own: Vec<Chart> = Vec::new();
    let charts = &mut own;
    let plan = &folder.plan;
    let inputs = plan_core::population_inputs::PopulationInputs::of(folder);
    let table = &inputs.table;
    let dates = table.dates();
    let Some(span) = folder.population_span(year, date) else { return Ok(None) };
    let (from, to) = (span.from, span.to);
    let figures = ChangeFigures::compute(table, &inputs.changes, &plan.meta.region, from, to)?;
    let region = &figures.region;
    let bars: Vec<Bar> = figures
        .municipalities
        .iter()
        .map(|m| Bar { label: m.name.clone(), value: m.to as f64, shown: words.int(m.to as i64) })
        .collect();
    let (from_text, to_text) = (words.date(from), words.date(to));
    charts.push(charts::bars(
        &all_charts.file("folketal.svg"),
        &bars,
        &words.say(&msg!("chart-population-caption", date = to_text.as_str())),
        &words.say(&msg!("chart-population-alt", date = to_text.as_str())),
    )?);
    let changes: Vec<Bar> = figures
        .municipalities
        .iter()
        .map(|m| Bar { label: m.name.clone(), value: m.change_pct(), shown: words.signed_percent(m.change_pct(), 1) })
        .collect();
    let region_bar = Bar {
        label: region.name.clone(),
        value: region.change_pct(),
        shown: words.signed_percent(region.change_pct(), 1),
    };
    charts.push(charts::diverging(
        &all_charts.file("endring.svg"),
        &changes,
        &region_bar,
        &words.say(&msg!(
            "chart-change-caption",
            from = from_text.as_str(),
            to = to_text.as_str(),
            region = region.name.as_str()
        )),
        &words.say(&msg!("chart-change-alt", from = from_text.as_str(), to = to_text.as_str())),
        &words.say(&msg!("chart-region-total", region = region.name.as_str())),
    )?);
    // The whole series up to `to`, as an index, when there are more than two dates.
    let first = dates[0];
    // As far back as the region can be followed; where a merge, split or gap
    // cuts it, the note says so.
    let (long, cut) = ChangeFigures::history(table, &inputs.changes, &plan.meta.region, first, to)?;
    if long.series.len() > 2 {
        charts.push(index_chart(&long, &all_charts.file("utvikling.svg"), words)?);
    }
    let series = series_rows(&long, words);
    let view = PopulationView {
        from: DateView::new(from, words),
        to: DateView::new(to, words),
        rows: population_rows(&figures, words),
        has_density: figures.municipalities.iter().any(|m| m.area_km2.is_some_and(|a| a > 0.0)),
        series,
        charts: own.clone(),
        rule: words.say(&msg!("population-rule", region = region.name.as_str(), from = from_text.as_str())),
        source: crate::view::source_names(table, words),
        note: [span_note(&span, year, words), cut.map(|c| words.say(&c.message())).unwrap_or_default()]
            .iter()
            .filter(|n| !n.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(" "),
    };
    own.into_iter().for_each(|chart| all_charts.push(chart));
    Ok(Some((view, span)))
}

/// What the section says about the dates it compares, one branch per way the
/// data can fall short; every sentence names the date that is missing and
/// the one used instead.
fn span_note(span: &plan_core::folder::PopulationSpan, year: i32, words: &Words) -> String {
    use plan_core::folder::SpanStart;
    let (wanted, from) = (words.date(span.wanted_from), words.date(span.from));
    let mut parts = Vec::new();
    match span.start {
        SpanStart::AtStart => {}
        SpanStart::Later => parts.push(words.say(&msg!("population-start-later", wanted = wanted, from = from))),
        SpanStart::BeforeMissing => {
            parts.push(words.say(&msg!("population-start-missing", wanted = wanted, from = from)));
        }
        SpanStart::BeforeNoLater => parts.push(words.say(&msg!(
            "population-start-no-later",
            wanted = wanted,
            wanted_to = words.date(span.wanted_to),
            from = from,
            to = words.date(span.to)
        ))),
    }
    if span.to != span.wanted_to && span.start != SpanStart::BeforeNoLater {
        parts.push(words.say(&msg!(
            "population-ends-early",
            year = year,
            wanted = words.date(span.wanted_to),
            to = words.date(span.to)
        )));
    }
    parts.join(" ")
}

pub(crate) fn index_chart(long: &ChangeFigures, file: &str, words: &Words) -> Result<Chart, ReportError> {
    let first = long.from;
    let dates: Vec<NaiveDate> = long.series.iter().map(|p| p.date).collect();
    // A year where every date is 1 January; the date itself otherwise.
    let yearly = dates.iter().all(|d| d.month() == 1 && d.day() == 1);
    let labels: Vec<String> =
        dates.iter().map(|d| if yearly { d.year().to_string() } else { words.chart_date(*d) }).collect();
    let lines: Vec<Line> = long
        .municipalities
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let base = long.series[0].municipalities[i].unwrap_or(m.from) as f64;
            Line {
                label: m.name.clone(),
                values: long.series.iter().map(|p| p.municipalities[i].map(|v| v as f64 * 100.0 / base)).collect(),
            }
        })
        .collect();
    let ends = lines
        .iter()
        .map(|l| format!("{} {}", l.label, words.decimal(l.values.last().copied().flatten().unwrap_or(100.0), 1)))
        .collect::<Vec<_>>()
        .join(", ");
    let alt = words.say(&msg!("chart-index-alt", first = words.date(first), to = words.date(long.to), ends = ends));
    let first_text = words.date(first);
    let y_label = words.say(&msg!("chart-index-axis", first = first_text.as_str()));
    let caption = words.say(&msg!("chart-index-caption", first = first_text.as_str()));
    let text = charts::ChartText { y_label: &y_label, caption: &caption, alt: &alt, numbers: words.numbers() };
    charts::lines_over_time(file, &dates, &labels, &lines, &text)
}

pub(crate) fn series_rows(figures: &ChangeFigures, words: &Words) -> Vec<SeriesRow> {
    figures.region_steps().iter().map(|step| SeriesRow::new(step, words)).collect()
}
