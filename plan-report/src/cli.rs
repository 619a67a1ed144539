//! Command-line arguments and the glue from them to the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use plan_core::{Diagnostic, PlanFolder};
use plan_report::ReportError;

/// Reports for regional strategic plans.
#[derive(Debug, Parser)]
#[command(name = "plan-report", version, about, propagate_version = true)]
pub struct Cli {
    /// The language of messages and reports: nn (Nynorsk), nb (Bokmål) or en (English). Messages otherwise follow PLAN_REPORT_LANG or the system's language; reports follow the plan's language.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    #[allow(clippy::doc_markdown)] // clap's help text, where backticks would show
    lang: Option<LangArg>,
    #[command(subcommand)]
    command: Command,
}

impl Cli {
    /// The language `--lang` asks for.
    pub fn lang(&self) -> Option<plan_core::Language> {
        self.lang.map(LangArg::language)
    }
}

impl LangArg {
    fn language(self) -> plan_core::Language {
        match self {
            LangArg::Nn => plan_core::Language::Nn,
            LangArg::Nb => plan_core::Language::Nb,
            LangArg::En => plan_core::Language::En,
        }
    }
}

/// `--lang`'s values.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// Nynorsk.
    Nn,
    /// Bokmål.
    Nb,
    /// English.
    En,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check a plan folder and list every error and warning as `FILE:LINE: SEVERITY: MESSAGE`.
    Check {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// Also list the actions due in this year and those overdue at its end.
        #[arg(long)]
        year: Option<i32>,
    },
    /// Write the status file to fill in for a year: every action, last year's values carried over.
    StatusTemplate {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// The reporting year.
        #[arg(long)]
        year: i32,
        /// Where to write it (default: `PLAN_DIR/status/YEAR.csv`; `-` for standard output).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace an existing status file.
        #[arg(long)]
        force: bool,
        /// csv: UTF-8 with BOM and `;`, as Norwegian Excel opens it; xlsx: an Excel workbook.
        #[arg(long, value_enum, default_value_t = TemplateFormat::Csv)]
        format: TemplateFormat,
    },
    /// Compare two versions of the action programme: two plan folders or action files, or one plan folder and two years.
    Diff {
        /// The old version (a plan folder or an action file), or the plan folder with --from-year and --to-year.
        old: PathBuf,
        /// The new version.
        #[arg(required_unless_present_all = ["from_year", "to_year"], conflicts_with_all = ["from_year", "to_year"])]
        new: Option<PathBuf>,
        /// The year whose programme is the old version (with one plan folder).
        #[arg(long, value_name = "YEAR", requires = "to_year")]
        from_year: Option<i32>,
        /// The year whose programme is the new version (with one plan folder).
        #[arg(long, value_name = "YEAR", requires = "from_year")]
        to_year: Option<i32>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
        format: DiffFormat,
    },
    /// Write a new plan folder to fill in: plan.toml with every section, the action programme's header, a case skeleton.
    New {
        /// The folder to create (must not exist, or be empty).
        plan_dir: PathBuf,
        /// The region's municipalities: codes of any date, comma-separated.
        #[arg(long, value_delimiter = ',', value_name = "CODE,CODE,...", required = true)]
        region: Vec<String>,
        /// The region's name.
        #[arg(long, value_name = "NAME")]
        name: String,
        /// The plan period, such as 2024-2027.
        #[arg(long, value_name = "FIRST-LAST")]
        period: String,
        /// The plan's written language (nn, nb or en): `language` in plan.toml and every title,
        /// comment and file name written (default: the language of the messages when one was
        /// chosen, else nn).
        #[arg(long, value_enum, value_name = "LANGUAGE")]
        language: Option<LangArg>,
    },
    /// Adopt a proposed action programme into the plan's history as the version in force from a year.
    Revise {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// The proposed programme (.csv or .xlsx), the whole programme as adopted.
        #[arg(long, value_name = "FILE")]
        proposal: PathBuf,
        /// The date of the decision: YYYY-MM-DD or D.M.YYYY.
        #[arg(long, value_name = "DATE")]
        adopted: String,
        /// The case number of the decision, such as 45/21.
        #[arg(long = "case", value_name = "SAK")]
        case: String,
        /// The first year the revision is in force (after the latest version).
        #[arg(long)]
        year: i32,
        /// The body that adopted it (default: the plan's adopting body).
        #[arg(long, value_name = "BODY")]
        body: Option<String>,
        /// Print the changes and write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Print the loaded plan.
    Show {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ShowFormat::Json)]
        format: ShowFormat,
    },
    /// Print the JSON Schema of what `show`, `population`, `indicator` or `diff` print as JSON, or of the input plan.toml.
    Schema {
        /// Which output.
        #[arg(value_enum)]
        of: SchemaOf,
    },
    /// Render the annual revision report of the action programme as PDF.
    Status {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// The reporting year.
        #[arg(long)]
        year: i32,
        /// Last year's plan folder (or action file): "Endringar i handlingsprogrammet" from it to the programme in force in the year (instead of the history's next revision).
        #[arg(long, value_name = "PLAN_DIR", conflicts_with = "revised")]
        previous: Option<PathBuf>,
        /// A proposed revision not yet adopted (plan folder or action file): the changes from the programme in force in the year to it (instead of the history's next revision).
        #[arg(long, value_name = "FILE")]
        revised: Option<PathBuf>,
        #[command(flatten)]
        render: RenderArgs,
    },
    /// Render the period report as PDF: the whole plan period at once, for the evaluation before the next plan.
    Period {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        #[command(flatten)]
        render: RenderArgs,
    },
    /// Build the plan's website: every report as an accessible web page beside its PDF.
    Site {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// The site's folder: new, empty, or an earlier site of plan-report (replaced whole).
        #[arg(short = 'o', long = "output", value_name = "DIR")]
        output: PathBuf,
        /// Build the pages alone, without their PDFs.
        #[arg(long)]
        no_pdf: bool,
        /// A folder of templates (.html, .css, .typ) that replace the embedded ones file by file.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// Preview the plan's website while you edit: serves it on 127.0.0.1, rebuilds on every saved change and reloads the open page.
    Serve {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// The port on 127.0.0.1; 0 picks a free one (the address is printed).
        #[arg(long, default_value_t = 3000)]
        port: u16,
        /// A folder of templates (.html, .css, .typ) that replace the embedded ones file by file; watched too.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
        /// Build each page's PDF too (each rebuild then takes about a second longer).
        #[arg(long)]
        pdf: bool,
    },
    /// Render a case document followed by its attachments (the plan, a revision report, the period report) as one PDF.
    Case {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// The case number, such as 9/20 (default: the only case, or the latest by date).
        #[arg(long = "case", value_name = "SAK")]
        case: Option<String>,
        #[command(flatten)]
        render: RenderArgs,
    },
    /// Render one population report per municipality of a national table, in parallel.
    Batch {
        /// Population tables (SSB CSV or JSON-stat downloads, or the project's own CSV); repeat to merge.
        /// Default with --plan: the plan's statistics files.
        #[arg(long = "input", value_name = "FILE", required_unless_present = "plan")]
        inputs: Vec<PathBuf>,
        /// Only these municipalities (codes, comma-separated; followed through the code changes).
        #[arg(long, value_delimiter = ',', value_name = "CODE,CODE,...", conflicts_with = "plan")]
        region: Vec<String>,
        /// Only the municipalities of this plan folder, with its code changes (and its statistics files without --input).
        #[arg(long, value_name = "PLAN_DIR")]
        plan: Option<PathBuf>,
        /// The folder to write the reports to (created if missing).
        #[arg(long = "out-dir", value_name = "DIR")]
        out_dir: PathBuf,
        #[command(flatten)]
        dates: DateRange,
        /// Lists of municipal code changes (SSB classification 131 format); repeatable.
        #[arg(long = "changes", value_name = "FILE")]
        changes: Vec<PathBuf>,
        /// Threads to render with (default: the number of cores).
        #[arg(long, value_name = "N")]
        jobs: Option<usize>,
        /// A folder of templates that replace the embedded ones file by file.
        #[arg(long, value_name = "DIR")]
        templates: Option<PathBuf>,
    },
    /// One variable of statistics tables (SSB CSV or JSON-stat downloads) per municipality and period, and for a region.
    Indicator {
        /// A statistics table (SSB CSV or JSON-stat download); repeat to read several.
        #[arg(long = "input", value_name = "FILE", required = true)]
        inputs: Vec<PathBuf>,
        /// The variable (ContentsCode or statistikkvariabel), by code or label.
        #[arg(long, value_name = "CODE")]
        #[allow(clippy::doc_markdown)] // clap's help text, where backticks would show
        variable: String,
        /// Fix a dimension to one value, by code or label: DIM=CODE; repeatable.
        #[arg(long, value_name = "DIM=CODE")]
        select: Vec<String>,
        /// Sum a dimension over its values; repeatable.
        #[arg(long, value_name = "DIM")]
        sum: Vec<String>,
        /// Municipality codes of the region, comma-separated, followed through code changes (default: every municipality of the tables, no region figure).
        #[arg(long, value_delimiter = ',', value_name = "CODE,CODE,...")]
        region: Vec<String>,
        /// A list of municipal code changes to add to the built-in one (SSB classification 131 format); repeatable.
        #[arg(long = "changes", value_name = "FILE")]
        changes: Vec<PathBuf>,
        #[command(flatten)]
        dates: DateRange,
        /// Output format.
        #[arg(long, value_enum, default_value_t = PopulationFormat::Table)]
        format: PopulationFormat,
        /// The variable is a count: sum it for the region (needed when the table does not say).
        #[arg(long)]
        count: bool,
        /// A count variable of the same table that weights a rate's region value.
        #[arg(long, value_name = "CODE")]
        weight: Option<String>,
    },
    /// Population change per municipality and for the region between two dates.
    Population {
        /// The plan folder.
        plan_dir: Option<PathBuf>,
        /// A population table (SSB CSV or JSON-stat download, or the project's own CSV); repeat to merge several.
        /// Replaces the plan's own table.
        #[arg(long = "input", value_name = "FILE")]
        inputs: Vec<PathBuf>,
        /// Municipality codes of the region, comma-separated (default: the plan's municipalities).
        #[arg(long, value_delimiter = ',', value_name = "CODE,CODE,...")]
        region: Vec<String>,
        #[command(flatten)]
        dates: DateRange,
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
    /// The case (set by the case command's --case).
    #[arg(skip)]
    case: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum TemplateFormat {
    /// UTF-8 with a byte-order mark and `;` between fields.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DiffFormat {
    /// A readable list of the changes.
    Table,
    /// `{"added":[…],"removed":[…],"changed":[…]}`.
    Json,
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

/// The two dates a population figure or report spans.
#[derive(Debug, clap::Args)]
struct DateRange {
    /// The earlier date: YYYY, YYYY-MM-DD or D.M.YYYY (default: the first date in the data).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// The later date (default: the last date in the data).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SchemaOf {
    /// The plan, as `show --format json` prints it.
    Plan,
    /// The figures, as `population --format json` prints them.
    Population,
    /// The changes, as `diff --format json` prints them.
    Diff,
    /// The values, as `indicator --format json` prints them.
    Indicator,
    /// The input plan.toml, for editors with a TOML language server.
    PlanToml,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ShowFormat {
    /// The whole plan as JSON.
    Json,
}

/// Runs a parsed command; the exit code says whether the input had errors.
pub fn run(cli: Cli) -> Result<ExitCode, ReportError> {
    match cli.command {
        Command::Check { plan_dir, year } => check(&find_plan(plan_dir, false)?, year),
        Command::StatusTemplate { plan_dir, year, output, force, format } => {
            status_template(&find_plan(plan_dir, true)?, year, output, force, format)
        }
        Command::Diff { old, new, from_year, to_year, format } => {
            let (changes, old_name, new_name) = match (new, from_year, to_year) {
                (Some(new), _, _) => {
                    (crate::revision::compare(&old, &new)?, old.display().to_string(), new.display().to_string())
                }
                (None, Some(from), Some(to)) => crate::revision::compare_years(&old, from, to)?,
                _ => return Err(ReportError::Input(plan_core::msg!("diff-needs-new"))),
            };
            let text = match format {
                DiffFormat::Table => crate::revision::table(&changes, &old_name, &new_name),
                DiffFormat::Json => {
                    serde_json::to_string_pretty(&changes).map_err(std::io::Error::from).map_err(stdout_error)?
                }
            };
            print_lines(&[text]);
            Ok(ExitCode::SUCCESS)
        }
        Command::Status { plan_dir, year, previous, revised, render } => {
            let other = match (previous, revised) {
                (Some(old), _) => Some(crate::revision::Other::Previous(old)),
                (None, Some(new)) => Some(crate::revision::Other::Revised(new)),
                (None, None) => None,
            };
            report(plan_report::Report::Status, &find_plan(plan_dir, true)?, Some(year), other, &render)
        }
        Command::Batch { inputs, region, plan, out_dir, dates, changes, jobs, templates } => crate::batch_cmd::run(
            &inputs,
            &region,
            plan.as_deref(),
            &out_dir,
            dates.from.as_deref(),
            dates.to.as_deref(),
            &changes,
            jobs,
            templates.as_deref(),
        ),
        Command::Serve { plan_dir, port, templates, pdf } => {
            crate::serve::serve(&crate::serve::Options { plan_dir: find_plan(plan_dir, false)?, port, templates, pdf })
        }
        Command::Site { plan_dir, output, no_pdf, templates } => {
            site(&find_plan(plan_dir, true)?, &output, no_pdf, templates.as_deref())
        }
        Command::Period { plan_dir, render } => {
            report(plan_report::Report::Period, &find_plan(plan_dir, true)?, None, None, &render)
        }
        Command::Case { plan_dir, case, render } => {
            let render = RenderArgs { case, ..render };
            report(plan_report::Report::CaseAttachment, &find_plan(plan_dir, true)?, None, None, &render)
        }
        Command::Population { plan_dir, inputs, region, dates, changes, format } => {
            let DateRange { from, to } = dates;
            // A table and a region need no plan: then none is looked for.
            let plan_dir = match plan_dir {
                None if !inputs.is_empty() && !region.is_empty() => None,
                given => Some(find_plan(given, false)?),
            };
            let request = crate::population::Request { plan_dir, inputs, region, from, to, changes };
            let outcome = crate::population::compute(&request)?;
            if !matches!(format, PopulationFormat::Json) {
                let typed = request.typed();
                for d in &outcome.diagnostics {
                    let d = typed.diagnostic(d);
                    eprintln!("{}", d.render_in(plan_report::i18n::catalogue(), crate::locale::messages()));
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
        Command::Indicator { inputs, variable, select, sum, region, changes, dates, format, count, weight } => {
            let DateRange { from, to } = dates;
            let request =
                crate::indicator::Request { inputs, variable, select, sum, region, changes, from, to, count, weight };
            let (json, diagnostics) = crate::indicator::compute(&request)?;
            for d in &diagnostics {
                eprintln!("{}", d.render_in(plan_report::i18n::catalogue(), crate::locale::messages()));
            }
            let text = match format {
                PopulationFormat::Table => crate::indicator::table(&json),
                PopulationFormat::Csv => crate::indicator::csv(&json),
                PopulationFormat::Json => {
                    serde_json::to_string_pretty(&json).map_err(std::io::Error::from).map_err(stdout_error)?
                }
            };
            print_lines(&[text]);
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema { of } => {
            let schema = match of {
                SchemaOf::Plan => plan_core::schema::plan(),
                SchemaOf::Population => plan_core::schema::population_figures(),
                SchemaOf::Diff => plan_core::schema::action_diff(),
                SchemaOf::Indicator => plan_core::schema::indicator(),
                SchemaOf::PlanToml => plan_core::schema::plan_toml(),
            };
            let json = serde_json::to_string_pretty(&schema).map_err(std::io::Error::from).map_err(stdout_error)?;
            print_lines(&[json]);
            Ok(ExitCode::SUCCESS)
        }
        Command::New { plan_dir, region, name, period, language } => {
            let language =
                language.map(LangArg::language).or_else(crate::locale::chosen).unwrap_or(plan_core::Language::Nn);
            new_plan(&plan_dir, &region, name, &period, language)
        }
        Command::Revise { plan_dir, proposal, adopted, case, year, body, dry_run } => {
            let date = plan_core::calendar::parse_date(&adopted)
                .map_err(|e| plan_core::Error::located(Diagnostic::error("--adopted", None, None, e.message())))?;
            crate::revision::revise(&find_plan(plan_dir, true)?, &proposal, date, case, year, body, dry_run)
        }
        Command::Show { plan_dir, format: ShowFormat::Json } => {
            let loaded = load(&find_plan(plan_dir, false)?)?;
            let json =
                serde_json::to_string_pretty(&loaded.value).map_err(std::io::Error::from).map_err(stdout_error)?;
            print_lines(&[json]);
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The plan folder a command works on: the one given; else the current
/// folder when it holds `plan.toml`, else the nearest folder above it that
/// does (as cargo finds `Cargo.toml`), named on standard error when it was
/// found above and the command writes files; else an error saying so.
fn find_plan(given: Option<PathBuf>, writes: bool) -> Result<PathBuf, ReportError> {
    if let Some(dir) = given {
        return Ok(dir);
    }
    let here = std::env::current_dir().map_err(|source| plan_core::Error::Io { path: PathBuf::from("."), source })?;
    let found = here.ancestors().find(|dir| dir.join(plan_core::load::files::PLAN).is_file());
    match found {
        Some(dir) if dir == here => Ok(PathBuf::from(".")),
        Some(dir) => {
            if writes {
                say(&plan_core::msg!("plan-folder-above", folder = dir.display().to_string()));
            }
            Ok(dir.to_path_buf())
        }
        None => Err(ReportError::Input(plan_core::msg!("plan-folder-none", folder = here.display().to_string()))),
    }
}

/// Renders a report (and emits its typst sources when asked).
/// `plan-report site`: checks the folder as `check` does (an error stops
/// it, writing nothing), builds every page in memory, then writes the site.
fn site(
    plan_dir: &std::path::Path,
    output: &std::path::Path,
    no_pdf: bool,
    templates: Option<&std::path::Path>,
) -> Result<ExitCode, ReportError> {
    // Refuse first, then work: the output folder before the site is built.
    plan_report::site::check_output(output)?;
    let loaded = load(plan_dir)?;
    let templates = match templates {
        Some(dir) => plan_report::templates::Templates::with_overrides(dir)?,
        None => plan_report::templates::Templates::embedded(),
    };
    let options = plan_report::site::SiteOptions {
        pdf: !no_pdf,
        report: plan_report::ReportOptions {
            templates,
            language: crate::locale::reports(),
            ..plan_report::ReportOptions::default()
        },
        script: None,
    };
    let site = plan_report::site::build(&plan_report::ReportInput::new(&loaded), &options)?;
    plan_report::site::write(&site, output)?;
    let pages = site.files.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "html")).count();
    let pdfs = site.files.iter().filter(|(p, _)| p.extension().is_some_and(|e| e == "pdf")).count();
    say(&plan_core::msg!("site-written", path = output.display().to_string(), pages = pages, pdfs = pdfs));
    Ok(ExitCode::SUCCESS)
}

fn report(
    kind: plan_report::Report,
    plan_dir: &std::path::Path,
    year: Option<i32>,
    other: Option<crate::revision::Other>,
    args: &RenderArgs,
) -> Result<ExitCode, ReportError> {
    let loaded = load(plan_dir)?;
    let revision = match (&other, year) {
        (Some(other), Some(year)) => Some(crate::revision::revision(&loaded.value, year, other)?),
        _ => None,
    };
    let date = match &args.date {
        Some(text) => Some(
            plan_core::calendar::parse_date(text)
                .map_err(|e| plan_core::Error::located(Diagnostic::error("--date", None, None, e.message())))?,
        ),
        None => None,
    };
    let templates = match &args.templates {
        Some(dir) => plan_report::templates::Templates::with_overrides(dir)?,
        None => plan_report::templates::Templates::embedded(),
    };
    let standards = plan_report::report::parse_standards(&args.pdf_standard)?;
    let options = plan_report::ReportOptions {
        year,
        date,
        templates,
        standards,
        case: args.case.clone(),
        language: crate::locale::reports(),
        ..plan_report::ReportOptions::default()
    };
    let mut input = plan_report::ReportInput::new(&loaded);
    if let Some(revision) = &revision {
        input = input.with_revision(revision);
    }
    if let Some(dir) = &args.emit_typst {
        plan_report::emit_typst(kind, &input, &options, dir)?;
        say(&plan_core::msg!("typst-written", path = dir.display().to_string()));
    }
    if let Some(output) = &args.output {
        let pdf = plan_report::render(kind, &input, &options)?;
        plan_report::output::write_atomically(output, &pdf)?;
        say(&plan_core::msg!(
            "report-written",
            path = output.display().to_string(),
            warnings = loaded.diagnostics.len()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a new plan folder, never into a folder with anything in it.
fn new_plan(
    plan_dir: &std::path::Path,
    region: &[String],
    name: String,
    period: &str,
    language: plan_core::Language,
) -> Result<ExitCode, ReportError> {
    let usage = |flag: &str, message: plan_core::Message| {
        plan_core::Error::located(Diagnostic::error(flag, None, None, message))
    };
    let codes = region
        .iter()
        .map(|code| code.parse().map_err(|e: plan_core::Error| usage("--region", e.message())))
        .collect::<Result<Vec<_>, _>>()?;
    let years = period.split_once(['-', '–']).and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)));
    let Some((first, last)) = years else {
        return Err(usage("--period", plan_core::msg!("period-unreadable", text = period)).into());
    };
    if plan_dir.exists()
        && std::fs::read_dir(plan_dir)
            .map_err(|source| ReportError::Output { path: plan_dir.to_path_buf(), source })?
            .next()
            .is_some()
    {
        return Err(ReportError::Output {
            path: plan_dir.to_path_buf(),
            source: std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "the folder is not empty (expected a new or empty folder)",
            ),
        });
    }
    let new = plan_core::scaffold::NewPlan { codes, name, first, last, language };
    let files = new.files()?;
    let paths: Vec<(PathBuf, &[u8])> = files.iter().map(|(p, text)| (plan_dir.join(p), text.as_bytes())).collect();
    plan_report::output::add_files(&paths.iter().map(|(p, b)| (p.as_path(), *b)).collect::<Vec<_>>())?;
    say(&plan_core::msg!(
        "new-written",
        path = plan_dir.display().to_string(),
        name = new.name.as_str(),
        count = new.municipalities()?.len(),
        first = first,
        last = last,
        command = format!("plan-report check {}", plan_dir.display())
    ));
    Ok(ExitCode::SUCCESS)
}

/// Writes the status file to fill in, never over an existing one unless asked.
fn status_template(
    plan_dir: &std::path::Path,
    year: i32,
    output: Option<PathBuf>,
    force: bool,
    format: TemplateFormat,
) -> Result<ExitCode, ReportError> {
    let folder = load(plan_dir)?.value;
    let bytes = match format {
        TemplateFormat::Csv => plan_core::follow_up::status_template(&folder, year)?.into_bytes(),
        TemplateFormat::Xlsx => status_workbook(
            &plan_core::follow_up::status_template_rows(&folder, year)?,
            plan_core::follow_up::status_header(folder.plan.meta.language),
            year,
        )?,
    };
    let actions = folder.programme_for(year)?.actions.len();
    let extension = match format {
        TemplateFormat::Csv => "csv",
        TemplateFormat::Xlsx => "xlsx",
    };
    let status_dir = plan_dir.join("status");
    let path = output.unwrap_or_else(|| status_dir.join(format!("{year}.{extension}")));
    if path.as_os_str() == "-" {
        // A closed pipe (`| head`) is no error.
        let _ = std::io::stdout().lock().write_all(&bytes);
        return Ok(ExitCode::SUCCESS);
    }
    let exists = |source: &str| ReportError::Output {
        path: path.clone(),
        source: std::io::Error::new(std::io::ErrorKind::AlreadyExists, source.to_string()),
    };
    if path.exists() && !force {
        return Err(exists("the file exists (use --force to replace it)"));
    }
    // One status file a year: the other form of the same year is not added beside it.
    for other in ["csv", "xlsx"].into_iter().filter(|e| *e != extension) {
        let twin = status_dir.join(format!("{year}.{other}"));
        if path.parent() == Some(status_dir.as_path()) && twin.exists() {
            return Err(exists(&format!("{} exists already (one status file a year)", twin.display())));
        }
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| ReportError::Output { path: parent.to_path_buf(), source })?;
    }
    plan_report::output::write_atomically(&path, &bytes)?;
    say(&plan_core::msg!("status-template-written", path = path.display().to_string(), count = actions));
    Ok(ExitCode::SUCCESS)
}

/// The status template as an Excel workbook: one sheet `status`, the
/// header in bold, the columns to read grey, progress as numbers; the same
/// bytes for the same rows (the workbook's date is 1 January of the year,
/// never the clock).
fn status_workbook(rows: &[[String; 8]], header: [&str; 8], year: i32) -> Result<Vec<u8>, ReportError> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| {
        ReportError::Input(plan_core::msg!("workbook-unwritable", detail = e.to_string()))
    };
    let mut workbook = Workbook::new();
    let date = ExcelDateTime::from_ymd(u16::try_from(year).unwrap_or(2000), 1, 1).map_err(fail)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&date));
    let sheet = workbook.add_worksheet();
    sheet.set_name("status").map_err(fail)?;
    let bold = Format::new().set_bold();
    let grey = Format::new().set_background_color(0x00E7_E9EC).set_font_color(0x0056_606B);
    let open = Format::new();
    let read_only = plan_core::follow_up::READ_ONLY_COLUMNS;
    for (column, title) in header.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *title, &bold).map_err(fail)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (column, cell) in row.iter().enumerate() {
            let c = column as u16;
            let format = if read_only.contains(&column) { &grey } else { &open };
            match (column, cell.parse::<f64>()) {
                (5, Ok(number)) => sheet.write_number_with_format(r, c, number, format).map_err(fail)?,
                _ => sheet.write_string_with_format(r, c, cell, format).map_err(fail)?,
            };
        }
    }
    for (column, width) in [12.0, 45.0, 14.0, 16.0, 14.0, 10.0, 50.0, 12.0].into_iter().enumerate() {
        sheet.set_column_width(column as u16, width).map_err(fail)?;
    }
    workbook.save_to_buffer().map_err(fail)
}

fn check(plan_dir: &std::path::Path, year: Option<i32>) -> Result<ExitCode, ReportError> {
    match PlanFolder::load(plan_dir) {
        Ok(loaded) => {
            print_diagnostics(&loaded.diagnostics, plan_dir);
            if let Some(year) = year {
                // The year as an annual report of it sees it: one cut.
                let cut = plan_core::as_of::AsOf::annual(year);
                print_diagnostics(&plan_core::follow_up::check_year(&loaded.value.as_of(&cut), year)?, plan_dir);
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(plan_core::Error::Invalid { diagnostics }) => {
            print_diagnostics(&diagnostics, plan_dir);
            Ok(ExitCode::from(1))
        }
        Err(other) => Err(other.into()),
    }
}

/// Loads a plan; the findings of a load that fails name the files by the
/// paths to open (the folder as typed joined with the library's names).
fn load(plan_dir: &std::path::Path) -> Result<plan_core::Loaded<PlanFolder>, ReportError> {
    crate::revision::load(plan_dir)
}

fn print_diagnostics(diagnostics: &[Diagnostic], plan_dir: &std::path::Path) {
    let lines: Vec<String> = diagnostics.iter().map(|d| said(d, plan_dir)).collect();
    print_lines(&lines);
}

/// A finding as this tool says it: the library's message, its files named by
/// the paths to open (the folder as typed joined with the library's names
/// relative to it), and the command that fixes it when the finding names a
/// remedy.
fn said(diagnostic: &Diagnostic, plan_dir: &std::path::Path) -> String {
    let language = crate::locale::messages();
    let dir = plan_dir.display();
    let line = diagnostic.clone().in_folder(plan_dir).render_in(plan_report::i18n::catalogue(), language);
    let remedy = match diagnostic.remedy {
        Some(plan_core::Remedy::StatusTemplate { year }) => plan_core::msg!(
            "remedy-status-template",
            command = format!("plan-report status-template {dir} --year {year}")
        ),
        Some(plan_core::Remedy::AddRevision) => plan_core::msg!(
            "remedy-add-revision",
            command = format!("plan-report revise {dir} --proposal FILE --adopted DATE --case SAK --year YEAR")
        ),
        _ => return line,
    };
    format!("{line}{}", plan_report::i18n::render(&remedy, language))
}

/// Prints a progress line to standard error in the user's language.
pub fn say(message: &plan_core::Message) {
    eprintln!("{}", plan_report::i18n::render(message, crate::locale::messages()));
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

/// The command line with its help texts in `language`: the description of
/// the tool, of each command and of each argument come from the catalogue
/// (`help-about`, `help-COMMAND`, `help-COMMAND-ARG`, or `help-arg-ARG` for
/// an argument that means the same in every command). clap's own words
/// (`Usage:`, `Options:`) stay as clap writes them.
pub fn command(language: plan_core::Language) -> clap::Command {
    use clap::CommandFactory;
    let text = |id: &str| -> Option<String> {
        let catalogue = plan_report::i18n::catalogue();
        catalogue.has(id).then(|| plan_report::i18n::render(&plan_core::Message::new_owned(id), language))
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
        let catalogue = plan_report::i18n::catalogue();
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
            let source = plan_report::i18n::SOURCES.get(language);
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
