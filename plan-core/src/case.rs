//! The case document (sak) a plan is presented to its assembly with.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::plan::Section;

/// A political case to a regional assembly, laid out the Norwegian way:
/// case number and title, facts (saksopplysning), assessment (vurdering),
/// the proposed decision (vedtak) in numbered points, place, date and signer.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let case = folder.case(Some("9/20"))?;
/// assert_eq!(case.number, "9/20");
/// assert_eq!(case.assembly, "Hallingtinget");
/// assert_eq!(case.date.to_string(), "2020-10-18");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// Case number, for example `9/20`.
    pub number: String,
    /// The number as the source writes it (`9-20`).
    #[serde(default)]
    pub number_as_written: String,
    /// The case title.
    pub title: String,
    /// The assembly the case goes to (Hallingtinget).
    pub assembly: String,
    /// Saksopplysning: the facts.
    pub facts: Section,
    /// Vurdering: the assessment.
    pub assessment: Section,
    /// Vedtak: the decision.
    pub decision: Decision,
    /// Where the case was signed.
    pub place: String,
    /// When it was signed.
    #[serde(with = "crate::date_serde")]
    #[schemars(with = "NaiveDate")]
    pub date: NaiveDate,
    /// Who signed it.
    pub signer: Signer,
    /// The attachments, in order: the plan, a year's revision report or
    /// the period report. In `sak.toml` a bare title is the plan
    /// (`attachments = ["Utkast til Strategisk plan"]`); a table names a
    /// report (`{ title = "Årsrapport 2022", report = "status", year = 2022 }`).
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// The file the case was read from, relative to the plan folder
    /// (`sak.toml`, `saker/9-20.toml`); the loader sets it.
    #[serde(default)]
    pub file: String,
}

impl Case {
    /// The case number as written in file names: `9/20` is `9-20`.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.cases[0].file_stem(), "9-20");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn file_stem(&self) -> String {
        self.number.replace('/', "-")
    }
}

/// One attachment of a case.
///
/// # Example
/// ```
/// use plan_core::case::{Attachment, AttachedReport};
/// let plan: Attachment = toml::from_str::<toml::Value>("a = \"Utkast til plan\"").unwrap()["a"].clone().try_into().unwrap();
/// assert_eq!(plan.report(), AttachedReport::Plan);
/// assert_eq!(plan.title(), "Utkast til plan");
/// let status: Attachment = toml::from_str("title = \"Årsrapport 2022\"\nreport = \"status\"\nyear = 2022").unwrap();
/// assert_eq!((status.report(), status.year()), (AttachedReport::Status, Some(2022)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(untagged)]
pub enum Attachment {
    /// The plan itself, by its title in the list of attachments.
    Title(String),
    /// A report made from the plan folder.
    Report {
        /// The title in the list of attachments.
        title: String,
        /// Which report.
        report: AttachedReport,
        /// The year, for the revision report.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        year: Option<i32>,
    },
}

impl Attachment {
    /// The title in the list of attachments.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::case::Attachment::Title("Planen".into()).title(), "Planen");
    /// ```
    pub fn title(&self) -> &str {
        match self {
            Attachment::Title(title) | Attachment::Report { title, .. } => title,
        }
    }

    /// Which report the attachment is.
    ///
    /// # Example
    /// ```
    /// use plan_core::case::{Attachment, AttachedReport};
    /// assert_eq!(Attachment::Title("Planen".into()).report(), AttachedReport::Plan);
    /// ```
    pub fn report(&self) -> AttachedReport {
        match self {
            Attachment::Title(_) => AttachedReport::Plan,
            Attachment::Report { report, .. } => *report,
        }
    }

    /// The year of a revision report.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::case::Attachment::Title("Planen".into()).year(), None);
    /// ```
    pub fn year(&self) -> Option<i32> {
        match self {
            Attachment::Title(_) => None,
            Attachment::Report { year, .. } => *year,
        }
    }
}

/// The reports a case can attach.
///
/// # Example
/// ```
/// use plan_core::case::AttachedReport;
/// assert_eq!(serde_json::to_string(&AttachedReport::Period).unwrap(), "\"period\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AttachedReport {
    /// The plan document with its action programme as first adopted.
    Plan,
    /// The annual revision report of a year.
    Status,
    /// The period report.
    Period,
}

/// The decision: a heading and numbered points.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let decision = &folder.case(Some("9/20"))?.decision;
/// assert_eq!(decision.title, "Vedtak");
/// assert_eq!(decision.points.len(), 2);
/// assert!(decision.points[0].starts_with("Hallingtinget ber dagleg leiar"));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The heading ("Vedtak").
    pub title: String,
    /// The points, in order (numbered from 1 when printed).
    pub points: Vec<String>,
}

/// The person who signs a case.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let signer = &folder.case(Some("9/20"))?.signer;
/// assert_eq!((signer.name.as_str(), signer.role.as_str()), ("Jan Olav Helling", "Dagleg leiar"));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// Name.
    pub name: String,
    /// Role ("Dagleg leiar").
    pub role: String,
}
