//! The web edition: every report of a plan folder as pages of one static
//! website, each beside its PDF — the front page with the key figures, the
//! plan itself, each year's revision report, the period report, the case
//! documents and the population per municipality. The pages are rendered by
//! [`html`](crate::html) from the same views the PDFs are typeset from.

use std::path::{Path, PathBuf};

use plan_core::case::AttachedReport;
use serde::Serialize;

use crate::annual::KeyFigure;
use crate::error::ReportError;
use crate::html::{NavItem, PageInfo, PdfLink, render_page, render_template};
use crate::prepared::{ViewData, ViewKind};
use crate::report::{Prepared, Report, ReportInput, ReportOptions, compile_prepared, prepare};

/// The file that marks a folder as a site written by plan-report, so that a
/// later build may replace it.
///
/// ```
/// assert_eq!(plan_report::site::MARKER, ".plan-report-site");
/// ```
pub const MARKER: &str = ".plan-report-site";

/// The font file the site's charts are set in (Inter's regular style, the
/// one the charts use), as site.css's `@font-face` names it; its licence,
/// `fonts/OFL.txt`, is written beside it.
///
/// ```
/// assert_eq!(plan_report::site::FONT_FILE, "fonts/Inter-Regular.otf");
/// ```
pub const FONT_FILE: &str = "fonts/Inter-Regular.otf";

/// How to build the site.
///
/// # Example
/// ```
/// let options = plan_report::site::SiteOptions { pdf: false, ..Default::default() };
/// assert!(options.report.year.is_none() && options.script.is_none());
/// ```
#[derive(Debug, Clone)]
pub struct SiteOptions {
    /// Whether to write each page's PDF beside it (the reports' bytes, as
    /// the report commands write them).
    pub pdf: bool,
    /// Templates, PDF standards and caching, as for a report; its year,
    /// date and case are set per page.
    pub report: ReportOptions,
    /// A script every page loads (only `serve`'s reload).
    pub script: Option<String>,
}

impl Default for SiteOptions {
    fn default() -> Self {
        SiteOptions { pdf: true, report: ReportOptions::default(), script: None }
    }
}

/// A built site: its files by relative path, in the order written.
///
/// # Example
/// ```
/// use plan_report::{ReportInput, site::{SiteOptions, build}};
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let site = build(&ReportInput::new(&loaded), &SiteOptions { pdf: false, ..Default::default() })?;
/// let names: Vec<String> = site.files.iter().map(|(p, _)| p.display().to_string()).collect();
/// assert_eq!(
///     names,
///     [
///         "arsrapport-2021.html", "arsrapport-2022.html", "arsrapport-2023.html", "arsrapport-2024.html",
///         "periode.html", "sak-9-20.html", "sak-34-21.html", "sak-29-22.html", "sak-31-23.html", "sak-40-24.html",
///         "plan.html", "folketal.html", "index.html", "site.css", "fonts/Inter-Regular.otf", "fonts/OFL.txt",
///         ".plan-report-site",
///     ]
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The files: relative path and bytes.
    pub files: Vec<(PathBuf, Vec<u8>)>,
}

/// One page before rendering: its file, label, view and PDF.
struct Page {
    file: String,
    label: String,
    prepared: Option<Prepared>,
    pdf: Option<String>,
}

impl Page {
    /// The kind of the page's report, when it is a report's page.
    fn kind(&self) -> Option<ViewKind> {
        self.prepared.as_ref().map(|p| p.view.kind())
    }
}

#[derive(Serialize)]
struct FrontPage {
    plan_title: String,
    period: String,
    version: String,
    status: String,
    summary: Option<Vec<KeyFigure>>,
    summary_year: Option<i32>,
    pages: Vec<FrontLink>,
}

#[derive(Serialize)]
struct FrontLink {
    href: String,
    label: String,
    pdf: Option<String>,
}

