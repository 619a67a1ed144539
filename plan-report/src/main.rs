//! The `plan-report` command: check a plan folder, show it as JSON, compute
//! population figures and render reports.

mod batch_cmd;
mod cli;
mod population;
mod revision;
mod serve;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(plan_report::ReportError::Plan(plan_core::Error::Invalid { diagnostics })) => {
            // Located findings print as FILE:LINE: error: MESSAGE.
            for diagnostic in diagnostics {
                eprintln!("{diagnostic}");
            }
            ExitCode::from(1)
        }
        Err(err) => {
            let mut said = err.to_string();
            eprintln!("error: {said}");
            let mut source = std::error::Error::source(&err);
            while let Some(cause) = source {
                // Messages that already name their cause ("cannot read: …") are
                // not repeated.
                let text = cause.to_string();
                if !said.contains(&text) {
                    eprintln!("  caused by: {text}");
                    said = text;
                }
                source = cause.source();
            }
            ExitCode::from(1)
        }
    }
}
