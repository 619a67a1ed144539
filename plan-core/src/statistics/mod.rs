//! Any statistics table as SSB's Statbank and `PxWeb` API give it: a region
//! dimension, a time dimension, a content variable (`ContentsCode`,
//! *statistikkvariabel*) and any other dimensions (sex, age, industry).
//!
//! Read from JSON-stat 2 (SSB's `dataset` with `extension` and unit
//! metadata), JSON-stat 1 (`{"dataset": …}`), and the CSV downloads (long and
//! wide, codes or labels, `K-` prefixes, title lines, Latin-1 or UTF-8, `;`,
//! `,` or tab) through the population reader's line and field machinery.
//! Every time period is a span ([`Period`]); SSB's symbols `.`, `..`, `...`
//! and `:` are a missing value (never zero) and `-` a true zero.
//!
//! # Example
//! ```
//! use plan_core::statistics::read_statistics_bytes;
//! let csv = "\"01222: Befolkning og kvartalsvise endringar\"\n\n\
//!            \"region\";\"statistikkvariabel\";\"kvartal\";\"01222: Befolkning og kvartalsvise endringar\"\n\
//!            \"4001 Porsgrunn\";\"Nettoinnflytting\";\"2020K1\";12\n\
//!            \"4001 Porsgrunn\";\"Nettoinnflytting\";\"2020K2\";..\n";
//! let (table, warnings) = read_statistics_bytes(csv.as_bytes(), "01222.csv")?;
//! assert_eq!(table.table_id.as_deref(), Some("01222"));
//! assert_eq!(table.periods[0].end.to_string(), "2020-03-31");
//! assert_eq!(table.cells[0].value.map(|v| v.to_string()), Some("12".into()));
//! assert_eq!(table.cells[1].value, None, "SSB's '..' is missing, never zero");
//! assert_eq!(warnings.len(), 1);
//! # Ok::<(), plan_core::Error>(())
//! ```

pub(crate) mod binding;
mod csv;
pub mod goal;
pub mod indicator;
mod jsonstat;
mod number;
mod period;

use std::path::Path;

use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::text::fold;

pub use number::Number;
pub use period::{Period, parse_period};

/// Which cells a reader keeps: every cell, or only those of some variables
/// (what `indicator` and a goal bound to a table ask for). Every variable,
/// region, period and dimension value is listed in the [`Table`] either way,
/// so that a wrong name is still answered with the nearest ones; the cells
/// of other variables are neither kept nor checked (their values are not
/// read, so a bad value or a duplicate there is not reported).
///
/// # Example
/// ```
/// use plan_core::statistics::{Keep, read_statistics_bytes_keeping};
/// let csv = "region;statistikkvariabel;år;Tal\n4001 Porsgrunn;Fødde;2022;400\n4001 Porsgrunn;Døde;2022;x\n";
/// let keep = Keep::Variables(vec!["fødde".into()]);
/// let (table, _) = read_statistics_bytes_keeping(csv.as_bytes(), "t.csv", &keep)?;
/// assert_eq!(table.variables.len(), 2, "every variable is listed");
/// assert_eq!(table.cells.len(), 1, "only the cells of the one asked for are kept");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Keep {
    /// Every cell.
    #[default]
    All,
    /// The cells of these variables, each named by code or label as
    /// [`Variable::is`] finds it.
    Variables(Vec<String>),
}

impl Keep {
    /// Whether the cells of `variable` are kept.
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::{Keep, Variable};
    /// let v = Variable { code: "Fodde1".into(), label: "Fødde".into(), unit: None, decimals: None, count: None };
    /// assert!(Keep::All.keeps(&v));
    /// assert!(Keep::Variables(vec!["FØDDE".into()]).keeps(&v));
    /// assert!(!Keep::Variables(vec!["Døde".into()]).keeps(&v));
    /// ```
    pub fn keeps(&self, variable: &Variable) -> bool {
        match self {
            Keep::All => true,
            Keep::Variables(wanted) => wanted.iter().any(|w| variable.is(w)),
        }
    }
}

