//! Statistics Norway (SSB) Statbank CSV downloads, read exactly as they come
//! and streamed: whatever the file's size, memory stays small.
//!
//! Accepted: separator `;`, `,` or tab; fields quoted or not; UTF-8 with or
//! without BOM, or ISO-8859-1/Windows-1252; Norwegian or English headers; a
//! title line and a blank line before the header, or none; CRLF or LF;
//! region labels `3041 Gol`, `K-3041 Gol`, `3041 - Gol`; time as a year or a
//! quarter, in a column (long) or in the headers (wide, `Personer 2020`);
//! one row per age and/or sex, summed; SSB's symbols `.`, `..`, `...` and
//! `:` (missing, never zero) and `-` (nil: a true zero). Regions that are not municipalities
//! (the country, counties) are skipped.

use std::io::Read;

use super::PopulationTable;
use super::accumulate::Accumulator;
use super::label::split_region_label;
use super::time::{TimeLabel, parse_time_label, split_time_suffix};
use crate::delimited::Records;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::text::{decode_label, fold};

/// The times of a run of rows remembered with their dates (a run is
/// typically one row per year of the table).
const MAX_RUN: usize = 512;
/// Dimension columns (age, sex, …) beyond this many are refused.
const MAX_DIMENSIONS: usize = 4;

/// Reads an SSB CSV download from `reader`; `file` names it in messages.
///
/// # Errors
/// [`Error::Io`] when reading fails; [`Error::Invalid`] with file, line and
/// column for a header without a region column or without time, a time that
/// is no year or quarter, a value that is not a count, and a table with two
/// population variables.
///
/// # Example
/// ```
/// use plan_core::population::ssb::read_ssb_csv;
/// let csv = "\"07459: Befolkning\"\r\n\r\n\"region\";\"kjønn\";\"alder\";\"statistikkvariabel\";\"år\";\"07459: Befolkning\"\r\n\
///            \"3041 Gol\";\"Menn\";\"000 år\";\"Personer\";\"2020\";20\r\n\
///            \"3041 Gol\";\"Kvinner\";\"000 år\";\"Personer\";\"2020\";22\r\n";
/// let (table, _) = read_ssb_csv("07459.csv", csv.as_bytes()).unwrap();
/// assert_eq!(table.observations[0].count, 42);
/// assert_eq!(table.observations[0].name, "Gol");
/// ```
pub fn read_ssb_csv<R: Read>(file: &str, reader: R) -> Result<(PopulationTable, Vec<Diagnostic>)> {
    let io = |source| Error::Io { path: file.into(), source };
    let mut records = Records::new(reader, b';');
    let mut state: Option<Reader> = None;
    let mut title: Option<String> = None;
    loop {
        if let Some(reader) = &mut state {
            // Fast path: SSB's long tables repeat region, sex, age and
            // variable for many rows in a row, and only time and value
            // change. When a row starts with the same bytes as the last, only
            // its tail is split.
            let tail = records.skip_prefix(&reader.prefix).map_err(io)?;
            let read = if tail { records.next_fields() } else { records.next_record() };
            if !read.map_err(io)? {
                break;
            }
            unclosed(file, &records)?;
            reader.row(&records, tail)?;
            continue;
        }
        if !find_header(file, &mut records, &mut title)? {
            break;
        }
        state = Some(Reader::from_header(file, &records, title.as_deref())?);
    }
    match state {
        Some(reader) => Ok(reader.finish()),
        None => Err(Error::located(Diagnostic::error(file, None, None, crate::msg!("ssb-no-header")))),
    }
}

/// The error for a last record whose quoted field is never closed.
pub(crate) fn unclosed<R>(file: &str, records: &Records<R>) -> Result<()> {
    match records.unclosed_quote() {
        Some(line) => Err(Error::located(Diagnostic::error(file, Some(line), None, crate::msg!("csv-unclosed-quote")))),
        None => Ok(()),
    }
}

