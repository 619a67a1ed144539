//! The `population` command: which tables, region and dates to use, and the
//! table and CSV renderings of the figures.

use std::path::{Path, PathBuf};

use plan_core::format::{decimal, integer, signed_integer, signed_percent};
use plan_core::population::figures::ChangeFigures;
use plan_core::population_inputs::{PopulationFigures, PopulationInputs};
use plan_core::{Diagnostic, Error, Municipality, MunicipalityCode, Plan, PlanFolder, Region};
use plan_report::ReportError;

/// What the user asked for.
pub struct Request {
    /// The plan folder; `None` with `--input` and `--region` and no plan.
    pub plan_dir: Option<PathBuf>,
    pub inputs: Vec<PathBuf>,
    pub region: Vec<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub changes: Vec<PathBuf>,
}

/// Where the files the library names are, as the user typed them. The
/// library names a plan folder's files relative to it and a file given by a
/// flag (`--input`, `--changes`) by its file name alone, as published
/// output (the JSON) names them; the terminal names the paths to open.
pub struct Typed<'a> {
    /// The plan folder, as typed.
    pub plan_dir: Option<&'a Path>,
    /// The files given by flag, as typed.
    pub files: Vec<&'a Path>,
}

impl Typed<'_> {
    /// The path to open for a file the library names `name`; a flag
    /// (`--from`) as it is.
    pub fn path(&self, name: &str) -> String {
        if name.starts_with("--") {
            return name.to_string();
        }
        if let Some(file) = self.files.iter().find(|f| plan_core::folder::outside_name(f) == name) {
            return file.display().to_string();
        }
        match self.plan_dir {
            Some(dir) => plan_core::folder::path_of(dir, name).display().to_string(),
            None => name.to_string(),
        }
    }

    /// A finding with its files named by the paths to open.
    pub fn diagnostic(&self, diagnostic: &Diagnostic) -> Diagnostic {
        diagnostic.clone().with_files(|name| self.path(name))
    }

    /// An error with its findings' files named by the paths to open.
    pub fn error(&self, error: ReportError) -> ReportError {
        match error {
            ReportError::Plan(error) => ReportError::Plan(error.with_files(|name| self.path(name))),
            other => other,
        }
    }
}

impl Request {
    /// The files of the request as typed.
    pub fn typed(&self) -> Typed<'_> {
        Typed {
            plan_dir: self.plan_dir.as_deref(),
            files: self.inputs.iter().chain(&self.changes).map(PathBuf::as_path).collect(),
        }
    }
}

/// Loads the plan and the tables, and computes the figures. Warnings come
/// back with the figures, naming the files as published output does (see
/// [`Typed`]); errors fail, naming the paths typed.
pub fn compute(request: &Request) -> Result<Outcome, ReportError> {
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
pub type Outcome = PopulationFigures;

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
    let name = plan_report::i18n::render(&plan_core::msg!("population-selection"), crate::locale::messages());
    Ok(Region { name, municipalities })
}

