//! What a plan folder knows at a date: the one cut every report, page and
//! check of a date is made from.
//!
//! A report is a function of the folder *as of* its date. [`AsOf`] names the
//! date and how status rows are read; [`PlanFolder::as_of`] takes the cut
//! once, and everything built from the snapshot it returns can only see
//! what was known then. The rules, in one place:
//!
//! - **Counts at 1 January** (population tables and the totals they state)
//!   are the counts at the end of 31 December: values dated up to the day
//!   after the cut's date are in the snapshot, so the annual report of a
//!   year, dated 31 December, keeps its 1 January column of the next year.
//! - **Statistics values** of goals bound to a table are known at the end
//!   of their period: a quarter only when the date is on or after its last
//!   day, and a year (made of quarters or months) only when all of them are.
//! - **Every other dated value** — indicator values, the adoption of a
//!   revised programme, cases — only up to the date itself. The programme as
//!   first adopted stays whatever its date: the plan is the plan.
//! - **Status files** describe their status year: a file of a year after the
//!   cut's year is left out. How the rows of the others are read is
//!   [`StatusRows`]: in an annual report every row of its year counts
//!   (councils fill them in during the first months of the next year); in a
//!   report with a stated date (`--date`, or the date of the case a report
//!   is attached to) a row whose update date lies after the date is left
//!   out, and so shows as not reported by then. A row without an update date
//!   counts as reported.
//! - **Reference data** — code changes, areas, the plan document — are not
//!   cut.

use chrono::{Datelike, NaiveDate};

use crate::folder::PlanFolder;

/// How a cut reads the rows of the status files it keeps.
///
/// # Example
/// ```
/// use plan_core::as_of::{AsOf, StatusRows};
/// let date = plan_core::Date::from_ymd_opt(2023, 6, 30).unwrap();
/// assert_eq!(AsOf::annual(2023).status_rows, StatusRows::WholeYear);
/// assert_eq!(AsOf::dated(date).status_rows, StatusRows::UpdatedBy);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusRows {
    /// Every row of a kept status file counts, whatever its update date:
    /// the annual report of a year without a stated date.
    WholeYear,
    /// Only rows updated on or before the cut's date (or without an update
    /// date) count: a report with a stated date, or attached to a case.
    UpdatedBy,
}

/// The date a report is made as of, and how it reads status rows.
///
/// # Example
/// ```
/// use plan_core::as_of::AsOf;
/// let cut = AsOf::annual(2022);
/// assert_eq!(cut.date.to_string(), "2022-12-31");
/// assert_eq!(cut.counts_until().to_string(), "2023-01-01", "1 January counts are end-of-year counts");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AsOf {
    /// The date: nothing dated after it is known.
    pub date: NaiveDate,
    /// How status rows are read.
    pub status_rows: StatusRows,
}

