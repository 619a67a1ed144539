//! Time labels in statistics tables: a year (`2020`, 1 January) or a quarter
//! (`2020K1`, `2020Q1`: the first day of the quarter).

use chrono::NaiveDate;

/// A point in time a table's column or row names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimeLabel {
    /// The year.
    pub year: i32,
    /// The quarter 1–4, or 0 for a whole year.
    pub quarter: u8,
}

impl TimeLabel {
    /// The date the label stands for: 1 January for a year (as in SSB's
    /// tables of population on 1 January), the quarter's first day for a
    /// quarter.
    pub fn date(self) -> NaiveDate {
        let month = match self.quarter {
            0 | 1 => 1,
            q => u32::from(q - 1) * 3 + 1,
        };
        NaiveDate::from_ymd_opt(self.year, month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// A dense index for lookup tables: years 1800–2199.
    pub(crate) fn slot(self) -> Option<usize> {
        let year = usize::try_from(self.year.checked_sub(1800)?).ok()?;
        (year < 400).then_some(year * 5 + usize::from(self.quarter))
    }
}

/// Reads `2020`, `2020K1`–`2020K4` or `2020Q1`–`2020Q4` from bytes, quotes
/// and spaces around them allowed.
pub fn parse_time_label(bytes: &[u8]) -> Option<TimeLabel> {
    let bytes = trim(bytes);
    if bytes.len() < 4 || !bytes[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year = bytes[..4].iter().fold(0i32, |y, b| y * 10 + i32::from(b - b'0'));
    if !(1800..2200).contains(&year) {
        return None;
    }
    match &bytes[4..] {
        [] => Some(TimeLabel { year, quarter: 0 }),
        [b'K' | b'k' | b'Q' | b'q', q @ b'1'..=b'4'] => Some(TimeLabel { year, quarter: q - b'0' }),
        _ => None,
    }
}

/// Finds a time label at the end of a header such as `Personer 2020` or
/// `Befolkning ved inngangen av kvartalet 2020K1`; returns the label and the
/// words before it.
pub(crate) fn split_time_suffix(header: &str) -> Option<(&str, TimeLabel)> {
    let header = header.trim().trim_matches('"').trim();
    let (prefix, last) = match header.rsplit_once(char::is_whitespace) {
        Some((prefix, last)) => (prefix.trim(), last),
        None => ("", header),
    };
    parse_time_label(last.as_bytes()).map(|t| (prefix, t))
}

fn trim(mut bytes: &[u8]) -> &[u8] {
    while let [b' ' | b'"' | b'\t', rest @ ..] = bytes {
        bytes = rest;
    }
    while let [rest @ .., b' ' | b'"' | b'\t' | b'\r'] = bytes {
        bytes = rest;
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_years_and_quarters() {
        assert_eq!(parse_time_label(b"2020K1").map(TimeLabel::date), NaiveDate::from_ymd_opt(2020, 1, 1));
        assert_eq!(parse_time_label(b"2020Q4").map(TimeLabel::date), NaiveDate::from_ymd_opt(2020, 10, 1));
        assert_eq!(parse_time_label(b"2020K5"), None);
        assert_eq!(parse_time_label(b"20201"), None);
        assert_eq!(parse_time_label(b"1799"), None);
    }

    #[test]
    fn splits_header_suffixes() {
        assert_eq!(split_time_suffix("Personer 2020").map(|(p, t)| (p, t.year)), Some(("Personer", 2020)));
        assert_eq!(split_time_suffix("\"2021\"").map(|(p, t)| (p, t.year)), Some(("", 2021)));
        assert_eq!(
            split_time_suffix("Befolkning ved inngangen av kvartalet 2020K2").map(|(p, t)| (p, t.quarter)),
            Some(("Befolkning ved inngangen av kvartalet", 2))
        );
        assert_eq!(split_time_suffix("region"), None);
    }

    #[test]
    fn documented_time_labels() {
        let q = parse_time_label(b"\"2020K3\"").expect("a time label");
        assert_eq!(q.date().to_string(), "2020-07-01");
        assert_eq!(parse_time_label(b"1995").expect("a time label").date().to_string(), "1995-01-01");
        assert!(parse_time_label(b"Personer").is_none());
    }
}
