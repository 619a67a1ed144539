//! Tracking a measurable result goal: baseline, latest value, target, and
//! whether the goal is reached, on track or behind.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::PopulationTable;
use super::reform::CodeChanges;
use crate::plan::{Better, Indicator, IndicatorSource, Plan, Target};
use crate::region::Region;

/// Where a measurable goal stands.
///
/// # Example
/// ```
/// use plan_core::population::goal::GoalStatus;
/// assert_eq!(serde_json::to_string(&GoalStatus::OnTrack).unwrap(), "\"on_track\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum GoalStatus {
    /// The latest value has reached the target.
    Reached,
    /// At or past the straight line from baseline to target.
    OnTrack,
    /// Short of the straight line.
    Behind,
    /// The baseline or a later value is missing.
    NoData,
}

impl GoalStatus {
    /// The status as words in any language.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, population::goal::GoalStatus};
    /// assert_eq!(GoalStatus::OnTrack.message().render(Language::En), "on track");
    /// assert_eq!(GoalStatus::Behind.message().render(Language::Nb), "bak skjema");
    /// ```
    pub fn message(self) -> crate::Message {
        match self {
            GoalStatus::Reached => crate::msg!("goal-reached"),
            GoalStatus::OnTrack => crate::msg!("goal-on-track"),
            GoalStatus::Behind => crate::msg!("goal-behind"),
            GoalStatus::NoData => crate::msg!("goal-no-data"),
        }
    }
}

/// A value at a date.
///
/// # Example
/// ```
/// use plan_core::population::goal::Point;
/// let p = Point { date: chrono::NaiveDate::from_ymd_opt(2021, 1, 1).unwrap(), value: 20575.0 };
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"date":"2021-01-01","value":20575.0}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Point {
    /// When.
    pub date: NaiveDate,
    /// The value.
    pub value: f64,
}

/// A goal's evaluation at a date.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::goal::{evaluate, region_series, GoalStatus};
/// let goal = plan.focus_area("attraktivitet").unwrap().result_goals.iter().find(|g| g.id == "attraktivitet-2").unwrap();
/// let series = region_series(&folder.population_series, &folder.code_changes, &plan.meta.region);
/// let at = chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
/// let e = evaluate(goal.indicator.as_ref().unwrap(), &series, at);
/// assert_eq!(e.baseline.map(|p| p.value), Some(20575.0));
/// assert_eq!(e.latest.map(|p| p.value), Some(21571.0));
/// assert_eq!(e.target.map(f64::round), Some(20781.0));
/// assert_eq!(e.status, GoalStatus::Reached);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GoalEvaluation {
    /// The value at the baseline date, when the data has it.
    pub baseline: Option<Point>,
    /// The latest value after the baseline, up to the evaluation date.
    pub latest: Option<Point>,
    /// The target value (in JSON rounded to two decimals; the status is
    /// decided on the unrounded value).
    #[serde(serialize_with = "two_decimals")]
    pub target: Option<f64>,
    /// Where the straight line from baseline to target is at the latest
    /// date (in JSON rounded to two decimals).
    #[serde(serialize_with = "two_decimals")]
    pub expected: Option<f64>,
    /// Share of the way from baseline to target, in percent (in JSON
    /// rounded to two decimals).
    #[serde(serialize_with = "two_decimals")]
    pub progress_pct: Option<f64>,
    /// The status.
    pub status: GoalStatus,
}

/// Machine numbers as documented: rounded to two decimals when written,
/// never when compared (`18057.77850787132` is written `18057.78`).
fn two_decimals<S: serde::Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => serializer.serialize_f64((v * 100.0).round() / 100.0),
        None => serializer.serialize_none(),
    }
}

