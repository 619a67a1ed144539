//! The one error type of this crate.

use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, error_count};
use crate::i18n::{Catalogue, Language, Message};
use crate::msg;

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
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The input was read but has errors. Holds every diagnostic found,
    /// warnings included, so that a checker can show them all.
    Invalid {
        /// All findings, errors first in file order.
        diagnostics: Vec<Diagnostic>,
    },
    /// A deadline could not be read.
    Deadline {
        /// The text as written.
        text: String,
    },
    /// An amount of money could not be read.
    Money {
        /// The text as written.
        text: String,
        /// Why, and what was expected.
        reason: Message,
    },
    /// A date could not be read.
    Date {
        /// The text as written.
        text: String,
        /// What forms are accepted.
        expected: Message,
    },
    /// A text written as a date names a day that does not exist.
    NoSuchDate {
        /// The text as written.
        text: String,
        /// Why not, such as "February 2025 has 28 days".
        why: Message,
    },
    /// A municipality number is not four digits.
    MunicipalityCode {
        /// The text as written.
        text: String,
    },
    /// An argument does not fit the plan: a year outside the plan period,
    /// a year with no programme in force, a revision that cannot be added.
    /// Each case is its own [`Argument`] variant with its values.
    Argument(Argument),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Language::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
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

    /// The same error with the files its findings name replaced by
    /// `place(name)`, as [`Diagnostic::with_files`]; other variants as they
    /// are.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Error, msg};
    /// let err = Error::located(Diagnostic::error("feil.csv", Some(2), None, msg!("action-id-missing")));
    /// let err = err.with_files(|name| format!("/tmp/opplasting/{name}"));
    /// assert_eq!(err.diagnostics()[0].file, "/tmp/opplasting/feil.csv");
    /// ```
    pub fn with_files(self, place: impl Fn(&str) -> String) -> Self {
        match self {
            Error::Invalid { diagnostics } => {
                Error::Invalid { diagnostics: diagnostics.into_iter().map(|d| d.with_files(&place)).collect() }
            }
            other => other,
        }
    }

    /// The same error with the files its findings name given as paths in
    /// the plan folder `root`, as [`Diagnostic::in_folder`]: what a command
    /// line prints after a load that failed.
    ///
    /// # Example
    /// ```
    /// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/code-no-municipality");
    /// let err = plan_core::PlanFolder::load(dir).unwrap_err();
    /// assert_eq!(err.diagnostics()[0].file, "plan.toml");
    /// assert_eq!(err.in_folder(dir).diagnostics()[0].file, format!("{dir}/plan.toml"));
    /// ```
    pub fn in_folder(self, root: impl AsRef<std::path::Path>) -> Self {
        let root = root.as_ref();
        self.with_files(|name| crate::files::path_of(root, name).display().to_string())
    }

    /// Wraps one located error.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Diagnostic, Error, msg};
    /// let err = Error::located(Diagnostic::error("a.csv", Some(2), Some("id"), msg!("action-id-missing")));
    /// assert_eq!(err.to_string(), "a.csv:2: error: column 'id': missing action id (expected a short unique id such as KLIMA-01)");
    /// assert_eq!(err.diagnostics().len(), 1);
    /// ```
    pub fn located(diagnostic: Diagnostic) -> Self {
        Error::Invalid { diagnostics: vec![diagnostic] }
    }

    /// The error in `language`. An [`Error::Invalid`] says its first error
    /// (located) and how many more there are.
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// let err = "31.02.2021".parse::<plan_core::Deadline>().unwrap_err();
    /// assert_eq!(err.render(Language::En), "\"31.02.2021\" is not a date that exists (February 2021 has 28 days)");
    /// assert_eq!(err.render(Language::Nn), "«31.02.2021» er ikkje ein dato som finst (februar 2021 har 28 dagar)");
    /// ```
    pub fn render(&self, language: Language) -> String {
        self.render_in(Catalogue::library(), language)
    }

    /// As [`Error::render`], the messages from `catalogue`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, i18n::Catalogue};
    /// let err = "snart".parse::<plan_core::Deadline>().unwrap_err();
    /// assert!(err.render_in(Catalogue::library(), Language::Nb).starts_with("kan ikke lese fristen «snart»"));
    /// ```
    pub fn render_in(&self, catalogue: &Catalogue, language: Language) -> String {
        match self {
            Error::Invalid { diagnostics } => {
                let errors = error_count(diagnostics);
                match diagnostics.iter().find(|d| d.is_error()) {
                    Some(first) if errors > 1 => format!(
                        "{} {}",
                        first.render_in(catalogue, language),
                        catalogue.render(&msg!("more-errors", count = errors - 1), language)
                    ),
                    Some(first) => first.render_in(catalogue, language),
                    None => catalogue.render(&msg!("invalid-input"), language),
                }
            }
            other => catalogue.render(&other.message(), language),
        }
    }

    /// The error as a message. An [`Error::Invalid`] gives its first
    /// error's message; [`Error::render`] says where it is.
    ///
    /// # Example
    /// ```
    /// let err = "snart".parse::<plan_core::Deadline>().unwrap_err();
    /// assert_eq!(err.message().id, "deadline-unreadable");
    /// ```
    pub fn message(&self) -> Message {
        match self {
            Error::Io { path, source } => {
                msg!("io-cannot-read", path = path.display().to_string(), reason = io_reason(source))
            }
            Error::Invalid { diagnostics } => {
                diagnostics.iter().find(|d| d.is_error()).map_or_else(|| msg!("invalid-input"), |d| d.message.clone())
            }
            Error::Deadline { text } => msg!("deadline-unreadable", text = text),
            Error::Money { text, reason } => msg!("money-unreadable", text = text, reason = reason.clone()),
            Error::Date { text, expected } => msg!("date-unreadable", text = text, expected = expected.clone()),
            Error::NoSuchDate { text, why } => msg!("date-does-not-exist", text = text, why = why.clone()),
            Error::MunicipalityCode { text } => msg!("municipality-code-invalid", text = text),
            Error::Argument(argument) => argument.message(),
        }
    }
}

