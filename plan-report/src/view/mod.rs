//! Building blocks of the views the templates read: every number and date is
//! formatted here, in Rust, in the edition's language ([`Words`]), so
//! templates only place text. The reports build their views from these.

mod sources;

pub(crate) use sources::{SourceView, sources};

use chrono::{Datelike, NaiveDate};

use plan_core::plan::{Action, Plan, Section};
use plan_core::population::figures::ChangeFigures;
use plan_core::{Diagnostic, Severity};
use serde::Serialize;

use crate::words::Words;

/// A report built by its module: its view's data, its charts, its date and
/// its document id. The facade ([`crate::report`]) makes it a
/// [`Prepared`](crate::prepared::Prepared) of the report's kind.
#[derive(Debug)]
pub(crate) struct Built<T> {
    pub(crate) data: T,
    pub(crate) charts: Vec<crate::charts::Chart>,
    pub(crate) date: NaiveDate,
    pub(crate) ident: String,
}

/// The charts of a report as it is built, and where they go among the
/// virtual files: `charts/` for a report of its own, `charts/vedlegg-N/`
/// for a report attached to a case as its attachment N, so that two
/// attached reports never share a file.
#[derive(Debug)]
pub(crate) struct Charts {
    dir: String,
    list: Vec<crate::charts::Chart>,
}

impl Default for Charts {
    fn default() -> Self {
        Charts { dir: "charts/".to_string(), list: Vec::new() }
    }
}

impl Charts {
    /// The charts of a case's attachment `number`.
    pub(crate) fn attachment(number: usize) -> Self {
        Charts { dir: format!("charts/vedlegg-{number}/"), list: Vec::new() }
    }

    /// The virtual file of the chart `name` (`folketal.svg`).
    pub(crate) fn file(&self, name: &str) -> String {
        format!("{}{name}", self.dir)
    }

    /// Adds a chart.
    pub(crate) fn push(&mut self, chart: crate::charts::Chart) {
        self.list.push(chart);
    }

    /// The charts, in the order they were added.
    pub(crate) fn into_vec(self) -> Vec<crate::charts::Chart> {
        self.list
    }
}

/// A date as the templates need it: the text in the edition's language and
/// its parts (for `set document(date: …)`).
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `18. oktober 2020`.
    pub text: String,
    /// `18.10.2020`.
    pub short: String,
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u32,
    /// Day 1–31.
    pub day: u32,
}

impl DateView {
    /// The date in the edition's language.
    pub fn new(d: NaiveDate, words: &Words) -> Self {
        DateView { text: words.date(d), short: words.short_date(d), year: d.year(), month: d.month(), day: d.day() }
    }
}

/// A section: heading and paragraphs.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// The heading.
    pub title: String,
    /// The paragraphs.
    pub paragraphs: Vec<String>,
}

impl From<&Section> for SectionView {
    fn from(s: &Section) -> Self {
        SectionView { title: s.title.clone(), paragraphs: s.paragraphs().map(str::to_string).collect() }
    }
}

/// One action as a table row.
#[derive(Debug, Clone, Serialize)]
pub struct ActionView {
    /// Id.
    pub id: String,
    /// What is to be done.
    pub text: String,
    /// The deadline in Nynorsk (`våren 2021`, `årleg`).
    pub deadline: String,
    /// True when the deadline falls in the report year (or is yearly).
    pub due: bool,
    /// Responsible bodies, comma-separated.
    pub responsible: String,
    /// Cost (`500 000 kr`), or empty.
    pub cost: String,
    /// Note.
    pub note: String,
    /// The reported status (`fullført`, `i gang` …, or `ikkje rapportert`);
    /// empty when the report has no follow-up.
    pub status: String,
    /// Progress (`40 %`), or empty.
    pub progress: String,
    /// The status comment.
    pub comment: String,
    /// The deadline has passed and the action is neither fullført nor avlyst.
    pub overdue: bool,
}

