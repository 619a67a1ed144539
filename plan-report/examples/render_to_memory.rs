//! Render the annual revision report into memory, as a web service would:
//! no files written, the PDF is a `Vec<u8>`.
//!
//! Run from the repository root: `cargo run -p plan-report --example render_to_memory`

use plan_report::{ReportInput, ReportOptions, render_status_report};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let loaded = plan_core::PlanFolder::load("data/hallingdal")?;
    let input = ReportInput::new(&loaded);
    let options = ReportOptions { year: Some(2021), ..ReportOptions::default() };
    let pdf: Vec<u8> = render_status_report(&input, &options)?;
    println!("{} bytes of PDF/A-2a, starting {:?}", pdf.len(), String::from_utf8_lossy(&pdf[..8]));
    Ok(())
}
