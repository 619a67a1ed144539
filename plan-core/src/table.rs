//! Delimited tables as offices save them: UTF-8 with or without BOM or
//! Windows-1252, comma, semicolon or tab, quoted fields with line breaks, and
//! header names matched without regard to case or diacritics.

use crate::delimited::Records;
use crate::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::msg;
use crate::text::{Encoding, decode, fold, sniff_separator};

/// A column a reader looks for: its canonical name, other accepted names, and
/// whether the file is unusable without it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Column {
    /// The name the project's own files use, as shown in messages.
    pub name: &'static str,
    /// Other accepted header names (matched after [`fold`]).
    pub aliases: &'static [&'static str],
    /// Whether a file without it is an error.
    pub required: bool,
}

/// One data row: its 1-based line number in the file and its trimmed fields.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub line: u64,
    pub fields: Vec<String>,
}

impl Row {
    /// The trimmed field at `index`, or "" when the column is absent or the
    /// row is short.
    pub fn get(&self, index: Option<usize>) -> &str {
        index.and_then(|i| self.fields.get(i)).map_or("", String::as_str)
    }
}

/// A whole table read into memory (for plan-sized files).
#[derive(Debug, Clone)]
pub(crate) struct Table {
    /// The file as named in messages.
    pub file: String,
    /// The header row as written (trimmed).
    pub headers: Vec<String>,
    /// The data rows, blank rows left out.
    pub rows: Vec<Row>,
    /// The encoding the file was read in.
    #[allow(dead_code)]
    pub encoding: Encoding,
    /// The worksheet, for a table read from a workbook.
    pub sheet: Option<String>,
}

