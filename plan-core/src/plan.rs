//! The plan as a plain data tree: metadata, text sections, values, goals,
//! focus areas with themes and result goals, the action programme, and the
//! glossary of responsible bodies.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::deadline::Deadline;
use crate::money::Kroner;
use crate::region::Region;

/// A regional strategic plan: the document as written in `plan.toml` —
/// metadata, texts, values, the overarching goal, focus areas with themes
/// and result goals, and the glossary of bodies.
///
/// The folder around it (the versions of the action programme, the
/// statuses, indicator values, population series and the case) is a
/// [`PlanFolder`](crate::PlanFolder); load both with
/// [`PlanFolder::load`](crate::PlanFolder::load). Every field serializes to
/// JSON with the names shown here.
///
/// # Example
/// ```
/// let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// assert_eq!(plan.meta.title, "Strategisk plan Hallingdal 2021–2024");
/// assert_eq!((plan.values.len(), plan.focus_areas.len()), (4, 5));
/// let json = serde_json::to_value(&plan).unwrap();
/// assert_eq!(json["meta"]["region"]["municipalities"][0]["code"], "3039");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Plan {
    /// Title, region, period, version and status.
    pub meta: Meta,
    /// The prose sections, each with its heading.
    pub texts: Texts,
    /// The UN sustainable development goals the plan gives weight to.
    pub sustainability_goals: SustainabilityGoals,
    /// Opportunities and competitive advantages (a list).
    pub opportunities: Vec<String>,
    /// The shared values (for Hallingdal: LEIKEN, EKTA, FRI, FRISK).
    pub values: Vec<CoreValue>,
    /// The overarching goal.
    pub overarching_goal: OverarchingGoal,
    /// The focus areas (innsatsområde), in the plan's order.
    pub focus_areas: Vec<FocusArea>,
    /// Glossary of responsible bodies and other abbreviations.
    pub bodies: Vec<Body>,
    /// Which statistics files the plan is followed up with.
    pub statistics: Statistics,
}

/// The statistics files a plan is followed up with, relative to the plan
/// folder.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// assert_eq!(plan.statistics.population, ["folketal-ssb-07459-2015-2024.csv"]);
/// assert_eq!(plan.statistics.code_changes, ["kommuneendringar.csv"]);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Statistics {
    /// Population tables (any shape `read_population_file` reads), merged.
    #[serde(default)]
    pub population: Vec<String>,
    /// Code-change lists (SSB classification 131 format), merged over the
    /// built-in list of every change since 1972 (the plan's entry replaces
    /// the built-in one for the same old code and date).
    #[serde(default)]
    pub code_changes: Vec<String>,
}

/// Plan metadata.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let meta = &plan.meta;
/// assert_eq!(meta.owner, "Regionrådet for Hallingdal");
/// assert_eq!(meta.adopting_body, "Hallingtinget");
/// assert_eq!(meta.language, plan_core::Language::Nn);
/// assert_eq!(meta.region.municipalities.len(), 6);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The plan's title, for example "Strategisk plan Hallingdal 2021–2024".
    pub title: String,
    /// The region and its municipalities.
    pub region: Region,
    /// First and last year the plan covers.
    pub period: Period,
    /// Version label and date.
    pub version: Version,
    /// Draft or adopted.
    #[serde(rename = "status")]
    pub stage: PlanStage,
    /// The body that owns the plan.
    pub owner: String,
    /// The body that adopts the plan.
    pub adopting_body: String,
    /// How and when the plan is (to be) adopted.
    pub adoption: String,
    /// The plan's language (`nn`, `nb` or `en`; Nynorsk when not given):
    /// the language its texts are written in and its reports are made in.
    #[serde(default = "nynorsk")]
    pub language: crate::Language,
}

/// A plan's language when `plan.toml` does not say.
fn nynorsk() -> crate::Language {
    crate::Language::Nn
}

/// The years a plan covers.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// assert_eq!((plan.meta.period.first, plan.meta.period.last), (2021, 2024));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First year.
    pub first: i32,
    /// Last year.
    pub last: i32,
}

/// A version of the plan document.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// assert_eq!(plan.meta.version.label, "Utkast pr. 21. okt");
/// assert_eq!(plan.meta.version.date.to_string(), "2020-10-21");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Version {
    /// The label as written ("Utkast pr. 21. okt").
    pub label: String,
    /// The date of this version.
    #[serde(with = "crate::date_serde")]
    #[schemars(with = "NaiveDate")]
    pub date: NaiveDate,
}

