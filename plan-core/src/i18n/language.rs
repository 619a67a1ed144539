//! The three languages: Nynorsk, Bokmål and English.

use crate::format::NumberFormat;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language of messages and reports.
///
/// Written as its ISO 639-1 code: `nn`, `nb`, `en` (in `plan.toml`, on the
/// command line, in JSON).
///
/// # Example
/// ```
/// use plan_core::Language;
/// assert_eq!("nb".parse::<Language>()?, Language::Nb);
/// assert_eq!(Language::En.code(), "en");
/// assert_eq!(Language::Nn.to_string(), "nn");
/// let err = "de".parse::<Language>().unwrap_err();
/// assert_eq!(err.to_string(), "unknown language \"de\" (expected nn, nb or en)");
/// # Ok::<(), plan_core::i18n::UnknownLanguage>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// Norwegian Nynorsk.
    Nn,
    /// Norwegian Bokmål.
    Nb,
    /// English.
    En,
}

/// A language code that is not one of `nn`, `nb`, `en`.
///
/// # Example
/// ```
/// let err = "sv".parse::<plan_core::Language>().unwrap_err();
/// assert_eq!(err.0, "sv");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language \"{0}\" (expected nn, nb or en)")]
pub struct UnknownLanguage(pub String);

impl Language {
    /// The three, in the order the tools list them.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::Language::ALL.len(), 3);
    /// ```
    pub const ALL: [Language; 3] = [Language::Nn, Language::Nb, Language::En];

    /// The ISO 639-1 code: `nn`, `nb`, `en`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::Language::Nb.code(), "nb");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Language::Nn => "nn",
            Language::Nb => "nb",
            Language::En => "en",
        }
    }

    /// How the language writes numbers in tables and figures
    /// ([`NumberFormat::in_running_text`] for whole numbers in sentences).
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// assert_eq!(Language::En.number_format().integer(20762), "20,762");
    /// assert_eq!(Language::Nb.number_format().percent(12.5, 1), "12,5\u{a0}%");
    /// ```
    pub fn number_format(self) -> NumberFormat {
        match self {
            Language::Nn | Language::Nb => NumberFormat::NORWEGIAN,
            Language::En => NumberFormat::ENGLISH,
        }
    }

    /// The language of a locale name as the system gives it (`nn_NO.UTF-8`,
    /// `nb-NO`, `no`, `en_GB`, `de_DE`): `nn*` is Nynorsk, `nb*` and `no*`
    /// Bokmål, any other language English. `None` for no locale at all
    /// (empty, `C`, `POSIX`), so that the next source may decide.
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// assert_eq!(Language::from_locale("nn_NO.UTF-8"), Some(Language::Nn));
    /// assert_eq!(Language::from_locale("no_NO"), Some(Language::Nb));
    /// assert_eq!(Language::from_locale("nb-NO"), Some(Language::Nb));
    /// assert_eq!(Language::from_locale("de_DE.UTF-8"), Some(Language::En));
    /// assert_eq!(Language::from_locale("C.UTF-8"), None);
    /// assert_eq!(Language::from_locale(""), None);
    /// ```
    pub fn from_locale(locale: &str) -> Option<Language> {
        let name = locale.trim();
        let language: String = name.chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_lowercase();
        match language.as_str() {
            "" | "c" | "posix" => None,
            "nn" => Some(Language::Nn),
            "nb" | "no" => Some(Language::Nb),
            _ => Some(Language::En),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "nn" => Ok(Language::Nn),
            "nb" => Ok(Language::Nb),
            "en" => Ok(Language::En),
            other => Err(UnknownLanguage(other.to_string())),
        }
    }
}
