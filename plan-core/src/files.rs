//! The plan folder's file names, and the names and paths files go by:
//! the lowest layer of the readers, using nothing of the plan model.

use std::path::{Component, Path, PathBuf};

use crate::i18n::Language;
use crate::toml_span::Step;

/// Metadata, texts, values, goals, focus areas and bodies.
///
/// # Example
/// ```
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert!(dir.join(plan_core::files::PLAN).is_file());
/// ```
pub const PLAN: &str = "plan.toml";
/// The action programme, one row per action (or `tiltak.xlsx`).
///
/// # Example
/// ```
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert!(dir.join(plan_core::files::ACTIONS).is_file());
/// ```
pub const ACTIONS: &str = "tiltak.csv";
/// The folder of status reports, `status/YEAR.csv` (or `.xlsx`).
///
/// # Example
/// ```
/// use plan_core::files::STATUS;
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert!(dir.join(STATUS).join("2021.csv").is_file());
/// ```
pub const STATUS: &str = "status";
/// The folder of revisions of the action programme:
/// `handlingsprogram/YEAR.csv` (or `.xlsx`), in force from `YEAR`, with
/// the decision that adopted it in `handlingsprogram/YEAR.toml`.
///
/// # Example
/// ```
/// use plan_core::files::REVISIONS;
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert!(dir.join(REVISIONS).join("2022.csv").is_file());
/// assert!(dir.join(REVISIONS).join("2022.toml").is_file());
/// ```
pub const REVISIONS: &str = "handlingsprogram";
/// Indicator values for measurable result goals.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::INDICATORS, "indikatorar.csv");
/// ```
pub const INDICATORS: &str = "indikatorar.csv";
/// The plan's own population table.
///
/// # Example
/// ```
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert!(dir.join(plan_core::files::POPULATION).is_file());
/// ```
pub const POPULATION: &str = "befolkning.csv";
/// The case document.
///
/// # Example
/// ```
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert!(dir.join(plan_core::files::CASE).is_file());
/// ```
pub const CASE: &str = "sak.toml";
/// The folder of cases, one file per case named after its number
/// (`saker/9-20.toml` for case 9/20).
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::CASES, "saker");
/// ```
pub const CASES: &str = "saker";

/// The action programme's names: `tiltak` (Nynorsk and Bokmål) and
/// `actions` (English), each as `.csv` or `.xlsx`.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::ACTION_NAMES[0], plan_core::files::ACTIONS);
/// assert!(plan_core::files::ACTION_NAMES.contains(&"actions.xlsx"));
/// ```
pub const ACTION_NAMES: &[&str] = &["tiltak.csv", "tiltak.xlsx", "actions.csv", "actions.xlsx"];
/// The indicator values' names: Nynorsk, Bokmål, English.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::INDICATOR_NAMES, ["indikatorar.csv", "indikatorer.csv", "indicators.csv"]);
/// ```
pub const INDICATOR_NAMES: &[&str] = &["indikatorar.csv", "indikatorer.csv", "indicators.csv"];
/// The plan's own population table's names: Norwegian, English.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::POPULATION_NAMES, ["befolkning.csv", "population.csv"]);
/// ```
pub const POPULATION_NAMES: &[&str] = &["befolkning.csv", "population.csv"];
/// The names of the plan's own list of municipal code changes, read when
/// it is in the folder (as well as the lists `plan.toml` names in
/// `[statistics] code_changes`): Nynorsk, Bokmål, English.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::CODE_CHANGE_NAMES, ["kommuneendringar.csv", "kommuneendringer.csv", "code-changes.csv"]);
/// ```
pub const CODE_CHANGE_NAMES: &[&str] = &["kommuneendringar.csv", "kommuneendringer.csv", "code-changes.csv"];
/// The case document's names: Norwegian, English.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::CASE_NAMES, ["sak.toml", "case.toml"]);
/// ```
pub const CASE_NAMES: &[&str] = &["sak.toml", "case.toml"];
/// The names of the folder of revisions of the action programme
/// ([`REVISIONS`]): Norwegian, English.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::REVISION_FOLDERS, ["handlingsprogram", "programme"]);
/// ```
pub const REVISION_FOLDERS: &[&str] = &["handlingsprogram", "programme"];
/// The names of the folder of cases ([`CASES`]): Norwegian, English.
///
/// # Example
/// ```
/// assert_eq!(plan_core::files::CASE_FOLDERS, ["saker", "cases"]);
/// ```
pub const CASE_FOLDERS: &[&str] = &["saker", "cases"];

