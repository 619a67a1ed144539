//! The public path from a loaded plan to PDF bytes: what a report needs, the
//! options, and the render and emit functions.

use std::path::Path;

use chrono::NaiveDate;
use plan_core::as_of::AsOf;
use plan_core::{Diagnostic, Loaded, PlanFolder, ProgrammeVersion};
use serde::Serialize;
use typst_pdf::PdfStandard;

use crate::charts::Chart;
use crate::error::ReportError;
use crate::templates::Templates;
use crate::world::ReportWorld;

/// Which report to make.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let options = ReportOptions { year: Some(2021), ..Default::default() };
/// assert_eq!(prepare(Report::Status, &input, &options)?.main, "status.typ");
/// assert_eq!(prepare(Report::CaseAttachment, &input, &options)?.main, "case.typ");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    /// The annual revision report of the action programme (`status.typ`).
    Status,
    /// The case document with the plan as its attachment (`case.typ`).
    CaseAttachment,
    /// The whole plan period at once, for the evaluation before the next
    /// plan (`period.typ`): the years that have a status file.
    Period,
}

/// What a report is made from: the loaded plan folder, the findings of its
/// checks (printed in an appendix), and — for the status report — the
/// changes to the action programme when they are not taken from the
/// folder's history.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let prepared = prepare(Report::Status, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
/// let data: serde_json::Value = serde_json::from_slice(&prepared.data)?;
/// assert_eq!(data["meta"]["region"], "Hallingdal");
/// assert_eq!(data["focus_areas"].as_array().map(Vec::len), Some(5));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// The plan folder. Reports name its files as it does, relative to the
    /// folder (`status/2022.csv`): never where the folder is on this
    /// machine, so the same folder at two paths gives the same bytes.
    pub folder: &'a PlanFolder,
    /// Warnings found when loading and checking it.
    pub diagnostics: &'a [Diagnostic],
    /// Changes to the action programme for the status report's section
    /// "Endringar i handlingsprogrammet", when given explicitly (a proposal
    /// not yet adopted); without it the section compares the programme in
    /// force in the year with the revision the history holds for the next.
    pub revision: Option<&'a Revision>,
}

impl<'a> ReportInput<'a> {
    /// What a report needs from a loaded folder: the folder and its warnings.
    ///
    /// # Example
    /// ```
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let input = plan_report::ReportInput::new(&loaded);
    /// assert_eq!(input.diagnostics.len(), loaded.diagnostics.len());
    /// assert!(input.revision.is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn new(loaded: &'a Loaded<PlanFolder>) -> Self {
        ReportInput { folder: &loaded.value, diagnostics: &loaded.diagnostics, revision: None }
    }

    /// The same input with explicit changes to the action programme.
    ///
    /// # Example
    /// ```
    /// use plan_report::{ReportInput, report::Revision};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let actions = &loaded.value.programme.versions[0].actions;
    /// let revision = Revision { changes: plan_core::diff::diff(actions, &actions[1..]), old: "a".into(), new: "b".into() };
    /// let input = ReportInput::new(&loaded).with_revision(&revision);
    /// assert_eq!(input.revision.map(|r| r.changes.removed.len()), Some(1));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn with_revision(self, revision: &'a Revision) -> Self {
        ReportInput { revision: Some(revision), ..self }
    }
}

