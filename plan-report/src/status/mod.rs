//! Report 1: the annual revision report of the action programme.

pub(crate) mod budget;
pub(crate) mod focus_areas;
pub(crate) mod follow_up;
pub(crate) mod population;

use chrono::{Datelike, NaiveDate};
use plan_core::ProgrammeVersion;
use plan_core::followup::{ActionStatus, follow_up};
use serde::Serialize;

use crate::charts::Chart;
use crate::error::ReportError;
use crate::report::{Prepared, ReportInput, ReportOptions, SourceView, sources};
use crate::view::{BodyView, FindingView, ReportMeta, findings, glossary};

use budget::{Budget, budget};
use focus_areas::{AreaView, GoalView, focus_areas};
use follow_up::{ChangesView, FollowUpView, changes_view, follow_up_view};
use population::{PopulationView, population};

/// The data the status template reads as `data.json`.
#[derive(Debug, Serialize)]
struct StatusData {
    meta: Meta,
    summary: Vec<KeyFigure>,
    follow_up: FollowUpView,
    changes: Option<ChangesView>,
    population: Option<PopulationView>,
    focus_areas: Vec<AreaView>,
    budget: Budget,
    findings: Vec<FindingView>,
    glossary: Vec<BodyView>,
    sources: Vec<SourceView>,
}

#[derive(Debug, Serialize)]
struct Meta {
    #[serde(flatten)]
    report: ReportMeta,
    year: i32,
}

#[derive(Debug, Serialize)]
struct KeyFigure {
    value: String,
    label: String,
    note: String,
}

/// Builds the status report's data and charts.
pub(crate) fn prepare(input: &ReportInput<'_>, options: &ReportOptions) -> Result<Prepared, ReportError> {
    crate::fonts::register_for_charts();
    let folder = input.folder;
    let plan = &folder.plan;
    let year = options.year.ok_or_else(|| ReportError::Input(plan_core::msg!("report-needs-year")))?;
    let programme = folder.programme_for(year)?;
    let date = options.date.unwrap_or_else(|| NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MIN));
    if date.year() < year {
        return Err(ReportError::Input(plan_core::msg!("report-date-too-early", date = date.to_string(), year = year)));
    }
    let status = folder.status_for(year);
    let mut charts: Vec<Chart> = Vec::new();
    let follow = follow_up(folder, year, date);
    let follow_up_view = follow_up_view(plan, &programme.actions, status, year, &follow, &mut charts)?;
    let population = population(folder, year, &mut charts)?;
    let focus_areas = focus_areas(folder, &programme.actions, year, date, &follow, &mut charts)?;
    let budget = budget(plan, programme, year, &mut charts)?;
    let mut summary = summary(programme, year, population.as_ref().map(|p| &p.0), &focus_areas, &budget);
    if !follow_up_view.file.is_empty() {
        let done = follow.iter().filter(|f| f.status == Some(ActionStatus::Done)).count();
        summary.insert(
            1,
            KeyFigure {
                value: format!("{done} av {}", programme.actions.len()),
                label: format!("tiltak fullførte i {year}"),
                note: format!(
                    "{} forfalne, {} ikkje rapporterte",
                    follow_up_view.overdue.len(),
                    follow_up_view.not_reported
                ),
            },
        );
    }
    // An explicit revision wins; else the one the history holds for the next year.
    let next = folder.programme.next_after(year);
    let from_history = next.map(|next| crate::report::Revision {
        changes: plan_core::diff::diff(&programme.actions, &next.actions),
        old: programme.relative_file(&folder.root),
        new: next.relative_file(&folder.root),
    });
    let changes = input.revision.or(from_history.as_ref()).map(changes_view);
    let mut shown_versions = vec![programme];
    if input.revision.is_none() {
        shown_versions.extend(next);
    }
    let report_title = format!("Årsrapport {year}");
    let data = StatusData {
        meta: Meta {
            report: ReportMeta::new(
                plan,
                report_title,
                "Status og revisjon av handlingsprogrammet",
                date,
                "årsrapport",
            ),
            year,
        },
        summary,
        follow_up: follow_up_view,
        changes,
        population: population.map(|p| p.0),
        focus_areas,
        budget,
        findings: findings(input.diagnostics, options.language_for(plan)),
        glossary: glossary(plan, &programme.actions),
        sources: sources(input, &shown_versions, &status.into_iter().collect::<Vec<_>>()),
    };
    Prepared::new("status.typ", &data, charts, date, format!("status/{}/{year}/{date}", plan.meta.title))
}

fn summary(
    programme: &ProgrammeVersion,
    year: i32,
    population: Option<&PopulationView>,
    areas: &[AreaView],
    budget: &Budget,
) -> Vec<KeyFigure> {
    let mut out = Vec::new();
    if let Some(p) = population {
        let region = p.rows.last();
        out.push(KeyFigure {
            value: region.map_or(String::new(), |r| r.to.clone()),
            label: format!("innbyggjarar {}", p.to.text),
            note: region.map_or(String::new(), |r| format!("{} ({}) sidan {}", r.change, r.change_pct, p.from.text)),
        });
    }
    let due: usize = areas.iter().map(|a| a.due).sum();
    let yearly = programme.actions.iter().filter(|a| a.deadline.is_recurring()).count();
    out.push(KeyFigure {
        value: programme.actions.len().to_string(),
        label: "tiltak i handlingsprogrammet".into(),
        note: format!("{due} med frist i {year}, av dei {yearly} årlege"),
    });
    out.push(KeyFigure {
        value: budget.total.clone(),
        label: "sett av til tiltak".into(),
        note: format!("{} av {} tiltak har oppgitt kostnad", budget.costed, budget.actions),
    });
    let goals: Vec<&GoalView> = areas.iter().flat_map(|a| &a.goals).collect();
    let measured: Vec<&&GoalView> = goals.iter().filter(|g| g.measurable).collect();
    out.push(KeyFigure {
        value: goals.len().to_string(),
        label: "resultatmål".into(),
        note: format!(
            "{} målbare: {}",
            measured.len(),
            measured.iter().map(|g| format!("{} {}", g.symbol, g.status)).collect::<Vec<_>>().join(", ")
        ),
    });
    out
}
