//! The model of a regional strategic plan, and the population figures it is
//! followed up with.
//!
//! `plan-core` reads a *plan folder* — `plan.toml` (the plan document:
//! metadata, texts, values, focus areas, result goals), `tiltak.csv` and
//! `handlingsprogram/YEAR.csv` (the action programme and its revisions),
//! `status/YEAR.csv` (the follow-up), `befolkning.csv` (population) and
//! `sak.toml` (the case document) — into a [`PlanFolder`] holding a plain,
//! serde-serializable [`Plan`], with every problem reported as a
//! [`Diagnostic`] that names file, line and field. Files go by their paths
//! relative to the folder (`status/2022.csv`), never by where the folder is
//! on the machine (see [`PlanFolder`]). It has no rendering dependencies:
//! the `plan-report` crate typesets what this crate models.
//!
//! # A tour
//!
//! Deadlines and amounts are read the way Norwegian offices write them:
//!
//! ```
//! use plan_core::{Deadline, Kroner};
//! let deadline: Deadline = "Vår 2021".parse()?;
//! assert_eq!(deadline.end().unwrap().to_string(), "2021-05-31");
//! assert_eq!(deadline.to_string(), "våren 2021");
//! let cost: Kroner = "kr 500 000,-".parse()?;
//! assert_eq!(cost.get(), 500_000);
//! # Ok::<(), plan_core::Error>(())
//! ```
//!
//! Population tables come as CSV in the shapes people download; the stated
//! total row is checked against its parts:
//!
//! ```
//! use plan_core::population::{own::read_population_csv, checks::check_table};
//! let csv = "kommunenummer;kommune;Innbyggartal 1.1.2017;Innbyggartal 1.1.2020\n\
//!            3042;Hemsedal;2442;2486\n";
//! let (table, _warnings) = read_population_csv("befolkning.csv", csv.as_bytes())?;
//! assert_eq!(table.observations.len(), 2);
//! assert!(check_table(&table).is_empty());
//! # Ok::<(), plan_core::Error>(())
//! ```
//!
//! A whole plan folder loads with [`PlanFolder::load`], which returns the
//! folder and its warnings, or every error found; the programme in force in
//! a year comes from its history:
//!
//! ```
//! let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
//! assert_eq!(folder.programme_for(2021)?.actions.len(), 26);
//! assert_eq!(folder.programme_for(2022)?.actions.len(), 25);
//! # Ok::<(), plan_core::Error>(())
//! ```
//!
//! The plan, the population figures and the changes between two action
//! programmes serialize to JSON for tools in other languages; [`schema`]
//! gives the JSON Schema of each, generated from the same types:
//!
//! ```
//! let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
//! let json = serde_json::to_value(&folder).unwrap();
//! assert_eq!(json["programme"]["versions"][0]["actions"][3]["deadline"]["kind"], "season");
//! let schema = plan_core::schema::plan();
//! assert!(schema["$defs"]["Deadline"]["properties"]["kind"].is_object());
//! # Ok::<(), plan_core::Error>(())
//! ```

// A located diagnostic is the error of the readers; it is returned on cold
// paths only, so its size (file, line, field, sheet, two messages) is not
// worth boxing and complicating the public type.
#![allow(clippy::result_large_err)]

mod action_table;
pub mod as_of;
pub mod calendar;
pub mod case;
mod check;
pub mod cost;
mod date_serde;
pub mod deadline;
mod delimited;
pub mod diagnostic;
pub mod diff;
pub mod error;
pub mod files;
pub mod folder;
pub mod follow_up;
pub mod format;
mod history;
pub mod i18n;
pub mod indicators;
pub mod load;
pub mod money;
pub mod plan;
pub mod population;
pub mod population_inputs;
pub mod programme;
pub mod region;
pub mod registry;
pub mod revise;
pub mod scaffold;
pub mod schema;
mod source;
pub mod statistics;
pub mod status_file;
mod table;
pub mod text;
mod toml_span;

pub use case::Case;
/// The `chrono` crate the API's dates come from.
///
/// # Example
/// ```
/// use plan_core::chrono::Datelike;
/// assert_eq!(plan_core::Date::from_ymd_opt(2021, 5, 31).unwrap().month(), 5);
/// ```
pub use chrono;
/// The date type of the API (re-exported, so that a user needs no
/// matching `chrono` line of their own).
///
/// # Example
/// ```
/// let date = plan_core::Date::from_ymd_opt(2021, 1, 1).unwrap();
/// assert_eq!(date.to_string(), "2021-01-01");
/// ```
pub use chrono::NaiveDate as Date;
pub use deadline::{Deadline, DeadlineKind, When};
pub use diagnostic::{Diagnostic, Remedy, Severity};
pub use error::{Error, Result};
pub use folder::PlanFolder;
pub use i18n::{Language, Message};
pub use load::Loaded;
pub use money::Kroner;
pub use plan::{Action, FocusArea, Plan, ResultGoal};
pub use programme::{Adoption, Programme, ProgrammeVersion};
pub use region::{Municipality, MunicipalityCode, Region};
