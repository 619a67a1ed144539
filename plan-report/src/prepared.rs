//! A report ready to compile or to render as a page: its typed view, its
//! charts, its date and its document id. The view is one value that the
//! typst template reads as `data.json` (written only at that edge) and the
//! HTML template reads as `data`.

use chrono::NaiveDate;
use serde::Serialize;

use crate::charts::Chart;
use crate::error::ReportError;
use crate::options::ReportOptions;
use crate::view::Built;
use crate::world::ReportWorld;

/// Which report a view is of, and so which templates render it.
///
/// # Example
/// ```
/// use plan_report::prepared::ViewKind;
/// assert_eq!(ViewKind::Annual.typst_template(), "status.typ");
/// assert_eq!(ViewKind::Annual.html_template(), "status.html");
/// assert_eq!(ViewKind::Municipality.typst_template(), "municipality.typ");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ViewKind {
    /// The annual revision report of the action programme.
    Annual,
    /// The period report.
    Period,
    /// The case document with its attachments.
    Case,
    /// A municipality's population report.
    Municipality,
}

impl ViewKind {
    /// The typst template that typesets the view (the templates keep their
    /// names: `--templates` overrides them by name).
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_report::prepared::ViewKind::Case.typst_template(), "case.typ");
    /// ```
    pub fn typst_template(self) -> &'static str {
        match self {
            ViewKind::Annual => "status.typ",
            ViewKind::Period => "period.typ",
            ViewKind::Case => "case.typ",
            ViewKind::Municipality => "municipality.typ",
        }
    }

    /// The HTML template that renders the view as a web page.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_report::prepared::ViewKind::Period.html_template(), "period.html");
    /// ```
    pub fn html_template(self) -> &'static str {
        match self {
            ViewKind::Annual => "status.html",
            ViewKind::Period => "period.html",
            ViewKind::Case => "case.html",
            ViewKind::Municipality => "municipality.html",
        }
    }
}

/// A report's view: every text, number and date of the report already
/// formatted in the edition's language, with the structure its templates
/// read. It serializes as the report's `data.json`.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, prepared::ViewKind, report::prepare};
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let prepared = prepare(Report::Annual, &ReportInput::new(&loaded), &ReportOptions { year: Some(2021), ..Default::default() })?;
/// assert_eq!(prepared.view.kind(), ViewKind::Annual);
/// let data = serde_json::to_value(&prepared.view)?;
/// assert_eq!(data["meta"]["year"], 2021);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct View(pub(crate) ViewData);

/// The views of the reports, each its own type.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub(crate) enum ViewData {
    Annual(Box<crate::annual::AnnualView>),
    Period(Box<crate::period::PeriodView>),
    Case(Box<crate::case::CaseView>),
    Municipality(Box<crate::municipality::MunicipalityView>),
}

impl View {
    /// Which report the view is of.
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, prepared::ViewKind, report::prepare};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// assert_eq!(prepare(Report::Period, &ReportInput::new(&loaded), &Default::default())?.view.kind(), ViewKind::Period);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn kind(&self) -> ViewKind {
        match &self.0 {
            ViewData::Annual(_) => ViewKind::Annual,
            ViewData::Period(_) => ViewKind::Period,
            ViewData::Case(_) => ViewKind::Case,
            ViewData::Municipality(_) => ViewKind::Municipality,
        }
    }

    /// The view as JSON, pretty-printed: what the library's users read. The
    /// `data.json` typst reads is this with soft hyphens added
    /// ([`Prepared::files`]).
    ///
    /// # Errors
    /// [`ReportError::Input`] if the view cannot be written as JSON.
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let prepared = prepare(Report::Annual, &ReportInput::new(&loaded), &ReportOptions { year: Some(2021), ..Default::default() })?;
    /// let json = prepared.view.to_json()?;
    /// assert!(json.starts_with(b"{\n  \"meta\": {"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> Result<Vec<u8>, ReportError> {
        serde_json::to_vec_pretty(self)
            .map_err(|e| ReportError::Input(crate::error::InputError::ViewUnwritable { detail: e.to_string() }))
    }
}

