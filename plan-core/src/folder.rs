//! The plan folder: the plan document and everything kept around it through
//! the plan's life.

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::files::outside_path;
/// The names files go by and where they are: see [`crate::files`].
pub use crate::files::{outside_name, path_of, relative_name};
use crate::indicators::IndicatorValue;
use crate::plan::Plan;
use crate::population::reform::CodeChanges;
use crate::population::{PopulationFile, PopulationTable};
use crate::programme::{Programme, ProgrammeVersion};
use crate::statistics::goal::GoalStatistics;
use crate::status_file::StatusFile;

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
/// # Names, not paths
///
/// Every file the folder holds goes by its path relative to the folder —
/// `status/2022.csv`, `handlingsprogram/2023.csv`, `saker/31-23.toml`,
/// `folketal-ssb-07459-2015-2024.csv` — in the model (each `file` field), in
/// every [`Diagnostic`](crate::Diagnostic), in the JSON and in the reports
/// and pages made from it; a file read from outside the folder (a
/// statistics file that `plan.toml` names by a path outside it) goes by its
/// file name alone ([`relative_name`]). Where the folder is on this machine
/// is kept once, in [`PlanFolder::root`], and never published: the same
/// folder loaded from `/srv/a/plan` and from `/srv/b/plan` gives the same
/// JSON and the same reports, byte for byte. [`PlanFolder::path`] (or
/// [`path_of`], without a loaded folder) turns a name back into the file to
/// open, and [`Diagnostic::in_folder`](crate::Diagnostic::in_folder) does so
/// for a finding. Where the folder itself must be named, it goes by
/// [`PlanFolder::name`], the plan's title unless the caller sets another.
///
/// ```
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let folder = plan_core::PlanFolder::load(dir)?.value;
/// assert_eq!(folder.statuses[1].file, "status/2022.csv");
/// assert_eq!(folder.programme.versions[2].file, "handlingsprogram/2023.csv");
/// assert_eq!(folder.population_files[1].file, "folketal-ssb-07459-2015-2024.csv");
/// assert!(!serde_json::to_string(&folder).unwrap().contains(dir), "no path on this machine in the JSON");
/// assert_eq!(folder.path("status/2022.csv"), std::path::Path::new(dir).join("status/2022.csv"));
/// assert_eq!(folder.name, "Strategisk plan Hallingdal 2021–2024");
/// # Ok::<(), plan_core::Error>(())
/// ```
///
/// A round trip through JSON keeps everything but what only messages use:
/// the folder's `root` and `name`, the line numbers of actions and status
/// rows, the status words as written, and the population files' rows per
/// date.
///
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let back: plan_core::PlanFolder = serde_json::from_str(&serde_json::to_string(&folder).unwrap()).unwrap();
/// let mut expected = folder.clone();
/// expected.root = Default::default();
/// expected.name = Default::default();
/// for version in &mut expected.programme.versions {
///     version.actions.iter_mut().for_each(|a| a.line = None);
/// }
/// for status in &mut expected.statuses {
///     status.entries.iter_mut().for_each(|e| {
///         e.line = None;
///         e.status_text.clear();
///     });
/// }
/// expected.population_files.iter_mut().for_each(|f| f.rows_per_date.clear());
/// assert_eq!(back, expected);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PlanFolder {
    /// Where the folder is, as the caller gave it (such as `data/hallingdal`
    /// or `/srv/plans/valdres`): the one path on this machine the folder
    /// keeps. Every file name in the folder is relative to it (see
    /// [`PlanFolder::path`]); it is never published, and not in the JSON.
    #[serde(skip)]
    pub root: PathBuf,
    /// The folder's display name, where a message or an output must name the
    /// folder itself: the plan's title (`meta.title`) as loaded; set another
    /// (a service's own name for the plan) after loading. Not the path, and
    /// not in the JSON.
    ///
    /// ```
    /// let mut folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.name, folder.plan.meta.title);
    /// folder.name = "Hallingdal".into();
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    #[serde(skip)]
    pub name: String,
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
    /// Municipal code changes: SSB's built-in list since 1972 with the
    /// plan's own lists (the files in
    /// [`Statistics::code_changes`](crate::plan::Statistics::code_changes))
    /// merged over it.
    pub code_changes: CodeChanges,
    /// The cases the plan is presented with (`sak.toml` and
    /// `saker/NUMBER.toml`, or `case.toml` and `cases/NUMBER.toml`), by date.
    pub cases: Vec<Case>,
    /// The values of the result goals bound to statistics tables
    /// (`source = "statistics"`), in the plan's goal order.
    #[serde(default)]
    pub goal_statistics: Vec<GoalStatistics>,
}

