//! Region labels as SSB writes them: `3041 Gol`, `K-3041 Gol`,
//! `3041 - Gol`, `3041`, with stray no-break spaces.

use crate::region::MunicipalityCode;

/// Splits a region label into code and name. Returns `None` when the label
/// does not start with a four-digit municipality number (after an optional
/// `K-` prefix).
///
/// # Example
/// ```
/// use plan_core::population::label::split_region_label;
/// let (code, name) = split_region_label("K-3041 Gol").unwrap();
/// assert_eq!((code.as_str(), name), ("3041", "Gol"));
/// assert_eq!(split_region_label("3041\u{a0}-\u{a0}Gol").unwrap().1, "Gol");
/// assert!(split_region_label("Hallingdal").is_none());
/// ```
pub fn split_region_label(label: &str) -> Option<(MunicipalityCode, &str)> {
    let label = label.trim_matches(is_space);
    let label = label
        .strip_prefix("K-")
        .or_else(|| label.strip_prefix("k-"))
        .or_else(|| label.strip_prefix("K"))
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(label);
    let code = MunicipalityCode::from_digits(label.get(..4)?.as_bytes())?;
    let rest = &label[4..];
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let name =
        rest.trim_start_matches(|c: char| is_space(c) || c == '-' || c == '–' || c == ':').trim_end_matches(is_space);
    Some((code, name))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' || c == '"'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_label_shapes() {
        for label in
            ["3041 Gol", "K-3041 Gol", "3041 - Gol", " 3041\u{a0}Gol\u{a0}", "3041 – Gol", "3041: Gol", "K3041 Gol"]
        {
            let (code, name) = split_region_label(label).unwrap_or_else(|| panic!("{label}"));
            assert_eq!((code.as_str(), name), ("3041", "Gol"), "{label}");
        }
        assert_eq!(split_region_label("0615").map(|(c, n)| (c.to_string(), n)), Some(("0615".into(), "")));
        assert!(split_region_label("30411 Gol").is_none());
        assert!(split_region_label("Gol").is_none());
        assert!(split_region_label("EAK Hele landet").is_none());
    }
}