/// Whether the plan is a draft or adopted.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// use plan_core::plan::PlanStage;
/// assert_eq!(plan.meta.stage, PlanStage::Draft);
/// assert_eq!(serde_json::to_string(&PlanStage::Adopted).unwrap(), "\"vedteken\"");
/// // Bokmål and English are read too.
/// assert_eq!(serde_json::from_str::<PlanStage>("\"vedtatt\"").unwrap(), PlanStage::Adopted);
/// assert_eq!(serde_json::from_str::<PlanStage>("\"draft\"").unwrap(), PlanStage::Draft);
/// assert_eq!(serde_json::from_str::<PlanStage>("\"utkast\"").unwrap(), PlanStage::Draft);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(rename = "PlanStatus")]
pub enum PlanStage {
    /// Utkast (also `draft`): a draft.
    #[serde(rename = "utkast", alias = "draft")]
    Draft,
    /// Vedteken (also `vedtatt`, `adopted`): adopted.
    #[serde(rename = "vedteken", alias = "vedtatt", alias = "adopted")]
    Adopted,
}

/// A prose section: heading and text. Paragraphs are separated by blank lines.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let background = &plan.texts.background;
/// assert_eq!(background.title, "Bakgrunn");
/// assert!(background.paragraphs().count() >= 1);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The heading as written.
    pub title: String,
    /// The text; paragraphs separated by a blank line.
    #[serde(default)]
    pub text: String,
}

impl Section {
    /// The paragraphs of the text, trimmed, empty ones left out.
    ///
    /// # Example
    /// ```
    /// use plan_core::plan::Section;
    /// let s = Section { title: "Bakgrunn".into(), text: "Ein.\n\nTo.\n".into() };
    /// assert_eq!(s.paragraphs().collect::<Vec<_>>(), ["Ein.", "To."]);
    /// ```
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
    }
}

/// The prose sections of the plan.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// assert_eq!(plan.texts.introduction.title, "Innleiing");
/// assert_eq!(plan.texts.action_programme.title, "Handlingsprogram");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Texts {
    /// Innleiing.
    pub introduction: Section,
    /// Bakgrunn.
    pub background: Section,
    /// Formål med strategisk plan og handlingsplan.
    pub purpose: Section,
    /// Status/utfordring.
    pub challenges: Section,
    /// Mogelegheiter og konkurransefortrinn: the text after the list.
    pub opportunities: Section,
    /// Verdigrunnlag: the text before the values.
    pub values: Section,
    /// Innsatsområde og resultatmål: the text before the focus areas.
    pub focus_areas: Section,
    /// Handlingsprogram: the text before the action programme.
    pub action_programme: Section,
}

/// The UN sustainable development goals the plan gives weight to.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let sdg = &plan.sustainability_goals;
/// assert_eq!(sdg.section.title, "FNs berekraftsmål");
/// assert!(sdg.missing && sdg.goals.is_empty(), "the draft's list was an image that did not survive");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SustainabilityGoals {
    /// Heading and text about the goals.
    pub section: Section,
    /// Goal numbers, 1–17.
    #[serde(default)]
    pub goals: Vec<u8>,
    /// True when the source lists goals that could not be recovered (the
    /// list stays empty rather than invented).
    #[serde(default)]
    pub missing: bool,
    /// Why the list is missing, when it is.
    #[serde(default)]
    pub missing_note: String,
}

/// One of the plan's shared values.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let names: Vec<&str> = plan.values.iter().map(|v| v.name.as_str()).collect();
/// assert_eq!(names, ["LEIKEN", "EKTA", "FRI", "FRISK"]);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoreValue {
    /// The value's name as written ("LEIKEN").
    pub name: String,
    /// What it means.
    pub text: String,
}

/// The overarching goal: the state the region is in when the plan is done.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// assert!(plan.overarching_goal.statement.starts_with("Hallingdal er ein meir attraktiv, framtidsretta og produktiv region"));
/// assert_eq!(plan.overarching_goal.section.title, "Overordna mål");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OverarchingGoal {
    /// Heading and the text before the statement.
    pub section: Section,
    /// The goal itself.
    pub statement: String,
    /// What the goal means, in measurable words.
    pub meaning: String,
    /// The elaboration after it.
    pub elaboration: String,
}

