//! The one seam between the typst compiler and the outside: a `World` that
//! serves the templates, the report's JSON data, the chart SVGs and the
//! embedded fonts from memory, and nothing else.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::templates::Templates;

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// The file id of a path in the project root, such as `/status.typ`.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| VirtualPath::new("/invalid").expect("a valid path"));
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// A report's virtual file system and settings, in memory.
pub struct ReportWorld {
    main: FileId,
    sources: HashMap<FileId, Source>,
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
            let id = file_id(&format!("/{name}"));
            sources.insert(id, Source::new(id, text.to_string()));
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
        self.sources.get(&id).cloned().ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.files.get(&id) {
            return Ok(bytes.clone());
        }
        self.sources.get(&id).map(|s| Bytes::from_string(s.text().to_string())).ok_or_else(|| not_found(id))
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
