//! The web edition in memory, as a web service would serve it: every page
//! of the site as bytes, and one report's page rendered on its own from the
//! same typed view its PDF is typeset from. Nothing is written to disk.
//!
//! Run from the repository root: `cargo run -p plan-report --example web_in_memory`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // README: web in memory
    use plan_report::html::{PageInfo, render_page};
    use plan_report::site::{SiteOptions, build};
    use plan_report::{Report, ReportInput, ReportOptions, report::prepare};

    let loaded = plan_core::PlanFolder::load("data/hallingdal")?;
    let input = ReportInput::new(&loaded);
    // The whole site: (relative path, bytes) for every page, its PDFs left out.
    let site = build(&input, &SiteOptions { pdf: false, ..SiteOptions::default() })?;
    let pages: Vec<String> = site.files.iter().map(|(path, _)| path.display().to_string()).collect();
    // One report's page: its view, rendered by the HTML template of its kind.
    let options = ReportOptions { year: Some(2022), ..ReportOptions::default() };
    let prepared = prepare(Report::Annual, &input, &options)?;
    let page = PageInfo { title: "2022".into(), lang: "nn".into(), ..PageInfo::default() };
    let html: String = render_page(&prepared, &page, &options.templates)?;
    // README: end
    assert!(pages.iter().any(|p| p == "index.html") && html.starts_with("<!DOCTYPE html>"));
    println!("{} files in the site; the 2022 page has {} bytes", pages.len(), html.len());
    Ok(())
}
