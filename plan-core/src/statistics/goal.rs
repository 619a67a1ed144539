//! A result goal bound to a statistics table: its values per municipality
//! and for the region, per period as read, and per year as the binding
//! combines them.
//!
//! A value counts as known at its period's end: the as-of cut keeps a
//! quarter only when the cut's date is on or after the quarter's last day,
//! and a year is made only from all of its quarters or months.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::indicator::{IndicatorJson, Query, indicator};
use super::{Number, Table};
use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::i18n::Language;
use crate::plan::{Combine, StatisticsBinding};
use crate::population::goal::Point;
use crate::population::reform::CodeChanges;
use crate::region::Region;

/// One value in one period.
///
/// # Example
/// ```
/// use plan_core::statistics::goal::PeriodValue;
/// let d = |m, d| chrono::NaiveDate::from_ymd_opt(2023, m, d).unwrap();
/// let v = PeriodValue { period: "2023K1".into(), start: d(1, 1), end: d(3, 31), value: Some(12.0) };
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"period":"2023K1","start":"2023-01-01","end":"2023-03-31","value":12.0}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PeriodValue {
    /// The period as the table writes it (`2023K1`), or the year (`2023`).
    pub period: String,
    /// Its first day.
    pub start: NaiveDate,
    /// Its last day: the value is known from this day.
    pub end: NaiveDate,
    /// The value; `None` when missing.
    pub value: Option<f64>,
}

/// One municipality's values.
///
/// # Example
/// ```
/// let m = plan_core::statistics::goal::MunicipalityValues { code: "3449".into(), name: "Sør-Aurdal".into(), values: vec![] };
/// assert_eq!(m.code, "3449");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct MunicipalityValues {
    /// Today's code (the plan's).
    pub code: String,
    /// The name the table gives it.
    pub name: String,
    /// Its values per period as read, in period order.
    pub values: Vec<PeriodValue>,
}

/// A bound goal's values as read from its statistics files.
///
/// # Example
/// ```
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/plan-with-statistics-goal");
/// let folder = plan_core::PlanFolder::load(dir)?.value;
/// let bound = &folder.goal_statistics[0];
/// assert_eq!((bound.goal.as_str(), bound.variable.as_str()), ("folk-2", "Nettoinnflytting9"));
/// assert_eq!(bound.tables, ["01222"]);
/// let years = bound.region_years();
/// assert_eq!(years.iter().map(|y| (y.period.as_str(), y.value)).collect::<Vec<_>>(),
///     [("2019", Some(89.0)), ("2020", Some(117.0)), ("2021", Some(145.0)), ("2022", Some(173.0)), ("2023", Some(201.0)), ("2024", Some(212.0))]);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct GoalStatistics {
    /// The goal's id.
    pub goal: String,
    /// The files read, relative to the plan folder.
    pub files: Vec<String>,
    /// SSB's table numbers, where the files state them.
    pub tables: Vec<String>,
    /// The variable's code.
    pub variable: String,
    /// Its label.
    pub label: String,
    /// Its unit, where the table states one.
    pub unit: Option<String>,
    /// How sub-year periods make a year; `None` when the periods are years.
    pub combine: Option<Combine>,
    /// Per municipality of the region.
    pub municipalities: Vec<MunicipalityValues>,
    /// The region's values per period as read.
    pub region: Vec<PeriodValue>,
}

