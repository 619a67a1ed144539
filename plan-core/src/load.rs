//! Loading a plan folder: `plan.toml`, `tiltak.csv`, `befolkning.csv` and
//! `sak.toml`, with every finding located.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Splits "RR/ kommune" into its bodies (see [`crate::load::split_bodies`]).
pub use crate::action_table::split_bodies;
use crate::action_table::{focus_areas_as_written, read_actions};
use crate::case::Case;
use crate::check;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
/// The file names of a plan folder (see [`crate::files`]).
pub use crate::files;
use crate::files::relative_name;
use crate::folder::PlanFolder;
use crate::msg;
use crate::plan::{
    Action, Body, CoreValue, FocusArea, Meta, OverarchingGoal, Plan, Statistics, SustainabilityGoals, Texts,
};
use crate::population::reform::CodeChanges;
use crate::population::{PopulationFile, PopulationTable};
use crate::source::{invalid_or_rethrow, one_name, read_bytes, read_text, toml_diagnostic};
use crate::table::Table;
use crate::toml_span::{SpanIndex, Step};

/// A value read from input together with the warnings found on the way.
///
/// # Example
/// ```
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// assert_eq!(loaded.value.programme.versions[0].actions.len(), 26);
/// assert!(loaded.diagnostics.iter().all(|d| !d.is_error()));
/// assert!(loaded.diagnostics.iter().any(|d| d.file == "befolkning.csv" && d.line == Some(8)));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    /// What was loaded.
    pub value: T,
    /// Warnings (never errors: those make the load fail).
    pub diagnostics: Vec<Diagnostic>,
}

/// `plan.toml` as written: the plan document (see [`Plan`]); the parts
/// kept in other files are not in it.
///
/// # Example
/// ```
/// let schema = plan_core::schema::plan_toml();
/// assert_eq!(schema["title"], "PlanFile");
/// ```
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanFile {
    #[serde(default)]
    statistics: Statistics,
    meta: Meta,
    texts: Texts,
    sustainability_goals: SustainabilityGoals,
    #[serde(default)]
    opportunities: Vec<String>,
    #[serde(default)]
    values: Vec<CoreValue>,
    overarching_goal: OverarchingGoal,
    #[serde(default)]
    focus_areas: Vec<FocusArea>,
    #[serde(default)]
    bodies: Vec<Body>,
}

impl PlanFolder {
    /// Loads a plan folder and checks it.
    ///
    /// Reads `plan.toml` (required), the action programme — `tiltak.csv`
    /// (or `.xlsx`), in force from the plan period's first year, and each
    /// revision `handlingsprogram/YEAR.csv` with its decision
    /// `handlingsprogram/YEAR.toml` — and, when present, `status/YEAR.csv`
    /// (each checked against the programme in force in its year),
    /// `indikatorar.csv`, `befolkning.csv`, the `[statistics]` files and
    /// `sak.toml`. On success returns the folder with its warnings; on
    /// failure [`Error::Invalid`] carries every error and warning found,
    /// each with file, line and field.
    ///
    /// Files are named relative to `dir` (see [`PlanFolder`]'s *Names, not
    /// paths*): in the folder, in the JSON and in every finding, which
    /// [`Diagnostic::in_folder`] turns back into paths to open. The folder's
    /// display name ([`PlanFolder::name`]) is the plan's title.
    ///
    /// # Errors
    /// [`Error::Io`] when the folder or a required file cannot be read;
    /// [`Error::Invalid`] for malformed TOML or CSV, unknown focus areas or
    /// themes, duplicate ids, unreadable deadlines or costs, goal numbers
    /// outside 1–17, missing columns, and a history that does not add up
    /// (two versions for one year, a status file outside the plan period or
    /// for a year with no programme in force).
    ///
    /// # Example
    /// ```no_run
    /// use plan_core::PlanFolder;
    /// let loaded = PlanFolder::load("data/hallingdal")?;
    /// println!("{} versions, {} warnings", loaded.value.programme.versions.len(), loaded.diagnostics.len());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn load(dir: impl AsRef<Path>) -> Result<Loaded<PlanFolder>> {
        let dir = dir.as_ref();
        let name = |path: &Path| relative_name(dir, path);
        let mut diagnostics = Vec::new();
        let plan_path = dir.join(files::PLAN);
        let plan_text = read_text(&plan_path)?;
        let plan_file_name = name(&plan_path);
        let plan_file = parse_plan_toml(&plan_file_name, &plan_text);
        // A table under the own table's name that plan.toml names among its
        // statistics files is read as one of those.
        let named_statistics: Vec<String> = plan_file.as_ref().map_or_else(
            |_| Vec::new(),
            |plan| plan.statistics.population.iter().map(|name| relative_name(dir, dir.join(name))).collect(),
        );
        let population_name = one_name(dir, files::POPULATION_NAMES, &mut diagnostics)
            .filter(|own| !named_statistics.iter().any(|name| name == own));
        let population = if let Some(population_name) = population_name {
            let population_path = dir.join(population_name);
            let bytes = read_bytes(&population_path)?;
            match crate::population::own::read_population_csv(&name(&population_path), &bytes) {
                Ok((table, warnings)) => {
                    diagnostics.extend(warnings);
                    table
                }
                Err(err) => {
                    diagnostics.extend(invalid_or_rethrow(err)?);
                    PopulationTable::default()
                }
            }
        } else {
            PopulationTable::default()
        };
        diagnostics.extend(crate::population::checks::check_table(&population));

