//! Report 1: the annual revision report of the action programme.

use chrono::{Datelike, NaiveDate};
use plan_core::calendar::format_date_nn;
use plan_core::followup::{ActionStatus, FollowUp, follow_up};
use plan_core::format::{integer, signed_integer, signed_percent};
use plan_core::plan::{IndicatorSource, Plan};
use plan_core::population::PopulationTable;
use plan_core::population::figures::{Change, ChangeFigures};
use plan_core::population::goal::{GoalStatus, Point, evaluate, region_series, rule_nn};
use serde::Serialize;

use crate::charts::{self, Bar, Chart, Line};
use crate::error::ReportError;
use crate::report::{Prepared, ReportInput, ReportOptions, SourceView, sources};
use crate::view::{
    ActionGroup, ActionView, BodyView, DateView, FindingView, PopulationRow, SectionView, action_groups, findings,
    glossary, population_rows,
};

/// The data the status template reads as `data.json`.
#[derive(Debug, Serialize)]
struct StatusData {
    meta: Meta,
    summary: Vec<KeyFigure>,
    follow_up: FollowUpView,
    changes: Option<ChangesView>,
    population: Option<PopulationView>,
    focus_areas: Vec<AreaView>,
    budget: Budget,
    findings: Vec<FindingView>,
    glossary: Vec<BodyView>,
    sources: Vec<SourceView>,
}

#[derive(Debug, Serialize)]
struct Meta {
    title: String,
    report_title: String,
    subtitle: String,
    plan_title: String,
    region: String,
    owner: String,
    period: String,
    version: String,
    version_date: DateView,
    status: String,
    year: i32,
    date: DateView,
    keywords: Vec<String>,
}

/// The status of the action programme in the report year.
#[derive(Debug, Serialize)]
struct FollowUpView {
    /// The status file, or empty when there is none.
    file: String,
    counts: Vec<StatusCount>,
    overdue: Vec<ActionView>,
    not_reported: usize,
    chart: Option<Chart>,
}

#[derive(Debug, Serialize)]
struct StatusCount {
    label: String,
    count: usize,
}

/// "Endringar i handlingsprogrammet".
#[derive(Debug, Serialize)]
struct ChangesView {
    old: String,
    new: String,
    added: Vec<ActionView>,
    removed: Vec<ActionView>,
    changed: Vec<ChangedView>,
}

#[derive(Debug, Serialize)]
struct ChangedView {
    id: String,
    old_id: String,
    text: String,
    fields: Vec<FieldView>,
}

#[derive(Debug, Serialize)]
struct FieldView {
    label: String,
    old: String,
    new: String,
}

#[derive(Debug, Serialize)]
struct KeyFigure {
    value: String,
    label: String,
    note: String,
}

#[derive(Debug, Serialize)]
struct PopulationView {
    from: DateView,
    to: DateView,
    rows: Vec<PopulationRow>,
    series: Vec<SeriesRow>,
    charts: Vec<Chart>,
    rule: String,
    source: String,
}

#[derive(Debug, Serialize)]
struct SeriesRow {
    date: String,
    count: String,
    change: String,
    change_pct: String,
}

#[derive(Debug, Serialize)]
struct AreaView {
    id: String,
    name: String,
    description: SectionView,
    themes: Vec<String>,
    goals: Vec<GoalView>,
    groups: Vec<ActionGroup>,
    count: usize,
    due: usize,
}

#[derive(Debug, Serialize)]
struct GoalView {
    id: String,
    text: String,
    measurable: bool,
    symbol: String,
    status: String,
    measure: String,
    baseline: String,
    latest: String,
    target: String,
    rule: String,
    chart: Option<Chart>,
}

#[derive(Debug, Serialize)]
struct Budget {
    rows: Vec<BudgetRow>,
    total: String,
    costed: usize,
    actions: usize,
    chart: Option<Chart>,
    items: Vec<crate::view::ActionView>,
}

#[derive(Debug, Serialize)]
struct BudgetRow {
    name: String,
    count: usize,
    costed: usize,
    cost: String,
}

