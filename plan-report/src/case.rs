//! The case document to the regional assembly, with its attachments (the
//! plan, an annual report, the period report): its view and how it is built.

use std::collections::BTreeMap;

use plan_core::msg;

use crate::words::Words;
use plan_core::plan::Plan;
use plan_core::population::PopulationTable;
use serde::Serialize;

use crate::annual::AnnualView;
use crate::charts::Chart;
use crate::error::ReportError;
use crate::input::ReportInput;
use crate::options::ReportOptions;
use crate::period::PeriodView;
use crate::view::{ActionGroup, BodyView, Built, DateView, SectionView, action_groups, glossary};
use plan_core::case::AttachedReport;

/// The case document's view: what `case.typ` reads as `data.json` and
/// `case.html` as `data`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct CaseView {
    meta: Meta,
    case: CaseText,
    plan: PlanView,
    glossary: Vec<BodyView>,
    /// The attachments in order, each the plan or a report with its data.
    attachments: Vec<AttachmentView>,
}

/// One attachment: `kind` is `plan`, `status` or `period`; a report's
/// `data` is its view, its charts under `charts/vedlegg-N/`.
#[derive(Debug, Clone, Serialize)]
struct AttachmentView {
    number: usize,
    title: String,
    kind: AttachedReport,
    data: Option<AttachedView>,
}

#[derive(Debug, Clone, Serialize)]
struct Meta {
    title: String,
    owner: String,
    region: String,
    plan_title: String,
    version: String,
    version_date: DateView,
    status: String,
    date: DateView,
    keywords: Vec<String>,
    /// The document's language: Nynorsk, the case template's only one.
    lang: &'static str,
    plan_lang: &'static str,
    labels: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
struct CaseText {
    number: String,
    title: String,
    assembly: String,
    facts: SectionView,
    assessment: SectionView,
    decision_title: String,
    decision: Vec<String>,
    place: String,
    date: DateView,
    signer: String,
    role: String,
    attachments: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
struct PlanView {
    introduction: SectionView,
    background: SectionView,
    purpose: SectionView,
    sustainability: SectionView,
    goals: Vec<String>,
    goals_missing: bool,
    goals_missing_note: String,
    challenges: SectionView,
    population: Option<PopulationTableView>,
    opportunities: SectionView,
    opportunity_items: Vec<String>,
    values: SectionView,
    value_items: Vec<ValueView>,
    overarching: SectionView,
    statement: String,
    meaning: String,
    elaboration: Vec<String>,
    focus_intro: SectionView,
    focus_areas: Vec<FocusView>,
    action_programme: SectionView,
}

#[derive(Debug, Clone, Serialize)]
struct ValueView {
    name: String,
    text: String,
}

#[derive(Debug, Clone, Serialize)]
struct FocusView {
    /// The focus area's id (anchors in the web edition).
    id: String,
    name: String,
    variants: Vec<String>,
    description: String,
    themes: Vec<String>,
    goals: Vec<String>,
    /// The result goals' ids, in the order of `goals`.
    goal_ids: Vec<String>,
    groups: Vec<ActionGroup>,
}

#[derive(Debug, Clone, Serialize)]
struct PopulationTableView {
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    total: Vec<String>,
    notes: Vec<String>,
    /// The files the counts were computed from, when they are not the
    /// plan's own table (`befolkning.csv`) but its `[statistics]` series.
    source: Option<String>,
}

/// A report attached to a case, built from the case's cut with its charts
/// under the attachment's own folder ([`crate::report`] builds them).
#[derive(Debug)]
pub(crate) struct Attached {
    view: AttachedView,
    charts: Vec<Chart>,
}

impl Attached {
    /// An attached annual report.
    pub(crate) fn annual(built: Built<AnnualView>) -> Self {
        Attached { view: AttachedView::Annual(Box::new(built.data)), charts: built.charts }
    }