/// Builds the site of a plan folder in memory.
///
/// # Errors
/// As the reports ([`prepare`], [`compile_prepared`]) and the HTML templates
/// ([`render_page`]).
///
/// # Example
/// ```
/// use plan_report::{ReportInput, site::{SiteOptions, build}};
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let site = build(&ReportInput::new(&loaded), &SiteOptions { pdf: false, ..Default::default() })?;
/// let (_, plan) = site.files.iter().find(|(p, _)| p.ends_with("plan.html")).unwrap();
/// let plan = String::from_utf8(plan.clone())?;
/// assert!(plan.contains(r#"<tr id="NAER-01">"#) && plan.contains(r#"id="omrade-naering""#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn build(input: &ReportInput<'_>, options: &SiteOptions) -> Result<Site, ReportError> {
    let folder = input.folder;
    let plan = &folder.plan;
    let plain = ReportInput { revision: None, ..*input };
    // Every page in the edition's language: the one asked for, else the plan's.
    let words = crate::words::Words::new(plan, &options.report);
    let say = |message: plan_core::Message| words.say(&message);
    // Every report page: its file, label, report, options and PDF.
    let names = PageNames::of(plan.meta.language);
    let mut jobs: Vec<(String, String, Report, ReportOptions, String)> = Vec::new();
    for status in &folder.statuses {
        let report = ReportOptions { year: Some(status.year), date: None, case: None, ..options.report.clone() };
        let (file, label) =
            (names.annual(status.year), say(plan_core::msg!("status-report-title", year = status.year)));
        jobs.push((format!("{file}.html"), label, Report::Annual, report, format!("{file}.pdf")));
    }
    if !folder.statuses.is_empty() {
        let report = ReportOptions { year: None, date: None, case: None, ..options.report.clone() };
        jobs.push((
            format!("{}.html", names.period),
            say(plan_core::msg!("site-period")),
            Report::Period,
            report,
            format!("{}.pdf", names.period),
        ));
    }
    let mut plan_pdf = None;
    for case in &folder.cases {
        let slug = names.case(&case.number);
        let report =
            ReportOptions { year: None, date: None, case: Some(case.number.clone()), ..options.report.clone() };
        if plan_pdf.is_none() && case.attachments.iter().any(|a| a.report() == AttachedReport::Plan) {
            plan_pdf = Some(format!("{slug}.pdf"));
        }
        let label = say(plan_core::msg!("site-case", number = case.number.as_str()));
        jobs.push((format!("{slug}.html"), label, Report::CaseAttachment, report, format!("{slug}.pdf")));
    }
    // The views are independent: prepare them side by side (`serve` rebuilds
    // the whole site on every save), keeping the pages' order.
    let prepared = prepare_all(&jobs, &plain)?;
    let mut pages: Vec<Page> = jobs
        .into_iter()
        .zip(prepared)
        .map(|((file, label, _, _, pdf), prepared)| Page { file, label, prepared: Some(prepared), pdf: Some(pdf) })
        .collect();
    pages.push(Page {
        file: "plan.html".into(),
        label: say(plan_core::msg!("site-plan")),
        prepared: None,
        pdf: plan_pdf,
    });
    // The population page shows the period report's figures, else the latest year's.
    let population_from = pages
        .iter()
        .find(|p| p.kind() == Some(ViewKind::Period))
        .or_else(|| pages.iter().rev().find(|p| p.kind() == Some(ViewKind::Annual)))
        .and_then(|p| p.prepared.as_ref().map(|prepared| (prepared.clone(), p.pdf.clone())));
    let population = population_from.filter(|(prepared, _)| shows_population(prepared));

    let mut nav =
        vec![NavItem { href: "index.html".into(), label: say(plan_core::msg!("site-front")), current: false }];
    nav.push(NavItem { href: "plan.html".into(), label: say(plan_core::msg!("site-plan")), current: false });
    for page in pages.iter().filter(|p| p.file != "plan.html") {
        nav.push(NavItem { href: page.file.clone(), label: page.label.clone(), current: false });
    }
    if population.is_some() {
        nav.push(NavItem {
            href: names.population.into(),
            label: say(plan_core::msg!("site-population")),
            current: false,
        });
    }

    let generator = format!("plan-report {}", env!("CARGO_PKG_VERSION"));
    let labels = crate::i18n::labels(words.language);
    let frame = |title: &str, file: &str, date: Option<chrono::NaiveDate>, pdf: Option<PdfLink>| PageInfo {
        title: title.to_string(),
        lang: words.language.code().into(),
        plan_lang: words.plan.code().into(),
        site_title: plan.meta.title.clone(),
        owner: plan.meta.owner.clone(),
        nav: nav.iter().map(|n| NavItem { current: n.href == file, ..n.clone() }).collect(),
        pdf,
        footer: format!(
            "{} · {} · {}",
            plan.meta.owner,
            plan.meta.title,
            match date {
                Some(date) =>
                    say(plan_core::msg!("site-footer-dated", generator = generator.as_str(), date = words.date(date))),
                None => say(plan_core::msg!("site-footer", generator = generator.as_str())),
            }
        ),
        generator: generator.clone(),
        script: options.script.clone(),
        labels: labels.clone(),
    };

    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let mut pdf_sizes = std::collections::BTreeMap::new();
    for page in &pages {
        let (Some(prepared), Some(pdf)) = (&page.prepared, &page.pdf) else { continue };
        if options.pdf {
            let bytes = compile_prepared(prepared, &options.report)?;
            pdf_sizes.insert(pdf.clone(), bytes.len());
            files.push((PathBuf::from(pdf), bytes));
        }
    }
    let link = |pdf: &Option<String>, label: &str| -> Option<PdfLink> {
        let pdf = pdf.as_ref()?;
        let size = pdf_sizes.get(pdf)?;
        Some(PdfLink { href: pdf.clone(), label: label.to_string(), size: kilobytes(*size) })
    };
    for page in &pages {
        let Some(prepared) = &page.prepared else { continue };
        let info = frame(&page.label, &page.file, Some(prepared.date), link(&page.pdf, &page.label));
        let html = if let ViewData::Case(case) = &prepared.view.0 {
            let links: Vec<Option<String>> =
                case.attachments().map(|(kind, year)| attachment_link(kind, year, &pages, names)).collect();
            let mut extra = serde_json::Map::new();
            extra.insert("links".into(), serde_json::json!(links));
            render_page_with(prepared, &info, &options.report.templates, extra)?
        } else {
            render_page(prepared, &info, &options.report.templates)?
        };
        files.push((PathBuf::from(&page.file), html.into_bytes()));
    }
    let plan_page = pages.iter().find(|p| p.file == "plan.html");
    let plan_info = frame(
        &say(plan_core::msg!("site-plan")),
        "plan.html",
        None,
        plan_page.and_then(|p| link(&p.pdf, &say(plan_core::msg!("site-case-with-plan")))),
    );
    let plan_html = render_template(
        &options.report.templates,
        "plan.html",
        &plan_info,
        &crate::case::plan_page(folder, &words),
        &[],
        serde_json::Map::new(),
    )?;
    files.push((PathBuf::from("plan.html"), plan_html.into_bytes()));
    if let Some((prepared, pdf)) = &population {
        let info = frame(
            &say(plan_core::msg!("site-population")),
            names.population,
            Some(prepared.date),
            link(pdf, &say(plan_core::msg!("site-report-with-population"))),
        );
        let html = render_template(
            &options.report.templates,
            "population.html",
            &info,
            &prepared.view,
            &prepared.charts,
            serde_json::Map::new(),
        )?;
        files.push((PathBuf::from(names.population), html.into_bytes()));
    }

    let latest = pages.iter().rev().find(|p| p.kind() == Some(ViewKind::Annual)).and_then(|p| p.prepared.as_ref());
    let summary = latest.and_then(|p| match &p.view.0 {
        ViewData::Annual(annual) => Some((annual.summary().to_vec(), annual.year())),
        _ => None,
    });
    let mut front_pages = vec![FrontLink {
        href: "plan.html".into(),
        label: plan.meta.title.clone(),
        pdf: plan_page.and_then(|p| p.pdf.clone()).filter(|pdf| pdf_sizes.contains_key(pdf)),
    }];
    for page in pages.iter().filter(|p| p.file != "plan.html") {
        let pdf = page.pdf.clone().filter(|pdf| pdf_sizes.contains_key(pdf));
        front_pages.push(FrontLink { href: page.file.clone(), label: page.label.clone(), pdf });
    }
    if population.is_some() {
        front_pages.push(FrontLink {
            href: names.population.into(),
            label: say(plan_core::msg!("site-population")),
            pdf: None,
        });
    }
    let front = FrontPage {
        plan_title: plan.meta.title.clone(),
        period: format!("{}–{}", plan.meta.period.first, plan.meta.period.last),
        version: format!("{} ({})", plan.meta.version.label, words.date(plan.meta.version.date)),
        status: crate::case::stage_label(plan, &words),
        summary_year: summary.as_ref().map(|(_, year)| *year),
        summary: summary.map(|(summary, _)| summary),
        pages: front_pages,
    };
    let mut extra = serde_json::Map::new();
    extra.insert(
        "site".into(),
        serde_json::to_value(&front)
            .map_err(|e| ReportError::Input(crate::error::InputError::ViewUnwritable { detail: e.to_string() }))?,
    );
    let info = frame(&plan.meta.title, "index.html", None, None);
    let index = render_template(&options.report.templates, "index.html", &info, &serde_json::Value::Null, &[], extra)?;
    files.push((PathBuf::from("index.html"), index.into_bytes()));
    let css = options.report.templates.get("site.css").unwrap_or_default();
    files.push((PathBuf::from("site.css"), css.as_bytes().to_vec()));
    // Inter, the charts' font, served with the site (site.css's
    // `@font-face`), its licence beside it as the OFL asks.
    files.push((PathBuf::from(FONT_FILE), crate::fonts::INTER[0].1.to_vec()));
    files.push((PathBuf::from("fonts/OFL.txt"), crate::fonts::LICENCE.as_bytes().to_vec()));
    files.push((PathBuf::from(MARKER), format!("{generator}\n").into_bytes()));
    Ok(Site { files })
}

