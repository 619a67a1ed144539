//! Norwegian number formats: digit groups with no-break spaces, decimal
//! comma, a true minus sign (U+2212), and a no-break space before `%`.

/// No-break space.
const NBSP: &str = "\u{a0}";
/// The minus sign typeset in Norwegian public documents.
const MINUS: char = '\u{2212}';

/// Writes an integer with no-break spaces between groups of three digits and
/// a true minus sign (U+2212) when negative: `20 467`, `−34`.
///
/// Four-digit numbers are grouped too (`4 588`), as in SSB's tables.
///
/// # Example
/// ```
/// use plan_core::format::integer;
/// assert_eq!(integer(20467), "20\u{a0}467");
/// assert_eq!(integer(-1234567), "\u{2212}1\u{a0}234\u{a0}567");
/// assert_eq!(integer(44), "44");
/// ```
pub fn integer(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if value < 0 {
        out.push('\u{2212}');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(NBSP);
        }
        out.push(c);
    }
    out
}

/// An integer with an explicit sign: `+44`, `−214`, `0`.
///
/// # Example
/// ```
/// use plan_core::format::signed_integer;
/// assert_eq!(signed_integer(44), "+44");
/// assert_eq!(signed_integer(-1214), "\u{2212}1\u{a0}214");
/// assert_eq!(signed_integer(0), "0");
/// ```
pub fn signed_integer(value: i64) -> String {
    if value > 0 { format!("+{}", integer(value)) } else { integer(value) }
}

/// A decimal number with a decimal comma and grouped digits: `1,80`,
/// `−2,9`, `1 234,5`. Negative zero prints as `0`.
///
/// # Example
/// ```
/// use plan_core::format::decimal;
/// assert_eq!(decimal(1.8, 2), "1,80");
/// assert_eq!(decimal(-2.94, 1), "\u{2212}2,9");
/// assert_eq!(decimal(1234.5, 1), "1\u{a0}234,5");
/// ```
pub fn decimal(value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole: i64 = whole.parse().unwrap_or(0);
    let zero = text.bytes().all(|b| b == b'0' || b == b'.');
    let mut out = String::new();
    if value < 0.0 && !zero {
        out.push(MINUS);
    }
    out.push_str(&integer(whole));
    if !fraction.is_empty() {
        out.push(',');
        out.push_str(fraction);
    }
    out
}

/// A decimal with an explicit sign: `+1,80`, `−2,9`, `0,0`.
///
/// # Example
/// ```
/// use plan_core::format::signed_decimal;
/// assert_eq!(signed_decimal(1.8, 2), "+1,80");
/// assert_eq!(signed_decimal(-0.001, 1), "0,0");
/// ```
pub fn signed_decimal(value: f64, decimals: usize) -> String {
    let text = decimal(value, decimals);
    if value > 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) { format!("+{text}") } else { text }
}

/// A percentage: `1,80 %` (no-break space before the sign).
///
/// # Example
/// ```
/// use plan_core::format::percent;
/// assert_eq!(percent(12.108, 2), "12,11\u{a0}%");
/// ```
pub fn percent(value: f64, decimals: usize) -> String {
    format!("{}{NBSP}%", decimal(value, decimals))
}

/// A percentage with an explicit sign: `+1,80 %`, `−2,9 %`.
///
/// # Example
/// ```
/// use plan_core::format::signed_percent;
/// assert_eq!(signed_percent(-2.94, 1), "\u{2212}2,9\u{a0}%");
/// ```
pub fn signed_percent(value: f64, decimals: usize) -> String {
    format!("{}{NBSP}%", signed_decimal(value, decimals))
}

/// Rounds to `decimals` places (0 to 22) for JSON and CSV output, half
/// away from zero, with the same result on every machine.
///
/// # Example
/// ```
/// assert_eq!(plan_core::format::round(1.8018, 2), 1.8);
/// assert_eq!(plan_core::format::round(-0.345, 1), -0.3);
/// assert_eq!(plan_core::format::round(20780.75, 0), 20781.0);
/// ```
pub fn round(value: f64, decimals: i32) -> f64 {
    // Powers of ten up to 10^22 are exact in f64, so the scale is too.
    let scale = (0..decimals.clamp(0, 22)).fold(1.0_f64, |scale, _| scale * 10.0);
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_a_norwegian_public_body() {
        assert_eq!(integer(20467), "20\u{a0}467");
        assert_eq!(signed_integer(-214), "\u{2212}214");
        assert_eq!(decimal(0.6, 1), "0,6");
        assert_eq!(decimal(-0.04, 1), "0,0");
        assert_eq!(signed_percent(1.8018, 2), "+1,80\u{a0}%");
        assert_eq!(percent(0.0, 1), "0,0\u{a0}%");
        assert_eq!(decimal(3.3, 1), "3,3");
        assert_eq!(round(-1.0349, 2), -1.03);
    }
}