    /// The attached period report.
    pub(crate) fn period(built: Built<PeriodView>) -> Self {
        Attached { view: AttachedView::Period(Box::new(built.data)), charts: built.charts }
    }
}

/// An attached report's view: what its own template reads, which the case
/// template includes.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub(crate) enum AttachedView {
    Annual(Box<AnnualView>),
    Period(Box<PeriodView>),
}

impl CaseView {
    /// Each attachment's kind, with the year of an attached annual report.
    pub(crate) fn attachments(&self) -> impl Iterator<Item = (AttachedReport, Option<i32>)> + '_ {
        self.attachments.iter().map(|a| {
            let year = match &a.data {
                Some(AttachedView::Annual(annual)) => Some(annual.year()),
                _ => None,
            };
            (a.kind, year)
        })
    }
}

/// Builds the case document's view: the case, the plan, and `attached`,
/// one entry per attachment of the case (`None` for the plan itself).
///
/// `input.folder` is already cut at the case's date (`cut`); its attached
/// reports were made from the same snapshot and dated the same day.
pub(crate) fn prepare(
    input: &ReportInput<'_>,
    options: &ReportOptions,
    cut: &plan_core::as_of::AsOf,
    attached: Vec<Option<Attached>>,
) -> Result<Built<CaseView>, ReportError> {
    let folder = input.folder;
    let plan = &folder.plan;
    let case = folder.case(options.case.as_deref())?;
    // The plan as presented: its action programme as first adopted.
    let programme = folder.programme.first().map_or(&[][..], |v| v.actions.as_slice());
    let date = cut.date;
    let words = Words::new(plan, options);
    let mut charts = Vec::new();
    let mut attachments = Vec::new();
    for (i, (attachment, attached)) in case.attachments.iter().zip(attached).enumerate() {
        let data = attached.map(|attached| {
            charts.extend(attached.charts);
            attached.view
        });
        attachments.push(AttachmentView {
            number: i + 1,
            title: attachment.title().to_string(),
            kind: attachment.report(),
            data,
        });
    }
    let data = CaseView {
        meta: Meta {
            title: words.say(&msg!("case-document-title", number = case.number.as_str(), title = case.title.as_str())),
            owner: plan.meta.owner.clone(),
            region: plan.meta.region.name.clone(),
            plan_title: plan.meta.title.clone(),
            version: plan.meta.version.label.clone(),
            version_date: DateView::new(plan.meta.version.date, &words),
            status: stage_label(plan, &words),
            date: DateView::new(date, &words),
            keywords: vec![
                words.say(&msg!("keyword-case")),
                case.assembly.clone(),
                words.say(&msg!("keyword-strategic-plan")),
                plan.meta.region.name.clone(),
            ],
            lang: words.language.code(),
            plan_lang: words.plan.code(),
            labels: crate::i18n::labels(words.language),
        },
        case: CaseText {
            number: case.number.clone(),
            title: case.title.clone(),
            assembly: case.assembly.clone(),
            facts: (&case.facts).into(),
            assessment: (&case.assessment).into(),
            decision_title: case.decision.title.clone(),
            decision: case.decision.points.clone(),
            place: case.place.clone(),
            date: DateView::new(case.date, &words),
            signer: case.signer.name.clone(),
            role: case.signer.role.clone(),
            attachments: case.attachments.iter().map(|a| a.title().to_string()).collect(),
        },
        plan: plan_view(folder, programme, Some(date), &words),
        glossary: glossary(plan, programme, &words),
        attachments,
    };
    Ok(Built { data, charts, date, ident: format!("case/{}/{}", case.number, plan.meta.title) })
}

