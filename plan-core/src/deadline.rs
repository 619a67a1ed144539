//! Deadlines as action programmes write them: `Årleg`, `2021`, `Vår 2021`,
//! `mai 2021`, `31.05.2021`, each with the period it covers.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::{self, MONTHS_NN};
use crate::error::{Error, Result};
use crate::text::{fold, squash_spaces};

/// A season, as Norwegian action programmes use them.
///
/// The seasons are the meteorological ones: spring March–May, summer
/// June–August, autumn September–November, and winter December of the year
/// before to February (so `Vinter 2021` ends on the last day of February 2021).
///
/// # Example
/// ```
/// use plan_core::deadline::Season;
/// use plan_core::{Deadline, When};
/// let d: Deadline = "Haust 2022".parse().unwrap();
/// assert_eq!(d.when(), When::Season(Season::Autumn, 2022));
/// assert_eq!(d.period().map(|(a, b)| (a.to_string(), b.to_string())), Some(("2022-09-01".into(), "2022-11-30".into())));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Season {
    /// Vår / vår (Bokmål and Nynorsk): March–May.
    Spring,
    /// Sommar / sommer: June–August.
    Summer,
    /// Haust / høst: September–November.
    Autumn,
    /// Vinter: December of the year before to February.
    Winter,
}

impl Season {
    fn from_word(word: &str) -> Option<Self> {
        match fold(word).as_str() {
            "var" | "varen" | "spring" => Some(Season::Spring),
            "sommar" | "sommer" | "sommaren" | "sommeren" | "summer" => Some(Season::Summer),
            "haust" | "host" | "hausten" | "hosten" | "autumn" | "fall" => Some(Season::Autumn),
            "vinter" | "vinteren" | "winter" => Some(Season::Winter),
            _ => None,
        }
    }

    /// The Nynorsk definite form used in running text: `våren`, `sommaren`,
    /// `hausten`, `vinteren`.
    ///
    /// # Example
    /// ```
    /// use plan_core::deadline::Season;
    /// assert_eq!(Season::Autumn.name_nn(), "hausten");
    /// ```
    pub fn name_nn(self) -> &'static str {
        match self {
            Season::Spring => "våren",
            Season::Summer => "sommaren",
            Season::Autumn => "hausten",
            Season::Winter => "vinteren",
        }
    }

    fn period(self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        let (start, end_month, end_year) = match self {
            Season::Spring => (NaiveDate::from_ymd_opt(year, 3, 1)?, 5, year),
            Season::Summer => (NaiveDate::from_ymd_opt(year, 6, 1)?, 8, year),
            Season::Autumn => (NaiveDate::from_ymd_opt(year, 9, 1)?, 11, year),
            Season::Winter => (NaiveDate::from_ymd_opt(year - 1, 12, 1)?, 2, year),
        };
        Some((start, calendar::last_day_of_month(end_year, end_month)?))
    }
}

/// When something is due, without the text it was written as.
///
/// # Example
/// ```
/// use plan_core::{Deadline, When};
/// assert_eq!("mai 2021".parse::<Deadline>().unwrap().when(), When::Month(2021, 5));
/// assert_eq!("Årleg".parse::<Deadline>().unwrap().when(), When::Yearly);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum When {
    /// Every year (`Årleg`, `Årlig`): due again each reporting year.
    Yearly,
    /// Some time in a year (`2021`).
    Year(i32),
    /// Some time in a season of a year (`Vår 2021`).
    Season(Season, i32),
    /// Some time in a month (`mai 2021`): year, then month 1–12.
    Month(i32, u32),
    /// On a given day (`31.05.2021`).
    Date(NaiveDate),
}

