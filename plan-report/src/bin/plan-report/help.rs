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

/// The catalogue in the language of the help.
struct Words {
    language: plan_core::Language,
}

impl Words {
    /// The text `id`, if the catalogue has it.
    fn text(&self, id: &str) -> Option<String> {
        catalogue().has(id).then(|| self.render(&plan_core::Message::new_owned(id)))
    }

    /// A message with its arguments.
    fn render(&self, message: &plan_core::Message) -> String {
        catalogue().render(message, self.language)
    }
}

/// The command line with its help texts in `language`: the description of
/// the tool, of each command and of each argument come from the catalogue
/// (`help-about`, `help-COMMAND`, `help-COMMAND-ARG`, or `help-arg-ARG` for
/// an argument that means the same in every command), and so do clap's
/// own words: the headings (`help-heading-usage`, `-arguments`, `-options`,
/// `-commands`, `-possible-values`), the help and version flags
/// (`help-flag-help`, `help-flag-version`), the `help` command
/// (`help-command-help`), the value placeholders (`help-placeholder-WORD`,
/// word by word: `<FILE>`, `[PLAN_DIR]`, `[OPTIONS]`, `<COMMAND>`), the
/// descriptions of the possible values (`help-value-COMMAND-ARG-VALUE` or
/// `help-value-ARG-VALUE`) and the `[default: …]`, `[aliases: …]` and
/// `[possible values: …]` notes (`help-spec-*`).
pub fn command(language: plan_core::Language) -> clap::Command {
    localised(language, true)
}

/// The command line in English as the manual pages and the completion
/// scripts are written from it: the help texts and placeholders of the
/// English catalogue, the possible values and defaults left to clap (and
/// so to `clap_mangen`, which lays them out as a manual page does).
pub fn pages() -> clap::Command {
    localised(plan_core::Language::En, false)
}

/// The command line with its texts in `language`; with `own_values`, the
/// possible values, defaults, aliases and usage lines written from the
/// catalogue rather than by clap.
fn localised(language: plan_core::Language, own_values: bool) -> clap::Command {
    use clap::CommandFactory;
    let words = Words { language };
    let mut command = Cli::command();
    // Built first, so that the global `--lang`, the help and version flags
    // and the `help` command are in every command to be worded.
    command.build();
    word_command(command, None, &words, own_values)
}

/// `command` in the catalogue's words, and every command below it. `name`
/// is the command's name in the catalogue's ids (`None` for the tool).
fn word_command(mut command: clap::Command, name: Option<&str>, words: &Words, own_values: bool) -> clap::Command {
    let word = |id: &str| words.text(id).unwrap_or_default();
    let about = match name {
        None => words.text("help-about"),
        Some("help") => words.text("help-command-help"),
        Some(name) => words.text(&format!("help-{name}")),
    };
    if let Some(about) = about {
        command = command.about(about);
    }
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
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        command = command.mut_arg(&id, |arg| match id.as_str() {
            // As clap words them: a pointer to the other form where the
            // long help says more.
            "help" => match arg.get_long_help().is_some() {
                true => arg.help(word("help-flag-help-more")).long_help(word("help-flag-help-summary")),
                false => arg.help(word("help-flag-help")),
            },
            "version" => arg.help(word("help-flag-version")),
            _ => word_arg(arg, name, words, own_values),
        });
    }
    if command.has_subcommands() {
        command = command.subcommand_value_name(placeholder("COMMAND", words));
    }
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for sub in names {
        command = command.mut_subcommand(&sub, |sub_command| word_command(sub_command, Some(&sub), words, own_values));
    }
    if own_values {
        command = own_aliases(command, words);
        command = own_usage(command, words);
    }
    command
}