/// The plan as presented: its texts, focus areas, result goals and the
/// action programme as first adopted; `date` is the case's, when the plan
/// is a case's attachment.
fn plan_view(
    folder: &plan_core::PlanFolder,
    programme: &[plan_core::plan::Action],
    date: Option<chrono::NaiveDate>,
    words: &Words,
) -> PlanView {
    let plan = &folder.plan;
    let texts = &plan.texts;
    PlanView {
        introduction: (&texts.introduction).into(),
        background: (&texts.background).into(),
        purpose: (&texts.purpose).into(),
        sustainability: (&plan.sustainability_goals.section).into(),
        goals: plan.sustainability_goals.goals.iter().map(|g| sdg(*g, words)).collect(),
        goals_missing: plan.sustainability_goals.missing,
        goals_missing_note: plan.sustainability_goals.missing_note.clone(),
        challenges: (&texts.challenges).into(),
        population: plan_population(folder, date, words),
        opportunities: (&texts.opportunities).into(),
        opportunity_items: plan.opportunities.clone(),
        values: (&texts.values).into(),
        value_items: plan.values.iter().map(|v| ValueView { name: v.name.clone(), text: v.text.clone() }).collect(),
        overarching: (&plan.overarching_goal.section).into(),
        statement: plan.overarching_goal.statement.clone(),
        meaning: plan.overarching_goal.meaning.clone(),
        elaboration: plan
            .overarching_goal
            .elaboration
            .split("\n\n")
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect(),
        focus_intro: (&texts.focus_areas).into(),
        focus_areas: plan
            .focus_areas
            .iter()
            .map(|f| FocusView {
                id: f.id.clone(),
                name: f.name.clone(),
                variants: f.name_variants.clone(),
                description: f.description.clone(),
                themes: f.themes.iter().map(|t| t.name.clone()).collect(),
                goals: f.result_goals.iter().map(|g| g.text.clone()).collect(),
                goal_ids: f.result_goals.iter().map(|g| g.id.clone()).collect(),
                groups: action_groups(plan, programme, &f.id, None, None, words),
            })
            .collect(),
        action_programme: (&texts.action_programme).into(),
    }
}

/// A UN sustainable development goal by its number, with its official short
/// name in the edition's language (`Mål 13: Stoppe klimaendringane`); a
/// number outside 1–17 by its number alone.
fn sdg(goal: u8, words: &Words) -> String {
    let name = plan_core::Message::new_owned(&format!("sdg-{goal}"));
    if (1..=17).contains(&goal) {
        words.say(&msg!("case-sdg", goal = goal, name = name))
    } else {
        words.say(&msg!("case-sdg-unknown", goal = goal))
    }
}

/// The plan's stage as the case and plan pages name it.
pub(crate) fn stage_label(plan: &Plan, words: &Words) -> String {
    words.say(&match plan.meta.stage {
        plan_core::plan::PlanStage::Draft => msg!("stage-draft"),
        plan_core::plan::PlanStage::Adopted => msg!("stage-adopted"),
    })
}

/// The plan alone, as the web edition's plan page shows it: the plan part
/// of the case view, its frame and glossary, with no case around it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct PlanPageView {
    meta: PlanPageMeta,
    plan: PlanView,
    glossary: Vec<BodyView>,
}

/// What the plan page says of the plan: title, owner, region, version and
/// stage.
#[derive(Debug, Clone, Serialize)]
struct PlanPageMeta {
    owner: String,
    plan_title: String,
    region: String,
    status: String,
    version: String,
    version_date: DateView,
}

/// The plan page's view: the plan with its action programme as first
/// adopted.
pub(crate) fn plan_page(folder: &plan_core::PlanFolder, words: &Words) -> PlanPageView {
    let plan = &folder.plan;
    let programme = folder.programme.first().map_or(&[][..], |v| v.actions.as_slice());
    PlanPageView {
        meta: PlanPageMeta {
            owner: plan.meta.owner.clone(),
            plan_title: plan.meta.title.clone(),
            region: plan.meta.region.name.clone(),
            status: stage_label(plan, words),
            version: plan.meta.version.label.clone(),
            version_date: DateView::new(plan.meta.version.date, words),
        },
        plan: plan_view(folder, programme, None, words),
        glossary: glossary(plan, programme, words),
    }
}

