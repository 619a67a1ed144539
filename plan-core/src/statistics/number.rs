//! Exact decimal values as tables write them: integers stay integers.

use std::fmt;

/// A value with its decimals: `scaled / 10^decimals`, kept exact.
///
/// # Example
/// ```
/// use plan_core::statistics::Number;
/// let a = Number::parse("12,5").unwrap();
/// assert_eq!((a.scaled, a.decimals, a.to_string()), (125, 1, "12.5".to_string()));
/// assert_eq!(Number::parse("-3").unwrap().to_string(), "-3");
/// assert_eq!(Number::parse("1 234").unwrap().scaled, 1234);
/// assert_eq!(Number::parse("tre"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The value times `10^decimals`.
    pub scaled: i64,
    /// Digits after the decimal point.
    pub decimals: u8,
}

/// `10^n` for the decimals a table can have.
fn pow10(n: u8) -> Option<i64> {
    10i64.checked_pow(u32::from(n))
}

impl Number {
    /// An integer.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::statistics::Number::integer(7).to_string(), "7");
    /// ```
    pub fn integer(value: i64) -> Number {
        Number { scaled: value, decimals: 0 }
    }

    /// Reads `12`, `-3`, `12.5`, `12,5` and `1 234` (spaces, no-break and
    /// thin spaces between digit groups).
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::statistics::Number::parse("0.05").map(|n| n.decimals), Some(2));
    /// ```
    pub fn parse(text: &str) -> Option<Number> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix(['-', '−']) {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let mut scaled: i64 = 0;
        let mut decimals: Option<u8> = None;
        let mut any = false;
        for c in digits.chars() {
            match c {
                '0'..='9' => {
                    scaled = scaled.checked_mul(10)?.checked_add(i64::from(c as u8 - b'0'))?;
                    any = true;
                    if let Some(d) = decimals.as_mut() {
                        *d = d.checked_add(1).filter(|d| *d <= 12)?;
                    }
                }
                '.' | ',' if decimals.is_none() && any => decimals = Some(0),
                ' ' | '\u{a0}' | '\u{202f}' if decimals.is_none() && any => {}
                _ => return None,
            }
        }
        if !any || decimals == Some(0) {
            return None;
        }
        Some(Number { scaled: if negative { -scaled } else { scaled }, decimals: decimals.unwrap_or(0) })
    }

    /// The same value with at least `decimals` decimals.
    ///
    /// # Example
    /// ```
    /// let n = plan_core::statistics::Number::integer(3).with_decimals(1).unwrap();
    /// assert_eq!(n.to_string(), "3.0");
    /// ```
    pub fn with_decimals(self, decimals: u8) -> Option<Number> {
        if decimals <= self.decimals {
            return Some(self);
        }
        let factor = pow10(decimals - self.decimals)?;
        Some(Number { scaled: self.scaled.checked_mul(factor)?, decimals })
    }

    /// The exact sum, `None` on overflow.
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::Number;
    /// let sum = Number::parse("1.5").unwrap().checked_add(Number::integer(2)).unwrap();
    /// assert_eq!(sum.to_string(), "3.5");
    /// ```
    pub fn checked_add(self, other: Number) -> Option<Number> {
        let decimals = self.decimals.max(other.decimals);
        let (a, b) = (self.with_decimals(decimals)?, other.with_decimals(decimals)?);
        Some(Number { scaled: a.scaled.checked_add(b.scaled)?, decimals })
    }

    /// `Σ value·weight / Σ weight`, rounded half away from zero to the
    /// values' decimals; `None` when the weights sum to zero.
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::Number;
    /// let p = |s| Number::parse(s).unwrap();
    /// let mean = Number::weighted_mean(&[(p("10.0"), p("100")), (p("20.0"), p("300"))]).unwrap();
    /// assert_eq!(mean.to_string(), "17.5");
    /// ```
    pub fn weighted_mean(pairs: &[(Number, Number)]) -> Option<Number> {
        let decimals = pairs.iter().map(|(v, _)| v.decimals).max().unwrap_or(0);
        let weight_decimals = pairs.iter().map(|(_, w)| w.decimals).max().unwrap_or(0);
        let mut numerator: i128 = 0;
        let mut denominator: i128 = 0;
        for (value, weight) in pairs {
            let v = i128::from(value.with_decimals(decimals)?.scaled);
            let w = i128::from(weight.with_decimals(weight_decimals)?.scaled);
            numerator = numerator.checked_add(v.checked_mul(w)?)?;
            denominator = denominator.checked_add(w)?;
        }
        if denominator == 0 {
            return None;
        }
        let doubled = numerator.checked_mul(2)?;
        let rounded = if (doubled >= 0) == (denominator > 0) {
            (doubled + denominator.abs()) / (2 * denominator)
        } else {
            (doubled - denominator.abs()) / (2 * denominator)
        };
        Some(Number { scaled: i64::try_from(rounded).ok()?, decimals })
    }

    /// The value for JSON: an integer when it has no decimals.
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::Number;
    /// assert_eq!(Number::integer(31).to_json().to_string(), "31");
    /// assert_eq!(Number::parse("2.5").unwrap().to_json().to_string(), "2.5");
    /// ```
    pub fn to_json(self) -> serde_json::Value {
        if self.decimals == 0 {
            return serde_json::Value::from(self.scaled);
        }
        serde_json::Number::from_f64(self.to_f64()).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }

    /// The value as a machine number (read back from its decimal text, so
    /// `2.5` is the nearest `f64` to 2.5).
    ///
    /// # Example
    /// ```
    /// use plan_core::statistics::Number;
    /// assert_eq!(Number::parse("2,5").unwrap().to_f64(), 2.5);
    /// assert_eq!(Number::integer(-7).to_f64(), -7.0);
    /// ```
    pub fn to_f64(self) -> f64 {
        self.to_string().parse::<f64>().unwrap_or(f64::NAN)
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.decimals == 0 {
            return write!(f, "{}", self.scaled);
        }
        let sign = if self.scaled < 0 { "-" } else { "" };
        let digits = self.scaled.unsigned_abs().to_string();
        let d = usize::from(self.decimals);
        let padded = format!("{digits:0>width$}", width = d + 1);
        let (whole, fraction) = padded.split_at(padded.len() - d);
        write!(f, "{sign}{whole}.{fraction}")
    }
}
