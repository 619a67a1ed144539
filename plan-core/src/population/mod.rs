//! Population per municipality and date: the model, the readers for the
//! tables people download, municipal reforms, and the figures computed from
//! them.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::region::MunicipalityCode;

mod accumulate;
pub mod checks;
pub(crate) mod count;
pub mod figures;
pub mod goal;
pub mod jsonstat;
pub mod label;
pub mod own;
pub mod read;
pub mod reform;
pub mod ssb;
pub(crate) mod time;

/// One count: a municipality's population on a date.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let first = &folder.population.observations[0];
/// assert_eq!((first.date.to_string(), first.code.as_str(), first.name.as_str(), first.count), ("2017-01-01".into(), "3039", "Flå", 1081));
/// assert_eq!(first.source.as_ref().map(|s| s.line), Some(2));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
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
///
/// # Example
/// ```
/// use plan_core::population::SourceRef;
/// let at = SourceRef { file: "befolkning.csv".into(), line: 4 };
/// assert_eq!(serde_json::to_string(&at).unwrap(), r#"{"file":"befolkning.csv","line":4}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
pub struct SourceRef {
    /// The file, relative to the plan folder (or by its file name alone for
    /// a file from outside it), as the reader was given its name.
    pub file: String,
    /// The 1-based line.
    pub line: u64,
}

/// A total the source states for a group of municipalities (the seed's
/// "Hallingdal" row), kept to be checked against the sum of its parts.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let total = folder.population.stated_totals.iter().find(|t| t.date.to_string() == "2020-01-01").unwrap();
/// assert_eq!((total.label.as_str(), total.count), ("Hallingdal", 20566));
/// assert_eq!(total.source.line, 8);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
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
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let hol = folder.population.areas.iter().find(|a| a.code.as_str() == "3044").unwrap();
/// assert_eq!(hol.km2, 1854.0);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
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
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let table = &folder.population;
/// assert_eq!(table.observations.len(), 18, "six municipalities at three dates");
/// assert_eq!(table.dates().len(), 3);
/// assert_eq!(table.areas.len(), 6);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PopulationTable {
    /// The files and tables the counts come from, each named as the reader
    /// was given the file's name (in a plan folder: relative to it), with
    /// its kind after it (`folketal.json (SSB, table 07459)`).
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
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// # let plan = &folder.plan;
    /// let d = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// assert_eq!(folder.population.count(&"3042".parse().unwrap(), d), Some(2486));
    /// assert_eq!(folder.population.count(&"0301".parse().unwrap(), d), None);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn count(&self, code: &MunicipalityCode, date: NaiveDate) -> Option<u64> {
        self.observations.iter().find(|o| o.date == date && o.code == *code).map(|o| o.count)
    }

    /// The area of a municipality, where known.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// # let plan = &folder.plan;
    /// assert_eq!(folder.population.area(&"3039".parse().unwrap()), Some(705.0));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn area(&self, code: &MunicipalityCode) -> Option<f64> {
        self.areas.iter().find(|a| a.code == *code).map(|a| a.km2)
    }

    /// Adds another table's counts, areas and totals, keeping order.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::own::read_population_csv;
    /// let (mut table, _) = read_population_csv("a.csv", b"kommunenummer,kommune,dato,folketal\n3041,Gol,2021,4636\n")?;
    /// let (older, _) = read_population_csv("b.csv", b"kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n")?;
    /// table.merge(older);
    /// assert_eq!(table.sources, ["a.csv", "b.csv"]);
    /// assert_eq!(table.observations.iter().map(|o| o.count).collect::<Vec<_>>(), [4608, 4636], "kept in date order");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn merge(&mut self, other: PopulationTable) {
        self.sources.extend(other.sources);
        self.observations.extend(other.observations);
        self.areas.extend(other.areas);
        self.stated_totals.extend(other.stated_totals);
        self.sort();
    }

    /// Sorts counts by date and code (a stable sort: duplicates keep file order).
    ///
    /// # Example
    /// ```
    /// use plan_core::population::own::read_population_csv;
    /// let (mut table, _) = read_population_csv("a.csv", b"kommunenummer,kommune,dato,folketal\n3041,Gol,2021,4636\n3039,Fl\xc3\xa5,2021,1059\n")?;
    /// table.observations.reverse();
    /// table.sort();
    /// assert_eq!(table.observations[0].code.as_str(), "3039");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn sort(&mut self) {
        self.observations.sort_by_key(|o| (o.date, o.code));
    }

    /// The counts grouped by date, then code.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// # let plan = &folder.plan;
    /// let grouped = folder.population.by_date();
    /// let (first_date, counts) = grouped.iter().next().unwrap();
    /// assert_eq!(first_date.to_string(), "2017-01-01");
    /// assert_eq!(counts.values().map(|o| o.count).sum::<u64>(), 20746);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn by_date(&self) -> BTreeMap<NaiveDate, BTreeMap<MunicipalityCode, &Observation>> {
        let mut map: BTreeMap<NaiveDate, BTreeMap<MunicipalityCode, &Observation>> = BTreeMap::new();
        for o in &self.observations {
            map.entry(o.date).or_default().entry(o.code).or_insert(o);
        }
        map
    }
}

