//! The web edition's renderer: a report's view — the same [`Prepared`] data
//! and charts the PDF is typeset from — rendered to an accessible HTML page
//! by minijinja templates (`status.html`, `period.html`, `case.html`,
//! `municipality.html`, and the site's own `index.html`, `plan.html`,
//! `population.html`, all extending `layout.html`). Every text is escaped;
//! the charts are inline SVG images with a title, a description and their
//! data as a table.

use std::collections::BTreeMap;

use minijinja::value::{Value, ValueKind};
use minijinja::{Environment, Error as TemplateError, ErrorKind};
use serde::Serialize;

use crate::charts::Chart;
use crate::error::{ReportError, TemplateDiagnostic};
use crate::report::Prepared;
use crate::templates::Templates;

/// What a page says about itself and the site around it, beside the report's
/// view: the frame `layout.html` prints.
///
/// # Example
/// ```
/// use plan_core::Language;
/// let page = plan_report::html::PageInfo { title: "Årsrapport 2021".into(), lang: "nn".into(), ..Default::default() };
/// assert!(page.pdf.is_none() && page.nav.is_empty());
/// let labels = plan_report::i18n::labels(Language::Nb);
/// assert_eq!(labels["skip_link"], "Hopp til innholdet");
/// ```
#[derive(Debug, Clone, Serialize)]
pub struct PageInfo {
    /// The page's title (the `title` element, before the site's title).
    pub title: String,
    /// The language of the page (`nn`, `nb`, `en`), for `<html lang>`.
    pub lang: String,
    /// The language of the plan's own texts, marked on them where it
    /// differs from the page's (WCAG 3.1.2).
    pub plan_lang: String,
    /// The site's title: the plan's title.
    pub site_title: String,
    /// The body that owns the plan.
    pub owner: String,
    /// The site's pages, for the navigation.
    pub nav: Vec<NavItem>,
    /// The page's PDF, when there is one.
    pub pdf: Option<PdfLink>,
    /// The line in the footer.
    pub footer: String,
    /// The generator (`plan-report 0.2.0`).
    pub generator: String,
    /// A script to load at the end of the body: only `serve`'s reload.
    pub script: Option<String>,
    /// The templates' fixed words in the page's language, by key
    /// (`page.labels.skip_link`): [`crate::i18n::labels`].
    pub labels: std::collections::BTreeMap<String, String>,
}

impl PageInfo {
    /// A page in `language` with nothing around it: its `lang`, the plan's
    /// language and its fixed words all set from the one setting.
    ///
    /// # Example
    /// ```
    /// use plan_core::Language;
    /// let page = plan_report::html::PageInfo::in_language(Language::En);
    /// assert_eq!((page.lang.as_str(), page.labels["skip_link"].as_str()), ("en", "Skip to the content"));
    /// ```
    pub fn in_language(language: plan_core::Language) -> Self {
        PageInfo {
            lang: language.code().into(),
            plan_lang: language.code().into(),
            labels: crate::i18n::labels(language),
            ..PageInfo::default()
        }
    }
}

/// A Nynorsk page with nothing around it (`lang` `nn`, the Nynorsk labels).
impl Default for PageInfo {
    fn default() -> Self {
        PageInfo {
            title: String::new(),
            lang: "nn".into(),
            plan_lang: "nn".into(),
            site_title: String::new(),
            owner: String::new(),
            nav: Vec::new(),
            pdf: None,
            footer: String::new(),
            generator: String::new(),
            script: None,
            labels: crate::i18n::labels(plan_core::Language::Nn),
        }
    }
}

/// One entry of the site's navigation.
///
/// # Example
/// ```
/// let item = plan_report::html::NavItem { href: "index.html".into(), label: "Framside".into(), current: true };
/// assert!(item.current);
/// ```
#[derive(Debug, Clone, Default, Serialize)]
pub struct NavItem {
    /// The page's file name, relative to the site.
    pub href: String,
    /// Its name in the navigation.
    pub label: String,
    /// Whether it is the page shown (`aria-current="page"`).
    pub current: bool,
}

/// The link from a page to its PDF.
///
/// # Example
/// ```
/// let link = plan_report::html::PdfLink { href: "arsrapport-2021.pdf".into(), label: "Årsrapport 2021".into(), size: "180 kB".into() };
/// assert!(link.href.ends_with(".pdf"));
/// ```
#[derive(Debug, Clone, Default, Serialize)]
pub struct PdfLink {
    /// The PDF's file name, relative to the site.
    pub href: String,
    /// What the link says.
    pub label: String,
    /// The file's size, as the link shows it (`180 kB`).
    pub size: String,
}

