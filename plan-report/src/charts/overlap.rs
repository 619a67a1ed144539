//! Issue 26: no chart overprints or overflows. Every chart function is
//! drawn with close, equal and far-apart dates, long labels and 1 and 30
//! municipalities; the test reads the SVG plotters writes, computes each
//! text's box from its position, anchor, size and Inter's own glyph advance
//! widths and vertical metrics (the embedded font, read through typst's
//! `Font`), and fails on two texts that overlap, a text outside the canvas,
//! or a drawn line that crosses a text.

use super::*;
use typst::foundations::Bytes;
use typst::text::FontInstance as Font;

/// Inter Regular, the face every chart text is set in (a static font: its
/// instance at any size has the same metrics).
fn inter() -> Font {
    let font = typst::text::Font::iter(Bytes::new(crate::fonts::INTER[0].1)).next().expect("Inter Regular is embedded");
    let variant = font.info().variant;
    font.instantiate(variant, typst::layout::Abs::pt(12.0), &typst::text::FontVariations::default())
}

/// A text as drawn: its content and its box in the SVG's pixels.
#[derive(Debug, Clone)]
struct Placed {
    text: String,
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

/// A straight stroke from one point to another, with its width.
#[derive(Debug, Clone, Copy)]
struct Stroke {
    from: (f64, f64),
    to: (f64, f64),
    width: f64,
}

/// The value of `name="…"` in one element's source.
fn attr<'a>(element: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = element.find(&key)? + key.len();
    element[start..].split('"').next()
}

