//! Amounts in whole Norwegian kroner, read as offices write them and shown as
//! a Norwegian public body prints them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Message;
use crate::msg;

/// No-break space, used between digit groups and before `kr`.
///
/// # Example
/// ```
/// use plan_core::{Kroner, money::NBSP};
/// assert_eq!(Kroner::new(1500).to_string(), format!("1{NBSP}500{NBSP}kr"));
/// ```
pub const NBSP: char = '\u{a0}';

/// An amount in whole kroner.
///
/// Serializes as a plain integer.
///
/// # Example
/// ```
/// use plan_core::Kroner;
/// let k: Kroner = "kr 500 000".parse().unwrap();
/// assert_eq!(k.get(), 500_000);
/// assert_eq!(k.to_string(), "500\u{a0}000\u{a0}kr");
/// assert_eq!("0,5 mill.".parse::<Kroner>().unwrap(), k);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct Kroner(i64);

impl Kroner {
    /// An amount of `kroner`.
    ///
    /// # Example
    /// ```
    /// use plan_core::Kroner;
    /// assert_eq!(Kroner::new(250_000), "250 000 kr".parse().unwrap());
    /// ```
    pub const fn new(kroner: i64) -> Self {
        Kroner(kroner)
    }

    /// The amount in kroner.
    ///
    /// # Example
    /// ```
    /// assert_eq!("2 millionar".parse::<plan_core::Kroner>().unwrap().get(), 2_000_000);
    /// ```
    pub const fn get(self) -> i64 {
        self.0
    }

    /// Reads an amount: `500 000` (with ordinary, no-break or thin spaces),
    /// `500000`, `500.000`, `kr 500 000`, `500 000 kr`, `NOK 500 000`,
    /// `kr 500 000,-`, `500 000,00`, `0,5 mill.`, `1,2 mill. kr`, `2 millionar`.
    ///
    /// # Errors
    /// [`Error::Money`] when the text is not an amount, is negative, has øre,
    /// or is too large.
    ///
    /// # Example
    /// ```
    /// use plan_core::Kroner;
    /// assert_eq!(Kroner::parse("kr 500 000,-").unwrap().get(), 500_000);
    /// assert_eq!(Kroner::parse("NOK 1.200.000").unwrap().get(), 1_200_000);
    /// let err = Kroner::parse("-5000").unwrap_err();
    /// assert_eq!(err.to_string(), "cannot read amount \"-5000\" (a cost cannot be negative)");
    /// ```
    pub fn parse(text: &str) -> Result<Self> {
        parse_kroner(text).map(Kroner).map_err(|reason| Error::Money { text: text.trim().to_string(), reason })
    }
}

impl FromStr for Kroner {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        Kroner::parse(text)
    }
}

impl std::ops::Add for Kroner {
    type Output = Kroner;

    fn add(self, other: Kroner) -> Kroner {
        Kroner(self.0.saturating_add(other.0))
    }
}

impl std::iter::Sum for Kroner {
    fn sum<I: Iterator<Item = Kroner>>(iter: I) -> Kroner {
        iter.fold(Kroner(0), |a, b| a + b)
    }
}

/// `500 000 kr`, with no-break spaces.
impl fmt::Display for Kroner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{NBSP}kr", group_thousands(self.0))
    }
}

/// Groups the digits of an integer (the home of the rule is
/// [`crate::format::integer`]).
///
/// # Example
/// ```
/// use plan_core::money::group_thousands;
/// assert_eq!(group_thousands(20467), "20\u{a0}467");
/// ```
pub use crate::format::integer as group_thousands;