/// One value of a dimension: its code and its label.
///
/// # Example
/// ```
/// let c = plan_core::statistics::Category { code: "4001".into(), label: "Porsgrunn".into() };
/// assert_eq!(c.code, "4001");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Category {
    /// The code (`4001`, `Nettoinnflytting9`, `2`), or the label when the
    /// download gives labels only.
    pub code: String,
    /// The label (`Porsgrunn`, `Netto innflytting`, `Kvinner`).
    pub label: String,
}

/// A dimension of a table other than region and time: its code, label and
/// values.
///
/// # Example
/// ```
/// use plan_core::statistics::{Category, Dimension};
/// let mut sex = Dimension { code: "Kjonn".into(), label: "kjønn".into(), categories: vec![] };
/// assert_eq!(sex.intern("1", "Menn"), 0);
/// assert_eq!(sex.intern("2", "Kvinner"), 1);
/// assert_eq!(sex.intern("1", "Menn"), 0);
/// assert_eq!(sex.find("kvinner"), Some(1));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dimension {
    /// The dimension's code (`Kjonn`) or, in a CSV download, its header.
    pub code: String,
    /// Its label (`kjønn`).
    pub label: String,
    /// Its values in table order.
    pub categories: Vec<Category>,
}

impl Dimension {
    /// The index of the category with this code, adding it when new.
    ///
    /// # Example
    /// ```
    /// let mut d = plan_core::statistics::Dimension { code: "x".into(), label: "x".into(), categories: vec![] };
    /// assert_eq!((d.intern("a", "A"), d.intern("b", "B"), d.intern("a", "A")), (0, 1, 0));
    /// ```
    pub fn intern(&mut self, code: &str, label: &str) -> usize {
        if let Some(i) = self.categories.iter().rposition(|c| c.code == code) {
            return i;
        }
        self.categories.push(Category { code: code.to_string(), label: label.to_string() });
        self.categories.len() - 1
    }

    /// The category whose code or label is `wanted` (case and diacritics
    /// ignored; a CSV label `1 Menn` is also found by its first word `1`).
    ///
    /// # Example
    /// ```
    /// let mut d = plan_core::statistics::Dimension { code: "x".into(), label: "x".into(), categories: vec![] };
    /// d.intern("00-99 Alle næringar", "00-99 Alle næringar");
    /// assert_eq!(d.find("00-99"), Some(0));
    /// assert_eq!(d.find("alle naeringar"), None);
    /// ```
    pub fn find(&self, wanted: &str) -> Option<usize> {
        let wanted = fold(wanted.trim());
        self.categories.iter().position(|c| {
            fold(&c.code) == wanted
                || fold(&c.label) == wanted
                || c.code.split_whitespace().next().is_some_and(|w| fold(w) == wanted)
        })
    }

    /// True when this dimension is `wanted` by code or label, or by the
    /// words before a parenthesis (`næring` for `næring (SN2007)`).
    ///
    /// # Example
    /// ```
    /// let d = plan_core::statistics::Dimension { code: "Kjonn".into(), label: "kjønn".into(), categories: vec![] };
    /// assert!(d.is("KJØNN") && d.is("kjonn"));
    /// let n = plan_core::statistics::Dimension { code: "næring (SN2007)".into(), label: "næring (SN2007)".into(), categories: vec![] };
    /// assert!(n.is("næring") && n.is("Næring (SN2007)") && !n.is("SN2007"));
    /// ```
    pub fn is(&self, wanted: &str) -> bool {
        let wanted = fold(wanted.trim());
        [&self.code, &self.label]
            .iter()
            .any(|name| fold(name) == wanted || name.split_once(" (").is_some_and(|(short, _)| fold(short) == wanted))
    }
}

/// A content variable (`ContentsCode`): code, label, unit, and whether it is
/// a count that may be summed over municipalities.
///
/// # Example
/// ```
/// use plan_core::statistics::Variable;
/// let v = Variable { code: "Folketilvekst10".into(), label: "Folketilvekst".into(), unit: Some("personar".into()), decimals: Some(0), count: Some(true) };
/// assert_eq!(v.count, Some(true));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Variable {
    /// The code (`Nettoinnflytting9`), or the label in a CSV download.
    pub code: String,
    /// The label.
    pub label: String,
    /// The unit from JSON-stat metadata (`personar`, `prosent`).
    pub unit: Option<String>,
    /// The decimals the metadata states.
    pub decimals: Option<u8>,
    /// Whether the unit says it is a count (`Some(true)`), says it is not
    /// (a percentage, a rate, an amount per person: `Some(false)`), or the
    /// table does not say (`None`).
    pub count: Option<bool>,
}