/// Which of `names` (one folder's names, such as [`REVISION_FOLDERS`]) are
/// folders in `dir`, in the order of `names`: none, one, or — an error for
/// the loader — more than one name for the same folder.
///
/// # Example
/// ```
/// use plan_core::files::{present_folders, CASE_FOLDERS, REVISION_FOLDERS};
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert_eq!(present_folders(dir, REVISION_FOLDERS), ["handlingsprogram"]);
/// assert_eq!(present_folders(dir, CASE_FOLDERS), ["saker"]);
/// ```
pub fn present_folders(dir: impl AsRef<Path>, names: &[&'static str]) -> Vec<&'static str> {
    let dir = dir.as_ref();
    names.iter().copied().filter(|name| dir.join(name).is_dir()).collect()
}

/// The name of a folder of the convention (`names`: Norwegian first,
/// English last) for a plan folder `dir` written in `language`: the name
/// already in the folder, else the name in the plan's language.
///
/// # Example
/// ```
/// use plan_core::{files::{folder_name, REVISION_FOLDERS}, Language};
/// let empty = tempfile::tempdir()?;
/// assert_eq!(folder_name(empty.path(), REVISION_FOLDERS, Language::En), "programme");
/// assert_eq!(folder_name(empty.path(), REVISION_FOLDERS, Language::Nb), "handlingsprogram");
/// std::fs::create_dir(empty.path().join("handlingsprogram"))?;
/// assert_eq!(folder_name(empty.path(), REVISION_FOLDERS, Language::En), "handlingsprogram", "as the folder has it");
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn folder_name(dir: impl AsRef<Path>, names: &[&'static str], language: Language) -> &'static str {
    let own = match language {
        Language::En => names.last(),
        Language::Nn | Language::Nb => names.first(),
    };
    present_folders(dir, names).first().or(own).copied().unwrap_or_default()
}

/// Every name of every file the folder convention reads in the plan
/// folder itself, `plan.toml` first.
///
/// # Example
/// ```
/// let known: Vec<&str> = plan_core::files::known_names().collect();
/// assert_eq!(known[0], "plan.toml");
/// assert!(known.contains(&"indicators.csv") && known.contains(&"kommuneendringer.csv"));
/// ```
pub fn known_names() -> impl Iterator<Item = &'static str> {
    [&[PLAN][..], ACTION_NAMES, INDICATOR_NAMES, POPULATION_NAMES, CODE_CHANGE_NAMES, CASE_NAMES]
        .into_iter()
        .flatten()
        .copied()
}

/// Which of `names` (one file's names) are files in the folder `dir`, in
/// the order of `names`: none, one, or — an error for the loader — more
/// than one name for the same file.
///
/// # Example
/// ```
/// use plan_core::files::{present, POPULATION_NAMES};
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert_eq!(present(dir, POPULATION_NAMES), ["befolkning.csv"]);
/// ```
pub fn present(dir: impl AsRef<Path>, names: &[&'static str]) -> Vec<&'static str> {
    let dir = dir.as_ref();
    names.iter().copied().filter(|name| dir.join(name).is_file()).collect()
}

/// Whether a file of the plan folder is left out of the search for files
/// no rule reads: dot files, Office's lock files (`~$tiltak.xlsx`) and
/// JSON Schemas (`plan-toml.schema.json`), and any file but `.csv`,
/// `.xlsx`, `.json` and `.toml`.
///
/// # Example
/// ```
/// use plan_core::files::is_ignored;
/// assert!(is_ignored(".tiltak.csv") && is_ignored("~$tiltak.xlsx") && is_ignored("plan-toml.schema.json"));
/// assert!(is_ignored("rapport.pdf") && is_ignored("LES-MEG.md"));
/// assert!(!is_ignored("indikatorer.csv") && !is_ignored("notat.toml"));
/// ```
pub fn is_ignored(file_name: &str) -> bool {
    let lower = file_name.to_lowercase();
    let table = [".csv", ".xlsx", ".json", ".toml"].iter().any(|extension| lower.ends_with(extension));
    !table || lower.starts_with('.') || lower.starts_with("~$") || lower.ends_with(".schema.json")
}

/// The names of the folder's files in one written language, `plan.toml`
/// first: `tiltak.csv`, `indikatorar.csv`, `befolkning.csv`,
/// `kommuneendringar.csv`, `sak.toml` in Nynorsk; `indikatorer.csv` and
/// `kommuneendringer.csv` in Bokmål; `actions.csv`, `indicators.csv`,
/// `population.csv`, `code-changes.csv` and `case.toml` in English.
///
/// # Example
/// ```
/// use plan_core::{files::names_in, Language};
/// assert_eq!(names_in(Language::Nb), ["plan.toml", "tiltak.csv", "tiltak.xlsx", "indikatorer.csv", "befolkning.csv", "kommuneendringer.csv", "sak.toml"]);
/// assert_eq!(names_in(Language::En)[1..3], ["actions.csv", "actions.xlsx"]);
/// ```
pub fn names_in(language: Language) -> Vec<&'static str> {
    let english = |name: &&str| {
        name.starts_with("actions.")
            || [INDICATOR_NAMES, POPULATION_NAMES, CODE_CHANGE_NAMES, CASE_NAMES]
                .iter()
                .any(|names| names.last() == Some(name))
    };
    // The names where Nynorsk and Bokmål differ: Nynorsk first, Bokmål second.
    let other_norwegian = match language {
        Language::Nn => 1,
        Language::Nb | Language::En => 0,
    };
    known_names()
        .filter(|name| *name == PLAN || english(name) == (language == Language::En))
        .filter(|name| {
            language == Language::En
                || [INDICATOR_NAMES, CODE_CHANGE_NAMES].iter().all(|names| names.get(other_norwegian) != Some(name))
        })
        .collect()
}

/// The known name ([`known_names`]) nearest to a file name by edit
/// distance, for a file no rule reads; of equally near names, the one in
/// `language` (the plan's).
///
/// # Example
/// ```
/// use plan_core::{files::nearest_known, Language};
/// assert_eq!(nearest_known("indikator.csv", Language::Nn), "indikatorar.csv");
/// assert_eq!(nearest_known("indikator.csv", Language::Nb), "indikatorer.csv");
/// assert_eq!(nearest_known("indicator.csv", Language::Nb), "indicators.csv");
/// assert_eq!(nearest_known("Befolkning.xlsx", Language::Nn), "befolkning.csv");
/// assert_eq!(nearest_known("changes.csv", Language::En), "code-changes.csv");
/// ```
pub fn nearest_known(file_name: &str, language: Language) -> &'static str {
    let wanted = file_name.to_lowercase();
    let own = names_in(language);
    known_names().min_by_key(|name| (crate::text::edit_distance(&wanted, name), !own.contains(name))).unwrap_or(PLAN)
}

/// The name a file goes by in everything the library publishes: its path
/// relative to the plan folder `root`, parts joined by `/` on every system
/// (`status/2022.csv`); for a file outside the folder, its file name alone
/// ([`outside_name`]). The path is taken as written: `.` and `a/..` steps
/// are followed, symbolic links are not.
///
/// # Example
/// ```
/// use plan_core::files::relative_name;
/// assert_eq!(relative_name("/srv/plan", "/srv/plan/status/2022.csv"), "status/2022.csv");
/// assert_eq!(relative_name("data/hallingdal", "data/hallingdal/./saker/9-20.toml"), "saker/9-20.toml");
/// assert_eq!(relative_name("/srv/plan", "/srv/plan/../felles/folketal.csv"), "folketal.csv");
/// assert_eq!(relative_name("/srv/plan", "/srv/felles/folketal.csv"), "folketal.csv");
/// ```
pub fn relative_name(root: impl AsRef<Path>, path: impl AsRef<Path>) -> String {
    let path = path.as_ref();
    let Ok(relative) = path.strip_prefix(root.as_ref()) else { return outside_name(path) };
    let mut parts: Vec<String> = Vec::new();
    for component in relative.components() {
        match component {
            Component::Normal(part) => parts.push(part.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                if parts.pop().is_none() {
                    return outside_name(path);
                }
            }
            Component::RootDir | Component::Prefix(_) => return outside_name(path),
        }
    }
    if parts.is_empty() { outside_name(path) } else { parts.join("/") }
}

/// The name a file from outside a plan folder goes by in what is published
/// (an uploaded table, `--input`, `--changes`, `--revised`): its file name
/// alone, never the folders above it. A path without a file name (`..`)
/// goes by the name of the folder it resolves to.
///
/// # Example
/// ```
/// use plan_core::files::outside_name;
/// assert_eq!(outside_name("/srv/uploads/7f3a/folketal.csv"), "folketal.csv");
/// assert_eq!(outside_name("tiltak.csv"), "tiltak.csv");
/// ```
pub fn outside_name(path: impl AsRef<Path>) -> String {
    let path = path.as_ref();
    let name = match path.file_name() {
        Some(name) => Some(name.to_os_string()),
        None => std::fs::canonicalize(path).ok().and_then(|p| p.file_name().map(std::ffi::OsStr::to_os_string)),
    };
    name.map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// The path on disk of `name`, a file's name relative to `root` as the
/// plan's files and outputs write it (`status/2022.csv`, `/` between folders
/// on every system): each part a component of the path, so that Windows
/// shows `root\status\2022.csv`, not a path with both separators. On Unix
/// it is `root.join(name)`.
///
/// # Example
/// ```
/// use std::path::Path;
/// use plan_core::files::on_disk;
/// let path = on_disk("data/hallingdal", "status/2022.csv");
/// assert_eq!(path, Path::new("data/hallingdal").join("status").join("2022.csv"));
/// assert_eq!(path.file_name().and_then(|n| n.to_str()), Some("2022.csv"));
/// assert_eq!(on_disk("plan", "../felles/folketal.csv"), Path::new("plan").join("..").join("felles").join("folketal.csv"));
/// ```
pub fn on_disk(root: impl AsRef<Path>, name: &str) -> PathBuf {
    root.as_ref().join(name.replace('/', std::path::MAIN_SEPARATOR_STR))
}

/// Where a file named relative to the plan folder `root` is on disk, without
/// a loaded folder (after a load that failed, for instance): as
/// [`PlanFolder::path`](crate::PlanFolder::path), reading the statistics files `root/plan.toml`
/// names when the name is not a file in the folder.
///
/// # Example
/// ```
/// use plan_core::files::path_of;
/// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// assert_eq!(path_of(dir, "tiltak.csv"), dir.join("tiltak.csv"));
/// assert_eq!(path_of("data/hallingdal", "status/2030.csv"), std::path::Path::new("data/hallingdal/status/2030.csv"));
/// ```
pub fn path_of(root: impl AsRef<Path>, name: &str) -> PathBuf {
    let root = root.as_ref();
    let inside = on_disk(root, name);
    if name.is_empty() || name.contains('/') || inside.exists() {
        return inside;
    }
    // A plan.toml that cannot be read or parsed names no statistics files:
    // the name is then taken as in the folder. This only names the file to
    // open; the load that read plan.toml reported why it failed.
    let plan = std::fs::read(root.join(PLAN))
        .ok()
        .and_then(|bytes| crate::text::decode(&bytes).0.parse::<toml::Table>().ok())
        .unwrap_or_default();
    let mut named: Vec<String> = plan
        .get("statistics")
        .map(|statistics| {
            ["population", "code_changes"]
                .iter()
                .filter_map(|key| statistics.get(key).and_then(toml::Value::as_array).cloned())
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    // The files of goals bound to statistics tables: one name or a list.
    let array = |v: Option<&toml::Value>| v.and_then(toml::Value::as_array).cloned().unwrap_or_default();
    for area in array(plan.get("focus_areas")) {
        for goal in array(area.get("result_goals")) {
            match goal.get("indicator").and_then(|i| i.get("statistics")).and_then(|s| s.get("file")) {
                Some(toml::Value::String(file)) => named.push(file.clone()),
                Some(toml::Value::Array(files)) => {
                    named.extend(files.iter().filter_map(|f| f.as_str().map(str::to_string)));
                }
                _ => {}
            }
        }
    }
    outside_path(root, named.iter().map(String::as_str), name).unwrap_or(inside)
}

/// The file among `named` (as `plan.toml` names them, relative to `root`)
/// that goes by `name`.
pub(crate) fn outside_path<'a>(root: &Path, named: impl Iterator<Item = &'a str>, name: &str) -> Option<PathBuf> {
    named.map(|entry| on_disk(root, entry)).find(|path| relative_name(root, path) == name)
}

/// Path steps for a focus area's field in `plan.toml`, for locating
/// findings.
pub(crate) fn focus_path(index: usize, key: &'static str) -> [Step<'static>; 3] {
    [Step::Key("focus_areas"), Step::Index(index), Step::Key(key)]
}
