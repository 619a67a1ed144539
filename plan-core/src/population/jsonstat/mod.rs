//! SSB's JSON-stat downloads: JSON-stat 2.0 datasets, and the older
//! JSON-stat 1 `{"dataset": …}` wrapper.
//!
//! The document is read as a stream. Its metadata (`id`, `size`, `role`,
//! `dimension`: a few kilobytes) is kept as JSON values; the `value` list,
//! which holds every cell, never is. When the metadata comes before the
//! values, as in SSB's downloads, each cell is added to the sums as it is
//! read, so memory does not grow with the file; when it comes after, the
//! cells are kept as 8-byte counts until it arrives.

mod layout;
mod visit;

use std::fmt;
use std::io::{BufRead, BufReader, Read};

use serde::de::{self, DeserializeSeed};
use serde_json::Value;

use super::PopulationTable;
use super::accumulate::Accumulator;
use super::count::Cell;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::msg;

use layout::Layout;
use visit::DatasetSeed;

/// Reads a JSON-stat 2.0 dataset or a JSON-stat 1 bundle from bytes.
///
/// The region dimension is the one with the `geo` role or named `Region`;
/// time the one with the `time` role or named `Tid`; a `metric` dimension
/// (`ContentsCode`) keeps only the population variable; every other
/// dimension (sex, age) is summed. `null` values are missing, never zero.
///
/// # Errors
/// [`Error::Invalid`] naming the file and the JSON path that is wrong.
///
/// # Example
/// ```
/// use plan_core::population::jsonstat::read_jsonstat;
/// let json = r#"{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,2],
///   "dimension":{"Region":{"category":{"index":{"3042":0},"label":{"3042":"Hemsedal"}}},
///                "Tid":{"category":{"index":{"2017":0,"2020":1}}}},
///   "value":[2442,2486]}"#;
/// let (table, _) = read_jsonstat("07459.json", json.as_bytes()).unwrap();
/// assert_eq!(table.observations[1].count, 2486);
/// ```
pub fn read_jsonstat(file: &str, bytes: &[u8]) -> Result<(PopulationTable, Vec<Diagnostic>)> {
    read_jsonstat_stream(file, bytes)
}

/// Reads JSON-stat from a reader, as a stream: see the [module](self) for
/// what is kept in memory. As [`read_jsonstat`] otherwise.
///
/// # Errors
/// As [`read_jsonstat`], and [`Error::Invalid`] when the reader fails.
///
/// # Example
/// ```
/// use plan_core::population::jsonstat::read_jsonstat_stream;
/// let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/population/ssb-07459-jsonstat2.json");
/// let (table, _) = read_jsonstat_stream("07459.json", std::fs::File::open(path).unwrap())?;
/// assert_eq!(table.sources, ["07459.json (SSB, table 07459)"]);
/// assert_eq!(table.count(&"3042".parse().unwrap(), chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap()), Some(2486));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_jsonstat_stream(file: &str, reader: impl Read) -> Result<(PopulationTable, Vec<Diagnostic>)> {
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    skip_bom(&mut reader).map_err(|e| {
        Error::located(Diagnostic::error(file, None, None, msg!("cannot-read", reason = crate::error::io_reason(&e))))
    })?;
    let mut state = State::new(file);
    let mut json = serde_json::Deserializer::from_reader(reader);
    let parsed = DatasetSeed { state: &mut state, root: true }.deserialize(&mut json).and_then(|()| json.end());
    if let Err(e) = parsed {
        return Err(match state.failure.take() {
            Some(Error::Invalid { mut diagnostics }) if state.at_position => {
                for d in &mut diagnostics {
                    d.line = Some(e.line() as u64);
                }
                Error::Invalid { diagnostics }
            }
            Some(failure) => failure,
            None if e.is_io() => Error::located(Diagnostic::error(
                file,
                None,
                None,
                msg!("cannot-read", reason = msg!("io-other", detail = e.to_string())),
            )),
            None => Error::located(Diagnostic::error(
                file,
                Some(e.line() as u64),
                None,
                msg!("json-malformed-at", column = e.column(), detail = without_position(&e)),
            )),
        });
    }
    state.finish()
}

/// Drops a UTF-8 byte-order mark at the start.
fn skip_bom(reader: &mut impl BufRead) -> std::io::Result<()> {
    let head = reader.fill_buf()?;
    if head.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    Ok(())
}