fn number(element: &str, name: &str) -> f64 {
    attr(element, name).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{name} in {element}"))
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// The canvas's width and height.
fn canvas(svg: &str) -> (f64, f64) {
    let head = &svg[..svg.find('>').expect("an svg element")];
    (number(head, "width"), number(head, "height"))
}

/// Each `<text>` element's box, measured with Inter's advance widths.
fn texts(svg: &str, font: &Font) -> Vec<Placed> {
    let ttf = font.ttf();
    let em = font.units_per_em();
    let ascender = f64::from(ttf.ascender()) / em;
    let descender = f64::from(ttf.descender()) / em;
    let x_height = f64::from(ttf.x_height().expect("Inter has an x-height")) / em;
    let mut placed = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find("<text ") {
        let after = &rest[start..];
        let open_end = after.find('>').expect("a closed tag");
        let element = &after[..open_end];
        let close = after.find("</text>").expect("a closing tag");
        let text = unescape(after[open_end + 1..close].trim_matches('\n'));
        rest = &after[close..];
        let (x, y, size) = (number(element, "x"), number(element, "y"), number(element, "font-size"));
        let width: f64 = text
            .chars()
            .map(|c| {
                let glyph = ttf.glyph_index(c).unwrap_or_else(|| panic!("Inter has no glyph for {c:?}"));
                font.x_advance(glyph.0).map_or(0.0, typst::layout::Em::get)
            })
            .sum::<f64>()
            * size;
        let x0 = match attr(element, "text-anchor") {
            Some("end") => x - width,
            Some("middle") => x - width / 2.0,
            _ => x,
        };
        let baseline = match attr(element, "dy") {
            Some("0.5ex") => y + 0.5 * x_height * size,
            Some("0.76em") => y + 0.76 * size,
            Some("-0.5ex") => y - 0.5 * x_height * size,
            other => panic!("unknown dy {other:?}"),
        };
        assert!(attr(element, "transform").is_none(), "no rotated text: {element}");
        placed.push(Placed {
            text,
            x0,
            y0: baseline - ascender * size,
            x1: x0 + width,
            y1: baseline - descender * size,
        });
    }
    placed
}

/// Every `<line>` and every segment of every `<polyline>`.
fn strokes(svg: &str) -> Vec<Stroke> {
    let mut strokes = Vec::new();
    for element in svg.split('<').skip(1) {
        let width = || attr(element, "stroke-width").and_then(|w| w.parse().ok()).unwrap_or(1.0);
        if element.starts_with("line ") {
            let (from, to) =
                ((number(element, "x1"), number(element, "y1")), (number(element, "x2"), number(element, "y2")));
            strokes.push(Stroke { from, to, width: width() });
        } else if element.starts_with("polyline ") {
            let points: Vec<(f64, f64)> = attr(element, "points")
                .expect("points")
                .split_whitespace()
                .map(|p| {
                    let (x, y) = p.split_once(',').expect("x,y");
                    (x.parse().expect("x"), y.parse().expect("y"))
                })
                .collect();
            for pair in points.windows(2) {
                strokes.push(Stroke { from: pair[0], to: pair[1], width: width() });
            }
        } else {
            assert!(!element.starts_with("path "), "paths are not read by this test: {element}");
        }
    }
    strokes
}

/// Whether a segment passes through a box (Liang–Barsky clipping).
fn crosses(stroke: Stroke, b: &Placed) -> bool {
    let half = stroke.width / 2.0;
    let (x0, y0, x1, y1) = (b.x0 - half, b.y0 - half, b.x1 + half, b.y1 + half);
    let ((ax, ay), (bx, by)) = (stroke.from, stroke.to);
    let (dx, dy) = (bx - ax, by - ay);
    let (mut t0, mut t1) = (0.0_f64, 1.0_f64);
    for (p, q) in [(-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)] {
        if p == 0.0 {
            if q < 0.0 {
                return false;
            }
        } else {
            let r = q / p;
            if p < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    t0 < t1
}

/// What is wrong with a chart's layout, each fault a line.
fn faults(chart: &Chart, font: &Font) -> Vec<String> {
    const EPSILON: f64 = 0.25;
    let (width, height) = canvas(&chart.svg);
    let placed = texts(&chart.svg, font);
    let mut faults = Vec::new();
    for t in &placed {
        if t.x0 < -EPSILON || t.y0 < -EPSILON || t.x1 > width + EPSILON || t.y1 > height + EPSILON {
            faults.push(format!("{:?} outside the {width}×{height} canvas: {t:?}", t.text));
        }
    }
    for (i, a) in placed.iter().enumerate() {
        for b in &placed[i + 1..] {
            if a.x0 < b.x1 - EPSILON && b.x0 < a.x1 - EPSILON && a.y0 < b.y1 - EPSILON && b.y0 < a.y1 - EPSILON {
                faults.push(format!("{:?} overlaps {:?}: {a:?} {b:?}", a.text, b.text));
            }
        }
    }
    for stroke in strokes(&chart.svg) {
        for t in placed.iter().filter(|t| crosses(stroke, t)) {
            faults.push(format!("a line crosses {:?}: {stroke:?} {t:?}", t.text));
        }
    }
    faults
}

fn assert_clean(chart: &Chart, font: &Font) {
    let faults = faults(chart, font);
    assert!(faults.is_empty(), "{}: {} faults:\n{}", chart.file, faults.len(), faults.join("\n"));
}

const LONG: &str = "Interkommunalt samarbeid om næringsutvikling, reiseliv og kulturminneforvaltning i fjellregionen";

/// Municipality names, `n` of them, every fifth a long one.
fn names(n: usize) -> Vec<String> {
    (0..n).map(|i| if i % 5 == 4 { format!("Nordre Sørbygda-Vestlia {i}") } else { format!("Kommune {i}") }).collect()
}

fn bar(label: &str, value: f64, numbers: NumberFormat) -> Bar {
    Bar { label: label.into(), value, shown: numbers.decimal(value, 1) }
}

fn words(numbers: NumberFormat) -> ChartText<'static> {
    ChartText { y_label: "Folketal per 1. januar (indeks, 2020 = 100)", caption: "C", alt: "A", numbers }
}

#[test]
fn bar_charts_never_overprint() {
    crate::fonts::register_for_charts();
    let font = inter();
    let numbers = plan_core::Language::Nn.number_format();
    for n in [1, 2, 30] {
        let population: Vec<Bar> =
            names(n).iter().enumerate().map(|(i, name)| bar(name, 1000.0 + 977.0 * i as f64, numbers)).collect();
        assert_clean(&bars("charts/population.svg", &population, "C", "A").expect("draws"), &font);
        let equal: Vec<Bar> = names(n).iter().map(|name| bar(name, 5.0, numbers)).collect();
        assert_clean(&bars("charts/equal.svg", &equal, "C", "A").expect("draws"), &font);
        let zero: Vec<Bar> = names(n).iter().map(|name| bar(name, 0.0, numbers)).collect();
        assert_clean(&bars("charts/zero.svg", &zero, "C", "A").expect("draws"), &font);
    }
    // Budget and period cost: long focus-area names and amounts.
    let amounts = |n: usize| -> Vec<Bar> {
        (0..n)
            .map(|i| Bar {
                label: if i % 2 == 0 { format!("{LONG} {i}") } else { format!("Klima {i}") },
                value: 12_345_678.0 * (i + 1) as f64,
                shown: format!("{}\u{a0}kr", numbers.integer(12_345_678 * (i as i64 + 1))),
            })
            .collect()
    };
    for n in [1, 30] {
        assert_clean(&bars("charts/budget.svg", &amounts(n), "C", "A").expect("draws"), &font);
    }
}

#[test]
fn change_charts_never_overprint() {
    crate::fonts::register_for_charts();
    let font = inter();
    for language in [plan_core::Language::Nn, plan_core::Language::En] {
        let numbers = language.number_format();
        // Nynorsk's signed percentages, English's figures as its numbers write them.
        let change = |label: &str, value: f64| Bar {
            label: label.into(),
            value,
            shown: match language {
                plan_core::Language::En => format!("{}%", numbers.decimal(value, 1)),
                _ => plan_core::format::signed_percent(value, 1),
            },
        };
        for n in [1, 2, 30] {
            let values: Vec<f64> = (0..n).map(|i| -3.0 + 6.0 * i as f64 / n.max(2) as f64).collect();
            let municipalities: Vec<Bar> = names(n).iter().zip(&values).map(|(name, v)| change(name, *v)).collect();
            // The region's line at zero, at each end, at every bar's end,
            // and beside every bar's label.
            let mut regions = vec![0.0, 3.0, -3.0, 5.0, -5.0];
            regions.extend(values.iter().copied());
            regions.extend(values.iter().map(|v| v + 0.3));
            regions.extend(values.iter().map(|v| v - 0.3));
            for region in regions {
                for name in ["Regionen", "Vestfold og Telemark fylkeskommune samla"] {
                    let chart = diverging("charts/change.svg", &municipalities, &change(name, region), "C", "A", "R")
                        .expect("draws");
                    assert_clean(&chart, &font);
                }
            }
        }
        let long: Vec<Bar> = [LONG, "Kort"].iter().map(|name| change(name, 1.0)).collect();
        assert_clean(&diverging("charts/long.svg", &long, &change(LONG, -1.0), "C", "A", "R").expect("draws"), &font);
    }
}

#[test]
fn status_charts_never_overprint() {
    crate::fonts::register_for_charts();
    let font = inter();
    let statuses = ["fullført", "i gang", "ikkje starta", "utsett", "avslutta utan å bli gjennomført"];
    for n in [1, 30] {
        let rows: Vec<(String, Vec<u32>)> = (0..n)
            .map(|i| {
                let label = if i % 3 == 0 { format!("{LONG} {i}") } else { format!("Fokusområde {i}") };
                (label, vec![i as u32 % 4, 1, 1, 1, 40 + i as u32])
            })
            .collect();
        assert_clean(&stacked("charts/status.svg", &rows, &statuses, "C", "A").expect("draws"), &font);
        let equal: Vec<(String, Vec<u32>)> = (0..n).map(|i| (format!("Område {i}"), vec![3, 3, 3, 3, 3])).collect();
        assert_clean(&stacked("charts/equal.svg", &equal, &statuses, "C", "A").expect("draws"), &font);
    }
}

#[test]
fn line_charts_never_overprint() {
    crate::fonts::register_for_charts();
    let font = inter();
    let numbers = plan_core::Language::En.number_format();
    let text = words(numbers);
    for n in [1, 30] {
        for years in [1, 2, 31] {
            let labels: Vec<String> = (0..years).map(|y| (2000 + y).to_string()).collect();
            let series: Vec<Line> = names(n)
                .iter()
                .enumerate()
                .map(|(i, name)| Line {
                    label: name.clone(),
                    values: (0..years).map(|y| Some(100.0 + (i * y) as f64 * 0.1)).collect(),
                })
                .collect();
            assert_clean(&lines("charts/index.svg", &labels, &series, &text).expect("draws"), &font);
            let equal: Vec<Line> =
                names(n).iter().map(|name| Line { label: name.clone(), values: vec![Some(20_000.0); years] }).collect();
            assert_clean(&lines("charts/equal.svg", &labels, &equal, &text).expect("draws"), &font);
        }
    }
    let long = [Line { label: LONG.into(), values: vec![Some(1.0), Some(2.0)] }];
    assert_clean(&lines("charts/long.svg", &["2020".into(), "2021".into()], &long, &text).expect("draws"), &font);
}

#[test]
fn time_axes_never_overprint() {
    crate::fonts::register_for_charts();
    let font = inter();
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date");
    for language in [plan_core::Language::Nn, plan_core::Language::Nb, plan_core::Language::En] {
        let numbers = language.number_format();
        let text = words(numbers);
        let cases: Vec<Vec<chrono::NaiveDate>> = vec![
            vec![day(2024, 3, 1)],
            vec![day(2024, 3, 1), day(2024, 3, 1)],
            vec![day(2024, 3, 1), day(2024, 3, 2)],
            vec![day(2023, 12, 31), day(2024, 1, 1)],
            vec![day(2021, 12, 31), day(2022, 1, 1), day(2022, 12, 31), day(2023, 1, 1), day(2030, 12, 31)],
            vec![day(1990, 1, 1), day(2030, 12, 31)],
            (2000..2031).map(|y| day(y, 1, 1)).collect(),
            vec![day(2020, 1, 1), day(2022, 1, 1), day(2024, 1, 1)],
        ];
        for dates in cases {
            let labels: Vec<String> = dates
                .iter()
                .map(|d| match language {
                    plan_core::Language::En => format!("{}", d.format("%-d %B %Y")),
                    _ => format!("{}", d.format("%-d.%-m.%Y")),
                })
                .collect();
            // A goal: measured values and the path to the target.
            let goal = [
                Line { label: "Målt".into(), values: dates.iter().map(|_| Some(88.0)).collect() },
                Line { label: "Vegen til målet".into(), values: dates.iter().map(|_| Some(88.0)).collect() },
            ];
            assert_clean(&lines_over_time("charts/goal.svg", &dates, &labels, &goal, &text).expect("draws"), &font);
            for n in [1, 30] {
                let index: Vec<Line> = names(n)
                    .iter()
                    .enumerate()
                    .map(|(i, name)| Line {
                        label: name.clone(),
                        values: (0..dates.len()).map(|k| Some(100.0 + (i * k) as f64)).collect(),
                    })
                    .collect();
                let chart = lines_over_time("charts/index.svg", &dates, &labels, &index, &text).expect("draws");
                assert_clean(&chart, &font);
            }
        }
    }
}

/// The test itself finds what it should: two texts on one spot, a text
/// past the edge, a line through a text.
#[test]
fn the_check_finds_faults() {
    let font = inter();
    let svg = |body: &str| Chart {
        file: "x.svg".into(),
        svg: format!("<svg width=\"100\" height=\"50\" viewBox=\"0 0 100 50\">{body}</svg>"),
        caption: String::new(),
        alt: String::new(),
        table: ChartTable::default(),
    };
    let at = |x: i32, y: i32, label: &str| {
        format!(
            "<text x=\"{x}\" y=\"{y}\" dy=\"0.5ex\" text-anchor=\"start\" font-family=\"Inter\" \
             font-size=\"10\" opacity=\"1\" fill=\"#000000\">\n{label}\n</text>"
        )
    };
    assert_eq!(faults(&svg(&at(10, 20, "Ein")), &font), Vec::<String>::new());
    let two = faults(&svg(&(at(10, 20, "Ein") + &at(20, 22, "To"))), &font);
    assert!(two.len() == 1 && two[0].starts_with("\"Ein\" overlaps \"To\""), "{two:?}");
    let out = faults(&svg(&at(80, 20, "Langt ord")), &font);
    assert!(out.len() == 1 && out[0].contains("outside"), "{out:?}");
    let line = "<polyline fill=\"none\" opacity=\"1\" stroke=\"#000000\" stroke-width=\"2\" points=\"15,0 15,50 \"/>";
    let crossed = faults(&svg(&(at(10, 20, "Ein") + line)), &font);
    assert!(crossed.len() == 1 && crossed[0].starts_with("a line crosses \"Ein\""), "{crossed:?}");
    // The width is Inter's: "Ein" at 10 px is about 16 px wide.
    let placed = texts(&svg(&at(10, 20, "Ein")).svg, &font);
    assert!((placed[0].x1 - placed[0].x0 - 16.0).abs() < 2.0, "{placed:?}");
}
