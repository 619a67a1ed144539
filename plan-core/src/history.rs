//! Loading the plan's history: the versions of the action programme and the
//! status files, each checked against the version in force in its year.

use std::collections::BTreeMap;

use chrono::Datelike;
use std::path::{Path, PathBuf};

use crate::action_table::read_actions;
use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::files::{self, relative_name};
use crate::msg;
use crate::plan::{FocusArea, Period};
use crate::programme::{Adoption, Programme, ProgrammeVersion};
use crate::source::{read_bytes, read_table, read_table_file, toml_diagnostic};
use crate::status_file::StatusFile;

/// The files of one year in `handlingsprogram/`.
#[derive(Default)]
struct RevisionFiles {
    tables: Vec<PathBuf>,
    decision: Option<PathBuf>,
}

/// Lists `dir/NAME/YEAR.EXT` files by year; other names get a warning.
fn files_by_year(
    dir: &Path,
    name: &str,
    extensions: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<(i32, PathBuf)>> {
    let folder = dir.join(name);
    let folder = folder.as_path();
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let io = |source| crate::Error::Io { path: folder.to_path_buf(), source };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_file() {
            paths.push(path);
        }
    }
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
        if !extensions.contains(&extension.as_str()) {
            continue;
        }
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        match stem.parse::<i32>().ok().filter(|_| stem.len() == 4) {
            Some(year) => out.push((year, path)),
            None => {
                diagnostics.push(Diagnostic::warning(
                    relative_name(dir, &path),
                    None,
                    None,
                    msg!("file-not-named-by-year", folder = name, extension = extension),
                ));
            }
        }
    }
    Ok(out)
}

