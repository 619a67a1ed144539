//! `plan-report status`: the annual revision report as PDF.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan_report::ReportError;
use plan_report::report::Revision;
use plan_report::revision::Other;

use crate::args::RenderArgs;

/// Renders the report of `year`, with the changes from `--previous` or to
/// `--revised` instead of the history's when one is given.
pub fn run(
    plan_dir: Option<PathBuf>,
    year: i32,
    previous: Option<PathBuf>,
    revised: Option<PathBuf>,
    render: &RenderArgs,
) -> Result<ExitCode, ReportError> {
    let other = match (previous, revised) {
        (Some(old), _) => Some(Other::Previous(old)),
        (None, Some(new)) => Some(Other::Revised(new)),
        (None, None) => None,
    };
    let plan_dir = crate::plan::find(plan_dir, true)?;
    let revision = |folder: &plan_core::PlanFolder| match &other {
        Some(other) => Revision::against(folder, year, other).map(Some).map_err(|e| typed(e, other)),
        None => Ok(None),
    };
    super::render::report(plan_report::Report::Annual, &plan_dir, Some(year), revision, render)
}

/// The error of reading the other version, its findings naming the files by
/// the paths typed.
fn typed(error: ReportError, other: &Other) -> ReportError {
    let (Other::Previous(path) | Other::Revised(path)) = other;
    // The library names files relative to the folder given, or to the file's own folder.
    let base = if path.is_dir() { path.as_path() } else { path.parent().unwrap_or(Path::new("")) };
    match error {
        ReportError::Plan(e) => {
            ReportError::Plan(e.with_files(|name| plan_core::folder::path_of(base, name).display().to_string()))
        }
        other => other,
    }
}
