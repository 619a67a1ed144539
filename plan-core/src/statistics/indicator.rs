//! One variable of statistics tables per municipality and period, and for a
//! region: what `plan-report indicator` prints.
//!
//! Every dimension other than region and time is fixed with a selection
//! (`--select DIM=CODE`) or summed (`--sum DIM`); municipalities named in
//! today's codes are followed back through code changes; the region's value
//! is a sum for counts, a weighted mean with a weight, and otherwise `null`
//! with a note — never a sum of percentages.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::{Dimension, Number, Period, Table};
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::i18n::{Language, Message};
use crate::population::reform::CodeChanges;
use crate::region::MunicipalityCode;
use crate::text::{edit_distance, fold};

/// What to compute.
///
/// # Example
/// ```
/// let q = plan_core::statistics::indicator::Query { variable: "Netto".into(), ..Default::default() };
/// assert!(q.select.is_empty() && !q.count);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Query {
    /// The variable, by code or label.
    pub variable: String,
    /// Selections: dimension (code or label) and value (code or label).
    pub select: Vec<(String, String)>,
    /// Dimensions summed over.
    pub sum: Vec<String>,
    /// The region's municipalities; empty: every municipality of the tables
    /// and no region figure.
    pub region: Vec<MunicipalityCode>,
    /// Only periods starting on or after this date.
    pub from: Option<NaiveDate>,
    /// Only periods starting on or before this date.
    pub to: Option<NaiveDate>,
    /// The variable is a count (when the table does not say).
    pub count: bool,
    /// A count variable of the same tables weighting a rate's region value.
    pub weight: Option<String>,
}

impl Query {
    /// The cells a reader needs to keep for this query: the variable's and
    /// the weight's.
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::{Keep, indicator::Query};
    /// let q = Query { variable: "Rate".into(), weight: Some("Folketal".into()), ..Default::default() };
    /// assert_eq!(q.keep(), Keep::Variables(vec!["Rate".into(), "Folketal".into()]));
    /// ```
    pub fn keep(&self) -> super::Keep {
        super::Keep::Variables(std::iter::once(&self.variable).chain(&self.weight).cloned().collect())
    }
}

/// The variable as the table names it.
///
/// # Example
/// ```
/// let v = plan_core::statistics::indicator::VariableJson { code: "Netto".into(), label: "Nettoinnflytting".into(), unit: None };
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"code":"Netto","label":"Nettoinnflytting","unit":null}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct VariableJson {
    /// Its code (`Nettoinnflytting9`), or its label in a CSV download.
    pub code: String,
    /// Its label.
    pub label: String,
    /// Its unit, where the table states one (JSON-stat).
    pub unit: Option<String>,
}

/// One municipality's value in one period.
///
/// # Example
/// ```
/// use plan_core::statistics::{Number, indicator::ValueJson};
/// let d = |m, d| chrono::NaiveDate::from_ymd_opt(2020, m, d).unwrap();
/// let v = ValueJson { code: "4001".into(), name: "Porsgrunn".into(), period: "2020K1".into(), start: d(1, 1), end: d(3, 31), value: Some(Number::integer(12)) };
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"code":"4001","name":"Porsgrunn","period":"2020K1","start":"2020-01-01","end":"2020-03-31","value":12}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ValueJson {
    /// The municipality's code as asked for (today's), or as the table has it.
    pub code: String,
    /// Its name.
    pub name: String,
    /// The period as the table writes it (`2020K1`).
    pub period: String,
    /// The period's first day.
    pub start: NaiveDate,
    /// The period's last day.
    pub end: NaiveDate,
    /// The value with the table's precision; `null` when missing.
    #[serde(serialize_with = "number")]
    #[schemars(with = "Option<f64>")]
    pub value: Option<Number>,
}

/// How a region value was made.
///
/// # Example
/// ```
/// use plan_core::statistics::indicator::Rule;
/// assert_eq!(serde_json::to_string(&Rule::Weighted).unwrap(), r#""weighted""#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The sum of the municipalities' values (a count).
    Sum,
    /// The municipalities' values weighted by a count variable.
    Weighted,
    /// Not computed (see the note).
    None,
}

