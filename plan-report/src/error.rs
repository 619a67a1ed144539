//! The one error type of this crate.

use std::path::PathBuf;

/// Everything that can go wrong while rendering or writing a report.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// The plan or its data could not be loaded or is invalid.
    #[error(transparent)]
    Plan(#[from] plan_core::Error),
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
