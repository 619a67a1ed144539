//! Population per municipality and date: the model, the readers for the
//! tables people download, municipal reforms, and the figures computed from
//! them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::region::MunicipalityCode;

mod accumulate;
pub mod checks;
pub mod count;
pub mod figures;
pub mod goal;
pub mod jsonstat;
pub mod label;
pub mod own;
pub mod read;
pub mod reform;
pub mod ssb;
pub mod time;

/// One count: a municipality's population on a date.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Observation {
    /// The date (a year in SSB's tables means 1 January of that year).
    pub date: NaiveDate,
    /// The municipality number valid on that date.
    pub code: MunicipalityCode,
    /// The name as the source writes it.
    pub name: String,
    /// Number of people.
    pub count: u64,
    /// Where the count was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// A file and line a value was read from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SourceRef {
    /// The file as named by the user.
    pub file: String,
    /// The 1-based line.
    pub line: u64,
}

/// A total the source states for a group of municipalities (the seed's
/// "Hallingdal" row), kept to be checked against the sum of its parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedTotal {
    /// The label as written ("Hallingdal").
    pub label: String,
    /// The date of the total.
    pub date: NaiveDate,
    /// The stated count.
    pub count: u64,
    /// Where it was read.
    pub source: SourceRef,
}

/// Land area of a municipality in square kilometres.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Area {
    /// The municipality.
    pub code: MunicipalityCode,
    /// Area in km².
    pub km2: f64,
    /// A stated area for a group of municipalities is not kept; this is
    /// always one municipality's area.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
}

/// Population counts per municipality and date, as read from one or more
/// tables, in date and code order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PopulationTable {
    /// The files and tables the counts come from.
    pub sources: Vec<String>,
    /// The counts, sorted by date, then code.
    pub observations: Vec<Observation>,
    /// Areas, where the source gives them.
    #[serde(default)]
    pub areas: Vec<Area>,
    /// Totals the source states, to be checked.
    #[serde(default)]
    pub stated_totals: Vec<StatedTotal>,
}

impl PopulationTable {
    /// The distinct dates, ascending.
    ///
    /// ```
    /// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2021,4636\n3041,Gol,2020,4608\n";
    /// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
    /// assert_eq!(table.dates().iter().map(|d| d.to_string()).collect::<Vec<_>>(), ["2020-01-01", "2021-01-01"]);
    /// assert_eq!(table.count(&"3041".parse().unwrap(), table.dates()[1]), Some(4636));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn dates(&self) -> Vec<NaiveDate> {
        let mut dates: Vec<NaiveDate> = self.observations.iter().map(|o| o.date).collect();
        dates.dedup();
        dates.sort_unstable();
        dates.dedup();
        dates
    }

    /// The count for a municipality on a date.
    pub fn count(&self, code: &MunicipalityCode, date: NaiveDate) -> Option<u64> {
        self.observations.iter().find(|o| o.date == date && o.code == *code).map(|o| o.count)
    }

    /// The area of a municipality, where known.
    pub fn area(&self, code: &MunicipalityCode) -> Option<f64> {
        self.areas.iter().find(|a| a.code == *code).map(|a| a.km2)
    }

    /// Adds another table's counts, areas and totals, keeping order.
    pub fn merge(&mut self, other: PopulationTable) {
        self.sources.extend(other.sources);
        self.observations.extend(other.observations);
        self.areas.extend(other.areas);
        self.stated_totals.extend(other.stated_totals);
        self.sort();
    }

    /// Sorts counts by date and code (a stable sort: duplicates keep file order).
    pub fn sort(&mut self) {
        self.observations.sort_by_key(|o| (o.date, o.code));
    }

    /// The counts grouped by date, then code.
    pub fn by_date(&self) -> BTreeMap<NaiveDate, BTreeMap<MunicipalityCode, &Observation>> {
        let mut map: BTreeMap<NaiveDate, BTreeMap<MunicipalityCode, &Observation>> = BTreeMap::new();
        for o in &self.observations {
            map.entry(o.date).or_default().entry(o.code).or_insert(o);
        }
        map
    }
}
