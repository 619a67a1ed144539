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
    let catalogue = CATALOGUE.get_or_init(|| Catalogue::new(&[plan_core::i18n::SOURCES, SOURCES]));
    // `Message::render` finds this crate's messages too.
    Catalogue::register(catalogue);
    catalogue
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
/// They are the catalogue's `label-*` messages, each under its id without
/// the prefix and with `_` for `-` (`label-skip-link` is `skip_link`), so a
/// new label is one catalogue entry per language and nothing else.
///
/// # Example
/// ```
/// let labels = plan_report::i18n::labels(plan_core::Language::En);
/// assert_eq!(labels["summary"], "Summary");
/// assert_eq!(labels["skip_link"], "Skip to the content");
/// ```
pub fn labels(language: Language) -> std::collections::BTreeMap<String, String> {
    label_ids().map(|id| (id["label-".len()..].replace('-', "_"), render(&Message::new_owned(id), language))).collect()
}

/// The ids of the catalogue's labels, as the English catalogue lists them
/// (a test checks the three catalogues hold the same ids).
fn label_ids() -> impl Iterator<Item = &'static str> {
    SOURCES
        .en
        .lines()
        .filter(|line| line.starts_with("label-"))
        .filter_map(|line| line.split_once(" ="))
        .map(|(id, _)| id.trim())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_catalogue_is_complete_and_used() {
        let code = [std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        // Labels are found by key (the templates test below checks them),
        // the UN goals' names by number (`case::sdg`). The command line's
        // help catalogue holds the words its refusals use (`msg!` in the
        // binary's code, under `src` too); the binary checks the rest.
        const HELP: plan_core::i18n::Sources = plan_core::i18n::Sources {
            nn: include_str!("bin/plan-report/help/nn.ftl"),
            nb: include_str!("bin/plan-report/help/nb.ftl"),
            en: include_str!("bin/plan-report/help/en.ftl"),
        };
        let problems = plan_core::i18n::audit::audit(
            &[plan_core::i18n::SOURCES, super::SOURCES, HELP],
            &super::SOURCES,
            &code,
            &["label-", "sdg-"],
        );
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Every label a template uses (`l.KEY` after `let l = meta.labels` or
    /// `set l = page.labels`, or `labels.KEY`), typst or HTML, is in the
    /// catalogue, and every label of the catalogue is used.
    #[test]
    fn the_templates_and_the_labels_agree() {
        let keys: Vec<String> = super::labels(plan_core::Language::En).into_keys().collect();
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../templates"));
        let mut used = std::collections::BTreeSet::new();
        let mut unknown = Vec::new();
        for entry in std::fs::read_dir(dir).expect("templates") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "typ" && e != "html") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for (at, _) in text.match_indices("l.").chain(text.match_indices("labels.")) {
                let before = text[..at].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
                    && !text[at..].starts_with("labels.")
                {
                    continue;
                }
                let start = at + text[at..].find('.').expect("a dot") + 1;
                let key: String = text[start..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                if key.is_empty() {
                    continue;
                }
                if keys.contains(&key) {
                    used.insert(key);
                } else {
                    unknown.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(unknown.is_empty(), "labels the catalogue lacks: {unknown:?}");
        let unused: Vec<&String> = keys.iter().filter(|k| !used.contains(*k)).collect();
        assert!(unused.is_empty(), "labels no template uses: {unused:?}");
        assert_eq!(keys.len(), 112);
    }

    #[test]
    fn every_catalogue_has_the_same_labels() {
        let ids = |source: &str| -> Vec<String> {
            source
                .lines()
                .filter(|l| l.starts_with("label-"))
                .filter_map(|l| l.split_once(" ="))
                .map(|(id, _)| id.trim().to_string())
                .collect()
        };
        assert_eq!(ids(super::SOURCES.nn), ids(super::SOURCES.en));
        assert_eq!(ids(super::SOURCES.nb), ids(super::SOURCES.en));
    }
}