/// Evaluates an indicator on a series of values at `at` (the report date).
///
/// The rule: the baseline is the value on the indicator's baseline date; the
/// latest value is the last one after it, up to `at`. The target is the
/// absolute target, or the baseline changed by the relative target. The goal
/// is *reached* when the latest value is at least the target (at most, when
/// lower is better); otherwise *on track* when it is at least where the
/// straight line from baseline (on its date) to target (on the target date)
/// is on the latest value's date, and *behind* when it is not. Without a
/// baseline or a later value the status is *no data*.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use plan_core::plan::{Indicator, IndicatorSource, Target, Better};
/// use plan_core::population::goal::{evaluate, GoalStatus, Point};
/// let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let indicator = Indicator {
///     measure: "Folketal".into(), unit: "personar".into(), source: IndicatorSource::Population,
///     baseline_date: d(2021), target: Target::RelativePct(1.0), target_date: d(2025), better: Better::Higher, statistics: None,
/// };
/// let series = [Point { date: d(2021), value: 20575.0 }, Point { date: d(2022), value: 20650.0 }];
/// let e = evaluate(&indicator, &series, d(2022));
/// assert_eq!(e.status, GoalStatus::OnTrack);
/// ```
pub fn evaluate(indicator: &Indicator, series: &[Point], at: NaiveDate) -> GoalEvaluation {
    let baseline = series.iter().find(|p| p.date == indicator.baseline_date).copied();
    let latest =
        series.iter().filter(|p| p.date > indicator.baseline_date && p.date <= at).max_by_key(|p| p.date).copied();
    let target = baseline.map(|b| match indicator.target {
        Target::Absolute(value) => value,
        Target::RelativePct(pct) => b.value * (1.0 + pct / 100.0),
    });
    let (Some(b), Some(l), Some(t)) = (baseline, latest, target) else {
        return GoalEvaluation {
            baseline,
            latest,
            target,
            expected: None,
            progress_pct: None,
            status: GoalStatus::NoData,
        };
    };
    let span = (indicator.target_date - indicator.baseline_date).num_days().max(1) as f64;
    let elapsed = ((l.date - b.date).num_days() as f64 / span).clamp(0.0, 1.0);
    let expected = b.value + (t - b.value) * elapsed;
    let progress_pct =
        if (t - b.value).abs() < f64::EPSILON { None } else { Some((l.value - b.value) * 100.0 / (t - b.value)) };
    let at_least = |value: f64, bound: f64| match indicator.better {
        Better::Higher => value >= bound,
        Better::Lower => value <= bound,
    };
    let status = if at_least(l.value, t) {
        GoalStatus::Reached
    } else if at_least(l.value, expected) {
        GoalStatus::OnTrack
    } else {
        GoalStatus::Behind
    };
    GoalEvaluation { baseline, latest, target, expected: Some(expected), progress_pct, status }
}

/// The rule of [`evaluate`] for an indicator, as a message in any language.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// use plan_core::Language;
/// let emissions = plan.focus_area("klima").unwrap().result_goals[0].indicator.as_ref().unwrap();
/// let rule = plan_core::population::goal::rule(emissions).render(Language::En);
/// assert!(rule.starts_with("The baseline is the value on 31 December 2020."), "{rule}");
/// assert!(rule.contains("The goal is reached when the latest value is at most the target."), "{rule}");
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn rule(indicator: &Indicator) -> crate::Message {
    let target = match indicator.target {
        Target::Absolute(_) => crate::msg!("goal-target-value"),
        Target::RelativePct(pct) => crate::msg!(
            "goal-target-relative",
            sign = if pct < 0.0 { "minus" } else { "plus" },
            pct = crate::i18n::Arg::fixed(pct.abs(), 1)
        ),
    };
    let better = match indicator.better {
        Better::Higher => "higher",
        Better::Lower => "lower",
    };
    crate::msg!(
        "goal-rule",
        baseline = crate::i18n::date(indicator.baseline_date),
        target = target,
        by = crate::i18n::date(indicator.target_date),
        better = better
    )
}

