//! The public path from a loaded plan to PDF bytes: which report, the one
//! as-of cut, and the prepare, render and emit functions. Each report is
//! built by a module of its own (the annual report, the period report, the
//! case document, [`municipality`](crate::municipality)) from the shared
//! types below them ([`ReportInput`], [`ReportOptions`], the building blocks
//! of the views) into a [`Prepared`] view; this
//! module only chooses and joins them.

use std::path::Path;

use chrono::NaiveDate;
use plan_core::PlanFolder;
use plan_core::as_of::AsOf;
use plan_core::case::AttachedReport;

use crate::error::ReportError;
use crate::municipality::MunicipalityReport;
use crate::prepared::ViewData;
use crate::view::Charts;

pub use crate::input::{ReportInput, Revision};
pub use crate::options::{ReportOptions, default_standards, parse_standards};
pub use crate::prepared::{BuildReport, Prepared, View, ViewKind, compile_prepared};

/// Which report to make.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let options = ReportOptions { year: Some(2021), ..Default::default() };
/// assert_eq!(prepare(Report::Annual, &input, &options)?.main(), "status.typ");
/// assert_eq!(prepare(Report::CaseAttachment, &input, &options)?.main(), "case.typ");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    /// The annual revision report of the action programme (`status.typ`;
    /// the command `status`).
    Annual,
    /// The case document with the plan as its attachment (`case.typ`).
    CaseAttachment,
    /// The whole plan period at once, for the evaluation before the next
    /// plan (`period.typ`): the years that have a status file.
    Period,
}

/// One of the plan's reports described by a value: which report, and the
/// loaded plan it is made from.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::PlanReport};
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let report = PlanReport::new(Report::Annual, ReportInput::new(&loaded));
/// let prepared = report.prepare(&ReportOptions { year: Some(2022), ..Default::default() })?;
/// assert_eq!(prepared.date.to_string(), "2022-12-31");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct PlanReport<'a> {
    /// Which report.
    pub kind: Report,
    /// What it is made from.
    pub input: ReportInput<'a>,
}

impl<'a> PlanReport<'a> {
    /// The report `kind` of `input`.
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, report::PlanReport};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// assert_eq!(PlanReport::new(Report::Period, ReportInput::new(&loaded)).kind, Report::Period);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(kind: Report, input: ReportInput<'a>) -> Self {
        PlanReport { kind, input }
    }

    /// Builds the report's view; as [`prepare`].
    ///
    /// # Errors
    /// As [`prepare`].
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, ReportOptions, report::PlanReport};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let report = PlanReport::new(Report::Annual, ReportInput::new(&loaded));
    /// let err = report.prepare(&ReportOptions { year: Some(1990), ..Default::default() }).unwrap_err();
    /// assert!(err.to_string().contains("1990"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn prepare(&self, options: &ReportOptions) -> Result<Prepared, ReportError> {
        prepare(self.kind, &self.input, options)
    }

    /// Renders the report to PDF bytes; as [`render`].
    ///
    /// # Errors
    /// As [`render`].
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, report::PlanReport};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let pdf = PlanReport::new(Report::Period, ReportInput::new(&loaded)).render(&Default::default())?;
    /// assert!(pdf.starts_with(b"%PDF-"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn render(&self, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
        render(self.kind, &self.input, options)
    }
}

impl BuildReport for PlanReport<'_> {
    fn prepare(&self, options: &ReportOptions) -> Result<Prepared, ReportError> {
        PlanReport::prepare(self, options)
    }
}

/// Builds a report's data and charts without compiling it.
///
/// # Errors
/// [`ReportError::Input`] without a year for the status report or without a
/// case document for the case attachment; [`ReportError::Plan`] when the
/// population figures cannot be computed; [`ReportError::Chart`].
///
/// # Example
/// ```
/// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let prepared = prepare(Report::Annual, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
/// assert_eq!(prepared.main(), "status.typ");
/// assert!(prepared.charts.iter().any(|c| c.file == "charts/folketal.svg"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn prepare(report: Report, input: &ReportInput<'_>, options: &ReportOptions) -> Result<Prepared, ReportError> {
    let cut = as_of(report, input.folder, options)?;
    let snapshot = input.folder.as_of(&cut);
    let input = ReportInput { folder: &snapshot, ..*input };
    prepare_as_of(report, &input, options, &cut)
}

/// Builds a report from a folder already cut at `cut` (see [`as_of`]).
pub(crate) fn prepare_as_of(
    report: Report,
    input: &ReportInput<'_>,
    options: &ReportOptions,
    cut: &AsOf,
) -> Result<Prepared, ReportError> {
    Ok(match report {
        Report::Annual => {
            Prepared::new(crate::annual::prepare(input, options, cut, Charts::default())?, ViewData::Annual)
        }
        Report::Period => {
            Prepared::new(crate::period::prepare(input, options, cut, Charts::default())?, ViewData::Period)
        }
        Report::CaseAttachment => {
            let attached = attachments(input, options, cut)?;
            Prepared::new(crate::case::prepare(input, options, cut, attached)?, ViewData::Case)
        }
    })
}

