//! The project's own population CSV: long (`kommunenummer, kommune, dato,
//! folketal`, one row per municipality and date) or wide (one column per
//! date, as in a plan document's table, optionally with area).

use chrono::NaiveDate;

use super::count::{Cell, parse_area, parse_count};
use super::label::split_region_label;
use super::{Area, Observation, PopulationTable, SourceRef, StatedTotal};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::table::{Column, Row, RowStream, Table};
use crate::text::fold;

const CODE: Column = Column {
    name: "kommunenummer",
    aliases: &["kommunenr", "knr", "kode", "kommunekode", "code", "municipality number", "region"],
    required: true,
};
const NAME: Column =
    Column { name: "kommune", aliases: &["namn", "navn", "name", "kommunenamn", "kommunenavn"], required: false };
const DATE: Column = Column { name: "dato", aliases: &["date", "tid", "tidspunkt"], required: true };
const COUNT: Column = Column {
    name: "folketal",
    aliases: &["folketall", "innbyggartal", "innbyggertall", "personer", "persons", "befolkning", "population"],
    required: true,
};
const AREA: Column = Column {
    name: "areal",
    aliases: &["areal km2", "areal km²", "areal (km²)", "areal (km2)", "area", "area km2", "landareal"],
    required: false,
};

/// Reads the project's own population CSV (long or wide) from bytes.
///
/// Wide tables have one column per date; a header names its date in any
/// form [`parse_date`](crate::calendar::parse_date) reads, or as a year, after any words
/// (`Innbyggartal 1. okt 2020`, `folketal 1.1.2020`, `2020`). A row without a
/// municipality number (the seed's `Hallingdal` row) is a stated total of the
/// rows above it, kept to be checked.
///
/// # Errors
/// [`Error::Invalid`] with the file, line and column of each cell that is not
/// a count, code or date, and for missing columns.
///
/// # Example
/// ```
/// use plan_core::population::own::read_population_csv;
/// let csv = "kommunenummer;kommune;areal;Innbyggartal 1.1.2020;Innbyggartal 1.1.2017\n\
///            3042;Hemsedal;753;2486;2442\n";
/// let (table, warnings) = read_population_csv("befolkning.csv", csv.as_bytes()).unwrap();
/// assert_eq!(table.observations.len(), 2);
/// assert_eq!(table.area(&"3042".parse().unwrap()), Some(753.0));
/// assert!(warnings.is_empty());
/// ```
pub fn read_population_csv(file: &str, bytes: &[u8]) -> Result<(PopulationTable, Vec<Diagnostic>)> {
    read_population_stream(file, std::io::Cursor::new(bytes.to_vec()))
}

/// Reads the project's own population CSV from a reader, a row at a time,
/// so a long table of any size needs little memory. As
/// [`read_population_csv`] otherwise.
///
/// # Errors
/// As [`read_population_csv`].
///
/// # Example
/// ```
/// use plan_core::population::own::read_population_stream;
/// let file = std::fs::File::open(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal/befolkning.csv")).unwrap();
/// let (table, warnings) = read_population_stream("befolkning.csv", file)?;
/// assert_eq!(table.observations.len(), 18);
/// assert_eq!(warnings.len(), 0, "the stated total is checked later, by check_table");
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_population_stream(file: &str, reader: impl std::io::Read) -> Result<(PopulationTable, Vec<Diagnostic>)> {
    let (headers, rows) = RowStream::open(file, reader).map_err(Error::located)?;
    let table = Table::header_only(file, headers);
    let folded: Vec<String> = table.headers.iter().map(|h| fold(h)).collect();
    let is_long =
        [DATE].iter().any(|c| folded.iter().any(|h| *h == fold(c.name) || c.aliases.iter().any(|a| *h == fold(a))));
    let mut out = Reading {
        file,
        table: PopulationTable { sources: vec![file.to_string()], ..Default::default() },
        errors: Vec::new(),
        warnings: Vec::new(),
    };
    if is_long {
        out.long(&table, rows)?;
    } else {
        out.wide(&table, rows)?;
    }
    if !out.errors.is_empty() {
        out.errors.extend(out.warnings);
        return Err(Error::Invalid { diagnostics: out.errors });
    }
    out.table.sort();
    Ok((out.table, out.warnings))
}

struct Reading<'a> {
    file: &'a str,
    table: PopulationTable,
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
}

