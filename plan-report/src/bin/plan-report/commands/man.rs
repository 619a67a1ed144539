//! `plan-report man DIR` (hidden; for packaging): the manual pages, in
//! English, written from the same command definitions as the help:
//! `plan-report.1` and `plan-report-COMMAND.1` for every command shown in
//! the help.

use std::path::Path;
use std::process::ExitCode;

use plan_report::ReportError;

/// Writes every page into `dir`, creating it when missing.
pub fn run(dir: &Path) -> Result<ExitCode, ReportError> {
    std::fs::create_dir_all(dir).map_err(|source| ReportError::Output { path: dir.to_path_buf(), source })?;
    for page in pages() {
        let path = dir.join(page.get_filename());
        let mut text = Vec::new();
        page.render(&mut text)
            .and_then(|()| std::fs::write(&path, &text))
            .map_err(|source| ReportError::Output { path, source })?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The pages of the command line in English: the tool's, then one per
/// command the help shows, in the help's order.
fn pages() -> Vec<clap_mangen::Man> {
    let mut root = crate::help::pages().disable_help_subcommand(true);
    root.build();
    let mut commands = vec![root.clone()];
    // The `help` command clap adds is no command of the tool's.
    commands.extend(root.get_subcommands().filter(|sub| !sub.is_hide_set() && sub.get_name() != "help").cloned());
    let source = format!("plan-report {}", env!("CARGO_PKG_VERSION"));
    commands.into_iter().map(|command| clap_mangen::Man::new(command).source(source.clone())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tool has a page, every command shown in the help has one with its
    /// English description, and a hidden command has none.
    #[test]
    fn every_command_has_a_page() {
        use clap::CommandFactory;
        let root = crate::args::Cli::command();
        let names: Vec<String> = pages().iter().map(clap_mangen::Man::get_filename).collect();
        let mut wanted = vec!["plan-report.1".to_string()];
        wanted.extend(
            root.get_subcommands().filter(|s| !s.is_hide_set()).map(|s| format!("plan-report-{}.1", s.get_name())),
        );
        assert_eq!(names, wanted);
        assert!(names.contains(&"plan-report-completions.1".to_string()));
        assert!(!names.contains(&"plan-report-man.1".to_string()));
        let status = pages().into_iter().find(|p| p.get_filename() == "plan-report-status.1").expect("status");
        let mut text = Vec::new();
        status.render(&mut text).expect("render");
        let text = String::from_utf8(text).expect("UTF-8");
        assert!(text.contains("Render the annual revision report of the action programme as PDF"), "{text}");
        assert!(text.contains("pdf\\-standard"), "{text}");
    }
}
