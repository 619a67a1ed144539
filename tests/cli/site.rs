//! The web edition: `plan-report site`, its pages' structure, the PDFs beside
//! them, hostile texts, the output folder's rules, and — when Chromium, Java
//! and the npm tools are installed (as `.ci/run` installs them) — axe-core,
//! the reflow check and the Nu Html Checker in a real browser.

use std::path::{Path, PathBuf};

use plan_report_tests::{copy_plan, file_names, fixture, hallingdal, repo_root, run, stderr};

fn build_site(plan: &Path, extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let out = tempfile::tempdir().expect("temp dir");
    let site = out.path().join("site");
    let mut args = vec!["site", plan.to_str().expect("path"), "-o", site.to_str().expect("path")];
    args.extend(extra);
    let output = run(&args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    (out, site)
}

fn read(site: &Path, page: &str) -> String {
    std::fs::read_to_string(site.join(page)).unwrap_or_else(|e| panic!("{page}: {e}"))
}

/// Heading levels in document order.
fn headings(html: &str) -> Vec<u8> {
    let mut levels = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find("<h") {
        rest = &rest[at + 2..];
        if let Some(level) = rest.chars().next().and_then(|c| c.to_digit(10))
            && (rest[1..].starts_with('>') || rest[1..].starts_with(' '))
        {
            levels.push(level as u8);
        }
    }
    levels
}

/// Every page has one h1, no skipped heading level, `lang`, landmarks, a
/// skip link, tables with captions and scoped headers, named chart images.
fn assert_structure(page: &str, html: &str) {
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nn\">"), "{page}: doctype and lang");
    let levels = headings(html);
    assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1, "{page}: one h1 in {levels:?}");
    assert_eq!(levels.first(), Some(&1), "{page}: the h1 first");
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "{page}: heading level skipped in {levels:?}");
    }
    for landmark in ["<header", "<nav", "<main id=\"innhald\"", "<footer", "href=\"#innhald\""] {
        assert!(html.contains(landmark), "{page}: {landmark}");
    }
    assert_eq!(html.matches("<table").count(), html.matches("<caption>").count(), "{page}: a caption per table");
    assert!(!html.contains("<th>"), "{page}: every th has a scope");
    assert_eq!(html.matches("<svg").count(), html.matches("<svg role=\"img\" aria-labelledby=").count(), "{page}");
    assert_eq!(html.matches("<svg").count(), html.matches("<desc id=").count(), "{page}: a description per chart");
    assert!(!html.contains("<script"), "{page}: no script outside serve");
    assert!(html.len() < 200_000, "{page}: {} bytes", html.len());
}