/// Prepares the views of `jobs` on as many threads as the machine has
/// cores, returned in the jobs' order; the first error in that order wins.
fn prepare_all(
    jobs: &[(String, String, Report, ReportOptions, String)],
    input: &ReportInput<'_>,
) -> Result<Vec<Prepared>, ReportError> {
    crate::parallel::map_in_order(
        jobs,
        crate::parallel::cores(),
        |(_, _, kind, options, _)| prepare(*kind, input, options),
        |_| {},
    )
    .into_iter()
    .map(|result| result.unwrap_or(Err(ReportError::Input(crate::error::InputError::PageFailed))))
    .collect()
}

/// Whether a page's view has the population section the population page
/// shows.
fn shows_population(prepared: &Prepared) -> bool {
    match &prepared.view.0 {
        ViewData::Annual(annual) => annual.has_population(),
        ViewData::Period(period) => period.has_population(),
        ViewData::Case(_) | ViewData::Municipality(_) => false,
    }
}

/// A report's page with `extra` values beside its view.
fn render_page_with(
    prepared: &Prepared,
    page: &PageInfo,
    templates: &crate::templates::Templates,
    extra: serde_json::Map<String, serde_json::Value>,
) -> Result<String, ReportError> {
    render_template(templates, prepared.view.kind().html_template(), page, &prepared.view, &prepared.charts, extra)
}

