//! Population change between two dates, per municipality and for a region
//! (always the sum of its parts), followed across municipal reforms.

use chrono::NaiveDate;
use serde::Serialize;

use super::PopulationTable;
use super::reform::CodeChanges;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::format::round;
use crate::region::{Municipality, MunicipalityCode, Region};

/// One municipality's figures. Counts are integers; percentages are
/// computed from them on request.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
/// let hemsedal = f.municipalities.iter().find(|m| m.name == "Hemsedal").unwrap();
/// assert_eq!((hemsedal.from, hemsedal.to, hemsedal.change(), hemsedal.rank), (2442, 2486, 44, 1));
/// assert_eq!(hemsedal.area_km2, Some(753.0));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MunicipalityChange {
    /// The code valid at the later date.
    pub code: MunicipalityCode,
    /// The name at the later date.
    pub name: String,
    /// The code valid at the earlier date (differs across reforms).
    pub code_then: MunicipalityCode,
    /// Population at the earlier date.
    pub from: u64,
    /// Population at the later date.
    pub to: u64,
    /// Days from the earlier date to the later (for [`MunicipalityChange::annual_pct`]).
    pub days: i64,
    /// Land area in km², where known.
    pub area_km2: Option<f64>,
    /// Rank by percentage change, 1 for the largest growth.
    pub rank: usize,
}

/// The region's figures: the sums of its municipalities.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
/// assert_eq!((f.region.from, f.region.to, f.region.change()), (20746, 20532, -214), "the sum, not the stated 20 566");
/// assert_eq!(f.region.area_km2, Some(5830.0));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RegionChange {
    /// The region's name.
    pub name: String,
    /// Population at the earlier date.
    pub from: u64,
    /// Population at the later date.
    pub to: u64,
    /// Days from the earlier date to the later (for [`RegionChange::annual_pct`]).
    pub days: i64,
    /// Total area, when every municipality's is known.
    pub area_km2: Option<f64>,
}

/// The region's population at one date of a series, and the change since
/// the date before.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
/// assert_eq!(f.series.len(), 2);
/// assert_eq!(f.series[1].region, Some(20532));
/// assert_eq!(f.series[1].municipalities[3], Some(2486));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct SeriesPoint {
    /// The date.
    pub date: NaiveDate,
    /// Each municipality's population (in the order of
    /// [`ChangeFigures::municipalities`]), `None` where the data has none.
    pub municipalities: Vec<Option<u64>>,
    /// The region's population, when every municipality has a figure.
    pub region: Option<u64>,
}

/// Population change between two dates.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::figures::ChangeFigures;
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let f = ChangeFigures::compute(&folder.population_series, &folder.code_changes, &plan.meta.region, d(2017), d(2024))?;
/// assert_eq!((f.region.from, f.region.to), (20746, 21571));
/// assert_eq!(f.municipalities[0].code_then.as_str(), "0615", "Flå before the 2020 reform");
/// assert_eq!(f.municipalities[0].code.as_str(), "3320", "and after the 2024 reform");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeFigures {
    /// The earlier date.
    pub from: NaiveDate,
    /// The later date.
    pub to: NaiveDate,
    /// Per municipality, in code order under the codes valid at `to`.
    pub municipalities: Vec<MunicipalityChange>,
    /// The region.
    pub region: RegionChange,
    /// Every date of the data from `from` to `to`.
    pub series: Vec<SeriesPoint>,
}

/// The figures of a change between two counts over a span of days, shared
/// by [`MunicipalityChange`] and [`RegionChange`] through their inherent
/// methods (no trait to import).
fn change_of(from: u64, to: u64) -> i64 {
    to as i64 - from as i64
}

fn change_pct_of(from: u64, to: u64) -> f64 {
    if from == 0 { 0.0 } else { change_of(from, to) as f64 * 100.0 / from as f64 }
}

fn annual_pct_of(from: u64, to: u64, days: i64) -> f64 {
    if from == 0 || days <= 0 {
        return 0.0;
    }
    let ratio = to as f64 / from as f64;
    (libm::pow(ratio, 365.25 / days as f64) - 1.0) * 100.0
}

fn formatted_of(from: u64, to: u64, days: i64, numbers: crate::format::NumberFormat) -> [String; 5] {
    [
        numbers.integer(from as i64),
        numbers.integer(to as i64),
        numbers.signed_integer(change_of(from, to)),
        numbers.signed_percent(change_pct_of(from, to), 2),
        numbers.signed_percent(annual_pct_of(from, to, days), 2),
    ]
}