/// An argument in the catalogue's words: its help, its placeholders and,
/// with `own_values`, its possible values, default and aliases written
/// into its help (and hidden from clap, which would write them in English).
fn word_arg(mut arg: clap::Arg, command: Option<&str>, words: &Words, own_values: bool) -> clap::Arg {
    use std::fmt::Write as _;
    let id = arg.get_id().to_string();
    let own = command.and_then(|c| words.text(&format!("help-{c}-{id}")));
    let help =
        own.or_else(|| words.text(&format!("help-arg-{id}"))).or_else(|| arg.get_help().map(ToString::to_string));
    if !arg.get_action().takes_values() {
        return match help {
            Some(help) => arg.help(help),
            None => arg,
        };
    }
    let names: Vec<String> = match arg.get_value_names() {
        Some(names) => names.iter().map(|n| placeholder(n, words)).collect(),
        None => vec![placeholder(&id.to_uppercase(), words)],
    };
    arg = arg.value_names(names);
    let Some(help) = help else { return arg };
    if !own_values {
        return arg.help(help);
    }
    let spec = |id: &str, name: &str, value: String, count: usize| {
        words
            .render(&plan_core::Message::new_owned(id).arg(name, value).arg("count", i64::try_from(count).unwrap_or(0)))
    };
    let mut notes: Vec<String> = Vec::new();
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() {
        notes.push(spec("help-spec-default", "value", defaults.join(" "), defaults.len()));
    }
    let mut aliases: Vec<String> =
        arg.get_visible_short_aliases().unwrap_or_default().iter().map(|c| format!("-{c}")).collect();
    aliases.extend(arg.get_visible_aliases().unwrap_or_default().iter().map(|a| format!("--{a}")));
    if !aliases.is_empty() {
        notes.push(spec("help-spec-aliases", "names", aliases.join(", "), aliases.len()));
        let hidden: Vec<String> = arg.get_all_aliases().unwrap_or_default().iter().map(ToString::to_string).collect();
        let hidden_short: Vec<char> = arg.get_all_short_aliases().unwrap_or_default();
        arg = arg.alias(None).short_alias(None);
        for alias in hidden {
            arg = arg.alias(alias);
        }
        for alias in hidden_short {
            arg = arg.short_alias(alias);
        }
    }
    let values: Vec<clap::builder::PossibleValue> =
        arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    let described: Vec<(String, Option<String>)> = values
        .iter()
        .map(|value| {
            let name = value.get_name().to_string();
            let own = command.and_then(|c| words.text(&format!("help-value-{c}-{id}-{name}")));
            let description = own
                .or_else(|| words.text(&format!("help-value-{id}-{name}")))
                .or_else(|| value.get_help().map(ToString::to_string));
            (name, description)
        })
        .collect();
    let names: Vec<&str> = described.iter().map(|(name, _)| name.as_str()).collect();
    let listed =
        (!names.is_empty()).then(|| spec("help-spec-possible-values", "values", names.join(", "), names.len()));
    // As clap lays them out: the notes after the short help on its line;
    // in the long help the values one a line with their descriptions, then
    // the notes one a line.
    let mut short = help.clone();
    for note in notes.iter().chain(&listed) {
        let _ = write!(short, " {note}");
    }
    let mut long = help;
    if described.iter().any(|(_, description)| description.is_some()) {
        let width = names.iter().map(|name| name.chars().count()).max().unwrap_or(0);
        let _ = write!(long, "\n\n{}:", words.text("help-heading-possible-values").unwrap_or_default());
        for (name, description) in &described {
            match description {
                Some(description) => {
                    let pad = width - name.chars().count();
                    let _ = write!(long, "\n- {name}: {:pad$}{description}", "");
                }
                None => {
                    let _ = write!(long, "\n- {name}");
                }
            }
        }
    } else {
        notes.extend(listed);
    }
    if !notes.is_empty() {
        let _ = write!(long, "\n\n{}", notes.join("\n"));
    }
    arg.help(short).long_help(long).hide_possible_values(true).hide_default_value(true)
}

