//! Typeset PDF status reports for regional strategic plans.
//!
//! `plan-report` turns a plan loaded by [`plan_core`] into publication-ready
//! PDF documents through the typst compiler, embedded as a library.

pub mod batch;
mod case;
pub mod charts;
pub mod compile;
pub mod error;
pub mod fonts;
pub mod municipality;
pub mod output;
pub mod report;
mod status;
pub mod templates;
pub mod view;
pub mod world;

pub use error::{ReportError, TemplateDiagnostic};
pub use report::{
    Report, ReportInput, ReportOptions, emit_typst, render, render_case_attachment, render_status_report,
};
pub use typst_pdf::PdfStandard;
