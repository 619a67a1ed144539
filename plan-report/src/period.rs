//! The period report: the whole plan period at once, for the evaluation
//! before the next plan — every action of every version with its status
//! year by year, completion and overdue counts, planned cost per year, the
//! measurable result goals, population, and the revisions with their
//! decisions.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use plan_core::follow_up::{ActionStatus, follow_up};
use plan_core::{Action, Kroner, PlanFolder};
use serde::Serialize;

use crate::annual::focus_areas::{GoalView, focus_areas};
use crate::annual::population::{PopulationView, population};
use crate::charts::{self, Bar, Chart};
use crate::error::ReportError;
use crate::input::ReportInput;
use crate::options::ReportOptions;
use crate::view::{BodyView, Built, Charts, FindingView, ReportMeta, SourceView, glossary, report_findings, sources};

/// The period report's view: what `period.typ` reads as `data.json` and
/// `period.html` as `data`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PeriodView {
    meta: Meta,
    years: Vec<i32>,
    legend: Vec<LegendItem>,
    areas: Vec<AreaRows>,
    completion: Vec<CompletionRow>,
    completion_chart: Option<Chart>,
    costs: Vec<CostRow>,
    cost_total: CostTotal,
    cost_chart: Option<Chart>,
    goals: Vec<AreaGoal>,
    population: Option<PopulationView>,
    revisions: Vec<RevisionRow>,
    findings: Vec<FindingView>,
    glossary: Vec<BodyView>,
    sources: Vec<SourceView>,
    /// The report's sentences that name its plan and years.
    texts: BTreeMap<&'static str, String>,
}

#[derive(Debug, Clone, Serialize)]
struct Meta {
    #[serde(flatten)]
    report: ReportMeta,
    years: String,
}

#[derive(Debug, Clone, Serialize)]
struct LegendItem {
    symbol: String,
    label: String,
}

/// The actions of one focus area, each with its status year by year.
#[derive(Debug, Clone, Serialize)]
struct AreaRows {
    name: String,
    rows: Vec<ActionRow>,
}