/// The figures as aligned columns with Norwegian number formats.
pub fn table(outcome: &Outcome) -> String {
    let figures = &outcome.figures;
    let short = |d: chrono::NaiveDate| d.format("%-d.%-m.%Y").to_string();
    let language = crate::locale::messages();
    let labels = plan_report::i18n::labels(language);
    let say = |message: plan_core::Message| plan_report::i18n::render(&message, language);
    let label = |key: &str| labels.get(key).cloned().unwrap_or_default();
    let header: Vec<String> = vec![
        label("code"),
        label("municipality"),
        short(figures.from),
        short(figures.to),
        label("change"),
        label("change_pct"),
        label("annual_pct"),
        format!("{} %", label("share")),
        label("per_km2"),
        label("rank"),
    ];
    let mut rows = vec![header];
    for m in &figures.municipalities {
        let mut row = vec![m.code.to_string(), m.name.clone()];
        row.extend(m.formatted());
        row.push(plan_core::format::percent(figures.share_pct(m), 2));
        row.push(m.area_km2.map_or(String::new(), |a| decimal(m.to as f64 / a, 1)));
        row.push(m.rank.to_string());
        rows.push(row);
    }
    let r = &figures.region;
    let mut row = vec![String::new(), r.name.clone()];
    row.extend(r.formatted());
    row.push(plan_core::format::percent(100.0, 2));
    row.push(r.area_km2.map_or(String::new(), |a| decimal(r.to as f64 / a, 1)));
    row.push(String::new());
    rows.push(row);
    let mut out = format!(
        "{}\n\n",
        say(plan_core::msg!(
            "population-table-heading",
            from = plan_core::i18n::date(figures.from),
            to = plan_core::i18n::date(figures.to),
            region = r.name.as_str()
        ))
    );
    out.push_str(&align(&rows, &[false, false, true, true, true, true, true, true, true, true]));
    if figures.series.len() > 2 {
        out.push_str(&format!("\n{}\n\n", say(plan_core::msg!("population-table-series", region = r.name.as_str()))));
        let mut rows = vec![vec![label("date"), label("population"), label("change"), label("change_pct")]];
        for step in figures.region_steps() {
            let count = step.count.map_or("–".to_string(), |n| integer(n as i64));
            let (change, pct) = match (step.change, step.change_pct) {
                (Some(change), Some(pct)) => (signed_integer(change), signed_percent(pct, 2)),
                _ => (String::new(), String::new()),
            };
            rows.push(vec![short(step.date), count, change, pct]);
        }
        out.push_str(&align(&rows, &[false, true, true, true]));
    }
    for goal in &outcome.goals {
        let e = &goal.evaluation;
        let value = |p: Option<plan_core::population::goal::Point>| {
            p.map_or("–".to_string(), |p| format!("{} ({})", integer(p.value.round() as i64), short(p.date)))
        };
        out.push_str(&format!(
            "\n{}\n  {}\n",
            say(plan_core::msg!(
                "population-table-goal",
                goal = goal.text.as_str(),
                status = e.status.message(),
                baseline = value(e.baseline),
                latest = value(e.latest),
                target = e.target.map_or("–".to_string(), |t| integer(t.round() as i64))
            )),
            goal.rule
        ));
    }
    out.push_str(&format!("\n{}", say(plan_core::msg!("population-table-note"))));
    out
}

/// Pads columns to equal width (counted in characters).
pub(crate) fn align(rows: &[Vec<String>], right: &[bool]) -> String {
    let widths: Vec<usize> =
        (0..rows[0].len()).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let pad = " ".repeat(widths[c] - cell.chars().count());
                if right[c] { format!("{pad}{cell}") } else { format!("{cell}{pad}") }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The figures as CSV for other tools: dot decimals, percentages rounded to
/// two decimals, the region as the last row with an empty code.
pub fn csv(figures: &ChangeFigures) -> String {
    let json = figures.to_json(&[], crate::locale::messages());
    let mut out = String::from("code,name,from,to,change,change_pct,annual_pct,share_pct,density,rank\n");
    for m in &json.municipalities {
        let density = m.density.map_or(String::new(), |d| d.to_string());
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{}\n",
            m.code,
            quote(&m.name),
            m.from,
            m.to,
            m.change,
            m.change_pct,
            m.annual_pct,
            m.share_pct,
            density,
            m.rank
        ));
    }
    let r = &json.region;
    out.push_str(&format!(
        ",{},{},{},{},{},{},100,,",
        quote(&r.name),
        r.from,
        r.to,
        r.change,
        r.change_pct,
        r.annual_pct
    ));
    out
}

pub(crate) fn quote(text: &str) -> String {
    if text.contains([',', '"', '\n']) { format!("\"{}\"", text.replace('"', "\"\"")) } else { text.to_string() }
}

/// The figures as the JSON documented in the README, with the plan's
/// population goals under `goals`.
pub fn json(outcome: &Outcome) -> Result<String, std::io::Error> {
    Ok(serde_json::to_string_pretty(&outcome.to_json(crate::locale::messages()))?)
}