/// The reports attached to the case `options.case` names, each built from
/// the case's cut, dated the case's date, in the case's language, with its
/// charts under `charts/vedlegg-N/` (N the attachment's number); `None`
/// for the plan itself.
fn attachments(
    input: &ReportInput<'_>,
    options: &ReportOptions,
    cut: &AsOf,
) -> Result<Vec<Option<crate::case::Attached>>, ReportError> {
    let folder = input.folder;
    let case = folder.case(options.case.as_deref())?;
    let language = options.language_for(&folder.plan);
    let input = ReportInput { revision: None, ..*input };
    let mut out = Vec::new();
    for (i, attachment) in case.attachments.iter().enumerate() {
        let options = ReportOptions {
            year: attachment.year(),
            date: Some(cut.date),
            case: None,
            language: Some(language),
            ..options.clone()
        };
        out.push(match attachment.report() {
            AttachedReport::Plan => None,
            AttachedReport::Status => {
                let built = crate::annual::prepare(&input, &options, cut, Charts::attachment(i + 1))?;
                Some(crate::case::Attached::annual(built))
            }
            AttachedReport::Period => {
                let built = crate::period::prepare(&input, &options, cut, Charts::attachment(i + 1))?;
                Some(crate::case::Attached::period(built))
            }
        });
    }
    Ok(out)
}

/// The date a report is made as of, and how it reads status rows: the one
/// cut ([`PlanFolder::as_of`]) that [`prepare`] takes once before anything
/// of the report is built.
///
/// - The annual report of a year: 31 December of the year with every row of
///   its status file; with a stated date (`ReportOptions::date`), that date,
///   and only status rows updated by then.
/// - The case document: the case's date (or the stated one), status rows
///   updated by then; its attached reports are made from the same cut.
/// - The period report: 31 December of the last year with a status file,
///   or the stated date with status rows updated by then.
///
/// # Errors
/// [`ReportError::Input`] without a year for the annual report;
/// [`ReportError::Plan`] for a case number the folder does not have.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportOptions, report::as_of};
/// use plan_core::as_of::StatusRows;
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let annual = as_of(Report::Annual, &folder, &ReportOptions { year: Some(2022), ..Default::default() })?;
/// assert_eq!((annual.date.to_string(), annual.status_rows), ("2022-12-31".to_string(), StatusRows::WholeYear));
/// let case = as_of(Report::CaseAttachment, &folder, &ReportOptions { case: Some("31/23".into()), ..Default::default() })?;
/// assert_eq!((case.date.to_string(), case.status_rows), ("2023-12-14".to_string(), StatusRows::UpdatedBy));
/// assert_eq!(as_of(Report::Period, &folder, &Default::default())?.date.to_string(), "2024-12-31");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn as_of(report: Report, folder: &PlanFolder, options: &ReportOptions) -> Result<AsOf, ReportError> {
    let stated = options.date.map(AsOf::dated);
    Ok(match report {
        Report::Annual => {
            let year = options.year.ok_or(ReportError::Input(crate::error::InputError::NeedsYear))?;
            stated.unwrap_or_else(|| AsOf::annual(year))
        }
        Report::CaseAttachment => stated
            .unwrap_or_else(|| AsOf::dated(folder.case(options.case.as_deref()).map_or(NaiveDate::MAX, |c| c.date))),
        Report::Period => stated
            .unwrap_or_else(|| AsOf::annual(folder.statuses.last().map_or(folder.plan.meta.period.last, |s| s.year))),
    })
}

/// Renders a report to PDF bytes.
///
/// # Errors
/// As [`prepare`], and [`ReportError::Template`] when a template does not
/// compile cleanly, [`ReportError::Pdf`] when a PDF standard cannot be met.
///
/// # Example
/// ```no_run
/// use plan_report::{Report, ReportInput, ReportOptions, render};
/// let loaded = plan_core::PlanFolder::load("data/hallingdal")?;
/// let input = ReportInput::new(&loaded);
/// let options = ReportOptions { year: Some(2021), ..ReportOptions::default() };
/// let pdf: Vec<u8> = render(Report::Annual, &input, &options)?;
/// assert!(pdf.starts_with(b"%PDF"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render(report: Report, input: &ReportInput<'_>, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    let prepared = prepare(report, input, options)?;
    compile_prepared(&prepared, options)
}

/// Renders the annual revision report (`plan-report status`).
///
/// # Errors
/// As [`render`].
///
/// # Example
/// ```
/// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = plan_report::ReportInput::new(&loaded);
/// let err = plan_report::render_status_report(&input, &Default::default()).unwrap_err();
/// assert_eq!(err.to_string(), "the status report needs a year (expected the reporting year in the options, such as 2021)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_status_report(input: &ReportInput<'_>, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    render(Report::Annual, input, options)
}