/// Builds the status report's data and charts.
pub(crate) fn prepare(input: &ReportInput<'_>, options: &ReportOptions) -> Result<Prepared, ReportError> {
    crate::fonts::register_for_charts();
    let plan = input.plan;
    let year = options.year.ok_or_else(|| {
        ReportError::Input("the status report needs a year (expected --year YEAR, such as --year 2021)".into())
    })?;
    let date = options.date.unwrap_or_else(|| NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MIN));
    let mut charts: Vec<Chart> = Vec::new();
    let follow = follow_up(plan, year, date);
    let follow_up_view = follow_up_view(plan, year, &follow, &mut charts)?;
    let population = population(plan, year, &mut charts)?;
    let focus_areas = focus_areas(plan, year, population.as_ref().map(|p| p.1), &follow, &mut charts)?;
    let budget = budget(plan, year, &mut charts)?;
    let mut summary = summary(plan, year, population.as_ref().map(|p| &p.0), &focus_areas, &budget);
    if !follow_up_view.file.is_empty() {
        let done = follow.iter().filter(|f| f.status == Some(ActionStatus::Done)).count();
        summary.insert(
            1,
            KeyFigure {
                value: format!("{done} av {}", plan.actions.len()),
                label: format!("tiltak fullførte i {year}"),
                note: format!(
                    "{} forfalne, {} ikkje rapporterte",
                    follow_up_view.overdue.len(),
                    follow_up_view.not_reported
                ),
            },
        );
    }
    let changes = input.revision.map(changes_view);
    let report_title = format!("Årsrapport {year}");
    let data = StatusData {
        meta: Meta {
            title: format!("{report_title} – {}", plan.meta.title),
            report_title,
            subtitle: "Status og revisjon av handlingsprogrammet".to_string(),
            plan_title: plan.meta.title.clone(),
            region: plan.meta.region.name.clone(),
            owner: plan.meta.owner.clone(),
            period: format!("{}–{}", plan.meta.period.first, plan.meta.period.last),
            version: plan.meta.version.label.clone(),
            version_date: plan.meta.version.date.into(),
            status: match plan.meta.status {
                plan_core::plan::PlanStatus::Utkast => "utkast".to_string(),
                plan_core::plan::PlanStatus::Vedteken => "vedteken".to_string(),
            },
            year,
            date: date.into(),
            keywords: vec![
                "strategisk plan".into(),
                "handlingsprogram".into(),
                "årsrapport".into(),
                plan.meta.region.name.clone(),
            ],
        },
        summary,
        follow_up: follow_up_view,
        changes,
        population: population.map(|p| p.0),
        focus_areas,
        budget,
        findings: findings(input.diagnostics),
        glossary: glossary(plan),
        sources: sources(input),
    };
    Prepared::new("status.typ", &data, charts, date, format!("status/{}/{year}/{date}", plan.meta.title))
}

/// The table the follow-up uses: the statistics series, or the plan's own.
fn follow_up_table(plan: &Plan) -> &PopulationTable {
    if plan.population_series.observations.is_empty() { &plan.population } else { &plan.population_series }
}

/// The population section: the change from the plan's start to the last
/// count up to 1 January after the report year.
fn population(
    plan: &Plan,
    year: i32,
    all_charts: &mut Vec<Chart>,
) -> Result<Option<(PopulationView, NaiveDate)>, ReportError> {
    let mut own: Vec<Chart> = Vec::new();
    let charts = &mut own;
    let table = follow_up_table(plan);
    let dates = table.dates();
    let start = NaiveDate::from_ymd_opt(plan.meta.period.first, 1, 1).unwrap_or(NaiveDate::MIN);
    let end = NaiveDate::from_ymd_opt(year + 1, 1, 1).unwrap_or(NaiveDate::MAX);
    let Some(&to) = dates.iter().rev().find(|d| **d <= end) else { return Ok(None) };
    let from =
        dates.iter().rev().find(|d| **d <= start && **d < to).or_else(|| dates.first().filter(|d| **d < to)).copied();
    let Some(from) = from else { return Ok(None) };
    let figures = ChangeFigures::compute(table, &plan.code_changes, &plan.meta.region, from, to)?;
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
    let long = ChangeFigures::compute(table, &plan.code_changes, &plan.meta.region, first, to)
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
        source: table.sources.join("; "),
    };
    all_charts.extend(own);
    Ok(Some((view, to)))
}