fn parse_kroner(text: &str) -> std::result::Result<i64, Message> {
    let lower = text.trim().to_lowercase();
    if lower.starts_with('-') || lower.starts_with('\u{2212}') {
        return Err(msg!("money-negative"));
    }
    for approximately in ["ca.", "ca ", "ca", "~", "omkring", "om lag", "cirka", "circa"] {
        if lower.starts_with(approximately) {
            return Err(msg!("money-approximate"));
        }
    }
    let mut rest = lower.as_str();
    for prefix in ["nok", "kr.", "kr"] {
        if let Some(r) = rest.strip_prefix(prefix) {
            rest = r;
            break;
        }
    }
    rest = rest.trim();
    for suffix in [",-", ",00", ".-"] {
        rest = rest.strip_suffix(suffix).unwrap_or(rest).trim_end();
    }
    for suffix in ["nok", "kr.", "kr", "kroner"] {
        if let Some(r) = rest.strip_suffix(suffix) {
            rest = r.trim_end();
            break;
        }
    }
    let mut millions = false;
    for suffix in ["millionar", "millioner", "million", "mill.", "mill", "mnok", "mkr", "mln."] {
        if let Some(r) = rest.strip_suffix(suffix) {
            rest = r.trim_end();
            millions = true;
            break;
        }
    }
    let compact: String =
        rest.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'')).collect();
    if compact.is_empty() {
        return Err(msg!("money-not-an-amount"));
    }
    if millions {
        return parse_millions(&compact);
    }
    // `1.500.000`, and `150,000` as English writes it (`NOK 150,000`).
    let digits = if is_grouped(&compact, '.') {
        compact.replace('.', "")
    } else if is_grouped(&compact, ',') {
        compact.replace(',', "")
    } else {
        compact
    };
    if digits.contains(',') || digits.contains('.') {
        return Err(msg!("money-ore"));
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(msg!("money-not-an-amount"));
    }
    digits.parse::<i64>().map_err(|_| msg!("money-too-large"))
}

/// `1.500.000` (or `1,500,000` with `,`): groups of three after the first.
fn is_grouped(text: &str, separator: char) -> bool {
    let mut groups = text.split(separator);
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && rest.iter().all(|g| g.len() == 3)
        && text.chars().all(|c| c.is_ascii_digit() || c == separator)
}

/// A cost as an action programme's cell writes it: an amount, possibly
/// followed by a remark on VAT that belongs in the note, or a word for none.
///
/// # Example
/// ```
/// use plan_core::money::{CostCell, read_cost};
/// let cell = read_cost("1 200 000 kr eks. mva")?;
/// assert_eq!(cell.amount.map(|k| k.get()), Some(1_200_000));
/// assert_eq!(cell.remark, "eks. mva");
/// assert_eq!(read_cost("NOK 150,000")?.amount.map(|k| k.get()), Some(150_000));
/// assert_eq!(read_cost("–")?, CostCell { amount: None, remark: String::new() });
/// assert_eq!(read_cost("ingen")?.amount, None);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostCell {
    /// The amount; `None` for an empty cell, `-`, `–` or `ingen`/`none`.
    pub amount: Option<Kroner>,
    /// A remark after the amount, as written (`eks. mva`, `inkl. mva`).
    pub remark: String,
}

/// Reads a cost cell ([`CostCell`]): empty, `-`, `–`, `—`, `ingen` and
/// `none` mean no cost; an amount as [`Kroner::parse`] reads it may be
/// followed by a remark on VAT (`eks. mva`, `ekskl. mva`, `inkl. mva`,
/// `excl. VAT`, `incl. VAT`), which is kept as written.
///
/// # Errors
/// As [`Kroner::parse`], for the amount before the remark.
///
/// # Example
/// ```
/// let cell = plan_core::money::read_cost("kr 90 000,- inkl. mva")?;
/// assert_eq!((cell.amount.unwrap().get(), cell.remark.as_str()), (90_000, "inkl. mva"));
/// assert!(plan_core::money::read_cost("snart").is_err());
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn read_cost(text: &str) -> Result<CostCell> {
    let trimmed = text.trim();
    let folded = crate::text::fold(trimmed);
    if trimmed.is_empty() || matches!(trimmed, "-" | "–" | "—") || matches!(folded.as_str(), "ingen" | "none") {
        return Ok(CostCell { amount: None, remark: String::new() });
    }
    const REMARKS: [&str; 14] = [
        "eks. mva",
        "eks mva",
        "ekskl. mva",
        "ekskl mva",
        "eksl. mva",
        "inkl. mva",
        "inkl mva",
        "ex. vat",
        "ex vat",
        "excl. vat",
        "excl vat",
        "incl. vat",
        "incl vat",
        "u/mva",
    ];
    // The remarks are ASCII: compared without regard to case on the text as written.
    for remark in REMARKS {
        let split = trimmed.len().saturating_sub(remark.len());
        if let (Some(amount), Some(written)) = (trimmed.get(..split), trimmed.get(split..))
            && written.eq_ignore_ascii_case(remark)
        {
            return Ok(CostCell { amount: Some(Kroner::parse(amount)?), remark: written.to_string() });
        }
    }
    Ok(CostCell { amount: Some(Kroner::parse(trimmed)?), remark: String::new() })
}

