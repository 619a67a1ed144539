//! The language of the tool's messages: `--lang`, else `PLAN_REPORT_LANG`,
//! else the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG` on Unix; the
//! user's display language on Windows and macOS), else English. `--lang`
//! also sets the language of the reports, which is otherwise the plan's.

use std::sync::OnceLock;

use plan_core::Language;

static MESSAGES: OnceLock<Language> = OnceLock::new();
static REPORTS: OnceLock<Option<Language>> = OnceLock::new();

/// Chooses and remembers the languages for this run. An unusable
/// `PLAN_REPORT_LANG` is an error: (the variable's value, why).
pub fn choose(flag: Option<Language>) -> Result<Language, String> {
    let chosen = match flag {
        Some(language) => language,
        None => from_environment(|name| std::env::var(name).ok(), sys_locale::get_locale)?,
    };
    let _ = MESSAGES.set(chosen);
    let _ = REPORTS.set(flag);
    Ok(chosen)
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
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = var(name).filter(|v| !v.trim().is_empty()) {
            return Ok(Language::from_locale(&value).unwrap_or(Language::En));
        }
    }
    Ok(system().and_then(|locale| Language::from_locale(&locale)).unwrap_or(Language::En))
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
