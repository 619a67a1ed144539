//! The `plan-report` command: check a plan folder, show it as JSON, compute
//! population figures and render reports.
//!
//! The arguments are [`args`]' (their help texts [`help`]'s, in the user's
//! language), each command is a module of [`commands`], and what the tool
//! prints goes through [`console`]; everything else is the library's.

mod args;
mod commands;
mod console;
mod help;
mod locale;
mod plan;
mod refusal;
mod typed;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = help::parse();
    let language = match locale::choose(args.lang()) {
        Ok(language) => language,
        Err(message) => {
            // As clap says a usage error, with its exit code.
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    match commands::run(args) {
        Ok(code) => code,
        Err(error) => console::fail(error, language),
    }
}