/// An argument that does not fit the plan, with its values: one variant per
/// case, for a program to match.
///
/// # Example
/// ```
/// use plan_core::{Error, error::Argument};
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// match folder.programme_for(1990) {
///     Err(Error::Argument(Argument::YearOutsidePeriod { year, first, last })) => {
///         assert_eq!((year, first, last), (1990, 2021, 2024));
///     }
///     other => panic!("expected YearOutsidePeriod, got {other:?}"),
/// }
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Argument {
    /// A year outside the plan period.
    YearOutsidePeriod {
        /// The year asked for.
        year: i32,
        /// The period's first year.
        first: i32,
        /// The period's last year.
        last: i32,
    },
    /// No version of the action programme is in force in the year.
    ProgrammeNotInForce {
        /// The year asked for.
        year: i32,
    },
    /// The folder has no case document.
    NoCase,
    /// No case of this number; `known` lists the folder's (maybe none).
    UnknownCase {
        /// The number asked for.
        number: String,
        /// The numbers the folder has.
        known: Vec<String>,
    },
    /// A period whose start is not before its end.
    PeriodReversed {
        /// Its start.
        from: chrono::NaiveDate,
        /// Its end.
        to: chrono::NaiveDate,
    },
    /// A new plan's period ends before it begins.
    ScaffoldPeriodReversed {
        /// The first year.
        first: i32,
        /// The last year.
        last: i32,
    },
    /// A new plan needs at least one municipality.
    ScaffoldNoMunicipality,
    /// A year no date can be made of.
    ScaffoldBadYear {
        /// The year.
        year: i32,
    },
    /// A municipality number that no list knows.
    ScaffoldUnknownCode {
        /// The number.
        code: crate::MunicipalityCode,
    },
    /// A municipality that cannot be followed back to the plan's first year.
    ScaffoldCodeNotFollowed {
        /// The number.
        code: crate::MunicipalityCode,
        /// The plan's first year.
        year: i32,
        /// Why not.
        reason: Message,
    },
    /// The status template could not be written.
    StatusTemplateUnwritable {
        /// What the CSV writer said.
        detail: String,
    },
    /// A revision for a year outside the plan period.
    ReviseOutsidePeriod {
        /// The year.
        year: i32,
        /// The period's first year.
        first: i32,
        /// The period's last year.
        last: i32,
    },
    /// The year has a version of the programme already.
    ReviseYearExists {
        /// The year.
        year: i32,
        /// Its files, relative to the folder.
        files: Vec<String>,
    },
    /// A revision before the latest version.
    ReviseNotAfterLatest {
        /// The year asked for.
        year: i32,
        /// The latest version's first year.
        latest: i32,
    },
    /// A file the revision would write exists already.
    ReviseExists {
        /// The file, relative to the folder.
        file: String,
    },
}