impl MunicipalityChange {
    /// Absolute change.
    ///
    /// # Example
    /// ```
    /// let change = plan_core::population::figures::MunicipalityChange { code: "3042".parse().unwrap(), name: "Hemsedal".into(), code_then: "3042".parse().unwrap(), from: 2442, to: 2486, days: 1095, area_km2: None, rank: 1 };
    /// assert_eq!(change.change(), 44);
    /// ```
    pub fn change(&self) -> i64 {
        change_of(self.from, self.to)
    }

    /// Change in percent of the earlier count.
    ///
    /// # Example
    /// ```
    /// let change = plan_core::population::figures::MunicipalityChange { code: "3042".parse().unwrap(), name: "Hemsedal".into(), code_then: "3042".parse().unwrap(), from: 2442, to: 2486, days: 1095, area_km2: None, rank: 1 };
    /// assert_eq!(format!("{:.2}", change.change_pct()), "1.80");
    /// ```
    pub fn change_pct(&self) -> f64 {
        change_pct_of(self.from, self.to)
    }

    /// Average annual growth rate in percent over the change's own days
    /// (years of 365.25 days): `((to / from)^(365.25 / days) − 1) × 100`.
    ///
    /// # Example
    /// ```
    /// let change = plan_core::population::figures::MunicipalityChange { code: "3042".parse().unwrap(), name: "Hemsedal".into(), code_then: "3042".parse().unwrap(), from: 2442, to: 2486, days: 1095, area_km2: None, rank: 1 };
    /// assert_eq!(format!("{:.2}", change.annual_pct()), "0.60");
    /// ```
    pub fn annual_pct(&self) -> f64 {
        annual_pct_of(self.from, self.to, self.days)
    }

    /// The earlier and later counts, the change, the change in percent and
    /// the annual growth, formatted for tables as `numbers` writes them
    /// (see [`Language::number_format`](crate::Language::number_format)).
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// let change = plan_core::population::figures::MunicipalityChange { code: "3042".parse().unwrap(), name: "Hemsedal".into(), code_then: "3042".parse().unwrap(), from: 2442, to: 2486, days: 1095, area_km2: None, rank: 1 };
    /// let cells = change.formatted(Language::Nb.number_format()).map(|c| c.replace('\u{a0}', " "));
    /// assert_eq!(cells, ["2 442", "2 486", "+44", "+1,80 %", "+0,60 %"]);
    /// assert_eq!(change.formatted(Language::En.number_format()), ["2,442", "2,486", "+44", "+1.80%", "+0.60%"]);
    /// ```
    pub fn formatted(&self, numbers: crate::format::NumberFormat) -> [String; 5] {
        formatted_of(self.from, self.to, self.days, numbers)
    }
}

impl RegionChange {
    /// Absolute change.
    ///
    /// # Example
    /// ```
    /// let change = plan_core::population::figures::RegionChange { name: "Hemsedal".into(), from: 2442, to: 2486, days: 1095, area_km2: None };
    /// assert_eq!(change.change(), 44);
    /// ```
    pub fn change(&self) -> i64 {
        change_of(self.from, self.to)
    }

    /// Change in percent of the earlier count.
    ///
    /// # Example
    /// ```
    /// let change = plan_core::population::figures::RegionChange { name: "Hemsedal".into(), from: 2442, to: 2486, days: 1095, area_km2: None };
    /// assert_eq!(format!("{:.2}", change.change_pct()), "1.80");
    /// ```
    pub fn change_pct(&self) -> f64 {
        change_pct_of(self.from, self.to)
    }

    /// Average annual growth rate in percent over the change's own days
    /// (years of 365.25 days): `((to / from)^(365.25 / days) − 1) × 100`.
    ///
    /// # Example
    /// ```
    /// let change = plan_core::population::figures::RegionChange { name: "Hemsedal".into(), from: 2442, to: 2486, days: 1095, area_km2: None };
    /// assert_eq!(format!("{:.2}", change.annual_pct()), "0.60");
    /// ```
    pub fn annual_pct(&self) -> f64 {
        annual_pct_of(self.from, self.to, self.days)
    }

