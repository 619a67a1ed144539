//! `plan-report completions SHELL`: the shell's completion script, written
//! from the same command definitions as the help (in English, as the
//! packages install it).

use std::io::Write;
use std::process::ExitCode;

use clap_complete::Shell;
use plan_report::ReportError;

/// Prints the completion script of `shell`, ignoring a closed pipe.
pub fn run(shell: Shell) -> Result<ExitCode, ReportError> {
    let script = script(shell);
    match std::io::stdout().lock().write_all(&script) {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => Err(crate::console::stdout_error(error)),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// The completion script of `shell` for the command line in English.
fn script(shell: Shell) -> Vec<u8> {
    let mut command = shown(crate::help::pages());
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "plan-report", &mut script);
    script
}

/// The command line as the help shows it: `clap_complete` offers hidden
/// commands too, so the tool is rebuilt with its shown commands alone (and
/// without the help and version flags and the `help` command the built
/// command already holds: clap adds its own again).
fn shown(root: clap::Command) -> clap::Command {
    let clap_own = |id: &str| id == "help" || id == "version";
    let mut shown = clap::Command::new("plan-report")
        .version(env!("CARGO_PKG_VERSION"))
        .propagate_version(true)
        .args(root.get_arguments().filter(|arg| !clap_own(arg.get_id().as_str())).cloned())
        .subcommands(root.get_subcommands().filter(|sub| !sub.is_hide_set() && sub.get_name() != "help").cloned());
    if let Some(about) = root.get_about() {
        shown = shown.about(about.clone());
    }
    shown
}

#[cfg(test)]
mod tests {
    use clap::ValueEnum;

    use super::*;

    /// Every shell's script offers every command that exists and no hidden one.
    #[test]
    fn every_script_offers_every_command() {
        use clap::CommandFactory;
        let root = crate::args::Cli::command();
        assert_eq!(Shell::value_variants().len(), 5);
        for shell in Shell::value_variants() {
            let script = String::from_utf8(script(*shell)).expect("a script is UTF-8");
            for sub in root.get_subcommands() {
                let name = sub.get_name();
                assert_eq!(offers(&script, name), !sub.is_hide_set(), "{shell}: {name}");
            }
            assert!(script.contains("pdf-standard"), "{shell}");
            assert!(script.contains("lang"), "{shell}");
        }
    }

    /// Whether `script` names `word` as a whole word (not inside `manual`
    /// or `status-template`).
    fn offers(script: &str, word: &str) -> bool {
        let part = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
        script.match_indices(word).any(|(at, _)| {
            let before = script[..at].chars().next_back().is_none_or(|c| !part(c));
            let after = script[at + word.len()..].chars().next().is_none_or(|c| !part(c));
            before && after
        })
    }
}
