//! `plan-report new`: a new plan folder to fill in.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use plan_core::Diagnostic;
use plan_report::ReportError;

use crate::args::LangArg;

/// Writes a new plan folder, never into a folder with anything in it, in
/// `language` (default: the language of the messages when one was chosen,
/// else Nynorsk).
pub fn run(
    plan_dir: &Path,
    region: &[String],
    name: String,
    period: &str,
    language: Option<LangArg>,
) -> Result<ExitCode, ReportError> {
    let language = language.map(LangArg::language).or_else(crate::locale::chosen).unwrap_or(plan_core::Language::Nn);
    let usage = |flag: &str, message: plan_core::Message| {
        plan_core::Error::located(Diagnostic::error(flag, None, None, message))
    };
    let codes = region
        .iter()
        .map(|code| code.parse().map_err(|e: plan_core::Error| usage("--region", e.message())))
        .collect::<Result<Vec<_>, _>>()?;
    let years = period.split_once(['-', '–']).and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)));
    let Some((first, last)) = years else {
        return Err(usage("--period", plan_core::msg!("period-unreadable", text = period)).into());
    };
    if plan_dir.exists()
        && std::fs::read_dir(plan_dir)
            .map_err(|source| ReportError::Output { path: plan_dir.to_path_buf(), source })?
            .next()
            .is_some()
    {
        return Err(ReportError::Output {
            path: plan_dir.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "the folder is not empty (expected a new or empty folder)",
            ),
        });
    }
    let new = plan_core::scaffold::NewPlan { codes, name, first, last, language };
    let files = new.files()?;
    let paths: Vec<(PathBuf, &[u8])> = files.iter().map(|(p, text)| (plan_dir.join(p), text.as_bytes())).collect();
    plan_report::output::add_files(&paths.iter().map(|(p, b)| (p.as_path(), *b)).collect::<Vec<_>>())?;
    crate::console::say(&plan_core::msg!(
        "new-written",
        path = plan_dir.display().to_string(),
        name = new.name.as_str(),
        count = new.municipalities()?.len(),
        first = first,
        last = last,
        command = format!("plan-report check {}", plan_dir.display())
    ));
    Ok(ExitCode::SUCCESS)
}
