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
/// let case = folder.case.as_ref().expect("data/hallingdal has sak.toml");
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
    /// Attachments, by title.
    #[serde(default)]
    pub attachments: Vec<String>,
}

/// The decision: a heading and numbered points.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let decision = &folder.case.as_ref().unwrap().decision;
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
/// let signer = &folder.case.as_ref().unwrap().signer;
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