impl PlanFolder {
    /// Where a file the folder names is on disk: [`PlanFolder::root`] joined
    /// with the name, or, for a statistics file `plan.toml` names by a path
    /// outside the folder (named by its file name alone), that path. For
    /// opening the file a finding or a `file` field names.
    ///
    /// # Example
    /// ```
    /// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
    /// let folder = plan_core::PlanFolder::load(dir)?.value;
    /// let status = folder.status_for(2022).unwrap();
    /// assert_eq!(status.file, "status/2022.csv");
    /// assert_eq!(folder.path(&status.file), dir.join("status").join("2022.csv"));
    /// assert!(folder.path(&status.file).is_file());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn path(&self, name: &str) -> PathBuf {
        let statistics = &self.plan.statistics;
        let bound = (self.plan.focus_areas.iter().flat_map(|f| &f.result_goals))
            .filter_map(|g| g.indicator.as_ref()?.statistics.as_ref())
            .flat_map(|b| &b.file);
        let named = statistics.population.iter().chain(&statistics.code_changes).chain(bound);
        outside_path(&self.root, named.map(String::as_str), name)
            .unwrap_or_else(|| crate::files::on_disk(&self.root, name))
    }

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
        match number {
            Some(number) => self.cases.iter().find(|c| c.number == number.trim()).ok_or_else(|| {
                crate::Error::Argument(crate::error::Argument::UnknownCase {
                    number: number.to_string(),
                    known: self.cases.iter().map(|c| c.number.clone()).collect(),
                })
            }),
            None => self.cases.last().ok_or(crate::Error::Argument(crate::error::Argument::NoCase)),
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
            return Err(crate::Error::Argument(crate::error::Argument::YearOutsidePeriod {
                year,
                first: period.first,
                last: period.last,
            }));
        }
        self.programme
            .in_force(year)
            .ok_or(crate::Error::Argument(crate::error::Argument::ProgrammeNotInForce { year }))
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

    /// The dates a report for `year`, dated `date`, compares population
    /// between: the count at the plan period's start (1 January of its first
    /// year) and the last count on or before 1 January after `year` — or,
    /// for a report dated before the year's end, the last 1 January on or
    /// before the day after `date`, as no later count can exist yet — with
    /// the dates it wanted and how the first date relates to the period's
    /// start; `None` when the data have no two such dates.
    ///
    /// When the data have no count at the period's start, or the count at
    /// the start is the latest there is, the first date is the last count
    /// before the start ([`SpanStart::BeforeMissing`],
    /// [`SpanStart::BeforeNoLater`]): a change from before the plan period,
    /// which reports label as such, never as the plan's.
    ///
    /// # Example
    /// ```
    /// use plan_core::folder::SpanStart;
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let end = |y| plan_core::Date::from_ymd_opt(y, 12, 31).unwrap();
    /// let span = folder.population_span(2022, end(2022)).unwrap();
    /// assert_eq!((span.from.to_string(), span.to.to_string()), ("2021-01-01".into(), "2023-01-01".into()));
    /// assert!(span.is_complete());
    /// assert_eq!(span.start, SpanStart::AtStart);
    /// let late = folder.population_span(2024, end(2024)).unwrap();
    /// assert_eq!(late.to.to_string(), "2024-01-01", "the data end before 1 January 2025");
    /// assert!(!late.is_complete());
    /// assert_eq!(late.missing().iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["2025-01-01"]);
    /// // Known only up to 1 January 2021: no change within the period yet.
    /// let early = folder.as_of(&plan_core::as_of::AsOf::dated(plan_core::Date::from_ymd_opt(2021, 6, 30).unwrap()));
    /// let span = early.population_span(2021, plan_core::Date::from_ymd_opt(2021, 6, 30).unwrap()).unwrap();
    /// assert_eq!((span.from.to_string(), span.to.to_string()), ("2020-01-01".into(), "2021-01-01".into()));
    /// assert_eq!(span.start, SpanStart::BeforeNoLater);
    /// assert!(!span.within_period());
    /// assert_eq!(span.wanted_to.to_string(), "2021-01-01", "in June, 1 January 2022 is still to come");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn population_span(&self, year: i32, date: NaiveDate) -> Option<PopulationSpan> {
        use chrono::Datelike;
        let dates = self.follow_up_table().dates();
        let wanted_from = NaiveDate::from_ymd_opt(self.plan.meta.period.first, 1, 1)?;
        let known = date.succ_opt().unwrap_or(date);
        let wanted_to = NaiveDate::from_ymd_opt((year + 1).min(known.year()), 1, 1)?.max(wanted_from);
        let to = *dates.iter().rev().find(|d| **d <= wanted_to)?;
        let before = |limit: NaiveDate| dates.iter().rev().find(|d| **d < limit).copied();
        let (from, start) = if dates.contains(&wanted_from) {
            if wanted_from < to {
                (wanted_from, SpanStart::AtStart)
            } else {
                (before(wanted_from)?, SpanStart::BeforeNoLater)
            }
        } else if let Some(earlier) = before(wanted_from.min(to)) {
            (earlier, SpanStart::BeforeMissing)
        } else {
            (*dates.iter().find(|d| **d > wanted_from && **d < to)?, SpanStart::Later)
        };
        Some(PopulationSpan { from, to, wanted_from, wanted_to, start })
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