/// Renders the case document with the plan as its attachment
/// (`plan-report case`).
///
/// # Errors
/// As [`render`].
///
/// # Example
/// ```
/// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = plan_report::ReportInput::new(&loaded);
/// let pdf = plan_report::render_case_attachment(&input, &Default::default())?;
/// assert!(pdf.starts_with(b"%PDF-"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_case_attachment(input: &ReportInput<'_>, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    render(Report::CaseAttachment, input, options)
}

/// Renders the period report: every action of every version with its
/// status year by year, completion and cost per year, the result goals and
/// population over the period, and the revisions (`plan-report period`).
///
/// # Errors
/// As [`render`]; [`ReportError::Input`] when the folder has no status file.
///
/// # Example
/// ```
/// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let pdf = plan_report::render_period_report(&plan_report::ReportInput::new(&loaded), &Default::default())?;
/// assert!(pdf.starts_with(b"%PDF-"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_period_report(input: &ReportInput<'_>, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    render(Report::Period, input, options)
}

/// Writes everything a report is compiled from into `dir`: the templates,
/// `data.json`, the chart SVGs, the fonts with their licence, and a
/// `README.txt` with the plain typst command that gives the same document.
///
/// # Errors
/// As [`prepare`], and [`ReportError::Output`] when a file cannot be written.
///
/// # Example
/// ```
/// # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = plan_report::ReportInput::new(&loaded);
/// let out = tempfile::tempdir()?;
/// plan_report::emit_typst(plan_report::Report::CaseAttachment, &input, &Default::default(), out.path())?;
/// assert!(out.path().join("case.typ").is_file() && out.path().join("data.json").is_file());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn emit_typst(
    report: Report,
    input: &ReportInput<'_>,
    options: &ReportOptions,
    dir: impl AsRef<Path>,
) -> Result<(), ReportError> {
    let dir = dir.as_ref();
    let prepared = prepare(report, input, options)?;
    let write = |name: &str, bytes: &[u8]| -> Result<(), ReportError> {
        let path = plan_core::files::on_disk(dir, name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|source| ReportError::Output { path: parent.to_path_buf(), source })?;
        }
        crate::output::write_atomically(&path, bytes)
    };
    for (name, text) in options.templates.iter().filter(|(name, _)| name.ends_with(".typ")) {
        write(name, text.as_bytes())?;
    }
    for (name, bytes) in prepared.files()? {
        write(&name, &bytes)?;
    }
    for (name, bytes) in crate::fonts::INTER {
        write(&format!("fonts/{name}"), bytes)?;
    }
    write("fonts/OFL.txt", crate::fonts::LICENCE.as_bytes())?;
    let standards: Vec<String> = options
        .standards
        .iter()
        .map(|s| serde_json::to_value(s).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default())
        .map(|s| format!("--pdf-standard {s}"))
        .collect();
    let timestamp = prepared.date.and_hms_opt(0, 0, 0).map(|t| t.and_utc().timestamp()).unwrap_or_default();
    let readme = format!(
        "Compile with the plain typst compiler (0.15):\n\n    typst compile --ignore-system-fonts --font-path fonts {} --creation-timestamp {timestamp} {} report.pdf\n",
        standards.join(" "),
        prepared.main()
    );
    write("README.txt", readme.as_bytes())
}

impl MunicipalityReport<'_> {
    /// Renders the report to PDF bytes.
    ///
    /// # Errors
    /// As [`MunicipalityReport::prepare`], and as [`render`].
    ///
    /// # Example
    /// ```no_run
    /// use plan_core::population::read::read_population_file;
    /// let (table, _) = read_population_file("07459.csv", "07459.csv")?;
    /// let d = |y| plan_core::Date::from_ymd_opt(y, 1, 1).unwrap();
    /// let report = plan_report::municipality::MunicipalityReport {
    ///     table: &table, changes: &Default::default(), code: "3041".parse()?, from: d(2015), to: d(2024),
    /// };
    /// let pdf = report.render(&Default::default())?;
    /// assert!(pdf.starts_with(b"%PDF"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn render(&self, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
        compile_prepared(&self.prepare(options)?, options)
    }

    /// Builds the report's view and chart.
    ///
    /// # Errors
    /// [`ReportError::Plan`] when the dates are reversed, or the
    /// municipality has no count at `to`, or cannot be followed back from
    /// it to any earlier date of the table.
    ///
    /// # Example
    /// ```
    /// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n3041,Gol,2021,4636\n";
    /// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
    /// let d = |y| plan_core::Date::from_ymd_opt(y, 1, 1).unwrap();
    /// let report = plan_report::municipality::MunicipalityReport {
    ///     table: &table, changes: &Default::default(), code: "3041".parse()?, from: d(2020), to: d(2021),
    /// };
    /// assert!(report.prepare(&Default::default())?.charts.is_empty(), "two dates make no line chart");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn prepare(&self, options: &ReportOptions) -> Result<Prepared, ReportError> {
        Ok(Prepared::new(self.build(options)?, ViewData::Municipality))
    }
}

impl BuildReport for MunicipalityReport<'_> {
    fn prepare(&self, options: &ReportOptions) -> Result<Prepared, ReportError> {
        MunicipalityReport::prepare(self, options)
    }
}
