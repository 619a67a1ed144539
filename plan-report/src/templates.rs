//! The typst templates, embedded in the binary, with an override folder for
//! template authors: a file there replaces the embedded one of the same name.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::ReportError;

/// The embedded templates, as (file name, source): the typst templates of
/// the PDFs, then the HTML templates and stylesheet of the web edition.
///
/// # Example
/// ```
/// let names: Vec<&str> = plan_report::templates::EMBEDDED.iter().map(|(name, _)| *name).collect();
/// assert_eq!(
///     names[..7],
///     ["common.typ", "status.typ", "status-body.typ", "period.typ", "period-body.typ", "case.typ", "municipality.typ"]
/// );
/// assert!(names.contains(&"status.html") && names.contains(&"site.css"));
/// ```
pub const EMBEDDED: [(&str, &str); 17] = [
    ("common.typ", include_str!("../../templates/common.typ")),
    ("status.typ", include_str!("../../templates/status.typ")),
    ("status-body.typ", include_str!("../../templates/status-body.typ")),
    ("period.typ", include_str!("../../templates/period.typ")),
    ("period-body.typ", include_str!("../../templates/period-body.typ")),
    ("case.typ", include_str!("../../templates/case.typ")),
    ("municipality.typ", include_str!("../../templates/municipality.typ")),
    ("layout.html", include_str!("../../templates/layout.html")),
    ("macros.html", include_str!("../../templates/macros.html")),
    ("index.html", include_str!("../../templates/index.html")),
    ("plan.html", include_str!("../../templates/plan.html")),
    ("status.html", include_str!("../../templates/status.html")),
    ("period.html", include_str!("../../templates/period.html")),
    ("case.html", include_str!("../../templates/case.html")),
    ("population.html", include_str!("../../templates/population.html")),
    ("municipality.html", include_str!("../../templates/municipality.html")),
    ("site.css", include_str!("../../templates/site.css")),
];

/// A set of templates: the embedded ones, each possibly overridden.
///
/// # Example
/// ```
/// use plan_report::{ReportOptions, templates::Templates};
/// let dir = tempfile::tempdir()?;
/// std::fs::write(dir.path().join("status.typ"), "#import \"common.typ\": *\n= Eigen rapport\n")?;
/// let options = ReportOptions { year: Some(2021), templates: Templates::with_overrides(dir.path())?, ..Default::default() };
/// assert!(options.templates.get("status.typ").unwrap().contains("Eigen rapport"));
/// assert!(options.templates.get("common.typ").unwrap().len() > 1000, "the others stay embedded");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Templates {
    files: BTreeMap<String, String>,
    overrides: Option<PathBuf>,
    /// Templates given from memory, by name.
    in_memory: std::collections::BTreeSet<String>,
}

impl Default for Templates {
    fn default() -> Self {
        Templates::embedded()
    }
}

impl Templates {
    /// The templates built into the binary.
    ///
    /// ```
    /// let t = plan_report::templates::Templates::embedded();
    /// assert!(t.get("status.typ").is_some_and(|s| s.contains("json(\"data.json\")")));
    /// assert_eq!(t.origin("case.typ"), "templates/case.typ");
    /// ```
    pub fn embedded() -> Self {
        Templates {
            files: EMBEDDED.iter().map(|(n, s)| (n.to_string(), s.to_string())).collect(),
            overrides: None,
            in_memory: std::collections::BTreeSet::new(),
        }
    }

    /// The embedded templates, with every `*.typ` file in `dir` replacing the
    /// embedded file of the same name (or adding a new one to import).
    ///
    /// # Errors
    /// [`ReportError::Templates`] when the folder or a file in it cannot be read.
    ///
    /// # Example
    /// ```
    /// let dir = tempfile::tempdir()?;
    /// std::fs::write(dir.path().join("common.typ"), "#let x = 1")?;
    /// let templates = plan_report::templates::Templates::with_overrides(dir.path())?;
    /// assert_eq!(templates.get("common.typ"), Some("#let x = 1"));
    /// assert!(templates.get("status.typ").is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_overrides(dir: impl AsRef<Path>) -> Result<Self, ReportError> {
        let dir = dir.as_ref();
        let mut templates = Templates::embedded();
        let fail = |source| ReportError::Templates { path: dir.to_path_buf(), source };
        let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(fail)?
            .map(|entry| entry.map(|e| e.path()).map_err(fail))
            .collect::<Result<_, _>>()?;
        entries.sort();
        for path in entries {
            if path.extension().is_some_and(|e| e == "typ" || e == "html" || e == "css") && path.is_file() {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let text = std::fs::read_to_string(&path)
                    .map_err(|source| ReportError::Templates { path: path.clone(), source })?;
                templates.files.insert(name, text);
            }
        }
        templates.overrides = Some(dir.to_path_buf());
        Ok(templates)
    }

    /// The same templates with one replaced (or added) from memory, as a
    /// service that keeps its templates in a database would give them.
    ///
    /// # Example
    /// ```
    /// use plan_report::templates::Templates;
    /// let templates = Templates::embedded().with_source("status.typ", "#import \"common.typ\": *\n= Eigen rapport\n");
    /// assert!(templates.get("status.typ").unwrap().contains("Eigen rapport"));
    /// assert_eq!(templates.origin("status.typ"), "status.typ (from memory)");
    /// assert_eq!(templates.origin("case.typ"), "templates/case.typ");
    /// ```
    pub fn with_source(mut self, name: &str, source: &str) -> Self {
        self.files.insert(name.to_string(), source.to_string());
        self.in_memory.insert(name.to_string());
        self
    }

    /// A template's source by file name.
    ///
    /// ```
    /// let t = plan_report::templates::Templates::embedded();
    /// assert!(t.get("common.typ").is_some());
    /// assert!(t.get("nothing.typ").is_none());
    /// ```
    pub fn get(&self, name: &str) -> Option<&str> {
        self.files.get(name).map(String::as_str)
    }

    /// Every template, by file name.
    ///
    /// ```
    /// let templates = plan_report::templates::Templates::embedded();
    /// let names: Vec<&str> = templates.iter().map(|(n, _)| n).filter(|n| n.ends_with(".typ")).collect();
    /// assert_eq!(
    ///     names,
    ///     ["case.typ", "common.typ", "municipality.typ", "period-body.typ", "period.typ", "status-body.typ", "status.typ"]
    /// );
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files.iter().map(|(n, s)| (n.as_str(), s.as_str()))
    }

    /// Where a template comes from, for messages: the override file's path,
    /// or `templates/NAME` for an embedded one.
    ///
    /// # Example
    /// ```
    /// use plan_report::templates::Templates;
    /// let dir = tempfile::tempdir()?;
    /// std::fs::write(dir.path().join("case.typ"), "= Sak\n")?;
    /// let templates = Templates::with_overrides(dir.path())?;
    /// assert_eq!(templates.origin("case.typ"), dir.path().join("case.typ").display().to_string());
    /// assert_eq!(templates.origin("status.typ"), "templates/status.typ");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn origin(&self, name: &str) -> String {
        if self.in_memory.contains(name) {
            return format!("{name} (from memory)");
        }
        match &self.overrides {
            Some(dir) if dir.join(name).is_file() => dir.join(name).display().to_string(),
            _ => format!("templates/{name}"),
        }
    }
}