/// The kind of a deadline, as it appears in JSON: `yearly`, `year`, `season`,
/// `month` or `date`.
///
/// # Example
/// ```
/// use plan_core::{Deadline, DeadlineKind};
/// assert_eq!("31.05.2021".parse::<Deadline>().unwrap().kind(), DeadlineKind::Date);
/// assert_eq!(serde_json::to_string(&DeadlineKind::Season).unwrap(), "\"season\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum DeadlineKind {
    /// Recurring every year.
    Yearly,
    /// A calendar year.
    Year,
    /// A season of a year.
    Season,
    /// A month of a year.
    Month,
    /// One day.
    Date,
}

/// A deadline from an action programme: the text as written and what it means.
///
/// # Example
/// ```
/// use plan_core::Deadline;
/// let d: Deadline = "Vår 2021".parse().unwrap();
/// assert_eq!(d.to_string(), "våren 2021");
/// assert_eq!(d.end().unwrap().to_string(), "2021-05-31");
///
/// let yearly: Deadline = "Årleg".parse().unwrap();
/// assert!(yearly.is_recurring());
/// assert_eq!(yearly.to_string(), "årleg");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(into = "DeadlineJson", try_from = "DeadlineJson")]
pub struct Deadline {
    text: String,
    when: When,
}

impl Deadline {
    /// Reads a deadline. Accepted, in any case and with any spacing:
    /// recurring `Årleg`/`Årlig`/`Kvart år`/`Hvert år`/`yearly`/`annually`/`every year`,
    /// a year `2021`, a season and year (`Vår 2021`, `Haust 2021`,
    /// `Høst 2021`, `Sommar 2021`, `Vinter 2022`, `spring 2025`, `autumn`
    /// or `fall 2025`), a month and year in Nynorsk, Bokmål or English, full
    /// or abbreviated (`mai 2021`, `okt. 2021`, `May 2025`, `Oct 2025`),
    /// and a date (`2021-05-31`, `31.05.2021`, `31. mai 2021`, `31 May 2021`);
    /// any of these but the recurring ones after `innen`, `innan` or `by`
    /// (`Innen 2025`, `innan 31.05.2025`, `by May 2025`: by the end of it).
    ///
    /// # Errors
    /// [`Error::Deadline`] with the text and the accepted forms.
    ///
    /// # Example
    /// ```
    /// use plan_core::Deadline;
    /// assert_eq!(Deadline::parse("okt. 2021").unwrap().to_string(), "oktober 2021");
    /// assert_eq!(Deadline::parse(" Høst  2021 ").unwrap().text(), "Høst 2021");
    /// let err = Deadline::parse("31.02.2025").unwrap_err();
    /// assert_eq!(err.to_string(), "\"31.02.2025\" is not a date that exists (February 2025 has 28 days)");
    /// let err = Deadline::parse("snart").unwrap_err();
    /// assert!(err.to_string().starts_with("cannot read deadline \"snart\" (expected a year, 'Årleg'"));
    /// assert_eq!(Deadline::parse("spring 2025").unwrap().to_string(), "våren 2025");
    /// assert_eq!(Deadline::parse("May 2025").unwrap().to_string(), "mai 2025");
    /// assert!(Deadline::parse("yearly").unwrap().is_recurring());
    /// assert_eq!(Deadline::parse("31 March 2025").unwrap().to_string(), "31. mars 2025");
    /// let by = Deadline::parse("Innen 2025").unwrap();
    /// assert_eq!((by.text(), by.end().unwrap().to_string()), ("Innen 2025", "2025-12-31".to_string()));
    /// assert_eq!(Deadline::parse("innan 31.05.2025").unwrap().end().unwrap().to_string(), "2025-05-31");
    /// assert_eq!(Deadline::parse("by May 2025").unwrap().end().unwrap().to_string(), "2025-05-31");
    /// ```
    pub fn parse(text: &str) -> Result<Self> {
        let when = parse_when(text).ok_or_else(|| {
            calendar::no_such_date(text).unwrap_or_else(|| Error::Deadline { text: squash_spaces(text) })
        })?;
        Ok(Deadline { text: squash_spaces(text), when })
    }