impl Reading<'_> {
    fn long(&mut self, table: &Table, rows: impl Iterator<Item = std::result::Result<Row, Diagnostic>>) -> Result<()> {
        let cols =
            table.columns(&[CODE, NAME, DATE, COUNT, AREA]).map_err(|diagnostics| Error::Invalid { diagnostics })?;
        let [code, name, date, count, area] = cols;
        for row in rows {
            let row = &row.map_err(Error::located)?;
            let Some(date) = self.date(row, date, DATE.name) else { continue };
            let count = self.count(row, count, COUNT.name);
            self.record(row, row.get(code), row.get(name), area, date, count);
        }
        Ok(())
    }

    fn wide(&mut self, table: &Table, rows: impl Iterator<Item = std::result::Result<Row, Diagnostic>>) -> Result<()> {
        let cols = table.columns(&[CODE, NAME, AREA]).map_err(|diagnostics| Error::Invalid { diagnostics })?;
        let [code, name, area] = cols;
        let date_columns: Vec<(usize, NaiveDate)> = table
            .headers
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != code && Some(*i) != name && Some(*i) != area)
            .filter_map(|(i, h)| header_date(h).map(|d| (i, d)))
            .collect();
        if date_columns.is_empty() {
            return Err(Error::located(Diagnostic::error(
                self.file,
                Some(1),
                None,
                crate::msg!("population-no-dates", header = crate::text::excerpt(&table.headers.join(", "), 160)),
            )));
        }
        for row in rows {
            let row = &row.map_err(Error::located)?;
            for &(column, date) in &date_columns {
                let header = table.headers[column].as_str();
                let count = self.count(row, Some(column), header);
                self.record(row, row.get(code), row.get(name), area, date, count);
            }
        }
        Ok(())
    }

    fn date(&mut self, row: &Row, column: Option<usize>, field: &str) -> Option<NaiveDate> {
        let text = row.get(column);
        match year_or_date(text) {
            Some(date) => Some(date),
            None => {
                self.errors.push(Diagnostic::error(
                    self.file,
                    Some(row.line),
                    Some(field),
                    crate::msg!("population-date-unreadable", text = text),
                ));
                None
            }
        }
    }

    fn count(&mut self, row: &Row, column: Option<usize>, field: &str) -> Option<u64> {
        let text = row.get(column);
        match parse_count(text.as_bytes()) {
            Ok(Cell::Count(n)) => Some(n),
            Ok(Cell::Missing) => None,
            Err(e) => {
                self.errors.push(Diagnostic::error(
                    self.file,
                    Some(row.line),
                    Some(field),
                    crate::msg!("population-cell-unreadable", text = text, reason = e.explain()),
                ));
                None
            }
        }
    }

    fn record(
        &mut self,
        row: &Row,
        code_cell: &str,
        name_cell: &str,
        area: Option<usize>,
        date: NaiveDate,
        count: Option<u64>,
    ) {
        let source = SourceRef { file: self.file.to_string(), line: row.line };
        let (code, label_name) = match split_region_label(code_cell) {
            Some((code, rest)) => (Some(code), rest),
            None if code_cell.is_empty() => (None, ""),
            None => {
                self.errors.push(Diagnostic::error(
                    self.file,
                    Some(row.line),
                    Some(CODE.name),
                    crate::msg!("municipality-code-invalid", text = code_cell),
                ));
                return;
            }
        };
        let name = if name_cell.is_empty() { label_name } else { name_cell };
        let Some(code) = code else {
            if let Some(count) = count {
                let label = if name.is_empty() { "total" } else { name };
                self.table.stated_totals.push(StatedTotal { label: label.to_string(), date, count, source });
            }
            return;
        };
        if let Some(km2) = area.map(|a| row.get(Some(a))).filter(|t| !t.is_empty()) {
            match parse_area(km2) {
                Some(km2) if !self.table.areas.iter().any(|a| a.code == code) => {
                    self.table.areas.push(Area { code, km2, source: Some(source.clone()) });
                }
                Some(_) => {}
                None => self.errors.push(Diagnostic::error(
                    self.file,
                    Some(row.line),
                    Some(AREA.name),
                    crate::msg!("area-unreadable", text = km2),
                )),
            }
        }
        if let Some(count) = count {
            self.table.observations.push(Observation {
                date,
                code,
                name: name.to_string(),
                count,
                source: Some(source),
            });
        }
    }
}

/// A year (1 January) or a date.
pub(crate) fn year_or_date(text: &str) -> Option<NaiveDate> {
    crate::calendar::parse_year_or_date(text).ok()
}

/// The date a wide table's header names, after any leading words.
pub(crate) fn header_date(header: &str) -> Option<NaiveDate> {
    let words: Vec<&str> = header.split_whitespace().collect();
    (0..words.len()).find_map(|skip| year_or_date(&words[skip..].join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn reads_header_dates() {
        assert_eq!(header_date("Innbyggartal 1. okt 2020"), Some(ymd(2020, 10, 1)));
        assert_eq!(header_date("Innbyggartal 1.1.2017"), Some(ymd(2017, 1, 1)));
        assert_eq!(header_date("Personer 2020"), Some(ymd(2020, 1, 1)));
        assert_eq!(header_date("2020-01-01"), Some(ymd(2020, 1, 1)));
        assert_eq!(header_date("Areal"), None);
    }

    #[test]
    fn reads_long_table() {
        let csv =
            "kommunenummer,kommune,dato,folketal\n0615,Flå,2015-01-01,1033\n0616,Nes,1.1.2015,3414\n0617,Gol,2015,..\n";
        let (table, warnings) = read_population_csv("long.csv", csv.as_bytes()).expect("reads");
        assert!(warnings.is_empty());
        assert_eq!(table.observations.len(), 2, "the missing figure is left out, not zero");
        assert_eq!(table.count(&"0616".parse().expect("code"), ymd(2015, 1, 1)), Some(3414));
    }

    #[test]
    fn locates_bad_cells() {
        let csv = "kommunenummer,kommune,dato,folketal\n0615,Flå,2015-01-01,-3\n616,Nes,2015,3414\n0617,Gol,snart,1\n";
        let err = read_population_csv("bad.csv", csv.as_bytes()).expect_err("bad cells");
        let shown: Vec<String> = err.diagnostics().iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "bad.csv:2: error: column 'folketal': cannot read population \"-3\" (a population cannot be negative)",
                "bad.csv:3: error: column 'kommunenummer': \"616\" is not a municipality number (expected four digits such as 0615 or 3041)",
                "bad.csv:4: error: column 'dato': cannot read date \"snart\" (expected a year such as 2020, or a date such as 2020-01-01, 1.1.2020 or 1. okt 2020)",
            ]
        );
    }
}