impl ActionView {
    /// The row for `action`, with `due` for the report year (`None`: no
    /// report year).
    pub fn new(action: &Action, year: Option<i32>, words: &Words) -> Self {
        let due = year.is_some_and(|y| action.deadline.due_in(y));
        ActionView {
            id: action.id.clone(),
            text: action.text.clone(),
            deadline: words.deadline_cell(&action.deadline),
            due,
            responsible: action.responsible.join(", "),
            cost: action.cost.map(|c| words.kroner(c)).unwrap_or_default(),
            note: action.note.clone(),
            status: String::new(),
            progress: String::new(),
            comment: String::new(),
            overdue: false,
        }
    }

    /// The row with the action's follow-up in the report year.
    pub fn with_follow_up(mut self, follow_up: &plan_core::follow_up::FollowUp, words: &Words) -> Self {
        self.status = words.status(follow_up.status);
        self.progress = follow_up.progress.map(|p| words.percent(f64::from(p), 0)).unwrap_or_default();
        self.comment = match follow_up.carried {
            // A row not updated in the year: what it said then, as a note.
            Some(carried) if follow_up.status.is_none() => words.say(&plan_core::msg!(
                "status-carried-note",
                date = words.date(carried.updated),
                status = words.status(Some(carried.status))
            )),
            _ => follow_up.comment.clone(),
        };
        self.overdue = follow_up.overdue;
        self.due = follow_up.due_this_year;
        self
    }
}

/// Actions grouped under a theme heading (none for actions without a theme).
#[derive(Debug, Clone, Serialize)]
pub struct ActionGroup {
    /// The theme's name as the action programme writes it, or `null`.
    pub theme: Option<String>,
    /// The actions.
    pub actions: Vec<ActionView>,
}

/// The actions of a focus area grouped by theme: actions without a theme
/// first, then the plan's themes in the plan's order (themes it does not
/// know after them), the programme's order within each theme — each theme's
/// heading once, however the programme alternates between themes.
///
/// With `follow_up` (one entry per action of the programme), each row carries the
/// action's status in the report year.
pub fn action_groups(
    plan: &Plan,
    actions: &[Action],
    focus_area: &str,
    year: Option<i32>,
    follow_up: Option<&[plan_core::follow_up::FollowUp]>,
    words: &Words,
) -> Vec<ActionGroup> {
    let area = plan.focus_area(focus_area);
    let follow_up: std::collections::HashMap<&str, &plan_core::follow_up::FollowUp> =
        follow_up.map(|list| list.iter().map(|f| (f.id.as_str(), f)).collect()).unwrap_or_default();
    // Each theme's place: no theme first, then the plan's themes in the
    // plan's order, then themes the plan does not know, as they come.
    let rank = |action: &Action| -> usize {
        let themes = area.map_or(&[][..], |a| a.themes.as_slice());
        match &action.theme {
            None => 0,
            Some(id) => themes.iter().position(|t| &t.id == id).map_or(usize::MAX, |i| i + 1),
        }
    };
    let mut in_area: Vec<&Action> = actions.iter().filter(|a| a.focus_area == focus_area).collect();
    // A stable sort: the programme's order within a theme.
    in_area.sort_by_key(|a| rank(a));
    let mut groups: Vec<ActionGroup> = Vec::new();
    for action in in_area {
        let theme = action
            .theme
            .as_ref()
            .and_then(|t| area.and_then(|a| a.theme(t)))
            .map(|t| t.name_variants.first().cloned().unwrap_or_else(|| t.name.clone()));
        let mut view = ActionView::new(action, year, words);
        if let Some(f) = follow_up.get(action.id.as_str()) {
            view = view.with_follow_up(f, words);
        }
        match groups.iter_mut().find(|group| group.theme == theme) {
            Some(group) => group.actions.push(view),
            None => groups.push(ActionGroup { theme, actions: vec![view] }),
        }
    }
    groups
}