        // The cases' folder is named as the plan's language names it when
        // there is none (for the messages that expect one).
        let language = plan_file.as_ref().map_or(crate::Language::Nn, |p| p.meta.language);
        let cases = load_cases(dir, language, &mut diagnostics)?;

        let plan_file = match plan_file {
            Ok(plan_file) => plan_file,
            Err(diagnostic) => {
                diagnostics.insert(0, diagnostic);
                return Err(Error::Invalid { diagnostics: ordered(diagnostics) });
            }
        };
        diagnostics.extend(unread_files(dir, &plan_file, plan_file.meta.language)?);
        let spans = SpanIndex::new(&plan_text);
        diagnostics.extend(check::structure(
            &plan_file_name,
            &spans,
            &plan_file.focus_areas,
            &plan_file.sustainability_goals,
            &plan_file.bodies,
        ));

        let errors_before_programme = diagnostics.iter().filter(|d| d.is_error()).count();
        let revisions =
            crate::source::one_folder(dir, files::REVISION_FOLDERS, plan_file.meta.language, &mut diagnostics);
        let programme = crate::history::load_programme(
            dir,
            revisions,
            &plan_file.focus_areas,
            plan_file.meta.period,
            &mut diagnostics,
        )?;
        let programme_has_errors = diagnostics.iter().filter(|d| d.is_error()).count() > errors_before_programme;

        let mut population_files: Vec<PopulationFile> = Vec::new();
        if !population.observations.is_empty() {
            population_files.push(PopulationFile::of(&population));
        }
        let (mut population_series, code_changes) =
            load_statistics(dir, &plan_file.statistics, &mut population_files, &mut diagnostics)?;
        // Areas are known from the plan's own table when the series lacks them.
        for area in &population.areas {
            if population_series.area(&area.code).is_none() {
                population_series.areas.push(area.clone());
            }
        }
        let plan = Plan {
            statistics: plan_file.statistics,
            meta: plan_file.meta,
            texts: plan_file.texts,
            sustainability_goals: plan_file.sustainability_goals,
            opportunities: plan_file.opportunities,
            values: plan_file.values,
            overarching_goal: plan_file.overarching_goal,
            focus_areas: plan_file.focus_areas,
            bodies: plan_file.bodies,
        };
        let statuses = crate::history::load_statuses(
            dir,
            revisions,
            &programme,
            plan.meta.period,
            programme_has_errors,
            &mut diagnostics,
        )?;
        let mut folder = PlanFolder {
            root: dir.to_path_buf(),
            name: plan.meta.title.clone(),
            plan,
            programme,
            statuses,
            indicator_values: Vec::new(),
            population,
            population_series,
            population_files,
            code_changes,
            cases: cases.iter().map(|(case, _)| case.clone()).collect(),
            goal_statistics: Vec::new(),
        };
        folder.goal_statistics = crate::statistics::binding::load_bindings(
            dir,
            &folder.plan,
            &folder.code_changes,
            &plan_file_name,
            &spans,
            &mut diagnostics,
        )?;
        if let Some(indicators_name) = one_name(dir, files::INDICATOR_NAMES, &mut diagnostics) {
            let indicators_path = dir.join(indicators_name);
            match Table::parse(&name(&indicators_path), &read_bytes(&indicators_path)?) {
                Ok(table) => {
                    let (values, errors) = crate::indicators::read_indicators(&table, &folder.plan.focus_areas);
                    folder.indicator_values = values;
                    diagnostics.extend(errors);
                }
                Err(d) => diagnostics.push(d),
            }
        }
        diagnostics.extend(check::warnings(&folder, &plan_file_name, &spans));
        let (codes, flagged) = check::municipality_codes(&folder, &plan_file_name, &spans);
        diagnostics.extend(codes);
        diagnostics.extend(check::municipality_names(&folder, &plan_file_name, &spans, &flagged));
        diagnostics.extend(check::plan_gaps(&folder, &plan_file_name, &spans));
        for (case, text) in &cases {
            let spans = SpanIndex::new(text);
            diagnostics.extend(check::case_warnings(case, &case.file, &spans));
            diagnostics.extend(check::case_attachments(case, &case.file, &spans, folder.plan.meta.period));
        }
        let diagnostics = ordered(diagnostics);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(Error::Invalid { diagnostics });
        }
        Ok(Loaded { value: folder, diagnostics })
    }
}

