//! Every message of every catalogue — the library's, the reports' and the
//! command line's help — rendered in Nynorsk, Bokmål and English, with no
//! word of another language in it (issue 23, item 4). Quoted input
//! («…», "…", '…', `…`) and what a message is given are left out: those
//! are the user's words, printed as written.

use plan_core::Language;
use plan_core::i18n::{Arg, Catalogue, Message, Sources};
use plan_report_tests::repo_root;

/// Words that show a message is not in the language it claims: English in
/// Norwegian, Norwegian in English, and each written Norwegian's own words
/// in the other.
fn foreign_words(language: Language) -> Vec<&'static str> {
    const ENGLISH: &str =
        "the is are exists expected cannot not and of with which found missing should table file column line";
    let words = match language {
        Language::Nn => [ENGLISH, "ikke fra hva hvis mangler uten noen"],
        Language::Nb => [ENGLISH, "ikkje frå kva viss manglar utan nokon eit berre"],
        Language::En => ["ikkje ikke og er av frå fra med som utan uten eller", "mangler manglar tiltak"],
    };
    words.iter().flat_map(|list| list.split_whitespace()).collect()
}

/// A catalogue's three sources, read from the repository.
fn sources(folder: &str) -> Sources {
    let read = |language: &str| -> &'static str {
        let path = repo_root().join(folder).join(format!("{language}.ftl"));
        Box::leak(std::fs::read_to_string(&path).expect("a catalogue").into_boxed_str())
    };
    Sources { nn: read("nn"), nb: read("nb"), en: read("en") }
}

/// The ids of the messages of a source, and the variables each uses.
fn messages(source: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in source.lines() {
        let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" =");
        if starts_message {
            let id = line.split([' ', '=']).next().unwrap_or_default().to_string();
            out.push((id, Vec::new()));
        }
        if let Some((_, variables)) = out.last_mut() {
            for part in line.split('$').skip(1) {
                let name: String = part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
                if !name.is_empty() && !variables.contains(&name) {
                    variables.push(name);
                }
            }
        }
    }
    out
}

/// The text with quoted parts taken out: «…», "…", “…”, `…`, and '…' where
/// the quote does not stand inside a word (as in SSB's).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    let mut previous = ' ';
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => {
                let end = match c {
                    '«' => Some('»'),
                    '"' => Some('"'),
                    '“' => Some('”'),
                    '`' => Some('`'),
                    '\'' if !previous.is_alphanumeric() => Some('\''),
                    _ => None,
                };
                match end {
                    Some(end) => closing = Some(end),
                    None => out.push(c),
                }
            }
        }
        previous = c;
    }
    out
}

/// The words of a text, lowercased: file names, paths, flags and keys
/// (`tiltak.csv`, `--lang`, `plan_dir`) are names, not words.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter(|token| !token.contains("--"))
        .map(|token| token.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|token| !token.contains(['.', '/', '_', '-', '=', '$']))
        .flat_map(|token| token.split(|c: char| !c.is_alphabetic()))
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Each message of `folders`' catalogue in `language`, rendered with every
/// variable 1 and again with every variable 5 (so both plural forms show).
fn rendered(folders: &[&str], language: Language) -> Vec<(String, String)> {
    let all: Vec<Sources> = folders.iter().map(|folder| sources(folder)).collect();
    let catalogue = Catalogue::new(&all);
    let mut out = Vec::new();
    for source in &all {
        for (id, variables) in messages(source.get(language)) {
            for value in [1, 5] {
                let mut message = Message::new_owned(&id);
                for name in &variables {
                    message.args.insert(name.clone(), Arg::Int(value));
                }
                out.push((id.clone(), catalogue.render(&message, language)));
            }
        }
    }
    out
}

#[test]
fn no_message_has_words_of_another_language() {
    let catalogues: [&[&str]; 3] = [
        &["plan-core/locales"],
        &["plan-core/locales", "plan-report/locales"],
        &["plan-report/src/bin/plan-report/help"],
    ];
    let mut found: Vec<String> = Vec::new();
    for folders in catalogues {
        for language in Language::ALL {
            for (id, text) in rendered(folders, language) {
                // A message that could not be rendered falls back to its id.
                if text.starts_with(&format!("{id} (")) || text == id {
                    found.push(format!("{language} {id}: not rendered"));
                    continue;
                }
                let text = unquoted(&text);
                let words = words(&text);
                let foreign: Vec<&str> =
                    foreign_words(language).into_iter().filter(|w| words.iter().any(|x| x == w)).collect();
                if !foreign.is_empty() {
                    let line = format!("{language} {id}: {foreign:?} in {text:?}");
                    if !found.contains(&line) {
                        found.push(line);
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{} messages with words of another language:\n{}", found.len(), found.join("\n"));
}

#[test]
fn quoted_input_is_left_out() {
    assert_eq!(unquoted("kolonnen «the cost» finst ikkje"), "kolonnen  finst ikkje");
    assert_eq!(unquoted("SSB's table 'kostnad' is read"), "SSB's table  is read");
    assert_eq!(words("Les tiltak.csv, --lang og (plan_dir)!"), ["les", "og"]);
    assert_eq!(
        messages("a-b = { $n } x { $m ->\n  [one] y\n *[other] z }\nc = d\n"),
        [("a-b".to_string(), vec!["n".to_string(), "m".to_string()]), ("c".to_string(), vec![])]
    );
}
