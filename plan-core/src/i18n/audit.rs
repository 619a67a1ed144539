//! Checks a catalogue against the code that uses it: every source parses,
//! every language has the same messages, every `msg!` names a message that
//! exists and gives every argument the message uses, and every message is
//! used. The tests run it on the library's and the tool's catalogues, so a
//! catalogue problem never reaches a user.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::{Language, Sources};

/// One use of `msg!` in the code: where, its id, the arguments it gives.
///
/// # Example
/// ```
/// let u = plan_core::i18n::audit::Use { at: "a.rs:3".into(), id: "status-done".into(), args: Default::default() };
/// assert!(u.args.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Use {
    /// `file:line`.
    pub at: String,
    /// The message id.
    pub id: String,
    /// The argument names given.
    pub args: BTreeSet<String>,
}

/// The problems of a catalogue (`sources`, later ones adding to earlier
/// ones) used by the Rust files under `code` (their `msg!` calls, comments
/// left out). `own` is the one source whose every message must be used by
/// that code, but for ids that start with one of `looked_up` (a tool's
/// help texts, found by name at run time and checked by its own tests).
/// Empty when all is well.
///
/// # Example
/// ```
/// use plan_core::i18n::{SOURCES, Sources, audit::audit};
/// let dir = tempfile::tempdir()?;
/// std::fs::write(dir.path().join("a.rs"), r#"let m = msg!("hello", name = who);"#)?;
/// const MINE: Sources = Sources {
///     nn: "hello = Hei, { $name }!\nbye = Ha det\n",
///     nb: "hello = Hei, { $name }!\nbye = Ha det\n",
///     en: "hello = Hello, { $name }!\n",
/// };
/// let problems = audit(&[SOURCES, MINE], &MINE, &[dir.path()], &[]);
/// assert_eq!(problems, [
///     "bye: in nb, nn but not in en",
///     "bye: in the catalogue but never used",
/// ]);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn audit(sources: &[Sources], own: &Sources, code: &[&Path], looked_up: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    // id → variables, per language, over all sources.
    let mut catalogue: BTreeMap<Language, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for source in sources {
        for language in Language::ALL {
            let messages = catalogue.entry(language).or_default();
            match fluent_syntax::parser::parse(source.get(language)) {
                Ok(resource) => {
                    for (id, variables) in messages_of(&resource) {
                        if messages.insert(id.clone(), variables).is_some() {
                            problems.push(format!("{id}: defined twice in {language}"));
                        }
                    }
                }
                Err((_, errors)) => {
                    for error in errors {
                        problems.push(format!("{language}: the catalogue does not parse: {error:?}"));
                    }
                }
            }
        }
    }
    let all_ids: BTreeSet<&String> = catalogue.values().flat_map(BTreeMap::keys).collect();
    for id in &all_ids {
        let have: Vec<&str> =
            Language::ALL.iter().filter(|l| catalogue[l].contains_key(*id)).map(|l| l.code()).collect();
        if have.len() < Language::ALL.len() {
            let missing: Vec<&str> = Language::ALL.iter().map(|l| l.code()).filter(|c| !have.contains(c)).collect();
            let mut have = have;
            have.sort_unstable();
            problems.push(format!("{id}: in {} but not in {}", have.join(", "), missing.join(", ")));
        }
    }
    let mut uses = Vec::new();
    for dir in code {
        collect_uses(dir, &mut uses);
    }
    let mut used: BTreeSet<&str> = BTreeSet::new();
    for u in &uses {
        used.insert(&u.id);
        let mut wanted: BTreeSet<&String> = BTreeSet::new();
        let mut known = false;
        for messages in catalogue.values() {
            if let Some(variables) = messages.get(&u.id) {
                known = true;
                wanted.extend(variables);
            }
        }
        if !known {
            problems.push(format!("{}: msg!(\"{}\") is not in the catalogue", u.at, u.id));
            continue;
        }
        for variable in &wanted {
            if !u.args.contains(*variable) {
                problems.push(format!("{}: msg!(\"{}\") does not give ${variable}", u.at, u.id));
            }
        }
        for arg in &u.args {
            if !wanted.contains(arg) {
                problems.push(format!("{}: msg!(\"{}\") gives {arg}, which no language uses", u.at, u.id));
            }
        }
    }
    let mut own_ids = BTreeSet::new();
    for language in Language::ALL {
        if let Ok(resource) = fluent_syntax::parser::parse(own.get(language)) {
            own_ids.extend(messages_of(&resource).into_keys());
        }
    }
    for id in own_ids {
        if !used.contains(id.as_str()) && !looked_up.iter().any(|prefix| id.starts_with(prefix)) {
            problems.push(format!("{id}: in the catalogue but never used"));
        }
    }
    problems
}

