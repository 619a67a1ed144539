//! Norwegian month names and dates: reading the forms offices write
//! (`31.05.2021`, `1. okt 2020`, `2021-05-31`) and writing Nynorsk
//! (`18. oktober 2020`).

use chrono::{Datelike, NaiveDate};

use crate::error::{Error, Result};

/// Nynorsk month names, January first (the same words in Bokmål).
///
/// # Example
/// ```
/// assert_eq!(plan_core::calendar::MONTHS_NN[4], "mai");
/// assert_eq!(plan_core::calendar::MONTHS_NN.len(), 12);
/// ```
pub const MONTHS_NN: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];

/// Reads a Norwegian (Nynorsk or Bokmål) or English month name or abbreviation,
/// in any case, with or without a final dot: `mai`, `okt.`, `Sept`, `des`.
///
/// # Example
/// ```
/// use plan_core::calendar::month_from_name;
/// assert_eq!(month_from_name("okt."), Some(10));
/// assert_eq!(month_from_name("Desember"), Some(12));
/// assert_eq!(month_from_name("vår"), None);
/// assert_eq!(month_from_name("March"), Some(3));
/// assert_eq!(month_from_name("July"), Some(7));
/// ```
pub fn month_from_name(word: &str) -> Option<u32> {
    let word = word.trim().trim_end_matches('.').to_lowercase();
    if word.len() < 3 {
        return None;
    }
    let month = match word.as_str() {
        "sept" => 9,
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "oct" | "october" => 10,
        "dec" | "december" => 12,
        _ => {
            let index = MONTHS_NN.iter().position(|name| name.starts_with(&word))?;
            u32::try_from(index).ok()? + 1
        }
    };
    Some(month)
}

/// Reads a date as Norwegian offices write it: `2021-05-31`, `31.05.2021`,
/// `31.5.21` is *not* accepted (two-digit years are ambiguous), `1. okt 2020`,
/// `1 oktober 2020`.
///
/// # Errors
/// [`Error::Date`] when the text is none of these forms;
/// [`Error::NoSuchDate`] when it names a day that does not exist.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use plan_core::calendar::parse_date;
/// let d = NaiveDate::from_ymd_opt(2020, 10, 1).unwrap();
/// assert_eq!(parse_date("1. okt 2020").unwrap(), d);
/// assert_eq!(parse_date("01.10.2020").unwrap(), d);
/// assert_eq!(parse_date("2020-10-01").unwrap(), d);
/// assert_eq!(
///     parse_date("31.02.2021").unwrap_err().to_string(),
///     "\"31.02.2021\" is not a date that exists (February 2021 has 28 days)"
/// );
/// assert_eq!(parse_date("snart").unwrap_err().to_string(), "cannot read date \"snart\" (expected a date such as 2021-05-31, 31.05.2021 or 31. mai 2021)");
/// ```
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    parse_date_opt(text).ok_or_else(|| {
        no_such_date(text).unwrap_or_else(|| Error::Date {
            text: text.trim().to_string(),
            expected: crate::msg!("date-expected-date"),
        })
    })
}

/// The error for a text written as a date whose day does not exist in its
/// month (`31.02.2025`, `2021-04-31`), if it is one.
pub(crate) fn no_such_date(text: &str) -> Option<Error> {
    let text = text.trim();
    let (y, m, d): (i32, u32, u32) = if let [y, m, d] = text.split('-').collect::<Vec<_>>().as_slice() {
        (number(y)?, number(m)?, number(d)?)
    } else {
        let words: Vec<&str> = text.split_whitespace().collect();
        match words.as_slice() {
            [one] => match one.split('.').collect::<Vec<_>>().as_slice() {
                [d, m, y] if y.len() == 4 => (number(y)?, number(m)?, number(d)?),
                _ => return None,
            },
            [day, month, year] if year.len() == 4 => {
                (number(year)?, month_from_name(month)?, number(day.trim_end_matches('.'))?)
            }
            _ => return None,
        }
    };
    if NaiveDate::from_ymd_opt(y, m, 1).is_none() {
        return Some(Error::NoSuchDate { text: text.to_string(), why: crate::msg!("date-no-such-month", month = m) });
    }
    let last = last_day_of_month(y, m)?.day();
    (d == 0 || d > last).then(|| Error::NoSuchDate {
        text: text.to_string(),
        why: crate::msg!("date-month-days", month = m, year = y, days = last),
    })
}

