//! The language of the tool's messages: `--lang`, else `PLAN_REPORT_LANG`,
//! else the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG` on Unix; the
//! user's display language on Windows and macOS), else English. `--lang`
//! also sets the language of the reports, which is otherwise the plan's.

use std::sync::OnceLock;

use plan_core::Language;

static MESSAGES: OnceLock<Language> = OnceLock::new();
static REPORTS: OnceLock<Option<Language>> = OnceLock::new();
static CHOSEN: OnceLock<Option<Language>> = OnceLock::new();

/// Chooses and remembers the languages for this run. An unusable
/// `PLAN_REPORT_LANG` is an error: (the variable's value, why).
pub fn choose(flag: Option<Language>) -> Result<Language, String> {
    let chosen = match flag {
        Some(language) => language,
        None => from_environment(|name| std::env::var(name).ok(), sys_locale::get_locale)?,
    };
    let _ = MESSAGES.set(chosen);
    let _ = REPORTS.set(flag);
    let asked = flag.or_else(|| asked_for(|name| std::env::var(name).ok(), sys_locale::get_locale));
    let _ = CHOSEN.set(asked);
    Ok(chosen)
}

/// The language someone asked for — `--lang`, `PLAN_REPORT_LANG`, or a
/// Norwegian or English locale — as opposed to the English the tool falls
/// back to; `None` when nobody asked (`new` then writes a Nynorsk plan).
pub fn chosen() -> Option<Language> {
    CHOSEN.get().copied().flatten()
}

/// The language the environment names, if it names one of the three
/// (a Swedish or German locale names none of them).
fn asked_for(var: impl Fn(&str) -> Option<String>, system: impl Fn() -> Option<String>) -> Option<Language> {
    if let Some(value) = var("PLAN_REPORT_LANG").filter(|v| !v.trim().is_empty()) {
        return value.trim().parse().ok();
    }
    let named = |locale: &str| {
        let prefix: String =
            locale.trim().chars().take_while(char::is_ascii_alphabetic).collect::<String>().to_lowercase();
        matches!(prefix.as_str(), "nn" | "nb" | "no" | "en").then(|| Language::from_locale(locale)).flatten()
    };
    match locale_variable(&var) {
        Some(value) => named(&value),
        None => system().and_then(|locale| named(&locale)),
    }
}

/// The language the environment asks for, without remembering it (for the
/// help text, shown before the run chooses); English if unusable.
pub fn peek() -> Language {
    from_environment(|name| std::env::var(name).ok(), sys_locale::get_locale).unwrap_or(Language::En)
}

/// The language of messages (English until [`choose`] runs).
pub fn messages() -> Language {
    MESSAGES.get().copied().unwrap_or(Language::En)
}

/// The language `--lang` asks the reports to be made in, if it was given.
pub fn reports() -> Option<Language> {
    REPORTS.get().copied().flatten()
}

/// The language from the environment: `PLAN_REPORT_LANG`, then the first
/// of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (as POSIX reads them),
/// then the system's display language, else English.
fn from_environment(
    var: impl Fn(&str) -> Option<String>,
    system: impl Fn() -> Option<String>,
) -> Result<Language, String> {
    if let Some(value) = var("PLAN_REPORT_LANG").filter(|v| !v.trim().is_empty()) {
        return value.trim().parse().map_err(|_: plan_core::i18n::UnknownLanguage| {
            plan_report::i18n::render(&plan_core::msg!("lang-env-unknown", value = value.trim()), Language::En)
        });
    }
    if let Some(value) = locale_variable(&var) {
        return Ok(Language::from_locale(&value).unwrap_or(Language::En));
    }
    Ok(system().and_then(|locale| Language::from_locale(&locale)).unwrap_or(Language::En))
}

/// The first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set, as POSIX
/// reads them.
fn locale_variable(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)], system: Option<&str>) -> Result<Language, String> {
        let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        from_environment(
            |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
            || system.map(str::to_string),
        )
    }

    #[test]
    fn a_language_is_asked_for_only_by_a_norwegian_or_english_locale() {
        let asked = |vars: &[(&str, &str)], system: Option<&str>| {
            let vars: Vec<(String, String)> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            asked_for(
                |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
                || system.map(str::to_string),
            )
        };
        assert_eq!(asked(&[("LANG", "nb_NO.UTF-8")], None), Some(Language::Nb));
        assert_eq!(asked(&[("LANG", "en_GB.UTF-8")], None), Some(Language::En));
        assert_eq!(asked(&[("PLAN_REPORT_LANG", "nn")], None), Some(Language::Nn));
        assert_eq!(asked(&[("LANG", "sv_SE.UTF-8")], None), None);
        assert_eq!(asked(&[("LANG", "C.UTF-8")], None), None);
        assert_eq!(asked(&[], None), None);
    }

    #[test]
    fn reads_the_variables_in_order() {
        assert_eq!(with(&[("PLAN_REPORT_LANG", "nb"), ("LANG", "nn_NO.UTF-8")], None), Ok(Language::Nb));
        assert_eq!(with(&[("LANG", "nn_NO.UTF-8")], None), Ok(Language::Nn));
        assert_eq!(with(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "nn_NO.UTF-8")], None), Ok(Language::En));
        assert_eq!(with(&[("LC_MESSAGES", "no_NO"), ("LANG", "en_GB")], None), Ok(Language::Nb));
        assert_eq!(with(&[("LANG", "C.UTF-8")], Some("nn-NO")), Ok(Language::En), "LANG decides when set");
        assert_eq!(with(&[], Some("nb-NO")), Ok(Language::Nb), "the display language of Windows and macOS");
        assert_eq!(with(&[], None), Ok(Language::En));
        assert_eq!(with(&[("LANG", "de_DE.UTF-8")], None), Ok(Language::En));
    }

    #[test]
    fn an_unknown_plan_report_lang_is_an_error() {
        assert_eq!(
            with(&[("PLAN_REPORT_LANG", "sv")], None),
            Err("PLAN_REPORT_LANG=sv: unknown language (expected nn, nb or en)".to_string())
        );
    }
}
