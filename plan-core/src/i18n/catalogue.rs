//! The message catalogues: Fluent bundles, one per language.

use crate::format::NumberFormat;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Language, Message, SOURCES};

/// The Fluent source of a catalogue in each language.
///
/// # Example
/// ```
/// let sources = plan_core::i18n::SOURCES;
/// assert!(sources.get(plan_core::Language::Nb).contains("actions-count"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Sources {
    /// Nynorsk.
    pub nn: &'static str,
    /// Bokmål.
    pub nb: &'static str,
    /// English.
    pub en: &'static str,
}

impl Sources {
    /// The source in `language`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, i18n::SOURCES};
    /// assert!(SOURCES.get(Language::En).contains("actions-count"));
    /// ```
    pub fn get(&self, language: Language) -> &'static str {
        match language {
            Language::Nn => self.nn,
            Language::Nb => self.nb,
            Language::En => self.en,
        }
    }
}

/// Messages in the three languages, from one or more [`Sources`]: the
/// library's own ([`Catalogue::library`]), and a tool's on top of them.
///
/// # Example
/// ```
/// use plan_core::{Language, i18n::{Catalogue, Sources, SOURCES}, msg};
/// const MINE: Sources = Sources {
///     nn: "saved = Lagra { $file }.\n",
///     nb: "saved = Lagret { $file }.\n",
///     en: "saved = Saved { $file }.\n",
/// };
/// let catalogue = Catalogue::new(&[SOURCES, MINE]);
/// assert_eq!(catalogue.render(&msg!("saved", file = "a.pdf"), Language::Nb), "Lagret a.pdf.");
/// assert_eq!(catalogue.render(&msg!("actions-count", count = 2), Language::En), "2 actions");
/// // An unknown id is shown as it is, with its arguments: never an empty line.
/// assert_eq!(catalogue.render(&msg!("no-such-id", n = 3), Language::En), "no-such-id (n: 3)");
/// ```
pub struct Catalogue {
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue").field("languages", &self.bundles.len()).finish()
    }
}

/// The catalogue [`Message::render`] uses when a crate has registered one.
static REGISTERED: OnceLock<&'static Catalogue> = OnceLock::new();

impl Catalogue {
    /// A catalogue of the messages in `sources`, later sources after
    /// earlier ones. A source that does not parse keeps the messages that
    /// do (the tests make sure every source parses).
    ///
    /// # Example
    /// ```
    /// let catalogue = plan_core::i18n::Catalogue::new(&[plan_core::i18n::SOURCES]);
    /// assert!(catalogue.has("actions-count"));
    /// ```
    pub fn new(sources: &[Sources]) -> Catalogue {
        let bundles = Language::ALL
            .iter()
            .map(|&language| {
                let id = unic_langid::LanguageIdentifier::from_bytes(language.code().as_bytes()).unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                bundle.set_use_isolating(false);
                bundle.set_formatter(Some(match language {
                    Language::Nn | Language::Nb => norwegian_number,
                    Language::En => english_number,
                }));
                for source in sources {
                    let resource = match FluentResource::try_new(source.get(language).to_string()) {
                        Ok(resource) | Err((resource, _)) => resource,
                    };
                    // A duplicate id keeps the first; the tests forbid duplicates.
                    let _ = bundle.add_resource(resource);
                }
                (language, bundle)
            })
            .collect();
        Catalogue { bundles }
    }