/// Reads up to a download's header row, the same way for every SSB CSV
/// shape: SSB's title line ("07459: Befolkning, etter region, …", quoted
/// or not: its commas are no separators) is kept in `title`; blank lines
/// are passed over; a line of one field is a title without its number
/// (kept when there is none). The separator is sniffed from the header
/// line. True when `records` holds the header; false at the end.
pub(crate) fn find_header<R: Read>(file: &str, records: &mut Records<R>, title: &mut Option<String>) -> Result<bool> {
    let io = |source| Error::Io { path: file.into(), source };
    loop {
        let Some(line) = records.peek_line().map_err(io)? else { return Ok(false) };
        let text = decode_label(line);
        if title.is_none() && is_title_line(&text) {
            *title = Some(text.trim().trim_matches('"').to_string());
            records.skip_line().map_err(io)?;
            continue;
        }
        if text.trim().is_empty() {
            records.skip_line().map_err(io)?;
            continue;
        }
        records.set_delimiter(crate::text::sniff_separator(&text));
        records.next_record().map_err(io)?;
        unclosed(file, records)?;
        if records.len() >= 2 {
            return Ok(true);
        }
        let blank = records.field(0).iter().all(|b| b.is_ascii_whitespace() || *b == b'"');
        if !blank {
            title.get_or_insert_with(|| text.trim().trim_matches('"').to_string());
        }
    }
}

/// True for SSB's title line: a table number and a colon first
/// (`07459: Befolkning, …`), quoted or not.
pub(crate) fn is_title_line(text: &str) -> bool {
    let text = text.trim().trim_start_matches('"').as_bytes();
    text.len() > 6 && text[..5].iter().all(u8::is_ascii_digit) && text[5] == b':'
}

/// What a header column holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Region,
    /// Summed over (age, sex, …); the index among dimensions.
    Dimension(usize),
    Variable,
    Time,
    /// The value column of a long table.
    Value,
    /// A value column of a wide table: its time and whether its variable is
    /// the population.
    WideValue(TimeLabel, bool),
    Ignored,
}

struct Column {
    name: String,
    role: Role,
}

struct Reader {
    file: String,
    columns: Vec<Column>,
    region: usize,
    variable: Option<usize>,
    time: Option<usize>,
    value: Option<usize>,
    dimensions: Vec<usize>,
    sums: Accumulator,
    last_region: Vec<u8>,
    current: Option<usize>,
    last_variable: Vec<u8>,
    last_mask: usize,
    variable_is_population: bool,
    /// In long tables whose last columns are time and value: the first of them.
    tail_from: Option<usize>,
    /// The raw bytes of the last row before `tail_from`.
    prefix: Vec<u8>,
    /// The times of the last run of rows (the rows that share a prefix)
    /// and their dates, in order; `time_at` is the row's place in its run.
    times: Vec<(Vec<u8>, usize)>,
    time_at: usize,
    population_variables: Vec<String>,
    source: String,
}

