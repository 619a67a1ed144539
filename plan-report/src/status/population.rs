//! The population section of the status report: figures from the plan's
//! start to the report year, the series, and its charts.

use chrono::{Datelike, NaiveDate};
use plan_core::PlanFolder;
use plan_core::calendar::format_date_nn;
use plan_core::format::{integer, signed_integer, signed_percent};
use plan_core::population::figures::ChangeFigures;
use serde::Serialize;

use crate::charts::{self, Bar, Chart, Line};
use crate::error::ReportError;
use crate::view::{DateView, PopulationRow, population_rows};

#[derive(Debug, Serialize)]
pub(crate) struct PopulationView {
    pub(crate) from: DateView,
    pub(crate) to: DateView,
    pub(crate) rows: Vec<PopulationRow>,
    pub(crate) series: Vec<SeriesRow>,
    /// Which dates were used and why, when the data do not reach the dates
    /// the report compares; empty otherwise.
    pub(crate) note: String,
    pub(crate) charts: Vec<Chart>,
    pub(crate) rule: String,
    pub(crate) source: String,
}

#[derive(Debug, Serialize)]
pub(crate) struct SeriesRow {
    pub(crate) date: String,
    pub(crate) count: String,
    pub(crate) change: String,
    pub(crate) change_pct: String,
}

/// The population section: the change from the plan's start to the last
/// count up to 1 January after the report year.
pub(crate) fn population(
    folder: &PlanFolder,
    year: i32,
    all_charts: &mut Vec<Chart>,
) -> Result<Option<(PopulationView, NaiveDate)>, ReportError> {
    let mut own: Vec<Chart> = Vec::new();
    let charts = &mut own;
    let plan = &folder.plan;
    let table = folder.follow_up_table();
    let dates = table.dates();
    let Some(span) = folder.population_span(year) else { return Ok(None) };
    let (from, to) = (span.from, span.to);
    let figures = ChangeFigures::compute(table, &folder.code_changes, &plan.meta.region, from, to)?;
    let region = &figures.region;
    let bars: Vec<Bar> = figures
        .municipalities
        .iter()
        .map(|m| Bar { label: m.name.clone(), value: m.to as f64, shown: integer(m.to as i64) })
        .collect();
    let to_text = format_date_nn(to);
    charts.push(charts::bars(
        "charts/folketal.svg",
        &bars,
        &format!("Folketal per kommune {to_text}."),
        &format!("Stolpediagram over folketalet per kommune {to_text}."),
    )?);
    let changes: Vec<Bar> = figures
        .municipalities
        .iter()
        .map(|m| Bar { label: m.name.clone(), value: m.change_pct(), shown: signed_percent(m.change_pct(), 1) })
        .collect();
    let region_bar =
        Bar { label: region.name.clone(), value: region.change_pct(), shown: signed_percent(region.change_pct(), 1) };
    charts.push(charts::diverging(
        "charts/endring.svg",
        &changes,
        &region_bar,
        &format!("Endring i folketal i prosent frå {} til {to_text}. Den stipla linja er {} samla.", format_date_nn(from), region.name),
        &format!("Stolpediagram over endring i folketal i prosent frå {} til {to_text}, med auke til høgre og nedgang til venstre.", format_date_nn(from)),
    )?);
    // The whole series up to `to`, as an index, when there are more than two dates.
    let first = dates[0];
    let long = ChangeFigures::compute(table, &folder.code_changes, &plan.meta.region, first, to)
        .unwrap_or_else(|_| figures.clone());
    if long.series.len() > 2 {
        charts.push(index_chart(&long)?);
    }
    let series = series_rows(&long);
    let view = PopulationView {
        from: from.into(),
        to: to.into(),
        rows: population_rows(&figures),
        series,
        charts: own.clone(),
        rule: format!(
            "Folketalet er per 1. januar. Kommunane er følgde gjennom endringane i kommunenummer, slik at tal før og etter kommunereformene kan samanliknast. \
             {} er summen av kommunane. Endring i prosent er rekna av folketalet {}; årleg vekst er gjennomsnittleg årleg vekst over perioden (år à 365,25 dagar). \
             Rang 1 er størst vekst i prosent.",
            region.name,
            format_date_nn(from)
        ),
        source: crate::view::source_names(table),
        note: span_note(&span, year),
    };
    all_charts.extend(own);
    Ok(Some((view, to)))
}

/// Says which dates the figures use when the data do not reach the plan
/// period's start or 1 January after the report year.
fn span_note(span: &plan_core::folder::PopulationSpan, year: i32) -> String {
    let mut parts = Vec::new();
    if span.from != span.wanted_from {
        let relation = if span.from > span.wanted_from { "byrjar seinare enn" } else { "har ikkje tal for" };
        parts.push(format!(
            "Tala {relation} starten på planperioden ({}), så endringa er rekna frå {}.",
            format_date_nn(span.wanted_from),
            format_date_nn(span.from)
        ));
    }
    if span.to != span.wanted_to {
        parts.push(format!(
            "Tala for {year} skulle gå til {}, men dei siste tala er frå {}.",
            format_date_nn(span.wanted_to),
            format_date_nn(span.to)
        ));
    }
    parts.join(" ")
}

/// Each municipality's population over time as an index (first date = 100).
pub(crate) fn index_chart(long: &ChangeFigures) -> Result<Chart, ReportError> {
    let first = long.from;
    let dates: Vec<NaiveDate> = long.series.iter().map(|p| p.date).collect();
    // A year where every date is 1 January; the date itself otherwise.
    let yearly = dates.iter().all(|d| d.month() == 1 && d.day() == 1);
    let labels: Vec<String> =
        dates.iter().map(|d| if yearly { d.year().to_string() } else { d.format("%-d.%-m.%Y").to_string() }).collect();
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
        .map(|l| {
            format!(
                "{} {}",
                l.label,
                plan_core::format::decimal(l.values.last().copied().flatten().unwrap_or(100.0), 1)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let alt = format!(
        "Linjediagram over folketalet per kommune som indeks, {} = 100, fram til {}: {ends}.",
        format_date_nn(first),
        format_date_nn(long.to)
    );
    charts::lines_over_time(
        "charts/utvikling.svg",
        &dates,
        &labels,
        &lines,
        &format!("Indeks, 1. januar {} = 100", first.year()),
        &format!(
            "Folketal per kommune over tid, som indeks (1. januar {} = 100). Kvar kommune har eigen farge og eige merke.",
            first.year()
        ),
        &alt,
    )
}

/// The region's population date by date, with the change since the date before.
pub(crate) fn series_rows(figures: &ChangeFigures) -> Vec<SeriesRow> {
    let mut previous: Option<u64> = None;
    figures
        .series
        .iter()
        .map(|point| {
            let (change, change_pct) = match (previous, point.region) {
                (Some(p), Some(n)) if p > 0 => {
                    let change = n as i64 - p as i64;
                    (signed_integer(change), signed_percent(change as f64 * 100.0 / p as f64, 2))
                }
                _ => (String::new(), String::new()),
            };
            previous = point.region;
            SeriesRow {
                date: format_date_nn(point.date),
                count: point.region.map_or("–".into(), |n| integer(n as i64)),
                change,
                change_pct,
            }
        })
        .collect()
}
