//! Rendering one population report per municipality of a national table,
//! in parallel across the machine's cores; one failure does not stop the
//! rest.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use plan_core::MunicipalityCode;
use plan_core::population::PopulationTable;
use plan_core::population::reform::CodeChanges;

use crate::error::ReportError;
use crate::report::ReportOptions;

/// What a batch run did.
///
/// # Example
/// ```
/// use plan_report::batch::Batch;
/// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n3041,Gol,2021,4636\n3039,Flå,2021,1049\n";
/// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let out = tempfile::tempdir()?;
/// let batch = Batch {
///     table: &table, changes: &Default::default(), from: d(2020), to: d(2021),
///     out_dir: out.path(), options: &Default::default(), threads: 2, only: None,
/// };
/// let outcome = batch.run(&|_, _| {});
/// assert_eq!(outcome.written, [out.path().join("3041-gol.pdf")]);
/// let (code, name, error) = &outcome.failed[0];
/// assert_eq!((code.as_str(), name.as_str()), ("3039", "Flå"));
/// assert!(error.to_string().contains("3039"), "{error}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct BatchOutcome {
    /// The reports written, in code order.
    pub written: Vec<PathBuf>,
    /// The municipalities that failed, with the reason, in code order.
    pub failed: Vec<(MunicipalityCode, String, ReportError)>,
}

pub use crate::municipality::municipalities;

/// The file name of a municipality's report: `3041-gol.pdf`.
///
/// # Example
/// ```
/// let code = "3043".parse().unwrap();
/// assert_eq!(plan_report::batch::file_name(code, "Ål"), "3043-al.pdf");
/// assert_eq!(plan_report::batch::file_name(code, "Nes (Buskerud)"), "3043-nes-buskerud.pdf");
/// ```
pub fn file_name(code: MunicipalityCode, name: &str) -> String {
    let folded = plan_core::text::fold(name);
    let slug: Vec<&str> = folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if slug.is_empty() { format!("{code}.pdf") } else { format!("{code}-{}.pdf", slug.join("-")) }
}

/// A batch of municipality reports to render.
///
/// # Example
/// ```
/// use plan_report::batch::Batch;
/// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n3041,Gol,2021,4636\n\
///            3044,Hol,2020,4441\n3044,Hol,2021,4413\n";
/// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let out = tempfile::tempdir()?;
/// let batch = Batch {
///     table: &table, changes: &Default::default(), from: d(2020), to: d(2021),
///     out_dir: out.path(), options: &Default::default(), threads: 2, only: None,
/// };
/// let outcome = batch.run(&|done, total| eprintln!("{done}/{total}"));
/// assert_eq!(outcome.written.len(), 2);
/// // Only some municipalities.
/// let hol = ["3044".parse()?];
/// let outcome = Batch { only: Some(&hol), ..batch }.run(&|_, _| {});
/// assert_eq!(outcome.written, [out.path().join("3044-hol.pdf")]);
/// assert!(outcome.failed.is_empty());
/// assert!(std::fs::read(out.path().join("3044-hol.pdf"))?.starts_with(b"%PDF-"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Batch<'a> {
    /// The population table (a national table, say).
    pub table: &'a PopulationTable,
    /// Code changes to follow municipalities across reforms.
    pub changes: &'a CodeChanges,
    /// The earlier date.
    pub from: NaiveDate,
    /// The later date: every municipality with a count then gets a report.
    pub to: NaiveDate,
    /// Where the reports go.
    pub out_dir: &'a Path,
    /// Templates and PDF standards.
    pub options: &'a ReportOptions,
    /// Threads to render with.
    pub threads: usize,
    /// Only these municipalities (codes valid at any date; each is followed
    /// through `changes` to its code at `to`); `None` for every
    /// municipality of the table.
    pub only: Option<&'a [MunicipalityCode]>,
}

impl Batch<'_> {
    /// The municipalities the batch renders: those with a count at `to`,
    /// limited to [`Batch::only`] when given.
    ///
    /// # Example
    /// ```
    /// use plan_report::batch::Batch;
    /// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2021,4636\n3044,Hol,2021,4413\n";
    /// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
    /// let d = plan_core::Date::from_ymd_opt(2021, 1, 1).unwrap();
    /// let hol = ["3044".parse()?];
    /// let batch = Batch { table: &table, changes: &Default::default(), from: d, to: d,
    ///     out_dir: std::path::Path::new("."), options: &Default::default(), threads: 1, only: Some(&hol) };
    /// assert_eq!(batch.municipalities().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn municipalities(&self) -> Vec<(MunicipalityCode, String)> {
        let mut list = municipalities(self.table, self.to);
        if let Some(only) = self.only {
            let wanted: Vec<MunicipalityCode> =
                only.iter().map(|code| self.changes.code_at(*code, self.to).unwrap_or(*code)).collect();
            list.retain(|(code, _)| wanted.contains(code));
        }
        list
    }

    /// Renders a report for every municipality with a count at `to`;
    /// `progress` is called after each report with the number done and the
    /// total. One municipality's failure is recorded and the rest go on.
    ///
    /// # Example
    /// ```
    /// use std::sync::atomic::{AtomicUsize, Ordering};
    /// use plan_report::batch::Batch;
    /// let csv = "kommunenummer,kommune,dato,folketal\n3041,Gol,2020,4608\n3041,Gol,2021,4636\n";
    /// let (table, _) = plan_core::population::own::read_population_csv("t.csv", csv.as_bytes())?;
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let out = tempfile::tempdir()?;
    /// let calls = AtomicUsize::new(0);
    /// let batch = Batch {
    ///     table: &table, changes: &Default::default(), from: d(2020), to: d(2021),
    ///     out_dir: out.path(), options: &Default::default(), threads: 1, only: None,
    /// };
    /// let outcome = batch.run(&|done, total| {
    ///     calls.fetch_add(1, Ordering::Relaxed);
    ///     assert!(done <= total);
    /// });
    /// assert_eq!((outcome.written.len(), calls.into_inner()), (1, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn run(&self, progress: &(dyn Fn(usize, usize) + Sync)) -> BatchOutcome {
        let Batch { table, changes, from, to, out_dir, options, threads, .. } = *self;
        let list = self.municipalities();
        let results = crate::parallel::map_in_order(
            &list,
            threads,
            |(code, name)| {
                let path = out_dir.join(file_name(*code, name));
                crate::municipality::MunicipalityReport { table, changes, code: *code, from, to }
                    .render(options)
                    .and_then(|pdf| crate::output::write_atomically(&path, &pdf))
                    .map(|()| path)
            },
            |done| progress(done, list.len()),
        );
        let mut outcome = BatchOutcome::default();
        for ((code, name), result) in list.iter().zip(results) {
            match result.unwrap_or(Err(ReportError::Input(crate::error::InputError::MunicipalityFailed))) {
                Ok(path) => outcome.written.push(path),
                Err(e) => outcome.failed.push((*code, name.clone(), e)),
            }
        }
        outcome
    }
}