    /// A deadline made from its meaning; the text is the Nynorsk display form.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Deadline, When};
    /// let d = Deadline::from_when(When::Month(2022, 3));
    /// assert_eq!(d.text(), "mars 2022");
    /// assert_eq!(d, Deadline::parse("mars 2022").unwrap());
    /// ```
    pub fn from_when(when: When) -> Self {
        let mut deadline = Deadline { text: String::new(), when };
        deadline.text = deadline.to_string();
        deadline
    }

    /// The text as written in the source.
    ///
    /// # Example
    /// ```
    /// let d: plan_core::Deadline = "VÅR 2021".parse().unwrap();
    /// assert_eq!(d.text(), "VÅR 2021");
    /// assert_eq!(d.to_string(), "våren 2021");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What the deadline means.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Deadline, When};
    /// let d: Deadline = "2021-05-31".parse().unwrap();
    /// assert_eq!(d.when(), When::Date(chrono::NaiveDate::from_ymd_opt(2021, 5, 31).unwrap()));
    /// ```
    pub fn when(&self) -> When {
        self.when
    }

    /// The kind of deadline.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Deadline, DeadlineKind};
    /// assert_eq!("2023".parse::<Deadline>().unwrap().kind(), DeadlineKind::Year);
    /// assert_eq!("Kvart år".parse::<Deadline>().unwrap().kind(), DeadlineKind::Yearly);
    /// ```
    pub fn kind(&self) -> DeadlineKind {
        match self.when {
            When::Yearly => DeadlineKind::Yearly,
            When::Year(_) => DeadlineKind::Year,
            When::Season(..) => DeadlineKind::Season,
            When::Month(..) => DeadlineKind::Month,
            When::Date(_) => DeadlineKind::Date,
        }
    }

    /// True for deadlines that come back every year.
    ///
    /// # Example
    /// ```
    /// use plan_core::Deadline;
    /// assert!("Årlig".parse::<Deadline>().unwrap().is_recurring());
    /// assert!(!"2021".parse::<Deadline>().unwrap().is_recurring());
    /// ```
    pub fn is_recurring(&self) -> bool {
        self.when == When::Yearly
    }

    /// True when the action falls due in `year`: a recurring deadline every
    /// year, any other in the year its period ends ([`due_year`]). The one
    /// rule for what is due in a reporting year.
    ///
    /// # Example
    /// ```
    /// use plan_core::Deadline;
    /// let winter: Deadline = "Vinter 2022".parse().unwrap();
    /// assert!(winter.due_in(2022) && !winter.due_in(2021));
    /// assert!("Årleg".parse::<Deadline>().unwrap().due_in(2023));
    /// assert!(!"Innan 2025".parse::<Deadline>().unwrap().due_in(2024));
    /// ```
    pub fn due_in(&self, year: i32) -> bool {
        self.is_recurring() || due_year(self) == Some(year)
    }