/// Each municipality's population over time as an index (first date = 100).
fn index_chart(long: &ChangeFigures) -> Result<Chart, ReportError> {
    let first = long.from;
    let labels: Vec<String> = long.series.iter().map(|p| p.date.year().to_string()).collect();
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
    charts::lines(
        "charts/utvikling.svg",
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
fn series_rows(figures: &ChangeFigures) -> Vec<SeriesRow> {
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

fn focus_areas(
    plan: &Plan,
    year: i32,
    at: Option<NaiveDate>,
    follow: &[FollowUp],
    charts: &mut Vec<Chart>,
) -> Result<Vec<AreaView>, ReportError> {
    let table = follow_up_table(plan);
    let series = region_series(table, &plan.code_changes, &plan.meta.region);
    let at = at.unwrap_or_else(|| NaiveDate::from_ymd_opt(year + 1, 1, 1).unwrap_or(NaiveDate::MAX));
    let mut areas = Vec::new();
    for area in &plan.focus_areas {
        {
            let goals: Vec<GoalView> = area
                .result_goals
                .iter()
                .map(|goal| match &goal.indicator {
                    None => GoalView {
                        id: goal.id.clone(),
                        text: goal.text.clone(),
                        measurable: false,
                        symbol: String::new(),
                        status: String::new(),
                        measure: String::new(),
                        baseline: String::new(),
                        latest: String::new(),
                        target: String::new(),
                        rule: String::new(),
                        chart: None,
                    },
                    Some(indicator) => {
                        let values = match indicator.source {
                            IndicatorSource::Population => series.clone(),
                            IndicatorSource::Table => plan.indicator_series(&goal.id),
                        };
                        let evaluation = (!values.is_empty()).then(|| evaluate(indicator, &values, at));
                        let status = evaluation.as_ref().map_or(GoalStatus::NoData, |e| e.status);
                        let point = |p: Option<plan_core::population::goal::Point>| {
                            p.map_or("–".to_string(), |p| format!("{} ({})", integer(p.value.round() as i64), format_date_nn(p.date)))
                        };
                        let target = match (indicator.target, evaluation.as_ref().and_then(|e| e.target)) {
                            (_, Some(t)) => format!("{} ({})", integer(t.round() as i64), format_date_nn(indicator.target_date)),
                            (plan_core::plan::Target::RelativePct(p), None) => format!("{} ({})", signed_percent(p, 0), format_date_nn(indicator.target_date)),
                            (plan_core::plan::Target::Absolute(v), None) => format!("{} ({})", plan_core::format::decimal(v, 0), format_date_nn(indicator.target_date)),
                        };
                        GoalView {
                            id: goal.id.clone(),
                            text: goal.text.clone(),
                            measurable: true,
                            symbol: match status {
                                GoalStatus::Reached => "✓",
                                GoalStatus::OnTrack => "▲",
                                GoalStatus::Behind => "▼",
                                GoalStatus::NoData => "○",
                            }
                            .to_string(),
                            status: status.label_nn().to_string(),
                            measure: format!("{} ({})", indicator.measure, indicator.unit),
                            baseline: point(evaluation.as_ref().and_then(|e| e.baseline)),
                            latest: point(evaluation.as_ref().and_then(|e| e.latest)),
                            target,
                            rule: match (indicator.source, values.is_empty()) {
                                (IndicatorSource::Table, true) => format!(
                                    "{} Verdiane skal kome frå indikatortabellen (indikatorar.csv), som ikkje har tal for dette målet enno.",
                                    rule_nn(indicator)
                                ),
                                _ => rule_nn(indicator),
                            },
                            chart: None,
                        }
                    }
                })
                .collect();
            let mut goals = goals;
            for goal in goals.iter_mut().filter(|g| g.measurable) {
                let Some(result_goal) = area.result_goals.iter().find(|r| r.id == goal.id) else { continue };
                let Some(indicator) = &result_goal.indicator else { continue };
                let values = match indicator.source {
                    IndicatorSource::Population => series.clone(),
                    IndicatorSource::Table => plan.indicator_series(&goal.id),
                };
                if let Some(chart) = indicator_chart(&goal.id, indicator, &values, at)? {
                    charts.push(chart.clone());
                    goal.chart = Some(chart);
                }
            }
            let groups = action_groups(plan, &area.id, Some(year), Some(follow));
            let count = groups.iter().map(|g| g.actions.len()).sum();
            let due = groups.iter().flat_map(|g| &g.actions).filter(|a| a.due).count();
            areas.push(AreaView {
                id: area.id.clone(),
                name: area.name.clone(),
                description: SectionView { title: area.name.clone(), paragraphs: vec![area.description.clone()] },
                themes: area.themes.iter().map(|t| t.name.clone()).collect(),
                goals,
                groups,
                count,
                due,
            });
        }
    }
    Ok(areas)
}

/// A measurable goal's values against the straight line from its baseline
/// to its target, when there is a baseline and a later value.
fn indicator_chart(
    id: &str,
    indicator: &plan_core::plan::Indicator,
    values: &[Point],
    at: NaiveDate,
) -> Result<Option<Chart>, ReportError> {
    let evaluation = evaluate(indicator, values, at);
    let (Some(baseline), Some(target)) = (evaluation.baseline, evaluation.target) else { return Ok(None) };
    if evaluation.latest.is_none() {
        return Ok(None);
    }
    let mut dates: Vec<NaiveDate> = values.iter().map(|p| p.date).filter(|d| *d >= baseline.date && *d <= at).collect();
    dates.push(indicator.target_date);
    // 1 January of every year between, so that the x axis runs evenly in time
    // and the target line is straight.
    for year in baseline.date.year()..=indicator.target_date.year() {
        if let Some(d) =
            NaiveDate::from_ymd_opt(year, 1, 1).filter(|d| *d > baseline.date && *d < indicator.target_date)
        {
            dates.push(d);
        }
    }
    dates.sort();
    dates.dedup();
    let span = (indicator.target_date - baseline.date).num_days().max(1) as f64;
    let line = |d: NaiveDate| {
        baseline.value + (target - baseline.value) * ((d - baseline.date).num_days() as f64 / span).clamp(0.0, 1.0)
    };
    let measured = charts::Line {
        label: "Målt".to_string(),
        values: dates.iter().map(|d| values.iter().find(|p| p.date == *d).map(|p| p.value)).collect(),
    };
    let path = charts::Line { label: "Mållinje".to_string(), values: dates.iter().map(|d| Some(line(*d))).collect() };
    let labels: Vec<String> = dates.iter().map(|d| d.format("%-d.%-m.%Y").to_string()).collect();
    let shown = |v: f64| plan_core::format::decimal(v, 0);
    let alt = format!(
        "Linjediagram over {}: målt {}, mållinja går frå {} ({}) til {} ({}). Status: {}.",
        indicator.measure.to_lowercase(),
        values
            .iter()
            .filter(|p| p.date >= baseline.date && p.date <= at)
            .map(|p| format!("{} {}", format_date_nn(p.date), shown(p.value)))
            .collect::<Vec<_>>()
            .join(", "),
        shown(baseline.value),
        format_date_nn(baseline.date),
        shown(target),
        format_date_nn(indicator.target_date),
        evaluation.status.label_nn()
    );
    let chart = charts::lines(
        &format!("charts/mal-{id}.svg"),
        &labels,
        &[measured, path],
        &indicator.unit,
        &format!("{}: målte verdiar og den rette linja frå utgangsverdien til målet.", indicator.measure),
        &alt,
    )?;
    Ok(Some(chart))
}

/// The status counts, overdue actions and status chart for the report year.
fn follow_up_view(
    plan: &Plan,
    year: i32,
    follow: &[FollowUp],
    charts: &mut Vec<Chart>,
) -> Result<FollowUpView, ReportError> {
    let file = plan.status_for(year).map(|f| f.file.clone()).unwrap_or_default();
    let labels: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.label_nn()).chain(["ikkje rapportert"]).collect();
    let count_of = |items: &mut dyn Iterator<Item = &FollowUp>| {
        let items: Vec<&FollowUp> = items.collect();
        let mut counts: Vec<u32> =
            ActionStatus::ALL.iter().map(|s| items.iter().filter(|f| f.status == Some(*s)).count() as u32).collect();
        counts.push(items.iter().filter(|f| f.status.is_none()).count() as u32);
        counts
    };
    let all = count_of(&mut follow.iter());
    let counts =
        labels.iter().zip(&all).map(|(l, c)| StatusCount { label: (*l).to_string(), count: *c as usize }).collect();
    let overdue = plan
        .actions
        .iter()
        .zip(follow)
        .filter(|(_, f)| f.overdue)
        .map(|(a, f)| ActionView::new(a, Some(year)).with_follow_up(f))
        .collect();
    let chart = if file.is_empty() {
        None
    } else {
        let rows: Vec<(String, Vec<u32>)> = plan
            .focus_areas
            .iter()
            .map(|area| {
                let mut items =
                    plan.actions.iter().zip(follow).filter(|(a, _)| a.focus_area == area.id).map(|(_, f)| f);
                (area.name.clone(), count_of(&mut items))
            })
            .collect();
        let chart = charts::stacked(
            "charts/status.svg",
            &rows,
            &labels,
            &format!("Status for tiltaka per innsatsområde i {year}. Talet i kvar del er talet på tiltak."),
            &format!("Stolpediagram over status for tiltaka i {year} per innsatsområde."),
        )?;
        charts.push(chart.clone());
        Some(chart)
    };
    Ok(FollowUpView { file, counts, overdue, not_reported: all.last().copied().unwrap_or(0) as usize, chart })
}

/// The changes between two versions of the action programme.
fn changes_view(revision: &crate::report::Revision) -> ChangesView {
    let changes = &revision.changes;
    let shown = crate::report::field_value_text;
    ChangesView {
        old: revision.old.clone(),
        new: revision.new.clone(),
        added: changes.added.iter().map(|a| ActionView::new(a, None)).collect(),
        removed: changes.removed.iter().map(|a| ActionView::new(a, None)).collect(),
        changed: changes
            .changed
            .iter()
            .map(|c| ChangedView {
                id: c.id.clone(),
                old_id: c.old_id.clone().unwrap_or_default(),
                text: c.fields.get("text").map_or_else(String::new, |f| shown(&f.new)),
                fields: c
                    .fields
                    .iter()
                    .map(|(name, f)| FieldView {
                        label: crate::report::field_label(name).to_string(),
                        old: shown(&f.old),
                        new: shown(&f.new),
                    })
                    .collect(),
            })
            .collect(),
    }
}

fn budget(plan: &Plan, year: i32, charts: &mut Vec<Chart>) -> Result<Budget, ReportError> {
    let rows: Vec<BudgetRow> = plan
        .focus_areas
        .iter()
        .map(|area| {
            let actions: Vec<_> = plan.actions_in(&area.id).collect();
            BudgetRow {
                name: area.name.clone(),
                count: actions.len(),
                costed: actions.iter().filter(|a| a.cost.is_some()).count(),
                cost: actions.iter().filter_map(|a| a.cost).sum::<plan_core::Kroner>().to_string(),
            }
        })
        .collect();
    let bars: Vec<Bar> = plan
        .focus_areas
        .iter()
        .map(|area| {
            let cost: plan_core::Kroner = plan.actions_in(&area.id).filter_map(|a| a.cost).sum();
            Bar { label: area.name.clone(), value: cost.get() as f64, shown: cost.to_string() }
        })
        .collect();
    let chart = if bars.iter().any(|b| b.value > 0.0) {
        let chart = charts::bars(
            "charts/kostnad.svg",
            &bars,
            "Kostnad per innsatsområde, for tiltak med oppgitt kostnad.",
            "Stolpediagram over kostnad per innsatsområde.",
        )?;
        charts.push(chart.clone());
        Some(chart)
    } else {
        None
    };
    Ok(Budget {
        rows,
        total: plan.total_cost().to_string(),
        costed: plan.actions.iter().filter(|a| a.cost.is_some()).count(),
        actions: plan.actions.len(),
        chart,
        items: plan
            .actions
            .iter()
            .filter(|a| a.cost.is_some())
            .map(|a| crate::view::ActionView::new(a, Some(year)))
            .collect(),
    })
}

fn summary(
    plan: &Plan,
    year: i32,
    population: Option<&PopulationView>,
    areas: &[AreaView],
    budget: &Budget,
) -> Vec<KeyFigure> {
    let mut out = Vec::new();
    if let Some(p) = population {
        let region = p.rows.last();
        out.push(KeyFigure {
            value: region.map_or(String::new(), |r| r.to.clone()),
            label: format!("innbyggjarar {}", p.to.text),
            note: region.map_or(String::new(), |r| format!("{} ({}) sidan {}", r.change, r.change_pct, p.from.text)),
        });
    }
    let due: usize = areas.iter().map(|a| a.due).sum();
    let yearly = plan.actions.iter().filter(|a| a.deadline.is_recurring()).count();
    out.push(KeyFigure {
        value: plan.actions.len().to_string(),
        label: "tiltak i handlingsprogrammet".into(),
        note: format!("{due} med frist i {year}, av dei {yearly} årlege"),
    });
    out.push(KeyFigure {
        value: budget.total.clone(),
        label: "sett av til tiltak".into(),
        note: format!("{} av {} tiltak har oppgitt kostnad", budget.costed, budget.actions),
    });
    let goals: Vec<&GoalView> = areas.iter().flat_map(|a| &a.goals).collect();
    let measured: Vec<&&GoalView> = goals.iter().filter(|g| g.measurable).collect();
    out.push(KeyFigure {
        value: goals.len().to_string(),
        label: "resultatmål".into(),
        note: format!(
            "{} målbare: {}",
            measured.len(),
            measured.iter().map(|g| format!("{} {}", g.symbol, g.status)).collect::<Vec<_>>().join(", ")
        ),
    });
    out
}
