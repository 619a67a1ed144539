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
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ReportError> {
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