/// Reads a year (meaning 1 January, as in SSB's tables) or a date in any
/// form [`parse_date`] reads.
///
/// # Errors
/// [`Error::Date`] when the text is neither.
///
/// # Example
/// ```
/// use plan_core::calendar::parse_year_or_date;
/// assert_eq!(parse_year_or_date("2017").unwrap().to_string(), "2017-01-01");
/// assert_eq!(parse_year_or_date("1.10.2020").unwrap().to_string(), "2020-10-01");
/// ```
pub fn parse_year_or_date(text: &str) -> Result<NaiveDate> {
    let trimmed = text.trim();
    if trimmed.len() == 4
        && trimmed.bytes().all(|b| b.is_ascii_digit())
        && let Some(date) = trimmed.parse().ok().and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1))
    {
        return Ok(date);
    }
    parse_date_opt(trimmed).ok_or_else(|| {
        no_such_date(trimmed).unwrap_or_else(|| Error::Date {
            text: trimmed.to_string(),
            expected: crate::msg!("date-expected-year-or-date"),
        })
    })
}

fn parse_date_opt(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [one] => {
            let parts: Vec<&str> = one.split('.').collect();
            if let [d, m, y] = parts.as_slice() {
                if y.len() != 4 {
                    return None;
                }
                return NaiveDate::from_ymd_opt(number(y)?, number(m)?, number(d)?);
            }
            None
        }
        [day, month, year] => {
            let day: u32 = number(day.trim_end_matches('.'))?;
            let month = month_from_name(month)?;
            if year.len() != 4 {
                return None;
            }
            NaiveDate::from_ymd_opt(number(year)?, month, day)
        }
        _ => None,
    }
}

fn number<T: std::str::FromStr>(digits: &str) -> Option<T> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Writes a date in Nynorsk: `18. oktober 2020`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use plan_core::calendar::format_date_nn;
/// let d = NaiveDate::from_ymd_opt(2020, 10, 18).unwrap();
/// assert_eq!(format_date_nn(d), "18. oktober 2020");
/// ```
pub fn format_date_nn(date: NaiveDate) -> String {
    format!("{}. {} {}", date.day(), MONTHS_NN[date.month0() as usize], date.year())
}

/// The last day of a month.
pub(crate) fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let (next_year, next_month) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn reads_every_month_form() {
        for (i, name) in MONTHS_NN.iter().enumerate() {
            assert_eq!(month_from_name(name), Some(i as u32 + 1), "{name}");
            assert_eq!(month_from_name(&name[..3]), Some(i as u32 + 1), "{name}");
            assert_eq!(month_from_name(&name.to_uppercase()), Some(i as u32 + 1), "{name}");
        }
        assert_eq!(month_from_name("okt."), Some(10));
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("ma"), None);
        assert_eq!(month_from_name("årleg"), None);
    }

    #[test]
    fn reads_dates() {
        assert_eq!(parse_date("1.1.2020").ok(), Some(ymd(2020, 1, 1)));
        assert_eq!(parse_date(" 31.05.2021 ").ok(), Some(ymd(2021, 5, 31)));
        assert_eq!(parse_date("1. okt 2020").ok(), Some(ymd(2020, 10, 1)));
        assert_eq!(parse_date("1 oktober 2020").ok(), Some(ymd(2020, 10, 1)));
        assert_eq!(parse_date("29.02.2024").ok(), Some(ymd(2024, 2, 29)));
        let err = parse_date("1.1.20").expect_err("two-digit year");
        assert_eq!(
            err.to_string(),
            "cannot read date \"1.1.20\" (expected a date such as 2021-05-31, 31.05.2021 or 31. mai 2021)"
        );
        assert!(parse_date("29.02.2023").is_err());
        assert!(parse_date("").is_err());
    }

    #[test]
    fn formats_nynorsk() {
        assert_eq!(format_date_nn(ymd(2021, 1, 1)), "1. januar 2021");
        assert_eq!(last_day_of_month(2024, 2), Some(ymd(2024, 2, 29)));
        assert_eq!(last_day_of_month(2021, 12), Some(ymd(2021, 12, 31)));
    }
}