/// The region's value in one period.
///
/// # Example
/// ```
/// use plan_core::statistics::{Number, indicator::{RegionValueJson, Rule}};
/// let d = |m, d| chrono::NaiveDate::from_ymd_opt(2020, m, d).unwrap();
/// let r = RegionValueJson { period: "2020K1".into(), start: d(1, 1), end: d(3, 31), value: Some(Number::integer(87)), rule: Rule::Sum, note: None };
/// assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"period":"2020K1","start":"2020-01-01","end":"2020-03-31","value":87,"rule":"sum"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct RegionValueJson {
    /// The period as the table writes it.
    pub period: String,
    /// The period's first day.
    pub start: NaiveDate,
    /// The period's last day.
    pub end: NaiveDate,
    /// The region's value; `null` when it cannot be computed (see `note`).
    #[serde(serialize_with = "number")]
    #[schemars(with = "Option<f64>")]
    pub value: Option<Number>,
    /// How it was computed.
    pub rule: Rule,
    /// Why the value is `null`, in the message language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What `plan-report indicator --format json` prints.
///
/// # Example
/// ```
/// use plan_core::statistics::{read_statistics_bytes, indicator::{Query, indicator}};
/// let csv = "region;statistikkvariabel;kvartal;01222: Befolkning\n4001 Porsgrunn;Nettoinnflytting;2020K1;12\n3905 Tønsberg;Nettoinnflytting;2020K1;-\n";
/// let (table, _) = read_statistics_bytes(csv.as_bytes(), "01222.csv")?;
/// let query = Query { variable: "nettoinnflytting".into(), region: vec!["4001".parse()?, "3905".parse()?], count: true, ..Default::default() };
/// let (json, _) = indicator(&[table], &Default::default(), &query, plan_core::Language::En)?;
/// assert_eq!(json.values.iter().map(|v| v.value.map(|n| n.to_string())).collect::<Vec<_>>(), [Some("12".to_string()), Some("0".to_string())]);
/// assert_eq!(json.region[0].value.map(|n| n.to_string()), Some("12".into()));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct IndicatorJson {
    /// The variable.
    pub variable: VariableJson,
    /// Per municipality and period, in code and period order.
    pub values: Vec<ValueJson>,
    /// Per period, for the region (`--region`); empty without one.
    pub region: Vec<RegionValueJson>,
    /// The weight variable, with `--weight`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<VariableJson>,
    /// The files read, each with SSB's table number where stated.
    pub sources: Vec<String>,
}

#[allow(clippy::ref_option)] // serde's serialize_with passes &Option
fn number<S: Serializer>(value: &Option<Number>, serializer: S) -> std::result::Result<S::Ok, S::Error> {
    match value {
        None => serializer.serialize_none(),
        Some(n) => n.to_json().serialize(serializer),
    }
}

/// The values of one variable, per (code as in the table, period label).
type Values = BTreeMap<(String, String), Option<Number>>;

