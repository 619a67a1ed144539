//! Text helpers shared by the readers: decoding files as offices save them,
//! and folding names so that `Innsatsområde` matches `innsatsomrade`.

use std::borrow::Cow;

/// The character encoding a file was read in.
///
/// # Example
/// ```
/// use plan_core::text::{decode, Encoding};
/// assert_eq!(decode(b"\xEF\xBB\xBFGol").1, Encoding::Utf8Bom);
/// assert_eq!(decode("Ål".as_bytes()).1, Encoding::Utf8);
/// assert_eq!(decode(b"\xFF\xFEG\x00o\x00l\x00").1, Encoding::Utf16);
/// assert_eq!(serde_json::to_string(&Encoding::Windows1252).unwrap(), "\"windows1252\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark (as Excel's "CSV UTF-8" writes it).
    Utf8Bom,
    /// UTF-16 with a byte-order mark (Excel's "Unicode text").
    Utf16,
    /// Windows-1252, a superset of ISO-8859-1 (Latin-1): what Norwegian
    /// Excel and SSB's older downloads write.
    Windows1252,
}

/// Decodes a whole file to text, detecting its encoding.
///
/// A UTF-8 or UTF-16 byte-order mark is honoured and removed; bytes that are
/// valid UTF-8 are read as UTF-8; anything else is read as Windows-1252, which
/// decodes every byte (ISO-8859-1 files are a subset of it).
///
/// # Example
/// ```
/// use plan_core::text::{decode, Encoding};
/// let (text, enc) = decode(b"Fl\xe5;Gol");
/// assert_eq!(text, "Flå;Gol");
/// assert_eq!(enc, Encoding::Windows1252);
/// ```
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, Encoding) {
    match sniff_bom(bytes) {
        Some((Encoding::Utf16, _)) => {
            let (text, _, _) = encoding_rs::UTF_16LE.decode(bytes);
            (Cow::Owned(text.into_owned()), Encoding::Utf16)
        }
        Some((encoding, len)) => {
            let rest = &bytes[len..];
            match std::str::from_utf8(rest) {
                Ok(text) => (Cow::Borrowed(text), encoding),
                Err(_) => (encoding_rs::UTF_8.decode_without_bom_handling(rest).0, encoding),
            }
        }
        None => match std::str::from_utf8(bytes) {
            Ok(text) => (Cow::Borrowed(text), Encoding::Utf8),
            Err(_) => {
                let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                (text, Encoding::Windows1252)
            }
        },
    }
}

/// The byte-order mark at the start of `bytes`, read by `encoding_rs`: the
/// encoding it announces ([`Encoding::Utf8Bom`] or [`Encoding::Utf16`]) and
/// its length in bytes. Every reader sniffs a file's start with this.
pub(crate) fn sniff_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    let (encoding, len) = encoding_rs::Encoding::for_bom(bytes)?;
    Some((if encoding == encoding_rs::UTF_8 { Encoding::Utf8Bom } else { Encoding::Utf16 }, len))
}

