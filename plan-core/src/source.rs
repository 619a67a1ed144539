//! Reading a plan folder's source files: bytes and text, a table in CSV or
//! Excel form, and TOML errors as located diagnostics.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::files::relative_name;
use crate::msg;
use crate::table::Table;

/// Reads `STEM.csv` or `STEM.xlsx` (sheet `sheet`, or the first) from
/// the plan folder `dir`, named relative to it. A file that parses badly is
/// a diagnostic; a missing file or both forms at once is an error.
pub(crate) fn read_table(dir: &Path, stem: &str, sheet: &str) -> Result<std::result::Result<Table, Diagnostic>> {
    let csv = dir.join(format!("{stem}.csv"));
    let xlsx = dir.join(format!("{stem}.xlsx"));
    let name = |path: &Path| relative_name(dir, path);
    match (csv.exists(), xlsx.exists()) {
        (true, true) => Ok(Err(Diagnostic::error(name(&xlsx), None, None, msg!("table-csv-and-xlsx", stem = stem)))),
        (false, true) => read_table_file(&xlsx, &name(&xlsx), sheet),
        _ => read_table_file(&csv, &name(&csv), sheet),
    }
}

/// Reads the table at `path`, named `name`: an Excel workbook (sheet
/// `sheet`, or the first) when the file ends in `.xlsx`, else CSV — the one
/// place that chooses between the two forms. A file that cannot be read is
/// an error; one that parses badly, a diagnostic.
pub(crate) fn read_table_file(path: &Path, name: &str, sheet: &str) -> Result<std::result::Result<Table, Diagnostic>> {
    Ok(table_of(path, name, &read_bytes(path)?, sheet))
}

/// The table in `bytes`, read from `path`: as [`read_table_file`].
pub(crate) fn table_of(path: &Path, name: &str, bytes: &[u8], sheet: &str) -> std::result::Result<Table, Diagnostic> {
    if is_workbook(path) { Table::from_xlsx(name, bytes, sheet) } else { Table::parse(name, bytes) }
}

/// Whether `path` names an Excel workbook (`.xlsx`, in any case).
pub(crate) fn is_workbook(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"))
}

/// The one name among `names` (one file's names in each written
/// language, see [`crate::files`]) that is a file in the folder `dir`, if
/// any. Two names side by side are an error on the second, and the first
/// is read.
pub(crate) fn one_name(dir: &Path, names: &[&'static str], diagnostics: &mut Vec<Diagnostic>) -> Option<&'static str> {
    let present = crate::files::present(dir, names);
    if let [first, second, ..] = present[..] {
        diagnostics.push(two_names(first, second));
    }
    present.first().copied()
}

/// The name of one of the convention's folders (`names`, as
/// [`crate::files::REVISION_FOLDERS`]) in the plan folder `dir`: the one
/// present, else the one in the plan's `language`. Two names side by side
/// are an error on the second, and the first is read.
pub(crate) fn one_folder(
    dir: &Path,
    names: &[&'static str],
    language: crate::Language,
    diagnostics: &mut Vec<Diagnostic>,
) -> &'static str {
    let present = crate::files::present_folders(dir, names);
    if let [first, second, ..] = present[..] {
        diagnostics.push(Diagnostic::error(
            format!("{second}/"),
            None,
            None,
            msg!("folder-two-names", first = first, second = second),
        ));
    }
    crate::files::folder_name(dir, names, language)
}

/// The error for two names of one file side by side, on the second.
pub(crate) fn two_names(first: &str, second: &str) -> Diagnostic {
    Diagnostic::error(second, None, None, msg!("file-two-names", first = first, second = second))
}

/// The bytes of a file; [`Error::Io`] names the path that failed.
pub(crate) fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| Error::Io { path: PathBuf::from(path), source })
}

/// The text of a file, decoded as UTF-8 or Latin-1.
pub(crate) fn read_text(path: &Path) -> Result<String> {
    let bytes = read_bytes(path)?;
    Ok(crate::text::decode(&bytes).0.into_owned())
}

/// A located diagnostic from a TOML error: line and column from its span.
pub(crate) fn toml_diagnostic(file: &str, text: &str, err: &toml::de::Error) -> Diagnostic {
    let (line, column) = match err.span() {
        Some(span) => {
            let line = crate::toml_span::line_at(text, span.start);
            let before = text.get(..span.start.min(text.len())).unwrap_or_default();
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = before.get(line_start..).unwrap_or_default().chars().count() + 1;
            (Some(line), Some(column))
        }
        None => (None, None),
    };
    // The TOML reader's own words (English) are passed on as they are.
    let detail = err.message().trim().replace('\n', " ");
    let message = match column {
        Some(column) => msg!("toml-malformed-at", column = column, detail = detail),
        None => msg!("toml-malformed", detail = detail),
    };
    Diagnostic::error(file, line, None, message)
}

/// The findings of an [`Error::Invalid`], to go on with; any other error is
/// passed on.
pub(crate) fn invalid_or_rethrow(err: Error) -> Result<Vec<Diagnostic>> {
    match err {
        Error::Invalid { diagnostics } => Ok(diagnostics),
        other => Err(other),
    }
}