/// Computes the variable per municipality and period, and for the region.
///
/// # Errors
/// [`Error::Invalid`] naming the file: a variable, dimension or value that
/// is not in a table (with the nearest codes and labels), a dimension left
/// with several values, a region municipality in no table.
///
/// # Example
/// ```
/// use plan_core::statistics::{read_statistics_bytes, indicator::{Query, indicator}};
/// let csv = "region;kjønn;år;Sysselsette\n4001 Porsgrunn;Menn;2022;1200\n4001 Porsgrunn;Kvinner;2022;1110\n";
/// let (table, _) = read_statistics_bytes(csv.as_bytes(), "t.csv")?;
/// let query = Query { variable: "Sysselsette".into(), ..Default::default() };
/// let err = indicator(&[table], &Default::default(), &query, plan_core::Language::En).unwrap_err();
/// assert_eq!(
///     err.diagnostics()[0].render(plan_core::Language::En),
///     "t.csv: error: the dimension \"kjønn\" has 2 values (Menn, Kvinner): choose one with --select kjønn=CODE or sum them with --sum kjønn"
/// );
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn indicator(
    tables: &[Table],
    changes: &CodeChanges,
    query: &Query,
    language: Language,
) -> Result<(IndicatorJson, Vec<Diagnostic>)> {
    let mut values: Values = BTreeMap::new();
    let mut weights: Values = BTreeMap::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut periods: BTreeMap<(NaiveDate, NaiveDate, String), Period> = BTreeMap::new();
    let mut variable: Option<super::Variable> = None;
    let mut weight: Option<super::Variable> = None;
    for table in tables {
        let v = find_variable(table, &query.variable)?;
        variable.get_or_insert_with(|| table.variables[v].clone());
        let chosen = choose(table, query)?;
        collect(table, v, &chosen, &mut values);
        if let Some(w) = &query.weight {
            let w = find_variable(table, w)?;
            weight.get_or_insert_with(|| table.variables[w].clone());
            collect(table, w, &chosen, &mut weights);
        }
        for region in &table.regions.categories {
            names.entry(region.code.clone()).or_insert_with(|| region.label.clone());
        }
        for p in &table.periods {
            let keep = query.from.is_none_or(|f| p.start >= f) && query.to.is_none_or(|t| p.start <= t);
            if keep {
                periods.insert((p.start, p.end, p.label.clone()), p.clone());
            }
        }
    }
    let variable = variable.unwrap_or_else(|| super::Variable {
        code: query.variable.clone(),
        label: query.variable.clone(),
        unit: None,
        decimals: None,
        count: None,
    });
    let periods: Vec<Period> = periods.into_values().collect();
    let files = tables.iter().map(|t| t.file.as_str()).collect::<Vec<_>>().join(", ");
    let mut out = Vec::new();
    let mut region = Vec::new();
    let mut diagnostics = Vec::new();
    if query.region.is_empty() {
        let mut codes: Vec<&String> = names.keys().filter(|c| c.parse::<MunicipalityCode>().is_ok()).collect();
        codes.sort();
        for code in codes {
            for p in &periods {
                if let Some(value) = values.get(&(code.clone(), p.label.clone())) {
                    out.push(value_json(code, &names[code], p, *value));
                }
            }
        }
    } else {
        // Each municipality's code in each period, followed through changes.
        let mut found: BTreeMap<MunicipalityCode, bool> = BTreeMap::new();
        let code_in = |m: MunicipalityCode, p: &Period| -> String {
            let at = changes.code_at(m, p.start).unwrap_or(m);
            if values.contains_key(&(at.as_str().to_string(), p.label.clone())) {
                at.as_str().to_string()
            } else {
                m.as_str().to_string()
            }
        };
        for &m in &query.region {
            let name = names
                .get(m.as_str())
                .or_else(|| periods.iter().rev().find_map(|p| names.get(&code_in(m, p))))
                .cloned()
                .unwrap_or_default();
            // A merge or split the municipality cannot be followed through,
            // before the periods it has no value for: said once.
            let mut cut: Option<(NaiveDate, crate::population::reform::Break)> = None;
            for p in &periods {
                let key = (code_in(m, p), p.label.clone());
                let value = values.get(&key).copied().flatten();
                if values.contains_key(&key) {
                    found.insert(m, true);
                } else if let Err(b) = changes.code_at(m, p.start)
                    && cut.as_ref().is_none_or(|(end, _)| p.end > *end)
                {
                    cut = Some((p.end, b));
                }
                out.push(value_json(m.as_str(), &name, p, value));
            }
            if let Some((end, b)) = cut {
                diagnostics.push(Diagnostic::warning(
                    files.as_str(),
                    None,
                    None,
                    crate::msg!(
                        "statistics-code-break",
                        code = m.as_str(),
                        date = crate::i18n::date(end),
                        reason = b.message().render(language)
                    ),
                ));
            }
            if !found.contains_key(&m) {
                let nearest = nearest(m.as_str(), names.iter().map(|(c, l)| (c.as_str(), l.as_str())));
                return Err(Error::located(Diagnostic::error(
                    files.as_str(),
                    None,
                    None,
                    crate::msg!("statistics-region-unknown", code = m.as_str(), nearest = nearest),
                )));
            }
        }
        let is_count = variable.count == Some(true) || (query.count && variable.count != Some(false));
        for p in &periods {
            let parts: Vec<(&ValueJson, Option<Number>)> = out
                .iter()
                .filter(|v| v.period == p.label)
                .map(|v| {
                    let m: Option<MunicipalityCode> = v.code.parse().ok();
                    let w = m.and_then(|m| weights.get(&(code_in(m, p), p.label.clone())).copied().flatten());
                    (v, w)
                })
                .collect();
            let missing: Vec<String> = parts
                .iter()
                .filter(|(v, _)| v.value.is_none())
                .map(|(v, _)| format!("{} {}", v.code, v.name))
                .collect();
            let (value, rule, note): (Option<Number>, Rule, Option<Message>) = if query.weight.is_some() {
                let no_weight: Vec<String> =
                    parts.iter().filter(|(_, w)| w.is_none()).map(|(v, _)| format!("{} {}", v.code, v.name)).collect();
                if !missing.is_empty() {
                    (
                        None,
                        Rule::Weighted,
                        Some(crate::msg!("statistics-note-missing", municipalities = missing.join(", "))),
                    )
                } else if !no_weight.is_empty() {
                    (
                        None,
                        Rule::Weighted,
                        Some(crate::msg!("statistics-note-no-weight", municipalities = no_weight.join(", "))),
                    )
                } else {
                    let pairs: Vec<(Number, Number)> =
                        parts.iter().filter_map(|(v, w)| Some((v.value?, (*w)?))).collect();
                    (Number::weighted_mean(&pairs), Rule::Weighted, None)
                }
            } else if is_count {
                if missing.is_empty() {
                    let sum = parts.iter().try_fold(Number::integer(0), |s, (v, _)| s.checked_add(v.value?));
                    (sum, Rule::Sum, None)
                } else {
                    (None, Rule::Sum, Some(crate::msg!("statistics-note-missing", municipalities = missing.join(", "))))
                }
            } else if variable.count == Some(false) {
                let unit = variable.unit.clone().unwrap_or_default();
                (None, Rule::None, Some(crate::msg!("statistics-note-not-count", unit = unit)))
            } else {
                (
                    None,
                    Rule::None,
                    Some(crate::msg!("statistics-note-unknown-count", variable = variable.label.as_str())),
                )
            };
            region.push(RegionValueJson {
                period: p.label.clone(),
                start: p.start,
                end: p.end,
                value,
                rule,
                note: note.map(|n| n.render(language)),
            });
        }
    }
    let as_json =
        |v: &super::Variable| VariableJson { code: v.code.clone(), label: v.label.clone(), unit: v.unit.clone() };
    let sources = tables
        .iter()
        .map(|t| match &t.table_id {
            Some(id) => format!("{} (SSB, table {id})", t.file),
            None => t.file.clone(),
        })
        .collect();
    let json = IndicatorJson {
        variable: as_json(&variable),
        values: out,
        region,
        weight: weight.as_ref().map(as_json),
        sources,
    };
    Ok((json, diagnostics))
}

