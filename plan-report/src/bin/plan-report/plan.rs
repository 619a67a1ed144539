//! Finding the files a command works on and loading them, their findings
//! naming the files by the paths typed.

use std::path::{Path, PathBuf};

use plan_core::PlanFolder;
use plan_report::ReportError;

/// The plan folder a command works on: the one given; else the current
/// folder when it holds `plan.toml`, else the nearest folder above it that
/// does (as cargo finds `Cargo.toml`), named on standard error when it was
/// found above and the command writes files; else an error saying so.
pub fn find(given: Option<PathBuf>, writes: bool) -> Result<PathBuf, ReportError> {
    if let Some(dir) = given {
        return Ok(dir);
    }
    let here = std::env::current_dir().map_err(|source| plan_core::Error::Io { path: PathBuf::from("."), source })?;
    let found = here.ancestors().find(|dir| dir.join(plan_core::load::files::PLAN).is_file());
    match found {
        Some(dir) if dir == here => Ok(PathBuf::from(".")),
        Some(dir) => {
            if writes {
                crate::console::say(&plan_core::msg!("plan-folder-above", folder = dir.display().to_string()));
            }
            Ok(dir.to_path_buf())
        }
        None => Err(ReportError::Command(plan_core::msg!("plan-folder-none", folder = here.display().to_string()))),
    }
}

/// Loads a plan; the findings of a load that fails name the files by the
/// paths to open (the folder as typed joined with the library's names).
pub fn load(plan_dir: &Path) -> Result<plan_core::Loaded<PlanFolder>, ReportError> {
    Ok(PlanFolder::load(plan_dir).map_err(|e| e.in_folder(plan_dir))?)
}

/// The action programme at a path (a plan folder's latest version, or an
/// action file), its findings naming the files by the paths typed.
pub fn actions_at(path: &Path) -> Result<Vec<plan_core::Action>, ReportError> {
    // The library names files relative to the folder given, or to the file's own folder.
    let base = if path.is_dir() { path } else { path.parent().unwrap_or(Path::new("")) };
    Ok(plan_core::load::load_actions(path)
        .map_err(|e| e.with_files(|name| plan_core::folder::path_of(base, name).display().to_string()))?
        .value)
}
