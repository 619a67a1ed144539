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
/// an argument that means the same in every command), and so do clap's
/// own words: the headings (`help-heading-usage`, `-arguments`, `-options`,
/// `-commands`), the help and version flags (`help-flag-help`,
/// `help-flag-version`) and the `help` command (`help-command-help`).
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
    headings(command, &|id: &str| text(id).unwrap_or_default())
}

/// clap's own words in the catalogue's language: the headings of the help
/// (a help template with the sections clap would write, in its order), the
/// help and version flags, and the `help` command, in `command` and every
/// command below it. The flags exist once clap has built the command.
fn headings(mut command: clap::Command, word: &dyn Fn(&str) -> String) -> clap::Command {
    command.build();
    let mut sections: Vec<String> = Vec::new();
    if command.get_subcommands().any(|sub| !sub.is_hide_set()) {
        sections.push(format!("{}:\n{{subcommands}}", word("help-heading-commands")));
    }
    if command.get_positionals().any(|arg| !arg.is_hide_set()) {
        sections.push(format!("{}:\n{{positionals}}", word("help-heading-arguments")));
    }
    if command.get_arguments().any(|arg| !arg.is_positional() && !arg.is_hide_set()) {
        sections.push(format!("{}:\n{{options}}", word("help-heading-options")));
    }
    let usage = format!("{{before-help}}{{about-with-newline}}\n{}: {{usage}}", word("help-heading-usage"));
    let template = if sections.is_empty() {
        format!("{usage}{{after-help}}")
    } else {
        format!("{usage}\n\n{}{{after-help}}", sections.join("\n\n"))
    };
    command = command.help_template(template);
    // As clap words them: a pointer to the other form where the long help
    // says more.
    let help_flag = command.get_arguments().find(|arg| arg.get_id() == "help").map(|a| a.get_long_help().is_some());
    if let Some(long) = help_flag {
        command = command.mut_arg("help", |arg| match long {
            true => arg.help(word("help-flag-help-more")).long_help(word("help-flag-help-summary")),
            false => arg.help(word("help-flag-help")),
        });
    }
    if command.get_arguments().any(|arg| arg.get_id() == "version") {
        command = command.mut_arg("version", |arg| arg.help(word("help-flag-version")));
    }
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| {
            let sub = if name == "help" { sub.about(word("help-command-help")) } else { sub };
            headings(sub, word)
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
        for id in ["usage", "arguments", "options", "commands"] {
            wanted.push(format!("help-heading-{id}"));
        }
        for id in [
            "help-flag-help",
            "help-flag-help-more",
            "help-flag-help-summary",
            "help-flag-version",
            "help-command-help",
        ] {
            wanted.push(id.to_string());
        }
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

    /// clap's own words come from the catalogue: no `Usage`, `Options` or
    /// `Print help` in a Norwegian help, and the English help as clap
    /// writes it.
    #[test]
    fn claps_headings_and_flags_follow_the_language() {
        let mut nynorsk = command(plan_core::Language::Nn);
        let help = nynorsk.render_help().to_string();
        for word in ["Bruk: plan-report", "\nKommandoar:\n", "\nVal:\n", "Vis hjelp"] {
            assert!(help.contains(word), "{word:?} in {help}");
        }
        let mut bokmal = command(plan_core::Language::Nb);
        let check = bokmal.find_subcommand_mut("check").expect("check").render_help().to_string();
        for word in ["Bruk: plan-report check", "\nArgumenter:\n", "\nValg:\n", "Vis hjelp"] {
            assert!(check.contains(word), "{word:?} in {check}");
        }
        for english in ["Usage", "Options", "Commands", "Arguments", "Print"] {
            assert!(!help.contains(english) && !check.contains(english), "{english:?} in {help}\n{check}");
        }
        let mut english = command(plan_core::Language::En);
        let help = english.render_help().to_string();
        for word in ["Usage: plan-report", "\nCommands:\n", "\nOptions:\n", "Print help"] {
            assert!(help.contains(word), "{word:?} in {help}");
        }
    }
}