/// Loads `sak.toml` (or `case.toml`) and every `saker/NUMBER.toml` (or
/// `cases/NUMBER.toml`; a case number 9/20 is written `9-20` in the file
/// name), ordered by date.
fn load_cases(dir: &Path, language: crate::Language, diagnostics: &mut Vec<Diagnostic>) -> Result<Vec<(Case, String)>> {
    let mut paths = Vec::new();
    if let Some(single) = one_name(dir, files::CASE_NAMES, diagnostics) {
        paths.push(dir.join(single));
    }
    let cases_folder = crate::source::one_folder(dir, files::CASE_FOLDERS, language, diagnostics);
    let folder = dir.join(cases_folder);
    if folder.is_dir() {
        let io = |source| Error::Io { path: folder.clone(), source };
        let mut more: Vec<PathBuf> = Vec::new();
        for entry in std::fs::read_dir(&folder).map_err(io)? {
            let path = entry.map_err(io)?.path();
            if path.extension().is_some_and(|e| e == "toml") {
                more.push(path);
            }
        }
        more.sort();
        paths.extend(more);
    }
    let mut cases: Vec<(Case, String)> = Vec::new();
    for path in paths {
        let text = read_text(&path)?;
        let name = relative_name(dir, &path);
        let mut case = match toml::from_str::<Case>(&text) {
            Ok(case) => case,
            Err(err) => {
                diagnostics.push(toml_diagnostic(&name, &text, &err));
                continue;
            }
        };
        case.file = name.clone();
        let spans = SpanIndex::new(&text);
        let number_line = spans.line(&[Step::Key("number")]);
        let in_folder = path.parent().is_some_and(|p| p.ends_with(cases_folder));
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if in_folder && stem != case.file_stem() {
            diagnostics.push(Diagnostic::error(
                name,
                number_line,
                Some("number"),
                msg!(
                    "case-file-name",
                    number = &case.number,
                    stem = stem.as_str(),
                    folder = cases_folder,
                    expected = case.file_stem()
                ),
            ));
            continue;
        }
        if let Some((first, _)) = cases.iter().find(|(c, _)| c.number == case.number) {
            diagnostics.push(Diagnostic::error(
                name,
                number_line,
                Some("number"),
                msg!("case-twice", number = &case.number, other = first.file.as_str()),
            ));
            continue;
        }
        cases.push((case, text));
    }
    cases.sort_by_key(|(c, _)| c.date);
    Ok(cases)
}

/// Loads the statistics files named in `plan.toml`.
fn load_statistics(
    dir: &Path,
    statistics: &Statistics,
    files: &mut Vec<PopulationFile>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(PopulationTable, CodeChanges)> {
    let mut series = PopulationTable::default();
    for name in &statistics.population {
        let path = files::on_disk(dir, name);
        match crate::population::read::read_population_file(&path, &relative_name(dir, &path)) {
            Ok((table, warnings)) => {
                diagnostics.extend(warnings);
                diagnostics.extend(crate::population::checks::check_table(&table));
                files.push(PopulationFile::of(&table));
                series.merge(table);
            }
            Err(err) => diagnostics.extend(invalid_or_rethrow(err)?),
        }
    }
    // SSB's changes since 1972, with the plan's own lists merged over them.
    let mut changes = crate::population::reform::CodeChanges::built_in().clone();
    // The plan's own list under its conventional name is read as well,
    // unless plan.toml names it already.
    let own = one_name(dir, files::CODE_CHANGE_NAMES, diagnostics).filter(|own| {
        !statistics.code_changes.iter().any(|name| relative_name(dir, files::on_disk(dir, name)) == *own)
    });
    for name in statistics.code_changes.iter().map(String::as_str).chain(own) {
        let path = files::on_disk(dir, name);
        match CodeChanges::read(&relative_name(dir, &path), &read_bytes(&path)?) {
            Ok(list) => changes.merge(list),
            Err(err) => diagnostics.extend(invalid_or_rethrow(err)?),
        }
    }
    Ok((series, changes))
}

/// A warning for each file in the plan folder itself that no rule reads and
/// `plan.toml` does not name, with the nearest name the folder convention
/// knows (see [`files::is_ignored`] for the files left out, and the folders
/// `status/`, `handlingsprogram/` or `programme/` and `saker/` or `cases/`,
/// which have rules of their own).
fn unread_files(dir: &Path, plan: &PlanFile, language: crate::Language) -> Result<Vec<Diagnostic>> {
    let statistics = &plan.statistics;
    let bound = plan
        .focus_areas
        .iter()
        .flat_map(|f| &f.result_goals)
        .filter_map(|g| g.indicator.as_ref()?.statistics.as_ref())
        .flat_map(|b| &b.file);
    let named: Vec<String> = statistics
        .population
        .iter()
        .chain(&statistics.code_changes)
        .chain(bound)
        .map(|name| relative_name(dir, dir.join(name)))
        .collect();
    let io = |source| Error::Io { path: dir.to_path_buf(), source };
    let mut unread: Vec<String> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if !entry.path().is_file()
            || files::is_ignored(&file_name)
            || files::known_names().any(|known| known == file_name)
            || named.contains(&file_name)
        {
            continue;
        }
        unread.push(file_name);
    }
    unread.sort();
    Ok(unread
        .into_iter()
        .map(|file| {
            let nearest = files::nearest_known(&file, language);
            Diagnostic::warning(file, None, None, msg!("file-not-read", nearest = nearest))
        })
        .collect())
}