impl Variable {
    /// True when this variable is `wanted` by code or label (case and
    /// diacritics ignored).
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::Variable;
    /// let v = Variable { code: "Nettoinnflytting9".into(), label: "Netto innflytting".into(), unit: None, decimals: None, count: None };
    /// assert!(v.is("nettoinnflytting9") && v.is(" NETTO INNFLYTTING ") && !v.is("Netto"));
    /// ```
    pub fn is(&self, wanted: &str) -> bool {
        let wanted = fold(wanted.trim());
        fold(&self.code) == wanted || fold(&self.label) == wanted
    }
}

/// One cell: indexes into the table's regions, periods, variables and other
/// dimensions, the value (`None` for missing) and the line it was read from.
///
/// # Example
/// ```
/// let csv = "region,år,Sysselsette\n4001 Porsgrunn,2022,2 310\n";
/// let (t, _) = plan_core::statistics::read_statistics_bytes(csv.as_bytes(), "t.csv")?;
/// let cell = &t.cells[0];
/// assert_eq!((cell.region, cell.period, cell.variable, cell.line), (0, 0, 0, Some(2)));
/// assert_eq!(cell.value.map(|v| v.to_string()), Some("2310".into()));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    /// Index into [`Table::regions`].
    pub region: usize,
    /// Index into [`Table::periods`].
    pub period: usize,
    /// Index into [`Table::variables`].
    pub variable: usize,
    /// For each of [`Table::dimensions`], the category's index.
    pub categories: Vec<usize>,
    /// The value; `None` when missing.
    pub value: Option<Number>,
    /// The 1-based line of a CSV file.
    pub line: Option<u64>,
}

/// A statistics table as read.
///
/// # Example
/// ```
/// let csv = "region;kjønn;år;Sysselsette\n4001 Porsgrunn;Menn;2022;1 200\n4001 Porsgrunn;Kvinner;2022;1 110\n";
/// let (t, _) = plan_core::statistics::read_statistics_bytes(csv.as_bytes(), "t.csv")?;
/// assert_eq!(t.regions.categories[0].label, "Porsgrunn");
/// assert_eq!(t.dimensions[0].categories.len(), 2);
/// assert_eq!(t.variables[0].label, "Sysselsette");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The file as named in messages.
    pub file: String,
    /// SSB's table number (`01222`), when the file states it.
    pub table_id: Option<String>,
    /// The region dimension: municipality codes (without `K-`) and names.
    pub regions: Dimension,
    /// The time dimension's periods, in table order.
    pub periods: Vec<Period>,
    /// The content variables.
    pub variables: Vec<Variable>,
    /// Every other dimension.
    pub dimensions: Vec<Dimension>,
    /// The cells.
    pub cells: Vec<Cell>,
}

/// Reads a statistics file, choosing the reader by content: JSON-stat when it
/// starts with `{`, an SSB CSV download otherwise.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::Invalid`] with the
/// located problem otherwise.
///
/// # Example
/// ```
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/population/ssb-07459-long-latin1-semicolon.csv");
/// let (table, _) = plan_core::statistics::read_statistics_file(path, "07459.csv")?;
/// assert_eq!(table.table_id.as_deref(), Some("07459"));
/// assert_eq!(table.periods.len(), 2);
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_statistics_file(path: impl AsRef<Path>, name: &str) -> Result<(Table, Vec<Diagnostic>)> {
    read_statistics_file_keeping(path, name, &Keep::All)
}

