//! Reading any population file by its shape: JSON-stat, an SSB CSV
//! download, or the project's own CSV.

use std::path::Path;

use super::PopulationTable;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::text::fold;

/// Reads a population file, choosing the reader by content: JSON-stat when
/// it starts with `{`; the project's own CSV when its header has
/// `kommunenummer`; otherwise an SSB CSV download (streamed).
///
/// `name` is how the file is named in messages.
///
/// # Errors
/// [`Error::Io`] when the file cannot be read; [`Error::Invalid`] with the
/// located problems otherwise.
///
/// # Example
/// ```
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal/folketal-ssb-07459-2015-2024.csv");
/// let (table, _) = plan_core::population::read::read_population_file(path, "folketal.csv")?;
/// assert_eq!(table.dates().len(), 10);
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_population_file(path: impl AsRef<Path>, name: &str) -> Result<(PopulationTable, Vec<Diagnostic>)> {
    let path = path.as_ref();
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    let mut file = std::fs::File::open(path).map_err(io)?;
    let mut head = vec![0u8; 8192];
    let n = read_up_to(&mut file, &mut head).map_err(io)?;
    head.truncate(n);
    let file = std::fs::File::open(path).map_err(io)?;
    match shape(&head) {
        Shape::JsonStat => super::jsonstat::read_jsonstat_stream(name, file),
        Shape::Own => super::own::read_population_stream(name, file),
        Shape::Ssb => super::ssb::read_ssb_csv(name, file),
        Shape::Spreadsheet(format) => Err(spreadsheet(name, format)),
    }
}

/// Reads a population table of any supported shape from memory, such as an
/// uploaded file: `name` is how it is named in messages.
///
/// # Errors
/// [`Error::Invalid`] with the located problems.
///
/// # Example
/// ```
/// use plan_core::population::read::read_population_bytes;
/// let upload: Vec<u8> = b"kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n3041,Gol,2021,4636\n".to_vec();
/// let (table, _) = read_population_bytes(&upload, "opplasta.csv")?;
/// assert_eq!(table.dates().len(), 2);
/// let ssb = b"\"region\";\"tid\";\"Personer\"\n\"3041 Gol\";\"2020\";4608\n";
/// assert_eq!(read_population_bytes(ssb, "07459.csv")?.0.observations[0].count, 4608);
/// // A workbook is named as such, with the formats that are read.
/// let err = read_population_bytes(b"PK\x03\x04\x14\x00[Content_Types].xml", "folketal.xlsx").unwrap_err();
/// assert_eq!(
///     err.diagnostics()[0].render(plan_core::Language::En),
///     "folketal.xlsx: error: the file is an Excel (.xlsx) workbook, not a table the population reader reads (expected a CSV file — an SSB download or the plan's own table — or JSON-stat: save the sheet as CSV)"
/// );
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_population_bytes(bytes: &[u8], name: &str) -> Result<(PopulationTable, Vec<Diagnostic>)> {
    let head = &bytes[..bytes.len().min(8192)];
    match shape(head) {
        Shape::JsonStat => super::jsonstat::read_jsonstat_stream(name, bytes),
        Shape::Own => super::own::read_population_stream(name, bytes),
        Shape::Ssb => super::ssb::read_ssb_csv(name, bytes),
        Shape::Spreadsheet(format) => Err(spreadsheet(name, format)),
    }
}

/// The shapes a population file comes in.
enum Shape {
    JsonStat,
    Own,
    Ssb,
    /// A spreadsheet, which the reader does not read: its format's name.
    Spreadsheet(&'static str),
}

/// The error for a spreadsheet given as a population table.
fn spreadsheet(name: &str, format: &'static str) -> Error {
    Error::Invalid {
        diagnostics: vec![Diagnostic::error(name, None, None, crate::msg!("population-spreadsheet", format = format))],
    }
}

/// The shape of a file from its first bytes.
fn shape(head: &[u8]) -> Shape {
    // Office files: a ZIP archive (.xlsx, .ods) or an OLE compound file (.xls).
    if head.starts_with(b"PK\x03\x04") {
        // An OpenDocument file stores its media type first, uncompressed.
        let opendocument = head.windows(12).any(|w| w == b"opendocument");
        return Shape::Spreadsheet(if opendocument { "OpenDocument (.ods)" } else { "Excel (.xlsx)" });
    }
    if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Shape::Spreadsheet("Excel 97–2003 (.xls)");
    }
    let text = crate::text::decode(head).0.into_owned();
    if text.trim_start().starts_with('{') {
        return Shape::JsonStat;
    }
    let header = text.lines().find(|l| {
        let separator = crate::text::sniff_separator(l);
        l.split(char::from(separator)).count() > 1
    });
    let own = header.is_some_and(|h| {
        h.split([',', ';', '\t'])
            .any(|c| matches!(fold(c.trim().trim_matches('"')).as_str(), "kommunenummer" | "kommunenr" | "knr"))
    });
    if own { Shape::Own } else { Shape::Ssb }
}

fn read_up_to(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    use std::io::Read;
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}