/// A focus area (innsatsområde).
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let infra = plan.focus_area("infrastruktur").unwrap();
/// assert_eq!(infra.name_variants, ["KOMMUNIKASJON OG INFRASTRUKTUR"]);
/// assert_eq!(infra.themes.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["jernbane", "veg", "breiband"]);
/// assert_eq!(infra.result_goals.len(), 6);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FocusArea {
    /// Stable id, referenced by actions.
    pub id: String,
    /// The name.
    pub name: String,
    /// Other names the source uses for the same area.
    #[serde(default)]
    pub name_variants: Vec<String>,
    /// What the area is about.
    #[serde(default)]
    pub description: String,
    /// Its themes.
    #[serde(default)]
    pub themes: Vec<Theme>,
    /// Its result goals (end states).
    #[serde(default)]
    pub result_goals: Vec<ResultGoal>,
}

impl FocusArea {
    /// The theme with this id.
    ///
    /// # Example
    /// ```
    /// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
    /// let klima = plan.focus_area("klima").unwrap();
    /// assert_eq!(klima.theme("avfall").map(|t| t.name.as_str()), Some("Avfallshåndering"));
    /// assert!(klima.theme("veg").is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }
}

/// A theme within a focus area.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let theme = plan.focus_area("naering").unwrap().theme("innovasjon").unwrap();
/// assert_eq!((theme.id.as_str(), theme.name.as_str()), ("innovasjon", "Innovasjon"));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Id, unique within its focus area.
    pub id: String,
    /// The name.
    pub name: String,
    /// Other names the source uses for it (the action programme's headings).
    #[serde(default)]
    pub name_variants: Vec<String>,
}

/// A result goal: an end state the plan aims for.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let goal = &plan.focus_area("naering").unwrap().result_goals[1];
/// assert_eq!((goal.id.as_str(), goal.text.as_str()), ("naering-2", "Auke i talet på arbeidsplassar"));
/// assert!(goal.indicator.is_none());
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResultGoal {
    /// Stable id.
    pub id: String,
    /// The goal as written.
    pub text: String,
    /// How it is measured, when it is measurable.
    #[serde(default)]
    pub indicator: Option<Indicator>,
}

/// How a result goal is measured.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// use plan_core::plan::{Better, IndicatorSource, Target};
/// let emissions = plan.focus_area("klima").unwrap().result_goals[0].indicator.as_ref().unwrap();
/// assert_eq!(emissions.source, IndicatorSource::Table);
/// assert_eq!(emissions.target, Target::RelativePct(-15.0));
/// assert_eq!(emissions.better, Better::Lower);
/// assert_eq!(emissions.target_date.to_string(), "2024-12-31");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// What is measured.
    pub measure: String,
    /// The unit.
    pub unit: String,
    /// Where the values come from.
    pub source: IndicatorSource,
    /// The date the baseline is taken at.
    #[serde(with = "crate::date_serde")]
    #[schemars(with = "NaiveDate")]
    pub baseline_date: NaiveDate,
    /// The target.
    pub target: Target,
    /// When the target should be reached.
    #[serde(with = "crate::date_serde")]
    #[schemars(with = "NaiveDate")]
    pub target_date: NaiveDate,
    /// Whether higher values are better.
    pub better: Better,
    /// With `source = "statistics"`: the table, variable and selections the
    /// values are read from (`[….indicator.statistics]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<StatisticsBinding>,
}

/// A goal bound to a statistics table: which file, which variable, which
/// values of the other dimensions, and how sub-year periods make a year.
///
/// Files are relative to the plan folder; the municipalities are the plan's
/// region, followed through code changes as `plan-report indicator` does.
///
/// # Example
/// ```
/// use plan_core::plan::{Combine, StatisticsBinding};
/// let b: StatisticsBinding = toml::from_str(
///     "file = \"01222.json\"\nvariable = \"Nettoinnflytting9\"\nper = \"year\"\ncombine = \"sum\"\nselect = { Kjonn = \"2\" }",
/// ).unwrap();
/// assert_eq!(b.file, ["01222.json"]);
/// assert_eq!(b.combine, Some(Combine::Sum));
/// assert_eq!(b.select.get("Kjonn").map(String::as_str), Some("2"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatisticsBinding {
    /// The statistics file, or several (merged), relative to the plan folder.
    #[serde(deserialize_with = "one_or_many")]
    #[schemars(with = "OneOrMany")]
    pub file: Vec<String>,
    /// The variable (`ContentsCode`), by code or label.
    pub variable: String,
    /// A value for a dimension besides region and time (`{ Kjonn = "2" }`),
    /// by code or label.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub select: BTreeMap<String, String>,
    /// Dimensions summed over.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sum: Vec<String>,
    /// A count variable of the same table weighting a rate's region value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<String>,
    /// The variable is a count, summed over the municipalities, when the
    /// table does not say.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub count: bool,
    /// The period a goal is followed per: `"year"` (the only one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<Per>,
    /// How quarters or months make a year; required when the table's
    /// periods are shorter than a year. No default: a stock is never summed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub combine: Option<Combine>,
}

