//! The plan folder: the plan document and everything kept around it through
//! the plan's life.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::followup::StatusFile;
use crate::indicators::IndicatorValue;
use crate::plan::Plan;
use crate::population::PopulationTable;
use crate::population::reform::CodeChanges;
use crate::programme::{Programme, ProgrammeVersion};

/// A plan folder as loaded: the plan document and the files around it — the
/// versions of the action programme, the status of each reporting year,
/// indicator values, the population tables and code changes, and the case.
///
/// The document ([`Plan`]) is a plain value; what changes year by year lives
/// here. Load one with [`PlanFolder::load`]. In JSON (`plan-report show`)
/// the document's keys stand at the top level beside `programme`,
/// `statuses`, `indicator_values`, `population`, `population_series`,
/// `code_changes` and `case`.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// assert_eq!(folder.plan.meta.period.first, 2021);
/// assert_eq!(folder.programme.versions.len(), 4);
/// assert_eq!(folder.statuses.iter().map(|s| s.year).collect::<Vec<_>>(), [2021, 2022, 2023, 2024]);
/// let json = serde_json::to_value(&folder).unwrap();
/// assert_eq!(json["meta"]["title"], "Strategisk plan Hallingdal 2021–2024");
/// assert_eq!(json["programme"]["versions"][1]["first_year"], 2022);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanFolder {
    /// The folder as the user named it, such as `data/hallingdal`.
    #[serde(skip)]
    pub root: PathBuf,
    /// The plan document (`plan.toml`).
    #[serde(flatten)]
    pub plan: Plan,
    /// The action programme as first adopted and every later revision.
    pub programme: Programme,
    /// The status reports, one per year (`status/YEAR.csv`), by year.
    pub statuses: Vec<StatusFile>,
    /// Values of the measurable result goals (`indikatorar.csv`).
    pub indicator_values: Vec<IndicatorValue>,
    /// The population table the plan states (its status figure, from
    /// `befolkning.csv`).
    pub population: PopulationTable,
    /// The population series the follow-up uses (from the files in
    /// [`Statistics::population`](crate::plan::Statistics::population)).
    pub population_series: PopulationTable,
    /// Municipal code changes (from the files in
    /// [`Statistics::code_changes`](crate::plan::Statistics::code_changes)).
    pub code_changes: CodeChanges,
    /// The case document the plan is presented with, when the folder has one.
    pub case: Option<Case>,
}

impl PlanFolder {
    /// The status report for a year.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.status_for(2021).map(|s| s.entries.len()), Some(25));
    /// assert!(folder.status_for(2030).is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn status_for(&self, year: i32) -> Option<&StatusFile> {
        self.statuses.iter().find(|s| s.year == year)
    }

    /// The version of the action programme in force in `year`.
    ///
    /// # Errors
    /// [`crate::Error::Argument`] when the year is outside the plan period
    /// or no version is in force in it.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme_for(2022)?.first_year, 2022);
    /// assert_eq!(
    ///     folder.programme_for(1990).unwrap_err().to_string(),
    ///     "year 1990 is outside the plan period 2021–2024"
    /// );
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn programme_for(&self, year: i32) -> crate::Result<&ProgrammeVersion> {
        let period = self.plan.meta.period;
        if year < period.first || year > period.last {
            return Err(crate::Error::Argument(format!(
                "year {year} is outside the plan period {}–{}",
                period.first, period.last
            )));
        }
        self.programme
            .in_force(year)
            .ok_or_else(|| crate::Error::Argument(format!("no version of the action programme is in force in {year}")))
    }

    /// The measured values of a result goal, in date order.
    ///
    /// # Example
    /// ```
    /// # let mut folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// use plan_core::{indicators::IndicatorValue, population::goal::Point};
    /// let point = |y, value| Point { date: chrono::NaiveDate::from_ymd_opt(y, 12, 31).unwrap(), value };
    /// folder.indicator_values = vec![
    ///     IndicatorValue { goal: "klima-1".into(), point: point(2020, 400.0), source: String::new() },
    ///     IndicatorValue { goal: "klima-1".into(), point: point(2021, 390.0), source: String::new() },
    /// ];
    /// assert_eq!(folder.indicator_series("klima-1").iter().map(|p| p.value).collect::<Vec<_>>(), [400.0, 390.0]);
    /// assert!(folder.indicator_series("naering-1").is_empty());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn indicator_series(&self, goal: &str) -> Vec<crate::population::goal::Point> {
        let mut points: Vec<_> = self.indicator_values.iter().filter(|v| v.goal == goal).map(|v| v.point).collect();
        points.sort_by_key(|p| p.date);
        points
    }
}