impl Reader {
    fn from_header<R>(file: &str, header: &Records<R>, title: Option<&str>) -> Result<Self> {
        let line_no = header.line();
        let mut columns = Vec::with_capacity(header.len());
        let mut dimensions = Vec::new();
        let mut time_column = false;
        for field in header.fields() {
            let name = decode_label(field).trim().to_string();
            let folded = fold(&name);
            let role = match folded.as_str() {
                "region" | "kommune" | "kommunenummer" | "municipality" => Role::Region,
                "kjonn" | "sex" | "alder" | "age" | "kjonn og alder" => {
                    dimensions.push(columns.len());
                    Role::Dimension(dimensions.len() - 1)
                }
                "statistikkvariabel" | "contents" | "statistic" | "statistikkvariable" | "variabel" => Role::Variable,
                "ar" | "year" | "kvartal" | "quarter" | "tid" | "time" | "arstall" => {
                    time_column = true;
                    Role::Time
                }
                _ => match split_time_suffix(&name) {
                    Some((prefix, time)) => Role::WideValue(time, prefix.is_empty() || is_population_variable(prefix)),
                    None => Role::Ignored,
                },
            };
            columns.push(Column { name, role });
        }
        if time_column {
            // Long: the value is the last column that is not a dimension.
            if let Some(last) = columns.iter_mut().rev().find(|c| matches!(c.role, Role::Ignored | Role::WideValue(..)))
            {
                last.role = Role::Value;
            }
        }
        for column in &mut columns {
            if column.role == Role::Ignored {
                column.role = Role::Dimension(dimensions.len());
                dimensions.push(0);
            }
        }
        dimensions =
            columns.iter().enumerate().filter(|(_, c)| matches!(c.role, Role::Dimension(_))).map(|(i, _)| i).collect();
        let located = |message: crate::Message| Error::located(Diagnostic::error(file, Some(line_no), None, message));
        let header_list =
            crate::text::excerpt(&columns.iter().map(|c| c.name.as_str()).collect::<Vec<_>>().join(", "), 160);
        let Some(region) = columns.iter().position(|c| c.role == Role::Region) else {
            return Err(located(crate::msg!("ssb-no-region", header = header_list)));
        };
        let has_wide = columns.iter().any(|c| matches!(c.role, Role::WideValue(..)));
        if !time_column && !has_wide {
            return Err(located(crate::msg!("ssb-no-time", header = header_list)));
        }
        if dimensions.len() > MAX_DIMENSIONS {
            return Err(located(crate::msg!(
                "ssb-too-many-dimensions",
                count = dimensions.len(),
                max = MAX_DIMENSIONS
            )));
        }
        let table_id = title.and_then(table_id).or_else(|| columns.iter().find_map(|c| table_id(&c.name)));
        let source = match table_id {
            Some(id) => format!("{file} (SSB, table {id})"),
            None => format!("{file} (SSB)"),
        };
        let tail_from = columns
            .iter()
            .position(|c| matches!(c.role, Role::Time | Role::Value))
            .filter(|&k| k > region && columns[k..].iter().all(|c| matches!(c.role, Role::Time | Role::Value)));
        Ok(Reader {
            file: file.to_string(),
            region,
            variable: columns.iter().position(|c| c.role == Role::Variable),
            time: columns.iter().position(|c| c.role == Role::Time),
            value: columns.iter().position(|c| c.role == Role::Value),
            sums: Accumulator::new(file, dimensions.len()),
            dimensions,
            columns,
            last_region: Vec::new(),
            current: None,
            last_variable: Vec::new(),
            last_mask: 0,
            variable_is_population: true,
            tail_from,
            prefix: Vec::new(),
            times: Vec::new(),
            time_at: 0,
            population_variables: Vec::new(),
            source,
        })
    }

    fn error(&self, line: u64, column: usize, message: crate::Message) -> Error {
        Error::located(Diagnostic::error(&self.file, Some(line), Some(&self.columns[column].name), message))
    }

    /// Reads one data row: a whole one, or when `tail` only its fields
    /// from `tail_from` on (the ones before repeat the last row's).
    fn row<R>(&mut self, record: &Records<R>, tail: bool) -> Result<()> {
        if let (true, Some(tail_from)) = (tail, self.tail_from) {
            if let (Some(current), true) = (self.current, self.variable_is_population) {
                self.time_and_value(record, tail_from, current, self.last_mask)?;
            }
            return Ok(());
        }
        let result = self.full_row(record);
        self.prefix.clear();
        if let (Some(tail_from), Ok(())) = (self.tail_from, &result) {
            self.prefix.extend_from_slice(record.raw_before(tail_from));
        }
        result
    }