    /// The library's messages.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, i18n::Catalogue, msg};
    /// assert_eq!(Catalogue::library().render(&msg!("actions-count", count = 1), Language::Nb), "1 tiltak");
    /// ```
    pub fn library() -> &'static Catalogue {
        static LIBRARY: OnceLock<Catalogue> = OnceLock::new();
        LIBRARY.get_or_init(|| Catalogue::new(&[SOURCES]))
    }

    /// Makes `catalogue` the one [`Message::render`] uses: a catalogue that
    /// holds the library's messages and a crate's own, registered by that
    /// crate when its catalogue is built. The first registration stays.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, i18n::{Catalogue, SOURCES, Sources}, msg};
    /// const MINE: Sources = Sources { nn: "mine = Mi\n", nb: "mine = Min\n", en: "mine = Mine\n" };
    /// let both: &'static Catalogue = Box::leak(Box::new(Catalogue::new(&[SOURCES, MINE])));
    /// Catalogue::register(both);
    /// assert_eq!(msg!("mine").render(Language::En), "Mine");
    /// assert_eq!(msg!("actions-count", count = 2).render(Language::Nn), "2 tiltak");
    /// ```
    pub fn register(catalogue: &'static Catalogue) {
        let _first_stays = REGISTERED.set(catalogue);
    }

    /// The registered catalogue, else the library's.
    pub(crate) fn registered() -> &'static Catalogue {
        REGISTERED.get().copied().unwrap_or_else(Catalogue::library)
    }

    /// Whether every language has a message `id`.
    ///
    /// # Example
    /// ```
    /// assert!(!plan_core::i18n::Catalogue::library().has("no-such-id"));
    /// ```
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().all(|(_, bundle)| bundle.has_message(id))
    }

    /// `message` in `language`. Falls back to the message's id and raw
    /// arguments when the id is unknown or an argument is missing.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, i18n::Catalogue, msg};
    /// let catalogue = Catalogue::library();
    /// assert_eq!(catalogue.render(&msg!("actions-count", count = 5), Language::Nn), "5 tiltak");
    /// // The argument the message needs is missing: its id and what was given.
    /// assert_eq!(catalogue.render(&msg!("actions-count"), Language::Nn), "actions-count");
    /// ```
    pub fn render(&self, message: &Message, language: Language) -> String {
        let fallback = || Arg::Message(Box::new(message.clone())).to_string();
        let Some((_, bundle)) = self.bundles.iter().find(|(l, _)| *l == language) else { return fallback() };
        let Some(pattern) = bundle.get_message(&message.id).and_then(|m| m.value()) else { return fallback() };
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            match value {
                Arg::Int(n) => args.set(name.clone(), FluentValue::from(*n)),
                Arg::Fixed { value, decimals } => {
                    let options = fluent_bundle::types::FluentNumberOptions {
                        minimum_fraction_digits: Some(usize::from(*decimals)),
                        maximum_fraction_digits: Some(usize::from(*decimals)),
                        ..Default::default()
                    };
                    let scale = super::scale(*decimals);
                    #[allow(clippy::cast_precision_loss)]
                    let number = fluent_bundle::types::FluentNumber::new(*value as f64 / scale, options);
                    args.set(name.clone(), FluentValue::Number(number));
                }
                Arg::Text(text) => args.set(name.clone(), FluentValue::from(text.clone())),
                Arg::Message(inner) => args.set(name.clone(), FluentValue::from(self.render(inner, language))),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() { text.into_owned() } else { fallback() }
    }
}

/// Numbers in Norwegian messages ([`NumberFormat::NORWEGIAN`] in running
/// text): `20 762`, `−3`, `12,5`; four-digit whole numbers stay together
/// (`2022`, `4600`), as years must.
fn norwegian_number<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    number(value, NumberFormat::NORWEGIAN.in_running_text())
}

/// Numbers in English messages ([`NumberFormat::ENGLISH`] in running text):
/// `20,762`, `−3`; four digits stay together (`2022`).
fn english_number<M>(value: &FluentValue<'_>, _: &M) -> Option<String> {
    number(value, NumberFormat::ENGLISH.in_running_text())
}

/// A number argument written with `format`: with its count of decimals when
/// given one ([`Arg::Fixed`]), else as a whole number; `None` for a
/// fraction without a count (Fluent prints it).
fn number(value: &FluentValue<'_>, format: NumberFormat) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    if let Some(decimals) = number.options.minimum_fraction_digits {
        return Some(format.decimal(number.value, decimals));
    }
    whole(value).map(|n| format.integer(n))
}

/// A whole number's value, or `None` for a fraction (Fluent prints it).
fn whole(value: &FluentValue<'_>) -> Option<i64> {
    let FluentValue::Number(number) = value else { return None };
    let n = number.value;
    if n.fract() != 0.0 || n.abs() > 9.0e15 {
        return None;
    }
    #[allow(clippy::cast_possible_truncation)]
    Some(n as i64)
}
