//! `plan-report case`: a case document and its attachments as one PDF.

use std::path::PathBuf;
use std::process::ExitCode;

use plan_report::ReportError;

use crate::args::RenderArgs;

/// Renders the case `case` (default: the only one, or the latest).
pub fn run(plan_dir: Option<PathBuf>, case: Option<String>, render: RenderArgs) -> Result<ExitCode, ReportError> {
    let render = RenderArgs { case, ..render };
    let plan_dir = crate::plan::find(plan_dir, true)?;
    super::render::report(plan_report::Report::CaseAttachment, &plan_dir, None, |_| Ok(None), &render)
}
