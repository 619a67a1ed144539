//! The one error type of this crate.

use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, error_count};

/// Everything that can go wrong in `plan-core`.
///
/// Every variant says which file (and, where there is one, which line and
/// field) is wrong and what was expected.
///
/// # Example
/// ```
/// use plan_core::{Error, PlanFolder};
/// match PlanFolder::load("no/such/folder") {
///     Err(Error::Io { path, .. }) => assert!(path.ends_with("plan.toml") || path.ends_with("folder")),
///     other => panic!("expected an I/O error, got {other:?}"),
/// }
/// let err: Error = "snart".parse::<plan_core::Deadline>().unwrap_err();
/// assert!(matches!(err, Error::Deadline { .. }));
/// let err: Error = "30.02.2021".parse::<plan_core::Deadline>().unwrap_err();
/// assert!(matches!(err, Error::NoSuchDate { .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The input was read but has errors. Holds every diagnostic found,
    /// warnings included, so that a checker can show them all.
    #[error("{}", invalid_summary(.diagnostics))]
    Invalid {
        /// All findings, errors first in file order.
        diagnostics: Vec<Diagnostic>,
    },
    /// A deadline could not be read.
    #[error("cannot read deadline \"{text}\" (expected {expected})")]
    Deadline {
        /// The text as written.
        text: String,
        /// What forms are accepted.
        expected: &'static str,
    },
    /// An amount of money could not be read.
    #[error("cannot read amount \"{text}\" ({reason})")]
    Money {
        /// The text as written.
        text: String,
        /// Why, and what was expected.
        reason: &'static str,
    },
    /// A date could not be read.
    #[error("cannot read date \"{text}\" (expected {expected})")]
    Date {
        /// The text as written.
        text: String,
        /// What forms are accepted.
        expected: &'static str,
    },
    /// A text written as a date names a day that does not exist.
    #[error("\"{text}\" is not a date that exists ({why})")]
    NoSuchDate {
        /// The text as written.
        text: String,
        /// Why not, such as "February 2025 has 28 days".
        why: String,
    },
    /// A municipality number is not four digits.
    #[error("\"{text}\" is not a municipality number (expected four digits such as 0615 or 3041)")]
    MunicipalityCode {
        /// The text as written.
        text: String,
    },
    /// An argument does not fit the plan: a year outside the plan period,
    /// a year with no programme in force, a revision that cannot be added.
    /// The message holds the values.
    #[error("{0}")]
    Argument(String),
}

impl Error {
    /// The diagnostics of an [`Error::Invalid`]; empty for the other variants.
    ///
    /// # Example
    /// ```
    /// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2021,mange\n";
    /// let err = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes()).unwrap_err();
    /// assert_eq!(err.diagnostics()[0].line, Some(2));
    /// assert!(err.diagnostics()[0].is_error());
    /// ```
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Invalid { diagnostics } => diagnostics,
            _ => &[],
        }
    }

    /// Wraps one located error.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Error};
    /// let err = Error::located(Diagnostic::error("a.csv", Some(2), Some("id"), "empty id"));
    /// assert_eq!(err.to_string(), "a.csv:2: error: column 'id': empty id");
    /// assert_eq!(err.diagnostics().len(), 1);
    /// ```
    pub fn located(diagnostic: Diagnostic) -> Self {
        Error::Invalid { diagnostics: vec![diagnostic] }
    }
}

fn invalid_summary(diagnostics: &[Diagnostic]) -> String {
    let errors = error_count(diagnostics);
    match diagnostics.iter().find(|d| d.is_error()) {
        Some(first) if errors > 1 => format!("{first} (and {} more errors)", errors - 1),
        Some(first) => first.to_string(),
        None => "invalid input".to_string(),
    }
}

/// Shorthand for results in this crate.
///
/// # Example
/// ```
/// fn cost(text: &str) -> plan_core::Result<i64> {
///     Ok(text.parse::<plan_core::Kroner>()?.get())
/// }
/// assert_eq!(cost("1,2 mill.").unwrap(), 1_200_000);
/// assert!(cost("gratis").is_err());
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;
