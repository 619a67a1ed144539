//! Writing output files so that a reader never sees a half-written one.

use std::io::Write;
use std::path::Path;

use crate::error::ReportError;

/// Writes `bytes` to `path` atomically: into a temporary file in the same
/// folder, flushed to disk, then renamed over `path`. On any error the
/// temporary file is removed and an existing `path` is left as it was.
///
/// # Errors
/// [`ReportError::Output`] naming the path when the folder does not exist or
/// cannot be written.
///
/// # Example
/// ```
/// let dir = tempfile::tempdir()?;
/// let path = dir.path().join("rapport.pdf");
/// plan_report::output::write_atomically(&path, b"%PDF-")?;
/// assert_eq!(std::fs::read(&path)?, b"%PDF-");
/// #[cfg(unix)]
/// {
///     use std::os::unix::fs::PermissionsExt;
///     assert_eq!(std::fs::metadata(&path)?.permissions().mode() & 0o777, 0o644);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_atomically(path: impl AsRef<Path>, bytes: &[u8]) -> Result<(), ReportError> {
    let path = path.as_ref();
    let fail = |source: std::io::Error| ReportError::Output { path: path.to_path_buf(), source };
    let dir = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(fail(std::io::Error::new(
            std::io::ErrorKind::NotFound,
            format!("the folder {} does not exist", dir.display()),
        )));
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut temp =
        tempfile::Builder::new().prefix(&format!(".{name}.")).suffix(".tmp").tempfile_in(dir).map_err(fail)?;
    temp.write_all(bytes).map_err(fail)?;
    // A temporary file is private (0600); the report is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(fail)?;
    }
    temp.as_file().sync_all().map_err(fail)?;
    temp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// Adds new files all together or not at all: each is written to a
/// temporary file in its folder (created if missing) first, then moved into
/// place without replacing anything; if any step fails, the files already
/// moved are removed again. An existing file is never overwritten.
///
/// # Errors
/// [`ReportError::Output`] naming the file that exists already or cannot be
/// written.
///
/// # Example
/// ```
/// let dir = tempfile::tempdir()?;
/// let (a, b) = (dir.path().join("h/2022.csv"), dir.path().join("h/2022.toml"));
/// plan_report::output::add_files(&[(a.as_path(), b"id\n".as_slice()), (b.as_path(), b"x = 1\n".as_slice())])?;
/// assert_eq!(std::fs::read(&a)?, b"id\n");
/// // A second time, nothing is replaced and nothing is left half-done.
/// let c = dir.path().join("h/2023.csv");
/// let err = plan_report::output::add_files(&[(c.as_path(), b"new".as_slice()), (b.as_path(), b"y = 2\n".as_slice())]).unwrap_err();
/// assert!(err.to_string().contains("2022.toml"));
/// assert!(!c.exists());
/// assert_eq!(std::fs::read(&b)?, b"x = 1\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn add_files(files: &[(&Path, &[u8])]) -> Result<(), ReportError> {
    fn fail(path: &Path) -> impl Fn(std::io::Error) -> ReportError + '_ {
        move |source| ReportError::Output { path: path.to_path_buf(), source }
    }
    for (path, _) in files {
        if path.exists() {
            return Err(fail(path)(std::io::Error::new(std::io::ErrorKind::AlreadyExists, "the file exists already")));
        }
    }
    let mut temps = Vec::new();
    let mut created_dirs = Vec::new();
    for (path, bytes) in files {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        if !dir.is_dir() {
            std::fs::create_dir_all(dir).map_err(fail(dir))?;
            created_dirs.push(dir.to_path_buf());
        }
        let mut temp =
            tempfile::Builder::new().prefix(".plan-report.").suffix(".tmp").tempfile_in(dir).map_err(fail(path))?;
        temp.write_all(bytes).map_err(fail(path))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            temp.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(fail(path))?;
        }
        temp.as_file().sync_all().map_err(fail(path))?;
        temps.push((temp, *path));
    }
    let mut placed: Vec<&Path> = Vec::new();
    for (temp, path) in temps {
        if let Err(e) = temp.persist_noclobber(path) {
            for done in placed {
                let _ = std::fs::remove_file(done);
            }
            for dir in created_dirs.iter().rev() {
                let _ = std::fs::remove_dir(dir);
            }
            return Err(fail(path)(e.error));
        }
        placed.push(path);
    }
    Ok(())
}