/// The page an attachment of a case links to: the plan page, the annual
/// report of the attached report's year, or the period page.
fn attachment_link(kind: AttachedReport, year: Option<i32>, pages: &[Page], names: PageNames) -> Option<String> {
    let file = match kind {
        AttachedReport::Plan => "plan.html".to_string(),
        AttachedReport::Status => format!("{}.html", names.annual(year?)),
        AttachedReport::Period => format!("{}.html", names.period),
    };
    (file == "plan.html" || pages.iter().any(|p| p.file == file)).then_some(file)
}

/// The web edition's page names in the plan's language: `arsrapport-2024`,
/// `periode`, `sak-9-20`, `folketal.html` in Nynorsk (`folketall.html` in
/// Bokmål); `annual-report-2024`, `period`, `case-9-20`,
/// `population.html` in English.
#[derive(Debug, Clone, Copy)]
struct PageNames {
    annual: &'static str,
    period: &'static str,
    case: &'static str,
    population: &'static str,
}

impl PageNames {
    fn of(language: plan_core::Language) -> PageNames {
        match language {
            plan_core::Language::Nn => {
                PageNames { annual: "arsrapport", period: "periode", case: "sak", population: "folketal.html" }
            }
            plan_core::Language::Nb => {
                PageNames { annual: "arsrapport", period: "periode", case: "sak", population: "folketall.html" }
            }
            plan_core::Language::En => {
                PageNames { annual: "annual-report", period: "period", case: "case", population: "population.html" }
            }
        }
    }