/// One row of the population table.
#[derive(Debug, Clone, Serialize)]
pub struct PopulationRow {
    /// Municipality code (empty for the region).
    pub code: String,
    /// Name.
    pub name: String,
    /// Population at the earlier date.
    pub from: String,
    /// Population at the later date.
    pub to: String,
    /// Change (`+44`, `−214`).
    pub change: String,
    /// Change in percent (`+1,80 %`).
    pub change_pct: String,
    /// Average annual growth (`+0,60 %`).
    pub annual_pct: String,
    /// Share of the region (`12,11 %`).
    pub share: String,
    /// People per km² (`3,3`).
    pub density: String,
    /// Rank by growth.
    pub rank: String,
}

/// The population table's rows, the region last.
pub fn population_rows(figures: &ChangeFigures, words: &Words) -> Vec<PopulationRow> {
    // From the values, in the edition's language.
    let n = |from: u64, to: u64, change: i64, change_pct: f64, annual_pct: f64| {
        [
            words.int(from as i64),
            words.int(to as i64),
            words.signed_int(change),
            words.signed_percent(change_pct, 2),
            words.signed_percent(annual_pct, 2),
        ]
    };
    let mut rows: Vec<PopulationRow> = figures
        .municipalities
        .iter()
        .map(|m| {
            let [from, to, change, change_pct, annual_pct] =
                n(m.from, m.to, m.change(), m.change_pct(), m.annual_pct());
            PopulationRow {
                code: m.code.to_string(),
                name: m.name.clone(),
                from,
                to,
                change,
                change_pct,
                annual_pct,
                share: words.percent(figures.share_pct(m), 1),
                density: density(m.to, m.area_km2, words),
                rank: m.rank.to_string(),
            }
        })
        .collect();
    let r = &figures.region;
    let [from, to, change, change_pct, annual_pct] = n(r.from, r.to, r.change(), r.change_pct(), r.annual_pct());
    rows.push(PopulationRow {
        code: String::new(),
        name: r.name.clone(),
        from,
        to,
        change,
        change_pct,
        annual_pct,
        share: words.percent(100.0, 1),
        density: density(r.to, r.area_km2, words),
        rank: String::new(),
    });
    rows
}

/// One date of a population series: its count and the change since the
/// date before, in the edition's language.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SeriesRow {
    pub(crate) date: String,
    pub(crate) count: String,
    pub(crate) change: String,
    pub(crate) change_pct: String,
}

impl SeriesRow {
    /// The row of one step of a series (`–` for a date without a count;
    /// no change where either count is missing).
    pub(crate) fn new(step: &plan_core::population::figures::SeriesStep, words: &Words) -> Self {
        let (change, change_pct) = match (step.change, step.change_pct) {
            (Some(change), Some(pct)) => (words.signed_int(change), words.signed_percent(pct, 2)),
            _ => (String::new(), String::new()),
        };
        SeriesRow {
            date: words.date(step.date),
            count: step.count.map_or("–".into(), |n| words.int(n as i64)),
            change,
            change_pct,
        }
    }
}

/// People per km², or empty where the area is unknown.
fn density(people: u64, area_km2: Option<f64>, words: &Words) -> String {
    area_km2.filter(|a| *a > 0.0).map_or(String::new(), |a| words.decimal(people as f64 / a, 1))
}

/// A finding from the checks, for the appendix.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    /// The severity as `check` prints it, in the edition's language
    /// (`Feil`, `Åtvaring`, `Merknad`).
    pub severity: String,
    /// `tiltak.csv, linje 19`; the file relative to the plan folder
    /// (`handlingsprogram/2022.csv`), so that two files of the same name
    /// are told apart.
    pub location: String,
    /// The message.
    pub message: String,
}

/// The findings of a report's appendix: those found when loading the
/// folder (`input.diagnostics`), then those of `check --year Y`
/// ([`plan_core::follow_up::check_year_at`]) for each of `years` in turn, as
/// they stand at the report's `date` (the folder is already cut there),
/// each finding once.
///
/// # Errors
/// As [`plan_core::follow_up::check_year`]: a year outside the plan period or
/// with no programme in force.
pub fn report_findings(
    input: &crate::input::ReportInput<'_>,
    years: &[i32],
    date: NaiveDate,
    words: &Words,
) -> Result<Vec<FindingView>, crate::error::ReportError> {
    let mut all: Vec<Diagnostic> = Vec::new();
    let mut add = |d: Diagnostic| {
        if !all.contains(&d) {
            all.push(d);
        }
    };
    input.diagnostics.iter().cloned().for_each(&mut add);
    for &year in years {
        plan_core::follow_up::check_year_at(input.folder, year, date)?.into_iter().for_each(&mut add);
    }
    Ok(findings(&all, words.language))
}