/// How the first date of a [`PopulationSpan`] relates to the plan period's
/// start.
///
/// # Example
/// ```
/// use plan_core::folder::SpanStart;
/// assert!(SpanStart::AtStart.within_period() && SpanStart::Later.within_period());
/// assert!(!SpanStart::BeforeMissing.within_period());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanStart {
    /// The count at the period's start.
    AtStart,
    /// A count after the period's start: the data have none at the start
    /// and none before it.
    Later,
    /// A count before the period's start: the data have none at the start.
    BeforeMissing,
    /// A count before the period's start: the count at the start is the
    /// latest there is, so no change within the period can be computed yet.
    BeforeNoLater,
}

impl SpanStart {
    /// True when a change from this start lies within the plan period.
    ///
    /// # Example
    /// ```
    /// assert!(!plan_core::folder::SpanStart::BeforeNoLater.within_period());
    /// ```
    pub fn within_period(self) -> bool {
        matches!(self, SpanStart::AtStart | SpanStart::Later)
    }
}

/// The two dates a year's population figures compare, and the dates they
/// should be: the plan period's start and 1 January after the year.
///
/// # Example
/// ```
/// use plan_core::folder::{PopulationSpan, SpanStart};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let span = PopulationSpan { from: d(2021), to: d(2024), wanted_from: d(2021), wanted_to: d(2025), start: SpanStart::AtStart };
/// assert!(!span.is_complete());
/// assert_eq!(span.missing(), [d(2025)]);
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
    /// How `from` relates to the period's start.
    pub start: SpanStart,
}

impl PopulationSpan {
    /// True when the data reach both wanted dates.
    ///
    /// # Example
    /// ```
    /// use plan_core::folder::{PopulationSpan, SpanStart};
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// assert!(PopulationSpan { from: d(2021), to: d(2022), wanted_from: d(2021), wanted_to: d(2022), start: SpanStart::AtStart }.is_complete());
    /// ```
    pub fn is_complete(&self) -> bool {
        self.from == self.wanted_from && self.to == self.wanted_to
    }

    /// True when the change lies within the plan period: its first date is
    /// the period's start or later.
    ///
    /// # Example
    /// ```
    /// use plan_core::folder::{PopulationSpan, SpanStart};
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let span = PopulationSpan { from: d(2020), to: d(2022), wanted_from: d(2022), wanted_to: d(2023), start: SpanStart::BeforeNoLater };
    /// assert!(!span.within_period());
    /// ```
    pub fn within_period(&self) -> bool {
        self.start.within_period()
    }

    /// The wanted dates the data have no count for, in date order: the
    /// period's start when the data lack it, and 1 January after the year
    /// when the data end before it.
    ///
    /// # Example
    /// ```
    /// use plan_core::folder::{PopulationSpan, SpanStart};
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let span = PopulationSpan { from: d(2020), to: d(2022), wanted_from: d(2022), wanted_to: d(2023), start: SpanStart::BeforeNoLater };
    /// assert_eq!(span.missing(), [d(2023)], "the start is there; the end is missing");
    /// ```
    pub fn missing(&self) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        if matches!(self.start, SpanStart::BeforeMissing | SpanStart::Later) {
            out.push(self.wanted_from);
        }
        if self.to < self.wanted_to && !out.contains(&self.wanted_to) {
            out.push(self.wanted_to);
        }
        out
    }
}
