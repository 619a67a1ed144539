//! Located findings about input files: errors that stop a load and warnings
//! that a council officer should look at.

use std::fmt;

use serde::{Deserialize, Serialize};

/// How serious a [`Diagnostic`] is.
///
/// # Example
/// ```
/// use plan_core::{Diagnostic, Severity};
/// let d = Diagnostic::note("tiltak.csv", Some(3), None, "due this year");
/// assert_eq!(d.severity, Severity::Note);
/// assert_eq!(Severity::Warning.to_string(), "warning");
/// assert!(Severity::Error < Severity::Warning);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input cannot be used as it is.
    Error,
    /// The input loads, but something in it deserves a look.
    Warning,
    /// Information, not a problem (such as an action due this year).
    Note,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        })
    }
}

/// What fixes a finding, as data: a tool that embeds the library says it in
/// its own words (the command-line tool names its command); the library and
/// the reports never name a command or a flag.
///
/// # Example
/// ```
/// use plan_core::{Diagnostic, Remedy};
/// let d = Diagnostic::warning("status/2022.csv", None, None, "no status file for 2022")
///     .with_remedy(Remedy::StatusTemplate { year: 2022 });
/// assert_eq!(d.remedy, Some(Remedy::StatusTemplate { year: 2022 }));
/// assert_eq!(d.to_string(), "status/2022.csv: warning: no status file for 2022", "the message alone");
/// assert_eq!(serde_json::to_string(&d.remedy)?, r#"{"kind":"status-template","year":2022}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Remedy {
    /// Write a status file for the year from the programme in force, to
    /// fill in.
    StatusTemplate {
        /// The reporting year.
        year: i32,
    },
    /// Add a revision of the action programme to the folder's history (its
    /// file and its decision) instead of replacing the programme file.
    AddRevision,
}

/// One finding about an input file, with where it is and what was expected.
///
/// Displays as `FILE:LINE: SEVERITY: MESSAGE`, the format compilers use, so
/// that editors can jump to the place.
///
/// # Example
/// ```
/// use plan_core::{Diagnostic, Severity};
/// let d = Diagnostic::error("tiltak.csv", Some(4), Some("frist"), "cannot read deadline \"snart\"");
/// assert_eq!(d.to_string(), "tiltak.csv:4: error: column 'frist': cannot read deadline \"snart\"");
/// assert_eq!(d.severity, Severity::Error);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, as the user named it (for example `data/hallingdal/tiltak.csv`).
    pub file: String,
    /// The 1-based line in that file, when the finding has one.
    pub line: Option<u64>,
    /// The column, key or field concerned, when there is one.
    pub field: Option<String>,
    /// The worksheet, for a finding in a workbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// What is wrong and what was expected, without the location.
    pub message: String,
    /// The same message in Nynorsk, for reports, where one is written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_nn: Option<String>,
    /// What fixes it, when a step can be named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<Remedy>,
}

