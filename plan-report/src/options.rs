//! How to make a report: year, date, templates, PDF standards, case,
//! cache and language.

use chrono::NaiveDate;
use typst_pdf::PdfStandard;

use crate::error::ReportError;
use crate::templates::Templates;

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
            serde_json::from_value::<PdfStandard>(serde_json::Value::String(name.trim().to_string())).map_err(|_| {
                ReportError::Input(crate::error::InputError::UnknownPdfStandard { name: name.trim().to_string() })
            })
        })
        .collect()
}
