//! What a report is made from: the loaded plan folder, its findings, and
//! explicit changes to the action programme.

use plan_core::{Diagnostic, Loaded, PlanFolder};

/// What a report is made from: the loaded plan folder, the findings of its
/// checks (printed in an appendix), and — for the status report — the
/// changes to the action programme when they are not taken from the
/// folder's history.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::prepare};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// let input = ReportInput::new(&loaded);
/// let prepared = prepare(Report::Annual, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
/// let data = serde_json::to_value(&prepared.view)?;
/// assert_eq!(data["meta"]["region"], "Hallingdal");
/// assert_eq!(data["focus_areas"].as_array().map(Vec::len), Some(5));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// The plan folder. Reports name its files as it does, relative to the
    /// folder (`status/2022.csv`): never where the folder is on this
    /// machine, so the same folder at two paths gives the same bytes.
    pub folder: &'a PlanFolder,
    /// Warnings found when loading and checking it.
    pub diagnostics: &'a [Diagnostic],
    /// Changes to the action programme for the status report's section
    /// "Endringar i handlingsprogrammet", when given explicitly (a proposal
    /// not yet adopted); without it the section compares the programme in
    /// force in the year with the revision the history holds for the next.
    pub revision: Option<&'a Revision>,
}

impl<'a> ReportInput<'a> {
    /// What a report needs from a loaded folder: the folder and its warnings.
    ///
    /// # Example
    /// ```
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let input = plan_report::ReportInput::new(&loaded);
    /// assert_eq!(input.diagnostics.len(), loaded.diagnostics.len());
    /// assert!(input.revision.is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn new(loaded: &'a Loaded<PlanFolder>) -> Self {
        ReportInput { folder: &loaded.value, diagnostics: &loaded.diagnostics, revision: None }
    }

    /// The same input with explicit changes to the action programme.
    ///
    /// # Example
    /// ```
    /// use plan_report::{ReportInput, report::Revision};
    /// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
    /// let actions = &loaded.value.programme.versions[0].actions;
    /// let revision = Revision { changes: plan_core::diff::diff(actions, &actions[1..]), old: "a".into(), new: "b".into() };
    /// let input = ReportInput::new(&loaded).with_revision(&revision);
    /// assert_eq!(input.revision.map(|r| r.changes.removed.len()), Some(1));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn with_revision(self, revision: &'a Revision) -> Self {
        ReportInput { revision: Some(revision), ..self }
    }
}

/// Two versions of the action programme and what changed between them.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, report::{prepare, Revision}};
/// let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
/// let loaded = plan_core::PlanFolder::load(dir)?;
/// // A proposal not yet adopted, compared with the programme in force in 2021.
/// let proposal = plan_core::load::load_actions(format!("{dir}/handlingsprogram/2024.csv"))?.value;
/// let revision = Revision {
///     changes: plan_core::diff::diff(&loaded.value.programme_for(2021)?.actions, &proposal),
///     old: "tiltak.csv".into(),
///     new: "forslag.csv".into(),
/// };
/// let input = ReportInput::new(&loaded).with_revision(&revision);
/// let prepared = prepare(Report::Annual, &input, &ReportOptions { year: Some(2021), ..Default::default() })?;
/// let data = String::from_utf8(prepared.view.to_json()?)?;
/// assert!(data.contains("forslag.csv") && !data.contains("handlingsprogram/2022.csv"), "the explicit revision wins");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Revision {
    /// The changes.
    pub changes: plan_core::diff::ActionDiff,
    /// The old version, as named by the user.
    pub old: String,
    /// The new version, as named by the user.
    pub new: String,
}
