//! The annual revision report of the action programme (the command
//! `status`, the template `status.typ`): its view and how it is built.

pub(crate) mod budget;
pub(crate) mod focus_areas;
pub(crate) mod follow_up;
pub(crate) mod population;

use chrono::Datelike;
use plan_core::ProgrammeVersion;
use plan_core::as_of::AsOf;
use plan_core::follow_up::follow_up;
use plan_core::msg;
use serde::Serialize;

use crate::error::ReportError;
use crate::input::{ReportInput, Revision};
use crate::options::ReportOptions;
use crate::view::{BodyView, Built, Charts, FindingView, ReportMeta, SourceView, glossary, report_findings, sources};
use crate::words::Words;

use budget::{Budget, budget};
use focus_areas::{AreaView, GoalView, focus_areas};
use follow_up::{ChangesView, FollowUpView, changes_view, follow_up_view};
use population::{PopulationView, population};

/// The annual report's view: what `status.typ` reads as `data.json` and
/// `status.html` as `data`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct AnnualView {
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
    /// The report's sentences that name its year, files and counts, in the
    /// edition's language.
    texts: std::collections::BTreeMap<&'static str, String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Meta {
    #[serde(flatten)]
    report: ReportMeta,
    year: i32,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct KeyFigure {
    value: String,
    label: String,
    note: String,
}

impl AnnualView {
    /// The report's year.
    pub(crate) fn year(&self) -> i32 {
        self.meta.year
    }

    /// The key figures of the summary.
    pub(crate) fn summary(&self) -> &[KeyFigure] {
        &self.summary
    }

    /// Whether the report has a population section.
    pub(crate) fn has_population(&self) -> bool {
        self.population.is_some()
    }
}

/// Builds the annual report's view and its `charts`.
///
/// `input.folder` is already cut at `cut` ([`crate::report::as_of`]); the
/// report's date is the cut's.
pub(crate) fn prepare(
    input: &ReportInput<'_>,
    options: &ReportOptions,
    cut: &AsOf,
    mut charts: Charts,
) -> Result<Built<AnnualView>, ReportError> {
    crate::fonts::register_for_charts();
    let folder = input.folder;
    let plan = &folder.plan;
    let year = options.year.ok_or(ReportError::Input(crate::error::InputError::NeedsYear))?;
    let programme = folder.programme_for(year)?;
    let date = cut.date;
    if date.year() < year {
        return Err(ReportError::Input(crate::error::InputError::DateTooEarly { date, year }));
    }
    let words = Words::new(plan, options);
    let status = folder.status_for(year);
    let follow = follow_up(folder, year, date)?;
    let follow_up_view = follow_up_view(plan, &programme.actions, status, year, &follow, &mut charts, &words)?;
    let population = population(folder, year, date, &mut charts, &words)?;
    let focus_areas = focus_areas(folder, &programme.actions, year, date, &follow, &mut charts, &words)?;
    let budget = budget(plan, &folder.programme, programme, year, &mut charts, &words)?;
    let mut summary = summary(programme, year, population.as_ref(), &focus_areas, &budget, &words);
    if !follow_up_view.file.is_empty() {
        let done = follow.iter().filter(|f| f.completed_in_year()).count();
        let earlier = follow.iter().filter(|f| f.completed_earlier).count();
        let (overdue, not_reported) = (follow_up_view.overdue.len(), follow_up_view.not_reported);
        summary.insert(
            1,
            KeyFigure {
                value: words.say(&msg!("summary-done-value", done = done, total = programme.actions.len())),
                label: words.say(&msg!("summary-done-label", year = year)),
                note: if earlier == 0 {
                    words.say(&msg!("summary-done-note", overdue = overdue, not_reported = not_reported))
                } else {
                    words.say(&msg!(
                        "summary-done-note-earlier",
                        overdue = overdue,
                        not_reported = not_reported,
                        earlier = earlier
                    ))
                },
            },
        );
    }
    // An explicit revision wins; else the one the history holds for the next year.
    let next = folder.programme.next_after(year);
    let from_history = next.map(|next| Revision {
        changes: plan_core::diff::diff(&programme.actions, &next.actions),
        old: programme.file.clone(),
        new: next.file.clone(),
    });
    let changes = input.revision.or(from_history.as_ref()).map(|r| changes_view(r, &words));
    let mut shown_versions = vec![programme];
    if input.revision.is_none() {
        shown_versions.extend(next);
    }
    let report_title = words.say(&msg!("status-report-title", year = year));
    let mut texts = std::collections::BTreeMap::new();
    texts.insert(
        "summary_intro",
        words.say(&msg!("status-summary-intro", plan = plan.meta.title.as_str(), year = year)),
    );
    texts.insert("due_in_year", words.say(&msg!("status-due-in-year", year = year)));
    texts.insert("status_heading", words.say(&msg!("status-heading", year = year)));
    texts.insert(
        "status_from",
        if follow_up_view.file.is_empty() {
            words.say(&msg!("status-file-none", year = year))
        } else {
            words.say(&msg!("status-from", file = follow_up_view.file.as_str()))
        },
    );
    texts.insert(
        "budget_summary",
        words.say(&msg!(
            "status-budget-summary",
            costed = budget.costed,
            actions = budget.actions,
            total = budget.total.as_str()
        )),
    );
    texts.insert("budget_planned_in_year", words.say(&msg!("status-budget-planned-in-year", year = year)));
    texts.insert(
        "budget_planned_note",
        words.say(&msg!("status-budget-planned-note", year = year, planned = budget.planned.as_str())),
    );
    let findings = report_findings(input, &[year], date, &words)?;
    if let Some(c) = &changes {
        texts.insert(
            "changes_summary",
            words.say(&msg!(
                "status-changes-summary",
                old = c.old.as_str(),
                new = c.new.as_str(),
                added = c.added.len(),
                removed = c.removed.len(),
                changed = c.changed.len()
            )),
        );
    }
    let data = AnnualView {
        meta: Meta {
            report: ReportMeta::new(
                plan,
                report_title,
                &words.say(&msg!("status-report-subtitle")),
                date,
                &words.say(&msg!("keyword-annual-report")),
                &words,
            ),
            year,
        },
        summary,
        follow_up: follow_up_view,
        changes,
        population: population.map(|p| p.0),
        focus_areas,
        budget,
        findings,
        glossary: glossary(plan, &programme.actions, &words),
        sources: sources(input, &shown_versions, &status.into_iter().collect::<Vec<_>>(), &words),
        texts,
    };
    Ok(Built { data, charts: charts.into_vec(), date, ident: format!("status/{}/{year}/{date}", plan.meta.title) })
}