    fn full_row<R>(&mut self, record: &Records<R>) -> Result<()> {
        let line_no = record.line();
        if record.len() <= 1 && record.field(0).iter().all(|b| b.is_ascii_whitespace() || *b == b'"') {
            return Ok(());
        }
        let field = |i: usize| record.field(i).trim_ascii();
        let region = field(self.region);
        if region != self.last_region.as_slice() {
            self.last_region.clear();
            self.last_region.extend_from_slice(region);
            self.current = self.region_index(region);
        }
        let Some(current) = self.current else { return Ok(()) };
        if let Some(v) = self.variable {
            let variable = field(v);
            if variable != self.last_variable.as_slice() {
                self.last_variable.clear();
                self.last_variable.extend_from_slice(variable);
                let label = decode_label(variable);
                self.variable_is_population = is_population_variable(&label);
                if self.variable_is_population && !self.population_variables.contains(&label) {
                    self.population_variables.push(label);
                    if self.population_variables.len() > 1 {
                        return Err(self.error(
                            line_no,
                            v,
                            crate::msg!("ssb-several-variables", variables = self.population_variables.join(", ")),
                        ));
                    }
                }
            }
            if !self.variable_is_population {
                return Ok(());
            }
        }
        let mut mask = 0usize;
        for bit in 0..self.dimensions.len() {
            if is_total_label(field(self.dimensions[bit])) {
                mask |= 1 << bit;
            }
        }
        self.last_mask = mask;
        self.time_at = 0;
        self.time_and_value(record, 0, current, mask)
    }

    /// Reads the time and value cells (long) or the value cells (wide) of a
    /// record whose fields are the row's from column `first` on.
    fn time_and_value<R>(&mut self, record: &Records<R>, first: usize, current: usize, mask: usize) -> Result<()> {
        let line_no = record.line();
        let field = |i: usize| record.field(i - first).trim_ascii();
        if let (Some(t), Some(v)) = (self.time, self.value) {
            let time = field(t);
            // SSB repeats the same times in the same order in every run of
            // rows: the date of the run's k-th time is known from the last run.
            let at = self.time_at;
            self.time_at += 1;
            let date = match self.times.get(at) {
                Some((bytes, date)) if bytes.as_slice() == time => *date,
                _ => {
                    let Some(label) = parse_time_label(time) else {
                        let shown = decode_label(time);
                        return Err(self.error(line_no, t, crate::msg!("time-label-unreadable", text = shown)));
                    };
                    let date = self.date_slot(label);
                    if at < self.times.len() {
                        self.times[at] = (time.to_vec(), date);
                    } else if at == self.times.len() && at < MAX_RUN {
                        self.times.push((time.to_vec(), date));
                    }
                    date
                }
            };
            self.add(current, date, mask, field(v)).map_err(|message| self.error(line_no, v, message))
        } else {
            for i in first..self.columns.len() {
                if let Role::WideValue(label, true) = self.columns[i].role {
                    let date = self.date_slot(label);
                    self.add(current, date, mask, field(i)).map_err(|message| self.error(line_no, i, message))?;
                }
            }
            Ok(())
        }
    }

    fn region_index(&mut self, label: &[u8]) -> Option<usize> {
        let text = decode_label(label);
        let (code, name) = split_region_label(&text)?;
        Some(self.sums.municipality(code, &clean_name(name)))
    }

    fn date_slot(&mut self, label: TimeLabel) -> usize {
        self.sums.date(label)
    }

    fn add(&mut self, region: usize, date: usize, mask: usize, cell: &[u8]) -> std::result::Result<(), crate::Message> {
        self.sums.add(region, date, mask, cell)
    }

    fn finish(self) -> (PopulationTable, Vec<Diagnostic>) {
        self.sums.finish(self.source)
    }
}

/// True for a statistics variable that is the population stock (not a
/// change, not births or deaths, not the end of a quarter).
pub(crate) fn is_population_variable(label: &str) -> bool {
    let folded = fold(label);
    let stock = [
        "personer",
        "persons",
        "folkemengde",
        "befolkning",
        "population",
        "folketal",
        "folketall",
        "innbyggjarar",
        "innbyggere",
    ]
    .iter()
    .any(|w| folded.contains(w));
    let flow = [
        "endring",
        "change",
        "tilvekst",
        "growth",
        "utgangen",
        "end of",
        "fodte",
        "dode",
        "flytting",
        "births",
        "deaths",
        "migration",
    ]
    .iter()
    .any(|w| folded.contains(w));
    stock && !flow
}

