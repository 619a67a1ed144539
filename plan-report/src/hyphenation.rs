//! Where a word of a typeset report may break, decided once in Rust.
//!
//! The rules (issue 26, item 2): a word is broken only when it has
//! [`MIN_WORD`] letters or more, only where the hyphenation patterns of its
//! language allow it (`hypher`, the patterns typst's own hyphenation uses)
//! and only where at least [`MIN_PART`] letters stand on each side. A word
//! that starts with a capital (a name, or a sentence's first word), a token
//! that is a file name, a path or an address, and a word next to a number (a
//! month in a date, a unit after an amount) are never broken, nor are the
//! fields of names, titles, files and document metadata (`UNBROKEN_KEYS`).
//! Where the edition's language and the plan's differ, a point is kept only
//! where the patterns of both allow it, as a field may be in either.
//!
//! The allowed points are written as soft hyphens (U+00AD) into the
//! `data.json` typst reads, and nowhere else: the view (the library's JSON,
//! the web edition) keeps the texts as written. The templates set
//! `hyphenate: false`, so typst adds no points of its own, and typst breaks a
//! line at a soft hyphen with a drawn hyphen. After layout,
//! [`without_inner_soft_hyphens`] takes the soft hyphens of unbroken words out
//! of the text a PDF reader extracts (typst maps the glyph before one to both
//! characters), so that copying or searching a word finds it whole, and a
//! word broken at a line's end reads as typst's own hyphenation does.

use std::borrow::Cow;

use typst::ecow::EcoVec;
use typst::layout::{Frame, FrameItem};
use typst::model::Document;
use typst_layout::{Page, PagedDocument};

/// The soft hyphen: a break opportunity that prints a hyphen only where the
/// line breaks.
pub(crate) const SOFT_HYPHEN: char = '\u{ad}';

/// The fewest letters a word has to have to be broken.
pub(crate) const MIN_WORD: usize = 7;

/// The fewest letters left on either side of a break.
pub(crate) const MIN_PART: usize = 3;

/// The `data.json` keys whose texts are never broken: names (of places,
/// bodies and people, of themes and focus areas), titles, files and paths,
/// identifiers, dates and the document's metadata; and every `title` and
/// `…_title` ([`unbroken_key`]). An array's strings go by the key of the
/// array.
const UNBROKEN_KEYS: [&str; 27] = [
    "abbreviation",
    "alt",
    "assembly",
    "code",
    "date",
    "deadline",
    "file",
    "id",
    "keywords",
    "kind",
    "lang",
    "location",
    "name",
    "number",
    "old_id",
    "owner",
    "place",
    "plan_lang",
    "region",
    "responsible",
    "short",
    "signer",
    "source",
    "subtitle",
    "symbol",
    "theme",
    "themes",
];

/// Whether the strings under `key` are never broken.
fn unbroken_key(key: &str) -> bool {
    UNBROKEN_KEYS.contains(&key) || key == "title" || key.ends_with("_title")
}

/// The hyphenation patterns of a language code (`nn`, `nb`, `en`).
fn patterns(code: &str) -> Option<hypher::Lang> {
    match code {
        "nn" | "nb" | "no" => Some(hypher::Lang::Norwegian),
        "en" => Some(hypher::Lang::English),
        _ => None,
    }
}

/// The languages whose patterns must all allow a point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hyphenator {
    languages: Vec<hypher::Lang>,
}

impl Hyphenator {
    /// For texts that may be in either of these languages (the edition's and
    /// the plan's codes); none known means no word is broken.
    pub(crate) fn new(codes: &[&str]) -> Self {
        let mut languages: Vec<hypher::Lang> = codes.iter().filter_map(|c| patterns(c)).collect();
        languages.dedup();
        Hyphenator { languages }
    }

    /// The byte offsets inside `word` where it may break.
    fn points(&self, word: &str) -> Vec<usize> {
        let Some((first, rest)) = self.languages.split_first() else { return Vec::new() };
        let of = |lang: hypher::Lang| -> Vec<usize> {
            let mut offset = 0;
            let mut points = Vec::new();
            for syllable in hypher::hyphenate_bounded(word, lang, MIN_PART, MIN_PART) {
                offset += syllable.len();
                if offset < word.len() {
                    points.push(offset);
                }
            }
            points
        };
        let mut points = of(*first);
        for lang in rest {
            let other = of(*lang);
            points.retain(|p| other.contains(p));
        }
        points
    }

