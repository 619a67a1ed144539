//! What each cell of a JSON-stat cube is: the dimensions' roles and, per
//! category, the municipality, date, metric and total flags.

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::population::accumulate::Accumulator;
use crate::population::count::Cell;
use crate::population::label::split_region_label;
use crate::population::ssb::{clean_name, is_population_variable, is_total_label};
use crate::population::time::{TimeLabel, parse_time_label};
use crate::text::fold;

use super::Metadata;
use crate::msg;

/// The most dimensions a dataset may have (SSB's tables have four or five).
const MAX_DIMENSIONS: usize = 8;

/// Where each cell of the cube goes: the dimensions' roles and, per
/// category, the municipality, date, metric and total flags.
pub(super) struct Layout {
    sizes: Vec<usize>,
    pub(super) total: usize,
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
    pub(super) fn build(file: &str, meta: &Metadata) -> Result<(Layout, Accumulator)> {
        let fail =
            |path: &str, message: crate::Message| Error::located(Diagnostic::error(file, None, Some(path), message));
        let prefix = &meta.prefix;
        let Some(dimension) = &meta.dimension else {
            return Err(fail(&format!("{prefix}dimension"), msg!("jsonstat-missing-dataset")));
        };
        let ids: Vec<&str> = meta
            .id
            .as_ref()
            .or_else(|| dimension.get("id"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .ok_or_else(|| fail(&format!("{prefix}id"), msg!("jsonstat-missing-ids")))?;
        let sizes: Vec<usize> = meta
            .size
            .as_ref()
            .or_else(|| dimension.get("size"))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_u64).map(|n| usize::try_from(n).unwrap_or(usize::MAX)).collect())
            .ok_or_else(|| fail(&format!("{prefix}size"), msg!("jsonstat-missing-sizes")))?;
        if ids.len() != sizes.len() || ids.is_empty() {
            return Err(fail(
                &format!("{prefix}size"),
                msg!("jsonstat-sizes-count", sizes = sizes.len(), ids = ids.len()),
            ));
        }
        if ids.len() > MAX_DIMENSIONS {
            return Err(fail(
                &format!("{prefix}id"),
                msg!("jsonstat-too-many-dimensions", count = ids.len(), max = MAX_DIMENSIONS),
            ));
        }
        // A size is believed only when its categories are there.
        for (id, &size) in ids.iter().zip(&sizes) {
            let given = dimension.get(*id).and_then(|d| d.get("category")).map_or(0, category_count);
            if given != size {
                return Err(fail(
                    &format!("{prefix}size"),
                    msg!("jsonstat-sizes-mismatch", sizes = format!("{sizes:?}"), id = *id, given = given),
                ));
            }
        }
        let total = sizes.iter().try_fold(1usize, |acc, s| acc.checked_mul(*s)).ok_or_else(|| {
            fail(&format!("{prefix}size"), msg!("jsonstat-too-many-cells", sizes = format!("{sizes:?}")))
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
        let region =
            region.ok_or_else(|| fail(&format!("{prefix}id"), msg!("jsonstat-no-region", ids = ids.join(", "))))?;
        let time = time.ok_or_else(|| fail(&format!("{prefix}id"), msg!("jsonstat-no-time", ids = ids.join(", "))))?;

        // Categories of every dimension in index order: (code, label).
        let mut categories: Vec<Vec<(String, String)>> = Vec::with_capacity(ids.len());
        for (i, id) in ids.iter().enumerate() {
            let path = format!("{prefix}dimension.{id}.category");
            let category = dimension
                .get(*id)
                .and_then(|d| d.get("category"))
                .ok_or_else(|| fail(&path, msg!("jsonstat-missing")))?;
            let list = category_list(category, sizes[i])
                .ok_or_else(|| fail(&format!("{path}.index"), msg!("jsonstat-categories", count = sizes[i])))?;
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
                    msg!("time-label-unreadable", text = code),
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
                    msg!("jsonstat-several-variables", variables = chosen.join(", ")),
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
    pub(super) fn add(&self, index: usize, cell: Cell, sums: &mut Accumulator) {
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
pub(super) fn category_count(category: &Value) -> usize {
    match category.get("index") {
        Some(Value::Object(index)) => index.len(),
        Some(Value::Array(index)) => index.len(),
        None => category.get("label").and_then(Value::as_object).map_or(0, |l| l.len().min(1)),
        _ => 0,
    }
}

/// `index` as an object `{code: position}` or an array of codes, with labels.
pub(super) fn category_list(category: &Value, size: usize) -> Option<Vec<(String, String)>> {
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
pub(super) fn label_name(label: &str) -> String {
    match split_region_label(label) {
        Some((_, name)) if !name.is_empty() => name.to_string(),
        _ => label.trim().to_string(),
    }
}
