//! `plan-report period`: the period report as PDF.

use std::path::PathBuf;
use std::process::ExitCode;

use plan_report::ReportError;

use crate::args::RenderArgs;

/// Renders the period report of the plan folder.
pub fn run(plan_dir: Option<PathBuf>, render: &RenderArgs) -> Result<ExitCode, ReportError> {
    let plan_dir = crate::plan::find(plan_dir, true)?;
    super::render::report(plan_report::Report::Period, &plan_dir, None, |_| Ok(None), render)
}