#[test]
fn the_hallingdal_site_has_every_page_with_its_pdf() {
    let (_out, site) = build_site(&hallingdal(), &[]);
    let names = file_names(&site);
    for expected in [
        "index.html",
        "plan.html",
        "arsrapport-2021.html",
        "arsrapport-2021.pdf",
        "arsrapport-2024.html",
        "arsrapport-2024.pdf",
        "periode.html",
        "periode.pdf",
        "sak-9-20.html",
        "sak-9-20.pdf",
        "sak-40-24.pdf",
        "folketal.html",
        "site.css",
        ".plan-report-site",
    ] {
        assert!(names.iter().any(|n| n == expected), "missing {expected} in {names:?}");
    }
    for page in names.iter().filter(|n| n.ends_with(".html")) {
        assert_structure(page, &read(&site, page));
    }
    // The PDFs are the reports' own bytes.
    let out = tempfile::tempdir().expect("temp dir");
    let pdf = out.path().join("2022.pdf");
    let output =
        run(&["status", hallingdal().to_str().expect("path"), "--year", "2022", "-o", pdf.to_str().expect("p")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(std::fs::read(&pdf).expect("pdf"), std::fs::read(site.join("arsrapport-2022.pdf")).expect("site pdf"));

    let status = read(&site, "arsrapport-2022.html");
    assert!(status.contains("<h1>Årsrapport 2022<span class=\"subtitle\">"), "the report's title");
    assert!(status.contains("<a href=\"arsrapport-2022.pdf\">Årsrapport 2022 (PDF, "), "links its PDF");
    assert!(status.contains("<a href=\"arsrapport-2022.html\" aria-current=\"page\">"), "the current page marked");
    assert!(status.contains("<th scope=\"row\">Hemsedal</th>") || status.contains("<td>Hemsedal</td>"), "population");
    assert!(status.contains("<tr id=\"NAER-01\"><th scope=\"row\">NAER-01</th>"), "actions anchored by id");
    assert!(status.contains("<span class=\"status status-forseinka\">forseinka"), "status in words");
    assert!(!status.contains("31. desember 2023"), "nothing dated after the report date");
    let plan = read(&site, "plan.html");
    assert!(plan.contains("<h1>Strategisk plan Hallingdal 2021–2024</h1>"));
    assert!(plan.contains("<h3 id=\"omrade-naering\">Næringsliv og kompetanseutvikling</h3>"));
    assert!(plan.contains("<li id=\"mal-naering-1\">"), "result goals anchored");
    assert!(plan.contains("<a href=\"sak-9-20.pdf\">Saka med planen (PDF, "), "the case carrying the plan");
    let case = read(&site, "sak-34-21.html");
    assert!(case.contains("<a href=\"arsrapport-2021.html\">"), "attachments link to their pages: {case}");
    let index = read(&site, "index.html");
    assert!(index.contains("<h2 id=\"nokkeltal\">Nøkkeltal 2024</h2>"), "key figures of the latest year");
    assert!(index.contains("<a href=\"periode.pdf\">PDF"));
}

#[test]
fn no_pdf_builds_the_pages_alone_and_the_other_region_renders() {
    let (_out, site) = build_site(&fixture("adopted-plan-other-region"), &["--no-pdf"]);
    let names = file_names(&site);
    assert!(names.iter().all(|n| !n.ends_with(".pdf")), "{names:?}");
    for page in names.iter().filter(|n| n.ends_with(".html")) {
        let html = read(&site, page);
        assert_structure(page, &html);
        for word in ["Hallingdal", "Hallingtinget", "før planen vert vedteken"] {
            assert!(!html.contains(word), "{page} says {word}");
        }
    }
    assert!(read(&site, "index.html").contains("Valdres"));
}

#[test]
fn markup_in_texts_prints_literally_in_the_pages() {
    let dir = copy_plan(&hallingdal());
    let hostile = "<script>alert(1)</script> & <b>x</b> {{ data }} {% raw %}";
    let actions = std::fs::read_to_string(dir.path().join("tiltak.csv")).expect("tiltak.csv");
    std::fs::write(dir.path().join("tiltak.csv"), actions.replace(",Saman med FNB", &format!(",\"{hostile}\"")))
        .expect("write");
    let (_out, site) = build_site(dir.path(), &["--no-pdf"]);
    let plan = read(&site, "plan.html");
    assert!(!plan.contains("<script>"), "escaped");
    assert!(
        plan.contains(
            "&lt;script&gt;alert(1)&lt;&#x2f;script&gt; &amp; &lt;b&gt;x&lt;&#x2f;b&gt; {{ data }} {% raw %}"
        )
    );
}

#[test]
fn the_output_folder_must_be_new_empty_or_an_earlier_site() {
    let out = tempfile::tempdir().expect("temp dir");
    let mine = out.path().join("mine");
    std::fs::create_dir(&mine).expect("dir");
    std::fs::write(mine.join("notes.txt"), "keep").expect("write");
    let output = run(&["site", hallingdal().to_str().expect("p"), "-o", mine.to_str().expect("p"), "--no-pdf"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output).trim(),
        format!(
            "error: {} is neither empty nor a site of plan-report (expected a new or empty folder)",
            mine.display()
        )
    );
    assert_eq!(std::fs::read_to_string(mine.join("notes.txt")).expect("kept"), "keep");
    // An earlier site is replaced whole.
    let (_keep, site) = build_site(&hallingdal(), &["--no-pdf"]);
    std::fs::write(site.join("arsrapport-1999.html"), "old").expect("write");
    let output = run(&["site", hallingdal().to_str().expect("p"), "-o", site.to_str().expect("p"), "--no-pdf"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(!site.join("arsrapport-1999.html").exists(), "the earlier site replaced whole");
}

#[test]
fn a_broken_plan_writes_no_site() {
    let dir = copy_plan(&hallingdal());
    let actions = std::fs::read_to_string(dir.path().join("tiltak.csv")).expect("tiltak.csv");
    std::fs::write(dir.path().join("tiltak.csv"), actions.replacen(",2021,", ",snart,", 1)).expect("write");
    let out = tempfile::tempdir().expect("temp dir");
    let site = out.path().join("site");
    let output = run(&["site", dir.path().to_str().expect("p"), "-o", site.to_str().expect("p")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("tiltak.csv:"), "{}", stderr(&output));
    assert!(stderr(&output).contains("error: column 'frist'"), "{}", stderr(&output));
    assert!(!site.exists(), "nothing written");
    assert_eq!(std::fs::read_dir(out.path()).expect("dir").count(), 0, "no staging folder left");
}

/// axe-core, reflow and the Nu Html Checker in headless Chromium. Skips
/// (with a message) without Chromium, Java or `tests/browser/node_modules`;
/// `.ci/run` installs them and sets `PLAN_REPORT_BROWSER_TESTS=1`, which
/// turns a skip into a failure.
#[test]
fn the_sites_pass_axe_core_reflow_and_the_nu_html_checker_in_chromium() {
    let browser_dir = repo_root().join("tests/browser");
    let required = std::env::var("PLAN_REPORT_BROWSER_TESTS").is_ok_and(|v| v == "1");
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .iter()
        .any(|p| Path::new(p).is_file());
    let java = std::process::Command::new("java").arg("-version").output().is_ok_and(|o| o.status.success());
    let modules =
        browser_dir.join("node_modules/axe-core").is_dir() && browser_dir.join("node_modules/vnu-jar").is_dir();
    if !(chromium && java && modules) {
        let message = format!(
            "browser checks skipped: chromium {chromium}, java {java}, npm modules {modules} (run `npm ci` in tests/browser; .ci/run installs all three)"
        );
        assert!(!required, "{message}");
        eprintln!("{message}");
        return;
    }
    // A Nynorsk, a second region's and a Bokmål plan (its pages lang="nb").
    // Screenshots at 320 and 1280 px of every page, to look at, in
    // target/browser-screenshots/<plan>.
    for plan in [hallingdal(), fixture("adopted-plan-other-region"), fixture("bokmal-plan")] {
        let (_out, site) = build_site(&plan, &["--no-pdf"]);
        let name = plan.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let shots = repo_root().join("target/browser-screenshots").join(name);
        let output = std::process::Command::new("node")
            .arg(browser_dir.join("check.mjs"))
            .arg(&site)
            .arg(&shots)
            .current_dir(&browser_dir)
            .output()
            .expect("node runs");
        let said = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "{}: {said}", plan.display());
        assert!(said.contains("no axe-core violations"), "{said}");
        for check in [
            "no sideways scroll at 1280, 768, 360, 320 px",
            "no number wrapped in a table",
            "px or more in Inter",
            "titles as wanted",
            "no lone card on a row",
        ] {
            assert!(said.contains(check), "{check} in {said}");
        }
    }
}

/// Issue 26: the front page's title is the plan's title alone; other pages
/// are *page – plan*.
#[test]
fn the_front_pages_title_is_the_plans_title_alone() {
    let out = tempfile::tempdir().expect("temp");
    let site = out.path().join("site");
    let plan = plan_report_tests::hallingdal();
    let result =
        plan_report_tests::run(&["site", plan.to_str().expect("path"), "-o", site.to_str().expect("path"), "--no-pdf"]);
    assert!(result.status.success(), "{}", String::from_utf8_lossy(&result.stderr));
    let title = |page: &str| {
        let html = std::fs::read_to_string(site.join(page)).expect("page");
        let start = html.find("<title>").expect("a title") + "<title>".len();
        html[start..start + html[start..].find("</title>").expect("its end")].to_string()
    };
    let plan_title = plan_core::PlanFolder::load(&plan).expect("plan").value.plan.meta.title;
    assert_eq!(title("index.html"), plan_title);
    assert_eq!(title("plan.html"), format!("{} – {plan_title}", "Planen"));
    assert_eq!(title("arsrapport-2021.html"), format!("Årsrapport 2021 – {plan_title}"));
    // The page's own name as the HTML writes it (a slash escaped).
    assert_eq!(title("sak-9-20.html"), format!("Sak 9&#x2f;20 – {plan_title}"));
}

/// Issue 26, item 5: the charts' font is served with the site — Inter's
/// regular style (the one the charts use) in `fonts/`, its licence beside it,
/// and site.css's `@font-face` naming it, with a sans-serif fallback on the
/// charts' text.
#[test]
fn the_site_serves_inter_with_its_licence_for_the_charts() {
    let (_out, site) = build_site(&hallingdal(), &["--no-pdf"]);
    let fonts = repo_root().join("plan-report/fonts");
    assert_eq!(file_names(&site.join("fonts")), ["Inter-Regular.otf", "OFL.txt"]);
    assert_eq!(
        std::fs::read(site.join("fonts/Inter-Regular.otf")).expect("the font"),
        std::fs::read(fonts.join("Inter-Regular.otf")).expect("the bundled font")
    );
    let licence = read(&site, "fonts/OFL.txt");
    assert_eq!(licence, std::fs::read_to_string(fonts.join("OFL.txt")).expect("the bundled licence"));
    assert!(licence.contains("This Font Software is licensed under the SIL Open Font License, Version 1.1."));
    let css = read(&site, "site.css");
    assert!(
        css.contains(
            "@font-face {\n  font-family: \"Inter\";\n  src: url(\"fonts/Inter-Regular.otf\") format(\"opentype\");\n  font-weight: 400;\n  font-style: normal;\n  font-display: swap;\n}"
        ),
        "{css}"
    );
    assert!(css.contains(".chart svg text { font-family: \"Inter\", sans-serif; }"), "{css}");
    // The card grid's class counts the cards (site.css lays out by it).
    let index = read(&site, "index.html");
    let cards = index.split("<ul class=\"key-figures cards-").nth(1).expect("the cards");
    let (count, list) = cards.split_once("\">").expect("the class");
    let list = list.split("</ul>").next().expect("the list");
    assert_eq!(count, list.matches("<li>").count().to_string(), "{list}");
    assert_eq!(count, "5");
}

/// Issue 26, item 5: the PDF's charts are untouched by the web edition —
/// the drawing inlined in a page is the SVG the PDF is typeset from, byte
/// for byte after its opening tag (naming Inter alone, as typst reads it),
/// with only the image's role, title and description added; the font
/// fallback is site.css's alone. Each chart scrolls in its own focusable,
/// named region.
#[test]
fn the_inlined_charts_are_the_pdfs_drawings_unchanged() {
    let emitted = tempfile::tempdir().expect("temp dir");
    let output = run(&[
        "status",
        hallingdal().to_str().expect("path"),
        "--year",
        "2021",
        "--emit-typst",
        emitted.path().to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let (_out, site) = build_site(&hallingdal(), &["--no-pdf"]);
    let page = read(&site, "arsrapport-2021.html");
    let charts = file_names(&emitted.path().join("charts"));
    assert_eq!(
        charts,
        ["endring.svg", "folketal.svg", "kostnad.svg", "mal-attraktivitet-2.svg", "status.svg", "utvikling.svg"]
    );
    for chart in &charts {
        let svg = std::fs::read_to_string(emitted.path().join("charts").join(chart)).expect("the chart");
        assert!(svg.contains("font-family=\"Inter\""), "{chart}: the PDF's chart names Inter");
        assert!(!svg.contains("sans-serif") && !svg.contains("<style"), "{chart}: no web styling in the PDF's chart");
        let body = svg.split_once("<svg").expect("an svg").1;
        let (attributes, drawing) = body.split_once('>').expect("the opening tag");
        let id = format!("diagram-{}", chart.trim_end_matches(".svg"));
        let opening =
            format!("<svg role=\"img\" aria-labelledby=\"{id}-tittel {id}-skildring\"{attributes}><title id=");
        let at = page.find(&opening).unwrap_or_else(|| panic!("{chart}: {opening} in the page"));
        let desc_end = page[at..].find("</desc>").expect("its description") + at + "</desc>".len();
        assert!(page[desc_end..].starts_with(drawing), "{chart}: the drawing byte for byte");
        let region = format!(
            "<div class=\"chart\" id=\"{id}\">\n<figure>\n<div class=\"chart-wrap\" role=\"region\" aria-label=\""
        );
        let region_at = page.find(&region).unwrap_or_else(|| panic!("{chart}: {region}"));
        assert!(page[region_at..at].ends_with("\" tabindex=\"0\">\n"), "{chart}: {}", &page[region_at..at]);
    }
}