    /// The earlier and later counts, the change, the change in percent and
    /// the annual growth, formatted for tables as `numbers` writes them
    /// (see [`Language::number_format`](crate::Language::number_format)).
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// let change = plan_core::population::figures::RegionChange { name: "Hemsedal".into(), from: 2442, to: 2486, days: 1095, area_km2: None };
    /// let cells = change.formatted(Language::Nb.number_format()).map(|c| c.replace('\u{a0}', " "));
    /// assert_eq!(cells, ["2 442", "2 486", "+44", "+1,80 %", "+0,60 %"]);
    /// assert_eq!(change.formatted(Language::En.number_format()), ["2,442", "2,486", "+44", "+1.80%", "+0.60%"]);
    /// ```
    pub fn formatted(&self, numbers: crate::format::NumberFormat) -> [String; 5] {
        formatted_of(self.from, self.to, self.days, numbers)
    }
}

/// Where a population history starts later than asked, and why: see
/// [`ChangeFigures::history`].
///
/// # Example
/// ```
/// use plan_core::population::figures::{CutReason, HistoryCut};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let cut = HistoryCut { start: d(2020), reason: CutReason::Missing { code: "0511".parse()?, name: "Dovre".into(), date: d(2019) } };
/// assert_eq!(
///     cut.message().render(plan_core::Language::En),
///     "The series begins on 1 January 2020: the data have no population for 0511 Dovre on 1 January 2019."
/// );
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryCut {
    /// The first date of the history.
    pub start: NaiveDate,
    /// Why it cannot go further back.
    pub reason: CutReason,
}

/// Why a history cannot be followed further back.
///
/// # Example
/// ```
/// use plan_core::population::figures::CutReason;
/// let d = chrono::NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
/// let gap = CutReason::Missing { code: "0511".parse()?, name: "Dovre".into(), date: d };
/// assert!(matches!(gap, CutReason::Missing { .. }));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CutReason {
    /// A merge or split that a municipality cannot be followed across.
    Break(super::reform::Break),
    /// The data have no count for a municipality at the date before.
    Missing {
        /// The code it had then.
        code: MunicipalityCode,
        /// Its name in the plan.
        name: String,
        /// The date without a count.
        date: NaiveDate,
    },
}

impl HistoryCut {
    /// The cut as one sentence for the reports.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::{figures::{CutReason, HistoryCut}, reform::Break};
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let reason = CutReason::Break(Break::Split { date: d(2024), from: "1507".parse()?, into: vec!["1508".parse()?, "1580".parse()?] });
    /// let cut = HistoryCut { start: d(2024), reason };
    /// assert_eq!(
    ///     cut.message().render(plan_core::Language::Nn),
    ///     "Serien byrjar 1. januar 2024: 1507 vart delt i 1508, 1580 1. januar 2024, så tala før kan ikkje følgjast."
    /// );
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn message(&self) -> crate::Message {
        let start = crate::i18n::date(self.start);
        match &self.reason {
            CutReason::Break(reason) => {
                crate::msg!("population-history-cut-break", start = start, reason = reason.message())
            }
            CutReason::Missing { code, name, date } => crate::msg!(
                "population-history-cut-missing",
                start = start,
                code = code.to_string(),
                name = name.as_str(),
                date = crate::i18n::date(*date)
            ),
        }
    }
}

