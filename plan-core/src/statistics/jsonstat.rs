//! JSON-stat 2 datasets (SSB's, with `role`, `extension` and unit metadata)
//! and JSON-stat 1 bundles (`{"dataset": …}`), read into a [`Table`].

use serde_json::{Map, Value};

use super::csv::Builder;
use super::{Cell, Dimension, Keep, Number, Table, Variable, parse_period};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::text::fold;

/// Reads a JSON-stat document, keeping the cells `keep` asks for; `file`
/// names it in messages.
pub(super) fn read(file: &str, bytes: &[u8], keep: &Keep) -> Result<(Table, Vec<Diagnostic>)> {
    let error = |message: crate::Message| Error::located(Diagnostic::error(file, None, None, message));
    let root: Value = serde_json::from_slice(bytes).map_err(|e| {
        Error::located(Diagnostic::error(
            file,
            Some(e.line() as u64),
            None,
            crate::msg!("json-malformed-at", column = e.column(), detail = e.to_string()),
        ))
    })?;
    let dataset = find_dataset(&root).ok_or_else(|| error(crate::msg!("statistics-jsonstat-no-dataset")))?;
    let dimension = dataset.get("dimension").and_then(Value::as_object);
    let ids: Vec<String> = dataset
        .get("id")
        .or_else(|| dimension.and_then(|d| d.get("id")))
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    let sizes: Vec<usize> = dataset
        .get("size")
        .or_else(|| dimension.and_then(|d| d.get("size")))
        .and_then(Value::as_array)
        .map(|s| s.iter().filter_map(|v| v.as_u64().and_then(|n| usize::try_from(n).ok())).collect())
        .unwrap_or_default();
    let (Some(dimension), false) = (dimension, ids.is_empty() || ids.len() != sizes.len()) else {
        return Err(error(crate::msg!("statistics-jsonstat-no-dataset")));
    };
    let role = dataset.get("role").or_else(|| dimension.get("role"));
    let with_role = |name: &str| -> Option<usize> {
        let listed = role.and_then(|r| r.get(name)).and_then(Value::as_array)?;
        let first = listed.first()?.as_str()?;
        ids.iter().position(|id| id == first)
    };
    let named = |names: &[&str]| ids.iter().position(|id| names.contains(&fold(id).as_str()));
    let listed = ids.join(", ");
    let region = with_role("geo")
        .or_else(|| named(super::REGION_NAMES))
        .ok_or_else(|| error(crate::msg!("statistics-no-region", dimensions = listed.as_str())))?;
    let time = with_role("time")
        .or_else(|| named(super::TIME_NAMES))
        .ok_or_else(|| error(crate::msg!("statistics-no-time", dimensions = listed.as_str())))?;
    let metric = with_role("metric").or_else(|| named(super::VARIABLE_NAMES));
    let mut builder = Builder::new(file, keep);
    let label_of = |v: &Value| v.get("label").and_then(Value::as_str).map(str::to_string);
    builder.table.table_id = dataset
        .get("extension")
        .and_then(|e| e.pointer("/px/tableid"))
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| dataset.get("label").and_then(Value::as_str).and_then(crate::population::ssb::table_id));
    // Per dimension: its categories in index order, and where they go.
    let mut slots: Vec<Vec<usize>> = Vec::with_capacity(ids.len());
    let mut others: Vec<Option<usize>> = vec![None; ids.len()];
    for (k, id) in ids.iter().enumerate() {
        let dim = dimension.get(id).ok_or_else(|| error(crate::msg!("statistics-jsonstat-no-dataset")))?;
        let categories = categories(dim);
        if categories.len() != sizes[k] {
            return Err(error(crate::msg!(
                "statistics-jsonstat-size",
                dimension = id.as_str(),
                count = categories.len(),
                expected = sizes[k]
            )));
        }
        let mut slot = Vec::with_capacity(categories.len());
        if k == region {
            for (code, label) in &categories {
                let name = crate::population::ssb::clean_name(label);
                let code = code.strip_prefix("K-").unwrap_or(code);
                slot.push(builder.table.regions.intern(code, &name));
            }
        } else if k == time {
            for (code, _) in &categories {
                let period = parse_period(code).ok_or_else(|| {
                    error(crate::msg!("statistics-period-unreadable", text = crate::text::excerpt(code, 40)))
                })?;
                slot.push(builder.period(period));
            }
        } else if Some(k) == metric {
            let units = dim.pointer("/category/unit").and_then(Value::as_object);
            for (code, label) in &categories {
                let unit = units.and_then(|u| u.get(code));
                let base = unit.and_then(|u| u.get("base")).and_then(Value::as_str).map(str::to_string);
                let decimals =
                    unit.and_then(|u| u.get("decimals")).and_then(Value::as_u64).and_then(|d| u8::try_from(d).ok());
                let count = base.as_deref().and_then(|b| super::unit_is_count(b, decimals));
                builder.table.variables.push(Variable {
                    code: code.clone(),
                    label: label.clone(),
                    unit: base,
                    decimals,
                    count,
                });
                slot.push(builder.table.variables.len() - 1);
            }
        } else {
            let d = builder.table.dimensions.len();
            others[k] = Some(d);
            let mut dimension = Dimension {
                code: id.clone(),
                label: label_of(dim).unwrap_or_else(|| id.clone()),
                categories: Vec::new(),
            };
            for (code, label) in &categories {
                slot.push(dimension.intern(code, label));
            }
            builder.table.dimensions.push(dimension);
        }
        slots.push(slot);
    }
    if metric.is_none() {
        let label = dataset.get("label").and_then(Value::as_str).unwrap_or("");
        let label = label.split_once(':').map_or(label, |(_, rest)| rest.trim());
        builder.table.variables.push(Variable {
            code: label.to_string(),
            label: label.to_string(),
            unit: None,
            decimals: None,
            count: None,
        });
    }
    let total = sizes.iter().try_fold(1usize, |n, &s| n.checked_mul(s)).unwrap_or(usize::MAX);
    let values = dataset.get("value");
    let value_at = |i: usize| -> Option<&Value> {
        match values? {
            Value::Array(list) => list.get(i),
            Value::Object(map) => map.get(&i.to_string()),
            _ => None,
        }
    };
    if let Some(Value::Array(list)) = values
        && list.len() != total
    {
        return Err(error(crate::msg!(
            "statistics-jsonstat-size",
            dimension = "value",
            count = list.len(),
            expected = total
        )));
    }
    let other_count = builder.table.dimensions.len();
    // The flat indexes with a value: every one of a list, the keys of a
    // sparse object (an index left out is missing).
    let indexes: Vec<usize> = match values {
        Some(Value::Array(list)) => (0..list.len()).collect(),
        Some(Value::Object(map)) => {
            let mut keys: Vec<usize> = map.keys().filter_map(|k| k.parse().ok()).filter(|&i| i < total).collect();
            keys.sort_unstable();
            keys
        }
        _ => Vec::new(),
    };
    let mut position = vec![0usize; ids.len()];
    for i in indexes {
        let mut rest = i;
        for k in (0..ids.len()).rev() {
            position[k] = rest % sizes[k].max(1);
            rest /= sizes[k].max(1);
        }
        let variable = metric.map_or(0, |m| slots[m][position[m]]);
        if !builder.keeps(variable) {
            continue;
        }
        let value = match value_at(i) {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => Some(
                Number::parse(&n.to_string())
                    .ok_or_else(|| error(crate::msg!("statistics-value-unreadable", text = n.to_string())))?,
            ),
            Some(Value::String(s)) if s.trim() == "-" => Some(Number::integer(0)),
            Some(other) => {
                return Err(error(crate::msg!(
                    "statistics-value-unreadable",
                    text = crate::text::excerpt(&other.to_string(), 40)
                )));
            }
        };
        let mut categories = vec![0; other_count];
        for (k, o) in others.iter().enumerate() {
            if let Some(o) = o {
                categories[*o] = slots[k][position[k]];
            }
        }
        let decimals = builder.table.variables.get(variable).and_then(|v| v.decimals).unwrap_or(0);
        let value = value.map(|v| v.with_decimals(decimals).unwrap_or(v));
        let cell = Cell {
            region: slots[region][position[region]],
            period: slots[time][position[time]],
            variable,
            categories,
            value,
            line: None,
        };
        builder.push(cell).map_err(error)?;
    }
    builder.finish()
}

