//! Two versions of an action programme side by side: the changes a status
//! report shows beside the history's ([`Revision::against`]) and the changes
//! as a readable list in a language ([`changes_text`]), as `plan-report
//! diff` and `revise` print them.

use std::path::PathBuf;

use plan_core::diff::{ActionDiff, diff};
use plan_core::load::load_actions;
use plan_core::{Language, PlanFolder, msg};

use crate::error::ReportError;
use crate::report::Revision;

/// The other version of the programme a status report compares the year's
/// programme with: a plan folder (its latest version) or an action file.
///
/// # Example
/// ```
/// use plan_report::revision::Other;
/// let other = Other::Previous("last-year/tiltak.csv".into());
/// assert!(matches!(other, Other::Previous(path) if path.ends_with("tiltak.csv")));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Other {
    /// Last year's programme (`--previous`): the changes from it to the
    /// year's programme.
    Previous(PathBuf),
    /// A proposal not yet adopted (`--revised`): the changes from the year's
    /// programme to it.
    Revised(PathBuf),
}

impl Revision {
    /// The changes between the programme in force in `year` and `other`,
    /// for a status report's section on changes (instead of the history's
    /// next revision). The folder's programme is named as the folder names
    /// it, the other version (from outside the folder) by its file or folder
    /// name alone. A failure to read the other version names its files
    /// relative to it (the folder, or the file's own folder).
    ///
    /// # Example
    /// ```
    /// use plan_report::report::Revision;
    /// use plan_report::revision::Other;
    /// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
    /// let folder = plan_core::PlanFolder::load(dir)?.value;
    /// let proposal = std::path::Path::new(dir).join("handlingsprogram/2022.csv");
    /// let revision = Revision::against(&folder, 2021, &Other::Revised(proposal))?;
    /// assert_eq!((revision.old.as_str(), revision.new.as_str()), ("tiltak.csv", "2022.csv"));
    /// assert!(!revision.changes.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn against(folder: &PlanFolder, year: i32, other: &Other) -> Result<Revision, ReportError> {
        let current = folder.programme_for(year)?;
        let current_name = current.file.clone();
        Ok(match other {
            Other::Previous(old) => Revision {
                changes: diff(&load_actions(old)?.value, &current.actions),
                old: plan_core::folder::outside_name(old),
                new: current_name,
            },
            Other::Revised(new) => Revision {
                changes: diff(&current.actions, &load_actions(new)?.value),
                old: current_name,
                new: plan_core::folder::outside_name(new),
            },
        })
    }
}

/// The changes from the version named `old` to the one named `new` as a
/// readable list in `language`: a heading, then the actions added, removed
/// and changed (each changed field from its old value to its new one).
///
/// # Example
/// ```
/// let none = plan_core::diff::diff(&[], &[]);
/// let text = plan_report::revision::changes_text(&none, "a.csv", "b.csv", plan_core::Language::En);
/// assert!(text.contains("a.csv") && text.contains("b.csv"), "{text}");
/// assert_eq!(text.lines().count(), 3, "{text}");
/// ```
pub fn changes_text(changes: &ActionDiff, old: &str, new: &str, language: Language) -> String {
    let say = |message: plan_core::Message| crate::i18n::render(&message, language);
    let mut out = format!("{}\n", say(msg!("diff-heading", old = old, new = new)));
    if changes.is_empty() {
        out.push_str(&format!("\n{}\n", say(msg!("diff-none"))));
        return out;
    }
    let line = |a: &plan_core::Action| {
        let cost = a
            .cost
            .map(|c| format!(", {}", crate::fields::value(&plan_core::diff::FieldValue::Cost(Some(c)), language)))
            .unwrap_or_default();
        let responsible = if a.responsible.is_empty() { "–".to_string() } else { a.responsible.join(", ") };
        let details = say(msg!("diff-action-details", deadline = a.deadline.text(), responsible = responsible));
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
                    crate::fields::name(*field, language),
                    crate::fields::value(&change.old, language),
                    crate::fields::value(&change.new, language)
                ));
            }
        }
    }
    out
}
