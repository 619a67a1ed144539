//! The plan folder's file names, and the names and paths files go by:
//! the lowest layer of the readers, using nothing of the plan model.

use std::path::{Component, Path, PathBuf};

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
    let named: Vec<String> = std::fs::read(root.join(PLAN))
        .ok()
        .and_then(|bytes| crate::text::decode(&bytes).0.parse::<toml::Table>().ok())
        .and_then(|table| table.get("statistics").cloned())
        .map(|statistics| {
            ["population", "code_changes"]
                .iter()
                .filter_map(|key| statistics.get(key).and_then(toml::Value::as_array).cloned())
                .flatten()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
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