/// Renders a report's view as an HTML page: the HTML template of the
/// view's kind ([`ViewKind::html_template`](crate::prepared::ViewKind::html_template)),
/// reading the same typed view the PDF is typeset from.
///
/// # Errors
/// [`ReportError::Template`] with the template's file and line when a
/// template does not render.
///
/// # Example
/// ```
/// use plan_report::{Report, ReportInput, ReportOptions, html::{PageInfo, render_page}, report::prepare};
/// let loaded = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?;
/// let options = ReportOptions { year: Some(2021), ..Default::default() };
/// let prepared = prepare(Report::Annual, &ReportInput::new(&loaded), &options)?;
/// let page = PageInfo { title: "Årsrapport 2021".into(), lang: "nn".into(), ..Default::default() };
/// let html = render_page(&prepared, &page, &options.templates)?;
/// assert!(html.starts_with("<!DOCTYPE html>") && html.contains(r#"<html lang="nn">"#));
/// assert_eq!(html.matches("<h1>").count(), 1);
/// assert!(html.contains(r#"<tr id="NAER-01">"#), "every action has its anchor");
/// assert!(html.contains(r#"role="img""#), "charts are inline images");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_page(prepared: &Prepared, page: &PageInfo, templates: &Templates) -> Result<String, ReportError> {
    let name = prepared.view.kind().html_template();
    render_template(templates, name, page, &prepared.view, &prepared.charts, serde_json::Map::new())
}

/// Renders the template `name` with the page's frame, a view's `data` (any
/// value that serializes), its `charts` (by file name) and `extra` values at
/// the top of the context.
///
/// # Errors
/// As [`render_page`].
///
/// # Example
/// ```
/// use plan_report::{html::{PageInfo, render_template}, templates::Templates};
/// let templates = Templates::embedded().with_source("hei.html", "<p>{{ data.text }}</p>");
/// let data = serde_json::json!({ "text": "<b>&</b>" });
/// let html = render_template(&templates, "hei.html", &PageInfo::default(), &data, &[], Default::default())?;
/// assert_eq!(html, "<p>&lt;b&gt;&amp;&lt;&#x2f;b&gt;</p>", "every text escaped");
/// # Ok::<(), plan_report::ReportError>(())
/// ```
pub fn render_template(
    templates: &Templates,
    name: &str,
    page: &PageInfo,
    data: &(impl Serialize + ?Sized),
    charts: &[Chart],
    extra: serde_json::Map<String, serde_json::Value>,
) -> Result<String, ReportError> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html") { minijinja::AutoEscape::Html } else { minijinja::AutoEscape::None }
    });
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.add_filter("rows", rows);
    env.add_filter("anchor", |text: &str| anchor(text));
    for (file, source) in templates.iter().filter(|(file, _)| file.ends_with(".html")) {
        env.add_template(file, source).map_err(|e| template_error(templates, &e))?;
    }
    let template = env.get_template(name).map_err(|e| template_error(templates, &e))?;
    let charts: BTreeMap<String, Value> = charts.iter().map(|c| (c.file.clone(), chart_value(c))).collect();
    let mut context: BTreeMap<String, Value> =
        extra.into_iter().map(|(key, value)| (key, Value::from_serialize(&value))).collect();
    context.insert("page".into(), Value::from_serialize(page));
    context.insert("data".into(), Value::from_serialize(data));
    context.insert("charts".into(), Value::from(charts));
    template.render(Value::from(context)).map_err(|e| template_error(templates, &e))
}

/// A template error with its file and line, as the typst templates' errors.
fn template_error(templates: &Templates, error: &TemplateError) -> ReportError {
    let mut message = error.kind().to_string();
    if let Some(detail) = error.detail() {
        message = format!("{message}: {detail}");
    }
    let file = error.name().map_or_else(|| "template".to_string(), |name| templates.origin(name));
    ReportError::Template {
        diagnostics: vec![TemplateDiagnostic { file, line: error.line(), column: None, warning: false, message }],
    }
}

