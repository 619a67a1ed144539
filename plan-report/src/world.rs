//! The one seam between the typst compiler and the outside: a `World` that
//! serves the templates, the report's JSON data, the chart SVGs and the
//! embedded fonts from memory, and nothing else.

use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::templates::Templates;

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// The templates parsed so far in this process, by file id: a template is
/// parsed when a report first imports it and reused while its text stays the
/// same (a batch of 360 reports parses each once, and typst's memo cache
/// then knows its evaluation too).
static PARSED: LazyLock<Mutex<HashMap<FileId, Source>>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// The file id of a path in the project root, such as `/status.typ`.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/invalid").expect("a valid path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// A report's virtual file system and settings, in memory.
pub struct ReportWorld {
    main: FileId,
    /// The templates' texts, parsed when first asked for.
    sources: HashMap<FileId, String>,
    files: HashMap<FileId, Bytes>,
    today: NaiveDate,
}

impl ReportWorld {
    /// A world whose main file is the template `main` (for example
    /// `status.typ`), with every template and the given extra files (data
    /// JSON, chart SVGs) at the root, and `today` as the document's date.
    pub fn new(templates: &Templates, main: &str, files: &[(String, Vec<u8>)], today: NaiveDate) -> Self {
        let mut sources = HashMap::new();
        for (name, text) in templates.iter().filter(|(name, _)| name.ends_with(".typ")) {
            sources.insert(file_id(&format!("/{name}")), text.to_string());
        }
        let files =
            files.iter().map(|(path, bytes)| (file_id(&format!("/{path}")), Bytes::new(bytes.clone()))).collect();
        ReportWorld { main: file_id(&format!("/{main}")), sources, files, today }
    }

    /// The path of a file id, for messages.
    pub fn path_of(id: FileId) -> String {
        id.vpath().get_without_slash().to_string()
    }
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        crate::fonts::store().book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let text = self.sources.get(&id).ok_or_else(|| not_found(id))?;
        // A poisoned lock only means another report panicked while parsing:
        // the map itself is whole.
        let mut parsed = PARSED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        match parsed.get(&id) {
            Some(source) if source.text() == text => Ok(source.clone()),
            _ => {
                let source = Source::new(id, text.clone());
                parsed.insert(id, source.clone());
                Ok(source)
            }
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.files.get(&id) {
            return Ok(bytes.clone());
        }
        self.sources.get(&id).map(|text| Bytes::from_string(text.clone())).ok_or_else(|| not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        crate::fonts::store().font(index)
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.year(), self.today.month() as u8, self.today.day() as u8)
    }
}

/// Everything outside the world's own files is refused: no file system, no
/// packages.
fn not_found(id: FileId) -> FileError {
    FileError::NotFound(std::path::PathBuf::from(id.vpath().get_with_slash()))
}