/// `serde_json`'s message without its trailing " at line L column C".
fn without_position(e: &impl fmt::Display) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The JSON paths of a dataset's parts: `value`, or `dataset.value` inside
/// a JSON-stat 1 wrapper.
#[derive(Default)]
struct Metadata {
    prefix: String,
    id: Option<Value>,
    size: Option<Value>,
    role: Option<Value>,
    dimension: Option<Value>,
    table_id: Option<String>,
}

/// Cells read before the metadata that says what they are.
enum Pending {
    /// A `value` array: one count per cell, [`MISSING`] for a missing one.
    Dense(Vec<u64>),
    /// A `value` object: `(index, count)` for the cells given.
    Sparse(Vec<(usize, u64)>),
}

/// A count that stands for a missing cell in [`Pending`].
const MISSING: u64 = u64::MAX;

struct State<'f> {
    file: &'f str,
    meta: Metadata,
    /// Known once the metadata is read: where each cell goes, and the sums.
    built: Option<(Layout, Accumulator)>,
    /// Dense values added as they were read: how many there were.
    streamed: Option<usize>,
    pending: Option<Pending>,
    /// A located error found inside the stream, reported instead of
    /// `serde_json`'s own.
    failure: Option<Error>,
    /// The failure is about the value where the stream stopped, so the
    /// stream's line locates it.
    at_position: bool,
}

impl<'f> State<'f> {
    fn new(file: &'f str) -> Self {
        State {
            file,
            meta: Metadata::default(),
            built: None,
            streamed: None,
            pending: None,
            failure: None,
            at_position: false,
        }
    }

    fn fail(&self, path: &str, message: crate::Message) -> Error {
        Error::located(Diagnostic::error(self.file, None, Some(path), message))
    }

    /// Records a located error and returns the deserializer error that
    /// stops the stream.
    fn stop<E: de::Error>(&mut self, error: Error) -> E {
        let message = error.to_string();
        self.failure = Some(error);
        E::custom(message)
    }

    /// The error for a cell that is not a count (`wrong` says why), or the
    /// stream's own error for malformed JSON inside the values.
    fn stop_at_cell<E: de::Error>(&mut self, path: &str, wrong: Option<crate::Message>, error: E) -> E {
        match wrong {
            Some(message) => {
                let located = self.fail(&format!("{}{path}", self.meta.prefix), message);
                self.at_position = true;
                self.stop(located)
            }
            None => error,
        }
    }

    /// Builds the layout when the metadata is complete: `id`, `size`,
    /// `dimension` and `role` read (JSON-stat 1 keeps them inside
    /// `dimension`). Without `role` yet, a later one could change which
    /// dimension is which, so the values wait.
    fn layout_ready(&mut self) -> Result<bool> {
        if self.built.is_some() {
            return Ok(true);
        }
        let Some(dimension) = &self.meta.dimension else { return Ok(false) };
        let known = |own: &Option<Value>, key: &str| own.is_some() || dimension.get(key).is_some();
        if !(known(&self.meta.id, "id") && known(&self.meta.size, "size") && known(&self.meta.role, "role")) {
            return Ok(false);
        }
        self.built = Some(Layout::build(self.file, &self.meta)?);
        Ok(true)
    }

    /// Adds or keeps one cell of a `value` array.
    fn dense_cell(&mut self, index: usize, cell: Cell) {
        if let Some((layout, sums)) = &mut self.built {
            layout.add(index, cell, sums);
        } else if let Some(Pending::Dense(cells)) = &mut self.pending {
            cells.push(match cell {
                Cell::Count(n) => n.min(MISSING - 1),
                Cell::Missing => MISSING,
            });
        }
    }