/// One population file as read, for a list of sources: its name, what kind
/// of table it is, its own dates and rows.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let files = &folder.population_files;
/// assert_eq!(files[0].file, "befolkning.csv");
/// assert_eq!((files[0].dates.len(), files[0].rows), (3, 18));
/// assert_eq!(files[1].kind, plan_core::population::SourceKind::Own);
/// assert_eq!(files[1].dates.len(), 10);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct PopulationFile {
    /// The file, relative to the plan folder (`befolkning.csv`), or by its
    /// file name alone for a file from outside it.
    pub file: String,
    /// What kind of table it is.
    pub kind: SourceKind,
    /// Its dates, in order.
    pub dates: Vec<NaiveDate>,
    /// Its counts (municipality and date), after summing ages and sexes.
    pub rows: usize,
    /// How many of `rows` each date has, so that a cut at a date
    /// ([`PlanFolder::as_of`](crate::PlanFolder::as_of)) counts what the
    /// file holds up to it. Not in the JSON.
    #[serde(skip)]
    pub rows_per_date: BTreeMap<NaiveDate, usize>,
}

/// The kind of a population file.
///
/// # Example
/// ```
/// use plan_core::population::SourceKind;
/// assert_eq!(serde_json::to_string(&SourceKind::SsbTable("07459".into())).unwrap(), r#"{"ssb_table":"07459"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// An SSB download (CSV or JSON-stat) of the table with this number.
    SsbTable(String),
    /// A JSON-stat dataset without a table number.
    JsonStat,
    /// The project's own CSV.
    Own,
}

impl PopulationFile {
    /// The summary of a table read from one file.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::{PopulationFile, SourceKind, own::read_population_csv};
    /// let (table, _) = read_population_csv("t.csv", b"kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n")?;
    /// let file = PopulationFile::of(&table);
    /// assert_eq!((file.file.as_str(), file.kind, file.rows), ("t.csv", SourceKind::Own, 1));
    /// assert_eq!(file.rows_per_date.values().sum::<usize>(), 1);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn of(table: &PopulationTable) -> PopulationFile {
        let (file, kind) = SourceKind::of_source(table.sources.first().map_or("", String::as_str));
        let mut rows_per_date: BTreeMap<NaiveDate, usize> = BTreeMap::new();
        for o in &table.observations {
            *rows_per_date.entry(o.date).or_default() += 1;
        }
        PopulationFile { file, kind, dates: table.dates(), rows: table.observations.len(), rows_per_date }
    }
}

impl SourceKind {
    /// The file and kind of a table's source as the readers name it
    /// (`folketal.csv (SSB, table 07459)`, `x.json (JSON-stat)`, `befolkning.csv`).
    ///
    /// # Example
    /// ```
    /// use plan_core::population::SourceKind;
    /// assert_eq!(
    ///     SourceKind::of_source("f.csv (SSB, table 07459)"),
    ///     ("f.csv".to_string(), SourceKind::SsbTable("07459".into()))
    /// );
    /// assert_eq!(SourceKind::of_source("b.csv"), ("b.csv".to_string(), SourceKind::Own));
    /// ```
    pub fn of_source(source: &str) -> (String, SourceKind) {
        if let Some((file, rest)) = source.split_once(" (SSB, table ") {
            (file.to_string(), SourceKind::SsbTable(rest.trim_end_matches(')').to_string()))
        } else if let Some(file) = source.strip_suffix(" (JSON-stat)") {
            (file.to_string(), SourceKind::JsonStat)
        } else {
            (source.to_string(), SourceKind::Own)
        }
    }
}