    /// The first and last day of the period the deadline names; `None` for a
    /// recurring deadline (see [`Deadline::period_in`]).
    ///
    /// # Example
    /// ```
    /// use plan_core::Deadline;
    /// let (start, end) = "Vinter 2022".parse::<Deadline>().unwrap().period().unwrap();
    /// assert_eq!((start.to_string(), end.to_string()), ("2021-12-01".into(), "2022-02-28".into()));
    /// assert_eq!("Årleg".parse::<Deadline>().unwrap().period(), None);
    /// ```
    pub fn period(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self.when {
            When::Yearly => None,
            When::Year(y) => Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?)),
            When::Season(season, y) => season.period(y),
            When::Month(y, m) => Some((NaiveDate::from_ymd_opt(y, m, 1)?, calendar::last_day_of_month(y, m)?)),
            When::Date(d) => Some((d, d)),
        }
    }

    /// The period that applies in a given reporting year: for a recurring
    /// deadline the whole year, otherwise [`Deadline::period`].
    ///
    /// # Example
    /// ```
    /// use plan_core::Deadline;
    /// let d: Deadline = "Årleg".parse().unwrap();
    /// let (start, end) = d.period_in(2022).unwrap();
    /// assert_eq!((start.to_string(), end.to_string()), ("2022-01-01".into(), "2022-12-31".into()));
    /// ```
    pub fn period_in(&self, year: i32) -> Option<(NaiveDate, NaiveDate)> {
        match self.when {
            When::Yearly => Some((NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?)),
            _ => self.period(),
        }
    }

    /// The first day of the period; `None` when recurring.
    ///
    /// # Example
    /// ```
    /// let d: plan_core::Deadline = "mai 2021".parse().unwrap();
    /// assert_eq!(d.start().unwrap().to_string(), "2021-05-01");
    /// ```
    pub fn start(&self) -> Option<NaiveDate> {
        self.period().map(|(start, _)| start)
    }

    /// The last day of the period; `None` when recurring.
    ///
    /// # Example
    /// ```
    /// let d: plan_core::Deadline = "feb. 2024".parse().unwrap();
    /// assert_eq!(d.end().unwrap().to_string(), "2024-02-29");
    /// ```
    pub fn end(&self) -> Option<NaiveDate> {
        self.period().map(|(_, end)| end)
    }
}

impl FromStr for Deadline {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        Deadline::parse(text)
    }
}

impl Deadline {
    /// What the deadline means, as words in any language: `hausten 2021`,
    /// `høsten 2021`, `autumn 2021`; `årleg`, `årlig`, `yearly`.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Deadline, Language};
    /// let d: Deadline = "Haust 2021".parse().unwrap();
    /// assert_eq!(d.message().render(Language::Nn), "hausten 2021");
    /// assert_eq!(d.message().render(Language::Nb), "høsten 2021");
    /// assert_eq!(d.message().render(Language::En), "autumn 2021");
    /// let d: Deadline = "31.05.2021".parse().unwrap();
    /// assert_eq!(d.message().render(Language::En), "31 May 2021");
    /// ```
    pub fn message(&self) -> crate::Message {
        match self.when {
            When::Yearly => crate::msg!("deadline-yearly"),
            When::Year(y) => crate::msg!("deadline-year", year = y),
            When::Season(season, y) => {
                let season = match season {
                    Season::Spring => "spring",
                    Season::Summer => "summer",
                    Season::Autumn => "autumn",
                    Season::Winter => "winter",
                };
                crate::msg!("deadline-season", season = season, year = y)
            }
            When::Month(y, m) => crate::msg!("deadline-month", month = m, year = y),
            When::Date(d) => crate::i18n::date(d),
        }
    }
}

/// Displays the deadline in Nynorsk: `årleg`, `2021`, `våren 2021`,
/// `mai 2021`, `31. mai 2021`.
impl fmt::Display for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.when {
            When::Yearly => f.write_str("årleg"),
            When::Year(y) => write!(f, "{y}"),
            When::Season(season, y) => write!(f, "{} {y}", season.name_nn()),
            When::Month(y, m) => write!(f, "{} {y}", MONTHS_NN[(m - 1) as usize]),
            When::Date(d) => f.write_str(&calendar::format_date_nn(d)),
        }
    }
}