fn value_json(code: &str, name: &str, p: &Period, value: Option<Number>) -> ValueJson {
    ValueJson {
        code: code.to_string(),
        name: name.to_string(),
        period: p.label.clone(),
        start: p.start,
        end: p.end,
        value,
    }
}

/// Sums the cells of variable `v` with the chosen categories per region
/// code and period; a missing part makes the sum missing. The first table
/// holding a (code, period) is kept.
fn collect(table: &Table, v: usize, chosen: &[Option<usize>], into: &mut Values) {
    let mut sums: BTreeMap<(usize, usize), Option<Number>> = BTreeMap::new();
    for cell in &table.cells {
        if cell.variable != v || cell.categories.iter().zip(chosen).any(|(c, k)| k.is_some_and(|k| k != *c)) {
            continue;
        }
        let entry = sums.entry((cell.region, cell.period)).or_insert(Some(Number::integer(0)));
        *entry = match (*entry, cell.value) {
            (Some(a), Some(b)) => a.checked_add(b),
            _ => None,
        };
    }
    for ((r, p), value) in sums {
        let key = (table.regions.categories[r].code.clone(), table.periods[p].label.clone());
        into.entry(key).or_insert(value);
    }
}

/// For each dimension of the table: the selected category, or `None` when
/// summed.
fn choose(table: &Table, query: &Query) -> Result<Vec<Option<usize>>> {
    let error = |message: Message| Error::located(Diagnostic::error(table.file.as_str(), None, None, message));
    for wanted in query.select.iter().map(|(d, _)| d).chain(&query.sum) {
        if !table.dimensions.iter().any(|d| d.is(wanted)) {
            let listed = table.dimensions.iter().map(|d| d.label.as_str()).collect::<Vec<_>>().join(", ");
            let nearest = nearest(wanted, table.dimensions.iter().map(|d| (d.code.as_str(), d.label.as_str())));
            return Err(error(crate::msg!(
                "statistics-dimension-unknown",
                wanted = wanted.as_str(),
                nearest = nearest,
                dimensions = if listed.is_empty() { "–".to_string() } else { listed }
            )));
        }
    }
    let mut chosen = Vec::with_capacity(table.dimensions.len());
    for dimension in &table.dimensions {
        if let Some((_, value)) = query.select.iter().rev().find(|(d, _)| dimension.is(d)) {
            let Some(k) = dimension.find(value) else {
                let nearest = nearest(value, dimension.categories.iter().map(|c| (c.code.as_str(), c.label.as_str())));
                return Err(error(crate::msg!(
                    "statistics-select-unknown",
                    wanted = value.as_str(),
                    dimension = dimension.label.as_str(),
                    nearest = nearest,
                    count = dimension.categories.len()
                )));
            };
            chosen.push(Some(k));
        } else if query.sum.iter().any(|d| dimension.is(d)) || dimension.categories.len() == 1 {
            chosen.push(None);
        } else {
            return Err(error(open(dimension)));
        }
    }
    Ok(chosen)
}