/// The shape every report shares — the plan's reports ([`PlanReport`]) and a
/// municipality's population report
/// ([`MunicipalityReport`](crate::municipality::MunicipalityReport)): a value
/// that says what the report is made from, whose [`prepare`](BuildReport::prepare)
/// builds the report's view ([`Prepared`]: its data and charts) and whose
/// [`render`](BuildReport::render) compiles that view to PDF bytes. The web
/// edition reads the same view. Both types also have these methods as
/// inherent methods, so a caller needs this trait only for generic code.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::{BuildReport, PlanReport}};
/// fn first_chart(report: &dyn BuildReport, options: &ReportOptions) -> Option<String> {
///     report.prepare(options).ok()?.charts.first().map(|c| c.file.clone())
/// }
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let status = PlanReport::new(Report::Status, ReportInput::new(&loaded));
/// let options = ReportOptions { year: Some(2021), ..Default::default() };
/// assert!(first_chart(&status, &options).is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait BuildReport {
    /// Builds the report's view: its data and charts, not yet compiled.
    ///
    /// # Errors
    /// [`ReportError::Input`] or [`ReportError::Plan`] when the report's
    /// arguments or data do not allow it (each with the values in it).
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, report::{BuildReport, PlanReport}};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let period = PlanReport::new(Report::Period, ReportInput::new(&loaded));
    /// assert_eq!(BuildReport::prepare(&period, &Default::default())?.main, "period.typ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn prepare(&self, options: &ReportOptions) -> Result<Prepared, ReportError>;

    /// Renders the report to PDF bytes.
    ///
    /// # Errors
    /// As [`BuildReport::prepare`], and as [`compile_prepared`].
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, report::{BuildReport, PlanReport}};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let case = PlanReport::new(Report::CaseAttachment, ReportInput::new(&loaded));
    /// assert!(BuildReport::render(&case, &Default::default())?.starts_with(b"%PDF-"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn render(&self, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
        compile_prepared(&self.prepare(options)?, options)
    }
}

/// One of the plan's reports described by a value: which report, and the
/// loaded plan it is made from.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::PlanReport};
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let report = PlanReport::new(Report::Status, ReportInput::new(&loaded));
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
    /// let report = PlanReport::new(Report::Status, ReportInput::new(&loaded));
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

/// Two versions of the action programme and what changed between them.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::{prepare, Revision}};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// // A proposal not yet adopted, compared with the programme in force in 2021.
/// let proposal = plan_core::load::load_actions(format!("{dir}/handlingsprogram/2024.csv"))?.value;
/// let revision = Revision {
///     changes: plan_core::diff::diff(&loaded.value.programme_for(2021)?.actions, &proposal),
///     old: "tiltak.csv".into(),
///     new: "forslag.csv".into(),
/// };
/// let input = ReportInput::new(&loaded).with_revision(&revision);
/// let prepared = prepare(Report::Status, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
/// let data = String::from_utf8(prepared.data)?;
/// assert!(data.contains("forslag.csv") && !data.contains("handlingsprogram/2022.csv"), "the explicit revision wins");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Revision {
    /// The changes.
    pub changes: plan_core::diff::ActionDiff,
    /// The old version, as named by the user.
    pub old: String,
    /// The new version, as named by the user.
    pub new: String,
}

/// A changed field's value as reports print it: `–` for nothing, amounts
/// in kroner, lists joined with commas.
///
/// ```
/// use serde_json::json;
/// use plan_report::report::field_value_text;
/// assert_eq!(field_value_text(&json!(650000)), "650\u{a0}000\u{a0}kr");
/// assert_eq!(field_value_text(&json!(["RR", "HNN"])), "RR, HNN");
/// assert_eq!(field_value_text(&json!(null)), "–");
/// ```
pub fn field_value_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => "–".to_string(),
        serde_json::Value::String(s) if s.is_empty() => "–".to_string(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Number(n) => n.as_i64().map_or(n.to_string(), |k| plan_core::Kroner::new(k).to_string()),
        serde_json::Value::Array(items) => items.iter().map(field_value_text).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// The name of a field of an action, as reports print changes, in any
/// language.
///
/// ```
/// use plan_core::Language;
/// assert_eq!(plan_report::i18n::render(&plan_report::report::field_message("deadline"), Language::En), "deadline");
/// assert_eq!(plan_report::i18n::render(&plan_report::report::field_message("cost"), Language::Nn), "kostnad");
/// ```
pub fn field_message(field: &str) -> plan_core::Message {
    match field {
        "text" => plan_core::msg!("field-text"),
        "deadline" => plan_core::msg!("field-deadline"),
        "responsible" => plan_core::msg!("field-responsible"),
        "cost" => plan_core::msg!("field-cost"),
        "note" => plan_core::msg!("field-note"),
        "focus_area" => plan_core::msg!("field-focus-area"),
        "theme" => plan_core::msg!("field-theme"),
        other => plan_core::msg!("field-other", name = other),
    }
}

/// How to make a report.
///
/// # Example
/// ```
/// use plan_report::{PdfStandard, ReportOptions};
/// let options = ReportOptions { year: Some(2022), date: chrono::NaiveDate::from_ymd_opt(2023, 2, 1), ..Default::default() };
/// assert_eq!(options.standards, [PdfStandard::A_2a, PdfStandard::Ua_1]);
/// assert_eq!(options.cache_age, 4);
/// assert!(options.templates.get("status.typ").is_some());
/// ```
#[derive(Debug, Clone)]
pub struct ReportOptions {
    /// The reporting year (required for the status report).
    pub year: Option<i32>,
    /// The report's date; by default 31 December of the year (status report)
    /// or the case document's date (case attachment). Never the wall clock.
    pub date: Option<NaiveDate>,
    /// The templates (embedded, or with overrides).
    pub templates: Templates,
    /// PDF standards to conform to; by default PDF/A-2a and PDF/UA-1.
    pub standards: Vec<PdfStandard>,
    /// The case document's number (`9/20`); by default the only case, or
    /// the latest by date.
    pub case: Option<String>,
    /// How many renders typst's cached results may go unused before they
    /// are evicted (default 4): a long-running service keeps the last few
    /// reports warm (about 9 ms a re-render) with its memory flat; 0 keeps
    /// nothing between renders.
    pub cache_age: usize,
    /// The report's language; by default the plan's (`language` in
    /// `plan.toml`).
    pub language: Option<plan_core::Language>,
}

impl ReportOptions {
    /// The language a report of `plan` is made in: the one asked for, else
    /// the plan's.
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
    /// assert_eq!(plan_report::ReportOptions::default().language_for(&plan), Language::Nn);
    /// let english = plan_report::ReportOptions { language: Some(Language::En), ..Default::default() };
    /// assert_eq!(english.language_for(&plan), Language::En);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn language_for(&self, plan: &plan_core::Plan) -> plan_core::Language {
        self.language.unwrap_or(plan.meta.language)
    }
}

