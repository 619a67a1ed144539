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
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::text::{decode_label, fold};

/// Size of the read buffer; lines longer than this still work (it grows).
const CHUNK: usize = 1 << 20;
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
    let mut lines = Lines::new(reader);
    let mut state: Option<Reader> = None;
    let mut title: Option<String> = None;
    let mut fields: Vec<(usize, usize)> = Vec::with_capacity(16);
    // A logical line whose quoted field spans line breaks, being joined.
    let mut joined: Vec<u8> = Vec::new();
    let mut joined_from = 0;
    loop {
        let next = lines.next_line().map_err(|source| Error::Io { path: file.into(), source })?;
        let Some((physical, physical_no)) = next else {
            if !joined.is_empty() {
                return Err(Error::located(Diagnostic::error(
                    file,
                    Some(joined_from),
                    None,
                    crate::msg!("csv-unclosed-quote"),
                )));
            }
            break;
        };
        let joining = !joined.is_empty();
        if joining {
            joined.push(b'\n');
            joined.extend_from_slice(physical);
        }
        let (line, line_no) = if joining { (joined.as_slice(), joined_from) } else { (physical, physical_no) };
        let complete = match &mut state {
            Some(reader) => reader.row(line, line_no)?,
            // SSB's title line ("07459: Befolkning, etter region, …"), quoted
            // or not: its commas are no separators.
            None if title.is_none() && is_title_line(&decode_label(line)) => {
                title = Some(decode_label(line).trim().trim_matches('"').to_string());
                true
            }
            None => {
                let separator = crate::text::sniff_separator(&decode_label(line));
                let complete = split_fields(line, separator, &mut fields);
                if complete && !line.iter().all(u8::is_ascii_whitespace) {
                    if fields.len() < 2 {
                        title.get_or_insert_with(|| decode_label(line).trim().trim_matches('"').to_string());
                    } else {
                        state = Some(Reader::from_header(file, line, line_no, separator, &fields, title.as_deref())?);
                    }
                }
                complete
            }
        };
        if complete {
            joined.clear();
        } else if !joining {
            joined.extend_from_slice(physical);
            joined_from = physical_no;
        }
    }
    match state {
        Some(reader) => Ok(reader.finish()),
        None => Err(Error::located(Diagnostic::error(file, None, None, crate::msg!("ssb-no-header")))),
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
    separator: u8,
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
    /// The bytes of the last row before `tail_from`.
    prefix: Vec<u8>,
    fields: Vec<(usize, usize)>,
    tail_fields: Vec<(usize, usize)>,
    population_variables: Vec<String>,
    source: String,
}

impl Reader {
    fn from_header(
        file: &str,
        line: &[u8],
        line_no: u64,
        separator: u8,
        fields: &[(usize, usize)],
        title: Option<&str>,
    ) -> Result<Self> {
        let mut columns = Vec::with_capacity(fields.len());
        let mut dimensions = Vec::new();
        let mut time_column = false;
        for &(start, end) in fields {
            let name = decode_label(unquote(&line[start..end])).trim().to_string();
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
            separator,
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
            fields: Vec::with_capacity(16),
            tail_fields: Vec::with_capacity(4),
            population_variables: Vec::new(),
            source,
        })
    }

    fn error(&self, line: u64, column: usize, message: crate::Message) -> Error {
        Error::located(Diagnostic::error(&self.file, Some(line), Some(&self.columns[column].name), message))
    }

    /// Reads one data row. Returns false when the line ends inside a quoted
    /// field (the caller joins it with the next line).
    fn row(&mut self, line: &[u8], line_no: u64) -> Result<bool> {
        // Fast path: SSB's long tables repeat region, sex, age and variable
        // for many rows in a row, and only time and value change. When this
        // line starts with the same bytes as the last, only the tail is read.
        if let Some(tail_from) = self.tail_from
            && !self.prefix.is_empty()
            && line.starts_with(&self.prefix)
        {
            let tail = &line[self.prefix.len()..];
            if !split_fields(tail, self.separator, &mut self.tail_fields) {
                return Ok(false);
            }
            if self.tail_fields.len() == self.columns.len() - tail_from {
                if let (Some(current), true) = (self.current, self.variable_is_population) {
                    let fields = std::mem::take(&mut self.tail_fields);
                    let result = self.time_and_value(tail, line_no, &fields, tail_from, current, self.last_mask);
                    self.tail_fields = fields;
                    result?;
                }
                return Ok(true);
            }
        }
        let mut fields = std::mem::take(&mut self.fields);
        if !split_fields(line, self.separator, &mut fields) {
            self.fields = fields;
            return Ok(false);
        }
        let result = self.full_row(line, line_no, &fields);
        self.prefix.clear();
        if let (Some(tail_from), Ok(())) = (self.tail_from, &result)
            && let Some(&(start, _)) = fields.get(tail_from)
        {
            self.prefix.extend_from_slice(&line[..start]);
        }
        self.fields = fields;
        result.map(|()| true)
    }

    fn full_row(&mut self, line: &[u8], line_no: u64, fields: &[(usize, usize)]) -> Result<()> {
        if fields.len() <= 1 && line.iter().all(|b| b.is_ascii_whitespace() || *b == b'"') {
            return Ok(());
        }
        let field = |i: usize| fields.get(i).map_or(&b""[..], |&(s, e)| unquote(&line[s..e]));
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
        self.time_and_value(line, line_no, fields, 0, current, mask)
    }

    /// Reads the time and value cells (long) or the value cells (wide) of a
    /// row whose fields from column `first` on are `fields`.
    fn time_and_value(
        &mut self,
        line: &[u8],
        line_no: u64,
        fields: &[(usize, usize)],
        first: usize,
        current: usize,
        mask: usize,
    ) -> Result<()> {
        let field = |i: usize| fields.get(i - first).map_or(&b""[..], |&(s, e)| unquote(&line[s..e]));
        if let (Some(t), Some(v)) = (self.time, self.value) {
            let time = field(t);
            let Some(label) = parse_time_label(time) else {
                let shown = decode_label(time);
                return Err(self.error(line_no, t, crate::msg!("time-label-unreadable", text = shown)));
            };
            let date = self.date_slot(label);
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

pub(crate) fn unquote(field: &[u8]) -> &[u8] {
    let field = trim_ascii(field);
    match field {
        [b'"', inner @ .., b'"'] => inner,
        _ => field,
    }
}

fn trim_ascii(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'\t' | b'\r', rest @ ..] = bytes {
        bytes = rest;
    }
    while let [rest @ .., b' ' | b'\t' | b'\r'] = bytes {
        bytes = rest;
    }
    bytes
}

/// Splits a line into field ranges at `separator`, outside double quotes.
/// Returns false when a quoted field is still open at the end of the line
/// (it continues on the next line).
pub(crate) fn split_fields(line: &[u8], separator: u8, fields: &mut Vec<(usize, usize)>) -> bool {
    fields.clear();
    let mut start = 0;
    let mut i = 0;
    let n = line.len();
    while i < n {
        let b = line[i];
        if b == separator {
            fields.push((start, i));
            start = i + 1;
        } else if b == b'"' {
            // Skip to the closing quote; a doubled quote is an escaped one.
            i += 1;
            loop {
                match line[i..].iter().position(|&c| c == b'"') {
                    Some(q) if line.get(i + q + 1) == Some(&b'"') => i += q + 2,
                    Some(q) => {
                        i += q;
                        break;
                    }
                    None => return false,
                }
            }
        }
        i += 1;
    }
    fields.push((start, n));
    true
}

/// The lines of a stream, split at `\n` with `\r` and a leading BOM
/// removed, numbered from 1, read through one reused buffer.
pub(crate) struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    line: u64,
}

