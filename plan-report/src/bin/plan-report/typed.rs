//! The files a command names as the user typed them.

use std::path::Path;

use plan_core::Diagnostic;
use plan_report::ReportError;

/// Where the files the library names are, as the user typed them. The
/// library names a plan folder's files relative to it and a file given by a
/// flag (`--input`, `--changes`) by its file name alone, as published
/// output (the JSON) names them; the terminal names the paths to open.
pub struct Typed<'a> {
    /// The plan folder, as typed.
    pub plan_dir: Option<&'a Path>,
    /// The files given by flag, as typed.
    pub files: Vec<&'a Path>,
}

impl Typed<'_> {
    /// The path to open for a file the library names `name`; a flag
    /// (`--from`) as it is.
    pub fn path(&self, name: &str) -> String {
        if name.starts_with("--") {
            return name.to_string();
        }
        if let Some(file) = self.files.iter().find(|f| plan_core::folder::outside_name(f) == name) {
            return file.display().to_string();
        }
        match self.plan_dir {
            Some(dir) => plan_core::folder::path_of(dir, name).display().to_string(),
            None => name.to_string(),
        }
    }

    /// A finding with its files named by the paths to open.
    pub fn diagnostic(&self, diagnostic: &Diagnostic) -> Diagnostic {
        diagnostic.clone().with_files(|name| self.path(name))
    }

    /// An error with its findings' files named by the paths to open.
    pub fn error(&self, error: ReportError) -> ReportError {
        match error {
            ReportError::Plan(error) => ReportError::Plan(error.with_files(|name| self.path(name))),
            other => other,
        }
    }
}