impl ChangeFigures {
    /// Computes the figures for `region` between `from` and `to`.
    ///
    /// Each municipality of the region is followed through `changes` to the
    /// code valid at each date. The region's figures are the sums of its
    /// municipalities' (a stated total in the source is only checked, never
    /// used).
    ///
    /// # Errors
    /// [`Error::Argument`] when `from` is not before `to`;
    /// [`Error::Invalid`] when a municipality has no count at one of the
    /// dates, or a merge or split lies between the dates: the figures would
    /// be wrong, so none are given.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::{own::read_population_csv, reform::CodeChanges, figures::ChangeFigures};
    /// use plan_core::{Region, Municipality};
    /// let csv = "kommunenummer,kommune,areal,folketal 1.1.2017,folketal 1.1.2020\n3042,Hemsedal,753,2442,2486\n";
    /// let (table, _) = read_population_csv("b.csv", csv.as_bytes())?;
    /// let region = Region { name: "Hemsedal".into(), municipalities: vec![Municipality { code: "3042".parse().unwrap(), name: "Hemsedal".into() }] };
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let f = ChangeFigures::compute(&table, &CodeChanges::default(), &region, d(2017), d(2020))?;
    /// assert_eq!(f.municipalities[0].change(), 44);
    /// assert_eq!(format!("{:.2}", f.municipalities[0].change_pct()), "1.80");
    /// let reversed = ChangeFigures::compute(&table, &CodeChanges::default(), &region, d(2020), d(2017)).unwrap_err();
    /// assert_eq!(reversed.to_string(), "the period 2020-01-01 to 2017-01-01 is reversed or empty (expected a start before its end)");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn compute(
        table: &PopulationTable,
        changes: &CodeChanges,
        region: &Region,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<ChangeFigures> {
        if from >= to {
            return Err(Error::Argument(crate::error::Argument::PeriodReversed { from, to }));
        }
        let mut errors = Vec::new();
        let source = table.sources.join(", ");
        let mut municipalities = Vec::new();
        for member in &region.municipalities {
            let follow = |date: NaiveDate| changes.code_at(member.code, date);
            let (code_then, code_now) = match (follow(from), follow(to)) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(e), _) | (_, Err(e)) => {
                    errors.push(Diagnostic::error(
                        &source,
                        None,
                        None,
                        crate::msg!(
                            "population-series-breaks",
                            code = member.code.to_string(),
                            name = member.name.as_str(),
                            reason = e.message(),
                            from = from.to_string(),
                            to = to.to_string()
                        ),
                    ));
                    continue;
                }
            };
            // A table may list a date under any code of the municipality's
            // lineage (the seed lists 2017 under the 2020 codes).
            let lineage = [code_then, code_now, member.code];
            let count = |code: MunicipalityCode, date: NaiveDate| {
                std::iter::once(code)
                    .chain(lineage)
                    .find_map(|c| table.observations.iter().find(|o| o.code == c && o.date == date))
            };
            let (then, now) = (count(code_then, from), count(code_now, to));
            for (observation, code, date) in [(then, code_then, from), (now, code_now, to)] {
                if observation.is_none() {
                    errors.push(Diagnostic::error(
                        &source,
                        None,
                        None,
                        crate::msg!(
                            "population-missing-at",
                            municipality = Municipality { code, name: member.name.clone() }.label(),
                            date = crate::i18n::date(date)
                        ),
                    ));
                }
            }
            let (Some(then), Some(now)) = (then, now) else { continue };
            let area_km2 = [code_now, code_then, member.code].iter().find_map(|c| table.area(c));
            municipalities.push(MunicipalityChange {
                code: code_now,
                name: now.name.clone(),
                code_then,
                from: then.count,
                to: now.count,
                days: (to - from).num_days(),
                area_km2,
                rank: 0,
            });
        }
        if !errors.is_empty() {
            return Err(Error::Invalid { diagnostics: errors });
        }
        municipalities.sort_by_key(|m| m.code);
        let mut by_growth: Vec<usize> = (0..municipalities.len()).collect();
        by_growth.sort_by(|&a, &b| {
            let (ma, mb) = (&municipalities[a], &municipalities[b]);
            // Compare change_pct exactly in integers: Δa/fa vs Δb/fb.
            let lhs = i128::from(mb.change()) * i128::from(ma.from);
            let rhs = i128::from(ma.change()) * i128::from(mb.from);
            lhs.cmp(&rhs).then(ma.code.cmp(&mb.code))
        });
        for (rank, &i) in by_growth.iter().enumerate() {
            municipalities[i].rank = rank + 1;
        }
        let area_km2 = municipalities.iter().map(|m| m.area_km2).sum::<Option<f64>>();
        let region_change = RegionChange {
            name: region.name.clone(),
            from: municipalities.iter().map(|m| m.from).sum(),
            to: municipalities.iter().map(|m| m.to).sum(),
            days: (to - from).num_days(),
            area_km2,
        };
        let series = series(table, changes, &municipalities, from, to);
        Ok(ChangeFigures { from, to, municipalities, region: region_change, series })
    }

    /// The figures from `first` to `to` as far back as the region can be
    /// followed: when a merge or split, or a gap in the data, keeps a
    /// municipality from being followed back to `first`, the history
    /// starts at the first date of the table from which it can be, and the
    /// [`HistoryCut`] says why (one sentence, never an error).
    ///
    /// # Errors
    /// As [`ChangeFigures::compute`] from `first`, when no date of the
    /// table before `to` can be followed.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::{own::read_population_csv, figures::ChangeFigures};
    /// use plan_core::population::reform::CodeChanges;
    /// use plan_core::{Municipality, Region};
    /// // 0713 Sande and 0715 Holmestrand became 3802 Holmestrand in 2020.
    /// let csv = "kommunenummer,kommune,dato,folketal\n0713,Sande,2019,9000\n0715,Holmestrand,2019,11000\n\
    ///            3802,Holmestrand,2020,20100\n3802,Holmestrand,2021,20200\n";
    /// let (table, _) = read_population_csv("t.csv", csv.as_bytes())?;
    /// let region = Region { name: "R".into(), municipalities: vec![Municipality { code: "3802".parse()?, name: "Holmestrand".into() }] };
    /// let changes = CodeChanges::default().with_built_in();
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let (f, cut) = ChangeFigures::history(&table, &changes, &region, d(2019), d(2021))?;
    /// assert_eq!(f.from, d(2020));
    /// let cut = cut.unwrap();
    /// assert_eq!(cut.start, d(2020));
    /// assert_eq!(
    ///     cut.message().render(plan_core::Language::En),
    ///     "The series begins on 1 January 2020: 0713, 0715 merged into 3802 on 1 January 2020, so the figures before that cannot be followed."
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn history(
        table: &PopulationTable,
        changes: &CodeChanges,
        region: &Region,
        first: NaiveDate,
        to: NaiveDate,
    ) -> Result<(ChangeFigures, Option<HistoryCut>)> {
        let whole = match ChangeFigures::compute(table, changes, region, first, to) {
            Ok(figures) => return Ok((figures, None)),
            Err(err) => err,
        };
        let dates: Vec<NaiveDate> = table.dates().into_iter().filter(|d| *d > first && *d < to).collect();
        for (i, start) in dates.iter().enumerate() {
            let Ok(figures) = ChangeFigures::compute(table, changes, region, *start, to) else { continue };
            // Why the date before cannot be followed: a break, else a gap.
            let before = if i == 0 { first } else { dates[i - 1] };
            let reason = region
                .municipalities
                .iter()
                .find_map(|m| changes.code_at(m.code, before).err().map(CutReason::Break))
                .or_else(|| {
                    region.municipalities.iter().find_map(|m| {
                        let code = changes.code_at(m.code, before).unwrap_or(m.code);
                        let lineage = [code, m.code];
                        lineage.iter().all(|c| table.count(c, before).is_none()).then(|| CutReason::Missing {
                            code,
                            name: m.name.clone(),
                            date: before,
                        })
                    })
                });
            let Some(reason) = reason else { continue };
            return Ok((figures, Some(HistoryCut { start: *start, reason })));
        }
        Err(whole)
    }

    /// Days between the two dates.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// # let plan = &folder.plan;
    /// # use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
    /// # let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
    /// assert_eq!(f.days(), 1095);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn days(&self) -> i64 {
        (self.to - self.from).num_days()
    }

    /// A municipality's share of the region's population at `to`, in percent.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// # let plan = &folder.plan;
    /// # use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
    /// # let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
    /// let hemsedal = &f.municipalities[3];
    /// assert_eq!(format!("{:.2}", f.share_pct(hemsedal)), "12.11");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn share_pct(&self, municipality: &MunicipalityChange) -> f64 {
        if self.region.to == 0 { 0.0 } else { municipality.to as f64 * 100.0 / self.region.to as f64 }
    }

    /// The region's series date by date, each count with its change from
    /// the date before ([`SeriesStep`]): the year-on-year rows of the
    /// reports and the command.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// use plan_core::population::figures::ChangeFigures;
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let f = ChangeFigures::compute(&folder.population, &folder.code_changes, &folder.plan.meta.region, d(2017), d(2020))?;
    /// let steps = f.region_steps();
    /// assert_eq!((steps[0].count, steps[0].change), (Some(20746), None), "no date before the first");
    /// assert_eq!((steps[1].count, steps[1].change), (Some(20532), Some(-214)));
    /// assert_eq!(steps[1].change_pct.map(|p| format!("{p:.2}")).as_deref(), Some("-1.03"));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn region_steps(&self) -> Vec<SeriesStep> {
        steps(&self.series, |point| point.region)
    }

    /// One municipality's series (by its index in
    /// [`ChangeFigures::municipalities`]) date by date, as
    /// [`ChangeFigures::region_steps`]; counts are `None` for an index
    /// beyond the municipalities.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// use plan_core::population::figures::ChangeFigures;
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let f = ChangeFigures::compute(&folder.population, &folder.code_changes, &folder.plan.meta.region, d(2017), d(2020))?;
    /// let hemsedal = f.municipality_steps(3);
    /// assert_eq!((hemsedal[1].count, hemsedal[1].change), (Some(2486), Some(44)));
    /// assert_eq!(hemsedal[1].change_pct.map(|p| format!("{p:.2}")).as_deref(), Some("1.80"));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn municipality_steps(&self, index: usize) -> Vec<SeriesStep> {
        steps(&self.series, |point| point.municipalities.get(index).copied().flatten())
    }
}