/// Loads `tiltak.csv` (in force from the period's first year) and every
/// revision in `revisions` (`handlingsprogram/` or `programme/`), with
/// their decisions.
pub(crate) fn load_programme(
    dir: &Path,
    revisions: &'static str,
    focus_areas: &[FocusArea],
    period: Period,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Programme> {
    let mut by_year: BTreeMap<i32, RevisionFiles> = BTreeMap::new();
    let name = |path: &Path| relative_name(dir, path);
    for (year, path) in files_by_year(dir, revisions, &["csv", "xlsx", "toml"], diagnostics)? {
        let entry = by_year.entry(year).or_default();
        if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml")) {
            entry.decision = Some(path);
        } else {
            entry.tables.push(path);
        }
    }
    // `tiltak` or `actions`, as .csv or .xlsx: two stems side by side are
    // two names for one file.
    let present = files::present(dir, files::ACTION_NAMES);
    let stem_of = |name: &'static str| name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    let stem = present.first().map_or("tiltak", |name| stem_of(name));
    if let Some(other) = present.iter().find(|name| stem_of(name) != stem) {
        diagnostics.push(crate::source::two_names(present[0], other));
    }
    let mut versions: Vec<ProgrammeVersion> = Vec::new();
    if !present.is_empty() || by_year.is_empty() {
        let (actions, file) = match read_table(dir, stem, "tiltak")? {
            Ok(table) => (read_actions(&table, focus_areas, diagnostics), table.file.clone()),
            Err(d) => {
                let file = d.file.clone();
                diagnostics.push(d);
                (Vec::new(), file)
            }
        };
        versions.push(ProgrammeVersion { first_year: period.first, file, adoption: None, actions });
    }
    let mut previous_adoption: Option<(i32, chrono::NaiveDate)> = None;
    for (year, files) in by_year {
        let Some(table_path) = files.tables.first() else {
            if let Some(decision) = &files.decision {
                diagnostics.push(Diagnostic::error(
                    name(decision),
                    None,
                    None,
                    msg!("decision-without-programme", year = year, folder = revisions),
                ));
            }
            continue;
        };
        if files.tables.len() > 1 {
            diagnostics.push(Diagnostic::error(
                name(&files.tables[1]),
                None,
                None,
                msg!("programme-two-files", year = year),
            ));
            continue;
        }
        if year < period.first || year > period.last {
            diagnostics.push(Diagnostic::error(
                name(table_path),
                None,
                None,
                msg!("revision-outside-period", year = year, first = period.first, last = period.last),
            ));
            continue;
        }
        if let Some(base) = versions.iter().find(|v| v.first_year == year) {
            diagnostics.push(Diagnostic::error(
                name(table_path),
                None,
                None,
                msg!(
                    "programme-two-versions",
                    year = year,
                    base = base.file.rsplit('/').next().unwrap_or_default(),
                    next = year + 1
                ),
            ));
            continue;
        }
        let file = name(table_path);
        let table = read_table_file(table_path, &file, "tiltak")?;
        let actions = match table {
            Ok(table) => {
                let errors_before = diagnostics.iter().filter(|d| d.is_error()).count();
                let actions = read_actions(&table, focus_areas, diagnostics);
                let had_errors = diagnostics.iter().filter(|d| d.is_error()).count() > errors_before;
                if actions.is_empty() && !had_errors {
                    diagnostics.push(Diagnostic::error(
                        name(table_path),
                        None,
                        None,
                        msg!("revision-without-actions", year = year),
                    ));
                }
                actions
            }
            Err(d) => {
                diagnostics.push(d);
                Vec::new()
            }
        };
        let adoption = match &files.decision {
            Some(path) => read_adoption(path, &name(path), diagnostics)?,
            None => {
                diagnostics.push(Diagnostic::warning(
                    name(table_path),
                    None,
                    None,
                    msg!("revision-without-decision", year = year, folder = revisions),
                ));
                None
            }
        };
        if let (Some(adoption), Some(path)) = (&adoption, &files.decision) {
            if let Some((earlier_year, earlier)) = previous_adoption.filter(|(_, date)| adoption.date < *date) {
                diagnostics.push(Diagnostic::warning(
                    name(path),
                    None,
                    Some("adopted"),
                    msg!(
                        "revision-adopted-before-earlier",
                        year = year,
                        adopted = adoption.date.to_string(),
                        earlier_year = earlier_year,
                        earlier = earlier.to_string()
                    ),
                ));
            }
            if adoption.date.year() > year {
                diagnostics.push(Diagnostic::warning(
                    name(path),
                    None,
                    Some("adopted"),
                    msg!("revision-adopted-after-year", year = year, adopted = adoption.date.to_string()),
                ));
            }
            previous_adoption = Some((year, adoption.date));
        }
        versions.push(ProgrammeVersion { first_year: year, file, adoption, actions });
    }
    versions.sort_by_key(|v| v.first_year);
    Ok(Programme { versions })
}

/// Reads a decision file, `handlingsprogram/YEAR.toml`, named `name`.
fn read_adoption(path: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Result<Option<Adoption>> {
    let text = crate::text::decode(&read_bytes(path)?).0.into_owned();
    match toml::from_str::<Adoption>(&text) {
        Ok(adoption) => Ok(Some(adoption)),
        Err(err) => {
            diagnostics.push(toml_diagnostic(name, &text, &err));
            Ok(None)
        }
    }
}

/// The revision that took `id` out of the programme in force at index
/// `in_force`: the first version after the last one (up to `in_force`)
/// that held an action with that id, and the id it goes by there when that
/// revision renumbered it (`None` when it removed it).
fn revised_away<'a>(
    programme: &'a Programme,
    lineages: &[crate::programme::Lineage],
    in_force: usize,
    id: &str,
) -> Option<(&'a crate::programme::ProgrammeVersion, Option<String>)> {
    let held = |version: usize| programme.versions.get(version).is_some_and(|v| v.action(id).is_some());
    let last = (0..in_force).rev().find(|&v| held(v))?;
    let revision = last + 1;
    let lineage = lineages.iter().find(|l| l.action(programme, last).is_some_and(|a| a.id == id))?;
    let renumbered = lineage.action(programme, revision).map(|a| a.id.clone()).filter(|new| new != id);
    Some((programme.versions.get(revision)?, renumbered))
}