fn parse_when(text: &str) -> Option<When> {
    let text = squash_spaces(text);
    let folded = fold(&text);
    // "Innen 2025", "innan 31.05.2025", "by 2025": by the end of what follows.
    for by in ["innen ", "innan ", "by "] {
        if folded.starts_with(by) {
            let rest = text.get(by.len()..).map(str::trim).filter(|r| !r.is_empty())?;
            return parse_when(rest).filter(|w| *w != When::Yearly);
        }
    }
    if matches!(
        folded.as_str(),
        "arleg" | "arlig" | "kvart ar" | "hvert ar" | "arlege" | "arlige" | "yearly" | "annually" | "every year"
    ) {
        return Some(When::Yearly);
    }
    if let Some(year) = year(&text) {
        return Some(When::Year(year));
    }
    if let Ok(date) = calendar::parse_date(&text) {
        return Some(When::Date(date));
    }
    let words: Vec<&str> = text.split(' ').collect();
    if let [word, y] = words.as_slice() {
        let y = year(y)?;
        if let Some(season) = Season::from_word(word) {
            return Some(When::Season(season, y));
        }
        if let Some(month) = calendar::month_from_name(word) {
            return Some(When::Month(y, month));
        }
    }
    None
}

fn year(text: &str) -> Option<i32> {
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        let y: i32 = text.parse().ok()?;
        (1900..=2200).contains(&y).then_some(y)
    } else {
        None
    }
}

/// The JSON form: `{"text", "kind", "start", "end"}`.
#[derive(Serialize, Deserialize, schemars::JsonSchema)]
struct DeadlineJson {
    /// The deadline as written in the action programme ("Vår 2021").
    text: String,
    /// What kind of deadline it is.
    kind: DeadlineKind,
    /// The first day of the period it names; null for a yearly deadline.
    start: Option<NaiveDate>,
    /// The last day of the period it names; null for a yearly deadline.
    end: Option<NaiveDate>,
}

impl From<Deadline> for DeadlineJson {
    fn from(d: Deadline) -> Self {
        DeadlineJson { kind: d.kind(), start: d.start(), end: d.end(), text: d.text }
    }
}

impl TryFrom<DeadlineJson> for Deadline {
    type Error = Error;

    fn try_from(json: DeadlineJson) -> Result<Self> {
        Deadline::parse(&json.text)
    }
}

