//! Typeset PDF status reports for regional strategic plans.
//!
//! `plan-report` turns a plan loaded by [`plan_core`] into publication-ready
//! PDF documents through the typst compiler, embedded as a library.

pub mod error;
pub mod output;

pub use error::ReportError;
