//! The command line's help texts in the user's language: the binary's own
//! catalogue (`help/*.ftl`, in Nynorsk, Bokmål and English) laid over the
//! clap definitions of [`crate::args`].

use std::sync::OnceLock;

use plan_core::i18n::{Catalogue, Sources};

use crate::args::Cli;

/// The help texts: `help-about`, `help-COMMAND`, `help-COMMAND-ARG`, or
/// `help-arg-ARG` for an argument that means the same in every command.
const SOURCES: Sources =
    Sources { nn: include_str!("help/nn.ftl"), nb: include_str!("help/nb.ftl"), en: include_str!("help/en.ftl") };

/// The help texts as a catalogue.
fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::new(&[SOURCES]))
}

/// The command line with its help texts in `language`: the description of
/// the tool, of each command and of each argument come from the catalogue
/// (`help-about`, `help-COMMAND`, `help-COMMAND-ARG`, or `help-arg-ARG` for
/// an argument that means the same in every command). clap's own words
/// (`Usage:`, `Options:`) stay as clap writes them.
pub fn command(language: plan_core::Language) -> clap::Command {
    use clap::CommandFactory;
    let text = |id: &str| -> Option<String> {
        let catalogue = catalogue();
        catalogue.has(id).then(|| catalogue.render(&plan_core::Message::new_owned(id), language))
    };
    let mut command = Cli::command();
    if let Some(about) = text("help-about") {
        command = command.about(about);
    }
    command = command.mut_arg("lang", |arg| match text("help-arg-lang") {
        Some(help) => arg.help(help),
        None => arg,
    });
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        command = command.mut_subcommand(&name, |mut sub| {
            if let Some(about) = text(&format!("help-{name}")) {
                sub = sub.about(about);
            }
            let args: Vec<String> = sub
                .get_arguments()
                .filter(|a| !a.is_hide_set() && !a.is_global_set())
                .map(|a| a.get_id().to_string())
                .filter(|id| id != "help" && id != "version")
                .collect();
            for id in args {
                let help = text(&format!("help-{name}-{id}")).or_else(|| text(&format!("help-arg-{id}")));
                if let Some(help) = help {
                    sub = sub.mut_arg(&id, |arg| arg.help(help));
                }
            }
            sub
        });
    }
    command
}

/// Parses the command line with its help in the language the user reads:
/// `--lang` if given (looked for before parsing, so that `--help` follows
/// it), else the environment's.
pub fn parse() -> Cli {
    use clap::FromArgMatches;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = args.windows(2).find_map(|pair| {
        let (first, second) = (pair[0].to_str()?, pair[1].to_str()?);
        (first == "--lang").then_some(second).or_else(|| second.strip_prefix("--lang=")).and_then(|v| v.parse().ok())
    });
    let language = match flag {
        Some(language) => language,
        None => crate::locale::peek(),
    };
    let matches = command(language).get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command and every argument has its help text in the catalogue
    /// in all three languages, and every help text in the catalogue belongs
    /// to a command or an argument that exists.
    #[test]
    fn every_help_text_is_in_the_catalogue() {
        use clap::CommandFactory;
        let catalogue = catalogue();
        let root = Cli::command();
        let mut wanted = vec!["help-about".to_string(), "help-arg-lang".to_string()];
        let mut missing = Vec::new();
        for sub in root.get_subcommands() {
            let name = sub.get_name();
            if name == "help" {
                continue;
            }
            wanted.push(format!("help-{name}"));
            if !catalogue.has(&format!("help-{name}")) {
                missing.push(format!("help-{name}"));
            }
            for arg in sub.get_arguments().filter(|a| !a.is_hide_set() && !a.is_global_set()) {
                let id = arg.get_id().as_str();
                if id == "help" || id == "version" {
                    continue;
                }
                let (own, shared) = (format!("help-{name}-{id}"), format!("help-arg-{id}"));
                match (catalogue.has(&own), catalogue.has(&shared)) {
                    (true, _) => wanted.push(own),
                    (false, true) => wanted.push(shared),
                    (false, false) => missing.push(own),
                }
            }
        }
        assert!(missing.is_empty(), "help texts missing from the catalogue: {missing:?}");
        let mut unused = Vec::new();
        for language in plan_core::Language::ALL {
            let source = SOURCES.get(language);
            for line in source.lines() {
                if let Some((id, _)) = line.split_once(" = ")
                    && id.starts_with("help-")
                    && !wanted.iter().any(|w| w == id)
                {
                    unused.push(format!("{language}: {id}"));
                }
            }
        }
        assert!(unused.is_empty(), "help texts for no command or argument: {unused:?}");
    }

    /// The help texts parse, in all three languages alike.
    #[test]
    fn the_help_catalogue_is_complete() {
        let problems = plan_core::i18n::audit::audit(&[SOURCES], &SOURCES, &[], &["help-"]);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn help_follows_the_language() {
        let mut nynorsk = command(plan_core::Language::Nn);
        let help = nynorsk.render_long_help().to_string();
        assert!(help.contains("Sjekk ei planmappe"), "{help}");
        let mut status = command(plan_core::Language::Nb);
        let status = status.find_subcommand_mut("status").expect("status").render_long_help().to_string();
        assert!(status.contains("Rapportåret"), "{status}");
    }
}