/// Folds a name for matching: lower case, Norwegian and other Latin letters
/// reduced to ASCII (`å`→`a`, `æ`→`ae`, `ø`→`o`), and every run of spaces,
/// underscores, hyphens and dots made one space.
///
/// # Example
/// ```
/// use plan_core::text::fold;
/// assert_eq!(fold(" Innsatsområde "), "innsatsomrade");
/// assert_eq!(fold("Kommune_nummer"), fold("kommune-nummer"));
/// ```
pub fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_whitespace() || matches!(c, '_' | '-' | '.' | '\u{feff}') {
            gap = !out.is_empty();
            continue;
        }
        if gap {
            out.push(' ');
            gap = false;
        }
        match c {
            'å' | 'Å' | 'á' | 'Á' | 'à' | 'À' | 'ä' | 'Ä' | 'â' | 'Â' => out.push('a'),
            'æ' | 'Æ' => out.push_str("ae"),
            'ø' | 'Ø' | 'ö' | 'Ö' | 'ó' | 'Ó' | 'ô' | 'Ô' => out.push('o'),
            'é' | 'É' | 'è' | 'È' | 'ê' | 'Ê' => out.push('e'),
            'ü' | 'Ü' | 'ú' | 'Ú' => out.push('u'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Collapses every run of white space (including no-break and thin spaces)
/// into one ordinary space and trims the ends.
///
/// # Example
/// ```
/// use plan_core::text::squash_spaces;
/// assert_eq!(squash_spaces(" mai\n2021 "), "mai 2021");
/// ```
pub fn squash_spaces(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Guesses the field separator of a delimited text from one of its lines:
/// the most frequent of `;`, `,` and tab outside double quotes (ties go to
/// `;`, then tab, then `,`).
///
/// # Example
/// ```
/// use plan_core::text::sniff_separator;
/// assert_eq!(sniff_separator("id;tiltak;frist"), b';');
/// assert_eq!(sniff_separator("\"a,b\"\tc"), b'\t');
/// ```
pub fn sniff_separator(line: &str) -> u8 {
    let (mut semi, mut comma, mut tab) = (0usize, 0usize, 0usize);
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semi += 1,
            ',' if !quoted => comma += 1,
            '\t' if !quoted => tab += 1,
            _ => {}
        }
    }
    if semi >= comma && semi >= tab && semi > 0 {
        b';'
    } else if tab >= comma && tab > 0 {
        b'\t'
    } else {
        b','
    }
}

/// Decodes a label: UTF-8 when valid, Windows-1252 otherwise (SSB's
/// Latin-1 downloads). No-break spaces become spaces.
pub(crate) fn decode_label(bytes: &[u8]) -> String {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    };
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// The edit distance (Levenshtein) between two texts, in characters.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous[j] + usize::from(ca != *cb);
            current.push(substitute.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

/// The candidate nearest to `wanted` by edit distance over folded texts,
/// if it is near enough to be a likely typo (at most a third of the
/// length wrong). Candidates are (key, texts to compare).
pub(crate) fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = (&'a str, Vec<&'a str>)>) -> Option<&'a str> {
    let wanted = fold(wanted);
    let mut best: Option<(usize, &str)> = None;
    for (key, texts) in candidates {
        for text in texts {
            let text = fold(text);
            let distance = edit_distance(&wanted, &text);
            let allowed = (wanted.chars().count().max(text.chars().count()) / 3).max(1);
            if distance <= allowed && best.is_none_or(|(d, _)| distance < d) {
                best = Some((distance, key));
            }
        }
    }
    best.map(|(_, key)| key)
}

/// A text shortened for a message: white space squashed, at most
/// `max_chars` characters, an ellipsis where it was cut. No message quotes
/// more than a short excerpt of a bad file.
pub(crate) fn excerpt(text: &str, max_chars: usize) -> String {
    let squashed = squash_spaces(text);
    if squashed.chars().count() <= max_chars {
        squashed
    } else {
        format!("{}…", squashed.chars().take(max_chars.saturating_sub(1)).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_each_encoding() {
        assert_eq!(decode("Ål".as_bytes()), (Cow::Borrowed("Ål"), Encoding::Utf8));
        assert_eq!(decode(b"\xEF\xBB\xBF\xC3\x85l").0, "Ål");
        assert_eq!(decode(b"\xEF\xBB\xBF\xC3\x85l").1, Encoding::Utf8Bom);
        assert_eq!(decode(b"\xC5l").0, "Ål");
        assert_eq!(decode(b"\x80 500").0, "€ 500");
        assert_eq!(decode(b"\xFF\xFE\xC5\x00l\x00"), (Cow::Owned("Ål".to_string()), Encoding::Utf16));
    }

    #[test]
    fn folds_diacritics_and_separators() {
        assert_eq!(fold("Innsatsområde"), "innsatsomrade");
        assert_eq!(fold("KOSTNAD"), "kostnad");
        assert_eq!(fold("Næring"), "naering");
        assert_eq!(fold("sist_oppdatert "), "sist oppdatert");
        assert_eq!(fold("\u{feff}id"), "id");
    }

    #[test]
    fn sniffs_separators() {
        assert_eq!(sniff_separator("a,b,c"), b',');
        assert_eq!(sniff_separator("a;b;c"), b';');
        assert_eq!(sniff_separator("a\tb"), b'\t');
        assert_eq!(sniff_separator("\"1,5\";\"x\""), b';');
        assert_eq!(sniff_separator("plain"), b',');
    }

    #[test]
    fn finds_the_nearest_name() {
        assert_eq!(edit_distance("klima", "klimma"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        let areas = [("klima", vec!["klima", "Klima og miljø"]), ("teneste", vec!["teneste", "Tenesteutvikling"])];
        assert_eq!(nearest("Klima og milø", areas.clone().into_iter()), Some("klima"));
        assert_eq!(nearest("tenestutvikling", areas.clone().into_iter()), Some("teneste"));
        assert_eq!(nearest("vatn", areas.into_iter()), None);
    }
}
