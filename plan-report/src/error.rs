//! The one error type of this crate.

use std::path::PathBuf;

/// Everything that can go wrong while rendering or writing a report.
///
/// # Example
/// ```
/// use plan_report::{ReportError, ReportInput, ReportOptions, render_status_report};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// match render_status_report(&input, &ReportOptions::default()) {
///     Err(ReportError::Input(message)) => assert_eq!(message.id, "report-needs-year"),
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
    /// The report cannot be made from this input (no year, no data).
    #[error("{}", crate::i18n::render(.0, plan_core::Language::En))]
    Input(plan_core::Message),
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
            ReportError::Input(message) => message.clone(),
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
