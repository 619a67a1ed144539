//! Numbers as each language writes them ([`NumberFormat`]): digit groups,
//! decimal mark, a true minus sign (U+2212) and the percent sign. The free
//! functions write Norwegian: digit groups with no-break spaces, decimal
//! comma, and a no-break space before `%`.

/// No-break space.
const NBSP: char = '\u{a0}';
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
    NumberFormat::NORWEGIAN.integer(value)
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
    NumberFormat::NORWEGIAN.signed_integer(value)
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
    NumberFormat::NORWEGIAN.decimal(value, decimals)
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
    NumberFormat::NORWEGIAN.signed_decimal(value, decimals)
}

/// A percentage: `1,80 %` (no-break space before the sign).
///
/// # Example
/// ```
/// use plan_core::format::percent;
/// assert_eq!(percent(12.108, 2), "12,11\u{a0}%");
/// ```
pub fn percent(value: f64, decimals: usize) -> String {
    NumberFormat::NORWEGIAN.percent(value, decimals)
}

/// A percentage with an explicit sign: `+1,80 %`, `−2,9 %`.
///
/// # Example
/// ```
/// use plan_core::format::signed_percent;
/// assert_eq!(signed_percent(-2.94, 1), "\u{2212}2,9\u{a0}%");
/// ```
pub fn signed_percent(value: f64, decimals: usize) -> String {
    NumberFormat::NORWEGIAN.signed_percent(value, decimals)
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

/// How a language writes numbers: its decimal mark, digit-group separator,
/// minus sign and percent sign, and whether a four-digit whole number stays
/// together. The one formatter of numbers: the reports' tables and texts
/// ([`NumberFormat::NORWEGIAN`], [`NumberFormat::ENGLISH`]) and the
/// messages' `NUMBER` ([`NumberFormat::in_running_text`], where whole
/// numbers are mostly years) all write with it, from the value, never by
/// rewriting another language's text.
///
/// # Example
/// ```
/// use plan_core::format::NumberFormat;
/// let (nn, en) = (NumberFormat::NORWEGIAN, NumberFormat::ENGLISH);
/// assert_eq!(nn.integer(20762), "20\u{a0}762");
/// assert_eq!(en.integer(20762), "20,762");
/// assert_eq!(en.decimal(-1234.5, 1), "\u{2212}1,234.5");
/// assert_eq!(nn.signed_percent(0.914, 2), "+0,91\u{a0}%");
/// assert_eq!(en.signed_percent(0.914, 2), "+0.91%");
/// assert_eq!(nn.integer(4413), "4\u{a0}413", "in a table, four digits group with the rest");
/// assert_eq!(nn.in_running_text().integer(2022), "2022", "in a sentence, a year stays together");
/// assert_eq!(en.in_running_text().integer(20762), "20,762");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberFormat {
    /// The decimal mark: `,` or `.`.
    pub decimal_mark: char,
    /// Between groups of three digits: a no-break space or `,`.
    pub group_separator: char,
    /// The minus sign (U+2212 in both languages).
    pub minus: char,
    /// After a percentage: a no-break space and `%`, or `%`.
    pub percent: &'static str,
    /// Whether a whole number of four digits is written without a group
    /// separator (`2022`, `4600`).
    pub four_digits_together: bool,
}

impl NumberFormat {
    /// Norwegian (Nynorsk and Bokmål): `20 762`, `−3`, `12,5 %`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::format::NumberFormat::NORWEGIAN.decimal(3.25, 1), "3,2");
    /// ```
    pub const NORWEGIAN: NumberFormat = NumberFormat {
        decimal_mark: ',',
        group_separator: NBSP,
        minus: MINUS,
        percent: "\u{a0}%",
        four_digits_together: false,
    };

    /// English: `20,762`, `−3`, `12.5%`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::format::NumberFormat::ENGLISH.percent(12.5, 1), "12.5%");
    /// ```
    pub const ENGLISH: NumberFormat = NumberFormat {
        decimal_mark: '.',
        group_separator: ',',
        minus: MINUS,
        percent: "%",
        four_digits_together: false,
    };

    /// The same format for whole numbers in running text, where they are
    /// mostly years: four digits stay together.
    ///
    /// # Example
    /// ```
    /// let text = plan_core::format::NumberFormat::NORWEGIAN.in_running_text();
    /// assert_eq!((text.integer(4600), text.integer(20762)), ("4600".to_string(), "20\u{a0}762".to_string()));
    /// ```
    pub const fn in_running_text(self) -> NumberFormat {
        NumberFormat { four_digits_together: true, ..self }
    }

    /// A whole number: `20 762`, `20,762`, `−214`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::format::NumberFormat::ENGLISH.integer(-1234567), "\u{2212}1,234,567");
    /// ```
    pub fn integer(self, value: i64) -> String {
        let digits = value.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + 8);
        if value < 0 {
            out.push(self.minus);
        }
        if self.four_digits_together && digits.len() <= 4 {
            out.push_str(&digits);
        } else {
            out.push_str(&group(&digits, self.group_separator));
        }
        out
    }

    /// A whole number with its sign: `+44`, `−1 214`, `0`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::format::NumberFormat::NORWEGIAN.signed_integer(44), "+44");
    /// ```
    pub fn signed_integer(self, value: i64) -> String {
        if value > 0 { format!("+{}", self.integer(value)) } else { self.integer(value) }
    }

    /// A number with `decimals` decimals, rounded half away from zero by
    /// the standard formatter's rules; `−0,0` is written `0,0`.
    ///
    /// # Example
    /// ```
    /// use plan_core::format::NumberFormat;
    /// assert_eq!(NumberFormat::NORWEGIAN.decimal(-0.04, 1), "0,0");
    /// assert_eq!(NumberFormat::ENGLISH.decimal(20762.25, 1), "20,762.2");
    /// ```
    pub fn decimal(self, value: f64, decimals: usize) -> String {
        let text = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            out.push(self.minus);
        }
        out.push_str(&group(whole, self.group_separator));
        if !fraction.is_empty() {
            out.push(self.decimal_mark);
            out.push_str(fraction);
        }
        out
    }

    /// A decimal number with its sign: `+1,8`, `−2,9`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::format::NumberFormat::ENGLISH.signed_decimal(1.8, 1), "+1.8");
    /// ```
    pub fn signed_decimal(self, value: f64, decimals: usize) -> String {
        let text = self.decimal(value, decimals);
        if value > 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) { format!("+{text}") } else { text }
    }

    /// A percentage: `12,1 %`, `12.1%`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::format::NumberFormat::NORWEGIAN.percent(0.0, 1), "0,0\u{a0}%");
    /// ```
    pub fn percent(self, value: f64, decimals: usize) -> String {
        format!("{}{}", self.decimal(value, decimals), self.percent)
    }

    /// A percentage with its sign: `+0,91 %`, `+0.91%`.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::format::NumberFormat::ENGLISH.signed_percent(-2.9, 1), "\u{2212}2.9%");
    /// ```
    pub fn signed_percent(self, value: f64, decimals: usize) -> String {
        format!("{}{}", self.signed_decimal(value, decimals), self.percent)
    }
}

/// Digits in groups of three from the right: `20762` → `20 762`.
fn group(digits: &str, separator: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
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
