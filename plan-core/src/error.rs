//! The one error type of this crate.

use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, error_count};

/// Everything that can go wrong in `plan-core`.
///
/// Every variant says which file (and, where there is one, which line and
/// field) is wrong and what was expected.
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
}

impl Error {
    /// The diagnostics of an [`Error::Invalid`]; empty for the other variants.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Invalid { diagnostics } => diagnostics,
            _ => &[],
        }
    }

    /// Wraps one located error.
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
pub type Result<T, E = Error> = std::result::Result<T, E>;