impl Table {
    /// Reads a table from the bytes of `file`.
    ///
    /// # Errors
    /// A diagnostic with the line of malformed CSV, or for a file with no
    /// header row.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<Table, Diagnostic> {
        let (text, encoding) = decode(bytes);
        let first_line = text.lines().find(|l| !l.trim().is_empty() && !l.starts_with('#')).unwrap_or_default();
        let separator = sniff_separator(first_line);
        let mut records = Records::with_capacity(text.as_bytes(), separator, text.len() + 1);
        let mut headers: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        while records.next_record().map_err(|e| read_error(file, &e))? {
            let line = records.line();
            let fields: Vec<String> = records.fields().map(|f| String::from_utf8_lossy(f).trim().to_string()).collect();
            if fields.iter().all(String::is_empty) {
                continue;
            }
            // Lines starting with '#' before the header are comments.
            if headers.is_none() && fields.first().is_some_and(|f| f.starts_with('#')) {
                continue;
            }
            if headers.is_none() {
                headers = Some(fields);
            } else {
                rows.push(Row { line, fields });
            }
        }
        if let Some(line) = records.unclosed_quote() {
            return Err(Diagnostic::error(file, Some(line), None, msg!("csv-unclosed-quote")));
        }
        let headers = headers.ok_or_else(|| Diagnostic::error(file, None, None, msg!("table-empty")))?;
        for row in &rows {
            let used = row.fields.iter().rposition(|f| !f.is_empty()).map_or(0, |i| i + 1);
            if used > headers.len() {
                return Err(Diagnostic::error(
                    file,
                    Some(row.line),
                    None,
                    msg!(
                        "csv-too-many-fields",
                        used = used,
                        header = headers.len(),
                        separator = char::from(separator).escape_default().to_string()
                    ),
                ));
            }
        }
        Ok(Table { file: file.to_string(), headers, rows, encoding, sheet: None })
    }

    /// Reads a worksheet of an Excel workbook (`.xlsx`): the sheet named
    /// `preferred` (case and diacritics ignored), or the first. Rows are
    /// numbered as Excel numbers them; dates become `YYYY-MM-DD`, whole
    /// numbers print without decimals.
    ///
    /// # Errors
    /// A diagnostic when the file is no workbook or has no sheets.
    pub fn from_xlsx(file: &str, bytes: &[u8], preferred: &str) -> Result<Table, Diagnostic> {
        use calamine::{Data, Reader, Xlsx};
        let mut workbook: Xlsx<_> =
            calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).map_err(|e: calamine::XlsxError| {
                Diagnostic::error(file, None, None, msg!("workbook-unreadable", detail = e.to_string()))
            })?;
        let names = workbook.sheet_names().to_vec();
        let sheet = names
            .iter()
            .find(|n| fold(n) == fold(preferred))
            .or_else(|| names.first())
            .cloned()
            .ok_or_else(|| Diagnostic::error(file, None, None, msg!("workbook-without-sheets")))?;
        let range = workbook.worksheet_range(&sheet).map_err(|e| {
            Diagnostic::error(file, None, None, msg!("sheet-unreadable", sheet = &sheet, detail = e.to_string()))
        })?;
        let first_row = range.start().map_or(0, |(row, _)| u64::from(row));
        let first_column = range.start().map_or(0, |(_, column)| column as usize);
        let mut headers: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for (i, cells) in range.rows().enumerate() {
            let mut fields: Vec<String> = vec![String::new(); first_column];
            fields.extend(cells.iter().map(|cell| match cell {
                Data::Empty => String::new(),
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
                Data::Int(n) => n.to_string(),
                Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
                Data::Float(f) => f.to_string(),
                Data::Bool(b) => b.to_string(),
                Data::DateTime(d) => d.as_datetime().map_or_else(|| d.as_f64().to_string(), |t| t.date().to_string()),
                Data::Error(e) => format!("#{e:?}"),
            }));
            if fields.iter().all(String::is_empty) {
                continue;
            }
            let line = first_row + i as u64 + 1;
            if headers.is_none() {
                headers = Some(fields);
            } else {
                rows.push(Row { line, fields });
            }
        }
        let headers = headers
            .ok_or_else(|| Diagnostic::error(file, None, None, msg!("sheet-empty", sheet = &sheet)).in_sheet(&sheet))?;
        Ok(Table { file: file.to_string(), headers, rows, encoding: Encoding::Utf8, sheet: Some(sheet) })
    }

    /// An error about a cell of this table, naming the sheet for a workbook.
    pub fn error(&self, row: u64, field: &str, message: Message) -> Diagnostic {
        let d = Diagnostic::error(&self.file, Some(row), Some(field), message);
        match &self.sheet {
            Some(sheet) => d.in_sheet(sheet),
            None => d,
        }
    }

    /// Finds the wanted columns by header name. Returns their indexes in the
    /// order asked, as many as asked (so a caller destructures them without
    /// a fallback), `None` for an optional column that is absent.
    ///
    /// # Errors
    /// One diagnostic per missing required column, naming the columns found.
    pub fn columns<const N: usize>(&self, wanted: &[Column; N]) -> Result<[Option<usize>; N], Vec<Diagnostic>> {
        let folded: Vec<String> = self.headers.iter().map(|h| fold(h)).collect();
        let mut found = [None; N];
        let mut missing = Vec::new();
        for (slot, column) in found.iter_mut().zip(wanted) {
            let index = folded
                .iter()
                .position(|h| *h == fold(column.name) || column.aliases.iter().any(|alias| *h == fold(alias)));
            if index.is_none() && column.required {
                missing.push(self.error(
                    1,
                    column.name,
                    msg!("column-missing", header = crate::text::excerpt(&self.headers.join(", "), 160)),
                ));
            }
            *slot = index;
        }
        if missing.is_empty() { Ok(found) } else { Err(missing) }
    }
}

/// The diagnostic of a read that failed.
fn read_error(file: &str, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(file, None, None, msg!("cannot-read", reason = crate::error::io_reason(err)))
}

/// Rows of a delimited file read one at a time, for tables too large to hold:
/// the separator is sniffed from the header line, every field is decoded on
/// its own (UTF-8 when valid, else Windows-1252), blank rows and `#` comment
/// lines before the header are skipped. A UTF-16 file is decoded whole first.
pub(crate) struct RowStream<R: std::io::Read> {
    file: String,
    records: Records<R>,
}