/// The findings, each naming its file as the finding does: relative to the
/// plan folder (the file name alone for a file outside it).
pub fn findings(diagnostics: &[Diagnostic], language: plan_core::Language) -> Vec<FindingView> {
    let say = |message: plan_core::Message| crate::i18n::render(&message, language);
    diagnostics
        .iter()
        .map(|d| {
            let file = d.file.clone();
            FindingView {
                severity: say(match d.severity {
                    Severity::Error => plan_core::msg!("finding-error"),
                    Severity::Warning => plan_core::msg!("finding-warning"),
                    Severity::Note => plan_core::msg!("finding-note"),
                }),
                location: match d.line {
                    Some(line) => say(plan_core::msg!("finding-at-line", file = file, line = line)),
                    None => file,
                },
                message: d.full_message_in(crate::i18n::catalogue(), language),
            }
        })
        .collect()
}

/// An abbreviation and what it stands for.
#[derive(Debug, Clone, Serialize)]
pub struct BodyView {
    /// The abbreviation.
    pub abbreviation: String,
    /// The full name, or a note that the plan does not explain it.
    pub name: String,
}

/// The glossary: the plan's bodies, then every abbreviation the action
/// programme uses that the plan does not explain.
pub fn glossary(plan: &Plan, actions: &[Action], words: &Words) -> Vec<BodyView> {
    let unexplained = words.say(&plan_core::msg!("glossary-not-explained"));
    let mut out: Vec<BodyView> = plan
        .bodies
        .iter()
        .map(|b| BodyView {
            abbreviation: b.abbreviation.clone(),
            name: b.name.clone().unwrap_or_else(|| unexplained.clone()),
        })
        .collect();
    for action in actions {
        let words = action.responsible.iter().map(String::as_str).chain([action.text.as_str(), action.note.as_str()]);
        for word in words.flat_map(|t| t.split(|c: char| !c.is_alphanumeric())) {
            let letters = word.chars().count();
            let is_abbreviation = (2..=5).contains(&letters) && word.chars().all(char::is_uppercase);
            if is_abbreviation && !out.iter().any(|b| b.abbreviation == word) {
                out.push(BodyView { abbreviation: word.to_string(), name: unexplained.clone() });
            }
        }
    }
    out
}

/// A population file's kind as reports name it after the file:
/// ` (SSB-tabell 07459)`, ` (JSON-stat)`, or nothing for the project's own CSV.
pub(crate) fn kind_name(kind: &plan_core::population::SourceKind, words: &Words) -> String {
    match kind {
        plan_core::population::SourceKind::SsbTable(table) => {
            format!(" ({})", words.say(&plan_core::msg!("source-ssb-table", table = table.as_str())))
        }
        plan_core::population::SourceKind::JsonStat => " (JSON-stat)".to_string(),
        plan_core::population::SourceKind::Own => String::new(),
    }
}