impl Default for ReportOptions {
    fn default() -> Self {
        ReportOptions {
            year: None,
            date: None,
            templates: Templates::embedded(),
            standards: default_standards(),
            case: None,
            cache_age: 4,
            language: None,
        }
    }
}

/// PDF/A-2a together with PDF/UA-1: archival (the Norwegian archive
/// authority) and accessible (the universal-design authority).
///
/// ```
/// use plan_report::PdfStandard;
/// assert_eq!(plan_report::report::default_standards(), [PdfStandard::A_2a, PdfStandard::Ua_1]);
/// ```
pub fn default_standards() -> Vec<PdfStandard> {
    vec![PdfStandard::A_2a, PdfStandard::Ua_1]
}

/// A report ready to compile: its main template, data and charts.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let options = ReportOptions { case: Some("9/20".into()), ..ReportOptions::default() };
/// let prepared = prepare(Report::CaseAttachment, &input, &options)?;
/// assert_eq!(prepared.date.to_string(), "2020-10-18", "the case document's date, never the clock");
/// assert!(!prepared.ident.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The main template's file name.
    pub main: String,
    /// `data.json`.
    pub data: Vec<u8>,
    /// The charts (SVG files under `charts/`).
    pub charts: Vec<Chart>,
    /// The document's date.
    pub date: NaiveDate,
    /// A stable identifier for the PDF's document id.
    pub ident: String,
}

impl Prepared {
    pub(crate) fn new(
        main: &str,
        data: &impl Serialize,
        charts: Vec<Chart>,
        date: NaiveDate,
        ident: String,
    ) -> Result<Self, ReportError> {
        let data = serde_json::to_vec_pretty(data)
            .map_err(|e| ReportError::Input(plan_core::msg!("report-data-unwritable", detail = e.to_string())))?;
        Ok(Prepared { main: main.to_string(), data, charts, date, ident })
    }