/// A report ready to compile: its view, charts, date and document id.
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
/// assert_eq!(prepared.main(), "case.typ");
/// assert!(!prepared.ident.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The view the templates read.
    pub view: View,
    /// The charts (SVG files under `charts/`).
    pub charts: Vec<Chart>,
    /// The document's date.
    pub date: NaiveDate,
    /// A stable identifier for the PDF's document id.
    pub ident: String,
}

impl Prepared {
    /// A built report's view of one kind (`wrap` picks the kind).
    pub(crate) fn new<T>(built: Built<T>, wrap: impl FnOnce(Box<T>) -> ViewData) -> Self {
        Prepared { view: View(wrap(Box::new(built.data))), charts: built.charts, date: built.date, ident: built.ident }
    }

    /// The main typst template's file name.
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let options = ReportOptions { year: Some(2021), ..Default::default() };
    /// assert_eq!(prepare(Report::Annual, &ReportInput::new(&loaded), &options)?.main(), "status.typ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn main(&self) -> &'static str {
        self.view.kind().typst_template()
    }

    /// The virtual files: `data.json` and the chart SVGs. This `data.json`
    /// is the view's JSON with soft hyphens (U+00AD) where a word of a text
    /// may break (the rules are in `hyphenation`); the view itself, and so
    /// the web edition and [`View::to_json`], has none.
    ///
    /// # Errors
    /// As [`View::to_json`].
    ///
    /// # Example
    /// ```
    /// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
    /// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
    /// let loaded = plan_core::PlanFolder::load(dir)?;
    /// let input = ReportInput::new(&loaded);
    /// let prepared = prepare(Report::Annual, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
    /// let names: Vec<String> = prepared.files()?.into_iter().map(|(name, _)| name).collect();
    /// assert_eq!(names[0], "data.json");
    /// assert!(names[1..].iter().all(|n| n.starts_with("charts/") && n.ends_with(".svg")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn files(&self) -> Result<Vec<(String, Vec<u8>)>, ReportError> {
        let mut files = vec![("data.json".to_string(), crate::hyphenation::typeset_json(&self.view.to_json()?))];
        files.extend(self.charts.iter().map(|c| (c.file.clone(), c.svg.clone().into_bytes())));
        Ok(files)
    }
}

/// The shape every report shares — the plan's reports
/// ([`PlanReport`](crate::report::PlanReport)) and a municipality's
/// population report
/// ([`MunicipalityReport`](crate::municipality::MunicipalityReport)): a value
/// that says what the report is made from, whose [`prepare`](BuildReport::prepare)
/// builds the report's view ([`Prepared`]) and whose
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
/// let annual = PlanReport::new(Report::Annual, ReportInput::new(&loaded));
/// let options = ReportOptions { year: Some(2021), ..Default::default() };
/// assert!(first_chart(&annual, &options).is_some());
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
    /// assert_eq!(BuildReport::prepare(&period, &Default::default())?.main(), "period.typ");
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
/// let prepared = prepare(Report::Annual, &input, &options)?;
/// let pdf = compile_prepared(&prepared, &options)?;
/// assert_eq!(pdf, compile_prepared(&prepared, &options)?, "the same input gives the same bytes");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn compile_prepared(prepared: &Prepared, options: &ReportOptions) -> Result<Vec<u8>, ReportError> {
    let world = ReportWorld::new(&options.templates, prepared.main(), &prepared.files()?, prepared.date);
    let document = crate::compile::layout(&world, &options.templates, options.cache_age)?;
    let document = crate::hyphenation::without_inner_soft_hyphens(document);
    crate::compile::pdf(&world, &options.templates, &document, &prepared.ident, prepared.date, &options.standards)
}
