//! Adopting a revision of the action programme into a plan folder's
//! history: the checks, the files to add and the changes they make.
//!
//! [`propose`] checks a proposed programme against the folder and returns
//! the files to add; it writes nothing, so a caller can show the changes
//! first (`plan-report revise --dry-run`) and write the files only when all
//! is well, never over an existing one.

use std::path::{Path, PathBuf};

use crate::action_table::read_actions;
use crate::diagnostic::Diagnostic;
use crate::diff::{ActionDiff, diff};
use crate::error::{Error, Result};
use crate::files;
use crate::folder::PlanFolder;
use crate::folder::{outside_name, relative_name};
use crate::plan::Action;
use crate::programme::Adoption;
use crate::source::read_bytes;

/// A checked revision, ready to be added to the folder.
///
/// # Example
/// ```
/// use plan_core::{programme::Adoption, revise::propose};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/minimal-plan");
/// let folder = plan_core::PlanFolder::load(dir)?.value;
/// let adoption = Adoption {
///     date: chrono::NaiveDate::from_ymd_opt(2025, 11, 20).unwrap(),
///     case: "12/25".into(),
///     body: "Testtinget".into(),
///     note: String::new(),
/// };
/// let proposal = propose(&folder, format!("{dir}/tiltak.csv"), 2026, adoption)?;
/// assert!(proposal.programme_file.ends_with("handlingsprogram/2026.csv"));
/// assert!(proposal.decision_text.contains("case = \"12/25\""));
/// assert!(proposal.changes.is_empty(), "the same programme again");
/// assert!(proposal.warnings.iter().all(|w| !w.is_error()));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Proposal {
    /// The first year the revision is in force.
    pub year: i32,
    /// The proposal's actions.
    pub actions: Vec<Action>,
    /// What changes from the version in force the year before.
    pub changes: ActionDiff,
    /// Where the programme goes: `handlingsprogram/YEAR.csv` (or `.xlsx`).
    pub programme_file: PathBuf,
    /// The proposal's bytes, copied as they are.
    pub programme_bytes: Vec<u8>,
    /// Where the decision goes: `handlingsprogram/YEAR.toml`.
    pub decision_file: PathBuf,
    /// The decision file's text.
    pub decision_text: String,
    /// Warnings about the proposal and its decision (an adoption dated
    /// after the revision took effect): the proposal's own warnings.
    pub warnings: Vec<Diagnostic>,
}

/// Checks a proposed action programme (`.csv` or `.xlsx`) as the revision
/// in force from `year`, adopted by `adoption`.
///
/// # Errors
/// [`Error::Argument`] when `year` is outside the plan period or not after
/// the latest version, or the files for `year` exist already;
/// [`Error::Invalid`] with every located error of the proposal (an empty
/// proposal, one that removes every action, included); [`Error::Io`] when
/// it cannot be read.
///
/// # Example
/// ```
/// use plan_core::{programme::Adoption, revise::propose};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let folder = plan_core::PlanFolder::load(dir)?.value;
/// let adoption = Adoption { date: chrono::NaiveDate::from_ymd_opt(2021, 11, 25).unwrap(), case: "1/21".into(), body: "Tinget".into(), note: String::new() };
/// let err = propose(&folder, format!("{dir}/handlingsprogram/2022.csv"), 2022, adoption).unwrap_err();
/// assert_eq!(err.to_string(), "a revision in force from 2022 must come after the latest version, in force from 2024");
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn propose(folder: &PlanFolder, proposal: impl AsRef<Path>, year: i32, adoption: Adoption) -> Result<Proposal> {
    let proposal = proposal.as_ref();
    let period = folder.plan.meta.period;
    if year < period.first || year > period.last {
        return Err(Error::Argument(crate::error::Argument::ReviseOutsidePeriod {
            year,
            first: period.first,
            last: period.last,
        }));
    }
    let latest = folder.programme.latest();
    // The revisions' folder as the plan folder names it, else in the
    // plan's language (`handlingsprogram/`, `programme/`).
    let revisions = files::folder_name(&folder.root, files::REVISION_FOLDERS, folder.plan.meta.language);
    let folder_dir = folder.root.join(revisions);
    if latest.is_some_and(|v| v.first_year == year) {
        // The year has a version already: name its files.
        let existing: Vec<String> = ["csv", "xlsx", "toml"]
            .iter()
            .map(|ext| folder_dir.join(format!("{year}.{ext}")))
            .filter(|f| f.exists())
            .map(|f| format!("{revisions}/{}", f.file_name().map(|n| n.to_string_lossy()).unwrap_or_default()))
            .collect();
        let files = if existing.is_empty() { vec![files::ACTIONS.to_string()] } else { existing };
        return Err(Error::Argument(crate::error::Argument::ReviseYearExists { year, files }));
    }
    if let Some(latest) = latest.filter(|v| v.first_year > year) {
        return Err(Error::Argument(crate::error::Argument::ReviseNotAfterLatest { year, latest: latest.first_year }));
    }
    let is_xlsx = crate::source::is_workbook(proposal);
    // The proposal comes from outside the folder: named by its file name.
    let name = outside_name(proposal);
    let bytes = read_bytes(proposal)?;
    let table = crate::source::table_of(proposal, &name, &bytes, "tiltak").map_err(Error::located)?;
    let mut diagnostics = Vec::new();
    let actions = read_actions(&table, &folder.plan.focus_areas, &mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(Error::Invalid { diagnostics });
    }
    if actions.is_empty() {
        let removed = latest.map_or(0, |v| v.actions.len());
        return Err(Error::located(Diagnostic::error(
            name,
            None,
            None,
            crate::msg!("revise-no-actions", removed = removed),
        )));
    }
    let programme_file = folder_dir.join(format!("{year}.{}", if is_xlsx { "xlsx" } else { "csv" }));
    let decision_file = folder_dir.join(format!("{year}.toml"));
    for existing in
        [folder_dir.join(format!("{year}.csv")), folder_dir.join(format!("{year}.xlsx")), decision_file.clone()]
    {
        if existing.exists() {
            return Err(Error::Argument(crate::error::Argument::ReviseExists {
                file: relative_name(&folder.root, &existing),
            }));
        }
    }
    let changes = diff(latest.map_or(&[][..], |v| v.actions.as_slice()), &actions);
    let decision_text = decision_toml(&adoption, year);
    // A decision is normally made before the revision takes effect.
    let mut warnings: Vec<Diagnostic> = diagnostics;
    if chrono::NaiveDate::from_ymd_opt(year, 1, 1).is_some_and(|start| adoption.date > start) {
        warnings.push(Diagnostic::warning(
            "--adopted",
            None,
            None,
            crate::msg!("revise-adopted-late", date = crate::i18n::date(adoption.date), year = year),
        ));
    }
    Ok(Proposal {
        year,
        actions,
        changes,
        programme_file,
        programme_bytes: bytes,
        decision_file,
        decision_text,
        warnings,
    })
}

/// The decision file's text, with TOML strings escaped.
fn decision_toml(adoption: &Adoption, year: i32) -> String {
    let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut text = format!(
        "# The decision that adopted the action programme in force from {year}.\nadopted = {}\ncase = {}\nbody = {}\n",
        adoption.date,
        quote(&adoption.case),
        quote(&adoption.body)
    );
    if !adoption.note.is_empty() {
        text.push_str(&format!("note = {}\n", quote(&adoption.note)));
    }
    text
}