    /// The virtual files: `data.json` and the chart SVGs.
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
    /// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
    /// let loaded = plan_core::PlanFolder::load(dir)?;
    /// let input = ReportInput::new(&loaded);
    /// let prepared = prepare(Report::Status, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
    /// let names: Vec<String> = prepared.files().into_iter().map(|(name, _)| name).collect();
    /// assert_eq!(names[0], "data.json");
    /// assert!(names[1..].iter().all(|n| n.starts_with("charts/") && n.ends_with(".svg")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![("data.json".to_string(), self.data.clone())];
        files.extend(self.charts.iter().map(|c| (c.file.clone(), c.svg.clone().into_bytes())));
        files
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
/// let prepared = prepare(Report::Status, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
/// assert_eq!(prepared.main, "status.typ");
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
    match report {
        Report::Status => crate::status::prepare(input, options, cut),
        Report::CaseAttachment => crate::case::prepare(input, options, cut),
        Report::Period => crate::period::prepare(input, options, cut),
    }
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
/// let annual = as_of(Report::Status, &folder, &ReportOptions { year: Some(2022), ..Default::default() })?;
/// assert_eq!((annual.date.to_string(), annual.status_rows), ("2022-12-31".to_string(), StatusRows::WholeYear));
/// let case = as_of(Report::CaseAttachment, &folder, &ReportOptions { case: Some("31/23".into()), ..Default::default() })?;
/// assert_eq!((case.date.to_string(), case.status_rows), ("2023-12-14".to_string(), StatusRows::UpdatedBy));
/// assert_eq!(as_of(Report::Period, &folder, &Default::default())?.date.to_string(), "2024-12-31");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn as_of(report: Report, folder: &PlanFolder, options: &ReportOptions) -> Result<AsOf, ReportError> {
    let stated = options.date.map(AsOf::dated);
    Ok(match report {
        Report::Status => {
            let year = options.year.ok_or_else(|| ReportError::Input(plan_core::msg!("report-needs-year")))?;
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
/// let pdf: Vec<u8> = render(Report::Status, &input, &options)?;
/// assert!(pdf.starts_with(b"%PDF"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render(report: Report, input: &ReportInput<'_>, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    let prepared = prepare(report, input, options)?;
    compile_prepared(&prepared, options)
}

/// Compiles a prepared report to PDF bytes.
///
/// # Errors
/// [`ReportError::Template`], [`ReportError::Pdf`].
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::{compile_prepared, prepare}};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let options = ReportOptions { year: Some(2021), ..Default::default() };
/// let prepared = prepare(Report::Status, &input, &options)?;
/// let pdf = compile_prepared(&prepared, &options)?;
/// assert_eq!(pdf, compile_prepared(&prepared, &options)?, "the same input gives the same bytes");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn compile_prepared(prepared: &Prepared, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    let world = ReportWorld::new(&options.templates, &prepared.main, &prepared.files(), prepared.date);
    let document = crate::compile::layout(&world, &options.templates, options.cache_age)?;
    crate::compile::pdf(&world, &options.templates, &document, &prepared.ident, prepared.date, &options.standards)
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
    render(Report::Status, input, options)
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
    dir: &Path,
) -> Result<(), ReportError> {
    let prepared = prepare(report, input, options)?;
    let write = |name: &str, bytes: &[u8]| -> Result<(), ReportError> {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|source| ReportError::Output { path: parent.to_path_buf(), source })?;
        }
        crate::output::write_atomically(&path, bytes)
    };
    for (name, text) in options.templates.iter().filter(|(name, _)| name.ends_with(".typ")) {
        write(name, text.as_bytes())?;
    }
    for (name, bytes) in prepared.files() {
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
        prepared.main
    );
    write("README.txt", readme.as_bytes())
}

/// An input file named in the sources appendix.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct SourceView {
    /// The file.
    pub file: String,
    /// What it holds.
    pub description: String,
}

