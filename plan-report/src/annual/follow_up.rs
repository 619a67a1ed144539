//! The follow-up of the status report: statuses, overdue actions, and the
//! changes to the action programme.

use plan_core::follow_up::{ActionStatus, FollowUp, StatusFile};
use plan_core::plan::{Action, Plan};
use serde::Serialize;

use crate::charts::{self, Chart};
use crate::error::ReportError;
use crate::view::{ActionView, Charts};
use crate::words::Words;

/// The status of the action programme in the report year.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FollowUpView {
    /// The status file, or empty when there is none.
    pub(crate) file: String,
    pub(crate) counts: Vec<StatusCount>,
    pub(crate) overdue: Vec<ActionView>,
    pub(crate) not_reported: usize,
    pub(crate) chart: Option<Chart>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct StatusCount {
    pub(crate) label: String,
    pub(crate) count: usize,
}

/// "Endringar i handlingsprogrammet".
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChangesView {
    pub(crate) old: String,
    pub(crate) new: String,
    pub(crate) added: Vec<ActionView>,
    pub(crate) removed: Vec<ActionView>,
    pub(crate) changed: Vec<ChangedView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct ChangedView {
    pub(crate) id: String,
    pub(crate) old_id: String,
    pub(crate) text: String,
    pub(crate) fields: Vec<FieldView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct FieldView {
    pub(crate) label: String,
    pub(crate) old: String,
    pub(crate) new: String,
}

/// The status counts, overdue actions and status chart for the report year.
pub(crate) fn follow_up_view(
    plan: &Plan,
    actions: &[Action],
    status: Option<&StatusFile>,
    year: i32,
    follow: &[FollowUp],
    charts: &mut Charts,
    words: &Words,
) -> Result<FollowUpView, ReportError> {
    let file = status.map(|f| f.file.clone()).unwrap_or_default();
    let labels: Vec<String> =
        ActionStatus::ALL.iter().map(|s| words.status(Some(*s))).chain([words.status(None)]).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let count_of = |items: &mut dyn Iterator<Item = &FollowUp>| {
        let items: Vec<&FollowUp> = items.collect();
        let mut counts: Vec<u32> =
            ActionStatus::ALL.iter().map(|s| items.iter().filter(|f| f.status == Some(*s)).count() as u32).collect();
        counts.push(items.iter().filter(|f| f.status.is_none()).count() as u32);
        counts
    };
    let all = count_of(&mut follow.iter());
    let counts =
        labels.iter().zip(&all).map(|(l, c)| StatusCount { label: (*l).to_string(), count: *c as usize }).collect();
    let overdue = actions
        .iter()
        .zip(follow)
        .filter(|(_, f)| f.overdue)
        .map(|(a, f)| ActionView::new(a, Some(year), words).with_follow_up(f, words))
        .collect();
    let chart = if file.is_empty() {
        None
    } else {
        let rows: Vec<(String, Vec<u32>)> = plan
            .focus_areas
            .iter()
            .map(|area| {
                let mut items = actions.iter().zip(follow).filter(|(a, _)| a.focus_area == area.id).map(|(_, f)| f);
                (area.name.clone(), count_of(&mut items))
            })
            .collect();
        let chart = charts::stacked(
            &charts.file("status.svg"),
            &rows,
            &labels,
            &words.say(&plan_core::msg!("chart-status-caption", year = year)),
            &words.say(&plan_core::msg!("chart-status-alt", year = year)),
        )?;
        charts.push(chart.clone());
        Some(chart)
    };
    Ok(FollowUpView { file, counts, overdue, not_reported: all.last().copied().unwrap_or(0) as usize, chart })
}

/// The changes between two versions of the action programme.
pub(crate) fn changes_view(revision: &crate::input::Revision, words: &Words) -> ChangesView {
    let changes = &revision.changes;
    let shown = |value: &plan_core::diff::FieldValue| words.field_value(value);
    ChangesView {
        old: revision.old.clone(),
        new: revision.new.clone(),
        added: changes.added.iter().map(|a| ActionView::new(a, None, words)).collect(),
        removed: changes.removed.iter().map(|a| ActionView::new(a, None, words)).collect(),
        changed: changes
            .changed
            .iter()
            .map(|c| ChangedView {
                id: c.id.clone(),
                old_id: c.old_id.clone().unwrap_or_default(),
                text: c.fields.get(&plan_core::diff::Field::Text).map_or_else(String::new, |f| shown(&f.new)),
                fields: c
                    .fields
                    .iter()
                    .map(|(name, f)| FieldView {
                        label: words.field_name(*name),
                        old: shown(&f.old),
                        new: shown(&f.new),
                    })
                    .collect(),
            })
            .collect(),
    }
}