impl Argument {
    /// The error as a message, to render in any language.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, error::Argument};
    /// let error = Argument::ProgrammeNotInForce { year: 2019 };
    /// assert!(error.message().render(Language::En).contains("2019"));
    /// ```
    pub fn message(&self) -> Message {
        match self {
            Argument::YearOutsidePeriod { year, first, last } => {
                msg!("year-outside-period", year = *year, first = *first, last = *last)
            }
            Argument::ProgrammeNotInForce { year } => msg!("programme-not-in-force", year = *year),
            Argument::NoCase => msg!("case-none"),
            Argument::UnknownCase { number, known } if known.is_empty() => {
                msg!("case-unknown-none", number = number.as_str())
            }
            Argument::UnknownCase { number, known } => {
                msg!("case-unknown", number = number.as_str(), numbers = known.join(", "))
            }
            Argument::PeriodReversed { from, to } => {
                msg!("period-reversed", from = from.to_string(), to = to.to_string())
            }
            Argument::ScaffoldPeriodReversed { first, last } => {
                msg!("scaffold-period-reversed", first = *first, last = *last)
            }
            Argument::ScaffoldNoMunicipality => msg!("scaffold-no-municipality"),
            Argument::ScaffoldBadYear { year } => msg!("scaffold-bad-year", year = *year),
            Argument::ScaffoldUnknownCode { code } => msg!("scaffold-unknown-code", code = code.to_string()),
            Argument::ScaffoldCodeNotFollowed { code, year, reason } => {
                msg!("scaffold-code-not-followed", code = code.to_string(), year = *year, reason = reason.clone())
            }
            Argument::StatusTemplateUnwritable { detail } => {
                msg!("status-template-unwritable", detail = detail.as_str())
            }
            Argument::ReviseOutsidePeriod { year, first, last } => {
                msg!("revise-outside-period", year = *year, first = *first, last = *last)
            }
            Argument::ReviseYearExists { year, files } => {
                msg!("revise-year-exists", year = *year, files = files.join(", "))
            }
            Argument::ReviseNotAfterLatest { year, latest } => {
                msg!("revise-not-after-latest", year = *year, latest = *latest)
            }
            Argument::ReviseExists { file } => msg!("revise-exists", file = file.as_str()),
        }
    }
}

/// What the operating system said, as a message: the common cases in the
/// reader's language, the rest as the system words it.
///
/// # Example
/// ```
/// use plan_core::{Language, error::io_reason};
/// let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
/// assert_eq!(io_reason(&missing).render(Language::Nn), "fila eller mappa finst ikkje");
/// ```
pub fn io_reason(error: &std::io::Error) -> Message {
    // A message written for this error says more than its kind.
    if error.get_ref().is_some() {
        return msg!("io-other", detail = error.to_string());
    }
    match error.kind() {
        std::io::ErrorKind::NotFound => msg!("io-not-found"),
        std::io::ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        std::io::ErrorKind::InvalidData => msg!("io-invalid-data", detail = error.to_string()),
        _ => msg!("io-other", detail = error.to_string()),
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
