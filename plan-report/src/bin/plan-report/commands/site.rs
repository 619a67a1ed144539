//! `plan-report site`: the plan's website written to a folder.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan_report::ReportError;

/// Checks the folder as `check` does (an error stops it, writing nothing),
/// builds every page in memory, then writes the site.
pub fn run(
    plan_dir: Option<PathBuf>,
    output: &Path,
    no_pdf: bool,
    templates: Option<PathBuf>,
) -> Result<ExitCode, ReportError> {
    let plan_dir = crate::plan::find(plan_dir, true)?;
    // Refuse first, then work: the output folder before the site is built.
    plan_report::site::check_output(output)?;
    let loaded = crate::plan::load(&plan_dir)?;
    let templates = match templates {
        Some(dir) => plan_report::templates::Templates::with_overrides(&dir)?,
        None => plan_report::templates::Templates::embedded(),
    };
    let options = plan_report::site::SiteOptions {
        pdf: !no_pdf,
        report: plan_report::ReportOptions {
            templates,
            language: crate::locale::reports(),
            ..plan_report::ReportOptions::default()
        },
        script: None,
    };
    let site = plan_report::site::build(&plan_report::ReportInput::new(&loaded), &options)?;
    plan_report::site::write(&site, output)?;
    let pages = site.files.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "html")).count();
    let pdfs = site.files.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "pdf")).count();
    crate::console::say(&plan_core::msg!(
        "site-written",
        path = output.display().to_string(),
        pages = pages,
        pdfs = pdfs
    ));
    Ok(ExitCode::SUCCESS)
}
