//! The one error type of this crate.

use std::path::PathBuf;

use chrono::NaiveDate;

/// Everything that can go wrong while rendering or writing a report.
///
/// # Example
/// ```
/// use plan_report::{ReportError, ReportInput, ReportOptions, render_status_report};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// match render_status_report(&input, &ReportOptions::default()) {
///     Err(ReportError::Input(plan_report::error::InputError::NeedsYear)) => {}
///     other => panic!("expected an input error, got {other:?}"),
/// }
/// let missing = plan_core::PlanFolder::load("no/such/plan").map_err(ReportError::from).unwrap_err();
/// assert!(matches!(missing, ReportError::Plan(plan_core::Error::Io { .. })));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// The plan or its data could not be loaded or is invalid.
    #[error(transparent)]
    Plan(#[from] plan_core::Error),
    /// A template did not compile, or compiled with warnings.
    #[error("{}", template_summary(diagnostics))]
    Template {
        /// Every error and warning typst reported, located.
        diagnostics: Vec<TemplateDiagnostic>,
    },
    /// The PDF could not be produced as asked (a standard could not be met).
    #[error("cannot write the PDF: {message}")]
    Pdf {
        /// What typst said.
        message: String,
    },
    /// A template folder or file could not be read.
    #[error("{}: cannot read templates: {source}", path.display())]
    Templates {
        /// The folder or file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// A chart could not be drawn.
    #[error("cannot draw the chart {name}: {message}")]
    Chart {
        /// The chart.
        name: String,
        /// What plotters said.
        message: String,
    },
    /// The report cannot be made from this input (no year, no data): each
    /// case its own [`InputError`] variant with its values, for a program to
    /// match.
    #[error("{}", crate::i18n::render(&.0.message(), plan_core::Language::En))]
    Input(InputError),
    /// An error of the command line itself (a port in use, no plan folder
    /// found); the library never returns one.
    #[error("{}", crate::i18n::render(.0, plan_core::Language::En))]
    Command(plan_core::Message),
    /// An output file could not be written.
    #[error("{}: cannot write: {source}", path.display())]
    Output {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
}

/// Why a report, a page or the site cannot be made from what it was given:
/// one variant per case, with the values in it.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, ReportError, error::InputError, report::prepare};
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let date = chrono::NaiveDate::from_ymd_opt(2021, 6, 1);
/// let options = ReportOptions { year: Some(2022), date, ..Default::default() };
/// match prepare(Report::Annual, &ReportInput::new(&loaded), &options) {
///     Err(ReportError::Input(InputError::DateTooEarly { date, year })) => {
///         assert_eq!((date.to_string(), year), ("2021-06-01".to_string(), 2022));
///     }
///     other => panic!("expected DateTooEarly, got {other:?}"),
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InputError {
    /// The annual report was asked for without a year.
    NeedsYear,
    /// The report's date is before the year it reports on.
    DateTooEarly {
        /// The report's date.
        date: NaiveDate,
        /// The reporting year.
        year: i32,
    },
    /// The period report needs at least one status file.
    PeriodNeedsStatus {
        /// The plan folder's name.
        plan: String,
    },
    /// A PDF standard typst does not know.
    UnknownPdfStandard {
        /// The name as given.
        name: String,
    },
    /// A view could not be written as JSON.
    ViewUnwritable {
        /// What the JSON writer said.
        detail: String,
    },
    /// A page's view could not be built (a bug: the work panicked).
    PageFailed,
    /// A municipality's report could not be built (a bug: the work panicked).
    MunicipalityFailed,
    /// The site's output folder holds other files than a site.
    SiteOutputNotEmpty {
        /// The folder.
        path: PathBuf,
    },
    /// The site's output path is a file, not a folder.
    SiteOutputNotAFolder {
        /// The path.
        path: PathBuf,
    },
    /// A file of the site would lie outside its folder.
    SiteFileOutside {
        /// The file's path within the site.
        path: PathBuf,
    },
    /// The status file as an Excel workbook could not be written.
    WorkbookUnwritable {
        /// What the workbook writer said.
        detail: String,
    },
}

impl InputError {
    /// The error as a message, to render in any language.
    ///
    /// # Example
    /// ```
    /// use plan_report::error::InputError;
    /// use plan_core::Language;
    /// let error = InputError::UnknownPdfStandard { name: "a-9z".into() };
    /// assert!(plan_report::i18n::render(&error.message(), Language::En).contains("a-9z"));
    /// // The message finds this crate's text through plan-core's API too.
    /// assert_eq!(error.message().render(Language::Nb), plan_report::i18n::render(&error.message(), Language::Nb));
    /// assert!(!error.message().render(Language::En).starts_with("pdf-standard-unknown"));
    /// ```
    pub fn message(&self) -> plan_core::Message {
        use plan_core::msg;
        // So that `message().render(…)` finds this crate's texts.
        crate::i18n::catalogue();
        match self {
            InputError::NeedsYear => msg!("report-needs-year"),
            InputError::DateTooEarly { date, year } => {
                msg!("report-date-too-early", date = date.to_string(), year = *year)
            }
            InputError::PeriodNeedsStatus { plan } => msg!("period-needs-status", plan = plan.as_str()),
            InputError::UnknownPdfStandard { name } => msg!("pdf-standard-unknown", name = name.as_str()),
            InputError::ViewUnwritable { detail } => msg!("report-data-unwritable", detail = detail.as_str()),
            InputError::PageFailed => msg!("site-page-failed"),
            InputError::MunicipalityFailed => msg!("batch-report-failed"),
            InputError::SiteOutputNotEmpty { path } => {
                msg!("site-output-not-empty", path = path.display().to_string())
            }
            InputError::SiteOutputNotAFolder { path } => {
                msg!("site-output-not-a-folder", path = path.display().to_string())
            }
            InputError::SiteFileOutside { path } => msg!("site-file-outside", path = path.display().to_string()),
            InputError::WorkbookUnwritable { detail } => msg!("workbook-unwritable", detail = detail.as_str()),
        }
    }
}

impl From<InputError> for ReportError {
    fn from(error: InputError) -> Self {
        ReportError::Input(error)
    }
}

impl ReportError {
    /// The error in `language`. A template's diagnostics keep typst's
    /// words; the rest is translated.
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// use plan_report::ReportError;
    /// let err = ReportError::Output { path: "a/b.pdf".into(), source: std::io::ErrorKind::NotFound.into() };
    /// assert_eq!(err.render(Language::Nn), "a/b.pdf: kan ikkje skrive: fila eller mappa finst ikkje");
    /// assert_eq!(err.render(Language::En), "a/b.pdf: cannot write: no such file or folder");
    /// ```
    pub fn render(&self, language: plan_core::Language) -> String {
        use plan_core::error::io_reason;
        use plan_core::msg;
        let message = match self {
            ReportError::Plan(err) => return err.render_in(crate::i18n::catalogue(), language),
            ReportError::Template { diagnostics } => return template_summary(diagnostics),
            ReportError::Pdf { message } => msg!("pdf-failed", detail = message),
            ReportError::Templates { path, source } => {
                msg!("templates-unreadable", path = path.display().to_string(), reason = io_reason(source))
            }
            ReportError::Chart { name, message } => msg!("chart-failed", name = name, detail = message),
            ReportError::Input(input) => input.message(),
            ReportError::Command(message) => message.clone(),
            ReportError::Output { path, source } => {
                msg!("output-unwritable", path = path.display().to_string(), reason = io_reason(source))
            }
        };
        crate::i18n::render(&message, language)
    }
}

/// One typst diagnostic, located in a template.
///
/// # Example
/// ```
/// use plan_report::{ReportError, ReportInput, ReportOptions, render_case_attachment, templates::Templates};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let overrides = tempfile::tempdir()?;
/// std::fs::write(overrides.path().join("case.typ"), "#let broken = (\n")?;
/// let options = ReportOptions { templates: Templates::with_overrides(overrides.path())?, ..Default::default() };
/// let Err(ReportError::Template { diagnostics }) = render_case_attachment(&input, &options) else { panic!() };
/// assert!(diagnostics[0].file.ends_with("case.typ"));
/// assert_eq!((diagnostics[0].line, diagnostics[0].warning), (Some(1), false));
/// assert!(diagnostics[0].to_string().contains("case.typ:1:"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateDiagnostic {
    /// The template: `templates/status.typ`, or the override file's path.
    pub file: String,
    /// The 1-based line, when known.
    pub line: Option<usize>,
    /// The 1-based column, when known.
    pub column: Option<usize>,
    /// True for a warning (treated as an error all the same).
    pub warning: bool,
    /// typst's message, with its hints.
    pub message: String,
}

impl std::fmt::Display for TemplateDiagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        let kind = if self.warning { "warning (treated as an error)" } else { "error" };
        write!(f, ": {kind}: {}", self.message)
    }
}

fn template_summary(diagnostics: &[TemplateDiagnostic]) -> String {
    diagnostics.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")
}