fn open(dimension: &Dimension) -> Message {
    let values: Vec<&str> = dimension.categories.iter().map(|c| c.label.as_str()).collect();
    let shown = crate::text::excerpt(&values.join(", "), 200);
    let code = if dimension.code.contains(char::is_whitespace) {
        format!("\"{}\"", dimension.code)
    } else {
        dimension.code.clone()
    };
    crate::msg!(
        "statistics-dimension-open",
        dimension = dimension.label.as_str(),
        count = values.len(),
        values = shown,
        code = code
    )
}

fn find_variable(table: &Table, wanted: &str) -> Result<usize> {
    if let Some(i) = table.variables.iter().position(|v| v.is(wanted)) {
        return Ok(i);
    }
    let nearest = nearest(wanted, table.variables.iter().map(|v| (v.code.as_str(), v.label.as_str())));
    Err(Error::located(Diagnostic::error(
        table.file.as_str(),
        None,
        None,
        crate::msg!("statistics-variable-unknown", wanted = wanted, nearest = nearest, count = table.variables.len()),
    )))
}

/// The three candidates (code, label) nearest to `wanted` by edit distance
/// over code and label, shown as `code (label)`.
fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let wanted = fold(wanted);
    let mut scored: Vec<(usize, String)> = candidates
        .map(|(code, label)| {
            let d = edit_distance(&wanted, &fold(code)).min(edit_distance(&wanted, &fold(label)));
            let shown = if label.is_empty() || label == code { code.to_string() } else { format!("{code} ({label})") };
            (d, shown)
        })
        .collect();
    scored.sort();
    scored.dedup();
    let shown: Vec<String> = scored.into_iter().take(3).map(|(_, s)| s).collect();
    if shown.is_empty() { "–".to_string() } else { shown.join(", ") }
}