/// `items | rows(["a", "b"])`: each item's attributes as a table row; an
/// attribute holding a list adds its items as cells.
fn rows(items: Value, attributes: Vec<String>) -> Result<Value, TemplateError> {
    let mut out = Vec::new();
    for item in items.try_iter()? {
        let mut row = Vec::new();
        for attribute in &attributes {
            let value = item.get_attr(attribute)?;
            if value.is_undefined() {
                return Err(TemplateError::new(ErrorKind::UndefinedError, format!("no attribute '{attribute}'")));
            }
            if value.kind() == ValueKind::Seq {
                row.extend(value.try_iter()?);
            } else {
                row.push(value);
            }
        }
        out.push(Value::from(row));
    }
    Ok(Value::from(out))
}

/// A name as a fragment identifier: lower-case letters and digits, æ ø å
/// spelled out, everything else a hyphen.
///
/// # Example
/// ```
/// assert_eq!(plan_report::html::anchor("Fullført (100 %)"), "fullfoert-100");
/// assert_eq!(plan_report::html::anchor("charts/vedlegg-2/folketal.svg"), "charts-vedlegg-2-folketal-svg");
/// ```
pub fn anchor(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'æ' => out.push_str("ae"),
            'ø' | 'ö' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' | 'è' | 'ê' => out.push('e'),
            _ if !out.ends_with('-') && !out.is_empty() => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A chart as the templates see it: the SVG inline (safe: drawn by us, its
/// texts escaped by plotters), with its id, caption and data table.
fn chart_value(chart: &Chart) -> Value {
    let id = format!("diagram-{}", anchor(chart.file.trim_start_matches("charts/").trim_end_matches(".svg")));
    let mut map = BTreeMap::new();
    map.insert("id".to_string(), Value::from(id.clone()));
    map.insert("svg".to_string(), Value::from_safe_string(inline_svg(&chart.svg, &id, &chart.caption, &chart.alt)));
    map.insert("caption".to_string(), Value::from(chart.caption.clone()));
    map.insert("alt".to_string(), Value::from(chart.alt.clone()));
    map.insert("table".to_string(), Value::from_serialize(&chart.table));
    Value::from(map)
}

/// Makes a drawn SVG an inline image: `role="img"`, named by a `title` (the
/// caption) and described by a `desc` (the text alternative with the data).
fn inline_svg(svg: &str, id: &str, caption: &str, alt: &str) -> String {
    let body = svg.trim_start_matches(|c: char| c != '<');
    let body = if body.starts_with("<?xml") {
        body.split_once("?>").map_or(body, |(_, rest)| rest.trim_start())
    } else {
        body
    };
    let Some(rest) = body.strip_prefix("<svg") else { return escape(alt) };
    let Some(end) = rest.find('>') else { return escape(alt) };
    let (attributes, content) = rest.split_at(end);
    format!(
        "<svg role=\"img\" aria-labelledby=\"{id}-tittel {id}-skildring\"{attributes}><title id=\"{id}-tittel\">{}</title><desc id=\"{id}-skildring\">{}</desc>{}",
        escape(caption),
        escape(alt),
        &content[1..]
    )
}

/// Escapes text for HTML and SVG: `&`, `<`, `>` and `"`.
///
/// # Example
/// ```
/// assert_eq!(plan_report::html::escape(r#"<b title="a&b">"#), "&lt;b title=&quot;a&amp;b&quot;&gt;");
/// ```
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_becomes_a_named_image() {
        let svg =
            "<svg width=\"10\" height=\"5\" viewBox=\"0 0 10 5\" xmlns=\"http://www.w3.org/2000/svg\">\n<rect/></svg>";
        let out = inline_svg(svg, "diagram-a", "Folketal <2021>", "Hol: 4 413");
        assert_eq!(
            out,
            "<svg role=\"img\" aria-labelledby=\"diagram-a-tittel diagram-a-skildring\" width=\"10\" height=\"5\" viewBox=\"0 0 10 5\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"diagram-a-tittel\">Folketal &lt;2021&gt;</title><desc id=\"diagram-a-skildring\">Hol: 4 413</desc>\n<rect/></svg>"
        );
    }

    #[test]
    fn rows_spread_lists_and_refuse_unknown_attributes() {
        let items = Value::from_serialize(serde_json::json!([{ "name": "A", "cells": ["1", "2"] }]));
        let out = rows(items.clone(), vec!["name".into(), "cells".into()]).expect("rows");
        assert_eq!(out.to_string(), r#"[["A", "1", "2"]]"#);
        let err = rows(items, vec!["nothing".into()]).expect_err("an unknown attribute");
        assert!(err.to_string().contains("no attribute 'nothing'"), "{err}");
    }
}
