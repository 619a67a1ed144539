//! The tool's and the reports' messages in Nynorsk, Bokmål and English: the
//! library's catalogue ([`plan_core::i18n`]) and this crate's own
//! (`plan-report/locales/*.ftl`) in one [`Catalogue`].

use std::sync::OnceLock;

use plan_core::Language;
use plan_core::i18n::{Catalogue, Message, Sources};

/// This crate's own messages.
///
/// # Example
/// ```
/// assert!(plan_report::i18n::SOURCES.nb.contains("output-unwritable ="));
/// ```
pub const SOURCES: Sources = Sources {
    nn: include_str!("../locales/nn.ftl"),
    nb: include_str!("../locales/nb.ftl"),
    en: include_str!("../locales/en.ftl"),
};

/// The library's and this crate's messages together.
///
/// # Example
/// ```
/// use plan_core::{Language, msg};
/// let catalogue = plan_report::i18n::catalogue();
/// assert_eq!(catalogue.render(&msg!("status-delayed"), Language::Nb), "forsinket");
/// assert!(catalogue.has("output-unwritable"));
/// ```
pub fn catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| Catalogue::new(&[plan_core::i18n::SOURCES, SOURCES]))
}

/// `message` in `language`, from [`catalogue`].
///
/// # Example
/// ```
/// use plan_core::{Language, msg};
/// assert_eq!(plan_report::i18n::render(&msg!("status-done"), Language::En), "completed");
/// ```
pub fn render(message: &Message, language: Language) -> String {
    catalogue().render(message, language)
}

/// The reports' and pages' fixed words in `language`, by key (`summary`,
/// `skip_link`, …): what templates read as `meta.labels` and `page.labels`.
///
/// # Example
/// ```
/// let labels = plan_report::i18n::labels(plan_core::Language::En);
/// assert_eq!(labels["summary"], "Summary");
/// ```
pub fn labels(language: Language) -> std::collections::BTreeMap<String, String> {
    crate::labels::labels(&crate::words::Words { language, plan: language })
        .into_iter()
        .map(|(key, text)| (key.to_string(), text))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_catalogue_is_complete_and_used() {
        let code = [std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        let problems =
            plan_core::i18n::audit::audit(&[plan_core::i18n::SOURCES, super::SOURCES], &super::SOURCES, &code, &[]);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