#[derive(Debug, Clone, Serialize)]
struct ActionRow {
    id: String,
    text: String,
    /// Added, removed and renumbered, with the revision that did it.
    history: String,
    /// One cell per year: the status symbol, or empty when the action was
    /// not in that year's programme.
    cells: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
struct CompletionRow {
    name: String,
    /// Per year: `fullførte / forfalne / tiltak`.
    cells: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
struct CostRow {
    year: i32,
    /// The costs counted in the year (a yearly action in each year).
    actions: usize,
    cost: String,
    /// Of the cost, what an earlier version planned for an earlier year.
    moved: String,
}

/// The sum row of the cost per year: each action once.
#[derive(Debug, Clone, Serialize)]
struct CostTotal {
    cost: String,
    moved: String,
}

#[derive(Debug, Clone, Serialize)]
struct AreaGoal {
    area: String,
    goal: GoalView,
}

#[derive(Debug, Clone, Serialize)]
struct RevisionRow {
    first_year: i32,
    file: String,
    actions: usize,
    decision: String,
    changes: String,
}

/// The decision on the programme at the plan's start, which has no
/// decision file of its own: for an adopted plan its adoption as
/// `plan.toml` records it (the adopting body, `version.date`) with the
/// case that attaches the plan (on that date, else the latest before it);
/// for a draft, that it is a draft. Never an adoption the folder does not
/// record.
fn first_adoption(folder: &PlanFolder, words: &crate::words::Words) -> plan_core::Message {
    let meta = &folder.plan.meta;
    if meta.stage == plan_core::plan::PlanStage::Draft {
        return plan_core::msg!("period-decision-draft");
    }
    let date = meta.version.date;
    let attaching: Vec<&plan_core::case::Case> = folder
        .cases
        .iter()
        .filter(|case| case.date <= date)
        .filter(|case| case.attachments.iter().any(|a| a.report() == plan_core::case::AttachedReport::Plan))
        .collect();
    let case = attaching.iter().find(|case| case.date == date).or(attaching.last());
    match case {
        Some(case) => plan_core::msg!(
            "adoption",
            body = meta.adopting_body.as_str(),
            case = case.number.as_str(),
            date = words.date(date)
        ),
        None => plan_core::msg!("adoption-without-case", body = meta.adopting_body.as_str(), date = words.date(date)),
    }
}

/// One action followed through the versions of the programme.
struct Track {
    /// Its id in each version (by index), `None` where it is not there.
    ids: Vec<Option<String>>,
    latest: Action,
    history: Vec<String>,
}

/// The status symbol of each status, and its label.
fn symbol(status: Option<ActionStatus>) -> &'static str {
    match status {
        Some(ActionStatus::Done) => "✓",
        Some(ActionStatus::InProgress) => "▶",
        Some(ActionStatus::NotStarted) => "○",
        Some(ActionStatus::Delayed) => "⚠",
        Some(ActionStatus::Cancelled) => "×",
        None => "–",
    }
}

/// Follows every action through the versions ([`plan_core::Programme::lineages`]:
/// by id, and by text where a revision renumbered it, as `diff` matches
/// them), with what each revision did to it.
fn tracks(folder: &PlanFolder, words: &crate::words::Words) -> Vec<Track> {
    use plan_core::msg;
    let programme = &folder.programme;
    programme
        .lineages()
        .iter()
        .filter_map(|lineage| {
            let mut history = Vec::new();
            for (index, version) in programme.versions.iter().enumerate() {
                let now = lineage.action(programme, index);
                let before = index.checked_sub(1).and_then(|i| lineage.action(programme, i));
                match (before, now) {
                    (Some(old), Some(new)) if old.id != new.id => history.push(words.say(&msg!(
                        "period-history-renumbered",
                        year = version.first_year,
                        old = old.id.as_str()
                    ))),
                    (None, Some(_)) if index > 0 => {
                        history.push(words.say(&msg!("period-history-new", year = version.first_year)));
                    }
                    (Some(_), None) => {
                        history.push(words.say(&msg!("period-history-removed", year = version.first_year)));
                    }
                    _ => {}
                }
            }
            Some(Track {
                ids: (0..programme.versions.len())
                    .map(|index| lineage.action(programme, index).map(|a| a.id.clone()))
                    .collect(),
                latest: lineage.latest(programme)?.clone(),
                history,
            })
        })
        .collect()
}

impl PeriodView {
    /// Whether the report has a population section.
    pub(crate) fn has_population(&self) -> bool {
        self.population.is_some()
    }
}

/// Builds the period report's view and its `charts`.
///
/// `input.folder` is already cut at `cut` ([`crate::report::as_of`]); the
/// report's date is the cut's.
pub(crate) fn prepare(
    input: &ReportInput<'_>,
    options: &ReportOptions,
    cut: &plan_core::as_of::AsOf,
    mut charts: Charts,
) -> Result<Built<PeriodView>, ReportError> {
    crate::fonts::register_for_charts();
    let folder = input.folder;
    let plan = &folder.plan;
    let years: Vec<i32> = folder.statuses.iter().map(|s| s.year).collect();
    let (Some(&first_year), Some(&last_year)) = (years.first(), years.last()) else {
        return Err(ReportError::Input(crate::error::InputError::PeriodNeedsStatus { plan: folder.name.clone() }));
    };
    let date = cut.date;
    let words = crate::words::Words::new(plan, options);
    let say = |message: plan_core::Message| words.say(&message);

    // Every action of every version, with its status year by year.
    let tracks = tracks(folder, &words);
    let areas: Vec<AreaRows> = plan
        .focus_areas
        .iter()
        .map(|area| AreaRows {
            name: area.name.clone(),
            rows: tracks
                .iter()
                .filter(|t| t.latest.focus_area == area.id)
                .map(|t| ActionRow {
                    id: t.latest.id.clone(),
                    text: t.latest.text.clone(),
                    history: t.history.join(", "),
                    cells: years
                        .iter()
                        .map(|&year| {
                            let id = folder.programme.index_in_force(year).and_then(|i| t.ids[i].as_deref());
                            match id {
                                None => String::new(),
                                Some(id) => symbol(folder.status_for(year).and_then(|s| s.entry(id)).map(|e| e.status))
                                    .to_string(),
                            }
                        })
                        .collect(),
                })
                .collect(),
        })
        .filter(|a| !a.rows.is_empty())
        .collect();

    // Completion and overdue counts per focus area per year.
    let mut done_by_year: Vec<Vec<u32>> = Vec::new();
    let mut completion: Vec<CompletionRow> =
        plan.focus_areas.iter().map(|a| CompletionRow { name: a.name.clone(), cells: Vec::new() }).collect();
    for &year in &years {
        let Some(version) = folder.programme.in_force(year) else { continue };
        let at = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(date).min(date);
        let follow = follow_up(folder, year, at)?;
        let mut done_row = Vec::new();
        for (area, row) in plan.focus_areas.iter().zip(completion.iter_mut()) {
            let items: Vec<_> =
                version.actions.iter().zip(&follow).filter(|(a, _)| a.focus_area == area.id).map(|(_, f)| f).collect();
            let done = items.iter().filter(|f| f.completed_in_year()).count();
            let overdue = items.iter().filter(|f| f.overdue).count();
            row.cells.push(format!("{done} / {overdue} / {}", items.len()));
            done_row.push(done as u32);
        }
        done_by_year.push(done_row);
    }
    let area_names: Vec<&str> = plan.focus_areas.iter().map(|a| a.name.as_str()).collect();
    let completion_chart = if done_by_year.iter().flatten().any(|&n| n > 0) {
        let rows: Vec<(String, Vec<u32>)> =
            years.iter().zip(&done_by_year).map(|(y, counts)| (y.to_string(), counts.clone())).collect();
        let chart = charts::stacked(
            &charts.file("fullforte.svg"),
            &rows,
            &area_names,
            &say(plan_core::msg!("chart-completed-caption")),
            &say(plan_core::msg!("chart-completed-alt")),
        )?;
        charts.push(chart.clone());
        Some(chart)
    } else {
        None
    };

    // Planned cost per year, each action once (plan_core::cost): a one-off
    // action in the year its latest deadline ends, a yearly action in every
    // year it is in force.
    let planned = plan_core::cost::planned_costs(&folder.programme, last_year);
    let (shown, outside): (Vec<_>, Vec<_>) = planned.iter().partition(|c| years.contains(&c.year));
    let (costs, totals): (Vec<CostRow>, Vec<Kroner>) = years
        .iter()
        .map(|&year| {
            let items: Vec<_> = shown.iter().filter(|c| c.year == year).collect();
            let total: Kroner = items.iter().map(|c| c.cost).sum();
            let moved: Kroner = items.iter().filter(|c| c.moved_from.is_some()).map(|c| c.cost).sum();
            (CostRow { year, actions: items.len(), cost: words.kroner(total), moved: words.kroner(moved) }, total)
        })
        .unzip();
    let distinct = |yearly: Option<bool>| {
        shown.iter().filter(|c| yearly.is_none_or(|y| c.yearly == y)).map(|c| c.lineage).collect::<BTreeSet<_>>().len()
    };
    let cost_total = CostTotal {
        cost: words.kroner(shown.iter().map(|c| c.cost).sum()),
        moved: words.kroner(shown.iter().filter(|c| c.moved_from.is_some()).map(|c| c.cost).sum()),
    };
    let mut texts = BTreeMap::new();
    texts.insert(
        "cost_sum",
        say(plan_core::msg!(
            "period-cost-sum",
            total = cost_total.cost.as_str(),
            actions = distinct(None),
            once = distinct(Some(false)),
            yearly = distinct(Some(true))
        )),
    );
    if !outside.is_empty() {
        let outside_years: BTreeSet<i32> = outside.iter().map(|c| c.year).collect();
        texts.insert(
            "cost_outside",
            say(plan_core::msg!(
                "period-cost-outside",
                cost = words.kroner(outside.iter().map(|c| c.cost).sum()),
                years = outside_years.iter().map(i32::to_string).collect::<Vec<_>>().join(", ")
            )),
        );
    }
    let bars: Vec<Bar> = costs
        .iter()
        .zip(&totals)
        .map(|(c, total)| Bar { label: c.year.to_string(), value: total.get() as f64, shown: c.cost.clone() })
        .collect();
    let cost_chart = if bars.iter().any(|b| b.value > 0.0) {
        let chart = charts::bars(
            &charts.file("kostnad-per-ar.svg"),
            &bars,
            &say(plan_core::msg!("chart-cost-per-year-caption")),
            &say(plan_core::msg!("chart-cost-per-year-alt")),
        )?;
        charts.push(chart.clone());
        Some(chart)
    } else {
        None
    };

    // The measurable result goals over the whole period, and population.
    let goal_areas = focus_areas(folder, &[], last_year, date, &[], &mut charts, &words)?;
    let goals = goal_areas
        .into_iter()
        .flat_map(|a| {
            let name = a.name.clone();
            a.goals.into_iter().filter(|g| g.measurable).map(move |goal| AreaGoal { area: name.clone(), goal })
        })
        .collect();
    let population = population(folder, last_year, date, &mut charts, &words)?.map(|p| p.0);

    // The revisions with their decisions.
    let versions = &folder.programme.versions;
    let revisions = versions
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let changes = match i.checked_sub(1).map(|p| &versions[p]) {
                None => say(plan_core::msg!("period-revision-start")),
                Some(previous) => {
                    let d = plan_core::diff::diff(&previous.actions, &v.actions);
                    let renumbered = d.changed.iter().filter(|c| c.old_id.is_some()).count();
                    say(plan_core::msg!(
                        "period-revision-changes",
                        added = d.added.len(),
                        removed = d.removed.len(),
                        changed = d.changed.len(),
                        renumbered = renumbered
                    ))
                }
            };
            RevisionRow {
                first_year: v.first_year,
                file: v.file.clone(),
                actions: v.actions.len(),
                decision: v.adoption.as_ref().map_or_else(
                    || {
                        if i == 0 {
                            say(first_adoption(folder, &words))
                        } else {
                            say(plan_core::msg!("period-decision-none"))
                        }
                    },
                    |a| {
                        say(plan_core::msg!(
                            "adoption",
                            body = a.body.as_str(),
                            case = a.case.as_str(),
                            date = words.date(a.date)
                        ))
                    },
                ),
                changes,
            }
        })
        .collect();

    // The findings of `check --year` for every year of the period with a
    // programme in force, up to the report's date.
    let period = &plan.meta.period;
    let checked: Vec<i32> =
        (period.first..=period.last.min(date.year())).filter(|&y| folder.programme.in_force(y).is_some()).collect();
    let findings = report_findings(input, &checked, date, &words)?;
    let source_list =
        sources(input, &versions.iter().collect::<Vec<_>>(), &folder.statuses.iter().collect::<Vec<_>>(), &words);
    let all_actions: Vec<Action> = tracks.iter().map(|t| t.latest.clone()).collect();
    let span = if first_year == last_year { first_year.to_string() } else { format!("{first_year}–{last_year}") };
    let report_title = say(plan_core::msg!("period-report-title", years = span.as_str()));
    texts.insert(
        "summary_intro",
        say(plan_core::msg!("period-summary-intro", plan = plan.meta.title.as_str(), years = span.as_str())),
    );
    let data = PeriodView {
        meta: Meta {
            report: ReportMeta::new(
                plan,
                report_title,
                &say(plan_core::msg!("period-report-subtitle")),
                date,
                &say(plan_core::msg!("keyword-evaluation")),
                &words,
            ),
            years: span,
        },
        years: years.clone(),
        legend: [
            Some(ActionStatus::Done),
            Some(ActionStatus::InProgress),
            Some(ActionStatus::NotStarted),
            Some(ActionStatus::Delayed),
            Some(ActionStatus::Cancelled),
            None,
        ]
        .into_iter()
        .map(|s| LegendItem { symbol: symbol(s).to_string(), label: words.status(s) })
        .collect(),
        areas,
        completion,
        completion_chart,
        costs,
        cost_total,
        cost_chart,
        goals,
        population,
        revisions,
        findings,
        glossary: glossary(plan, &all_actions, &words),
        sources: source_list,
        texts,
    };
    Ok(Built { data, charts: charts.into_vec(), date, ident: format!("period/{}/{last_year}/{date}", plan.meta.title) })
}