/// A placeholder in the catalogue's words, word by word: `FILE` →
/// `help-placeholder-file`, `CODE,CODE,...` → each `CODE` so; lower-case
/// parts (`FILE.pdf`'s `pdf`) and signs are kept.
fn placeholder(name: &str, words: &Words) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            let id = format!("help-placeholder-{}", word.to_lowercase());
            out.push_str(&words.text(&id).unwrap_or_else(|| word.clone()));
            word.clear();
        }
    };
    for c in name.chars() {
        if c.is_ascii_uppercase() || (c == '_' && !word.is_empty()) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The command's visible aliases in the catalogue's words after its
/// description (clap would write `[aliases: …]`), kept as hidden aliases.
fn own_aliases(mut command: clap::Command, words: &Words) -> clap::Command {
    let aliases: Vec<String> = command.get_visible_aliases().map(ToString::to_string).collect();
    if aliases.is_empty() {
        return command;
    }
    let all: Vec<String> = command.get_all_aliases().map(ToString::to_string).collect();
    let message = plan_core::Message::new("help-spec-aliases")
        .arg("names", aliases.join(", "))
        .arg("count", i64::try_from(aliases.len()).unwrap_or(0));
    let note = words.render(&message);
    let about = command.get_about().map(ToString::to_string).unwrap_or_default();
    command = command.about(format!("{about} {note}")).alias(None);
    for alias in all {
        command = command.alias(alias);
    }
    command
}

/// The usage line with the catalogue's word for clap's `[OPTIONS]`: clap
/// writes the line (from the placeholders already worded) and the tag, the
/// one English word in it, is put in the catalogue's word.
fn own_usage(mut command: clap::Command, words: &Words) -> clap::Command {
    let rendered = command.render_usage().to_string();
    // clap's title, written before the line; the template writes ours.
    let line = rendered.strip_prefix("Usage: ").unwrap_or(&rendered);
    let options = format!("[{}]", placeholder("OPTIONS", words));
    let line = line.replacen("[OPTIONS]", &options, 1);
    command.override_usage(line)
}

/// Parses the command line with its help in the language the user reads:
/// `--lang` if given (looked for before parsing, so that `--help` follows
/// it), else the environment's. What clap refuses is said in that language
/// too ([`crate::refusal`]), on standard error with clap's exit code 2.
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
    let parsed = command(language).try_get_matches_from(args).and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => cli,
        Err(error) => {
            let render = |message: &plan_core::Message| catalogue().render(message, language);
            match crate::refusal::said(&error, &crate::console::error_word(language), &render) {
                Some(text) => {
                    eprint!("{text}");
                    std::process::exit(2);
                }
                // Help and version: clap prints them (in our words) itself.
                None => error.exit(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The notes after an argument's help and the words of a refusal
    /// ([`crate::refusal`]).
    const SPEC_AND_REFUSAL_WORDS: &[&str] = &[
        "help-spec-default",
        "help-spec-possible-values",
        "help-spec-aliases",
        "help-error-unknown-argument",
        "help-error-invalid-value",
        "help-error-not-a-number",
        "help-error-missing-value",
        "help-error-unknown-command",
        "help-error-missing-command",
        "help-error-missing-required",
        "help-error-repeated",
        "help-error-conflict",
        "help-error-conflict-others",
        "help-error-unexpected-value",
        "help-error-value-count",
        "help-error-no-equals",
        "help-error-invalid-utf8",
        "help-error-other",
        "help-error-try-help",
        "help-quoted",
        "help-tip",
        "help-tip-similar-command",
        "help-tip-similar-argument",
        "help-tip-similar-value",
        "help-tip-as-value",
        "help-tip-in-command",
    ];

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
            "help-heading-possible-values",
            "help-placeholder-options",
            "help-placeholder-command",
        ]
        .into_iter()
        .chain(SPEC_AND_REFUSAL_WORDS.iter().copied())
        {
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
        // Every placeholder word and every described value, as the built
        // command has them.
        let mut built = Cli::command();
        built.build();
        let mut commands: Vec<(Option<String>, clap::Command)> = vec![(None, built.clone())];
        commands.extend(built.get_subcommands().map(|sub| (Some(sub.get_name().to_string()), sub.clone())));
        for (name, command) in &commands {
            for arg in command.get_arguments().filter(|a| a.get_action().takes_values()) {
                let id = arg.get_id().as_str();
                let names: Vec<String> = match arg.get_value_names() {
                    Some(names) => names.iter().map(ToString::to_string).collect(),
                    None => vec![id.to_uppercase()],
                };
                for value_name in names {
                    for word in
                        value_name.split(|c: char| !(c.is_ascii_uppercase() || c == '_')).filter(|w| !w.is_empty())
                    {
                        let id = format!("help-placeholder-{}", word.to_lowercase());
                        match catalogue.has(&id) {
                            true => wanted.push(id),
                            false => missing.push(id),
                        }
                    }
                }
                for value in arg.get_possible_values().iter().filter(|v| v.get_help().is_some()) {
                    let value = value.get_name();
                    let own = name.as_ref().map(|name| format!("help-value-{name}-{id}-{value}"));
                    let shared = format!("help-value-{id}-{value}");
                    match own.filter(|own| catalogue.has(own)) {
                        Some(own) => wanted.push(own),
                        None if catalogue.has(&shared) => wanted.push(shared),
                        None => missing.push(shared),
                    }
                }
            }
        }
        for id in SPEC_AND_REFUSAL_WORDS {
            if !catalogue.has(id) {
                missing.push((*id).to_string());
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
