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
    /// Render the annual revision report of the action programme as PDF.
    Status {
        /// The plan folder.
        #[arg(default_value = DEFAULT_PLAN)]
        plan_dir: PathBuf,
        /// The reporting year.
        #[arg(long)]
        year: i32,
        #[command(flatten)]
        render: RenderArgs,
    },
    /// Render the case document with the plan as its attachment as PDF.
    Case {
        /// The plan folder.
        #[arg(default_value = DEFAULT_PLAN)]
        plan_dir: PathBuf,
        #[command(flatten)]
        render: RenderArgs,
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

/// Options shared by the report commands.
#[derive(Debug, clap::Args)]
struct RenderArgs {
    /// The PDF file to write (replaced only when the whole report is made).
    #[arg(short = 'o', long = "output", value_name = "FILE.pdf", required_unless_present = "emit_typst")]
    output: Option<PathBuf>,
    /// The report's date: YYYY-MM-DD or D.M.YYYY (default: from the data).
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// A folder of templates that replace the embedded ones file by file.
    #[arg(long, value_name = "DIR")]
    templates: Option<PathBuf>,
    /// PDF standards, comma-separated: a-2a, ua-1, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, 1.7, 2.0 … or none.
    #[arg(long = "pdf-standard", value_delimiter = ',', default_value = "a-2a,ua-1", value_name = "LIST")]
    pdf_standard: Vec<String>,
    /// Also write the typst sources, data, charts and fonts to this folder.
    #[arg(long = "emit-typst", value_name = "DIR")]
    emit_typst: Option<PathBuf>,
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
        Command::Status { plan_dir, year, render } => {
            report(plan_report::Report::Status, &plan_dir, Some(year), &render)
        }
        Command::Case { plan_dir, render } => report(plan_report::Report::CaseAttachment, &plan_dir, None, &render),
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

/// Renders a report (and emits its typst sources when asked).
fn report(
    kind: plan_report::Report,
    plan_dir: &std::path::Path,
    year: Option<i32>,
    args: &RenderArgs,
) -> Result<ExitCode, ReportError> {
    let loaded = load(plan_dir)?;
    let date = match &args.date {
        Some(text) => Some(
            plan_core::calendar::parse_date(text)
                .map_err(|e| plan_core::Error::located(Diagnostic::error("--date", None, None, e.to_string())))?,
        ),
        None => None,
    };
    let templates = match &args.templates {
        Some(dir) => plan_report::templates::Templates::with_overrides(dir)?,
        None => plan_report::templates::Templates::embedded(),
    };
    let standards = plan_report::report::parse_standards(&args.pdf_standard)?;
    let options = plan_report::ReportOptions { year, date, templates, standards };
    let source_dir = plan_dir.display().to_string();
    let input =
        plan_report::ReportInput { plan: &loaded.value, diagnostics: &loaded.diagnostics, source_dir: &source_dir };
    if let Some(dir) = &args.emit_typst {
        plan_report::emit_typst(kind, &input, &options, dir)?;
        eprintln!("wrote the typst sources to {}", dir.display());
    }
    if let Some(output) = &args.output {
        let pdf = plan_report::render(kind, &input, &options)?;
        plan_report::output::write_atomically(output, &pdf)?;
        eprintln!(
            "wrote {} ({} warnings from the checks are listed in the report)",
            output.display(),
            loaded.diagnostics.len()
        );
    }
    Ok(ExitCode::SUCCESS)
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
