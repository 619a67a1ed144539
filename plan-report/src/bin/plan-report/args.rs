//! The command line's arguments: every command and its options as clap
//! parses them (their help texts in the user's language are [`crate::help`]'s).

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Reports for regional strategic plans.
#[derive(Debug, Parser)]
#[command(name = "plan-report", version, about, propagate_version = true)]
pub struct Cli {
    /// The language of messages and reports: nn (Nynorsk), nb (Bokmål) or en (English). Messages otherwise follow PLAN_REPORT_LANG or the system's language; reports follow the plan's language.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    #[allow(clippy::doc_markdown)] // clap's help text, where backticks would show
    lang: Option<LangArg>,
    #[command(subcommand)]
    pub command: Command,
}

impl Cli {
    /// The language `--lang` asks for.
    pub fn lang(&self) -> Option<plan_core::Language> {
        self.lang.map(LangArg::language)
    }
}

impl LangArg {
    /// The language this value names.
    pub fn language(self) -> plan_core::Language {
        match self {
            LangArg::Nn => plan_core::Language::Nn,
            LangArg::Nb => plan_core::Language::Nb,
            LangArg::En => plan_core::Language::En,
        }
    }
}

/// `--lang`'s values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    /// Nynorsk.
    Nn,
    /// Bokmål.
    Nb,
    /// English.
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
    /// Print the shell completion script for bash, zsh, fish, powershell or elvish.
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the manual pages (plan-report.1 and one page per command, in English) to a folder; for packaging.
    #[command(hide = true)]
    Man {
        /// The folder to write them to (created if missing).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
}

/// Options shared by the report commands.
#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The PDF file to write (replaced only when the whole report is made).
    #[arg(short = 'o', long = "output", value_name = "FILE.pdf", required_unless_present = "emit_typst")]
    pub output: Option<PathBuf>,
    /// The report's date: YYYY-MM-DD or D.M.YYYY (default: from the data).
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    /// A folder of templates that replace the embedded ones file by file.
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// PDF standards, comma-separated: a-2a, ua-1, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, 1.7, 2.0 … or none.
    #[arg(long = "pdf-standard", value_delimiter = ',', default_value = "a-2a,ua-1", value_name = "LIST")]
    pub pdf_standard: Vec<String>,
    /// Also write the typst sources, data, charts and fonts to this folder.
    #[arg(long = "emit-typst", value_name = "DIR")]
    pub emit_typst: Option<PathBuf>,
    /// The case (set by the case command's --case).
    #[arg(skip)]
    pub case: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TemplateFormat {
    /// UTF-8 with a byte-order mark and `;` between fields.
    Csv,
    /// An Excel workbook.
    Xlsx,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DiffFormat {
    /// A readable list of the changes.
    Table,
    /// `{"added":[…],"removed":[…],"changed":[…]}`.
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PopulationFormat {
    /// Aligned columns for a terminal, Norwegian number formats.
    Table,
    /// Comma-separated, one row per municipality and one for the region.
    Csv,
    /// The JSON documented in the README.
    Json,
}

/// The two dates a population figure or report spans.
#[derive(Debug, clap::Args)]
pub struct DateRange {
    /// The earlier date: YYYY, YYYY-MM-DD or D.M.YYYY (default: the first date in the data).
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,
    /// The later date (default: the last date in the data).
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SchemaOf {
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
pub enum ShowFormat {
    /// The whole plan as JSON.
    Json,
}
