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
    /// Population change per municipality and for the region between two dates.
    Population {
        /// The plan folder.
        #[arg(default_value = DEFAULT_PLAN)]
        plan_dir: PathBuf,
        /// A population table (SSB CSV or JSON-stat download, or the project's own CSV); repeat to merge several.
        /// Replaces the plan's own table.
        #[arg(long = "input", value_name = "FILE")]
        inputs: Vec<PathBuf>,
        /// Municipality codes of the region, comma-separated (default: the plan's municipalities).
        #[arg(long, value_delimiter = ',', value_name = "CODE,CODE,...")]
        region: Vec<String>,
        /// The earlier date: YYYY, YYYY-MM-DD or D.M.YYYY (default: the first date in the data).
        #[arg(long, value_name = "DATE")]
        from: Option<String>,
        /// The later date (default: the last date in the data).
        #[arg(long, value_name = "DATE")]
        to: Option<String>,
        /// A list of municipal code changes to add to the plan's (SSB classification 131 format); repeatable.
        #[arg(long = "changes", value_name = "FILE")]
        changes: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = PopulationFormat::Table)]
        format: PopulationFormat,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PopulationFormat {
    /// Aligned columns for a terminal, Norwegian number formats.
    Table,
    /// Comma-separated, one row per municipality and one for the region.
    Csv,
    /// The JSON documented in the README.
    Json,
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
        Command::Population { plan_dir, inputs, region, from, to, changes, format } => {
            let request = crate::population::Request { plan_dir, inputs, region, from, to, changes };
            let outcome = crate::population::compute(&request)?;
            if !matches!(format, PopulationFormat::Json) {
                for d in &outcome.diagnostics {
                    eprintln!("{d}");
                }
            }
            let text = match format {
                PopulationFormat::Table => crate::population::table(&outcome),
                PopulationFormat::Csv => crate::population::csv(&outcome.figures),
                PopulationFormat::Json => crate::population::json(&outcome).map_err(stdout_error)?,
            };
            print_lines(&[text]);
            Ok(ExitCode::SUCCESS)
        }
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