/// The year a deadline falls due in, for grouping; `None` when recurring.
///
/// # Example
/// ```
/// use plan_core::deadline::due_year;
/// assert_eq!(due_year(&"Vinter 2022".parse().unwrap()), Some(2022));
/// assert_eq!(due_year(&"Årleg".parse().unwrap()), None);
/// ```
pub fn due_year(deadline: &Deadline) -> Option<i32> {
    deadline.end().map(|d| d.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn period(text: &str) -> (DeadlineKind, Option<NaiveDate>, Option<NaiveDate>) {
        let d = Deadline::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        (d.kind(), d.start(), d.end())
    }

    #[test]
    fn reads_recurring() {
        for text in ["Årleg", "årleg", "ÅRLIG", "Årlig", " Årleg ", "kvart år"] {
            assert_eq!(period(text), (DeadlineKind::Yearly, None, None), "{text}");
        }
    }

    #[test]
    fn reads_years_seasons_months_dates() {
        assert_eq!(period("2021"), (DeadlineKind::Year, Some(ymd(2021, 1, 1)), Some(ymd(2021, 12, 31))));
        assert_eq!(period("Vår 2021"), (DeadlineKind::Season, Some(ymd(2021, 3, 1)), Some(ymd(2021, 5, 31))));
        assert_eq!(period("vår  2021"), (DeadlineKind::Season, Some(ymd(2021, 3, 1)), Some(ymd(2021, 5, 31))));
        assert_eq!(period("Sommar 2022"), (DeadlineKind::Season, Some(ymd(2022, 6, 1)), Some(ymd(2022, 8, 31))));
        assert_eq!(period("Sommer 2022"), (DeadlineKind::Season, Some(ymd(2022, 6, 1)), Some(ymd(2022, 8, 31))));
        assert_eq!(period("Haust 2021"), (DeadlineKind::Season, Some(ymd(2021, 9, 1)), Some(ymd(2021, 11, 30))));
        assert_eq!(period("Høst 2021"), (DeadlineKind::Season, Some(ymd(2021, 9, 1)), Some(ymd(2021, 11, 30))));
        assert_eq!(period("Vinter 2024"), (DeadlineKind::Season, Some(ymd(2023, 12, 1)), Some(ymd(2024, 2, 29))));
        assert_eq!(period("mai\n2021"), (DeadlineKind::Month, Some(ymd(2021, 5, 1)), Some(ymd(2021, 5, 31))));
        assert_eq!(period("Okt. 2021"), (DeadlineKind::Month, Some(ymd(2021, 10, 1)), Some(ymd(2021, 10, 31))));
        assert_eq!(period("FEBRUAR 2024"), (DeadlineKind::Month, Some(ymd(2024, 2, 1)), Some(ymd(2024, 2, 29))));
        assert_eq!(period("des 2022"), (DeadlineKind::Month, Some(ymd(2022, 12, 1)), Some(ymd(2022, 12, 31))));
        assert_eq!(period("2021-05-31"), (DeadlineKind::Date, Some(ymd(2021, 5, 31)), Some(ymd(2021, 5, 31))));
        assert_eq!(period("31.05.2021"), (DeadlineKind::Date, Some(ymd(2021, 5, 31)), Some(ymd(2021, 5, 31))));
        assert_eq!(period("31. mai 2021"), (DeadlineKind::Date, Some(ymd(2021, 5, 31)), Some(ymd(2021, 5, 31))));
    }

    #[test]
    fn displays_nynorsk() {
        let shown = |t: &str| Deadline::parse(t).map(|d| d.to_string()).unwrap_or_default();
        assert_eq!(shown("Årlig"), "årleg");
        assert_eq!(shown("2021"), "2021");
        assert_eq!(shown("Høst 2021"), "hausten 2021");
        assert_eq!(shown("Sommer 2021"), "sommaren 2021");
        assert_eq!(shown("Vinter 2021"), "vinteren 2021");
        assert_eq!(shown("okt. 2021"), "oktober 2021");
        assert_eq!(shown("31.05.2021"), "31. mai 2021");
    }

    #[test]
    fn rejects_with_expected_forms() {
        for text in ["Vaar 2021", "snart", "", "Vår", "2021/2022", "mai 21", "21"] {
            let err = Deadline::parse(text).expect_err(text);
            assert!(err.to_string().contains("expected a year, 'Årleg', a season"), "{err}");
        }
        assert_eq!(
            Deadline::parse("13.13.2021").map_err(|e| e.to_string()).expect_err("no month 13"),
            "\"13.13.2021\" is not a date that exists (there is no month 13)"
        );
        assert_eq!(
            Deadline::parse("Vaar 2021").map_err(|e| e.to_string()).expect_err("bad"),
            "cannot read deadline \"Vaar 2021\" (expected a year, 'Årleg', a season and year such as 'Vår 2021', a month and year such as 'mai 2021', or a date such as 31.05.2021)"
        );
    }

    #[test]
    fn json_round_trip() {
        let d = Deadline::parse("mai 2021").expect("valid");
        let json = serde_json::to_string(&d).expect("serializes");
        assert_eq!(json, r#"{"text":"mai 2021","kind":"month","start":"2021-05-01","end":"2021-05-31"}"#);
        let back: Deadline = serde_json::from_str(&json).expect("deserializes");
        assert_eq!(back, d);
        let yearly = serde_json::to_string(&Deadline::parse("Årleg").expect("valid")).expect("serializes");
        assert_eq!(yearly, r#"{"text":"Årleg","kind":"yearly","start":null,"end":null}"#);
    }

    #[test]
    fn due_year_and_period_in() {
        let d = Deadline::parse("Vinter 2022").expect("valid");
        assert_eq!(due_year(&d), Some(2022));
        assert_eq!(d.period_in(2030), d.period());
        assert_eq!(Deadline::from_when(When::Month(2021, 5)).text(), "mai 2021");
    }
}