/// Every message of a resource and the variables its value uses.
fn messages_of(resource: &ast::Resource<&str>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            out.insert(message.id.name.to_string(), variables);
        }
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        _ => {}
    }
}

/// Every `msg!(…)` in the Rust files under `dir`, comments left out.
fn collect_uses(dir: &Path, out: &mut Vec<Use>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            collect_uses(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            && let Ok(text) = std::fs::read_to_string(&path)
        {
            uses_in(&path.display().to_string(), &text, out);
        }
    }
}

/// The `msg!` calls of one file.
fn uses_in(file: &str, text: &str, out: &mut Vec<Use>) {
    // Comments out, line numbers kept.
    let code: String = text
        .lines()
        .map(|line| if line.trim_start().starts_with("//") { "" } else { line })
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    let mut offset = 0;
    while let Some(at) = rest.find("msg!(") {
        let start = offset + at + "msg!(".len();
        let line = code[..start].matches('\n').count() + 1;
        let body = balanced(&code[start..]);
        if let Some(id) = body.trim_start().strip_prefix('"').and_then(|s| s.split('"').next())
            && !id.is_empty()
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            let args = split_top_level(body)
                .into_iter()
                .skip(1)
                .filter_map(|arg| arg.split_once('=').map(|(name, _)| name.trim().to_string()))
                .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_'))
                .collect();
            out.push(Use { at: format!("{file}:{line}"), id: id.to_string(), args });
        }
        offset = start;
        rest = &code[start..];
    }
}

/// The characters of Rust code outside its string literals, each with the
/// bracket depth before it.
fn outside_strings(text: &str) -> impl Iterator<Item = (usize, char, usize)> + '_ {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    text.char_indices().filter_map(move |(i, c)| {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            return None;
        }
        let before = depth;
        match c {
            '"' => in_string = true,
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        (c != '"').then_some((i, c, before))
    })
}

/// The text up to the parenthesis that closes the one before it.
fn balanced(text: &str) -> &str {
    outside_strings(text)
        .find(|&(_, c, depth)| matches!(c, ')' | ']' | '}') && depth == 0)
        .map_or(text, |(i, _, _)| &text[..i])
}

/// Splits at commas outside brackets and strings.
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, c, depth) in outside_strings(text) {
        if c == ',' && depth == 0 {
            parts.push(&text[from..i]);
            from = i + 1;
        }
    }
    parts.push(&text[from..]);
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_arguments_of_a_call() {
        let mut uses = Vec::new();
        uses_in(
            "a.rs",
            "x\n// msg!(\"commented\")\nlet m = msg!(\n    \"status-unknown-action\",\n    id = f(a, b),\n    year = v[0],\n    file = x.y(),\n);",
            &mut uses,
        );
        assert_eq!(uses.len(), 1);
        assert_eq!(uses[0].at, "a.rs:3");
        assert_eq!(uses[0].id, "status-unknown-action");
        assert_eq!(uses[0].args.iter().map(String::as_str).collect::<Vec<_>>(), ["file", "id", "year"]);
    }

    #[test]
    fn the_library_catalogue_is_complete_and_used() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let problems = audit(&[super::super::SOURCES], &super::super::SOURCES, &[Path::new(root)], &[]);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
