//! The plan folder: the plan document and everything kept around it through
//! the plan's life.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::followup::StatusFile;
use crate::indicators::IndicatorValue;
use crate::plan::Plan;
use crate::population::reform::CodeChanges;
use crate::population::{PopulationFile, PopulationTable};
use crate::programme::{Programme, ProgrammeVersion};

/// A plan folder as loaded: the plan document and the files around it — the
/// versions of the action programme, the status of each reporting year,
/// indicator values, the population tables and code changes, and the case.
///
/// The document ([`Plan`]) is a plain value; what changes year by year lives
/// here. Load one with [`PlanFolder::load`]. In JSON (`plan-report show`)
/// the document's keys stand at the top level beside `programme`,
/// `statuses`, `indicator_values`, `population`, `population_series`,
/// `population_files`, `code_changes` and `cases`.
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
///
/// A round trip through JSON keeps everything but what only messages use:
/// the folder's `root` and the line numbers of actions and status rows.
///
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let back: plan_core::PlanFolder = serde_json::from_str(&serde_json::to_string(&folder).unwrap()).unwrap();
/// let mut expected = folder.clone();
/// expected.root = Default::default();
/// for version in &mut expected.programme.versions {
///     version.actions.iter_mut().for_each(|a| a.line = None);
/// }
/// for status in &mut expected.statuses {
///     status.entries.iter_mut().for_each(|e| e.line = None);
/// }
/// assert_eq!(back, expected);
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
    /// Every population file read (`befolkning.csv`, then the statistics
    /// files), each with its own dates and rows.
    pub population_files: Vec<PopulationFile>,
    /// Municipal code changes (from the files in
    /// [`Statistics::code_changes`](crate::plan::Statistics::code_changes)).
    pub code_changes: CodeChanges,
    /// The cases the plan is presented with (`sak.toml` and
    /// `saker/NUMBER.toml`), by date.
    pub cases: Vec<Case>,
}

impl PlanFolder {
    /// A case by number (`9/20`); without a number the only case, or the
    /// latest by date.
    ///
    /// # Errors
    /// [`crate::Error::Argument`] when the folder has no case, or none with
    /// that number (the message lists the numbers it has).
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.case(Some("9/20"))?.title, "Strategisk plan – Status så langt og oppstart på handlingsdelen");
    /// assert_eq!(folder.case(None)?.number, "40/24");
    /// assert_eq!(
    ///     folder.case(Some("1/99")).unwrap_err().to_string(),
    ///     "no case 1/99 in the plan folder (it has 9/20, 34/21, 29/22, 31/23, 40/24)"
    /// );
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn case(&self, number: Option<&str>) -> crate::Result<&Case> {
        let numbers = || self.cases.iter().map(|c| c.number.as_str()).collect::<Vec<_>>().join(", ");
        match number {
            Some(number) => self.cases.iter().find(|c| c.number == number.trim()).ok_or_else(|| {
                crate::Error::Argument(if self.cases.is_empty() {
                    crate::msg!("case-unknown-none", number = number)
                } else {
                    crate::msg!("case-unknown", number = number, numbers = numbers())
                })
            }),
            None => self.cases.last().ok_or_else(|| crate::Error::Argument(crate::msg!("case-none"))),
        }
    }

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
            return Err(crate::Error::Argument(crate::msg!(
                "year-outside-period",
                year = year,
                first = period.first,
                last = period.last
            )));
        }
        self.programme
            .in_force(year)
            .ok_or_else(|| crate::Error::Argument(crate::msg!("programme-not-in-force", year = year)))
    }

    /// The population table the follow-up uses: the plan's statistics files
    /// (`[statistics]`), else its own table (`befolkning.csv`).
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.follow_up_table().dates().len(), 10, "the SSB series 2015–2024");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn follow_up_table(&self) -> &PopulationTable {
        if self.population_series.observations.is_empty() { &self.population } else { &self.population_series }
    }

    /// The dates a report for `year` compares population between: the
    /// count nearest the plan period's start (1 January of its first year)
    /// and the last count on or before 1 January after `year`, with the
    /// dates it wanted; `None` when the data have no two such dates.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let span = folder.population_span(2022).unwrap();
    /// assert_eq!((span.from.to_string(), span.to.to_string()), ("2021-01-01".into(), "2023-01-01".into()));
    /// assert!(span.is_complete());
    /// let late = folder.population_span(2024).unwrap();
    /// assert_eq!(late.to.to_string(), "2024-01-01", "the data end before 1 January 2025");
    /// assert!(!late.is_complete());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn population_span(&self, year: i32) -> Option<PopulationSpan> {
        let dates = self.follow_up_table().dates();
        let wanted_from = NaiveDate::from_ymd_opt(self.plan.meta.period.first, 1, 1)?;
        let wanted_to = NaiveDate::from_ymd_opt(year + 1, 1, 1)?;
        let to = *dates.iter().rev().find(|d| **d <= wanted_to)?;
        let from = dates
            .iter()
            .rev()
            .find(|d| **d <= wanted_from && **d < to)
            .or_else(|| dates.iter().find(|d| **d < to))
            .copied()?;
        Some(PopulationSpan { from, to, wanted_from, wanted_to })
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

/// The two dates a year's population figures compare, and the dates they
/// should be: the plan period's start and 1 January after the year.
///
/// # Example
/// ```
/// use plan_core::folder::PopulationSpan;
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let span = PopulationSpan { from: d(2021), to: d(2018), wanted_from: d(2021), wanted_to: d(2025) };
/// assert!(!span.is_complete());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PopulationSpan {
    /// The first date used.
    pub from: NaiveDate,
    /// The last date used.
    pub to: NaiveDate,
    /// The date wanted first: 1 January of the plan period's first year.
    pub wanted_from: NaiveDate,
    /// The date wanted last: 1 January after the report year.
    pub wanted_to: NaiveDate,
}

impl PopulationSpan {
    /// True when the data reach both wanted dates.
    ///
    /// # Example
    /// ```
    /// use plan_core::folder::PopulationSpan;
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// assert!(PopulationSpan { from: d(2021), to: d(2022), wanted_from: d(2021), wanted_to: d(2022) }.is_complete());
    /// ```
    pub fn is_complete(&self) -> bool {
        self.from == self.wanted_from && self.to == self.wanted_to
    }
}