/// `0,5` million → 500 000, exactly, in integers.
fn parse_millions(number: &str) -> std::result::Result<i64, Message> {
    let number = number.replace('.', ",");
    let (whole, fraction) = number.split_once(',').unwrap_or((&number, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(msg!("money-not-an-amount"));
    }
    if fraction.len() > 6 {
        return Err(msg!("money-ore"));
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| msg!("money-too-large"))? };
    let scale = 10_i64.pow(6 - fraction.len() as u32);
    let fraction: i64 =
        if fraction.is_empty() { 0 } else { fraction.parse().map_err(|_| msg!("money-not-an-amount"))? };
    whole.checked_mul(1_000_000).and_then(|w| w.checked_add(fraction * scale)).ok_or_else(|| msg!("money-too-large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kr(text: &str) -> i64 {
        Kroner::parse(text).unwrap_or_else(|e| panic!("{text}: {e}")).get()
    }

    #[test]
    fn reads_every_form() {
        for text in [
            "500 000",
            "500\u{a0}000",
            "500\u{2009}000",
            "500\u{202f}000",
            "500000",
            "500.000",
            "kr 500 000",
            "Kr. 500 000",
            "500 000 kr",
            "500 000 kr.",
            "NOK 500 000",
            "500 000 NOK",
            "kr 500 000,-",
            "500 000,00",
            "0,5 mill.",
            "0,5 mill",
            "0.5 mill. kr",
            "0,5 millionar",
            " 500 000 ",
        ] {
            assert_eq!(kr(text), 500_000, "{text}");
        }
        assert_eq!(kr("60 000"), 60_000);
        assert_eq!(kr("1,25 mill."), 1_250_000);
        assert_eq!(kr("2 millioner"), 2_000_000);
        assert_eq!(kr("1.500.000"), 1_500_000);
        assert_eq!(kr("0"), 0);
    }

    #[test]
    fn rejects_with_reason() {
        let msg = |t: &str| Kroner::parse(t).map_err(|e| e.to_string()).expect_err(t);
        assert_eq!(
            msg("mykje"),
            "cannot read amount \"mykje\" (expected whole kroner such as '500 000', 'kr 500 000' or '0,5 mill.')"
        );
        assert_eq!(msg("-500"), "cannot read amount \"-500\" (a cost cannot be negative)");
        assert_eq!(msg("100,50"), "cannot read amount \"100,50\" (øre are not allowed: costs are in whole kroner)");
        for approximate in ["ca. 100 000", "ca 100 000", "~50 000", "Ca. 2 mill."] {
            assert_eq!(
                msg(approximate),
                format!(
                    "cannot read amount \"{approximate}\" (an approximate amount cannot be summed: write the amount without 'ca.' or '~' (and a note in merknad))"
                )
            );
        }
        assert_eq!(
            msg("99999999999999999999"),
            "cannot read amount \"99999999999999999999\" (the amount is too large)"
        );
        assert!(Kroner::parse("kr").is_err());
        assert!(Kroner::parse("mill.").is_err());
        assert!(Kroner::parse("1,2345678 mill.").is_err());
    }

    #[test]
    fn displays_norwegian() {
        assert_eq!(Kroner::new(500_000).to_string(), "500\u{a0}000\u{a0}kr");
        assert_eq!(Kroner::new(60_000).to_string(), "60\u{a0}000\u{a0}kr");
        assert_eq!(Kroner::new(0).to_string(), "0\u{a0}kr");
        assert_eq!(group_thousands(1_000), "1\u{a0}000");
        assert_eq!(group_thousands(100), "100");
        assert_eq!([Kroner::new(1), Kroner::new(2)].into_iter().sum::<Kroner>(), Kroner::new(3));
    }
}
