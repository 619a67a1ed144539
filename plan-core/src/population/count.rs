//! Reading counts and areas from table cells.

/// What a cell holds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell {
    /// A whole number of people.
    Count(u64),
    /// One of SSB's missing-value symbols (`.` not applicable, `..` not
    /// available, `...` not yet available, `:` confidential) or
    /// an empty cell: no figure, never zero.
    Missing,
}

/// Why a cell is not a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CellError {
    /// A negative number.
    Negative,
    /// A number with decimals.
    Fraction,
    /// Not a number at all.
    NotANumber,
}

impl CellError {
    /// What the message says was expected.
    pub fn explain(&self) -> crate::Message {
        match self {
            CellError::Negative => crate::msg!("population-negative"),
            CellError::Fraction => crate::msg!("population-fraction"),
            CellError::NotANumber => crate::msg!("population-not-a-number"),
        }
    }
}

/// Reads a count from a cell's bytes: digits, optionally grouped with spaces,
/// no-break or thin spaces; the missing-value symbols give
/// [`Cell::Missing`]. No allocation.
///
/// # Errors
/// [`CellError`] for negative, fractional or non-numeric cells.
pub fn parse_count(cell: &[u8]) -> Result<Cell, CellError> {
    let cell = trim(cell);
    match cell {
        b"" | b"." | b".." | b"..." | b":" => return Ok(Cell::Missing),
        // SSB's symbol for nil: a true zero.
        b"-" | b"\xe2\x80\x93" => return Ok(Cell::Count(0)),
        _ => {}
    }
    let mut value: u64 = 0;
    let mut digits = 0;
    let mut i = 0;
    while i < cell.len() {
        let b = cell[i];
        match b {
            b'0'..=b'9' => {
                value = value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(u64::from(b - b'0')))
                    .ok_or(CellError::NotANumber)?;
                digits += 1;
            }
            b' ' | b'\'' => {}
            0xC2 if cell.get(i + 1) == Some(&0xA0) => i += 1,
            0xA0 => {}
            0xE2 if cell.get(i + 1) == Some(&0x80) && matches!(cell.get(i + 2), Some(0x89 | 0xAF)) => i += 2,
            b'-' if digits == 0 => return Err(CellError::Negative),
            0xE2 if digits == 0 && cell.get(i + 1) == Some(&0x88) && cell.get(i + 2) == Some(&0x92) => {
                return Err(CellError::Negative);
            }
            b',' | b'.' => {
                let rest = &cell[i + 1..];
                if !rest.is_empty() && rest.iter().all(|&d| d == b'0') {
                    break;
                }
                return Err(if rest.iter().all(u8::is_ascii_digit) && digits > 0 {
                    CellError::Fraction
                } else {
                    CellError::NotANumber
                });
            }
            _ => return Err(CellError::NotANumber),
        }
        i += 1;
    }
    if digits == 0 {
        return Err(CellError::NotANumber);
    }
    Ok(Cell::Count(value))
}

/// Reads an area in km²: `705`, `704,87`, `1 854.2`.
pub fn parse_area(cell: &str) -> Option<f64> {
    let compact: String = cell
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}'))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if compact.is_empty() || !compact.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    compact.parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0)
}

fn trim(mut cell: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = cell {
        if first.is_ascii_whitespace() || *first == b'"' {
            cell = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = cell {
        if last.is_ascii_whitespace() || *last == b'"' {
            cell = rest;
        } else {
            break;
        }
    }
    cell
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_counts() {
        assert_eq!(parse_count(b"1033"), Ok(Cell::Count(1033)));
        assert_eq!(parse_count(b" 20 467 "), Ok(Cell::Count(20467)));
        assert_eq!(parse_count("20\u{a0}467".as_bytes()), Ok(Cell::Count(20467)));
        assert_eq!(parse_count("20\u{202f}467".as_bytes()), Ok(Cell::Count(20467)));
        assert_eq!(parse_count("20\u{2009}467".as_bytes()), Ok(Cell::Count(20467)));
        assert_eq!(parse_count(b"20\xa0467"), Ok(Cell::Count(20467)));
        assert_eq!(parse_count(b"\"17\""), Ok(Cell::Count(17)));
        assert_eq!(parse_count(b"0"), Ok(Cell::Count(0)));
        assert_eq!(parse_count(b"1052,0"), Ok(Cell::Count(1052)));
    }

    #[test]
    fn missing_is_never_zero() {
        for symbol in [&b""[..], b".", b"..", b"...", b":", b" .. "] {
            assert_eq!(parse_count(symbol), Ok(Cell::Missing), "{symbol:?}");
        }
        for nil in [&b"-"[..], b" - ", "\u{2013}".as_bytes()] {
            assert_eq!(parse_count(nil), Ok(Cell::Count(0)), "SSB's nil {nil:?} is a true zero");
        }
    }

    #[test]
    fn rejects_bad_counts() {
        assert_eq!(parse_count(b"-5"), Err(CellError::Negative));
        assert_eq!(parse_count("\u{2212}5".as_bytes()), Err(CellError::Negative));
        assert_eq!(parse_count(b"10,5"), Err(CellError::Fraction));
        assert_eq!(parse_count(b"12a"), Err(CellError::NotANumber));
        assert_eq!(parse_count(b"99999999999999999999999"), Err(CellError::NotANumber));
    }

    #[test]
    fn documented_count_forms() {
        assert_eq!(parse_count(b"20 467"), Ok(Cell::Count(20467)));
        assert_eq!(parse_count(b".."), Ok(Cell::Missing));
        assert!(parse_count(b"-5").is_err());
    }

    #[test]
    fn documented_area_forms() {
        assert_eq!(parse_area("704,87"), Some(704.87));
        assert_eq!(parse_area("1 854"), Some(1854.0));
        assert_eq!(parse_area("stor"), None);
    }
}
