//! Messages in Nynorsk, Bokmål and English.
//!
//! A finding is data — a [`Message`]: an id in the catalogue and its
//! arguments — and becomes text only where it is shown, in the language the
//! reader asks for ([`Message::render`]). The catalogues are Project Fluent
//! files embedded in the library (`plan-core/locales/*.ftl`), one per
//! [`Language`]; plural forms follow each language's rules (`1 nytt tiltak`,
//! `2 nye tiltak`; `1 new action`). Numbers are passed as numbers and
//! printed in the language's form (`20 762`, `20,762`), the raw value kept
//! for the plural rules. A message that cannot be formatted falls back to
//! its id and raw arguments, never to a panic or an empty line.
//!
//! # Example
//! ```
//! use plan_core::{Language, msg};
//! let message = msg!("actions-count", count = 2);
//! assert_eq!(message.render(Language::Nn), "2 tiltak");
//! assert_eq!(msg!("actions-count", count = 1).render(Language::En), "1 action");
//! assert_eq!(msg!("actions-count", count = 20762).render(Language::En), "20,762 actions");
//! assert_eq!(msg!("actions-count", count = 20762).render(Language::Nb), "20\u{a0}762 tiltak");
//! ```

pub mod audit;
mod catalogue;
mod language;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

pub use catalogue::{Catalogue, Sources};
pub use language::{Language, UnknownLanguage};

/// The library's own messages (`plan-core/locales/*.ftl`).
///
/// # Example
/// ```
/// assert!(plan_core::i18n::SOURCES.en.contains("actions-count ="));
/// ```
pub const SOURCES: Sources = Sources {
    nn: include_str!("../../locales/nn.ftl"),
    nb: include_str!("../../locales/nb.ftl"),
    en: include_str!("../../locales/en.ftl"),
};

/// A message as data: its id in the catalogue and its arguments by name.
///
/// In JSON: `{"id": "deadline-unreadable", "args": {"text": "snart"}}`.
///
/// # Example
/// ```
/// use plan_core::{Language, i18n::{Arg, Message}};
/// let message = Message::new("deadline-unreadable").arg("text", "snart");
/// assert_eq!(message.args["text"], Arg::Text("snart".into()));
/// assert!(message.render(Language::En).starts_with("cannot read deadline \"snart\" (expected a year, "));
/// assert_eq!(serde_json::to_string(&message)?, r#"{"id":"deadline-unreadable","args":{"text":"snart"}}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Message {
    /// The message's id in the catalogue.
    pub id: Cow<'static, str>,
    /// Its arguments by name (sorted, so the JSON does not vary).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, Arg>,
}

/// An argument of a [`Message`]: a number (printed in the language's form,
/// chosen plural by its value), a text (printed as it is), or another
/// message (rendered in the same language first).
///
/// # Example
/// ```
/// use plan_core::i18n::Arg;
/// assert_eq!(Arg::from(3), Arg::Int(3));
/// assert_eq!(Arg::from("RR"), Arg::Text("RR".into()));
/// assert_eq!(Arg::from(2022).to_string(), "2022");
/// let inner = Arg::from(plan_core::msg!("actions-count", count = 2));
/// assert_eq!(inner.to_string(), "actions-count (count: 2)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Arg {
    /// A whole number.
    Int(i64),
    /// A number with a fixed count of decimals: `value / 10^decimals`
    /// (`{"value": 125, "decimals": 1}` is 12.5), printed with the
    /// language's decimal mark (`12,5`, `12.5`).
    Fixed {
        /// The number times 10^decimals.
        value: i64,
        /// How many decimals to print (0–9).
        decimals: u8,
    },
    /// A text.
    Text(String),
    /// A message, rendered in the language of the one that holds it.
    Message(Box<Message>),
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Int(n) => write!(f, "{n}"),
            Arg::Fixed { value, decimals } => {
                let scale = scale(*decimals);
                #[allow(clippy::cast_precision_loss)]
                let shown = *value as f64 / scale;
                write!(f, "{shown:.*}", usize::from(*decimals))
            }
            Arg::Text(text) => f.write_str(text),
            Arg::Message(message) => {
                let args: Vec<String> = message.args.iter().map(|(name, value)| format!("{name}: {value}")).collect();
                if args.is_empty() {
                    f.write_str(&message.id)
                } else {
                    write!(f, "{} ({})", message.id, args.join(", "))
                }
            }
        }
    }
}

macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(value: $t) -> Self {
                Arg::Int(i64::from(value))
            }
        }
    )*};
}
int_arg!(i8, i16, i32, i64, u8, u16, u32);

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Int(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Int(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_string())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&String> for Arg {
    fn from(value: &String) -> Self {
        Arg::Text(value.clone())
    }
}

impl Arg {
    /// A number rounded to `decimals` places (0–9), kept exact.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, i18n::{Arg, Catalogue, Sources}, msg};
    /// assert_eq!(Arg::fixed(12.345, 1), Arg::Fixed { value: 123, decimals: 1 });
    /// const NUMBER: Sources = Sources { nn: "n = { $v }\n", nb: "n = { $v }\n", en: "n = { $v }\n" };
    /// let catalogue = Catalogue::new(&[NUMBER]);
    /// let m = msg!("n", v = Arg::fixed(-1234.5, 1));
    /// assert_eq!(catalogue.render(&m, Language::Nn), "\u{2212}1\u{a0}234,5");
    /// assert_eq!(catalogue.render(&m, Language::En), "\u{2212}1,234.5", "the true minus, as the reports write it");
    /// ```
    pub fn fixed(value: f64, decimals: u8) -> Self {
        let decimals = decimals.min(9);
        let scale = scale(decimals);
        #[allow(clippy::cast_possible_truncation)]
        let value = libm::round(value * scale) as i64;
        Arg::Fixed { value, decimals }
    }
}

/// 10^decimals, exact (decimals up to 9).
fn scale(decimals: u8) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let scale = 10_i64.pow(u32::from(decimals.min(9))) as f64;
    scale
}

impl From<Message> for Arg {
    fn from(value: Message) -> Self {
        Arg::Message(Box::new(value))
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(value: Cow<'_, str>) -> Self {
        Arg::Text(value.into_owned())
    }
}

impl Message {
    /// A message with no arguments yet; [`msg!`](crate::msg) is the short form.
    ///
    /// # Example
    /// ```
    /// let message = plan_core::i18n::Message::new("actions-count").arg("count", 1);
    /// assert_eq!(message.render(plan_core::Language::Nn), "1 tiltak");
    /// ```
    pub fn new(id: &'static str) -> Self {
        Message { id: Cow::Borrowed(id), args: BTreeMap::new() }
    }

    /// A message whose id is made at run time (a tool's catalogue of help
    /// texts looked up by command name). Prefer [`msg!`](crate::msg), which
    /// the catalogue audit can read.
    ///
    /// # Example
    /// ```
    /// let id = format!("status-{}", "done");
    /// assert_eq!(plan_core::i18n::Message::new_owned(&id).render(plan_core::Language::En), "completed");
    /// ```
    pub fn new_owned(id: &str) -> Self {
        Message { id: Cow::Owned(id.to_string()), args: BTreeMap::new() }
    }

    /// The same message with one more argument.
    ///
    /// # Example
    /// ```
    /// let message = plan_core::i18n::Message::new("deadline-unreadable").arg("text", "snart");
    /// assert_eq!(message.args.len(), 1);
    /// ```
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message in `language`, from the catalogue it belongs to: the
    /// library's, or the larger one a crate built on this one registers
    /// ([`Catalogue::register`]; `plan-report` registers its own, which
    /// holds the library's too), so that a message of either crate finds
    /// its text.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, msg};
    /// let message = msg!("deadline-unreadable", text = "snart");
    /// assert!(message.render(Language::Nn).starts_with("kan ikkje lese fristen «snart»"));
    /// assert!(message.render(Language::Nb).starts_with("kan ikke lese fristen «snart»"));
    /// ```
    pub fn render(&self, language: Language) -> String {
        Catalogue::registered().render(self, language)
    }
}

/// A date as the language writes it in running text: `1. januar 2022`,
/// `1 January 2022`.
///
/// # Example
/// ```
/// use plan_core::{Language, chrono::NaiveDate, i18n::date};
/// let day = NaiveDate::from_ymd_opt(2020, 10, 18).unwrap();
/// assert_eq!(date(day).render(Language::Nn), "18. oktober 2020");
/// assert_eq!(date(day).render(Language::En), "18 October 2020");
/// ```
pub fn date(day: chrono::NaiveDate) -> Message {
    use chrono::Datelike;
    crate::msg!("date-long", day = day.day(), month = day.month(), year = day.year())
}

/// A [`Message`] from its id and named arguments:
/// `msg!("id", name = value, ...)`. Each value converts [`Into`] an
/// [`Arg`](crate::i18n::Arg). The catalogue tests read these calls to
/// check that every id exists in every language and every argument a
/// message uses is given.
///
/// # Example
/// ```
/// let message = plan_core::msg!("actions-count", count = 3);
/// assert_eq!(message.id, "actions-count");
/// assert_eq!(message.render(plan_core::Language::En), "3 actions");
/// ```
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}
