//! `plan-report status-template`: the status file to fill in for a year.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use plan_report::ReportError;
use plan_report::status_template::{default_path, existing_other_form};

use crate::args::TemplateFormat;

/// Writes the status file to fill in, never over an existing one unless asked.
pub fn run(
    plan_dir: Option<PathBuf>,
    year: i32,
    output: Option<PathBuf>,
    force: bool,
    format: TemplateFormat,
) -> Result<ExitCode, ReportError> {
    let plan_dir = crate::plan::find(plan_dir, true)?;
    let folder = crate::plan::load(&plan_dir)?.value;
    let bytes = match format {
        TemplateFormat::Csv => plan_core::follow_up::status_template(&folder, year)?.into_bytes(),
        TemplateFormat::Xlsx => plan_report::status_template::workbook(&folder, year)?,
    };
    let actions = folder.programme_for(year)?.actions.len();
    let extension = match format {
        TemplateFormat::Csv => "csv",
        TemplateFormat::Xlsx => "xlsx",
    };
    let path = output.unwrap_or_else(|| default_path(&plan_dir, year, extension));
    if path.as_os_str() == "-" {
        // A closed pipe (`| head`) is no error.
        let _ = std::io::stdout().lock().write_all(&bytes);
        return Ok(ExitCode::SUCCESS);
    }
    let exists = |source: &str| ReportError::Output {
        path: path.clone(),
        source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, source.to_string()),
    };
    if path.exists() && !force {
        return Err(exists("the file exists (use --force to replace it)"));
    }
    // One status file a year: the other form of the same year is not added beside it.
    if let Some(twin) = existing_other_form(&plan_dir, year, extension, &path) {
        return Err(exists(&format!("{} exists already (one status file a year)", twin.display())));
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| ReportError::Output { path: parent.to_path_buf(), source })?;
    }
    plan_report::output::write_atomically(&path, &bytes)?;
    crate::console::say(&plan_core::msg!(
        "status-template-written",
        path = path.display().to_string(),
        count = actions
    ));
    Ok(ExitCode::SUCCESS)
}
