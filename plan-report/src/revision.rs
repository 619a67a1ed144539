//! The `diff` command and `--previous`/`--revised`: loading two versions of
//! an action programme and showing what changed.

use std::path::Path;

use plan_core::diff::{ActionDiff, diff};
use plan_core::load::load_actions;
use plan_report::ReportError;
use plan_report::report::{Revision, field_value_text};

/// Compares the action programmes at two paths (plan folders or files).
pub fn compare(old: &Path, new: &Path) -> Result<ActionDiff, ReportError> {
    let old_actions = load_actions(old)?.value;
    let new_actions = load_actions(new)?.value;
    Ok(diff(&old_actions, &new_actions))
}

/// A revision for the status report's section on changes.
pub fn revision(old: &Path, new: &Path) -> Result<Revision, ReportError> {
    Ok(Revision { changes: compare(old, new)?, old: old.display().to_string(), new: new.display().to_string() })
}

/// The changes as a readable list, in Nynorsk.
pub fn table(changes: &ActionDiff, old: &Path, new: &Path) -> String {
    let mut out = format!("Endringar i handlingsprogrammet frå {} til {}\n", old.display(), new.display());
    if changes.is_empty() {
        out.push_str("\nIngen endringar.\n");
        return out;
    }
    let line = |a: &plan_core::Action| {
        let cost = a.cost.map(|c| format!(", {c}")).unwrap_or_default();
        format!(
            "  {:<11} {} (frist {}, ansvar {}{cost})\n",
            a.id,
            a.text,
            a.deadline,
            if a.responsible.is_empty() { "–".to_string() } else { a.responsible.join(", ") }
        )
    };
    if !changes.added.is_empty() {
        out.push_str(&format!("\nNye tiltak ({}):\n", changes.added.len()));
        changes.added.iter().for_each(|a| out.push_str(&line(a)));
    }
    if !changes.removed.is_empty() {
        out.push_str(&format!("\nFjerna tiltak ({}):\n", changes.removed.len()));
        changes.removed.iter().for_each(|a| out.push_str(&line(a)));
    }
    if !changes.changed.is_empty() {
        out.push_str(&format!("\nEndra tiltak ({}):\n", changes.changed.len()));
        for c in &changes.changed {
            match &c.old_id {
                Some(old_id) => out.push_str(&format!("  {} (før {old_id}, kjent att på teksten)\n", c.id)),
                None => out.push_str(&format!("  {}\n", c.id)),
            }
            for (field, change) in &c.fields {
                out.push_str(&format!(
                    "    {}: {} → {}\n",
                    plan_report::report::field_label(field),
                    field_value_text(&change.old),
                    field_value_text(&change.new)
                ));
            }
        }
    }
    out
}