/// One date of a population series with the change from the date before.
///
/// # Example
/// ```
/// use plan_core::population::figures::SeriesStep;
/// let d = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
/// let step = SeriesStep { date: d, count: Some(2486), change: Some(44), change_pct: Some(44.0 * 100.0 / 2442.0) };
/// assert_eq!(step.change, Some(44));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesStep {
    /// The date.
    pub date: NaiveDate,
    /// The population on the date, `None` where the data has none.
    pub count: Option<u64>,
    /// The change since the date before, when both dates have a count.
    pub change: Option<i64>,
    /// The change in percent of the count the date before, when that count
    /// is above zero.
    pub change_pct: Option<f64>,
}

/// The steps of a series by the count `count` takes from each point.
fn steps(series: &[SeriesPoint], count: impl Fn(&SeriesPoint) -> Option<u64>) -> Vec<SeriesStep> {
    let mut previous: Option<u64> = None;
    series
        .iter()
        .map(|point| {
            let now = count(point);
            let change = previous.zip(now).map(|(before, now)| now as i64 - before as i64);
            let change_pct = change
                .zip(previous.filter(|&before| before > 0))
                .map(|(change, before)| change as f64 * 100.0 / before as f64);
            previous = now;
            SeriesStep { date: point.date, count: now, change, change_pct }
        })
        .collect()
}