    /// `text` with a soft hyphen at every point where a word may break, or
    /// the text itself when there is none.
    pub(crate) fn soft_hyphens<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if self.languages.is_empty() || !has_long_word(text) {
            return Cow::Borrowed(text);
        }
        // The byte range of each token between white space.
        let mut tokens: Vec<(usize, usize)> = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (c.is_whitespace(), start) {
                (true, Some(s)) => {
                    tokens.push((s, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            tokens.push((s, text.len()));
        }
        let numeric = |index: Option<usize>| {
            index.and_then(|i| tokens.get(i)).is_some_and(|&(s, e)| {
                let t = &text[s..e];
                t.chars().any(|c| c.is_ascii_digit()) && !t.chars().any(char::is_alphabetic)
            })
        };
        let mut out = String::with_capacity(text.len() + 8);
        let mut copied = 0;
        for (i, &(s, e)) in tokens.iter().enumerate() {
            let token = &text[s..e];
            if numeric(i.checked_sub(1)) || numeric(Some(i + 1)) || is_address(token) || !has_long_word(token) {
                continue;
            }
            out.push_str(&text[copied..s]);
            self.push_token(&mut out, token);
            copied = e;
        }
        out.push_str(&text[copied..]);
        if out.len() == text.len() { Cow::Borrowed(text) } else { Cow::Owned(out) }
    }

    /// Pushes one whitespace-free token, with soft hyphens in its long words.
    fn push_token(&self, out: &mut String, token: &str) {
        let mut chars = token.char_indices().peekable();
        let mut copied = 0;
        while let Some((start, c)) = chars.next() {
            if !c.is_alphabetic() {
                continue;
            }
            let mut end = start + c.len_utf8();
            let mut letters = 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_alphabetic() {
                    break;
                }
                end = i + d.len_utf8();
                letters += 1;
                chars.next();
            }
            let before = token[..start].chars().next_back();
            let after = token[end..].chars().next();
            let by_digit = before.is_some_and(|b| b.is_ascii_digit()) || after.is_some_and(|a| a.is_ascii_digit());
            if letters < MIN_WORD || c.is_uppercase() || by_digit {
                continue;
            }
            let word = &token[start..end];
            let points = self.points(word);
            if points.is_empty() {
                continue;
            }
            out.push_str(&token[copied..start]);
            let mut from = 0;
            for p in points {
                out.push_str(&word[from..p]);
                out.push(SOFT_HYPHEN);
                from = p;
            }
            out.push_str(&word[from..]);
            copied = end;
        }
        out.push_str(&token[copied..]);
    }
}

/// Whether `text` has a run of at least [`MIN_WORD`] letters.
fn has_long_word(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_alphabetic() {
            run += 1;
            if run >= MIN_WORD {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Whether a token is a file name, a path, an e-mail or web address: a
/// slash, a backslash, an at sign or an underscore in it, or a full stop
/// between two letters or digits (`befolkning.csv`, `example.org`).
fn is_address(token: &str) -> bool {
    if token.contains(['/', '\\', '@', '_']) {
        return true;
    }
    let chars: Vec<char> = token.chars().collect();
    chars.windows(3).any(|w| w[1] == '.' && w[0].is_alphanumeric() && w[2].is_alphanumeric())
}

/// The languages of a view's texts, from its `meta`.
#[derive(serde::Deserialize)]
struct Languages {
    meta: LanguagesMeta,
}

#[derive(serde::Deserialize)]
struct LanguagesMeta {
    lang: String,
    plan_lang: String,
}

/// A report's JSON as typst reads it: `json` (a view as
/// `serde_json::to_vec_pretty` writes it) with soft hyphens in the texts
/// (see the module's rules), in the languages of its `meta.lang` and
/// `meta.plan_lang` (none known: no soft hyphens). Nothing else changes,
/// not even the order of the keys.
pub(crate) fn typeset_json(json: &[u8]) -> Vec<u8> {
    let hyphenator = match serde_json::from_slice::<Languages>(json) {
        Ok(l) => Hyphenator::new(&[&l.meta.lang, &l.meta.plan_lang]),
        Err(_) => Hyphenator::new(&[]),
    };
    let mut out = Vec::with_capacity(json.len() + json.len() / 50);
    // For each open object or array: whether it is an object, and whether
    // the strings of an array are never broken (by the array's key).
    let mut open: Vec<(bool, bool)> = Vec::new();
    // Whether the strings under the last key read are never broken.
    let mut unbroken = true;
    let mut i = 0;
    while i < json.len() {
        let b = json[i];
        match b {
            b'"' => {
                let end = string_end(json, i);
                let literal = &json[i..end];
                let mut j = end;
                while j < json.len() && json[j].is_ascii_whitespace() {
                    j += 1;
                }
                if json.get(j) == Some(&b':') {
                    unbroken = match std::str::from_utf8(&literal[1..literal.len() - 1]) {
                        Ok(key) if !key.contains('\\') => unbroken_key(key),
                        _ => serde_json::from_slice::<String>(literal).map_or(true, |key| unbroken_key(&key)),
                    };
                    out.extend_from_slice(literal);
                } else {
                    let skip = match open.last() {
                        Some(&(true, _)) => unbroken,
                        Some(&(false, array_unbroken)) => array_unbroken,
                        None => true,
                    };
                    if skip {
                        out.extend_from_slice(literal);
                    } else {
                        push_hyphenated(&mut out, literal, &hyphenator);
                    }
                }
                i = end;
                continue;
            }
            b'{' | b'[' => {
                let container_unbroken = match open.last() {
                    Some(&(true, _)) => unbroken,
                    Some(&(false, array_unbroken)) => array_unbroken,
                    None => true,
                };
                open.push((b == b'{', container_unbroken));
                unbroken = true;
            }
            b'}' | b']' => {
                open.pop();
                unbroken = true;
            }
            _ => {}
        }
        out.push(b);
        i += 1;
    }
    out
}

/// Pushes a JSON string literal with soft hyphens in its text. A literal
/// without escapes (nearly every one) is hyphenated as it stands.
fn push_hyphenated(out: &mut Vec<u8>, literal: &[u8], hyphenator: &Hyphenator) {
    let inner = literal.get(1..literal.len().saturating_sub(1)).unwrap_or_default();
    match std::str::from_utf8(inner) {
        Ok(text) if !text.contains('\\') => match hyphenator.soft_hyphens(text) {
            Cow::Owned(new) => {
                out.push(b'"');
                out.extend_from_slice(new.as_bytes());
                out.push(b'"');
            }
            Cow::Borrowed(_) => out.extend_from_slice(literal),
        },
        _ => {
            let hyphenated =
                serde_json::from_slice::<String>(literal).ok().and_then(|text| match hyphenator.soft_hyphens(&text) {
                    Cow::Owned(new) => serde_json::to_vec(&new).ok(),
                    Cow::Borrowed(_) => None,
                });
            out.extend_from_slice(hyphenated.as_deref().unwrap_or(literal));
        }
    }
}

/// The index just past the JSON string literal that starts at `start`.
fn string_end(json: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while i < json.len() {
        match json[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    json.len()
}

/// The laid-out document with the soft hyphens taken out of its text runs,
/// but for the hyphen typst draws where it broke a line (which stands for
/// the soft hyphen the line ends with, as in typst's own hyphenation). The
/// glyphs and their places do not change; only what a PDF reader extracts
/// as their text does. A document without soft hyphens is returned as it is.
pub(crate) fn without_inner_soft_hyphens(document: PagedDocument) -> PagedDocument {
    let mut pages: Option<EcoVec<Page>> = None;
    for (n, page) in document.pages().iter().enumerate() {
        if let Some(frame) = stripped(&page.frame) {
            let pages = pages.get_or_insert_with(|| document.pages().iter().cloned().collect());
            if let Some(page) = pages.make_mut().get_mut(n) {
                page.frame = frame;
            }
        }
    }
    match pages {
        Some(pages) => PagedDocument::new(pages, document.info().clone()),
        None => document,
    }
}

/// Whether a text run has a soft hyphen that is not a drawn hyphen.
fn inner(text: &str) -> bool {
    text.contains(SOFT_HYPHEN) && text != "\u{ad}"
}

/// The frame with the soft hyphens taken out of its text runs and those of
/// the frames in it, or `None` when it has none (one walk; only the frames
/// on the way to a change are copied).
fn stripped(frame: &Frame) -> Option<Frame> {
    let mut changes: Vec<(usize, FrameItem)> = Vec::new();
    for (i, (_, item)) in frame.items().enumerate() {
        match item {
            FrameItem::Text(t) if inner(&t.text) => {
                let mut t = t.clone();
                let shy: Vec<usize> = t.text.match_indices(SOFT_HYPHEN).map(|(at, _)| at).collect();
                // Every soft hyphen before an offset is gone.
                let shift = |offset: u16| -> u16 {
                    let before = shy.partition_point(|&at| at < usize::from(offset));
                    offset.saturating_sub(u16::try_from(before * SOFT_HYPHEN.len_utf8()).unwrap_or(u16::MAX))
                };
                for glyph in &mut t.glyphs {
                    glyph.range = shift(glyph.range.start)..shift(glyph.range.end);
                }
                t.text = t.text.as_str().replace(SOFT_HYPHEN, "").into();
                changes.push((i, FrameItem::Text(t)));
            }
            FrameItem::Group(g) => {
                if let Some(inside) = stripped(&g.frame) {
                    let mut g = g.clone();
                    g.frame = inside;
                    changes.push((i, FrameItem::Group(g)));
                }
            }
            _ => {}
        }
    }
    if changes.is_empty() {
        return None;
    }
    let mut frame = frame.clone();
    let mut changes = changes.into_iter().peekable();
    let mut i = 0;
    frame.retain(|item| {
        if changes.peek().is_some_and(|(at, _)| *at == i)
            && let Some((_, new)) = changes.next()
        {
            *item = new;
        }
        i += 1;
        true
    });
    Some(frame)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nn() -> Hyphenator {
        Hyphenator::new(&["nn", "nn"])
    }

    #[test]
    fn long_words_break_with_three_letters_or_more_on_each_side() {
        // The patterns alone give plan-pe-ri-o-den in English and
        // sam-ar-beids-av-ta-le, for-ny-ast in Nynorsk.
        assert_eq!(nn().soft_hyphens("planperioden"), "plan\u{ad}pe\u{ad}rioden");
        assert_eq!(
            nn().soft_hyphens("Ein samarbeidsavtale skal fornyast."),
            "Ein sam\u{ad}ar\u{ad}beids\u{ad}av\u{ad}tale skal for\u{ad}ny\u{ad}ast."
        );
        assert_eq!(
            Hyphenator::new(&["en"]).soft_hyphens("the municipalities' development"),
            "the munic\u{ad}i\u{ad}pal\u{ad}i\u{ad}ties' devel\u{ad}op\u{ad}ment"
        );
    }

    #[test]
    fn words_of_six_letters_or_less_never_break() {
        // år-leg, skje-ma, år-li-ge, hei-le by the patterns alone.
        assert!(matches!(nn().soft_hyphens("årleg skjema, årlige heile"), Cow::Borrowed(_)));
        assert_eq!(nn().soft_hyphens("kommune"), "kom\u{ad}mune");
    }

    #[test]
    fn names_addresses_and_words_by_numbers_never_break() {
        for text in [
            "Vest-Telemark og Valdres",
            "Handlingsprogrammet",
            "befolkning.csv",
            "sjå https://example.org/planperioden",
            "post@kommunane.no",
            "status/handlingsprogrammet",
            "18. oktober 2020",
            "500 000 kroner",
            "E16kommunane",
        ] {
            assert_eq!(nn().soft_hyphens(text), text, "{text}");
        }
        // The same month in a sentence may break.
        assert_eq!(nn().soft_hyphens("i oktober"), "i okto\u{ad}ber");
    }

    #[test]
    fn two_languages_keep_only_the_points_both_allow() {
        // Nynorsk: reise-livs-ut-vik-linga; English: reise-liv-sutviklinga.
        let both = Hyphenator::new(&["en", "nn"]);
        assert_eq!(both.soft_hyphens("reiselivsutviklinga"), "reise\u{ad}livsutviklinga");
        assert_eq!(Hyphenator::new(&["de"]).soft_hyphens("reiselivsutviklinga"), "reiselivsutviklinga");
    }

    #[test]
    fn the_typeset_json_hyphenates_texts_but_not_names_titles_or_files() {
        let json = "{\n  \"meta\": {\n    \"title\": \"om planperioden\",\n    \"lang\": \"nn\",\n    \"plan_lang\": \"nn\"\n  },\n  \"rows\": [\n    {\n      \"name\": \"om samarbeidsavtale\",\n      \"text\": \"om samarbeidsavtale \\\"sitert\\\"\",\n      \"file\": \"om planperioden\"\n    }\n  ],\n  \"paragraphs\": [\n    \"om planperioden\"\n  ],\n  \"themes\": [\n    \"om planperioden\"\n  ]\n}";
        let out = String::from_utf8(typeset_json(json.as_bytes())).expect("UTF-8");
        assert_eq!(
            out,
            json.replace("\"text\": \"om samarbeidsavtale", "\"text\": \"om sam\u{ad}ar\u{ad}beids\u{ad}av\u{ad}tale")
                .replace(
                    "[\n    \"om planperioden\"\n  ],\n  \"themes\"",
                    "[\n    \"om plan\u{ad}pe\u{ad}rioden\"\n  ],\n  \"themes\""
                )
        );
    }

    #[test]
    fn json_without_languages_is_left_as_it_is() {
        let json = b"{\"text\": \"om planperioden\"}";
        assert_eq!(typeset_json(json), json);
    }
}
