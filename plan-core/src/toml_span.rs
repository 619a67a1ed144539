//! Finding the line of a key in a TOML file, so that findings about the
//! loaded data can point at the place in `plan.toml`.

use toml::de::{DeTable, DeValue};

/// One step of a path into a TOML document.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'a> {
    /// A key of a table.
    Key(&'a str),
    /// An index into an array.
    Index(usize),
}

/// A parsed TOML source that can answer "which line is this value on?".
pub(crate) struct SpanIndex<'a> {
    source: &'a str,
    root: Option<toml::Spanned<DeTable<'a>>>,
}

impl<'a> SpanIndex<'a> {
    /// Parses `source`; a source that does not parse answers `None` everywhere.
    pub fn new(source: &'a str) -> Self {
        SpanIndex { source, root: DeTable::parse(source).ok() }
    }

    /// The 1-based line of the value at `path`, or of the deepest part of the
    /// path that exists.
    pub fn line(&self, path: &[Step<'_>]) -> Option<u64> {
        let root = self.root.as_ref()?;
        let mut offset = root.span().start;
        let mut table: Option<&DeTable<'a>> = Some(root.get_ref());
        let mut value: Option<&DeValue<'a>> = None;
        for step in path {
            let next = match (step, table, value) {
                (Step::Key(key), Some(t), _) => t.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v),
                (Step::Key(key), None, Some(v)) => v.get(*key),
                (Step::Index(i), _, Some(v)) => v.get(*i),
                _ => None,
            };
            let Some(next) = next else { break };
            offset = next.span().start;
            table = None;
            value = Some(next.get_ref());
        }
        Some(line_at(self.source, offset))
    }
}

/// The 1-based line of a byte offset.
pub(crate) fn line_at(source: &str, offset: usize) -> u64 {
    let end = offset.min(source.len());
    source.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_lines_of_nested_values() {
        let src = "[meta]\ntitle = \"x\"\n\n[[focus_areas]]\nid = \"a\"\n\n[[focus_areas]]\nid = \"b\"\nresult_goals = [\n  { id = \"g\", text = \"t?\" },\n]\n";
        let index = SpanIndex::new(src);
        assert_eq!(index.line(&[Step::Key("meta"), Step::Key("title")]), Some(2));
        assert_eq!(index.line(&[Step::Key("focus_areas"), Step::Index(1), Step::Key("id")]), Some(8));
        assert_eq!(
            index.line(&[
                Step::Key("focus_areas"),
                Step::Index(1),
                Step::Key("result_goals"),
                Step::Index(0),
                Step::Key("text")
            ]),
            Some(10)
        );
        assert_eq!(index.line(&[Step::Key("focus_areas"), Step::Index(1), Step::Key("nothing")]), Some(7));
        assert_eq!(line_at(src, 0), 1);
    }
}
