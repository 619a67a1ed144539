//! The status file to fill in for a year, as `plan-report status-template`
//! writes it: where it goes in the plan folder, one a year, and (with the
//! `xlsx` feature) the Excel workbook form beside the CSV of
//! [`plan_core::follow_up::status_template`].

use std::path::{Path, PathBuf};

#[cfg(feature = "xlsx")]
use crate::error::ReportError;

/// The forms a status file is read in, by file extension.
///
/// # Example
/// ```
/// assert_eq!(plan_report::status_template::EXTENSIONS, ["csv", "xlsx"]);
/// ```
pub const EXTENSIONS: [&str; 2] = ["csv", "xlsx"];

/// Where the status file of `year` goes in the plan folder `plan_dir`, in
/// the form of `extension`: `PLAN_DIR/status/YEAR.EXTENSION`.
///
/// # Example
/// ```
/// use std::path::Path;
/// let path = plan_report::status_template::default_path(Path::new("plan"), 2024, "xlsx");
/// assert_eq!(path, Path::new("plan/status/2024.xlsx"));
/// ```
pub fn default_path(plan_dir: impl AsRef<Path>, year: i32, extension: &str) -> PathBuf {
    let plan_dir = plan_dir.as_ref();
    plan_dir.join(plan_core::load::files::STATUS).join(format!("{year}.{extension}"))
}

/// One status file a year: when `path` is in the folder's `status` folder,
/// the status file of the same year in another form than `extension` that
/// exists already (and must not get a twin beside it).
///
/// # Example
/// ```
/// use std::path::Path;
/// use plan_report::status_template::{default_path, existing_other_form};
/// let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
/// let xlsx = default_path(dir, 2024, "xlsx");
/// assert_eq!(existing_other_form(dir, 2024, "xlsx", &xlsx), Some(dir.join("status/2024.csv")));
/// assert_eq!(existing_other_form(dir, 2024, "xlsx", Path::new("elsewhere/2024.xlsx")), None);
/// assert_eq!(existing_other_form(dir, 2025, "xlsx", &default_path(dir, 2025, "xlsx")), None);
/// ```
pub fn existing_other_form(
    plan_dir: impl AsRef<Path>,
    year: i32,
    extension: &str,
    path: impl AsRef<Path>,
) -> Option<PathBuf> {
    let plan_dir = plan_dir.as_ref();
    let path = path.as_ref();
    let status_dir = plan_dir.join(plan_core::load::files::STATUS);
    if path.parent() != Some(status_dir.as_path()) {
        return None;
    }
    EXTENSIONS
        .into_iter()
        .filter(|other| *other != extension)
        .map(|other| status_dir.join(format!("{year}.{other}")))
        .find(|twin| twin.exists())
}

/// The status file to fill in for `year` as an Excel workbook: the rows of
/// [`plan_core::follow_up::status_template_rows`] under the header in the
/// plan's language, on one sheet `status`, the header in bold, the columns
/// to read grey, progress as numbers; the same bytes for the same folder
/// (the workbook's date is 1 January of the year, never the clock).
///
/// # Example
/// ```
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let folder = plan_core::PlanFolder::load(dir)?.value;
/// let workbook = plan_report::status_template::workbook(&folder, 2022)?;
/// assert!(workbook.starts_with(b"PK"), "a zip archive");
/// assert_eq!(workbook, plan_report::status_template::workbook(&folder, 2022)?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[cfg(feature = "xlsx")]
pub fn workbook(folder: &plan_core::PlanFolder, year: i32) -> Result<Vec<u8>, ReportError> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let rows = plan_core::follow_up::status_template_rows(folder, year)?;
    let header = plan_core::follow_up::status_header(folder.plan.meta.language);
    let fail = |e: rust_xlsxwriter::XlsxError| {
        ReportError::Input(crate::error::InputError::WorkbookUnwritable { detail: e.to_string() })
    };
    let mut workbook = Workbook::new();
    let date = ExcelDateTime::from_ymd(u16::try_from(year).unwrap_or(2000), 1, 1).map_err(fail)?;
    workbook.set_properties(&DocProperties::new().set_creation_datetime(&date));
    let sheet = workbook.add_worksheet();
    sheet.set_name("status").map_err(fail)?;
    let bold = Format::new().set_bold();
    let grey = Format::new().set_background_color(0x00E7_E9EC).set_font_color(0x0056_606B);
    let open = Format::new();
    let read_only = plan_core::follow_up::READ_ONLY_COLUMNS;
    for (column, title) in header.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, *title, &bold).map_err(fail)?;
    }
    for (i, row) in rows.iter().enumerate() {
        let r = u32::try_from(i + 1).unwrap_or(u32::MAX);
        for (column, cell) in row.iter().enumerate() {
            let c = column as u16;
            let format = if read_only.contains(&column) { &grey } else { &open };
            match (column, cell.parse::<f64>()) {
                (5, Ok(number)) => sheet.write_number_with_format(r, c, number, format).map_err(fail)?,
                _ => sheet.write_string_with_format(r, c, cell, format).map_err(fail)?,
            };
        }
    }
    for (column, width) in [12.0, 45.0, 14.0, 16.0, 14.0, 10.0, 50.0, 12.0].into_iter().enumerate() {
        sheet.set_column_width(column as u16, width).map_err(fail)?;
    }
    workbook.save_to_buffer().map_err(fail)
}