/// Reads a statistics file as [`read_statistics_file`] does, keeping only
/// the cells `keep` asks for.
///
/// # Errors
/// As [`read_statistics_file`].
///
/// # Example
/// ```
/// use plan_core::statistics::{Keep, read_statistics_file_keeping};
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/population/ssb-07459-long-latin1-semicolon.csv");
/// let keep = Keep::Variables(vec!["none of its variables".into()]);
/// let (table, _) = read_statistics_file_keeping(path, "07459.csv", &keep)?;
/// assert!(table.cells.is_empty() && !table.variables.is_empty());
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_statistics_file_keeping(
    path: impl AsRef<Path>,
    name: &str,
    keep: &Keep,
) -> Result<(Table, Vec<Diagnostic>)> {
    let path = path.as_ref();
    let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    read_statistics_bytes_keeping(&bytes, name, keep)
}

/// Reads a statistics table from memory; `name` names it in messages.
///
/// # Errors
/// [`Error::Invalid`] with the located problem: no region or no time
/// dimension, a period or value that cannot be read, a cell given twice,
/// malformed JSON.
///
/// # Example
/// ```
/// use plan_core::statistics::read_statistics_bytes;
/// let err = read_statistics_bytes(b"region;Personer\n4001 Porsgrunn;5120\n", "t.csv").unwrap_err();
/// assert_eq!(
///     err.diagnostics()[0].render(plan_core::Language::En),
///     "t.csv:1: error: no time dimension (expected a column or dimension named \"år\", \"kvartal\", \"måned\" or \"tid\" or with the time role, or columns such as \"Nettoinnflytting 2020K1\"; the table has: region, Personer)"
/// );
/// ```
pub fn read_statistics_bytes(bytes: &[u8], name: &str) -> Result<(Table, Vec<Diagnostic>)> {
    read_statistics_bytes_keeping(bytes, name, &Keep::All)
}

/// Reads a statistics table from memory as [`read_statistics_bytes`] does,
/// keeping only the cells `keep` asks for.
///
/// # Errors
/// As [`read_statistics_bytes`]; a table whose cells are all of variables
/// not kept is read without cells, not refused as empty.
///
/// # Example
/// ```
/// use plan_core::statistics::{Keep, read_statistics_bytes_keeping};
/// let csv = "region;kvartal;Nettoinnflytting\n4001 Porsgrunn;2020K1;12\n";
/// let keep = Keep::Variables(vec!["Nettoinnflytting".into()]);
/// let (table, _) = read_statistics_bytes_keeping(csv.as_bytes(), "t.csv", &keep)?;
/// assert_eq!(table.cells.len(), 1);
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_statistics_bytes_keeping(bytes: &[u8], name: &str, keep: &Keep) -> Result<(Table, Vec<Diagnostic>)> {
    let start = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if start.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        jsonstat::read(name, start, keep)
    } else {
        csv::read(name, bytes, keep)
    }
}

/// Names a region dimension may have (folded).
pub(crate) const REGION_NAMES: &[&str] = &["region", "kommune", "kommunenummer", "municipality", "komnr"];
/// Names a time dimension may have (folded).
pub(crate) const TIME_NAMES: &[&str] =
    &["ar", "year", "kvartal", "quarter", "maned", "month", "tid", "time", "arstall", "dato", "date"];
/// Names a content-variable dimension may have (folded).
pub(crate) const VARIABLE_NAMES: &[&str] =
    &["statistikkvariabel", "contents", "contentscode", "statistic", "statistikkvariable", "variabel"];

/// Whether a unit names a count (`personar`, `arbeidsplassar`), not a count
/// (`prosent`, `per 1000`, `kr`), or neither.
pub(crate) fn unit_is_count(unit: &str, decimals: Option<u8>) -> Option<bool> {
    let u = fold(unit);
    let not = ["prosent", "percent", "%", "per ", "promille", "gjennomsnitt", "average", "median", "kr", "nok", "rate"];
    if not.iter().any(|w| u.contains(w)) {
        return Some(false);
    }
    let counts = [
        "person",
        "antal",
        "number",
        "people",
        "foretak",
        "bedrift",
        "arbeidsplass",
        "jobb",
        "sysselsett",
        "tal",
        "fodte",
        "dode",
        "husstand",
        "hushald",
        "bustad",
        "bolig",
    ];
    (counts.iter().any(|w| u.starts_with(w)) && decimals.unwrap_or(0) == 0).then_some(true)
}

#[cfg(test)]
mod tests;
