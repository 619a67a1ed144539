//! The library as another program embeds it: this test crate depends on
//! `plan-core` and `plan-report` like any outside crate, renders in memory,
//! and reads the PDF it got back.

use plan_report_tests::{hallingdal, pdf_text};

/// Issue 6: "an outside Rust program can depend on the two crates and render
/// a report to bytes in ten lines". The ten lines are the body below, up to
/// `render_status_report`.
#[test]
fn an_outside_crate_renders_the_status_report_to_bytes_in_ten_lines() -> Result<(), Box<dyn std::error::Error>> {
    let dir = hallingdal();
    let loaded = plan_core::PlanFolder::load(&dir)?;
    let input = plan_report::ReportInput::new(&loaded);
    let options = plan_report::ReportOptions { year: Some(2021), ..Default::default() };
    let pdf: Vec<u8> = plan_report::render_status_report(&input, &options)?;

    assert!(pdf.starts_with(b"%PDF-1.7"), "a PDF");
    let file = tempfile::NamedTempFile::new()?;
    std::fs::write(file.path(), &pdf)?;
    let text = pdf_text(file.path());
    assert!(text.contains("Årsrapport 2021"), "{text}");
    assert!(text.contains("Utvikle Tråkk`n Roll, og sykkelsatsinga i regionen"), "the first action: {text}");
    Ok(())
}

/// The bytes a library caller gets are the bytes the binary writes.
#[test]
fn the_library_and_the_binary_make_the_same_pdf() -> Result<(), Box<dyn std::error::Error>> {
    let loaded = plan_core::PlanFolder::load("../data/hallingdal")?;
    let input = plan_report::ReportInput::new(&loaded);
    let options = plan_report::ReportOptions { case: Some("9/20".into()), ..Default::default() };
    let from_library = plan_report::render_case_attachment(&input, &options)?;
    let out = tempfile::tempdir()?;
    let path = out.path().join("sak.pdf");
    let run =
        plan_report_tests::run(&["case", "data/hallingdal", "--case", "9/20", "-o", path.to_str().ok_or("path")?]);
    assert!(run.status.success(), "{}", plan_report_tests::stderr(&run));
    assert_eq!(std::fs::read(&path)?, from_library);
    Ok(())
}