/// A file name or a list of them.
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)] // only its schema is used
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

fn one_or_many<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Files {
        One(String),
        Many(Vec<String>),
    }
    Ok(match Files::deserialize(deserializer)? {
        Files::One(file) => vec![file],
        Files::Many(files) => files,
    })
}

/// The period a bound goal is followed per.
///
/// # Example
/// ```
/// assert_eq!(serde_json::to_string(&plan_core::plan::Per::Year).unwrap(), "\"year\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Per {
    /// A calendar year.
    Year,
}

/// How the quarters or months of a year make the year's value.
///
/// # Example
/// ```
/// use plan_core::plan::Combine;
/// assert_eq!(serde_json::from_str::<Combine>("\"last\"").unwrap(), Combine::Last);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Combine {
    /// The sum of the periods: a flow (births, migration, new firms).
    Sum,
    /// The last period's value: a stock at the end of the period.
    Last,
    /// The first period's value: a stock at the start of the period.
    First,
}

/// Where an indicator's values come from.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// use plan_core::plan::IndicatorSource;
/// let sources: Vec<IndicatorSource> = plan.focus_areas.iter()
///     .flat_map(|f| &f.result_goals)
///     .filter_map(|g| g.indicator.as_ref().map(|i| i.source))
///     .collect();
/// assert_eq!(sources, [IndicatorSource::Table, IndicatorSource::Population]);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum IndicatorSource {
    /// The region's population, from the population tables.
    Population,
    /// The indicator table (`indikatorar.csv`).
    Table,
    /// A statistics table as SSB gives it, bound in the indicator's
    /// `statistics` table ([`StatisticsBinding`]).
    Statistics,
}

/// A target value.
///
/// # Example
/// ```
/// use plan_core::plan::Target;
/// assert_eq!(serde_json::to_string(&Target::RelativePct(-15.0)).unwrap(), r#"{"relative_pct":-15.0}"#);
/// assert_eq!(serde_json::from_str::<Target>(r#"{"absolute":20781.0}"#).unwrap(), Target::Absolute(20781.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// Reach this value.
    Absolute(f64),
    /// Change by this many percent from the baseline (−15 for a 15 % cut).
    RelativePct(f64),
}

/// Which direction is improvement.
///
/// # Example
/// ```
/// use plan_core::plan::Better;
/// assert_eq!(serde_json::to_string(&Better::Higher).unwrap(), "\"higher\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    /// Higher values are better.
    Higher,
    /// Lower values are better.
    Lower,
}

/// One action of the action programme (handlingsprogram).
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let first = &folder.programme.versions[0].actions[0];
/// assert_eq!(first.id, "NAER-01");
/// assert_eq!(first.focus_area, "naering");
/// assert_eq!(first.theme.as_deref(), Some("arbeidsplassar"));
/// assert_eq!(first.deadline.to_string(), "årleg");
/// assert_eq!(first.responsible, ["RR", "Næringa"]);
/// assert_eq!(first.cost, None);
/// assert_eq!(first.line, Some(2));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Action {
    /// Stable id.
    pub id: String,
    /// The focus area's id.
    pub focus_area: String,
    /// The theme's id within the focus area, when the action has one.
    pub theme: Option<String>,
    /// What is to be done.
    pub text: String,
    /// When it is due.
    pub deadline: Deadline,
    /// Responsible bodies ("RR/HNN" is two).
    pub responsible: Vec<String>,
    /// Cost in whole kroner, when stated.
    pub cost: Option<Kroner>,
    /// Note.
    pub note: String,
    /// The line in the file the action was read from.
    #[serde(skip)]
    pub line: Option<u64>,
}

/// A body named in the plan, or any abbreviation, with its full name.
///
/// # Example
/// ```
/// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
/// let rr = &plan.bodies[0];
/// assert_eq!((rr.abbreviation.as_str(), rr.name.as_deref()), ("RR", Some("Regionrådet for Hallingdal")));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The short form as written ("RR").
    pub abbreviation: String,
    /// The full name; `None` when nothing explains it.
    pub name: Option<String>,
}

impl Plan {
    /// The focus area with this id.
    ///
    /// ```
    /// let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
    /// assert_eq!(plan.focus_area("klima").map(|f| f.name.as_str()), Some("Klima og miljø"));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn focus_area(&self, id: &str) -> Option<&FocusArea> {
        self.focus_areas.iter().find(|f| f.id == id)
    }
}