impl AsOf {
    /// The default cut of the annual report of `year`: 31 December, every
    /// status row of the year.
    ///
    /// # Example
    /// ```
    /// use plan_core::as_of::{AsOf, StatusRows};
    /// assert_eq!(AsOf::annual(2021), AsOf { date: plan_core::Date::from_ymd_opt(2021, 12, 31).unwrap(), status_rows: StatusRows::WholeYear });
    /// ```
    pub fn annual(year: i32) -> Self {
        AsOf {
            date: NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX),
            status_rows: StatusRows::WholeYear,
        }
    }

    /// A cut at a stated date: status rows only as updated by then.
    ///
    /// # Example
    /// ```
    /// use plan_core::as_of::{AsOf, StatusRows};
    /// let date = plan_core::Date::from_ymd_opt(2022, 12, 8).unwrap();
    /// assert_eq!(AsOf::dated(date).status_rows, StatusRows::UpdatedBy);
    /// ```
    pub fn dated(date: NaiveDate) -> Self {
        AsOf { date, status_rows: StatusRows::UpdatedBy }
    }

    /// The last date of a count at 1 January that is known: the day after
    /// the cut's date (a count at 1 January is the count at the end of 31
    /// December).
    ///
    /// # Example
    /// ```
    /// let date = plan_core::Date::from_ymd_opt(2023, 6, 30).unwrap();
    /// assert_eq!(plan_core::as_of::AsOf::dated(date).counts_until().to_string(), "2023-07-01");
    /// ```
    pub fn counts_until(&self) -> NaiveDate {
        self.date.succ_opt().unwrap_or(self.date)
    }

    /// True when a status row updated on `updated` counts in this cut.
    ///
    /// # Example
    /// ```
    /// use plan_core::as_of::AsOf;
    /// let d = |m, day| plan_core::Date::from_ymd_opt(2022, m, day);
    /// let cut = AsOf::dated(d(12, 8).unwrap());
    /// assert!(cut.counts_row(d(12, 1)));
    /// assert!(!cut.counts_row(d(12, 15)));
    /// assert!(cut.counts_row(None), "a row without a date counts as reported");
    /// assert!(AsOf::annual(2022).counts_row(plan_core::Date::from_ymd_opt(2023, 2, 1)));
    /// ```
    pub fn counts_row(&self, updated: Option<NaiveDate>) -> bool {
        match (self.status_rows, updated) {
            (StatusRows::WholeYear, _) | (_, None) => true,
            (StatusRows::UpdatedBy, Some(updated)) => updated <= self.date,
        }
    }
}

impl PlanFolder {
    /// The folder as known at the cut's date: see the [module](crate::as_of)
    /// for the rules. Take it once, and build everything of one report from
    /// the snapshot.
    ///
    /// # Example
    /// ```
    /// use plan_core::as_of::AsOf;
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let mid_year = folder.as_of(&AsOf::dated(plan_core::Date::from_ymd_opt(2023, 6, 30).unwrap()));
    /// assert_eq!(mid_year.follow_up_table().dates().last().unwrap().to_string(), "2023-01-01");
    /// assert_eq!(mid_year.statuses.iter().map(|s| s.year).collect::<Vec<_>>(), [2021, 2022, 2023]);
    /// assert!(mid_year.status_for(2023).unwrap().entries.is_empty(), "rows updated in December are not known in June");
    /// assert_eq!(mid_year.programme.versions.len(), 3, "the 2024 revision was adopted in December 2023");
    /// assert_eq!(mid_year.cases.last().unwrap().number, "29/22");
    /// let annual = folder.as_of(&AsOf::annual(2022));
    /// assert_eq!(annual.follow_up_table().dates().last().unwrap().to_string(), "2023-01-01");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn as_of(&self, cut: &AsOf) -> PlanFolder {
        let counts_until = cut.counts_until();
        let mut out = self.clone();
        for table in [&mut out.population, &mut out.population_series] {
            table.observations.retain(|o| o.date <= counts_until);
            table.stated_totals.retain(|t| t.date <= counts_until);
        }
        for file in &mut out.population_files {
            file.dates.retain(|d| *d <= counts_until);
            let later: usize =
                file.rows_per_date.range(counts_until.succ_opt().unwrap_or(counts_until)..).map(|(_, n)| n).sum();
            file.rows -= later.min(file.rows);
            file.rows_per_date.retain(|d, _| *d <= counts_until);
        }
        out.indicator_values.retain(|v| v.point.date <= cut.date);
        for bound in &mut out.goal_statistics {
            bound.cut(cut.date);
        }
        let mut index = 0;
        out.programme.versions.retain(|v| {
            index += 1;
            index == 1 || v.adoption.as_ref().is_none_or(|a| a.date <= cut.date)
        });
        out.cases.retain(|c| c.date <= cut.date);
        out.statuses.retain(|s| s.year <= cut.date.year());
        for status in &mut out.statuses {
            status.entries.retain(|e| cut.counts_row(e.updated));
        }
        out
    }
}