/// The population table the plan shows: its own (`befolkning.csv`), else,
/// in a case's attachment, the counts of its `[statistics]` series at the
/// latest 1 January on or before the case's `date` — labelled as computed
/// from the series, with the files as its source, and never a count dated
/// after the case (the cut keeps the next 1 January of a case dated 31
/// December, as an annual report's end-of-year count).
fn plan_population(
    folder: &plan_core::PlanFolder,
    date: Option<chrono::NaiveDate>,
    words: &Words,
) -> Option<PopulationTableView> {
    use chrono::Datelike;
    let plan = &folder.plan;
    if let Some(own) = population_table(plan, &folder.population, words) {
        return Some(own);
    }
    let date = date?;
    let series = &folder.population_series;
    let at = series.dates().into_iter().filter(|d| d.month() == 1 && d.day() == 1 && *d <= date).max()?;
    let table = PopulationTable {
        sources: series.sources.clone(),
        observations: series.observations.iter().filter(|o| o.date == at).cloned().collect(),
        areas: series.areas.clone(),
        stated_totals: Vec::new(),
    };
    let mut view = population_table(plan, &table, words)?;
    view.notes.push(words.say(&msg!("case-population-computed", date = words.date(at), case_date = words.date(date))));
    view.source = Some(crate::view::source_names(&table, words));
    Some(view)
}

/// The plan's own population table as the draft shows it: area, then the
/// dates newest first, and the region's sum computed from the
/// municipalities (a stated total that differs is noted).
fn population_table(plan: &Plan, table: &PopulationTable, words: &Words) -> Option<PopulationTableView> {
    let mut dates = table.dates();
    if dates.is_empty() {
        return None;
    }
    dates.reverse();
    let by_date = table.by_date();
    let mut codes: Vec<plan_core::MunicipalityCode> = table.observations.iter().map(|o| o.code).collect();
    codes.sort();
    codes.dedup();
    let has_area = !table.areas.is_empty();
    let mut headers = vec![words.say(&msg!("case-population-municipality"))];
    if has_area {
        headers.push(words.say(&msg!("case-population-area")));
    }
    // " – " splits a header over two lines in the template.
    headers.extend(dates.iter().map(|d| words.say(&msg!("case-population-count", date = words.date(*d)))));
    let mut sums: BTreeMap<chrono::NaiveDate, u64> = BTreeMap::new();
    let rows = codes
        .iter()
        .map(|code| {
            let name = table.observations.iter().find(|o| o.code == *code).map(|o| o.name.clone()).unwrap_or_default();
            let mut row = vec![name];
            if has_area {
                row.push(table.area(code).map_or(String::new(), |a| words.decimal(a, 0)));
            }
            for d in &dates {
                let count = by_date.get(d).and_then(|m| m.get(code)).map(|o| o.count);
                if let Some(c) = count {
                    *sums.entry(*d).or_default() += c;
                }
                row.push(count.map_or("–".to_string(), |c| words.int(c as i64)));
            }
            row
        })
        .collect();
    let mut total = vec![plan.meta.region.name.clone()];
    if has_area {
        total.push(words.decimal(table.areas.iter().map(|a| a.km2).sum::<f64>(), 0));
    }
    total.extend(dates.iter().map(|d| words.int(sums.get(d).copied().unwrap_or(0) as i64)));
    let notes = table
        .stated_totals
        .iter()
        .filter(|t| sums.get(&t.date).is_some_and(|s| *s != t.count))
        .map(|t| {
            words.say(&msg!(
                "case-population-note",
                date = words.date(t.date),
                stage = match plan.meta.stage {
                    plan_core::plan::PlanStage::Draft => "draft",
                    plan_core::plan::PlanStage::Adopted => "adopted",
                },
                stated = words.int(t.count as i64),
                label = t.label.as_str(),
                sum = words.int(sums.get(&t.date).copied().unwrap_or(0) as i64)
            ))
        })
        .collect();
    Some(PopulationTableView { headers, rows, total, notes, source: None })
}