impl Diagnostic {
    /// An error at `file`, `line`, `field`.
    ///
    /// # Example
    /// ```
    /// let d = plan_core::Diagnostic::error("plan.toml", Some(12), Some("meta.period.first"), "expected a year");
    /// assert_eq!(d.to_string(), "plan.toml:12: error: field 'meta.period.first': expected a year");
    /// assert!(d.is_error());
    /// ```
    pub fn error(file: impl Into<String>, line: Option<u64>, field: Option<&str>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file, line, field, message)
    }

    /// A warning at `file`, `line`, `field`.
    ///
    /// # Example
    /// ```
    /// let d = plan_core::Diagnostic::warning("befolkning.csv", None, None, "stated total differs");
    /// assert_eq!(d.to_string(), "befolkning.csv: warning: stated total differs");
    /// ```
    pub fn warning(
        file: impl Into<String>,
        line: Option<u64>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        Self::new(Severity::Warning, file, line, field, message)
    }

    fn new(
        severity: Severity,
        file: impl Into<String>,
        line: Option<u64>,
        field: Option<&str>,
        message: impl Into<String>,
    ) -> Self {
        Self {
            severity,
            file: file.into(),
            line,
            field: field.map(str::to_string),
            sheet: None,
            message: message.into(),
            message_nn: None,
            remedy: None,
        }
    }

    /// The same finding with what fixes it.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Remedy};
    /// let d = Diagnostic::warning("status/2021.csv", Some(6), Some("id"), "unknown actions").with_remedy(Remedy::AddRevision);
    /// assert_eq!(d.remedy, Some(Remedy::AddRevision));
    /// ```
    pub fn with_remedy(mut self, remedy: Remedy) -> Self {
        self.remedy = Some(remedy);
        self
    }

    /// The same finding with its message in Nynorsk too.
    ///
    /// ```
    /// let d = plan_core::Diagnostic::warning("tiltak.csv", Some(7), Some("ansvar"), "no responsible body")
    ///     .with_nn("manglar ansvarleg");
    /// assert_eq!(d.full_message_nn(), "kolonne «ansvar»: manglar ansvarleg");
    /// ```
    pub fn with_nn(mut self, message: impl Into<String>) -> Self {
        self.message_nn = Some(message.into());
        self
    }

    /// The message in Nynorsk with the field named first, as reports print
    /// findings; the English message where no Nynorsk one is written.
    ///
    /// # Example
    /// ```
    /// use plan_core::Diagnostic;
    /// let d = Diagnostic::warning("plan.toml", Some(2), Some("meta.title"), "title is empty").with_nn("tittelen er tom");
    /// assert_eq!(d.full_message_nn(), "felt «meta.title»: tittelen er tom");
    /// let english_only = Diagnostic::warning("plan.toml", Some(2), None, "title is empty");
    /// assert_eq!(english_only.full_message_nn(), "title is empty");
    /// ```
    pub fn full_message_nn(&self) -> String {
        let Some(message) = &self.message_nn else { return self.full_message() };
        let mut out = String::new();
        if let Some(sheet) = &self.sheet {
            out.push_str(&format!("ark «{sheet}», "));
        }
        match &self.field {
            Some(field) if self.is_table_file() => out.push_str(&format!("kolonne «{field}»: ")),
            Some(field) => out.push_str(&format!("felt «{field}»: ")),
            None => {}
        }
        out.push_str(message);
        out
    }

    /// The same finding, in worksheet `sheet` of a workbook.
    ///
    /// # Example
    /// ```
    /// let d = plan_core::Diagnostic::error("tiltak.xlsx", Some(5), Some("frist"), "cannot read deadline").in_sheet("Tiltak");
    /// assert_eq!(d.to_string(), "tiltak.xlsx:5: error: sheet 'Tiltak', column 'frist': cannot read deadline");
    /// ```
    pub fn in_sheet(mut self, sheet: &str) -> Self {
        self.sheet = Some(sheet.to_string());
        self
    }

    /// A note: not a problem, something to know (such as actions due this year).
    ///
    /// # Example
    /// ```
    /// let d = plan_core::Diagnostic::note("tiltak.csv", Some(9), None, "due in 2021");
    /// assert_eq!(d.to_string(), "tiltak.csv:9: note: due in 2021");
    /// assert!(!d.is_error());
    /// ```
    pub fn note(file: impl Into<String>, line: Option<u64>, field: Option<&str>, message: impl Into<String>) -> Self {
        Self::new(Severity::Note, file, line, field, message)
    }

    /// The message with the field named first, as in the displayed form but
    /// without file, line and severity.
    ///
    /// ```
    /// let d = plan_core::Diagnostic::warning("tiltak.csv", Some(7), Some("ansvar"), "no responsible body");
    /// assert_eq!(d.full_message(), "column 'ansvar': no responsible body");
    /// ```
    pub fn full_message(&self) -> String {
        let text = self.to_string();
        let head = format!("{}: ", self.severity);
        text.split_once(&head).map_or(text.clone(), |(_, rest)| rest.to_string())
    }

    /// True when the file is a table (CSV), whose fields are columns.
    fn is_table_file(&self) -> bool {
        let file = self.file.to_lowercase();
        [".csv", ".tsv", ".txt", ".xlsx"].iter().any(|ext| file.ends_with(ext) || file.contains(&format!("{ext} (")))
    }

    /// True for [`Severity::Error`].
    ///
    /// # Example
    /// ```
    /// use plan_core::Diagnostic;
    /// assert!(Diagnostic::error("a.csv", None, None, "bad").is_error());
    /// assert!(!Diagnostic::warning("a.csv", None, None, "odd").is_error());
    /// ```
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}: ", self.severity)?;
        if let Some(sheet) = &self.sheet {
            write!(f, "sheet '{sheet}', ")?;
        }
        match &self.field {
            Some(field) if self.is_table_file() => write!(f, "column '{field}': ")?,
            Some(field) => write!(f, "field '{field}': ")?,
            None => {}
        }
        f.write_str(&self.message)
    }
}

/// Counts the errors in a list of diagnostics.
pub(crate) fn error_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.is_error()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_a_compiler() {
        let d = Diagnostic::warning("plan.toml", Some(12), Some("focus_areas[0].description"), "looks unfinished");
        assert_eq!(d.to_string(), "plan.toml:12: warning: field 'focus_areas[0].description': looks unfinished");
        let d = Diagnostic::error("sak.toml", None, None, "cannot read file");
        assert_eq!(d.to_string(), "sak.toml: error: cannot read file");
    }
}