fn series(
    table: &PopulationTable,
    changes: &CodeChanges,
    municipalities: &[MunicipalityChange],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<SeriesPoint> {
    table
        .dates()
        .into_iter()
        .filter(|d| *d >= from && *d <= to)
        .map(|date| {
            let counts: Vec<Option<u64>> = municipalities
                .iter()
                .map(|m| {
                    let now = changes.code_at(m.code, date).ok();
                    now.into_iter().chain([m.code, m.code_then]).find_map(|code| table.count(&code, date))
                })
                .collect();
            let region = counts.iter().copied().sum::<Option<u64>>();
            SeriesPoint { date, municipalities: counts, region }
        })
        .collect()
}

/// The JSON shape of `plan-report population --format json`, documented in
/// the README: percentages rounded to 2 decimals, density to 1.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
/// let json = serde_json::to_value(f.to_json(&[], plan_core::Language::En)).unwrap();
/// let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
/// assert_eq!(keys, ["diagnostics", "from", "goals", "municipalities", "region", "series", "to"]);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct FiguresJson {
    /// The earlier date.
    pub from: NaiveDate,
    /// The later date.
    pub to: NaiveDate,
    /// Per municipality, in code order.
    pub municipalities: Vec<MunicipalityJson>,
    /// The region.
    pub region: RegionJson,
    /// The series between the dates.
    pub series: Vec<SeriesPoint>,
    /// Findings about the input.
    pub diagnostics: Vec<DiagnosticJson>,
    /// The plan's result goals measured by the region's population,
    /// evaluated at `to` (see [`population_goals`](super::goal::population_goals));
    /// empty from [`ChangeFigures::to_json`], which knows no plan.
    pub goals: Vec<super::goal::GoalJson>,
}

/// One municipality in [`FiguresJson`].
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// # use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// # let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// # let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
/// let hemsedal = &f.to_json(&[], plan_core::Language::En).municipalities[3];
/// assert_eq!(
///     serde_json::to_string(hemsedal).unwrap(),
///     r#"{"code":"3042","name":"Hemsedal","from":2442,"to":2486,"change":44,"change_pct":1.8,"annual_pct":0.6,"share_pct":12.11,"density":3.3,"rank":1}"#
/// );
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[allow(missing_docs)]
pub struct MunicipalityJson {
    pub code: MunicipalityCode,
    pub name: String,
    pub from: u64,
    pub to: u64,
    pub change: i64,
    pub change_pct: f64,
    pub annual_pct: f64,
    pub share_pct: f64,
    pub density: Option<f64>,
    pub rank: usize,
}

