//! `plan-report indicator`: one variable of statistics tables per
//! municipality and period, and for a region, as a table, CSV or JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use plan_core::population::reform::CodeChanges;
use plan_core::statistics::indicator::{IndicatorJson, Query, indicator};
use plan_core::statistics::read_statistics_file_keeping;
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
        PopulationFormat::Table => {
            crate::console::print_lines(&[plan_report::text_tables::indicator_table(&json, crate::locale::messages())]);
        }
        PopulationFormat::Csv => crate::console::print_lines(&[plan_report::text_tables::indicator_csv(&json)]),
        PopulationFormat::Json => crate::console::print_json(&json)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads the tables and computes the values; the readers' warnings come
/// back beside them.
fn compute(request: &Request) -> Result<(IndicatorJson, Vec<Diagnostic>), ReportError> {
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
    let mut diagnostics = Vec::new();
    let mut tables = Vec::new();
    // Only the cells of the variable and the weight asked for are kept.
    let keep = query.keep();
    for input in &request.inputs {
        let (table, warnings) = read_statistics_file_keeping(input, &input.display().to_string(), &keep)?;
        diagnostics.extend(warnings);
        tables.push(table);
    }
    let (json, warnings) = indicator(&tables, &changes, &query, crate::locale::messages())?;
    diagnostics.extend(warnings);
    Ok((json, diagnostics))
}
