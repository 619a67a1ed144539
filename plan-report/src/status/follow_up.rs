//! The follow-up of the status report: statuses, overdue actions, and the
//! changes to the action programme.

use plan_core::followup::{ActionStatus, FollowUp, StatusFile};
use plan_core::plan::{Action, Plan};
use serde::Serialize;

use crate::charts::{self, Chart};
use crate::error::ReportError;
use crate::view::ActionView;

/// The status of the action programme in the report year.
#[derive(Debug, Serialize)]
pub(crate) struct FollowUpView {
    /// The status file, or empty when there is none.
    pub(crate) file: String,
    pub(crate) counts: Vec<StatusCount>,
    pub(crate) overdue: Vec<ActionView>,
    pub(crate) not_reported: usize,
    pub(crate) chart: Option<Chart>,
}

#[derive(Debug, Serialize)]
pub(crate) struct StatusCount {
    pub(crate) label: String,
    pub(crate) count: usize,
}

/// "Endringar i handlingsprogrammet".
#[derive(Debug, Serialize)]
pub(crate) struct ChangesView {
    pub(crate) old: String,
    pub(crate) new: String,
    pub(crate) added: Vec<ActionView>,
    pub(crate) removed: Vec<ActionView>,
    pub(crate) changed: Vec<ChangedView>,
}

#[derive(Debug, Serialize)]
pub(crate) struct ChangedView {
    pub(crate) id: String,
    pub(crate) old_id: String,
    pub(crate) text: String,
    pub(crate) fields: Vec<FieldView>,
}

#[derive(Debug, Serialize)]
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
    charts: &mut Vec<Chart>,
) -> Result<FollowUpView, ReportError> {
    let file = status.map(|f| f.file.display().to_string()).unwrap_or_default();
    let labels: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.label_nn()).chain(["ikkje rapportert"]).collect();
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
        .map(|(a, f)| ActionView::new(a, Some(year)).with_follow_up(f))
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
            "charts/status.svg",
            &rows,
            &labels,
            &format!("Status for tiltaka per innsatsområde i {year}. Talet i kvar del er talet på tiltak."),
            &format!("Stolpediagram over status for tiltaka i {year} per innsatsområde."),
        )?;
        charts.push(chart.clone());
        Some(chart)
    };
    Ok(FollowUpView { file, counts, overdue, not_reported: all.last().copied().unwrap_or(0) as usize, chart })
}

/// The changes between two versions of the action programme.
pub(crate) fn changes_view(revision: &crate::report::Revision) -> ChangesView {
    let changes = &revision.changes;
    let shown = crate::report::field_value_text;
    ChangesView {
        old: revision.old.clone(),
        new: revision.new.clone(),
        added: changes.added.iter().map(|a| ActionView::new(a, None)).collect(),
        removed: changes.removed.iter().map(|a| ActionView::new(a, None)).collect(),
        changed: changes
            .changed
            .iter()
            .map(|c| ChangedView {
                id: c.id.clone(),
                old_id: c.old_id.clone().unwrap_or_default(),
                text: c.fields.get("text").map_or_else(String::new, |f| shown(&f.new)),
                fields: c
                    .fields
                    .iter()
                    .map(|(name, f)| FieldView {
                        label: crate::report::field_label(name).to_string(),
                        old: shown(&f.old),
                        new: shown(&f.new),
                    })
                    .collect(),
            })
            .collect(),
    }
}
