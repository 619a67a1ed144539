//! The `plan-report` command: check a plan folder, show it as JSON, compute
//! population figures and render reports.

mod batch_cmd;
mod cli;
mod indicator;
mod locale;
mod population;
mod revision;
mod serve;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::parse();
    let language = match locale::choose(args.lang()) {
        Ok(language) => language,
        Err(message) => {
            // As clap says a usage error, with its exit code.
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(plan_report::ReportError::Plan(plan_core::Error::Invalid { diagnostics })) => {
            // Located findings print as FILE:LINE: error: MESSAGE.
            for diagnostic in diagnostics {
                eprintln!("{}", diagnostic.render_in(plan_report::i18n::catalogue(), language));
            }
            ExitCode::from(1)
        }
        Err(err) => {
            // The message names its cause (the operating system's words
            // included): nothing more to add.
            eprintln!("error: {}", err.render(language));
            ExitCode::from(1)
        }
    }
}