    /// The annual report's page, without its extension.
    fn annual(&self, year: i32) -> String {
        format!("{}-{year}", self.annual)
    }

    /// A case's page, without its extension: the number with `/` as `-`.
    fn case(&self, number: &str) -> String {
        format!("{}-{}", self.case, number.replace('/', "-"))
    }
}

/// A file size as a link shows it: `180 kB`.
fn kilobytes(bytes: usize) -> String {
    format!("{} kB", bytes.div_ceil(1000))
}

/// Checks that `dir` can take a site — a new or empty folder, or a site
/// plan-report wrote before (which is replaced) — before anything is
/// built; true when it exists.
///
/// # Errors
/// [`ReportError::Input`] naming the folder when it holds other files or is
/// not a folder; [`ReportError::Output`] when it cannot be read.
///
/// # Example
/// ```
/// let dir = tempfile::tempdir()?;
/// assert!(!plan_report::site::check_output(&dir.path().join("new"))?);
/// std::fs::write(dir.path().join("notes.txt"), "mine")?;
/// let err = plan_report::site::check_output(dir.path()).unwrap_err();
/// assert!(err.to_string().ends_with("is neither empty nor a site of plan-report (expected a new or empty folder)"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_output(dir: impl AsRef<Path>) -> Result<bool, ReportError> {
    let dir = dir.as_ref();
    if dir.is_dir() {
        let mut entries =
            std::fs::read_dir(dir).map_err(|source| ReportError::Output { path: dir.to_path_buf(), source })?;
        if entries.next().is_some() && !dir.join(MARKER).is_file() {
            return Err(ReportError::Input(crate::error::InputError::SiteOutputNotEmpty { path: dir.to_path_buf() }));
        }
        Ok(true)
    } else if dir.exists() {
        Err(ReportError::Input(crate::error::InputError::SiteOutputNotAFolder { path: dir.to_path_buf() }))
    } else {
        Ok(false)
    }
}

/// Writes a site into `dir`: into a new folder beside it first, then put in
/// its place, so a failed build leaves the old site (or nothing). `dir` must
/// be missing, empty, or an earlier site of plan-report (it has
/// [`MARKER`]).
///
/// # Errors
/// As [`check_output`]; [`ReportError::Output`] when a file cannot be
/// written.
///
/// # Example
/// ```
/// use plan_report::site::{Site, write};
/// let out = tempfile::tempdir()?;
/// let dir = out.path().join("site");
/// let site = Site { files: vec![("index.html".into(), b"<!DOCTYPE html>".to_vec()), (".plan-report-site".into(), b"x".to_vec())] };
/// write(&site, &dir)?;
/// write(&site, &dir)?; // an earlier site is replaced
/// std::fs::create_dir(out.path().join("other"))?;
/// std::fs::write(out.path().join("other/notes.txt"), "mine")?;
/// let err = write(&site, &out.path().join("other")).unwrap_err();
/// assert!(err.to_string().contains("neither empty nor a site of plan-report"), "{err}");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(site: &Site, dir: impl AsRef<Path>) -> Result<(), ReportError> {
    let dir = dir.as_ref();
    let fail = |path: &Path| {
        let path = path.to_path_buf();
        move |source| ReportError::Output { path, source }
    };
    let existing = check_output(dir)?;
    let parent = dir.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(fail(parent))?;
    let staging = tempfile::Builder::new().prefix(".plan-report-site-").tempdir_in(parent).map_err(fail(parent))?;
    for (path, bytes) in &site.files {
        if path.is_absolute() || path.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
            return Err(ReportError::Input(crate::error::InputError::SiteFileOutside { path: path.to_path_buf() }));
        }
        let target = staging.path().join(path);
        if let Some(folder) = target.parent() {
            std::fs::create_dir_all(folder).map_err(fail(folder))?;
        }
        std::fs::write(&target, bytes).map_err(fail(&target))?;
    }
    if existing {
        std::fs::remove_dir_all(dir).map_err(fail(dir))?;
    }
    let staged = staging.keep();
    std::fs::rename(&staged, dir).map_err(fail(dir))?;
    Ok(())
}