/// Total categories: `Begge kjønn`, `Both sexes`, `Alle aldre`, `All ages`,
/// `I alt`, `Total`. Checked on raw bytes (any encoding).
pub(crate) fn is_total_label(label: &[u8]) -> bool {
    let starts = |prefix: &[u8]| label.len() >= prefix.len() && label[..prefix.len()].eq_ignore_ascii_case(prefix);
    starts(b"begge")
        || starts(b"both")
        || starts(b"alle")
        || starts(b"all ")
        || starts(b"i alt")
        || starts(b"total")
        || label.eq_ignore_ascii_case(b"all")
}

/// `07459` from `07459: Befolkning, etter …`.
pub(crate) fn table_id(text: &str) -> Option<String> {
    let text = text.trim().trim_matches('"');
    let (id, _) = text.split_once(':')?;
    (id.len() == 5 && id.bytes().all(|b| b.is_ascii_digit())).then(|| id.to_string())
}

/// `Nes (Buskerud) (-2019)` → `Nes (Buskerud)`: SSB marks a code's years of
/// validity in parentheses.
pub(crate) fn clean_name(name: &str) -> String {
    let mut name = name.trim();
    while let Some(open) = name.rfind(" (") {
        let inner = &name[open + 2..];
        if inner.ends_with(')') && inner[..inner.len() - 1].chars().all(|c| c.is_ascii_digit() || c == '-' || c == '–')
        {
            name = name[..open].trim_end();
        } else {
            break;
        }
    }
    name.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_doubled_quote_as_one() {
        let csv = "\"region\";\"statistikkvariabel\";\"år\";\"x\"\r\n\
                   \"3041 Gol \"\"sentrum\"\" nord\";\"Personer\";\"2020\";5\r\n\
                   \"3041 Gol \"\"sentrum\"\" nord\";\"Personer\";\"2021\";6\r\n\
                   \"3042 Hemsedal\";\"Personer\";\"2021\";\"7\"\r\n";
        let (table, _) = read_ssb_csv("t.csv", csv.as_bytes()).expect("reads");
        let names: Vec<(&str, i64)> = table.observations.iter().map(|o| (o.name.as_str(), o.count as i64)).collect();
        assert_eq!(names, [("Gol \"sentrum\" nord", 5), ("Gol \"sentrum\" nord", 6), ("Hemsedal", 7)]);
    }

    #[test]
    fn locates_errors_after_quoted_line_breaks() {
        let csv = "region;år;Personer\n\"3041\nGol\";2020;5\n\n3041 Gol;2021;x\n";
        let err = read_ssb_csv("t.csv", csv.as_bytes()).expect_err("not a count");
        assert!(err.to_string().starts_with("t.csv:5: error: column 'Personer'"), "{err}");
        let err = read_ssb_csv("t.csv", "region;år;Personer\n3041 Gol;2020;\"5\n".as_bytes()).expect_err("open");
        assert!(err.to_string().starts_with("t.csv:2: error: malformed CSV: a quoted field"), "{err}");
    }

    #[test]
    fn recognises_population_variables() {
        for yes in [
            "Personer",
            "Persons",
            "Folkemengde 1. januar",
            "Befolkning ved inngangen av kvartalet",
            "Population at the beginning of the quarter",
        ] {
            assert!(is_population_variable(yes), "{yes}");
        }
        for no in [
            "Levendefødte",
            "Døde",
            "Befolkning ved utgangen av kvartalet",
            "Folketilvekst",
            "Population growth",
            "Innflyttinger",
        ] {
            assert!(!is_population_variable(no), "{no}");
        }
    }

    #[test]
    fn cleans_names() {
        assert_eq!(clean_name("Nes (Buskerud) (-2019)"), "Nes (Buskerud)");
        assert_eq!(clean_name("Nesbyen (2020-2023)"), "Nesbyen");
        assert_eq!(clean_name("Gol"), "Gol");
        assert_eq!(table_id("07459: Befolkning, etter region"), Some("07459".into()));
    }
}
