//! Located findings about input files: errors that stop a load and warnings
//! that a council officer should look at.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::{Catalogue, Language, Message};
use crate::msg;

/// How serious a [`Diagnostic`] is.
///
/// # Example
/// ```
/// use plan_core::{Diagnostic, Severity};
/// let d = Diagnostic::note("tiltak.csv", Some(3), None, plan_core::msg!("actions-count", count = 1));
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
/// use plan_core::{Diagnostic, Remedy, msg};
/// let d = Diagnostic::warning("status/2022.csv", None, None, msg!("actions-count", count = 3))
///     .with_remedy(Remedy::StatusTemplate { year: 2022 });
/// assert_eq!(d.remedy, Some(Remedy::StatusTemplate { year: 2022 }));
/// assert_eq!(d.to_string(), "status/2022.csv: warning: 3 actions", "the message alone");
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
/// The message is data ([`Message`]: an id in the catalogue and its
/// arguments), rendered in a language where it is shown:
/// [`Diagnostic::render`]. `Display` renders English. The form is the one
/// compilers use, `FILE:LINE: SEVERITY: MESSAGE`, in every language (the
/// severity word stays English), so that editors can jump to the place.
///
/// # Example
/// ```
/// use plan_core::{Diagnostic, Language, Severity, msg};
/// let d = Diagnostic::error("tiltak.csv", Some(4), Some("frist"), msg!("deadline-unreadable", text = "snart"));
/// assert!(d.to_string().starts_with("tiltak.csv:4: error: column 'frist': cannot read deadline \"snart\" (expected a year"));
/// assert!(d.render(Language::Nn).starts_with("tiltak.csv:4: feil: kolonne «frist»: kan ikkje lese fristen «snart»"));
/// assert_eq!(d.severity, Severity::Error);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the plan folder (`tiltak.csv`,
    /// `status/2022.csv`); a file from outside the folder by its file name
    /// alone; the files of a finding about several, `, ` between. Never a
    /// path on this machine: [`Diagnostic::in_folder`] gives the paths to
    /// open.
    pub file: String,
    /// The 1-based line in that file, when the finding has one.
    pub line: Option<u64>,
    /// The column, key or field concerned, when there is one.
    pub field: Option<String>,
    /// The worksheet, for a finding in a workbook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// What is wrong and what was expected, without the location: its id
    /// and arguments (in JSON `id` and `args` beside the other fields).
    #[serde(flatten)]
    pub message: Message,
    /// What fixes it, when a step can be named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remedy: Option<Remedy>,
}

impl Diagnostic {
    /// An error at `file`, `line`, `field`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, msg};
    /// let d = Diagnostic::error("plan.toml", Some(12), Some("meta.period.first"), msg!("actions-count", count = 1));
    /// assert_eq!(d.to_string(), "plan.toml:12: error: field 'meta.period.first': 1 action");
    /// assert!(d.is_error());
    /// ```
    pub fn error(file: impl Into<String>, line: Option<u64>, field: Option<&str>, message: Message) -> Self {
        Self::new(Severity::Error, file, line, field, message)
    }

    /// A warning at `file`, `line`, `field`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, msg};
    /// let d = Diagnostic::warning("befolkning.csv", None, None, msg!("actions-count", count = 4));
    /// assert_eq!(d.to_string(), "befolkning.csv: warning: 4 actions");
    /// ```
    pub fn warning(file: impl Into<String>, line: Option<u64>, field: Option<&str>, message: Message) -> Self {
        Self::new(Severity::Warning, file, line, field, message)
    }