/// The region's population at every date where each of its municipalities
/// has a count (followed through code changes), as a series for [`evaluate`].
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let series = plan_core::population::goal::region_series(&folder.population_series, &folder.code_changes, &plan.meta.region);
/// assert_eq!(series.len(), 10, "1 January 2015–2024, joined across both reforms");
/// assert_eq!(series.last().map(|p| (p.date.to_string(), p.value)), Some(("2024-01-01".into(), 21571.0)));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn region_series(table: &PopulationTable, changes: &CodeChanges, region: &Region) -> Vec<Point> {
    table
        .dates()
        .into_iter()
        .filter_map(|date| {
            let total = region
                .municipalities
                .iter()
                .map(|m| {
                    changes
                        .code_at(m.code, date)
                        .ok()
                        .into_iter()
                        .chain([m.code])
                        .find_map(|code| table.count(&code, date))
                })
                .sum::<Option<u64>>()?;
            Some(Point { date, value: total as f64 })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::IndicatorSource;

    fn d(y: i32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, 1, 1).expect("valid")
    }

    fn indicator(better: Better, target: Target) -> Indicator {
        Indicator {
            measure: "x".into(),
            unit: "y".into(),
            source: IndicatorSource::Table,
            baseline_date: d(2021),
            target,
            target_date: d(2025),
            better,
            statistics: None,
        }
    }

    fn points(values: &[(i32, f64)]) -> Vec<Point> {
        values.iter().map(|&(y, value)| Point { date: d(y), value }).collect()
    }

    #[test]
    fn reached_on_track_behind_no_data() {
        let up = indicator(Better::Higher, Target::RelativePct(1.0));
        assert_eq!(evaluate(&up, &points(&[(2021, 1000.0), (2024, 1011.0)]), d(2024)).status, GoalStatus::Reached);
        // Straight line: 1000 → 1010 over four years; after two, 1005.
        assert_eq!(evaluate(&up, &points(&[(2021, 1000.0), (2023, 1005.0)]), d(2024)).status, GoalStatus::OnTrack);
        assert_eq!(evaluate(&up, &points(&[(2021, 1000.0), (2023, 1004.0)]), d(2024)).status, GoalStatus::Behind);
        assert_eq!(evaluate(&up, &points(&[(2022, 1000.0)]), d(2024)).status, GoalStatus::NoData);
        assert_eq!(evaluate(&up, &points(&[(2021, 1000.0)]), d(2024)).status, GoalStatus::NoData);
        let down = indicator(Better::Lower, Target::RelativePct(-15.0));
        let e = evaluate(&down, &points(&[(2021, 100.0), (2023, 90.0)]), d(2024));
        assert_eq!((e.status, e.target), (GoalStatus::OnTrack, Some(85.0)));
        // 730 of 1 461 days: the line is at 92,5.
        assert_eq!(e.expected.map(|x| crate::format::round(x, 1)), Some(92.5));
        assert_eq!(e.progress_pct.map(|p| crate::format::round(p, 1)), Some(66.7));
        assert_eq!(evaluate(&down, &points(&[(2021, 100.0), (2023, 95.0)]), d(2024)).status, GoalStatus::Behind);
        let absolute = indicator(Better::Higher, Target::Absolute(50.0));
        assert_eq!(evaluate(&absolute, &points(&[(2021, 40.0), (2025, 50.0)]), d(2026)).status, GoalStatus::Reached);
    }

    #[test]
    fn later_values_than_the_report_date_are_not_used() {
        let up = indicator(Better::Higher, Target::RelativePct(1.0));
        let e = evaluate(&up, &points(&[(2021, 1000.0), (2022, 1001.0), (2024, 1020.0)]), d(2022));
        assert_eq!(e.latest.map(|p| p.date), Some(d(2022)));
        assert_eq!(e.status, GoalStatus::Behind);
    }
}

/// A result goal measured by the region's population, evaluated: the
/// `goals` of `plan-report population --format json`.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::goal::population_goals;
/// let at = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
/// let goals = population_goals(&plan, &folder.population_series, &folder.code_changes, at, plan_core::Language::Nn);
/// let json = serde_json::to_value(&goals[0]).unwrap();
/// assert_eq!(json["id"], "attraktivitet-2");
/// assert_eq!(json["status"], "reached");
/// assert_eq!(json["latest"]["value"], 21571.0);
/// assert_eq!(json["target"], 20780.75, "rounded to two decimals");
/// assert_eq!(json["progress_pct"], 484.08);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct GoalJson {
    /// The result goal's id.
    pub id: String,
    /// The result goal as written.
    pub text: String,
    /// Baseline, latest value, target and status.
    #[serde(flatten)]
    pub evaluation: GoalEvaluation,
    /// The rule of the evaluation ([`rule`]), in the language asked for.
    pub rule: String,
}

/// Every result goal of `plan` measured by the region's population,
/// evaluated at `at` on `table` (followed through `changes`), with its rule
/// in `language`.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::goal::{population_goals, GoalStatus};
/// let at = chrono::NaiveDate::from_ymd_opt(2022, 1, 1).unwrap();
/// let goals = population_goals(&plan, &folder.population_series, &folder.code_changes, at, plan_core::Language::En);
/// assert_eq!(goals.len(), 1, "Hallingdal measures one goal by population");
/// assert!(goals[0].rule.starts_with("The baseline is the value on 1 January 2021."));
/// assert_eq!(goals[0].evaluation.latest.map(|p| p.value), Some(20762.0));
/// assert_eq!(goals[0].evaluation.status, GoalStatus::OnTrack);
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn population_goals(
    plan: &Plan,
    table: &PopulationTable,
    changes: &CodeChanges,
    at: NaiveDate,
    language: crate::Language,
) -> Vec<GoalJson> {
    let series = region_series(table, changes, &plan.meta.region);
    plan.focus_areas
        .iter()
        .flat_map(|f| &f.result_goals)
        .filter_map(|goal| {
            let indicator = goal.indicator.as_ref().filter(|i| i.source == IndicatorSource::Population)?;
            Some(GoalJson {
                id: goal.id.clone(),
                text: goal.text.clone(),
                evaluation: evaluate(indicator, &series, at),
                rule: rule(indicator).render(language),
            })
        })
        .collect()
}
