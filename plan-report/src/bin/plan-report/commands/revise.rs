//! `plan-report revise`: a proposed action programme added to the plan's
//! history as the version in force from a year.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan_core::Diagnostic;
use plan_core::programme::Adoption;
use plan_report::ReportError;

use crate::console::say;

/// Checks the proposal, prints the changes, and (unless a dry run) adds the
/// programme and its decision to the history, never over an existing file.
pub fn run(
    plan_dir: Option<PathBuf>,
    proposal: &Path,
    adopted: &str,
    case: String,
    year: i32,
    body: Option<String>,
    dry_run: bool,
) -> Result<ExitCode, ReportError> {
    let date = plan_core::calendar::parse_date(adopted)
        .map_err(|e| plan_core::Error::located(Diagnostic::error("--adopted", None, None, e.message())))?;
    let plan_dir = crate::plan::find(plan_dir, true)?;
    let folder = crate::plan::load(&plan_dir)?.value;
    let body = body.unwrap_or_else(|| folder.plan.meta.adopting_body.clone());
    let adoption = Adoption { date, case, body, note: String::new() };
    // The proposal is named by its file name: its findings by the path typed.
    let typed = |name: &str| proposal.parent().unwrap_or(Path::new("")).join(name).display().to_string();
    let checked = plan_core::revise::propose(&folder, proposal, year, adoption).map_err(|e| e.with_files(typed))?;
    for warning in &checked.warnings {
        crate::console::warn(warning);
    }
    let before = folder
        .programme
        .latest()
        .map_or_else(String::new, |v| format!("{} ({})", folder.path(&v.file).display(), v.first_year));
    let after = format!("{} ({year})", proposal.display());
    let text = plan_report::revision::changes_text(&checked.changes, &before, &after, crate::locale::messages());
    println!("{}", text.trim_end());
    if dry_run {
        say(&plan_core::msg!("revise-dry-run"));
        return Ok(ExitCode::SUCCESS);
    }
    plan_report::output::add_files(&[
        (checked.programme_file.as_path(), checked.programme_bytes.as_slice()),
        (checked.decision_file.as_path(), checked.decision_text.as_bytes()),
    ])?;
    say(&plan_core::msg!(
        "revise-added",
        programme = checked.programme_file.display().to_string(),
        decision = checked.decision_file.display().to_string(),
        year = year,
        count = checked.actions.len()
    ));
    Ok(ExitCode::SUCCESS)
}
