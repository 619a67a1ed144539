//! `plan-report show`: the loaded plan as JSON.

use std::path::PathBuf;
use std::process::ExitCode;

use plan_report::ReportError;

use crate::args::ShowFormat;

/// Prints the plan folder as loaded.
pub fn run(plan_dir: Option<PathBuf>, format: ShowFormat) -> Result<ExitCode, ReportError> {
    let ShowFormat::Json = format;
    let loaded = crate::plan::load(&crate::plan::find(plan_dir, false)?)?;
    crate::console::print_json(&loaded.value)?;
    Ok(ExitCode::SUCCESS)
}