/// Where a population table comes from, as reports name it: each file with
/// its kind (`folketal.csv (SSB-tabell 07459)`).
pub(crate) fn source_names(table: &plan_core::population::PopulationTable, words: &Words) -> String {
    table
        .sources
        .iter()
        .map(|source| {
            let (file, kind) = plan_core::population::SourceKind::of_source(source);
            format!("{file}{}", kind_name(&kind, words))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The metadata every report about the plan carries: title, plan, region,
/// owner, period, version, stage and date. Serialized flat into a report's
/// `meta`, beside the report's own fields.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ReportMeta {
    pub(crate) title: String,
    pub(crate) report_title: String,
    pub(crate) subtitle: String,
    pub(crate) plan_title: String,
    pub(crate) region: String,
    pub(crate) owner: String,
    pub(crate) period: String,
    pub(crate) version: String,
    pub(crate) version_date: DateView,
    /// `utkast` or `vedteken`.
    pub(crate) status: String,
    /// The plan is a draft: wording that speaks of a draft follows this.
    pub(crate) draft: bool,
    pub(crate) date: DateView,
    pub(crate) keywords: Vec<String>,
    /// The edition's language (`nn`, `nb`, `en`): the document's language.
    pub(crate) lang: &'static str,
    /// The plan's language, for its own texts where it differs.
    pub(crate) plan_lang: &'static str,
    /// The templates' fixed words in the edition's language.
    pub(crate) labels: std::collections::BTreeMap<String, String>,
}

impl ReportMeta {
    /// A report's metadata: its title and subtitle, its date, and one
    /// keyword of its own beside the plan's.
    pub(crate) fn new(
        plan: &Plan,
        report_title: String,
        subtitle: &str,
        date: NaiveDate,
        keyword: &str,
        words: &Words,
    ) -> Self {
        let draft = matches!(plan.meta.stage, plan_core::plan::PlanStage::Draft);
        ReportMeta {
            title: format!("{report_title} – {}", plan.meta.title),
            report_title,
            subtitle: subtitle.to_string(),
            plan_title: plan.meta.title.clone(),
            region: plan.meta.region.name.clone(),
            owner: plan.meta.owner.clone(),
            period: format!("{}–{}", plan.meta.period.first, plan.meta.period.last),
            version: plan.meta.version.label.clone(),
            version_date: DateView::new(plan.meta.version.date, words),
            status: words.say(&if draft { plan_core::msg!("plan-draft") } else { plan_core::msg!("plan-adopted") }),
            draft,
            date: DateView::new(date, words),
            keywords: vec![
                words.say(&plan_core::msg!("keyword-strategic-plan")),
                words.say(&plan_core::msg!("keyword-action-programme")),
                keyword.to_string(),
                plan.meta.region.name.clone(),
            ],
            lang: words.language.code(),
            plan_lang: words.plan.code(),
            labels: crate::i18n::labels(words.language),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A programme that alternates between themes gets each theme's heading
    /// once: no theme first, then the plan's themes in the plan's order, the
    /// programme's order within each.
    #[test]
    fn actions_are_grouped_by_theme_in_the_plans_order() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
        let folder = plan_core::PlanFolder::load(dir).expect("the bundled plan").value;
        let plan = &folder.plan;
        let area = plan.focus_areas.iter().find(|a| a.themes.len() >= 2).expect("an area with two themes");
        let first = folder.programme.versions[0].actions.iter().find(|a| a.focus_area == area.id).expect("an action");
        let action =
            |id: &str, theme: Option<&str>| Action { id: id.into(), theme: theme.map(str::to_string), ..first.clone() };
        let (t1, t2) = (area.themes[0].id.as_str(), area.themes[1].id.as_str());
        // The programme alternates: t2, t1, none, t2, t1.
        let actions = [
            action("A", Some(t2)),
            action("B", Some(t1)),
            action("C", None),
            action("D", Some(t2)),
            action("E", Some(t1)),
        ];
        let words = Words { language: plan_core::Language::Nn, plan: plan_core::Language::Nn };
        let groups = action_groups(plan, &actions, &area.id, None, None, &words);
        let shown: Vec<(Option<String>, Vec<String>)> =
            groups.iter().map(|g| (g.theme.clone(), g.actions.iter().map(|a| a.id.clone()).collect())).collect();
        let name = |i: usize| {
            Some(area.themes[i].name_variants.first().cloned().unwrap_or_else(|| area.themes[i].name.clone()))
        };
        assert_eq!(
            shown,
            [
                (None, vec!["C".to_string()]),
                (name(0), vec!["B".to_string(), "E".to_string()]),
                (name(1), vec!["A".to_string(), "D".to_string()]),
            ]
        );
    }
}
