//! What the report commands (`status`, `period`, `case`) share: rendering a
//! report with the options of [`RenderArgs`] and writing it.

use std::path::Path;
use std::process::ExitCode;

use plan_core::Diagnostic;
use plan_report::ReportError;
use plan_report::report::Revision;

use crate::args::RenderArgs;
use crate::console::say;

/// Renders a report of the plan loaded from `plan_dir` (and emits its typst
/// sources when asked); `revision` is the changes a status report shows
/// instead of the history's, worked out from the loaded folder.
pub fn report(
    kind: plan_report::Report,
    plan_dir: &Path,
    year: Option<i32>,
    revision: impl FnOnce(&plan_core::PlanFolder) -> Result<Option<Revision>, ReportError>,
    args: &RenderArgs,
) -> Result<ExitCode, ReportError> {
    let loaded = crate::plan::load(plan_dir)?;
    let revision = revision(&loaded.value)?;
    let date = match &args.date {
        Some(text) => Some(
            plan_core::calendar::parse_date(text)
                .map_err(|e| plan_core::Error::located(Diagnostic::error("--date", None, None, e.message())))?,
        ),
        None => None,
    };
    let templates = match &args.templates {
        Some(dir) => plan_report::templates::Templates::with_overrides(dir)?,
        None => plan_report::templates::Templates::embedded(),
    };
    let standards = plan_report::report::parse_standards(&args.pdf_standard)?;
    let options = plan_report::ReportOptions {
        year,
        date,
        templates,
        standards,
        case: args.case.clone(),
        language: crate::locale::reports(),
        ..plan_report::ReportOptions::default()
    };
    let mut input = plan_report::ReportInput::new(&loaded);
    if let Some(revision) = &revision {
        input = input.with_revision(revision);
    }
    if let Some(dir) = &args.emit_typst {
        plan_report::emit_typst(kind, &input, &options, dir)?;
        say(&plan_core::msg!("typst-written", path = dir.display().to_string()));
    }
    if let Some(output) = &args.output {
        let pdf = plan_report::render(kind, &input, &options)?;
        plan_report::output::write_atomically(output, &pdf)?;
        say(&plan_core::msg!(
            "report-written",
            path = output.display().to_string(),
            warnings = loaded.diagnostics.len()
        ));
    }
    Ok(ExitCode::SUCCESS)
}
