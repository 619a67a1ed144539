//! Command-line arguments and the glue from them to the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use plan_core::{Diagnostic, Plan};
use plan_report::ReportError;

/// Reports for regional strategic plans.
#[derive(Debug, Parser)]
#[command(name = "plan-report", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The default plan folder: the bundled Hallingdal plan.
const DEFAULT_PLAN: &str = "data/hallingdal";

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a plan folder and list every error and warning as `FILE:LINE: SEVERITY: MESSAGE`.
    Check {
        /// The plan folder.
        #[arg(default_value = DEFAULT_PLAN)]
        plan_dir: PathBuf,
    },
    /// Print the loaded plan.
    Show {
        /// The plan folder.
        #[arg(default_value = DEFAULT_PLAN)]
        plan_dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ShowFormat::Json)]
        format: ShowFormat,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ShowFormat {
    /// The whole plan as JSON.
    Json,
}

/// Runs a parsed command; the exit code says whether the input had errors.
pub fn run(cli: Cli) -> Result<ExitCode, ReportError> {
    match cli.command {
        Command::Check { plan_dir } => check(&plan_dir),
        Command::Show { plan_dir, format: ShowFormat::Json } => {
            let loaded = load(&plan_dir)?;
            let json =
                serde_json::to_string_pretty(&loaded.value).map_err(std::io::Error::from).map_err(stdout_error)?;
            print_lines(&[json]);
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check(plan_dir: &std::path::Path) -> Result<ExitCode, ReportError> {
    match Plan::load(plan_dir) {
        Ok(loaded) => {
            print_diagnostics(&loaded.diagnostics);
            Ok(ExitCode::SUCCESS)
        }
        Err(plan_core::Error::Invalid { diagnostics }) => {
            print_diagnostics(&diagnostics);
            Ok(ExitCode::from(1))
        }
        Err(other) => Err(other.into()),
    }
}

/// Loads a plan; warnings go to standard error.
fn load(plan_dir: &std::path::Path) -> Result<plan_core::Loaded<Plan>, ReportError> {
    Ok(Plan::load(plan_dir)?)
}

fn print_diagnostics(diagnostics: &[Diagnostic]) {
    let lines: Vec<String> = diagnostics.iter().map(ToString::to_string).collect();
    print_lines(&lines);
}

/// Prints lines to standard output, ignoring a closed pipe (`| head`).
fn print_lines(lines: &[String]) {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in lines {
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
}

fn stdout_error(source: std::io::Error) -> ReportError {
    ReportError::Output { path: PathBuf::from("<standard output>"), source }
}
