//! `plan-report indicator`: one variable of statistics tables per
//! municipality and period, and for a region, as a table, CSV or JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use plan_core::population::reform::CodeChanges;
use plan_core::statistics::indicator::{IndicatorJson, Query, indicator};
use plan_core::statistics::{Number, read_statistics_file};
use plan_core::{Diagnostic, Error, MunicipalityCode};
use plan_report::ReportError;

use crate::args::PopulationFormat;

/// What the user asked for.
pub struct Request {
    pub inputs: Vec<PathBuf>,
    pub variable: String,
    pub select: Vec<String>,
    pub sum: Vec<String>,
    pub region: Vec<String>,
    pub changes: Vec<PathBuf>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub count: bool,
    pub weight: Option<String>,
}

/// Prints the values; the readers' warnings on standard error.
pub fn run(request: &Request, format: PopulationFormat) -> Result<ExitCode, ReportError> {
    let (json, diagnostics) = compute(request)?;
    for d in &diagnostics {
        crate::console::warn(d);
    }
    match format {
        PopulationFormat::Table => crate::console::print_lines(&[table(&json)]),
        PopulationFormat::Csv => crate::console::print_lines(&[csv(&json)]),
        PopulationFormat::Json => crate::console::print_json(&json)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the tables and computes the values; the readers' warnings come
/// back beside them.
fn compute(request: &Request) -> Result<(IndicatorJson, Vec<Diagnostic>), ReportError> {
    let mut diagnostics = Vec::new();
    let mut tables = Vec::new();
    for input in &request.inputs {
        let (table, warnings) = read_statistics_file(input, &input.display().to_string())?;
        diagnostics.extend(warnings);
        tables.push(table);
    }
    let mut changes = CodeChanges::default().with_built_in();
    for path in &request.changes {
        let bytes = std::fs::read(path).map_err(|source| Error::Io { path: path.clone(), source })?;
        changes.merge(CodeChanges::read(&path.display().to_string(), &bytes)?);
    }
    let flag_error = |flag: &str, message| Error::located(Diagnostic::error(flag, None, None, message));
    let mut select = Vec::new();
    for text in &request.select {
        let Some((dimension, value)) = text.split_once('=') else {
            return Err(flag_error("--select", plan_core::msg!("indicator-select-form", text = text.as_str())).into());
        };
        select.push((dimension.trim().to_string(), value.trim().to_string()));
    }
    let mut region = Vec::new();
    for code in &request.region {
        let parsed: MunicipalityCode = code.parse().map_err(|e: Error| flag_error("--region", e.message()))?;
        region.push(parsed);
    }
    let date = |text: &Option<String>, flag: &str| {
        text.as_deref()
            .map(|t| plan_core::calendar::parse_year_or_date(t).map_err(|e| flag_error(flag, e.message())))
            .transpose()
    };
    let query = Query {
        variable: request.variable.clone(),
        select,
        sum: request.sum.clone(),
        region,
        from: date(&request.from, "--from")?,
        to: date(&request.to, "--to")?,
        count: request.count,
        weight: request.weight.clone(),
    };
    let (json, warnings) = indicator(&tables, &changes, &query, crate::locale::messages())?;
    diagnostics.extend(warnings);
    Ok((json, diagnostics))
}

/// A value as the message language writes numbers.
fn shown(value: Option<Number>) -> String {
    match value {
        None => "–".to_string(),
        Some(n) if n.decimals == 0 => plan_core::format::integer(n.scaled),
        Some(n) => plan_core::format::decimal(n.to_string().parse().unwrap_or(0.0), usize::from(n.decimals)),
    }
}

/// The values as aligned columns: per municipality and period, then the
/// region's per period.
fn table(json: &IndicatorJson) -> String {
    let language = crate::locale::messages();
    let say = |message: plan_core::Message| plan_report::i18n::render(&message, language);
    let labels = plan_report::i18n::labels(language);
    let label = |key: &str| labels.get(key).cloned().unwrap_or_default();
    let period = say(plan_core::msg!("indicator-period"));
    let value = say(plan_core::msg!("indicator-value"));
    let v = &json.variable;
    let variable = if v.code == v.label { v.label.clone() } else { format!("{} ({})", v.label, v.code) };
    let mut out = format!("{}\n\n", say(plan_core::msg!("indicator-table-heading", variable = variable)));
    let mut rows = vec![vec![label("code"), label("municipality"), period.clone(), value.clone()]];
    for v in &json.values {
        rows.push(vec![v.code.clone(), v.name.clone(), v.period.clone(), shown(v.value)]);
    }
    out.push_str(&crate::columns::align(&rows, &[false, false, false, true]));
    if !json.region.is_empty() {
        out.push_str(&format!("\n{}\n\n", say(plan_core::msg!("indicator-table-region"))));
        let mut rows = vec![vec![period, value, say(plan_core::msg!("indicator-note"))]];
        for r in &json.region {
            rows.push(vec![r.period.clone(), shown(r.value), r.note.clone().unwrap_or_default()]);
        }
        out.push_str(&crate::columns::align(&rows, &[false, true, false]));
    }
    out.trim_end().to_string()
}

/// The values as CSV: `code,name,period,start,end,value`, the region's rows
/// with an empty code and the name `region`.
fn csv(json: &IndicatorJson) -> String {
    let mut out = String::from("code,name,period,start,end,value\n");
    let value = |v: Option<Number>| v.map_or(String::new(), |n| n.to_string());
    for v in &json.values {
        let name = crate::columns::quote(&v.name);
        out.push_str(&format!("{},{name},{},{},{},{}\n", v.code, v.period, v.start, v.end, value(v.value)));
    }
    for r in &json.region {
        out.push_str(&format!(",region,{},{},{},{}\n", r.period, r.start, r.end, value(r.value)));
    }
    out.trim_end().to_string()
}