/// Errors first, then warnings, each in file order.
fn ordered(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics.sort_by_key(|d| d.severity);
    diagnostics
}

fn parse_plan_toml(file: &str, text: &str) -> std::result::Result<PlanFile, Diagnostic> {
    toml::from_str::<PlanFile>(text).map_err(|err| toml_diagnostic(file, text, &err))
}

/// An action programme on its own, for comparing versions: from a plan
/// folder (its latest version), or from a `tiltak.csv` or `tiltak.xlsx`
/// checked against the `plan.toml` of its folder or the nearest folder
/// above it — or, with no plan beside it, with its focus areas and themes
/// taken as written.
///
/// Findings name files relative to the folder given, or, for a file,
/// relative to the file's own folder: the file by its name alone, a
/// `plan.toml` above it as `../plan.toml`.
///
/// # Errors
/// [`Error::Io`] when the path cannot be read; [`Error::Invalid`] for
/// errors in the file.
///
/// # Example
/// ```
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let revised = plan_core::load::load_actions(format!("{dir}/handlingsprogram/2022.csv"))?;
/// assert_eq!(revised.value.len(), 25);
/// let latest = plan_core::load::load_actions(dir)?;
/// assert_eq!(latest.value.len(), 15, "a folder gives its latest version");
/// // A proposal somewhere on the machine is named by its file name alone.
/// let tmp = std::env::temp_dir().join(format!("load-actions-{}", std::process::id()));
/// std::fs::create_dir_all(&tmp).unwrap();
/// std::fs::write(tmp.join("forslag.csv"), "id;innsatsområde;tiltak;frist;ansvar\nA-1;Klima;Gjer noko;snart;RR\n").unwrap();
/// let err = plan_core::load::load_actions(tmp.join("forslag.csv")).unwrap_err();
/// assert!(err.diagnostics()[0].to_string().starts_with("forslag.csv:2: error: column 'frist'"), "{err}");
/// # std::fs::remove_dir_all(&tmp).unwrap();
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn load_actions(path: impl AsRef<Path>) -> Result<Loaded<Vec<Action>>> {
    let path = path.as_ref();
    if path.is_dir() {
        let loaded = PlanFolder::load(path)?;
        let latest = loaded.value.programme.versions.into_iter().next_back().map(|v| v.actions).unwrap_or_default();
        return Ok(Loaded { value: latest, diagnostics: Vec::new() });
    }
    // A file that is not there is said to be missing, before any search for
    // its plan.toml.
    std::fs::metadata(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let name = crate::files::outside_name(path);
    let table = crate::source::read_table_file(path, &name, "tiltak")?.map_err(Error::located)?;
    let plan_toml =
        path.ancestors().skip(1).take(3).map(|dir| dir.join(files::PLAN)).enumerate().find(|(_, p)| p.is_file());
    // Without a plan beside it, the focus areas and themes are taken as the
    // file writes them.
    let focus_areas = match plan_toml {
        Some((up, plan_toml)) => {
            let text = read_text(&plan_toml)?;
            let plan_name = format!("{}{}", "../".repeat(up), files::PLAN);
            parse_plan_toml(&plan_name, &text).map_err(Error::located)?.focus_areas
        }
        None => focus_areas_as_written(&table),
    };
    let mut diagnostics = Vec::new();
    let actions = read_actions(&table, &focus_areas, &mut diagnostics);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(Error::Invalid { diagnostics });
    }
    Ok(Loaded { value: actions, diagnostics })
}