/// Loads every `status/YEAR.csv` or `status/YEAR.xlsx`, in year order, each
/// checked against the programme in force in its year.
///
/// With `programme_has_errors` the ids are not checked (one note says so);
/// in a folder without revisions, ids that are not in `tiltak.csv` are one
/// warning per file (the programme may have been replaced by hand), and the
/// rows are kept.
pub(crate) fn load_statuses(
    dir: &Path,
    revisions: &'static str,
    programme: &Programme,
    period: Period,
    programme_has_errors: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<StatusFile>> {
    let has_history = programme.versions.len() > 1 || programme.first().is_some_and(|v| v.adoption.is_some());
    let mut out: Vec<StatusFile> = Vec::new();
    let mut skipped_note = false;
    // Each action's lineage, worked out once and only when a row names an
    // action the year's programme does not hold.
    let lineages = std::cell::OnceCell::new();
    for (year, path) in files_by_year(dir, files::STATUS, &["csv", "xlsx"], diagnostics)? {
        let file = relative_name(dir, &path);
        if out.iter().any(|s| s.year == year) {
            diagnostics.push(Diagnostic::error(file, None, None, msg!("status-two-files", year = year)));
            continue;
        }
        if year < period.first || year > period.last {
            diagnostics.push(Diagnostic::error(
                file,
                None,
                None,
                msg!("status-outside-period", year = year, first = period.first, last = period.last),
            ));
            continue;
        }
        let Some(version) = programme.in_force(year) else {
            if !programme_has_errors {
                diagnostics.push(Diagnostic::error(
                    file,
                    None,
                    None,
                    msg!(
                        "status-without-programme",
                        year = year,
                        // The programme's own file, as the folder names it.
                        programme = programme
                            .versions
                            .iter()
                            .find(|v| !v.file.contains('/'))
                            .map_or(files::ACTIONS, |v| v.file.as_str()),
                        folder = revisions
                    ),
                ));
            }
            continue;
        };
        let table = read_table_file(&path, &file, "status")?;
        let table = match table {
            Ok(table) => table,
            Err(d) => {
                diagnostics.push(d);
                continue;
            }
        };
        let read = crate::status_file::read_status(&table, year, &version.actions);
        diagnostics.extend(read.errors);
        let programme_file = version.file.rsplit('/').next().unwrap_or_default();
        if programme_has_errors {
            if !read.unknown.is_empty() && !skipped_note {
                skipped_note = true;
                diagnostics.push(Diagnostic::note(&file, None, Some("id"), msg!("status-not-checked")));
            }
        } else if has_history {
            let example = version.actions.first().map_or("", |a| a.id.as_str());
            let in_force = programme.index_in_force(year).unwrap_or(0);
            for (line, id) in &read.unknown {
                let message = match revised_away(programme, lineages.get_or_init(|| programme.lineages()), in_force, id)
                {
                    Some((revision, Some(new_id))) => msg!(
                        "status-action-renumbered",
                        id = id,
                        new = new_id,
                        revision = revision.first_year,
                        file = revision.file.as_str(),
                        year = year
                    ),
                    Some((revision, None)) => msg!(
                        "status-action-removed",
                        id = id,
                        revision = revision.first_year,
                        file = revision.file.as_str(),
                        year = year
                    ),
                    None => msg!(
                        "status-unknown-action",
                        id = id,
                        year = year,
                        file = version.file.as_str(),
                        example = example
                    ),
                };
                diagnostics.push(table.error(*line, "id", message));
            }
        } else if let Some((line, _)) = read.unknown.first() {
            let ids: Vec<&str> = read.unknown.iter().map(|(_, id)| id.as_str()).collect();
            let shown = if ids.len() > 5 { format!("{}, …", ids[..5].join(", ")) } else { ids.join(", ") };
            diagnostics.push(
                Diagnostic::warning(
                    &file,
                    Some(*line),
                    Some("id"),
                    msg!(
                        "status-actions-not-in-programme",
                        count = ids.len(),
                        file = programme_file,
                        ids = shown,
                        year = year
                    ),
                )
                .with_remedy(crate::diagnostic::Remedy::AddRevision),
            );
        }
        out.push(read.file);
    }
    Ok(out)
}