impl GoalStatistics {
    /// Computes a binding's values for a region from tables already read.
    ///
    /// # Errors
    /// [`crate::Error::Invalid`] from [`indicator`]: an unknown variable,
    /// dimension or value, a dimension left open, a municipality in no table.
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::{read_statistics_bytes, goal::GoalStatistics};
    /// let csv = "region;statistikkvariabel;år;01222\n3449 Sør-Aurdal;Netto;2023;5\n";
    /// let (table, _) = read_statistics_bytes(csv.as_bytes(), "t.csv")?;
    /// let binding: plan_core::plan::StatisticsBinding = toml::from_str("file = \"t.csv\"\nvariable = \"Netto\"\ncount = true").unwrap();
    /// let region = plan_core::region::Region { name: "R".into(), municipalities: vec![plan_core::region::Municipality { code: "3449".parse()?, name: "Sør-Aurdal".into() }] };
    /// let (g, _) = GoalStatistics::compute("g-1", &binding, vec!["t.csv".into()], &[table], &region, &Default::default(), plan_core::Language::En)?;
    /// assert_eq!(g.region[0].value, Some(5.0));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn compute(
        goal: &str,
        binding: &StatisticsBinding,
        files: Vec<String>,
        tables: &[Table],
        region: &Region,
        changes: &CodeChanges,
        language: Language,
    ) -> Result<(GoalStatistics, Vec<Diagnostic>)> {
        let (json, diagnostics) = indicator(tables, changes, &query(binding, region), language)?;
        Ok((GoalStatistics::of(goal, binding, files, tables, &json), diagnostics))
    }

    fn of(
        goal: &str,
        binding: &StatisticsBinding,
        files: Vec<String>,
        tables: &[Table],
        json: &IndicatorJson,
    ) -> GoalStatistics {
        let value = |n: Option<Number>| n.map(Number::to_f64);
        let mut municipalities: Vec<MunicipalityValues> = Vec::new();
        for v in &json.values {
            let entry = PeriodValue { period: v.period.clone(), start: v.start, end: v.end, value: value(v.value) };
            match municipalities.iter_mut().find(|m| m.code == v.code) {
                Some(m) => m.values.push(entry),
                None => municipalities.push(MunicipalityValues {
                    code: v.code.clone(),
                    name: v.name.clone(),
                    values: vec![entry],
                }),
            }
        }
        let mut ids: Vec<String> = tables.iter().filter_map(|t| t.table_id.clone()).collect();
        ids.dedup();
        GoalStatistics {
            goal: goal.to_string(),
            files,
            tables: ids,
            variable: json.variable.code.clone(),
            label: json.variable.label.clone(),
            unit: json.variable.unit.clone(),
            combine: binding.combine,
            municipalities,
            region: json
                .region
                .iter()
                .map(|r| PeriodValue { period: r.period.clone(), start: r.start, end: r.end, value: value(r.value) })
                .collect(),
        }
    }

    /// True when some period is shorter than a year.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/plan-with-statistics-goal"))?.value;
    /// assert!(folder.goal_statistics[0].sub_year());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn sub_year(&self) -> bool {
        self.region.iter().any(|p| !is_year(p))
    }

    /// Keeps only values known on `date`: those whose period ends on or
    /// before it.
    ///
    /// # Example
    /// ```
    /// let mut folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/plan-with-statistics-goal"))?.value;
    /// let bound = &mut folder.goal_statistics[0];
    /// bound.cut(chrono::NaiveDate::from_ymd_opt(2024, 12, 30).unwrap());
    /// assert_eq!(bound.region.last().map(|p| p.period.as_str()), Some("2024K3"));
    /// assert_eq!(bound.region_years().last().map(|p| p.period.as_str()), Some("2023"));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn cut(&mut self, date: NaiveDate) {
        self.region.retain(|p| p.end <= date);
        for m in &mut self.municipalities {
            m.values.retain(|p| p.end <= date);
        }
    }

    /// The region's values per year.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/plan-with-statistics-goal"))?.value;
    /// assert_eq!(folder.goal_statistics[0].region_years()[0].end.to_string(), "2019-12-31");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn region_years(&self) -> Vec<PeriodValue> {
        years(&self.region, self.combine)
    }

    /// A municipality's values per year, in the order of
    /// [`GoalStatistics::municipalities`].
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/plan-with-statistics-goal"))?.value;
    /// let bound = &folder.goal_statistics[0];
    /// assert_eq!(bound.municipality_years(&bound.municipalities[0])[0].value, Some(10.0), "0540 in 2019, 3449 since");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn municipality_years(&self, municipality: &MunicipalityValues) -> Vec<PeriodValue> {
        years(&municipality.values, self.combine)
    }

    /// The region's yearly values as points at each year's end, for
    /// [`evaluate`](crate::population::goal::evaluate).
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/plan-with-statistics-goal"))?.value;
    /// let points = folder.goal_statistics[0].points();
    /// assert_eq!((points[4].date.to_string(), points[4].value), ("2023-12-31".into(), 201.0));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn points(&self) -> Vec<Point> {
        self.region_years().into_iter().filter_map(|p| Some(Point { date: p.end, value: p.value? })).collect()
    }

    /// The end of the year that holds `date`, when the values cover that
    /// year: the date a goal's baseline is taken at.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/plan-with-statistics-goal"))?.value;
    /// let d = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// assert_eq!(folder.goal_statistics[0].covering(d(2023, 6, 1)), Some(d(2023, 12, 31)));
    /// assert_eq!(folder.goal_statistics[0].covering(d(2012, 6, 1)), None);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn covering(&self, date: NaiveDate) -> Option<NaiveDate> {
        self.region_years().into_iter().find(|p| p.start <= date && date <= p.end).map(|p| p.end)
    }
}

