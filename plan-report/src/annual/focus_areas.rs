//! The focus areas of the status report: result goals with their
//! indicators, and the action tables.

use chrono::NaiveDate;
use plan_core::PlanFolder;
use plan_core::follow_up::FollowUp;
use plan_core::msg;
use plan_core::plan::{Action, IndicatorSource};
use plan_core::population::goal::{GoalStatus, Point, evaluate, region_series, rule};
use serde::Serialize;

use crate::charts::{self, Chart};
use crate::error::ReportError;
use crate::view::{ActionGroup, Charts, SectionView, action_groups};
use crate::words::Words;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct AreaView {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) description: SectionView,
    pub(crate) themes: Vec<String>,
    pub(crate) goals: Vec<GoalView>,
    pub(crate) groups: Vec<ActionGroup>,
    pub(crate) count: usize,
    pub(crate) due: usize,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct GoalView {
    pub(crate) id: String,
    pub(crate) text: String,
    pub(crate) measurable: bool,
    pub(crate) symbol: String,
    pub(crate) status: String,
    pub(crate) measure: String,
    pub(crate) baseline: String,
    pub(crate) latest: String,
    pub(crate) target: String,
    pub(crate) rule: String,
    pub(crate) chart: Option<Chart>,
    /// For a goal bound to a statistics table: the latest year known at the
    /// report date per municipality (name, year, value); empty otherwise.
    pub(crate) by_municipality: Vec<[String; 3]>,
    /// The unit, heading the municipalities' values.
    pub(crate) unit: String,
}