/// The dataset object: the root (JSON-stat 2), or the first member holding
/// `dimension` (JSON-stat 1's `{"dataset": …}`).
fn find_dataset(root: &Value) -> Option<&Map<String, Value>> {
    let object = root.as_object()?;
    if object.contains_key("dimension") {
        return Some(object);
    }
    object.values().filter_map(Value::as_object).find(|o| o.contains_key("dimension"))
}

/// A dimension's categories, code and label, in index order.
fn categories(dim: &Value) -> Vec<(String, String)> {
    let category = dim.get("category");
    let labels = category.and_then(|c| c.get("label")).and_then(Value::as_object);
    let label = |code: &str| labels.and_then(|l| l.get(code)).and_then(Value::as_str).unwrap_or(code).to_string();
    let mut codes: Vec<(usize, String)> = match category.and_then(|c| c.get("index")) {
        Some(Value::Array(list)) => list.iter().filter_map(Value::as_str).map(str::to_string).enumerate().collect(),
        Some(Value::Object(map)) => {
            map.iter().filter_map(|(code, i)| Some((usize::try_from(i.as_u64()?).ok()?, code.clone()))).collect()
        }
        _ => labels.map(|l| l.keys().cloned().enumerate().collect()).unwrap_or_default(),
    };
    codes.sort();
    codes.into_iter().map(|(_, code)| (label(&code), code)).map(|(l, c)| (c, l)).collect()
}