/// The region in [`FiguresJson`].
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// # use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// # let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// # let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
/// assert_eq!(
///     serde_json::to_string(&f.to_json(&[], plan_core::Language::En).region).unwrap(),
///     r#"{"name":"Hallingdal","from":20746,"to":20532,"change":-214,"change_pct":-1.03,"annual_pct":-0.35}"#
/// );
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[allow(missing_docs)]
pub struct RegionJson {
    pub name: String,
    pub from: u64,
    pub to: u64,
    pub change: i64,
    pub change_pct: f64,
    pub annual_pct: f64,
}

/// A diagnostic in [`FiguresJson`]: where, its message in the language
/// asked for, and the message's id and arguments.
///
/// # Example
/// ```
/// use plan_core::{Diagnostic, Language, msg, population::figures::DiagnosticJson};
/// let d = Diagnostic::warning("befolkning.csv", Some(8), Some("Innbyggartal 1.1.2020"), msg!("population-negative"));
/// assert_eq!(
///     serde_json::to_string(&DiagnosticJson::new(&d, Language::En)).unwrap(),
///     r#"{"severity":"warning","file":"befolkning.csv","line":8,"message":"column 'Innbyggartal 1.1.2020': a population cannot be negative","id":"population-negative"}"#
/// );
/// ```
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
#[allow(missing_docs)]
pub struct DiagnosticJson {
    pub severity: crate::Severity,
    pub file: String,
    pub line: Option<u64>,
    pub message: String,
    pub id: String,
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub args: std::collections::BTreeMap<String, crate::i18n::Arg>,
}

impl DiagnosticJson {
    /// The diagnostic with its message in `language`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, msg, population::figures::DiagnosticJson};
    /// let d = Diagnostic::error("t.csv", None, None, msg!("population-negative"));
    /// assert_eq!(DiagnosticJson::new(&d, Language::Nn).message, "eit folketal kan ikkje vere negativt");
    /// ```
    pub fn new(d: &Diagnostic, language: crate::Language) -> Self {
        DiagnosticJson {
            severity: d.severity,
            file: d.file.clone(),
            line: d.line,
            message: d.full_message(language),
            id: d.message.id.to_string(),
            args: d.message.args.clone(),
        }
    }
}

impl ChangeFigures {
    /// The documented JSON shape, with the diagnostics found on the way.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// # let plan = &folder.plan;
    /// # use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
    /// # let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let f = ChangeFigures::compute(&folder.population, &CodeChanges::default(), &plan.meta.region, d(2017), d(2020))?;
    /// let json = serde_json::to_value(f.to_json(&[], plan_core::Language::En)).unwrap();
    /// assert_eq!(json["from"], "2017-01-01");
    /// assert_eq!(json["municipalities"][3]["name"], "Hemsedal");
    /// assert_eq!(json["municipalities"][3]["change_pct"], 1.8);
    /// assert_eq!(json["municipalities"][3]["density"], 3.3);
    /// assert_eq!(json["region"]["change"], -214);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn to_json(&self, diagnostics: &[Diagnostic], language: crate::Language) -> FiguresJson {
        FiguresJson {
            from: self.from,
            to: self.to,
            municipalities: self
                .municipalities
                .iter()
                .map(|m| MunicipalityJson {
                    code: m.code,
                    name: m.name.clone(),
                    from: m.from,
                    to: m.to,
                    change: m.change(),
                    change_pct: round(m.change_pct(), 2),
                    annual_pct: round(m.annual_pct(), 2),
                    share_pct: round(self.share_pct(m), 2),
                    density: m.area_km2.filter(|a| *a > 0.0).map(|a| round(m.to as f64 / a, 1)),
                    rank: m.rank,
                })
                .collect(),
            region: RegionJson {
                name: self.region.name.clone(),
                from: self.region.from,
                to: self.region.to,
                change: self.region.change(),
                change_pct: round(self.region.change_pct(), 2),
                annual_pct: round(self.region.annual_pct(), 2),
            },
            series: self.series.clone(),
            diagnostics: diagnostics.iter().map(|d| DiagnosticJson::new(d, language)).collect(),
            goals: Vec::new(),
        }
    }
}
