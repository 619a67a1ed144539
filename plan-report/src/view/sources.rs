//! The sources appendix: every input file a report is made from, with what
//! it holds.

use plan_core::ProgrammeVersion;
use serde::Serialize;

use crate::input::ReportInput;

/// An input file named in the sources appendix.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SourceView {
    /// The file.
    pub file: String,
    /// What it holds.
    pub description: String,
}

/// The input files and tables a report is made from: the plan, the
/// versions of the action programme it shows, the status files, indicator
/// values, population tables, code changes and the case.
pub(crate) fn sources(
    input: &ReportInput<'_>,
    versions: &[&ProgrammeVersion],
    statuses: &[&plan_core::follow_up::StatusFile],
    words: &crate::words::Words,
) -> Vec<SourceView> {
    use plan_core::msg;
    let folder = input.folder;
    let plan = &folder.plan;
    let dates = |dates: &[chrono::NaiveDate]| match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if dates.len() == 1 || a == b => msg!("source-one-date", date = words.date(*a)),
        (Some(a), Some(b)) => {
            msg!("source-dates", count = dates.len(), from = words.date(*a), to = words.date(*b))
        }
        _ => msg!("source-no-figures"),
    };
    let mut out = vec![SourceView {
        file: plan_core::load::files::PLAN.to_string(),
        description: words.say(&msg!(
            "source-plan",
            title = plan.meta.title.as_str(),
            version = plan.meta.version.label.as_str()
        )),
    }];
    for version in versions {
        let adopted: plan_core::i18n::Arg = version.adoption.as_ref().map_or(String::new().into(), |a| {
            msg!("source-adopted-by", body = a.body.as_str(), case = a.case.as_str(), date = words.date(a.date)).into()
        });
        out.push(SourceView {
            file: version.file.clone(),
            description: words.say(&msg!(
                "source-programme",
                year = version.first_year,
                count = version.actions.len(),
                adopted = adopted
            )),
        });
    }
    for status in statuses {
        out.push(SourceView {
            file: status.file.clone(),
            description: words.say(&msg!("source-status", year = status.year, count = status.entries.len())),
        });
    }
    if !folder.indicator_values.is_empty() {
        out.push(SourceView {
            // The name the folder holds it under (Nynorsk, Bokmål or English).
            file: plan_core::files::present(&folder.root, plan_core::files::INDICATOR_NAMES)
                .first()
                .map_or(plan_core::files::INDICATORS, |name| name)
                .to_string(),
            description: words.say(&msg!("source-indicators", count = folder.indicator_values.len())),
        });
    }
    for file in &folder.population_files {
        let own_table = !folder.population.observations.is_empty()
            && plan_core::population::PopulationFile::of(&folder.population).file == file.file;
        let kind = super::kind_name(&file.kind, words);
        let what = if own_table { msg!("source-own-population") } else { msg!("source-population") };
        out.push(SourceView {
            file: file.file.clone(),
            description: words.say(&msg!(
                "source-population-file",
                what = what,
                kind = kind,
                dates = dates(&file.dates),
                count = file.rows
            )),
        });
    }
    // Each change list with its own changes and dates: the plan's files, then
    // the built-in list when following the region went through it.
    let inputs = plan_core::population_inputs::PopulationInputs::of(folder);
    let changes = &inputs.changes;
    for file in changes.files.iter().filter(|f| !f.built_in) {
        out.push(SourceView {
            file: file.file.clone(),
            description: words.say(&msg!("source-code-changes", count = file.changes, dates = dates(&file.dates))),
        });
    }
    if let Some(file) = changes.files.iter().find(|f| f.built_in) {
        let codes: Vec<plan_core::MunicipalityCode> = plan.meta.region.municipalities.iter().map(|m| m.code).collect();
        let table_dates = inputs.table.dates();
        let period = plan.meta.period;
        let (start, end) = (
            chrono::NaiveDate::from_ymd_opt(period.first, 1, 1),
            chrono::NaiveDate::from_ymd_opt(period.last + 1, 1, 1),
        );
        let from = table_dates.first().copied().into_iter().chain(start).min();
        let to = table_dates.last().copied().into_iter().chain(end).max();
        let used = match (from, to) {
            (Some(from), Some(to)) => changes.built_in_used(&codes, from, to).len(),
            _ => 0,
        };
        if used > 0 {
            out.push(SourceView {
                file: file.file.clone(),
                description: words.say(&msg!(
                    "source-built-in-code-changes",
                    count = file.changes,
                    dates = dates(&file.dates),
                    used = used
                )),
            });
        }
    }
    // Each goal bound to a statistics table: the file, SSB's table number
    // and the variable, with the periods known at the report date.
    for bound in &folder.goal_statistics {
        let goal = plan.focus_areas.iter().flat_map(|f| &f.result_goals).find(|g| g.id == bound.goal);
        let table: plan_core::i18n::Arg = if bound.tables.is_empty() {
            msg!("source-statistics-table").into()
        } else {
            msg!("source-ssb-table", table = bound.tables.join(", ")).into()
        };
        let periods = match (bound.region.first(), bound.region.last()) {
            (Some(a), Some(b)) if a.period == b.period => a.period.clone(),
            (Some(a), Some(b)) => format!("{}–{}", a.period, b.period),
            _ => words.say(&msg!("source-no-figures")),
        };
        out.push(SourceView {
            file: bound.files.join(", "),
            description: words.say(&msg!(
                "source-statistics-goal",
                goal = goal.map_or(bound.goal.as_str(), |g| g.text.as_str()),
                table = table,
                variable = bound.variable.as_str(),
                label = bound.label.as_str(),
                periods = periods
            )),
        });
    }
    for case in &folder.cases {
        out.push(SourceView {
            file: case.file.clone(),
            description: words.say(&msg!(
                "source-case",
                number = case.number.as_str(),
                body = case.assembly.as_str(),
                title = case.title.as_str()
            )),
        });
    }
    out
}
