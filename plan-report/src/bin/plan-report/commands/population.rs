//! `plan-report population`: which tables, region and dates to use, the
//! figures computed from them, printed as a table, CSV or JSON.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan_core::population_inputs::{PopulationFigures, PopulationInputs};
use plan_core::{Diagnostic, Error, Municipality, MunicipalityCode, Plan, PlanFolder, Region};
use plan_report::ReportError;

use crate::args::{DateRange, PopulationFormat};

/// Prints the figures; the warnings, but with `--format json` (which holds
/// them), on standard error.
pub fn run(
    plan_dir: Option<PathBuf>,
    inputs: Vec<PathBuf>,
    region: Vec<String>,
    dates: DateRange,
    changes: Vec<PathBuf>,
    format: PopulationFormat,
) -> Result<ExitCode, ReportError> {
    let DateRange { from, to } = dates;
    // A table and a region need no plan: then none is looked for.
    let plan_dir = match plan_dir {
        None if !inputs.is_empty() && !region.is_empty() => None,
        given => Some(crate::plan::find(given, false)?),
    };
    let request = Request { plan_dir, inputs, region, from, to, changes };
    let outcome = compute(&request)?;
    if !matches!(format, PopulationFormat::Json) {
        let typed = request.typed();
        for d in &outcome.diagnostics {
            crate::console::warn(&typed.diagnostic(d));
        }
    }
    let text = match format {
        PopulationFormat::Table => {
            plan_report::text_tables::population_table(&outcome.figures, &outcome.goals, crate::locale::messages())
        }
        PopulationFormat::Csv => plan_report::text_tables::population_csv(&outcome.figures, crate::locale::messages()),
        PopulationFormat::Json => json(&outcome).map_err(crate::console::stdout_error)?,
    };
    crate::console::print_lines(&[text]);
    Ok(ExitCode::SUCCESS)
}

/// What the user asked for.
struct Request {
    /// The plan folder; `None` with `--input` and `--region` and no plan.
    plan_dir: Option<PathBuf>,
    inputs: Vec<PathBuf>,
    region: Vec<String>,
    from: Option<String>,
    to: Option<String>,
    changes: Vec<PathBuf>,
}

impl Request {
    /// The files of the request as typed.
    fn typed(&self) -> crate::typed::Typed<'_> {
        crate::typed::Typed {
            plan_dir: self.plan_dir.as_deref(),
            files: self.inputs.iter().chain(&self.changes).map(PathBuf::as_path).collect(),
        }
    }
}

/// Loads the plan and the tables, and computes the figures. Warnings come
/// back with the figures, naming the files as published output does (see
/// [`crate::typed::Typed`]); errors fail, naming the paths typed.
fn compute(request: &Request) -> Result<Outcome, ReportError> {
    compute_named(request).map_err(|e| request.typed().error(e))
}

fn compute_named(request: &Request) -> Result<Outcome, ReportError> {
    let folder = match &request.plan_dir {
        Some(dir) => Some(PlanFolder::load(dir)?.value),
        None => None,
    };
    // As the reports do: the plan's statistics files, else its own table; or
    // the tables given, with the plan's changes and the lists given.
    let tables: Vec<&Path> = request.inputs.iter().map(PathBuf::as_path).collect();
    let lists: Vec<&Path> = request.changes.iter().map(PathBuf::as_path).collect();
    let loaded = PopulationInputs::load(folder.as_ref(), &tables, &lists)?;
    let (inputs, mut diagnostics) = (loaded.value, loaded.diagnostics);
    if let Some(error) = inputs.check().into_iter().find(Diagnostic::is_error) {
        return Err(Error::located(error).into());
    }
    let table = &inputs.table;
    let plan = folder.as_ref().map(|f| &f.plan);
    let region = region(plan, &request.region)?;
    let dates = table.dates();
    let files = table.sources.join(", ");
    let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else {
        return Err(
            Error::located(Diagnostic::error(files, None, None, plan_core::msg!("population-tables-empty"))).into()
        );
    };
    let date = |text: &Option<String>, default, flag: &str| match text {
        None => Ok(default),
        Some(text) => plan_core::calendar::parse_year_or_date(text)
            .map_err(|e| Error::located(Diagnostic::error(flag, None, None, e.message()))),
    };
    let from = date(&request.from, first, "--from")?;
    let to = date(&request.to, last, "--to")?;
    if dates.len() < 2 && request.from.is_none() && request.to.is_none() {
        return Err(Error::located(Diagnostic::error(
            files,
            None,
            None,
            plan_core::msg!("population-one-date", date = plan_core::i18n::date(first)),
        ))
        .into());
    }
    if from >= to {
        let flag = if request.from.is_some() { "--from" } else { "--to" };
        return Err(Error::located(Diagnostic::error(
            flag,
            None,
            None,
            plan_core::msg!("population-from-after-to", from = from.to_string(), to = to.to_string()),
        ))
        .into());
    }
    // From the first date of the data: as far back as the region can be
    // followed, a cut said in one warning. A --from given is kept or fails.
    // The plan's goals when the region is the plan's.
    let goals_of = plan.filter(|_| request.region.is_empty());
    let given_from = request.from.is_some().then_some(from);
    let computed = inputs.figures(goals_of, &region, given_from, Some(to), crate::locale::messages())?;
    diagnostics.extend(computed.diagnostics);
    Ok(Outcome { diagnostics, ..computed })
}

/// The computed figures, the plan's population goals evaluated on the same
/// table, and the warnings found.
type Outcome = PopulationFigures;

/// The plan's region, or the municipalities named with `--region` (named
/// *Utval*, *Utvalg* or *Selection* in the language of the messages).
fn region(plan: Option<&Plan>, codes: &[String]) -> Result<Region, Error> {
    // The command looks for a plan whenever --region is not given.
    if let (true, Some(plan)) = (codes.is_empty(), plan) {
        return Ok(plan.meta.region.clone());
    }
    let mut municipalities = Vec::new();
    for code in codes {
        let parsed: MunicipalityCode =
            code.parse().map_err(|e: Error| Error::located(Diagnostic::error("--region", None, None, e.message())))?;
        let name = plan.and_then(|p| p.meta.region.municipality(&parsed)).map(|m| m.name.clone()).unwrap_or_default();
        municipalities.push(Municipality { code: parsed, name });
    }
    let name = crate::console::said(&plan_core::msg!("population-selection"));
    Ok(Region { name, municipalities })
}

/// The figures as the JSON documented in the README, with the plan's
/// population goals under `goals`.
fn json(outcome: &Outcome) -> Result<String, std::io::Error> {
    Ok(serde_json::to_string_pretty(&outcome.to_json(crate::locale::messages()))?)
}