pub(crate) fn focus_areas(
    folder: &PlanFolder,
    actions: &[Action],
    year: i32,
    report_date: NaiveDate,
    follow: &[FollowUp],
    charts: &mut Charts,
    words: &Words,
) -> Result<Vec<AreaView>, ReportError> {
    let plan = &folder.plan;
    let inputs = plan_core::population_inputs::PopulationInputs::of(folder);
    let table = &inputs.table;
    // A count on 1 January after the report year is that year's end figure;
    // nothing later is shown.
    let population_end = NaiveDate::from_ymd_opt(year + 1, 1, 1)
        .unwrap_or(NaiveDate::MAX)
        .min(report_date.succ_opt().unwrap_or(report_date));
    let series: Vec<Point> = region_series(table, &inputs.changes, &plan.meta.region)
        .into_iter()
        .filter(|p| p.date <= population_end)
        .collect();
    let at = series.last().map_or(population_end, |p| p.date);
    let bound = |goal: &str| folder.goal_statistics.iter().find(|b| b.goal == goal);
    let values_of = |source: IndicatorSource, goal: &str| -> (Vec<Point>, NaiveDate) {
        match source {
            IndicatorSource::Population => (series.clone(), at),
            IndicatorSource::Table => {
                (folder.indicator_series(goal).into_iter().filter(|p| p.date <= report_date).collect(), report_date)
            }
            IndicatorSource::Statistics => (
                bound(goal)
                    .map(plan_core::statistics::goal::GoalStatistics::points)
                    .unwrap_or_default()
                    .into_iter()
                    .filter(|p| p.date <= report_date)
                    .collect(),
                report_date,
            ),
        }
    };
    // A bound goal's baseline is its year's value, dated at the year's end.
    let measured = |indicator: &plan_core::plan::Indicator, goal: &str| {
        let mut indicator = indicator.clone();
        if let Some(end) = bound(goal).and_then(|b| b.covering(indicator.baseline_date)) {
            indicator.baseline_date = end;
        }
        indicator
    };
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
                        by_municipality: Vec::new(),
                        unit: String::new(),
                    },
                    Some(indicator) => {
                        let indicator = &measured(indicator, &goal.id);
                        let (values, at) = values_of(indicator.source, &goal.id);
                        let evaluation = (!values.is_empty()).then(|| evaluate(indicator, &values, at));
                        let status = evaluation.as_ref().map_or(GoalStatus::NoData, |e| e.status);
                        let point = |p: Option<plan_core::population::goal::Point>| {
                            p.map_or("–".to_string(), |p| {
                                format!("{} ({})", value_text(p.value, words), words.date(p.date))
                            })
                        };
                        let by = words.date(indicator.target_date);
                        let target = match (indicator.target, evaluation.as_ref().and_then(|e| e.target)) {
                            (_, Some(t)) if indicator.source == IndicatorSource::Population => {
                                format!("{} ({by})", words.int(t.round() as i64))
                            }
                            (_, Some(t)) => format!("{} ({by})", value_text(t, words)),
                            (plan_core::plan::Target::RelativePct(p), None) => {
                                format!("{} ({by})", words.signed_percent(p, 0))
                            }
                            (plan_core::plan::Target::Absolute(v), None) => format!("{} ({by})", words.decimal(v, 0)),
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
                            status: words.say(&status.message()),
                            measure: format!("{} ({})", indicator.measure, indicator.unit),
                            baseline: point(evaluation.as_ref().and_then(|e| e.baseline)),
                            latest: point(evaluation.as_ref().and_then(|e| e.latest)),
                            target,
                            rule: match (indicator.source, values.is_empty()) {
                                (IndicatorSource::Table, true) => format!(
                                    "{} {}",
                                    words.say(&rule(indicator)),
                                    words.say(&msg!("goal-values-to-come"))
                                ),
                                _ => words.say(&rule(indicator)),
                            },
                            chart: None,
                            by_municipality: bound(&goal.id).map_or_else(Vec::new, |b| {
                                b.municipalities
                                    .iter()
                                    .map(|m| {
                                        let latest = b
                                            .municipality_years(m)
                                            .into_iter()
                                            .filter(|p| p.end <= report_date)
                                            .rev()
                                            .find_map(|p| Some((p.period, p.value?)));
                                        let (year, value) = latest.map_or_else(
                                            || ("–".to_string(), "–".to_string()),
                                            |(year, value)| (year, value_text(value, words)),
                                        );
                                        let name = plan
                                            .meta
                                            .region
                                            .municipalities
                                            .iter()
                                            .find(|r| r.code.as_str() == m.code)
                                            .map_or(m.name.as_str(), |r| r.name.as_str());
                                        [name.to_string(), year, value]
                                    })
                                    .collect()
                            }),
                            unit: indicator.unit.clone(),
                        }
                    }
                })
                .collect();
            let mut goals = goals;
            for goal in goals.iter_mut().filter(|g| g.measurable) {
                let Some(result_goal) = area.result_goals.iter().find(|r| r.id == goal.id) else { continue };
                let Some(indicator) = &result_goal.indicator else { continue };
                let indicator = &measured(indicator, &goal.id);
                let (values, at) = values_of(indicator.source, &goal.id);
                if let Some(chart) = indicator_chart(&goal.id, indicator, &values, at, charts, words)? {
                    charts.push(chart.clone());
                    goal.chart = Some(chart);
                }
            }
            let groups = action_groups(plan, actions, &area.id, Some(year), Some(follow), words);
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
pub(crate) fn indicator_chart(
    id: &str,
    indicator: &plan_core::plan::Indicator,
    values: &[Point],
    at: NaiveDate,
    charts: &Charts,
    words: &Words,
) -> Result<Option<Chart>, ReportError> {
    let evaluation = evaluate(indicator, values, at);
    let (Some(baseline), Some(target)) = (evaluation.baseline, evaluation.target) else { return Ok(None) };
    if evaluation.latest.is_none() {
        return Ok(None);
    }
    let mut dates: Vec<NaiveDate> = values.iter().map(|p| p.date).filter(|d| *d >= baseline.date && *d <= at).collect();
    // The measured dates and the target's: the points are placed in
    // proportion to their dates, and the axis labels each year by itself.
    dates.push(indicator.target_date);
    dates.sort();
    dates.dedup();
    let span = (indicator.target_date - baseline.date).num_days().max(1) as f64;
    let line = |d: NaiveDate| {
        baseline.value + (target - baseline.value) * ((d - baseline.date).num_days() as f64 / span).clamp(0.0, 1.0)
    };
    let measured = charts::Line {
        label: words.say(&msg!("chart-goal-measured")),
        values: dates.iter().map(|d| values.iter().find(|p| p.date == *d).map(|p| p.value)).collect(),
    };
    let path = charts::Line {
        label: words.say(&msg!("chart-goal-line")),
        values: dates.iter().map(|d| Some(line(*d))).collect(),
    };
    let labels: Vec<String> = dates.iter().map(|d| words.chart_date(*d)).collect();
    let shown = |v: f64| words.decimal(v, 0);
    let alt = words.say(&msg!(
        "chart-goal-alt",
        measure = indicator.measure.to_lowercase(),
        measured = values
            .iter()
            .filter(|p| p.date >= baseline.date && p.date <= at)
            .map(|p| format!("{} {}", words.date(p.date), shown(p.value)))
            .collect::<Vec<_>>()
            .join(", "),
        baseline = shown(baseline.value),
        baseline_date = words.date(baseline.date),
        target = shown(target),
        target_date = words.date(indicator.target_date),
        status = evaluation.status.message()
    ));
    let caption = words.say(&msg!("chart-goal-caption", measure = indicator.measure.as_str()));
    let text = charts::ChartText { y_label: &indicator.unit, caption: &caption, alt: &alt, numbers: words.numbers() };
    let chart =
        charts::lines_over_time(&charts.file(&format!("mal-{id}.svg")), &dates, &labels, &[measured, path], &text)?;
    Ok(Some(chart))
}

/// An indicator value as measured: whole numbers as integers, others with
/// the decimals they have (at most two), the Norwegian way.
fn value_text(value: f64, words: &Words) -> String {
    let rounded = libm::round(value * 100.0) / 100.0;
    if rounded.fract() == 0.0 {
        words.int(rounded as i64)
    } else if libm::round(rounded * 10.0) == rounded * 10.0 {
        words.decimal(rounded, 1)
    } else {
        words.decimal(rounded, 2)
    }
}