    /// The table, once the whole document is read.
    fn finish(mut self) -> Result<(PopulationTable, Vec<Diagnostic>)> {
        let prefix = self.meta.prefix.clone();
        if self.meta.dimension.is_none() {
            return Err(self.fail(&format!("{prefix}dimension"), msg!("jsonstat-missing-dataset")));
        }
        let (layout, mut sums) = match self.built.take() {
            Some(built) => built,
            None => Layout::build(self.file, &self.meta)?,
        };
        let total = layout.total;
        let pending = self.pending.take();
        let count = self.streamed.or(match &pending {
            Some(Pending::Dense(cells)) => Some(cells.len()),
            _ => None,
        });
        if let Some(count) = count.filter(|c| *c != total) {
            return Err(
                self.fail(&format!("{prefix}value"), msg!("jsonstat-value-count", count = count, total = total))
            );
        }
        match (self.streamed, pending) {
            (Some(_), _) => {}
            (None, Some(Pending::Dense(cells))) => {
                for (index, count) in cells.into_iter().enumerate() {
                    let cell = if count == MISSING { Cell::Missing } else { Cell::Count(count) };
                    layout.add(index, cell, &mut sums);
                }
            }
            (None, Some(Pending::Sparse(mut cells))) => {
                // Cells not given are missing: the cube is walked whole, so
                // its size must fit the values given.
                if total > cells.len().max(1).saturating_mul(64).max(1 << 20) {
                    return Err(self.fail(
                        &format!("{prefix}size"),
                        msg!("jsonstat-sparse-too-large", total = total, given = cells.len()),
                    ));
                }
                cells.sort_unstable_by_key(|(index, _)| *index);
                let mut given = cells.into_iter().peekable();
                for index in 0..total {
                    let mut cell = Cell::Missing;
                    while let Some((at, count)) = given.next_if(|(at, _)| *at <= index) {
                        if at == index && count != MISSING {
                            cell = Cell::Count(count);
                        }
                    }
                    layout.add(index, cell, &mut sums);
                }
            }
            (None, None) => {
                return Err(self.fail(&format!("{prefix}value"), msg!("jsonstat-missing-values")));
            }
        }
        let source = match &self.meta.table_id {
            Some(id) => format!("{} (SSB, table {id})", self.file),
            None => format!("{} (JSON-stat)", self.file),
        };
        Ok(sums.finish(source))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const META: &str = r#""id":["Region","Kjonn","Tid"],"size":[1,2,2],
        "role":{"geo":["Region"],"time":["Tid"]},
        "dimension":{"Region":{"category":{"index":{"3042":0},"label":{"3042":"Hemsedal"}}},
                     "Kjonn":{"category":{"index":["1","2"],"label":{"1":"Menn","2":"Kvinner"}}},
                     "Tid":{"category":{"index":["2017","2020"]}}}"#;

    fn counts(json: &str) -> Vec<u64> {
        let (table, _) = read_jsonstat("t.json", json.as_bytes()).expect("reads");
        table.observations.iter().map(|o| o.count).collect()
    }

    fn error(json: &str) -> String {
        let err = read_jsonstat("t.json", json.as_bytes()).expect_err("an error");
        err.diagnostics().iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn metadata_before_or_after_the_values_reads_the_same() {
        let before = format!(r#"{{"class":"dataset",{META},"value":[1250,1270,1192,1216]}}"#);
        let after = format!(r#"{{"class":"dataset","value":[1250,1270,1192,1216],{META}}}"#);
        assert_eq!(counts(&before), [2442, 2486]);
        assert_eq!(counts(&after), [2442, 2486]);
    }

    #[test]
    fn sparse_values_leave_the_cells_not_given_missing() {
        let json = format!(r#"{{"class":"dataset",{META},"value":{{"0":1250,"1":1270,"2":1192}}}}"#);
        // 2020 lacks one sex: missing, not a partial sum.
        assert_eq!(counts(&json), [2442]);
    }

    #[test]
    fn cells_are_located() {
        let json = format!(r#"{{"class":"dataset",{META},"value":[1250,-3,1192,1216]}}"#);
        assert_eq!(
            error(&json),
            "t.json:5: error: field 'value[1]': cannot read population -3 (expected a whole number of people or null)"
        );
        let json = format!(r#"{{"class":"dataset",{META},"value":[1250,1270,1192,12.5]}}"#);
        assert!(error(&json).contains("field 'value[3]': cannot read population 12.5"));
        let json = format!(r#"{{"class":"dataset",{META},"value":[1250,1270,1192]}}"#);
        assert_eq!(error(&json), "t.json: error: field 'value': 3 values where the dimension sizes give 4");
    }

    #[test]
    fn malformed_json_names_the_line() {
        let json = "{\"class\":\"dataset\",\n\"id\":[\"Region\",}";
        assert_eq!(error(json), "t.json:2: error: malformed JSON at column 16: expected value");
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let json = format!("\u{feff}{{\"class\":\"dataset\",{META},\"value\":[1,2,3,4]}}");
        assert_eq!(counts(&json), [4, 6]);
    }
}