fn summary(
    programme: &ProgrammeVersion,
    year: i32,
    population: Option<&(PopulationView, plan_core::folder::PopulationSpan)>,
    areas: &[AreaView],
    budget: &Budget,
    words: &Words,
) -> Vec<KeyFigure> {
    let mut out = Vec::new();
    if let Some((p, span)) = population {
        let region = p.rows.last();
        // The headline is the change within the plan period; a change that
        // starts before it is never presented as the plan's.
        let note = if span.within_period() {
            region.map_or(String::new(), |r| {
                words.say(&msg!(
                    "summary-population-note",
                    change = r.change.as_str(),
                    pct = r.change_pct.as_str(),
                    since = p.from.text.as_str()
                ))
            })
        } else {
            let missing = span.missing().first().copied().unwrap_or(span.wanted_to);
            words.say(&msg!("summary-population-note-unavailable", missing = words.date(missing)))
        };
        out.push(KeyFigure {
            value: region.map_or(String::new(), |r| r.to.clone()),
            label: words.say(&msg!("summary-population-label", date = p.to.text.as_str())),
            note,
        });
    }
    let due: usize = areas.iter().map(|a| a.due).sum();
    let yearly = programme.actions.iter().filter(|a| a.deadline.is_recurring()).count();
    out.push(KeyFigure {
        value: words.int(programme.actions.len() as i64),
        label: words.say(&msg!("summary-actions-label", count = programme.actions.len())),
        note: words.say(&msg!("summary-actions-note", due = due, year = year, yearly = yearly)),
    });
    out.push(KeyFigure {
        value: budget.total.clone(),
        label: words.say(&msg!("summary-budget-label")),
        note: words.say(&msg!("summary-budget-note", costed = budget.costed, actions = budget.actions)),
    });
    let goals: Vec<&GoalView> = areas.iter().flat_map(|a| &a.goals).collect();
    let measured: Vec<&&GoalView> = goals.iter().filter(|g| g.measurable).collect();
    out.push(KeyFigure {
        value: words.int(goals.len() as i64),
        label: words.say(&msg!("summary-goals-label", count = goals.len())),
        note: words.say(&msg!(
            "summary-goals-note",
            measurable = measured.len(),
            statuses = measured.iter().map(|g| format!("{} {}", g.symbol, g.status)).collect::<Vec<_>>().join(", ")
        )),
    });
    out
}
