//! Time periods as spans: a year, a quarter, a month or a day.

use chrono::NaiveDate;
use serde::Serialize;

/// A time period of a table: its label as written and the span it covers.
/// A value counts as known at the span's end.
///
/// # Example
/// ```
/// let q = plan_core::statistics::parse_period("2023K1").unwrap();
/// assert_eq!((q.start.to_string(), q.end.to_string()), ("2023-01-01".into(), "2023-03-31".into()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Period {
    /// The label as the table writes it (`2023K1`).
    pub label: String,
    /// The first day.
    pub start: NaiveDate,
    /// The last day.
    pub end: NaiveDate,
}

/// Reads `2023` (1.1–31.12.2023), `2023K1` or `2023Q1` (1.1–31.3.2023),
/// `2023M01` (January) or a date `2023-05-17` (that day).
///
/// # Example
/// ```
/// use plan_core::statistics::parse_period;
/// assert_eq!(parse_period("2023").map(|p| p.end.to_string()), Some("2023-12-31".into()));
/// assert_eq!(parse_period("2024M02").map(|p| p.end.to_string()), Some("2024-02-29".into()));
/// assert_eq!(parse_period("2023-05-17").map(|p| p.start == p.end), Some(true));
/// assert_eq!(parse_period("2023K5"), None);
/// ```
pub fn parse_period(text: &str) -> Option<Period> {
    let label = text.trim().trim_matches('"').trim();
    let bytes = label.as_bytes();
    if bytes.len() < 4 || !bytes[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: i32 = label[..4].parse().ok()?;
    if !(1000..3000).contains(&year) {
        return None;
    }
    let months = |first: u32, last: u32| -> Option<(NaiveDate, NaiveDate)> {
        let start = NaiveDate::from_ymd_opt(year, first, 1)?;
        let end = if last == 12 {
            NaiveDate::from_ymd_opt(year, 12, 31)?
        } else {
            NaiveDate::from_ymd_opt(year, last + 1, 1)?.pred_opt()?
        };
        Some((start, end))
    };
    let (start, end) = match &bytes[4..] {
        [] => months(1, 12)?,
        [b'K' | b'k' | b'Q' | b'q', q @ b'1'..=b'4'] => {
            let q = u32::from(q - b'0');
            months(q * 3 - 2, q * 3)?
        }
        [b'M' | b'm', a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
            let m = u32::from(a - b'0') * 10 + u32::from(b - b'0');
            if !(1..=12).contains(&m) {
                return None;
            }
            months(m, m)?
        }
        [b'-', ..] => {
            let day = NaiveDate::parse_from_str(label, "%Y-%m-%d").ok()?;
            (day, day)
        }
        _ => return None,
    };
    Some(Period { label: label.to_string(), start, end })
}