impl<R: Read> Lines<R> {
    pub(crate) fn new(reader: R) -> Self {
        Lines { reader, buf: vec![0; CHUNK], start: 0, end: 0, eof: false, line: 0 }
    }

    pub(crate) fn next_line(&mut self) -> std::io::Result<Option<(&[u8], u64)>> {
        loop {
            if let Some(nl) = memchr::memchr(b'\n', &self.buf[self.start..self.end]) {
                let (s, e) = self.piece(self.start, self.start + nl);
                self.start += nl + 1;
                self.line += 1;
                return Ok(Some((&self.buf[s..e], self.line)));
            }
            if self.eof {
                if self.start == self.end {
                    return Ok(None);
                }
                // The last line has no line break.
                let (s, e) = self.piece(self.start, self.end);
                self.start = self.end;
                self.line += 1;
                return Ok(Some((&self.buf[s..e], self.line)));
            }
            self.refill()?;
        }
    }

    /// The range of a line without its `\r` and, on the first line, a BOM.
    fn piece(&self, mut s: usize, mut e: usize) -> (usize, usize) {
        if self.line == 0 && self.buf[s..e].starts_with(b"\xEF\xBB\xBF") {
            s += 3;
        }
        if e > s && self.buf[e - 1] == b'\r' {
            e -= 1;
        }
        (s, e)
    }

    fn refill(&mut self) -> std::io::Result<()> {
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.end == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        loop {
            match self.reader.read(&mut self.buf[self.end..]) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(());
                }
                Ok(n) => {
                    self.end += n;
                    return Ok(());
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &[u8]) -> Vec<(String, u64)> {
        let mut reader = Lines::new(text);
        reader.buf = vec![0; 4];
        let mut out = Vec::new();
        while let Some((line, n)) = reader.next_line().expect("reads") {
            out.push((String::from_utf8_lossy(line).into_owned(), n));
        }
        out
    }

    #[test]
    fn splits_lines_across_small_buffers() {
        assert_eq!(
            lines(b"ab\r\n\"c\r\nd\";e\nlast"),
            [("ab".to_string(), 1), ("\"c".to_string(), 2), ("d\";e".to_string(), 3), ("last".to_string(), 4)]
        );
        assert_eq!(lines(b"\xEF\xBB\xBFx\n"), [("x".to_string(), 1)]);
    }

    #[test]
    fn splits_fields_outside_quotes() {
        let line = b"\"a;b\";c;\"d\"\"e\";";
        let mut fields = Vec::new();
        assert!(split_fields(line, b';', &mut fields));
        let parts: Vec<&[u8]> = fields.iter().map(|&(s, e)| unquote(&line[s..e])).collect();
        assert_eq!(parts, [&b"a;b"[..], b"c", b"d\"\"e", b""]);
        assert!(!split_fields(b"a;\"open", b';', &mut fields));
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