/// The input files and tables a report is made from: the plan, the
/// versions of the action programme it shows, the status files, indicator
/// values, population tables, code changes and the case.
pub(crate) fn sources(
    input: &ReportInput<'_>,
    versions: &[&ProgrammeVersion],
    statuses: &[&plan_core::follow_up::StatusFile],
    words: &crate::words::Words,
) -> Vec<SourceView> {
    use plan_core::msg;
    let folder = input.folder;
    let plan = &folder.plan;
    let dates = |dates: &[chrono::NaiveDate]| match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if dates.len() == 1 || a == b => msg!("source-one-date", date = words.date(*a)),
        (Some(a), Some(b)) => {
            msg!("source-dates", count = dates.len(), from = words.date(*a), to = words.date(*b))
        }
        _ => msg!("source-no-figures"),
    };
    let mut out = vec![SourceView {
        file: plan_core::load::files::PLAN.to_string(),
        description: words.say(&msg!(
            "source-plan",
            title = plan.meta.title.as_str(),
            version = plan.meta.version.label.as_str()
        )),
    }];
    for version in versions {
        let adopted: plan_core::i18n::Arg = version.adoption.as_ref().map_or(String::new().into(), |a| {
            msg!("source-adopted-by", body = a.body.as_str(), case = a.case.as_str(), date = words.date(a.date)).into()
        });
        out.push(SourceView {
            file: version.file.clone(),
            description: words.say(&msg!(
                "source-programme",
                year = version.first_year,
                count = version.actions.len(),
                adopted = adopted
            )),
        });
    }
    for status in statuses {
        out.push(SourceView {
            file: status.file.clone(),
            description: words.say(&msg!("source-status", year = status.year, count = status.entries.len())),
        });
    }
    if !folder.indicator_values.is_empty() {
        out.push(SourceView {
            file: plan_core::load::files::INDICATORS.to_string(),
            description: words.say(&msg!("source-indicators", count = folder.indicator_values.len())),
        });
    }
    for file in &folder.population_files {
        let own_table = file.file == plan_core::load::files::POPULATION;
        let kind = crate::view::kind_name(&file.kind, words);
        let what = if own_table { msg!("source-own-population") } else { msg!("source-population") };
        out.push(SourceView {
            file: file.file.clone(),
            description: words.say(&msg!(
                "source-population-file",
                what = what,
                kind = kind,
                dates = dates(&file.dates),
                count = file.rows
            )),
        });
    }
    // Each change list with its own changes and dates: the plan's files, then
    // the built-in list when following the region went through it.
    let inputs = plan_core::population_inputs::PopulationInputs::of(folder);
    let changes = &inputs.changes;
    for file in changes.files.iter().filter(|f| !f.built_in) {
        out.push(SourceView {
            file: file.file.clone(),
            description: words.say(&msg!("source-code-changes", count = file.changes, dates = dates(&file.dates))),
        });
    }
    if let Some(file) = changes.files.iter().find(|f| f.built_in) {
        let codes: Vec<plan_core::MunicipalityCode> = plan.meta.region.municipalities.iter().map(|m| m.code).collect();
        let table_dates = inputs.table.dates();
        let period = plan.meta.period;
        let (start, end) = (
            chrono::NaiveDate::from_ymd_opt(period.first, 1, 1),
            chrono::NaiveDate::from_ymd_opt(period.last + 1, 1, 1),
        );
        let from = table_dates.first().copied().into_iter().chain(start).min();
        let to = table_dates.last().copied().into_iter().chain(end).max();
        let used = match (from, to) {
            (Some(from), Some(to)) => changes.built_in_used(&codes, from, to).len(),
            _ => 0,
        };
        if used > 0 {
            out.push(SourceView {
                file: file.file.clone(),
                description: words.say(&msg!(
                    "source-built-in-code-changes",
                    count = file.changes,
                    dates = dates(&file.dates),
                    used = used
                )),
            });
        }
    }
    for case in &folder.cases {
        out.push(SourceView {
            file: case.file.clone(),
            description: words.say(&msg!(
                "source-case",
                number = case.number.as_str(),
                body = case.assembly.as_str(),
                title = case.title.as_str()
            )),
        });
    }
    out
}

/// Reads PDF standard names as typst writes them (`a-2a`, `ua-1`, `1.7`);
/// `none` alone means a plain PDF.
///
/// # Errors
/// [`ReportError::Input`] naming an unknown standard and the known ones.
///
/// # Example
/// ```
/// let standards = plan_report::report::parse_standards(&["a-2a".into(), "ua-1".into()])?;
/// assert_eq!(standards.len(), 2);
/// assert!(plan_report::report::parse_standards(&["none".into()])?.is_empty());
/// # Ok::<(), plan_report::ReportError>(())
/// ```
pub fn parse_standards(names: &[String]) -> Result<Vec<PdfStandard>, ReportError> {
    if names.len() == 1 && names[0].trim() == "none" {
        return Ok(Vec::new());
    }
    names
        .iter()
        .map(|name| {
            serde_json::from_value::<PdfStandard>(serde_json::Value::String(name.trim().to_string()))
                .map_err(|_| ReportError::Input(plan_core::msg!("pdf-standard-unknown", name = name.trim())))
        })
        .collect()
}