impl<R: std::io::Read> RowStream<R> {
    /// Opens a stream and reads its header.
    ///
    /// # Errors
    /// A diagnostic when the file cannot be read or has no header.
    pub fn open(file: &str, reader: R) -> Result<(Vec<String>, Self), Diagnostic> {
        let mut records = Records::new(reader, b',');
        // Skip blank and comment lines, and sniff the header line.
        let separator = loop {
            let Some(line) = records.peek_line().map_err(|e| read_error(file, &e))? else {
                return Err(Diagnostic::error(file, None, None, msg!("table-empty")));
            };
            let text = crate::text::decode_label(line);
            if text.trim().is_empty() || text.trim_start().starts_with('#') {
                records.skip_line().map_err(|e| read_error(file, &e))?;
                continue;
            }
            break sniff_separator(text.trim_end());
        };
        records.set_delimiter(separator);
        records.next_record().map_err(|e| read_error(file, &e))?;
        let headers: Vec<String> = records.fields().map(|f| crate::text::decode_label(f).trim().to_string()).collect();
        Ok((headers, RowStream { file: file.to_string(), records }))
    }
}

impl<R: std::io::Read> Iterator for RowStream<R> {
    type Item = Result<Row, Diagnostic>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match self.records.next_record() {
                Ok(true) => {}
                Ok(false) => return None,
                Err(e) => return Some(Err(read_error(&self.file, &e))),
            }
            if let Some(line) = self.records.unclosed_quote() {
                return Some(Err(Diagnostic::error(&self.file, Some(line), None, msg!("csv-unclosed-quote"))));
            }
            let fields: Vec<String> =
                self.records.fields().map(|f| crate::text::decode_label(f).trim().to_string()).collect();
            if fields.iter().all(String::is_empty) {
                continue;
            }
            return Some(Ok(Row { line: self.records.line(), fields }));
        }
    }
}

impl Table {
    /// A table of headers only, to find columns by name in a stream.
    pub fn header_only(file: &str, headers: Vec<String>) -> Table {
        Table { file: file.to_string(), headers, rows: Vec::new(), encoding: Encoding::Utf8, sheet: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: [Column; 2] = [
        Column { name: "innsatsområde", aliases: &[], required: true },
        Column { name: "merknad", aliases: &["kommentar"], required: false },
    ];

    #[test]
    fn reads_semicolon_latin1_with_multiline_field() {
        let bytes = b"Innsatsomrade;Kommentar\r\nKLIMA;\"f\xf8rste\r\nlinje\"\r\n;;\r\nTENESTE;x\r\n";
        let table = Table::parse("t.csv", bytes).expect("parses");
        assert_eq!(table.encoding, Encoding::Windows1252);
        assert_eq!(table.rows.len(), 2);
        assert_eq!(table.rows[0].fields, ["KLIMA", "første\r\nlinje"]);
        assert_eq!(table.rows[1].line, 5);
        let cols = table.columns(&COLUMNS).expect("columns found");
        assert_eq!(cols, [Some(0), Some(1)]);
        assert_eq!(table.rows[1].get(cols[1]), "x");
    }

    #[test]
    fn names_missing_columns() {
        let table = Table::parse("t.csv", "id,tiltak\n1,a\n".as_bytes()).expect("parses");
        let errs = table.columns(&COLUMNS).expect_err("missing");
        assert_eq!(errs.len(), 1);
        assert_eq!(
            errs[0].to_string(),
            "t.csv:1: error: column 'innsatsområde': missing required column (the header has: id, tiltak)"
        );
    }

    #[test]
    fn empty_file_is_an_error() {
        let err = Table::parse("t.csv", b"\n\n").expect_err("empty");
        assert_eq!(err.to_string(), "t.csv: error: the file is empty (expected a header row and data rows)");
    }

    #[test]
    fn bad_quotes_are_located() {
        let err = Table::parse("t.csv", b"a,b\n1,\"x\"\"y\"\n1,\"open\n2,3\n").expect_err("unterminated");
        assert_eq!(
            err.to_string(),
            "t.csv:3: error: malformed CSV: a quoted field starts here and is never closed (expected a closing \")"
        );
    }

    #[test]
    fn extra_fields_are_located() {
        let err = Table::parse("t.csv", b"a;b\n1;2;;\n1;2;3\n").expect_err("extra field");
        assert_eq!(
            err.to_string(),
            "t.csv:3: error: malformed CSV: 3 fields where the header has 2 (is there a ';' in a text without quotes?)"
        );
    }
}
