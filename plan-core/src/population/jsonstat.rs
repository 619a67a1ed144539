//! SSB's JSON-stat downloads: JSON-stat 2.0 datasets, and the older
//! JSON-stat 1 `{"dataset": …}` wrapper.
//!
//! The document is read as a stream. Its metadata (`id`, `size`, `role`,
//! `dimension`: a few kilobytes) is kept as JSON values; the `value` list,
//! which holds every cell, never is. When the metadata comes before the
//! values, as in SSB's downloads, each cell is added to the sums as it is
//! read, so memory does not grow with the file; when it comes after, the
//! cells are kept as 8-byte counts until it arrives.

use std::fmt;
use std::io::{BufRead, BufReader, Read};

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::PopulationTable;
use super::accumulate::Accumulator;
use super::count::Cell;
use super::label::split_region_label;
use super::ssb::{clean_name, is_population_variable, is_total_label};
use super::time::{TimeLabel, parse_time_label};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::text::fold;

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
    skip_bom(&mut reader)
        .map_err(|e| Error::located(Diagnostic::error(file, None, None, format!("cannot read: {e}"))))?;
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
            None if e.is_io() => Error::located(Diagnostic::error(file, None, None, format!("cannot read: {e}"))),
            None => Error::located(Diagnostic::error(
                file,
                Some(e.line() as u64),
                None,
                format!("malformed JSON at column {}: {}", e.column(), without_position(&e)),
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

/// The most dimensions a dataset may have (SSB's tables have four or five).
const MAX_DIMENSIONS: usize = 8;

/// A count that stands for a missing cell in [`Pending`].
const MISSING: u64 = u64::MAX;

struct State<'f> {
    file: &'f str,
    meta: Metadata,
    sums: Accumulator,
    /// Known once the metadata is read.
    layout: Option<Layout>,
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
            sums: Accumulator::new(file, 0),
            layout: None,
            streamed: None,
            pending: None,
            failure: None,
            at_position: false,
        }
    }

    fn fail(&self, path: &str, message: String) -> Error {
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
    fn stop_at_cell<E: de::Error>(&mut self, path: &str, wrong: Option<String>, error: E) -> E {
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
        if self.layout.is_some() {
            return Ok(true);
        }
        let Some(dimension) = &self.meta.dimension else { return Ok(false) };
        let known = |own: &Option<Value>, key: &str| own.is_some() || dimension.get(key).is_some();
        if !(known(&self.meta.id, "id") && known(&self.meta.size, "size") && known(&self.meta.role, "role")) {
            return Ok(false);
        }
        self.build_layout()?;
        Ok(true)
    }

    fn build_layout(&mut self) -> Result<()> {
        let (layout, sums) = Layout::build(self.file, &self.meta)?;
        self.layout = Some(layout);
        self.sums = sums;
        Ok(())
    }

    /// Adds or keeps one cell of a `value` array.
    fn dense_cell(&mut self, index: usize, cell: Cell) {
        if let Some(layout) = &self.layout {
            layout.add(index, cell, &mut self.sums);
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
            return Err(self.fail(&format!("{prefix}dimension"), "missing (expected a JSON-stat dataset)".into()));
        }
        if self.layout.is_none() {
            self.build_layout()?;
        }
        let Some(layout) = self.layout.take() else { unreachable!("built above") };
        let total = layout.total;
        match (self.streamed, self.pending.take()) {
            (Some(count), _) if count != total => {
                return Err(self.fail(
                    &format!("{prefix}value"),
                    format!("{count} values where the dimension sizes give {total}"),
                ));
            }
            (Some(_), _) => {}
            (None, Some(Pending::Dense(cells))) => {
                if cells.len() != total {
                    return Err(self.fail(
                        &format!("{prefix}value"),
                        format!("{} values where the dimension sizes give {total}", cells.len()),
                    ));
                }
                for (index, count) in cells.into_iter().enumerate() {
                    let cell = if count == MISSING { Cell::Missing } else { Cell::Count(count) };
                    layout.add(index, cell, &mut self.sums);
                }
            }
            (None, Some(Pending::Sparse(mut cells))) => {
                // Cells not given are missing: the cube is walked whole, so
                // its size must fit the values given.
                if total > cells.len().max(1).saturating_mul(64).max(1 << 20) {
                    return Err(self.fail(
                        &format!("{prefix}size"),
                        format!(
                            "the dimension sizes give {total} cells, too many for the {} values given",
                            cells.len()
                        ),
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
                    layout.add(index, cell, &mut self.sums);
                }
            }
            (None, None) => {
                return Err(self.fail(&format!("{prefix}value"), "missing (expected the values)".into()));
            }
        }
        let source = match &self.meta.table_id {
            Some(id) => format!("{} (SSB, table {id})", self.file),
            None => format!("{} (JSON-stat)", self.file),
        };
        Ok(self.sums.finish(source))
    }
}

/// Where each cell of the cube goes: the dimensions' roles and, per
/// category, the municipality, date, metric and total flags.
struct Layout {
    sizes: Vec<usize>,
    total: usize,
    region: usize,
    time: usize,
    metric: Option<usize>,
    /// Summed dimensions (sex, age): one mask bit each.
    summed: Vec<usize>,
    regions: Vec<Option<usize>>,
    times: Vec<usize>,
    wanted_metric: Vec<bool>,
    totals: Vec<Vec<bool>>,
}

impl Layout {
    fn build(file: &str, meta: &Metadata) -> Result<(Layout, Accumulator)> {
        let fail = |path: &str, message: String| Error::located(Diagnostic::error(file, None, Some(path), message));
        let prefix = &meta.prefix;
        let Some(dimension) = &meta.dimension else {
            return Err(fail(&format!("{prefix}dimension"), "missing (expected a JSON-stat dataset)".into()));
        };
        let ids: Vec<&str> = meta
            .id
            .as_ref()
            .or_else(|| dimension.get("id"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .ok_or_else(|| fail(&format!("{prefix}id"), "missing (expected the list of dimension ids)".into()))?;
        let sizes: Vec<usize> = meta
            .size
            .as_ref()
            .or_else(|| dimension.get("size"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_u64).map(|n| usize::try_from(n).unwrap_or(usize::MAX)).collect())
            .ok_or_else(|| fail(&format!("{prefix}size"), "missing (expected the list of dimension sizes)".into()))?;
        if ids.len() != sizes.len() || ids.is_empty() {
            return Err(fail(&format!("{prefix}size"), format!("{} sizes for {} dimensions", sizes.len(), ids.len())));
        }
        if ids.len() > MAX_DIMENSIONS {
            return Err(fail(
                &format!("{prefix}id"),
                format!(
                    "{} dimensions (expected at most {MAX_DIMENSIONS}: region, time, and what is summed)",
                    ids.len()
                ),
            ));
        }
        // A size is believed only when its categories are there.
        for (id, &size) in ids.iter().zip(&sizes) {
            let given = dimension.get(*id).and_then(|d| d.get("category")).map_or(0, category_count);
            if given != size {
                return Err(fail(
                    &format!("{prefix}size"),
                    format!("the dimension sizes {sizes:?} do not match the categories: {id} has {given}"),
                ));
            }
        }
        let total = sizes.iter().try_fold(1usize, |acc, s| acc.checked_mul(*s)).ok_or_else(|| {
            fail(&format!("{prefix}size"), format!("the dimension sizes {sizes:?} give too many cells"))
        })?;
        let role = meta.role.as_ref().or_else(|| dimension.get("role"));
        let has_role = |name: &str, id: &str| {
            role.and_then(|r| r.get(name))
                .and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|v| v.as_str() == Some(id)))
        };
        let (mut region, mut time, mut metric) = (None, None, None);
        for (i, id) in ids.iter().enumerate() {
            let folded = fold(id);
            if has_role("geo", id) || matches!(folded.as_str(), "region" | "kommune" | "kommunenr") {
                region = Some(i);
            } else if has_role("time", id) || matches!(folded.as_str(), "tid" | "time" | "ar" | "year") {
                time = Some(i);
            } else if has_role("metric", id) || folded == "contentscode" {
                metric = Some(i);
            }
        }
        let region = region.ok_or_else(|| {
            fail(&format!("{prefix}id"), format!("no region dimension (the dimensions are: {})", ids.join(", ")))
        })?;
        let time = time.ok_or_else(|| {
            fail(&format!("{prefix}id"), format!("no time dimension (the dimensions are: {})", ids.join(", ")))
        })?;

        // Categories of every dimension in index order: (code, label).
        let mut categories: Vec<Vec<(String, String)>> = Vec::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            let path = format!("{prefix}dimension.{id}.category");
            let category =
                dimension.get(*id).and_then(|d| d.get("category")).ok_or_else(|| fail(&path, "missing".into()))?;
            let list = category_list(category, sizes[i])
                .ok_or_else(|| fail(&format!("{path}.index"), format!("expected {} categories", sizes[i])))?;
            categories.push(list);
        }
        let summed: Vec<usize> = (0..ids.len()).filter(|&i| i != region && i != time && Some(i) != metric).collect();
        let mut sums = Accumulator::new(file, summed.len());
        let regions: Vec<Option<usize>> = categories[region]
            .iter()
            .map(|(code, label)| {
                let (code, name) = split_region_label(code)?;
                let name = if label.is_empty() { name.to_string() } else { label_name(label) };
                Some(sums.municipality(code, &clean_name(&name)))
            })
            .collect();
        let mut times: Vec<usize> = Vec::with_capacity(sizes[time]);
        for (code, _) in &categories[time] {
            let label: TimeLabel = parse_time_label(code.as_bytes()).ok_or_else(|| {
                fail(
                    &format!("{prefix}dimension.{}.category.index", ids[time]),
                    format!("cannot read time \"{code}\" (expected a year such as 2020 or a quarter such as 2020K1)"),
                )
            })?;
            times.push(sums.date(label));
        }
        let wanted_metric: Vec<bool> = match metric {
            Some(m) => categories[m]
                .iter()
                .map(|(code, label)| is_population_variable(if label.is_empty() { code } else { label }))
                .collect(),
            None => Vec::new(),
        };
        if let Some(m) = metric {
            let chosen: Vec<&str> =
                categories[m].iter().zip(&wanted_metric).filter(|(_, w)| **w).map(|((_, l), _)| l.as_str()).collect();
            if chosen.len() > 1 {
                return Err(fail(
                    &format!("{prefix}dimension.{}", ids[m]),
                    format!("more than one population variable ({}); download one of them", chosen.join(", ")),
                ));
            }
        }
        let totals: Vec<Vec<bool>> = categories
            .iter()
            .map(|cats| cats.iter().map(|(_, label)| is_total_label(label.as_bytes())).collect())
            .collect();
        let layout = Layout { sizes, total, region, time, metric, summed, regions, times, wanted_metric, totals };
        Ok((layout, sums))
    }

    /// Adds the cell at `index` (row-major, the last dimension fastest).
    fn add(&self, index: usize, cell: Cell, sums: &mut Accumulator) {
        if index >= self.total {
            return;
        }
        let mut rest = index;
        let mut coords = [0usize; MAX_DIMENSIONS];
        for d in (0..self.sizes.len()).rev() {
            coords[d] = rest % self.sizes[d];
            rest /= self.sizes[d];
        }
        let Some(municipality) = self.regions[coords[self.region]] else { return };
        if self.metric.is_some_and(|m| !self.wanted_metric[coords[m]]) {
            return;
        }
        let mut mask = 0;
        for (bit, &d) in self.summed.iter().enumerate() {
            if self.totals[d][coords[d]] {
                mask |= 1 << bit;
            }
        }
        sums.add_cell(municipality, self.times[coords[self.time]], mask, cell);
    }
}

/// The number of categories a `category` object lists.
fn category_count(category: &Value) -> usize {
    match category.get("index") {
        Some(Value::Object(index)) => index.len(),
        Some(Value::Array(index)) => index.len(),
        None => category.get("label").and_then(Value::as_object).map_or(0, |l| l.len().min(1)),
        _ => 0,
    }
}

/// A dataset object (or the document root, which may wrap one).
struct DatasetSeed<'s, 'f> {
    state: &'s mut State<'f>,
    root: bool,
}

impl<'de> DeserializeSeed<'de> for DatasetSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for DatasetSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON-stat dataset object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let state = self.state;
        let mut class = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                // JSON-stat 1: {"dataset": {...}}.
                "dataset" if self.root && !class && state.meta.dimension.is_none() => {
                    state.meta.prefix = "dataset.".into();
                    map.next_value_seed(DatasetSeed { state: &mut *state, root: false })?;
                }
                "class" => {
                    class = true;
                    map.next_value::<IgnoredAny>()?;
                }
                "id" => state.meta.id = Some(map.next_value()?),
                "size" => state.meta.size = Some(map.next_value()?),
                "role" => state.meta.role = Some(map.next_value()?),
                "dimension" => state.meta.dimension = Some(map.next_value()?),
                "extension" => {
                    let extension: Value = map.next_value()?;
                    state.meta.table_id =
                        extension.get("px").and_then(|p| p.get("tableid")).and_then(Value::as_str).map(str::to_string);
                }
                "value" if state.streamed.is_some() || state.pending.is_some() => {
                    let error = state.fail(&format!("{}value", state.meta.prefix), "given twice".into());
                    return Err(state.stop(error));
                }
                "value" => map.next_value_seed(ValuesSeed { state: &mut *state })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// The `value` member: an array of cells, or an object of index → cell.
struct ValuesSeed<'s, 'f> {
    state: &'s mut State<'f>,
}

impl<'de> DeserializeSeed<'de> for ValuesSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValuesSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array or an object of values")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let state = self.state;
        match state.layout_ready() {
            Ok(true) => {}
            Ok(false) => state.pending = Some(Pending::Dense(Vec::new())),
            Err(e) => return Err(state.stop(e)),
        }
        let mut index = 0usize;
        let mut wrong: Option<String> = None;
        loop {
            match seq.next_element_seed(CellSeed { wrong: &mut wrong }) {
                Ok(Some(cell)) => state.dense_cell(index, cell),
                Ok(None) => break,
                Err(e) => return Err(state.stop_at_cell(&format!("value[{index}]"), wrong, e)),
            }
            index += 1;
        }
        if state.layout.is_some() {
            state.streamed = Some(index);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let state = self.state;
        let mut cells: Vec<(usize, u64)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let Ok(index) = key.trim().parse::<usize>() else {
                let path = format!("{}value.{key}", state.meta.prefix);
                let error = state.fail(&path, format!("\"{key}\" is not a cell index (expected a whole number)"));
                state.at_position = true;
                return Err(state.stop(error));
            };
            let mut wrong: Option<String> = None;
            match map.next_value_seed(CellSeed { wrong: &mut wrong }) {
                Ok(Cell::Count(n)) => cells.push((index, n.min(MISSING - 1))),
                Ok(Cell::Missing) => cells.push((index, MISSING)),
                Err(e) => return Err(state.stop_at_cell(&format!("value.{key}"), wrong, e)),
            }
        }
        state.pending = Some(Pending::Sparse(cells));
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
        let path = format!("{}value", self.state.meta.prefix);
        let error = self.state.fail(&path, "expected an array or an object of values".into());
        Err(self.state.stop(error))
    }
}