fn is_year(p: &PeriodValue) -> bool {
    p.start.ordinal() == 1 && p.end.month() == 12 && p.end.day() == 31 && p.start.year() == p.end.year()
}

/// Makes years of sub-year periods: a year only when every day of it is
/// covered; its value by `combine` (missing when a part needed is missing).
fn years(values: &[PeriodValue], combine: Option<Combine>) -> Vec<PeriodValue> {
    let mut by_year: std::collections::BTreeMap<i32, Vec<&PeriodValue>> = std::collections::BTreeMap::new();
    for p in values {
        by_year.entry(p.start.year()).or_default().push(p);
    }
    let mut out = Vec::new();
    for (year, mut parts) in by_year {
        parts.sort_by_key(|p| p.start);
        let (Some(start), Some(end)) = (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31))
        else {
            continue;
        };
        if let [p] = parts.as_slice()
            && is_year(p)
        {
            out.push((*p).clone());
            continue;
        }
        // Every day covered, once: each part starts the day after the last.
        let mut next = Some(start);
        for p in &parts {
            next = (Some(p.start) == next).then(|| p.end.succ_opt()).flatten();
        }
        let complete = parts.first().is_some_and(|p| p.start == start)
            && parts.last().is_some_and(|p| p.end == end)
            && next.is_some();
        let Some(combine) = combine.filter(|_| complete) else { continue };
        let value = match combine {
            Combine::Sum => parts.iter().map(|p| p.value).sum::<Option<f64>>(),
            Combine::Last => parts.last().and_then(|p| p.value),
            Combine::First => parts.first().and_then(|p| p.value),
        };
        out.push(PeriodValue { period: year.to_string(), start, end, value });
    }
    out
}

/// What a binding asks of its tables, for the plan's region.
pub(crate) fn query(binding: &StatisticsBinding, region: &Region) -> Query {
    Query {
        variable: binding.variable.clone(),
        select: binding.select.iter().map(|(d, v)| (d.clone(), v.clone())).collect(),
        sum: binding.sum.clone(),
        region: region.municipalities.iter().map(|m| m.code).collect(),
        from: None,
        to: None,
        count: binding.count,
        weight: binding.weight.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::{Combine, PeriodValue, years};
    use chrono::NaiveDate;

    fn quarter(year: i32, q: u32, value: Option<f64>) -> PeriodValue {
        let p = crate::statistics::parse_period(&format!("{year}K{q}")).expect("a quarter");
        PeriodValue { period: p.label, start: p.start, end: p.end, value }
    }

    #[test]
    fn quarters_make_a_year_by_the_rule_and_only_when_all_are_there() {
        let mut values: Vec<PeriodValue> = (1..=4).map(|q| quarter(2023, q, Some(f64::from(q) * 10.0))).collect();
        values.extend((1..=3).map(|q| quarter(2024, q, Some(1.0))));
        let got = |combine| years(&values, Some(combine)).into_iter().map(|y| (y.period, y.value)).collect::<Vec<_>>();
        assert_eq!(got(Combine::Sum), [("2023".to_string(), Some(100.0))], "2024 lacks its fourth quarter");
        assert_eq!(got(Combine::Last), [("2023".to_string(), Some(40.0))]);
        assert_eq!(got(Combine::First), [("2023".to_string(), Some(10.0))]);
        assert_eq!(years(&values, None), [], "no rule, no year");
        values[1].value = None;
        assert_eq!(years(&values, Some(Combine::Sum))[0].value, None, "a missing quarter makes the sum missing");
        assert_eq!(years(&values, Some(Combine::Last))[0].value, Some(40.0));
        let year = PeriodValue {
            period: "2022".into(),
            start: NaiveDate::from_ymd_opt(2022, 1, 1).expect("date"),
            end: NaiveDate::from_ymd_opt(2022, 12, 31).expect("date"),
            value: Some(7.0),
        };
        assert_eq!(years(std::slice::from_ref(&year), None), [year], "a year is a year without a rule");
    }
}
