//! Typeset PDF reports for regional strategic plans.
//!
//! `plan-report` turns a plan loaded by [`plan_core`] into PDF documents a
//! Norwegian public body can publish and archive as they are: typeset by
//! typst, embedded as a library, in Nynorsk, with charts drawn by plotters,
//! the fonts embedded, PDF/A-2a and PDF/UA-1 by default, and the same bytes
//! for the same input on any machine.
//!
//! **In your own crate, optimise the dependencies of debug builds**: typst
//! unoptimised makes a report take seconds instead of a fifth of one (a
//! median of 4.3 s against 0.19 s, measured in a crate that embeds this
//! one), and profile settings are not inherited from this workspace:
//!
//! ```toml
//! [profile.dev.package."*"]
//! opt-level = 2
//! ```
//!
//! # A tour
//!
//! Load a plan folder and render the annual revision report into memory:
//!
//! ```
//! # let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal");
//! use plan_report::{ReportInput, ReportOptions, render_status_report};
//! let loaded = plan_core::PlanFolder::load(dir)?;
//! let input = ReportInput::new(&loaded);
//! let options = ReportOptions { year: Some(2021), ..ReportOptions::default() };
//! let pdf = render_status_report(&input, &options)?;
//! assert!(pdf.starts_with(b"%PDF-"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The case document with the plan as its attachment is
//! [`render_case_attachment`]; the whole plan period at once is
//! [`render_period_report`]; a municipality's population report is
//! [`municipality::MunicipalityReport`], and [`batch::Batch`] renders
//! one for every municipality of a national table in parallel. A report's
//! [`report::Revision`] adds the changes between two action programmes
//! ([`report::Revision::against`] works them out from a folder and another
//! version; [`revision::changes_text`] writes them as a readable list).
//! Population figures and an indicator's values are text and CSV with
//! [`text_tables`]; where the status file to fill in for a year goes, and
//! its Excel form (feature `xlsx`), are [`status_template`]'s.
//!
//! Everything a report is compiled from — templates, `data.json`, chart
//! SVGs, fonts — can be written out with [`emit_typst`] and compiled with the
//! plain typst compiler. Templates are embedded ([`templates::Templates`])
//! and can be overridden file by file from a folder.
//!
//! Every failure is a [`ReportError`]: invalid input carries the located
//! [`plan_core::Diagnostic`]s, a template error its file, line and column.
//! PDFs are written with [`output::write_atomically`], so a failed run never
//! leaves a half-written file.

mod annual;
pub mod batch;
mod case;
pub mod charts;
mod compile;
pub mod error;
pub mod fields;
mod fonts;
pub mod html;
mod hyphenation;
pub mod i18n;
mod input;
pub mod municipality;
mod options;
pub mod output;
mod parallel;
mod period;
pub mod prepared;
pub mod report;
pub mod revision;
pub mod site;
pub mod status_template;
pub mod templates;
pub mod text_tables;
mod view;
mod words;
mod world;

pub use error::{ReportError, TemplateDiagnostic};
pub use report::{
    Report, ReportInput, ReportOptions, emit_typst, render, render_case_attachment, render_period_report,
    render_status_report,
};
pub use typst_pdf::PdfStandard;