    /// A note: not a problem, something to know (such as actions due this year).
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, msg};
    /// let d = Diagnostic::note("tiltak.csv", Some(9), None, msg!("actions-count", count = 1));
    /// assert_eq!(d.to_string(), "tiltak.csv:9: note: 1 action");
    /// assert!(!d.is_error());
    /// ```
    pub fn note(file: impl Into<String>, line: Option<u64>, field: Option<&str>, message: Message) -> Self {
        Self::new(Severity::Note, file, line, field, message)
    }

    fn new(
        severity: Severity,
        file: impl Into<String>,
        line: Option<u64>,
        field: Option<&str>,
        message: Message,
    ) -> Self {
        Self { severity, file: file.into(), line, field: field.map(str::to_string), sheet: None, message, remedy: None }
    }

    /// The same finding with what fixes it.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Remedy, msg};
    /// let d = Diagnostic::warning("status/2021.csv", Some(6), Some("id"), msg!("actions-count", count = 2))
    ///     .with_remedy(Remedy::AddRevision);
    /// assert_eq!(d.remedy, Some(Remedy::AddRevision));
    /// ```
    pub fn with_remedy(mut self, remedy: Remedy) -> Self {
        self.remedy = Some(remedy);
        self
    }

    /// The same finding with each file it names replaced by `place(name)`
    /// (each of several, for a finding about several files; a table's kind
    /// after its name, such as ` (SSB, table 07459)`, stays): a tool names
    /// the files the way its user opens them. An unnamed input stays
    /// unnamed.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, msg};
    /// let d = Diagnostic::warning("status/2022.csv", Some(3), None, msg!("actions-count", count = 1));
    /// let shown = d.with_files(|name| format!("/srv/plans/valdres/{name}"));
    /// assert_eq!(shown.to_string(), "/srv/plans/valdres/status/2022.csv:3: warning: 1 action");
    /// let both = Diagnostic::warning("a.json (SSB, table 07459), b.csv", None, None, msg!("actions-count", count = 2));
    /// assert_eq!(both.with_files(|name| format!("x/{name}")).file, "x/a.json (SSB, table 07459), x/b.csv");
    /// ```
    pub fn with_files(mut self, place: impl Fn(&str) -> String) -> Self {
        if self.file.is_empty() {
            return self;
        }
        // Split at `, ` outside parentheses: a kind's own comma stays.
        let mut files: Vec<String> = Vec::new();
        let (mut depth, mut start) = (0usize, 0usize);
        for (i, c) in self.file.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                ',' if depth == 0 && self.file[i..].starts_with(", ") => {
                    files.push(self.file[start..i].to_string());
                    start = i + 2;
                }
                _ => {}
            }
        }
        files.push(self.file[start..].to_string());
        let placed: Vec<String> = files
            .iter()
            .map(|file| {
                // A population table's name carries its kind (see `SourceKind::of_source`).
                let kind = file.rfind(" (SSB, table ").or_else(|| file.strip_suffix(" (JSON-stat)").map(str::len));
                match kind.filter(|_| file.ends_with(')')) {
                    Some(kind) => format!("{}{}", place(&file[..kind]), &file[kind..]),
                    None => place(file),
                }
            })
            .collect();
        self.file = placed.join(", ");
        self
    }

    /// The same finding with its files named by the paths to open them: the
    /// plan folder `root` (as the program was given it) joined with each
    /// name, as [`path_of`](crate::files::path_of) finds it. What a
    /// command line prints, so that a terminal or an editor opens the file.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, msg};
    /// let d = Diagnostic::warning("tiltak.csv", Some(5), Some("ansvar"), msg!("actions-count", count = 1));
    /// assert_eq!(d.in_folder("data/hallingdal").to_string(), "data/hallingdal/tiltak.csv:5: warning: column 'ansvar': 1 action");
    /// ```
    pub fn in_folder(self, root: impl AsRef<std::path::Path>) -> Self {
        let root = root.as_ref();
        self.with_files(|name| crate::files::path_of(root, name).display().to_string())
    }

    /// The same finding, in worksheet `sheet` of a workbook.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, msg};
    /// let d = Diagnostic::error("tiltak.xlsx", Some(5), Some("frist"), msg!("actions-count", count = 2)).in_sheet("Tiltak");
    /// assert_eq!(d.to_string(), "tiltak.xlsx:5: error: sheet 'Tiltak', column 'frist': 2 actions");
    /// assert_eq!(d.render(Language::Nb), "tiltak.xlsx:5: feil: ark «Tiltak», kolonne «frist»: 2 tiltak");
    /// ```
    pub fn in_sheet(mut self, sheet: &str) -> Self {
        self.sheet = Some(sheet.to_string());
        self
    }

    /// The message alone in `language`, without location or field.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, msg};
    /// let d = Diagnostic::warning("tiltak.csv", Some(7), Some("ansvar"), msg!("actions-count", count = 2));
    /// assert_eq!(d.text(Language::En), "2 actions");
    /// ```
    pub fn text(&self, language: Language) -> String {
        self.text_in(Catalogue::library(), language)
    }

    /// The message alone in `language`, from `catalogue` (a tool's
    /// catalogue, for findings the tool makes with its own messages).
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, i18n::Catalogue, msg};
    /// let d = Diagnostic::warning("a.csv", None, None, msg!("status-delayed"));
    /// assert_eq!(d.text_in(Catalogue::library(), Language::Nb), "forsinket");
    /// ```
    pub fn text_in(&self, catalogue: &Catalogue, language: Language) -> String {
        catalogue.render(&self.message, language)
    }

    /// The message in `language` with the field (and worksheet) named
    /// first, as reports print findings: the displayed form without file,
    /// line and severity.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, msg};
    /// let d = Diagnostic::warning("tiltak.csv", Some(7), Some("ansvar"), msg!("actions-count", count = 2));
    /// assert_eq!(d.full_message(Language::En), "column 'ansvar': 2 actions");
    /// assert_eq!(d.full_message(Language::Nn), "kolonne «ansvar»: 2 tiltak");
    /// let d = Diagnostic::warning("plan.toml", Some(2), Some("meta.title"), msg!("actions-count", count = 2));
    /// assert_eq!(d.full_message(Language::Nb), "felt «meta.title»: 2 tiltak");
    /// ```
    pub fn full_message(&self, language: Language) -> String {
        self.full_message_in(Catalogue::library(), language)
    }

    /// As [`Diagnostic::full_message`], the message from `catalogue`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, i18n::Catalogue, msg};
    /// let d = Diagnostic::warning("a.csv", None, Some("status"), msg!("status-delayed"));
    /// assert_eq!(d.full_message_in(Catalogue::library(), Language::Nb), "kolonne «status»: forsinket");
    /// ```
    pub fn full_message_in(&self, catalogue: &Catalogue, language: Language) -> String {
        let mut out = String::new();
        if let Some(sheet) = &self.sheet {
            out.push_str(&msg!("diagnostic-sheet", name = sheet).render(language));
            out.push_str(", ");
        }
        match &self.field {
            Some(field) if self.is_table_file() => {
                out.push_str(&msg!("diagnostic-column", name = field).render(language));
                out.push_str(": ");
            }
            Some(field) => {
                out.push_str(&msg!("diagnostic-field", name = field).render(language));
                out.push_str(": ");
            }
            None => {}
        }
        out.push_str(&self.text_in(catalogue, language));
        out
    }

    /// The whole finding in `language`: `FILE:LINE: SEVERITY: MESSAGE`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, msg};
    /// let d = Diagnostic::warning("tiltak.csv", Some(7), Some("ansvar"), msg!("actions-count", count = 1));
    /// assert_eq!(d.render(Language::Nn), "tiltak.csv:7: åtvaring: kolonne «ansvar»: 1 tiltak");
    /// ```
    pub fn render(&self, language: Language) -> String {
        self.render_in(Catalogue::library(), language)
    }

    /// As [`Diagnostic::render`], the message from `catalogue`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Language, i18n::Catalogue, msg};
    /// let d = Diagnostic::note("a.csv", Some(2), None, msg!("status-done"));
    /// assert_eq!(d.render_in(Catalogue::library(), Language::En), "a.csv:2: note: completed");
    /// let unnamed = Diagnostic::error("", None, None, msg!("status-done"));
    /// assert_eq!(unnamed.render_in(Catalogue::library(), Language::Nn), "opplasta fil: feil: fullført");
    /// ```
    pub fn render_in(&self, catalogue: &Catalogue, language: Language) -> String {
        // An input read from memory without a name is called what it is.
        let mut out = if self.file.is_empty() {
            catalogue.render(&crate::msg!("input-unnamed"), language)
        } else {
            self.file.clone()
        };
        if let Some(line) = self.line {
            out.push_str(&format!(":{line}"));
        }
        let severity = match self.severity {
            Severity::Error => crate::msg!("severity-error"),
            Severity::Warning => crate::msg!("severity-warning"),
            Severity::Note => crate::msg!("severity-note"),
        };
        out.push_str(&format!(": {}: ", catalogue.render(&severity, language)));
        out.push_str(&self.full_message_in(catalogue, language));
        out
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
    /// use plan_core::{Diagnostic, msg};
    /// assert!(Diagnostic::error("a.csv", None, None, msg!("actions-count", count = 0)).is_error());
    /// assert!(!Diagnostic::warning("a.csv", None, None, msg!("actions-count", count = 0)).is_error());
    /// ```
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Language::En))
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
    fn displays_like_a_compiler_in_every_language() {
        let d = Diagnostic::warning(
            "plan.toml",
            Some(12),
            Some("focus_areas[0].description"),
            msg!("actions-count", count = 2),
        );
        assert_eq!(d.to_string(), "plan.toml:12: warning: field 'focus_areas[0].description': 2 actions");
        assert_eq!(d.render(Language::Nn), "plan.toml:12: åtvaring: felt «focus_areas[0].description»: 2 tiltak");
        let d = Diagnostic::error("sak.toml", None, None, msg!("actions-count", count = 1));
        assert_eq!(d.render(Language::Nb), "sak.toml: feil: 1 tiltak");
    }

    #[test]
    fn json_carries_id_and_args_and_reads_back() {
        let d = Diagnostic::error("tiltak.csv", Some(3), Some("frist"), msg!("deadline-unreadable", text = "snart"));
        let json = serde_json::to_string(&d).expect("json");
        assert_eq!(
            json,
            r#"{"severity":"error","file":"tiltak.csv","line":3,"field":"frist","id":"deadline-unreadable","args":{"text":"snart"}}"#
        );
        let back: Diagnostic = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, d);
    }
}
