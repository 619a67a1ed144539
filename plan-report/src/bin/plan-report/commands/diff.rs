//! `plan-report diff`: the changes between two versions of the action
//! programme, as a readable list or as JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan_core::diff::diff;
use plan_report::ReportError;

use crate::args::DiffFormat;
use crate::console::{print_json, print_lines};

/// Compares two plan folders or action files (their latest versions), or
/// the programmes in force in two years of one plan folder.
pub fn run(
    old: &Path,
    new: Option<PathBuf>,
    from_year: Option<i32>,
    to_year: Option<i32>,
    format: DiffFormat,
) -> Result<ExitCode, ReportError> {
    let (changes, old_name, new_name) = match (new, from_year, to_year) {
        (Some(new), _, _) => (
            diff(&crate::plan::actions_at(old)?, &crate::plan::actions_at(&new)?),
            old.display().to_string(),
            new.display().to_string(),
        ),
        (None, Some(from), Some(to)) => {
            let folder = crate::plan::load(old)?.value;
            let (old, new) = (folder.programme_for(from)?, folder.programme_for(to)?);
            // The two versions by the paths to open, and the year each is in force from.
            let name =
                |v: &plan_core::ProgrammeVersion| format!("{} ({})", folder.path(&v.file).display(), v.first_year);
            (diff(&old.actions, &new.actions), name(old), name(new))
        }
        _ => return Err(ReportError::Command(plan_core::msg!("diff-needs-new"))),
    };
    match format {
        DiffFormat::Table => print_lines(&[plan_report::revision::changes_text(
            &changes,
            &old_name,
            &new_name,
            crate::locale::messages(),
        )]),
        DiffFormat::Json => print_json(&changes)?,
    }
    Ok(ExitCode::SUCCESS)
}