/// One cell: a whole number of people, or missing (`null` or one of SSB's
/// symbols). Why a cell is not one is kept in `wrong`, to tell it from
/// malformed JSON.
struct CellSeed<'w> {
    wrong: &'w mut Option<String>,
}

impl<'de> DeserializeSeed<'de> for CellSeed<'_> {
    type Value = Cell;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<Cell, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl CellSeed<'_> {
    fn reject<E: de::Error>(self, shown: impl fmt::Display) -> std::result::Result<Cell, E> {
        let message = format!("cannot read population {shown} (expected a whole number of people or null)");
        *self.wrong = Some(message.clone());
        Err(E::custom(message))
    }
}

impl<'de> Visitor<'de> for CellSeed<'_> {
    type Value = Cell;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number of people or null")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> std::result::Result<Cell, E> {
        Ok(Cell::Count(n))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> std::result::Result<Cell, E> {
        match u64::try_from(n) {
            Ok(n) => Ok(Cell::Count(n)),
            Err(_) => self.reject(n),
        }
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> std::result::Result<Cell, E> {
        self.reject(n)
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Cell, E> {
        Ok(Cell::Missing)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> std::result::Result<Cell, E> {
        if matches!(s.trim(), "." | ".." | "..." | ":" | "-") {
            Ok(Cell::Missing)
        } else {
            self.reject(format!("\"{s}\""))
        }
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> std::result::Result<Cell, E> {
        self.reject(b)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> std::result::Result<Cell, A::Error> {
        self.reject("[an array]")
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> std::result::Result<Cell, A::Error> {
        self.reject("{an object}")
    }
}

/// `index` as an object `{code: position}` or an array of codes, with labels.
fn category_list(category: &Value, size: usize) -> Option<Vec<(String, String)>> {
    let labels = category.get("label");
    let label_of =
        |code: &str| labels.and_then(|l| l.get(code)).and_then(Value::as_str).unwrap_or_default().to_string();
    let mut list: Vec<(String, String)> = vec![(String::new(), String::new()); size];
    match category.get("index") {
        Some(Value::Object(index)) => {
            for (code, position) in index {
                let position = usize::try_from(position.as_u64()?).ok()?;
                *list.get_mut(position)? = (code.clone(), label_of(code));
            }
        }
        Some(Value::Array(index)) => {
            if index.len() != size {
                return None;
            }
            for (position, code) in index.iter().enumerate() {
                let code = code.as_str()?;
                list[position] = (code.to_string(), label_of(code));
            }
        }
        // A single category may be given by its label alone.
        None if size == 1 => {
            let (code, label) = labels?.as_object()?.iter().next()?;
            list[0] = (code.clone(), label.as_str()?.to_string());
        }
        _ => return None,
    }
    list.iter().all(|(code, _)| !code.is_empty()).then_some(list)
}

/// A region label may repeat the code: `3041 Gol` → `Gol`.
fn label_name(label: &str) -> String {
    match split_region_label(label) {
        Some((_, name)) if !name.is_empty() => name.to_string(),
        _ => label.trim().to_string(),
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
