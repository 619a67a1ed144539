//! The `diff` and `revise` commands and `--previous`/`--revised`: loading
//! two versions of an action programme, showing what changed, and adding a
//! revision to a plan's history.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use plan_core::PlanFolder;
use plan_core::diff::{ActionDiff, diff};
use plan_core::load::load_actions;
use plan_core::programme::Adoption;
use plan_report::ReportError;
use plan_report::report::Revision;

/// Compares the action programmes at two paths (plan folders, whose latest
/// versions are compared, or action files).
pub fn compare(old: &Path, new: &Path) -> Result<ActionDiff, ReportError> {
    Ok(diff(&actions_at(old)?, &actions_at(new)?))
}

/// The action programme at a path (a plan folder's latest version, or an
/// action file), its findings naming the files by the paths typed.
fn actions_at(path: &Path) -> Result<Vec<plan_core::Action>, ReportError> {
    // The library names files relative to the folder given, or to the file's own folder.
    let base = if path.is_dir() { path } else { path.parent().unwrap_or(Path::new("")) };
    Ok(load_actions(path)
        .map_err(|e| e.with_files(|name| plan_core::folder::path_of(base, name).display().to_string()))?
        .value)
}

/// Loads a plan folder, its findings naming the files by the paths typed.
pub fn load(plan_dir: &Path) -> Result<plan_core::Loaded<PlanFolder>, ReportError> {
    Ok(PlanFolder::load(plan_dir).map_err(|e| e.in_folder(plan_dir))?)
}

/// Compares the programmes in force in two years of one plan folder; also
/// returns the two versions' file names as paths to open.
pub fn compare_years(plan_dir: &Path, from: i32, to: i32) -> Result<(ActionDiff, String, String), ReportError> {
    let folder = load(plan_dir)?.value;
    let old = folder.programme_for(from)?;
    let new = folder.programme_for(to)?;
    let name = |v: &plan_core::ProgrammeVersion| format!("{} ({})", folder.path(&v.file).display(), v.first_year);
    Ok((diff(&old.actions, &new.actions), name(old), name(new)))
}

/// The other version a status report compares with.
pub enum Other {
    /// Last year's programme (`--previous`): from it to the year's programme.
    Previous(PathBuf),
    /// A proposal not yet adopted (`--revised`): from the year's programme to it.
    Revised(PathBuf),
}

/// A revision for the status report's section on changes. The report names
/// the folder's programme as the folder does, and the other version (from
/// outside the folder) by its file or folder name alone.
pub fn revision(folder: &PlanFolder, year: i32, other: &Other) -> Result<Revision, ReportError> {
    let current = folder.programme_for(year)?;
    let current_name = current.file.clone();
    Ok(match other {
        Other::Previous(old) => Revision {
            changes: diff(&actions_at(old)?, &current.actions),
            old: plan_core::folder::outside_name(old),
            new: current_name,
        },
        Other::Revised(new) => Revision {
            changes: diff(&current.actions, &actions_at(new)?),
            old: current_name,
            new: plan_core::folder::outside_name(new),
        },
    })
}

/// `plan-report revise`: checks the proposal, prints the changes, and
/// (unless a dry run) adds the programme and its decision to the history,
/// never over an existing file.
pub fn revise(
    plan_dir: &Path,
    proposal: &Path,
    date: NaiveDate,
    case: String,
    year: i32,
    body: Option<String>,
    dry_run: bool,
) -> Result<ExitCode, ReportError> {
    let folder = load(plan_dir)?.value;
    let body = body.unwrap_or_else(|| folder.plan.meta.adopting_body.clone());
    let adoption = Adoption { date, case, body, note: String::new() };
    // The proposal is named by its file name: its findings by the path typed.
    let typed = |name: &str| proposal.parent().unwrap_or(Path::new("")).join(name).display().to_string();
    let checked = plan_core::revise::propose(&folder, proposal, year, adoption).map_err(|e| e.with_files(typed))?;
    for warning in &checked.warnings {
        eprintln!("{}", warning.render_in(plan_report::i18n::catalogue(), crate::locale::messages()));
    }
    let before = folder
        .programme
        .latest()
        .map_or_else(String::new, |v| format!("{} ({})", folder.path(&v.file).display(), v.first_year));
    let text = table(&checked.changes, &before, &format!("{} ({year})", proposal.display()));
    println!("{}", text.trim_end());
    if dry_run {
        crate::cli::say(&plan_core::msg!("revise-dry-run"));
        return Ok(ExitCode::SUCCESS);
    }
    plan_report::output::add_files(&[
        (checked.programme_file.as_path(), checked.programme_bytes.as_slice()),
        (checked.decision_file.as_path(), checked.decision_text.as_bytes()),
    ])?;
    crate::cli::say(&plan_core::msg!(
        "revise-added",
        programme = checked.programme_file.display().to_string(),
        decision = checked.decision_file.display().to_string(),
        year = year,
        count = checked.actions.len()
    ));
    Ok(ExitCode::SUCCESS)
}

/// The changes as a readable list, in the language of the messages.
pub fn table(changes: &ActionDiff, old: &str, new: &str) -> String {
    use plan_core::msg;
    let language = crate::locale::messages();
    let say = |message: plan_core::Message| plan_report::i18n::render(&message, language);
    let mut out = format!("{}\n", say(msg!("diff-heading", old = old, new = new)));
    if changes.is_empty() {
        out.push_str(&format!("\n{}\n", say(msg!("diff-none"))));
        return out;
    }
    let line = |a: &plan_core::Action| {
        let cost = a
            .cost
            .map(|c| format!(", {}", plan_report::fields::value(&plan_core::diff::FieldValue::Cost(Some(c)), language)))
            .unwrap_or_default();
        let responsible = if a.responsible.is_empty() { "–".to_string() } else { a.responsible.join(", ") };
        let details = say(msg!("diff-action-details", deadline = a.deadline.to_string(), responsible = responsible));
        format!("  {:<11} {} ({details}{cost})\n", a.id, a.text)
    };
    if !changes.added.is_empty() {
        out.push_str(&format!("\n{}\n", say(msg!("diff-added", count = changes.added.len()))));
        changes.added.iter().for_each(|a| out.push_str(&line(a)));
    }
    if !changes.removed.is_empty() {
        out.push_str(&format!("\n{}\n", say(msg!("diff-removed", count = changes.removed.len()))));
        changes.removed.iter().for_each(|a| out.push_str(&line(a)));
    }
    if !changes.changed.is_empty() {
        out.push_str(&format!("\n{}\n", say(msg!("diff-changed", count = changes.changed.len()))));
        for c in &changes.changed {
            match &c.old_id {
                Some(old_id) => {
                    out.push_str(&format!("  {} ({})\n", c.id, say(msg!("diff-renumbered", old = old_id.as_str()))));
                }
                None => out.push_str(&format!("  {}\n", c.id)),
            }
            for (field, change) in &c.fields {
                out.push_str(&format!(
                    "    {}: {} → {}\n",
                    plan_report::fields::name(*field, language),
                    plan_report::fields::value(&change.old, language),
                    plan_report::fields::value(&change.new, language)
                ));
            }
        }
    }
    out
}
