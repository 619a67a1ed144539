//! What the tool prints: progress lines on standard error and results on
//! standard output, in the language of the messages, and the findings of a
//! plan folder as `check` lists them.

use std::io::Write;
use std::path::{Path, PathBuf};

use plan_core::Diagnostic;
use plan_report::ReportError;

/// Prints a progress line to standard error in the user's language.
pub fn say(message: &plan_core::Message) {
    eprintln!("{}", said(message));
}

/// A message in the user's language.
pub fn said(message: &plan_core::Message) -> String {
    plan_report::i18n::render(message, crate::locale::messages())
}

/// Prints a finding to standard error as `FILE:LINE: SEVERITY: MESSAGE`,
/// in the user's language.
pub fn warn(diagnostic: &Diagnostic) {
    eprintln!("{}", diagnostic.render_in(plan_report::i18n::catalogue(), crate::locale::messages()));
}

/// Prints the findings of a plan folder to standard output, as `check`
/// lists them.
pub fn print_diagnostics(diagnostics: &[Diagnostic], plan_dir: &Path) {
    let lines: Vec<String> = diagnostics.iter().map(|d| finding(d, plan_dir)).collect();
    print_lines(&lines);
}

/// A finding as this tool says it: the library's message, its files named by
/// the paths to open (the folder as typed joined with the library's names
/// relative to it), and the command that fixes it when the finding names a
/// remedy.
fn finding(diagnostic: &Diagnostic, plan_dir: &Path) -> String {
    let language = crate::locale::messages();
    let dir = plan_dir.display();
    let line = diagnostic.clone().in_folder(plan_dir).render_in(plan_report::i18n::catalogue(), language);
    let remedy = match diagnostic.remedy {
        Some(plan_core::Remedy::StatusTemplate { year }) => plan_core::msg!(
            "remedy-status-template",
            command = format!("plan-report status-template {dir} --year {year}")
        ),
        Some(plan_core::Remedy::AddRevision) => plan_core::msg!("remedy-add-revision", dir = dir.to_string()),
        _ => return line,
    };
    format!("{line}{}", plan_report::i18n::render(&remedy, language))
}

/// Prints the error a command failed with to standard error in `language`
/// and gives the exit code of a failure: located findings one a line as
/// `FILE:LINE: error: MESSAGE`, any other error as `error: MESSAGE` (the
/// word in `language`: `feil` in Norwegian).
pub fn fail(error: ReportError, language: plan_core::Language) -> std::process::ExitCode {
    match error {
        ReportError::Plan(plan_core::Error::Invalid { diagnostics }) => {
            for diagnostic in diagnostics {
                eprintln!("{}", diagnostic.render_in(plan_report::i18n::catalogue(), language));
            }
        }
        // The message names its cause (the operating system's words
        // included): nothing more to add.
        other => eprintln!("{}: {}", error_word(language), other.render(language)),
    }
    std::process::ExitCode::from(1)
}

/// The word an error message starts with in `language` (`feil`, `error`),
/// as the library's findings say it.
pub fn error_word(language: plan_core::Language) -> String {
    plan_report::i18n::render(&plan_core::msg!("severity-error"), language)
}

/// Prints lines to standard output, ignoring a closed pipe (`| head`).
pub fn print_lines(lines: &[String]) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}

/// Prints a value as pretty JSON to standard output.
pub fn print_json(value: &impl serde::Serialize) -> Result<(), ReportError> {
    let json = serde_json::to_string_pretty(value).map_err(std::io::Error::from).map_err(stdout_error)?;
    print_lines(&[json]);
    Ok(())
}

/// A failure to write standard output.
pub fn stdout_error(source: std::io::Error) -> ReportError {
    ReportError::Output { path: PathBuf::from("<standard output>"), source }
}
