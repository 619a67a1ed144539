//! What clap refuses, said in the user's language: clap's error is read as
//! data (its kind and context: the argument, the value, the possible
//! values, the suggestions, the usage line) and worded from the help
//! catalogue (`help-error-*`, `help-tip-*`), laid out as clap lays it out.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use plan_core::{Message, msg};

/// The indent of a listed value or a tip, as clap writes it.
const TAB: &str = "  ";

/// The refusal `error` in the words `render` gives, after `error_word`
/// (`feil`, `error`), ending in a newline; `None` for what is no refusal
/// (help and version, which clap prints).
pub fn said(error: &clap::Error, error_word: &str, render: &dyn Fn(&Message) -> String) -> Option<String> {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::StyledStr(value)) => Some(value.to_string()),
        _ => None,
    };
    let list = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Strings(values)) => values.clone(),
        Some(ContextValue::String(value)) => vec![value.clone()],
        _ => Vec::new(),
    };
    let number = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Number(n)) => i64::try_from(*n).unwrap_or(0),
        _ => 0,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut out = format!("{error_word}: ");
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::DisplayVersion => {
            return None;
        }
        ErrorKind::UnknownArgument => out.push_str(&render(&msg!("help-error-unknown-argument", arg = arg.clone()))),
        ErrorKind::InvalidValue if value.is_empty() => {
            out.push_str(&render(&msg!("help-error-missing-value", arg = arg.clone())));
        }
        ErrorKind::InvalidValue => {
            out.push_str(&render(&msg!("help-error-invalid-value", value = value.clone(), arg = arg.clone())));
        }
        ErrorKind::ValueValidation => {
            let whole_number = std::error::Error::source(error)
                .is_some_and(|source| source.downcast_ref::<std::num::ParseIntError>().is_some());
            let message = match whole_number {
                true => msg!("help-error-not-a-number", value = value.clone(), arg = arg.clone()),
                false => msg!("help-error-invalid-value", value = value.clone(), arg = arg.clone()),
            };
            out.push_str(&render(&message));
        }
        ErrorKind::InvalidSubcommand => {
            let command = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            out.push_str(&render(&msg!("help-error-unknown-command", command = command)));
        }
        ErrorKind::MissingSubcommand => {
            let command = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            out.push_str(&render(&msg!("help-error-missing-command", command = command)));
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = list(ContextKind::InvalidArg);
            let count = i64::try_from(missing.len()).unwrap_or(0);
            out.push_str(&render(&msg!("help-error-missing-required", count = count)));
            for name in missing {
                out.push_str(&format!("\n{TAB}{name}"));
            }
        }
        ErrorKind::ArgumentConflict => {
            let prior = list(ContextKind::PriorArg);
            let message = if prior.first() == Some(&arg) {
                msg!("help-error-repeated", arg = arg.clone())
            } else if prior.is_empty() {
                msg!("help-error-conflict-others", arg = arg.clone())
            } else {
                msg!("help-error-conflict", arg = arg.clone(), other = prior.join(", "))
            };
            out.push_str(&render(&message));
        }
        ErrorKind::TooManyValues => {
            out.push_str(&render(&msg!("help-error-unexpected-value", value = value.clone(), arg = arg.clone())));
        }
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let expected = match error.kind() {
                ErrorKind::TooFewValues => number(ContextKind::MinValues),
                _ => number(ContextKind::ExpectedNumValues),
            };
            let actual = number(ContextKind::ActualNumValues);
            out.push_str(&render(&msg!(
                "help-error-value-count",
                arg = arg.clone(),
                expected = expected,
                actual = actual
            )));
        }
        ErrorKind::NoEquals => out.push_str(&render(&msg!("help-error-no-equals", arg = arg.clone()))),
        ErrorKind::InvalidUtf8 => out.push_str(&render(&msg!("help-error-invalid-utf8"))),
        _ => out.push_str(&render(&msg!("help-error-other"))),
    }
    let values = match error.kind() {
        ErrorKind::MissingSubcommand => list(ContextKind::ValidSubcommand),
        _ => list(ContextKind::ValidValue),
    };
    if !values.is_empty() {
        let listed = render(&msg!("help-spec-possible-values", values = values.join(", ")));
        out.push_str(&format!("\n{TAB}{listed}"));
    }
    let tips = tips(error, &arg, render);
    if !tips.is_empty() {
        out.push('\n');
        for tip in tips {
            out.push_str(&format!("\n{TAB}{}: {tip}", render(&msg!("help-tip"))));
        }
    }
    if let Some(usage) = text(ContextKind::Usage) {
        // The line is ours (the help's usage line, worded from the
        // catalogue); clap puts its English title before it.
        let line = usage.strip_prefix("Usage: ").unwrap_or(&usage);
        out.push_str(&format!("\n\n{}: {line}", render(&msg!("help-heading-usage"))));
    }
    out.push_str(&format!("\n\n{}\n", render(&msg!("help-error-try-help", flag = "--help"))));
    Some(out)
}

/// The tips clap offers with a refusal, in the catalogue's words: similar
/// commands, arguments and values, and how to pass what looks like an
/// argument as a value.
fn tips(error: &clap::Error, arg: &str, render: &dyn Fn(&Message) -> String) -> Vec<String> {
    let similar = |kind: ContextKind, id: &'static str| -> Option<String> {
        let names = match error.get(kind) {
            Some(ContextValue::String(name)) => vec![name.clone()],
            Some(ContextValue::Strings(names)) if !names.is_empty() => names.clone(),
            _ => return None,
        };
        let count = i64::try_from(names.len()).unwrap_or(0);
        let quoted: Vec<String> = names.into_iter().map(|name| render(&msg!("help-quoted", text = name))).collect();
        Some(render(&Message::new(id).arg("names", quoted.join(", ")).arg("count", count)))
    };
    let mut tips: Vec<String> = [
        similar(ContextKind::SuggestedSubcommand, "help-tip-similar-command"),
        similar(ContextKind::SuggestedArg, "help-tip-similar-argument"),
        similar(ContextKind::SuggestedValue, "help-tip-similar-value"),
    ]
    .into_iter()
    .flatten()
    .collect();
    // clap's own sentences (in English) say one of two things: how to
    // pass an argument as a value, or that a command has the argument.
    if let Some(ContextValue::StyledStrs(suggested)) = error.get(ContextKind::Suggested) {
        for suggestion in suggested {
            let suggestion = suggestion.to_string();
            let quoted: Vec<&str> = suggestion.split('\'').skip(1).step_by(2).collect();
            if suggestion.starts_with("to pass") {
                let fix = quoted.last().copied().unwrap_or_default().to_string();
                let given = quoted.first().copied().unwrap_or(arg).to_string();
                tips.push(render(&msg!("help-tip-as-value", arg = given, fix = fix)));
            } else if let Some(command) = quoted.first().filter(|_| suggestion.ends_with("exists")) {
                tips.push(render(&msg!("help-tip-in-command", command = command.to_string())));
            }
        }
    }
    tips
}
