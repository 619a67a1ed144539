//! SSB's JSON-stat downloads: JSON-stat 2.0 datasets, and the older
//! JSON-stat 1 `{"dataset": …}` wrapper.

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
    let fail = |path: &str, message: String| Error::located(Diagnostic::error(file, None, Some(path), message));
    let root: Value = serde_json::from_slice(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).map_err(|e| {
        Error::located(Diagnostic::error(
            file,
            Some(e.line() as u64),
            None,
            format!("malformed JSON at column {}: {e}", e.column()),
        ))
    })?;
    // JSON-stat 1: {"dataset": {...}} (or any single named dataset).
    let (dataset, prefix) = match (root.get("class"), root.get("dataset")) {
        (Some(_), _) | (None, None) => (&root, String::new()),
        (None, Some(ds)) => (ds, "dataset.".to_string()),
    };
    let dimension = dataset
        .get("dimension")
        .ok_or_else(|| fail(&format!("{prefix}dimension"), "missing (expected a JSON-stat dataset)".into()))?;
    let ids_value = dataset.get("id").or_else(|| dimension.get("id"));
    let sizes_value = dataset.get("size").or_else(|| dimension.get("size"));
    let ids: Vec<&str> = ids_value
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .ok_or_else(|| fail(&format!("{prefix}id"), "missing (expected the list of dimension ids)".into()))?;
    let sizes: Vec<usize> = sizes_value
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_u64).map(|n| n as usize).collect())
        .ok_or_else(|| fail(&format!("{prefix}size"), "missing (expected the list of dimension sizes)".into()))?;
    if ids.len() != sizes.len() || ids.is_empty() {
        return Err(fail(&format!("{prefix}size"), format!("{} sizes for {} dimensions", sizes.len(), ids.len())));
    }
    // The number of cells, guarded: a size is only believed when the
    // categories are there, and the cube must fit the values given.
    let total = sizes.iter().try_fold(1usize, |acc, s| acc.checked_mul(*s));
    let value_count = match dataset.get("value") {
        Some(Value::Array(a)) => a.len(),
        Some(Value::Object(o)) => o.len(),
        _ => 0,
    };
    match total {
        Some(total) if total <= value_count.max(1).saturating_mul(64).max(1 << 20) => {}
        _ => {
            return Err(fail(
                &format!("{prefix}size"),
                format!("the dimension sizes {sizes:?} do not fit the {value_count} values given"),
            ));
        }
    }
    let role = dataset.get("role").or_else(|| dimension.get("role"));
    let has_role = |name: &str, id: &str| {
        role.and_then(|r| r.get(name))
            .and_then(Value::as_array)
            .is_some_and(|a| a.iter().any(|v| v.as_str() == Some(id)))
    };
    let mut region = None;
    let mut time = None;
    let mut metric = None;
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

    let total: usize = sizes.iter().product(); // checked above
    let values =
        dataset.get("value").ok_or_else(|| fail(&format!("{prefix}value"), "missing (expected the values)".into()))?;
    let value_at = |index: usize| -> std::result::Result<Option<&Value>, String> {
        match values {
            Value::Array(a) => {
                if a.len() != total {
                    return Err(format!("{} values where the dimension sizes give {total}", a.len()));
                }
                Ok(a.get(index))
            }
            Value::Object(o) => Ok(o.get(&index.to_string())),
            _ => Err("expected an array or an object of values".into()),
        }
    };
    let mut coords = vec![0usize; ids.len()];
    for index in 0..total {
        let mut rest = index;
        for d in (0..ids.len()).rev() {
            coords[d] = rest % sizes[d];
            rest /= sizes[d];
        }
        let Some(municipality) = regions[coords[region]] else { continue };
        if metric.is_some_and(|m| !wanted_metric[coords[m]]) {
            continue;
        }
        let mut mask = 0;
        for (bit, &d) in summed.iter().enumerate() {
            if totals[d][coords[d]] {
                mask |= 1 << bit;
            }
        }
        let cell = match value_at(index).map_err(|m| fail(&format!("{prefix}value"), m))? {
            None | Some(Value::Null) => Cell::Missing,
            Some(Value::Number(n)) => match n.as_u64() {
                Some(n) => Cell::Count(n),
                None => {
                    return Err(fail(
                        &format!("{prefix}value[{index}]"),
                        format!("cannot read population {n} (expected a whole number of people)"),
                    ));
                }
            },
            Some(Value::String(s)) if matches!(s.trim(), "." | ".." | "..." | ":" | "-") => Cell::Missing,
            Some(other) => {
                return Err(fail(
                    &format!("{prefix}value[{index}]"),
                    format!("cannot read population {other} (expected a whole number of people or null)"),
                ));
            }
        };
        sums.add_cell(municipality, times[coords[time]], mask, cell);
    }
    let id = dataset.get("extension").and_then(|e| e.get("px")).and_then(|p| p.get("tableid")).and_then(Value::as_str);
    let source = match id {
        Some(id) => format!("{file} (SSB, table {id})"),
        None => format!("{file} (JSON-stat)"),
    };
    Ok(sums.finish(source))
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
                let position = position.as_u64()? as usize;
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
