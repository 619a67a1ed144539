//! Charts drawn with plotters into SVG strings, in memory. Norwegian labels
//! and number formats, the document's font, a colour-blind-safe palette
//! (Okabe–Ito), and meaning never carried by colour alone: every bar and
//! line is labelled with its name and value. Elements are drawn one by one
//! in a fixed order, so the same data gives the same SVG.

use plan_core::format::NumberFormat;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::error::ReportError;
use crate::fonts::FAMILY;

/// A drawn chart with its caption and alternative text.
///
/// # Example
/// ```
/// use plan_report::charts::{Bar, bars};
/// let data = [Bar { label: "Hol".into(), value: 4413.0, shown: "4\u{a0}413".into() }];
/// let chart = bars("charts/folketal.svg", &data, "Folketal 1. januar 2021.", "Stolpediagram over folketalet:")?;
/// assert_eq!(chart.file, "charts/folketal.svg");
/// assert_eq!(chart.caption, "Folketal 1. januar 2021.");
/// assert_eq!(serde_json::to_value(&chart).unwrap()["alt"], "Stolpediagram over folketalet: Hol: 4\u{a0}413.");
/// assert!(serde_json::to_value(&chart).unwrap().get("svg").is_none(), "the SVG is a file, not data");
/// # Ok::<(), plan_report::ReportError>(())
/// ```
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Chart {
    /// The virtual file name, such as `charts/folketal.svg`.
    pub file: String,
    /// The SVG source.
    #[serde(skip)]
    pub svg: String,
    /// The caption printed under the chart.
    pub caption: String,
    /// A text alternative that carries the chart's data, for screen readers.
    pub alt: String,
    /// The chart's data as a table, printed beside the chart where the
    /// medium allows (the web edition).
    pub table: ChartTable,
}

/// A chart's data as rows of text: the first column names the row.
///
/// # Example
/// ```
/// use plan_report::charts::{Bar, bars};
/// let data = [Bar { label: "Hol".into(), value: 4413.0, shown: "4\u{a0}413".into() }];
/// let chart = bars("charts/folketal.svg", &data, "Folketal.", "Stolpediagram:")?;
/// assert_eq!(chart.table.rows, [["Hol", "4\u{a0}413"]]);
/// # Ok::<(), plan_report::ReportError>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct ChartTable {
    /// The column headings; empty for the first column of a bar chart.
    pub header: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}

/// A value of a line chart as a table shows it, as `numbers` writes it:
/// whole numbers grouped, others with two decimals.
fn shown(value: Option<f64>, numbers: NumberFormat) -> String {
    match value {
        None => String::new(),
        Some(v) if v.fract() == 0.0 => numbers.integer(v as i64),
        Some(v) => numbers.decimal(v, 2),
    }
}

/// Okabe–Ito colours, distinguishable with the common colour-vision
/// deficiencies (yellow left out: too pale on white).
///
/// # Example
/// ```
/// use plotters::style::RGBColor;
/// assert_eq!(plan_report::charts::PALETTE[0], RGBColor(0, 114, 178), "Okabe–Ito blue");
/// ```
pub const PALETTE: [RGBColor; 7] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(230, 159, 0),
    RGBColor(86, 180, 233),
    RGBColor(0, 0, 0),
];
const INK: RGBColor = RGBColor(27, 42, 58);
const GRID: RGBColor = RGBColor(201, 209, 217);
const MUTED: RGBColor = RGBColor(91, 101, 112);

const WIDTH: u32 = 680;
const ROW: i32 = 30;
const FONT: f64 = 14.0;

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

fn err(name: &str) -> impl Fn(String) -> ReportError + '_ {
    move |message| ReportError::Chart { name: name.to_string(), message }
}

fn font(size: f64, color: RGBColor, pos: Pos) -> TextStyle<'static> {
    TextStyle { font: (FAMILY, size).into_font(), color: color.to_backend_color(), pos }
}

fn text(area: &Area<'_>, label: &str, at: (i32, i32), style: &TextStyle<'_>) -> Result<(), String> {
    area.draw(&Text::new(label.to_string(), at, style.clone())).map_err(|e| e.to_string())
}

fn rect(area: &Area<'_>, from: (i32, i32), to: (i32, i32), color: RGBColor) -> Result<(), String> {
    area.draw(&Rectangle::new([from, to], color.filled())).map_err(|e| e.to_string())
}

fn line(area: &Area<'_>, points: Vec<(i32, i32)>, color: RGBColor, width: u32) -> Result<(), String> {
    area.draw(&PathElement::new(points, color.stroke_width(width))).map_err(|e| e.to_string())
}

/// A vertical dashed line from `y0` to `y1`, left out where it would cross
/// a label: `gaps` are the labels' vertical extents on this line.
fn dashed(area: &Area<'_>, x: i32, (y0, y1): (i32, i32), gaps: &[(i32, i32)], color: RGBColor) -> Result<(), String> {
    let mut y = y0;
    while y < y1 {
        let mut pieces = vec![(y, (y + 6).min(y1))];
        for &(g0, g1) in gaps {
            pieces =
                pieces.into_iter().flat_map(|(a, b)| [(a, b.min(g0)), (a.max(g1), b)]).filter(|(a, b)| b > a).collect();
        }
        for (a, b) in pieces {
            line(area, vec![(x, a), (x, b)], color, 2)?;
        }
        y += 10;
    }
    Ok(())
}

/// The vertical extent of a label set at `size` around `mid`, with room
/// for a 2 px line beside it: Inter's ascender and descender about the
/// baseline plotters puts at half an x-height below `mid`.
fn label_extent(mid: i32, size: f64) -> (i32, i32) {
    let px = size / SVG_FONT_SCALE;
    let baseline = f64::from(mid) + 0.5 * 0.55 * px;
    ((baseline - 0.97 * px).floor() as i32 - 2, (baseline + 0.25 * px).ceil() as i32 + 2)
}

/// plotters' SVG backend writes a text of size `s` with `font-size` s / 1.24.
const SVG_FONT_SCALE: f64 = 1.24;

/// Inter Regular as the SVG sets chart text, for measuring it.
static REGULAR: std::sync::LazyLock<Option<typst::text::FontInstance>> = std::sync::LazyLock::new(|| {
    let font = typst::text::Font::iter(typst::foundations::Bytes::new(crate::fonts::INTER[0].1)).next()?;
    let variant = font.info().variant;
    Some(font.instantiate(variant, typst::layout::Abs::pt(12.0), &typst::text::FontVariations::default()))
});

/// The width in pixels of `label` drawn at plotters size `size`: the sum of
/// Inter's advance widths (kerning only narrows it), or a wide estimate
/// should the font not load.
fn text_width(label: &str, size: f64) -> i32 {
    let px = size / SVG_FONT_SCALE;
    let ems: f64 = match REGULAR.as_ref() {
        Some(font) => label
            .chars()
            .map(|c| font.ttf().glyph_index(c).and_then(|g| font.x_advance(g.0)).map_or(0.7, typst::layout::Em::get))
            .sum(),
        None => label.chars().count() as f64 * 0.7,
    };
    (ems * px).ceil() as i32
}

/// `label` shortened with an ellipsis to fit `room` pixels at `size`; the
/// chart's table and text alternative carry it whole.
fn fit(label: &str, size: f64, room: i32) -> String {
    if text_width(label, size) <= room {
        return label.to_string();
    }
    let mut chars: Vec<char> = label.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let shortened = format!("{}\u{2026}", chars.iter().collect::<String>().trim_end());
        if text_width(&shortened, size) <= room {
            return shortened;
        }
    }
    String::new()
}

/// The margin no text may cross at the canvas's edges.
const MARGIN: i32 = 4;

/// Room for the category labels: the widest label as measured in the
/// chart's font, plus a gap, at most 45 % of the width (longer labels are
/// shortened to fit, see [`fit`]).
fn label_room<'a>(labels: impl Iterator<Item = &'a str>) -> i32 {
    let widest = labels.map(|l| text_width(l, FONT)).max().unwrap_or(0);
    (widest + 10 + MARGIN).clamp(60, WIDTH as i32 * 45 / 100)
}

/// A category label drawn right-aligned before `label_width`.
fn category(area: &Area<'_>, label: &str, label_width: i32, mid: i32) -> Result<(), String> {
    let style = font(FONT, INK, Pos::new(HPos::Right, VPos::Center));
    text(area, &fit(label, FONT, label_width - 10 - MARGIN), (label_width - 10, mid), &style)
}

/// One labelled bar of a bar chart.
///
/// # Example
/// ```
/// use plan_report::charts::Bar;
/// let bar = Bar { label: "Hemsedal".into(), value: 1.8, shown: plan_core::format::signed_percent(1.8, 1) };
/// assert_eq!(bar.shown, "+1,8\u{a0}%");
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The category label (municipality, focus area).
    pub label: String,
    /// The value, which sets the bar's length.
    pub value: f64,
    /// The value as printed at the end of the bar.
    pub shown: String,
}

/// Horizontal bars from zero, each labelled with its name and value.
///
/// # Errors
/// [`ReportError::Chart`] when plotters fails.
///
/// # Example
/// ```
/// use plan_report::charts::{Bar, bars};
/// let data = [Bar { label: "Gol".into(), value: 4986.0, shown: "4\u{a0}986".into() }];
/// let chart = bars("charts/x.svg", &data, "Folketal.", "Stolpediagram:")?;
/// assert!(chart.svg.starts_with("<svg"));
/// assert_eq!(chart.alt, "Stolpediagram: Gol: 4\u{a0}986.");
/// # Ok::<(), plan_report::ReportError>(())
/// ```
pub fn bars(file: &str, bars: &[Bar], caption: &str, alt_intro: &str) -> Result<Chart, ReportError> {
    let fail = err(file);
    let height = (bars.len() as i32 * ROW + 20).max(60) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        area.fill(&WHITE).map_err(|e| fail(e.to_string()))?;
        let label_width = label_room(bars.iter().map(|b| b.label.as_str()));
        let widest_value = bars.iter().map(|b| text_width(&b.shown, FONT)).max().unwrap_or(0);
        let value_room = (widest_value + 8 + MARGIN).clamp(110, WIDTH as i32 / 3);
        let max = bars.iter().map(|b| b.value).fold(0.0_f64, f64::max).max(1.0);
        let scale = f64::from(WIDTH as i32 - label_width - value_room) / max;
        let right = font(FONT, INK, Pos::new(HPos::Left, VPos::Center));
        for (i, bar) in bars.iter().enumerate() {
            let top = 10 + i as i32 * ROW;
            let mid = top + ROW / 2;
            category(&area, &bar.label, label_width, mid).map_err(&fail)?;
            let end = label_width + (bar.value.max(0.0) * scale).round() as i32;
            rect(&area, (label_width, top + 5), (end.max(label_width + 1), top + ROW - 5), PALETTE[0])
                .map_err(&fail)?;
            let at = end.max(label_width + 1) + 8;
            text(&area, &fit(&bar.shown, FONT, WIDTH as i32 - MARGIN - at), (at, mid), &right).map_err(&fail)?;
        }
        line(&area, vec![(label_width, 6), (label_width, height as i32 - 6)], INK, 1).map_err(&fail)?;
        area.present().map_err(|e| fail(e.to_string()))?;
    }
    let alt = format!(
        "{alt_intro} {}",
        bars.iter().map(|b| format!("{}: {}", b.label, b.shown)).collect::<Vec<_>>().join("; ")
    );
    let table = ChartTable {
        header: vec![String::new(), String::new()],
        rows: bars.iter().map(|b| vec![b.label.clone(), b.shown.clone()]).collect(),
    };
    Ok(Chart { file: file.to_string(), svg, caption: caption.to_string(), alt: format!("{alt}."), table })
}

/// Bars diverging from zero, positive to the right and negative to the left,
/// each labelled with its signed value; the region's value is marked with a
/// dashed line and its own label.
///
/// # Errors
/// [`ReportError::Chart`] when plotters fails.
///
/// # Example
/// ```
/// use plan_report::charts::{Bar, diverging};
/// let bar = |label: &str, value: f64| Bar { label: label.into(), value, shown: plan_core::format::signed_percent(value, 1) };
/// let chart = diverging("charts/endring.svg", &[bar("Hemsedal", 1.8), bar("Hol", -2.1)], &bar("Hallingdal", -1.0),
///     "Endring i prosent.", "Endring i folketalet:", "Hallingdal samla")?;
/// assert_eq!(chart.alt, "Endring i folketalet: Hemsedal: +1,8\u{a0}%; Hol: \u{2212}2,1\u{a0}%. Hallingdal samla: \u{2212}1,0\u{a0}%.");
/// assert!(chart.svg.contains("Hallingdal"));
/// # Ok::<(), plan_report::ReportError>(())
/// ```
pub fn diverging(
    file: &str,
    bars: &[Bar],
    region: &Bar,
    caption: &str,
    alt_intro: &str,
    alt_region: &str,
) -> Result<Chart, ReportError> {
    let fail = err(file);
    let height = (bars.len() as i32 * ROW + 60) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        area.fill(&WHITE).map_err(|e| fail(e.to_string()))?;
        let label_width = label_room(bars.iter().map(|b| b.label.as_str()));
        let room = 90;
        let max = bars.iter().chain([region]).map(|b| b.value.abs()).fold(0.0_f64, f64::max).max(0.1);
        let half = f64::from((WIDTH as i32 - label_width - 2 * room) / 2);
        let zero = label_width + room + half as i32;
        let x = |v: f64| zero + (v / max * half).round() as i32;
        let bottom = 10 + bars.len() as i32 * ROW;
        let rx = x(region.value);
        // The region's dashed line is broken where a value label stands on it.
        let mut gaps = Vec::new();
        for (i, bar) in bars.iter().enumerate() {
            let top = 10 + i as i32 * ROW;
            let mid = top + ROW / 2;
            category(&area, &bar.label, label_width, mid).map_err(&fail)?;
            let end = x(bar.value);
            let width = text_width(&bar.shown, FONT);
            let (from, to, color, pos, at, x0) = if bar.value >= 0.0 {
                let at = end.max(zero + 1) + 6;
                (zero, end.max(zero + 1), PALETTE[0], HPos::Left, at, at)
            } else {
                (end, zero, PALETTE[1], HPos::Right, end - 6, end - 6 - width)
            };
            rect(&area, (from, top + 5), (to, top + ROW - 5), color).map_err(&fail)?;
            text(&area, &bar.shown, (at, mid), &font(FONT, INK, Pos::new(pos, VPos::Center))).map_err(&fail)?;
            if (x0 - 2..=x0 + width + 2).contains(&rx) {
                gaps.push(label_extent(mid, FONT));
            }
        }
        dashed(&area, rx, (4, bottom + 8), &gaps, MUTED).map_err(&fail)?;
        line(&area, vec![(zero, 4), (zero, bottom + 4)], INK, 1).map_err(&fail)?;
        // The region's label starts at its line (ends there when negative),
        // moved in where it would run off the canvas.
        let label = fit(&format!("{} {}", region.label, region.shown), FONT, WIDTH as i32 - 2 * MARGIN);
        let width = text_width(&label, FONT);
        let wanted = if region.value >= 0.0 { rx - 4 } else { rx + 4 - width };
        let x0 = wanted.clamp(MARGIN, WIDTH as i32 - MARGIN - width);
        text(&area, &label, (x0, bottom + 24), &font(FONT, INK, Pos::new(HPos::Left, VPos::Center))).map_err(&fail)?;
        text(&area, "0", (zero, bottom + 44), &font(12.0, MUTED, Pos::new(HPos::Center, VPos::Center)))
            .map_err(&fail)?;
        area.present().map_err(|e| fail(e.to_string()))?;
    }
    let list = bars.iter().map(|b| format!("{}: {}", b.label, b.shown)).collect::<Vec<_>>().join("; ");
    let alt = format!("{alt_intro} {list}. {alt_region}: {}.", region.shown);
    let table = ChartTable {
        header: vec![String::new(), String::new()],
        rows: bars.iter().chain([region]).map(|b| vec![b.label.clone(), b.shown.clone()]).collect(),
    };
    Ok(Chart { file: file.to_string(), svg, caption: caption.to_string(), alt, table })
}

/// Horizontal stacked bars: one bar per category, one segment per series
/// in a fixed order, each segment labelled with its count, and a legend
/// that names the series in the same order.
///
/// # Errors
/// [`ReportError::Chart`] when plotters fails.
///
/// # Example
/// ```
/// use plan_report::charts::stacked;
/// let rows = vec![("Klima og miljø".to_string(), vec![3, 4, 1]), ("Infrastruktur".to_string(), vec![0, 2, 2])];
/// let chart = stacked("charts/status.svg", &rows, &["fullført", "i gang", "ikkje starta"], "Tiltak etter status.", "Tiltak etter status:")?;
/// assert_eq!(chart.alt, "Tiltak etter status: Klima og miljø: 3 fullført, 4 i gang, 1 ikkje starta; Infrastruktur: 2 i gang, 2 ikkje starta.");
/// assert!(chart.svg.contains("1. fullført"), "the legend numbers the series");
/// # Ok::<(), plan_report::ReportError>(())
/// ```
pub fn stacked(
    file: &str,
    rows: &[(String, Vec<u32>)],
    series: &[&str],
    caption: &str,
    alt_intro: &str,
) -> Result<Chart, ReportError> {
    let fail = err(file);
    let label_width = label_room(rows.iter().map(|r| r.0.as_str()));
    let legend = legend_layout(series, label_width);
    let legend_rows = legend.iter().map(|item| item.1 + 1).max().unwrap_or(0);
    let height = (rows.len() as i32 * ROW + 24 + legend_rows * 22) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        area.fill(&WHITE).map_err(|e| fail(e.to_string()))?;
        let max = rows.iter().map(|r| r.1.iter().sum::<u32>()).max().unwrap_or(1).max(1);
        let scale = f64::from(WIDTH as i32 - label_width - 40) / f64::from(max);
        for (i, (label, counts)) in rows.iter().enumerate() {
            let top = 10 + i as i32 * ROW;
            let mid = top + ROW / 2;
            category(&area, label, label_width, mid).map_err(&fail)?;
            let mut x = label_width;
            for (s, &count) in counts.iter().enumerate() {
                if count == 0 {
                    continue;
                }
                let width = (f64::from(count) * scale).round() as i32;
                let color = PALETTE[s % PALETTE.len()];
                rect(&area, (x, top + 4), (x + width - 1, top + ROW - 4), color).map_err(&fail)?;
                let ink = if matches!(s % PALETTE.len(), 4 | 5) { INK } else { WHITE };
                // A count too wide for its segment is left to the table.
                let count = count.to_string();
                if text_width(&count, 13.0) <= width - 4 {
                    text(&area, &count, (x + width / 2, mid), &font(13.0, ink, Pos::new(HPos::Center, VPos::Center)))
                        .map_err(&fail)?;
                }
                x += width;
            }
            text(
                &area,
                &counts.iter().sum::<u32>().to_string(),
                (x + 8, mid),
                &font(13.0, MUTED, Pos::new(HPos::Left, VPos::Center)),
            )
            .map_err(&fail)?;
        }
        let legend_top = 18 + rows.len() as i32 * ROW;
        for (s, (x, row, name)) in legend.iter().enumerate() {
            let y = legend_top + row * 22;
            rect(&area, (*x, y), (x + 14, y + 14), PALETTE[s % PALETTE.len()]).map_err(&fail)?;
            text(&area, name, (x + 20, y + 7), &font(13.0, INK, Pos::new(HPos::Left, VPos::Center))).map_err(&fail)?;
        }
        area.present().map_err(|e| fail(e.to_string()))?;
    }
    let list = rows
        .iter()
        .map(|(label, counts)| {
            let parts: Vec<String> =
                counts.iter().zip(series).filter(|(c, _)| **c > 0).map(|(c, s)| format!("{c} {s}")).collect();
            format!("{label}: {}", parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let table = ChartTable {
        header: std::iter::once(String::new()).chain(series.iter().map(ToString::to_string)).collect(),
        rows: rows
            .iter()
            .map(|(label, counts)| std::iter::once(label.clone()).chain(counts.iter().map(u32::to_string)).collect())
            .collect(),
    };
    Ok(Chart { file: file.to_string(), svg, caption: caption.to_string(), alt: format!("{alt_intro} {list}."), table })
}

/// Where a stacked chart's legend puts each series: its left edge, its row
/// and its numbered name. Three columns from `left` when every name fits
/// its column; else one after another, a new row when the next would run
/// off the canvas, each name shortened to a row at most.
fn legend_layout(series: &[&str], left: i32) -> Vec<(i32, i32, String)> {
    let names: Vec<String> = series.iter().enumerate().map(|(s, name)| format!("{}. {name}", s + 1)).collect();
    let column = (WIDTH as i32 - left) / 3;
    if names.iter().all(|name| 20 + text_width(name, 13.0) + 8 <= column) {
        return names
            .into_iter()
            .enumerate()
            .map(|(s, name)| (left + (s as i32 % 3) * column, s as i32 / 3, name))
            .collect();
    }
    let right = WIDTH as i32 - MARGIN;
    let (mut x, mut row) = (left, 0);
    let mut placed = Vec::new();
    for name in names {
        let name = fit(&name, 13.0, right - left - 20);
        let need = 20 + text_width(&name, 13.0);
        if x > left && x + need > right {
            (x, row) = (left, row + 1);
        }
        placed.push((x, row, name));
        x += need + 16;
    }
    placed
}

/// One line of a line chart: a name and a value per x position (`None`
/// leaves a gap).
///
/// # Example
/// ```
/// use plan_report::charts::Line;
/// let gap = Line { label: "Flå".into(), values: vec![Some(1050.0), None, Some(1049.0)] };
/// assert_eq!(gap.values.iter().flatten().count(), 2);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The series name, printed at the end of the line.
    pub label: String,
    /// The values, one per x label.
    pub values: Vec<Option<f64>>,
}

/// The words of a line chart: the unit under the y axis, the caption, the
/// text alternative, and how the edition's language writes the numbers of
/// the axis and the table (`20 000`, `20,000`).
///
/// # Example
/// ```
/// use plan_report::charts::ChartText;
/// let text = ChartText { y_label: "Index", caption: "Change.", alt: "Line chart.", numbers: plan_core::Language::En.number_format() };
/// assert_eq!(text.numbers.integer(20_000), "20,000");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ChartText<'a> {
    /// The unit, under the y axis.
    pub y_label: &'a str,
    /// The caption printed under the chart.
    pub caption: &'a str,
    /// The text alternative.
    pub alt: &'a str,
    /// How the numbers are written.
    pub numbers: NumberFormat,
}

/// Lines over time, each with its own colour, marker shape and an end label,
/// on a grid with labelled axes.
///
/// # Errors
/// [`ReportError::Chart`] when plotters fails.
///
/// # Example
/// ```
/// use plan_report::charts::{Line, lines};
/// let text = plan_report::charts::ChartText { y_label: "Index", caption: "Change.", alt: "Line chart.", numbers: plan_core::Language::En.number_format() };
/// let series = [Line { label: "Gol".into(), values: vec![Some(20_000.0), None, Some(20_500.5)] }];
/// let chart = lines("charts/l.svg", &["2015".into(), "2016".into(), "2017".into()], &series, &text)?;
/// assert!(chart.svg.contains("Gol"));
/// assert_eq!(chart.table.rows[2], ["2017", "20,500.50"]);
/// assert!(chart.svg.contains("20,200") && !chart.svg.contains("20 200"), "ticks in English: {}", chart.svg);
/// # Ok::<(), plan_report::ReportError>(())
/// ```
pub fn lines(file: &str, x_labels: &[String], series: &[Line], text: &ChartText<'_>) -> Result<Chart, ReportError> {
    let n = x_labels.len().max(2);
    let positions: Vec<f64> = (0..x_labels.len()).map(|i| i as f64 / (n - 1) as f64).collect();
    let ticks: Vec<(f64, String)> = positions.iter().copied().zip(x_labels.iter().cloned()).collect();
    draw_lines(file, x_labels, &positions, &thinned(ticks), series, text)
}

/// At most nine axis labels: every k-th, and the last.
fn thinned(ticks: Vec<(f64, String)>) -> Vec<(f64, String)> {
    let every = ticks.len().div_ceil(8).max(1);
    let last = ticks.len().saturating_sub(1);
    ticks.into_iter().enumerate().filter(|(i, _)| i % every == 0 || *i == last).map(|(_, t)| t).collect()
}

/// The time axis's labels between `first` and `last`: the year at each
/// 1 January within the span (at most nine of them), so that two dates
/// close together never get labels that overprint; a span with fewer than
/// two of them is labelled at its ends with `first_label` and `last_label`.
fn year_ticks(
    first: chrono::NaiveDate,
    last: chrono::NaiveDate,
    first_label: &str,
    last_label: &str,
) -> Vec<(f64, String)> {
    use chrono::Datelike;
    let span = (last - first).num_days().max(1) as f64;
    let years: Vec<(f64, String)> = (first.year()..=last.year())
        .filter_map(|year| chrono::NaiveDate::from_ymd_opt(year, 1, 1))
        .filter(|d| *d >= first && *d <= last)
        .map(|d| ((d - first).num_days() as f64 / span, d.year().to_string()))
        .collect();
    if years.len() >= 2 {
        thinned(years)
    } else if first == last {
        vec![(0.0, first_label.to_string())]
    } else {
        vec![(0.0, first_label.to_string()), (1.0, last_label.to_string())]
    }
}

/// Lines over time, each point placed in proportion to its date, so that
/// uneven gaps (2020, 2022, 2024, or a quarter among years) are drawn as
/// they are; labelled as [`lines`] does.
///
/// # Errors
/// [`ReportError::Chart`] when plotters fails, or the dates and labels
/// differ in number.
///
/// # Example
/// ```
/// use plan_report::charts::{Line, lines_over_time};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let dates = [d(2020), d(2022), d(2023)];
/// let labels: Vec<String> = ["2020", "2022", "2023"].map(String::from).to_vec();
/// let series = [Line { label: "Gol".into(), values: vec![Some(100.0), Some(101.0), Some(103.0)] }];
/// let text = plan_report::charts::ChartText { y_label: "Indeks", caption: "Utvikling.", alt: "Linjediagram.", numbers: plan_core::Language::Nb.number_format() };
/// let chart = lines_over_time("charts/t.svg", &dates, &labels, &series, &text)?;
/// assert!(chart.svg.contains("Gol"));
/// # Ok::<(), plan_report::ReportError>(())
/// ```
pub fn lines_over_time(
    file: &str,
    dates: &[chrono::NaiveDate],
    x_labels: &[String],
    series: &[Line],
    text: &ChartText<'_>,
) -> Result<Chart, ReportError> {
    if dates.len() != x_labels.len() {
        return Err(err(file)(format!("{} dates for {} labels", dates.len(), x_labels.len())));
    }
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
        return draw_lines(file, x_labels, &[], &[], series, text);
    };
    let span = (*last - *first).num_days().max(1) as f64;
    let positions: Vec<f64> = dates.iter().map(|d| (*d - *first).num_days() as f64 / span).collect();
    let label_of = |date: &chrono::NaiveDate| {
        dates.iter().position(|d| d == date).and_then(|i| x_labels.get(i)).cloned().unwrap_or_default()
    };
    let ticks = year_ticks(*first, *last, &label_of(first), &label_of(last));
    draw_lines(file, x_labels, &positions, &ticks, series, text)
}

/// Draws lines with each x label at its position (0 to 1 across the plot).
fn draw_lines(
    file: &str,
    x_labels: &[String],
    positions: &[f64],
    ticks: &[(f64, String)],
    series: &[Line],
    words: &ChartText<'_>,
) -> Result<Chart, ReportError> {
    let ChartText { y_label, caption, alt, numbers } = *words;
    let fail = err(file);
    // Tall enough for every series' end label, a line apart, beside the plot.
    let height = (END_GAP * (series.len() as i32 - 1) + 72).max(400) as u32;
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (WIDTH, height)).into_drawing_area();
        area.fill(&WHITE).map_err(|e| fail(e.to_string()))?;
        let values = series.iter().flat_map(|s| s.values.iter().flatten().copied());
        let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let (lo, hi) = if lo > hi { (0.0, 1.0) } else { nice_range(lo, hi) };
        let (left, right, top, bottom) = (70, WIDTH as i32 - 130, 16, height as i32 - 56);
        let x = |i: usize| left + (f64::from(right - left) * positions.get(i).copied().unwrap_or(0.0)).round() as i32;
        let y = |v: f64| bottom - ((v - lo) / (hi - lo) * f64::from(bottom - top)).round() as i32;
        let step = nice_step(hi - lo);
        let mut tick = lo;
        while tick <= hi + step / 2.0 {
            line(&area, vec![(left, y(tick)), (right, y(tick))], GRID, 1).map_err(&fail)?;
            text(
                &area,
                &numbers.decimal(tick, 0),
                (left - 8, y(tick)),
                &font(12.0, MUTED, Pos::new(HPos::Right, VPos::Center)),
            )
            .map_err(&fail)?;
            tick += step;
        }
        // The axis's own labels (the data's dates are in the table), each
        // kept inside the canvas, one left out where it would touch the last
        // one drawn.
        let mut drawn_to = i32::MIN;
        for (position, label) in ticks {
            let width = text_width(label, 12.0);
            let at = left + (f64::from(right - left) * position).round() as i32;
            let centre = at.clamp(MARGIN + width / 2 + 1, WIDTH as i32 - MARGIN - width / 2 - 1);
            if centre - width / 2 - 1 < drawn_to + 8 {
                continue;
            }
            text(&area, label, (centre, bottom + 16), &font(12.0, MUTED, Pos::new(HPos::Center, VPos::Center)))
                .map_err(&fail)?;
            drawn_to = centre + width / 2 + 1;
        }
        let unit = fit(y_label, 12.0, WIDTH as i32 - MARGIN - left);
        text(&area, &unit, (left, bottom + 40), &font(12.0, MUTED, Pos::new(HPos::Left, VPos::Center)))
            .map_err(&fail)?;
        let mut ends: Vec<(i32, String, RGBColor)> = Vec::new();
        for (s, line_series) in series.iter().enumerate() {
            let color = PALETTE[s % PALETTE.len()];
            let points: Vec<(i32, i32)> =
                line_series.values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (x(i), y(v)))).collect();
            line(&area, points.clone(), color, 2).map_err(&fail)?;
            for &p in &points {
                marker(&area, s, p, color).map_err(&fail)?;
            }
            if let Some(&(_, py)) = points.last() {
                ends.push((py, line_series.label.clone(), color));
            }
        }
        // End labels, pushed apart so they never overlap, within the plot's
        // height, each shortened to the room beside the plot.
        ends.sort_by_key(|e| e.0);
        let wanted: Vec<i32> = ends.iter().map(|e| e.0).collect();
        for (at, (_, label, color)) in spread(&wanted, (top, bottom), END_GAP).into_iter().zip(ends) {
            let label = fit(&label, 13.0, WIDTH as i32 - MARGIN - (right + 12));
            text(&area, &label, (right + 12, at), &font(13.0, color, Pos::new(HPos::Left, VPos::Center)))
                .map_err(&fail)?;
        }
        area.present().map_err(|e| fail(e.to_string()))?;
    }
    let table = ChartTable {
        header: std::iter::once(String::new()).chain(series.iter().map(|s| s.label.clone())).collect(),
        rows: x_labels
            .iter()
            .enumerate()
            .map(|(i, x)| {
                std::iter::once(x.clone())
                    .chain(series.iter().map(|s| shown(s.values.get(i).copied().flatten(), numbers)))
                    .collect()
            })
            .collect(),
    };
    Ok(Chart { file: file.to_string(), svg, caption: caption.to_string(), alt: alt.to_string(), table })
}

/// The distance between two end labels of a line chart.
const END_GAP: i32 = 16;

/// Positions as near the `wanted` ones (sorted) as they can be while `gap`
/// apart and within `from..=to`: pushed down past each other, then up from
/// the bottom where they ran past it.
fn spread(wanted: &[i32], (from, to): (i32, i32), gap: i32) -> Vec<i32> {
    let mut at: Vec<i32> = Vec::with_capacity(wanted.len());
    for &w in wanted {
        let next = at.last().map_or(w.max(from), |&last| w.max(last + gap));
        at.push(next);
    }
    let mut limit = to;
    for a in at.iter_mut().rev() {
        *a = (*a).min(limit);
        limit = *a - gap;
    }
    at
}

/// A distinct marker shape per series: circle, triangle, square, diamond, cross.
fn marker(area: &Area<'_>, series: usize, (x, y): (i32, i32), color: RGBColor) -> Result<(), String> {
    let style = color.filled();
    let result = match series % 5 {
        0 => area.draw(&Circle::new((x, y), 4, style)),
        1 => area.draw(&TriangleMarker::new((x, y), 5, style)),
        2 => area.draw(&Rectangle::new([(x - 4, y - 4), (x + 4, y + 4)], style)),
        3 => area.draw(&Polygon::new(vec![(x, y - 5), (x + 5, y), (x, y + 5), (x - 5, y)], style)),
        _ => area.draw(&Cross::new((x, y), 4, color.stroke_width(2))),
    };
    result.map_err(|e| e.to_string())
}

/// A range that starts and ends on round numbers around `lo..hi`.
fn nice_range(lo: f64, hi: f64) -> (f64, f64) {
    let span = (hi - lo).max(1.0);
    let step = nice_step(span);
    ((lo / step).floor() * step, (hi / step).ceil() * step)
}

/// A round tick step giving about five ticks over `span`.
fn nice_step(span: f64) -> f64 {
    let raw = span.max(1e-9) / 5.0;
    let magnitude = libm::pow(10.0, libm::log10(raw).floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

#[cfg(test)]
mod overlap;

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: f64) -> Bar {
        Bar { label: label.into(), value, shown: plan_core::format::signed_percent(value, 1) }
    }

    /// The x position of a text label in an SVG.
    fn label_x(svg: &str, label: &str) -> i32 {
        let at = svg.find(&format!(">\n{label}\n<")).expect("the label");
        let start = svg[..at].rfind("<text x=\"").expect("a text element") + 9;
        svg[start..].split('"').next().and_then(|x| x.parse().ok()).expect("an x")
    }

    #[test]
    fn time_axes_are_proportional_to_dates() {
        crate::fonts::register_for_charts();
        let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).expect("date");
        let labels: Vec<String> = ["2020", "2022", "2023"].map(String::from).to_vec();
        let series = [Line { label: "Gol".into(), values: vec![Some(100.0), Some(101.0), Some(103.0)] }];
        let text = ChartText { y_label: "I", caption: "C", alt: "A", numbers: plan_core::Language::Nn.number_format() };
        let chart =
            lines_over_time("charts/t.svg", &[d(2020), d(2022), d(2023)], &labels, &series, &text).expect("draws");
        let (a, b, c) = (label_x(&chart.svg, "2020"), label_x(&chart.svg, "2022"), label_x(&chart.svg, "2023"));
        // Two years, then one: the second gap is half the first (to a pixel).
        assert!(((b - a) - 2 * (c - b)).abs() <= 1, "{a} {b} {c}");
        let even = lines("charts/e.svg", &labels, &series, &text).expect("draws");
        let (a, b, c) = (label_x(&even.svg, "2020"), label_x(&even.svg, "2022"), label_x(&even.svg, "2023"));
        assert!(((b - a) - (c - b)).abs() <= 1, "evenly spaced: {a} {b} {c}");
        assert!(lines_over_time("charts/x.svg", &[d(2020)], &labels, &series, &text).is_err());
    }

    /// Issue 26: close dates (31 December beside 1 January) never get
    /// labels of their own on a time axis: the axis labels each year once,
    /// and the chart's table lists exactly the data's dates.
    #[test]
    fn a_time_axis_labels_years_not_close_dates() {
        crate::fonts::register_for_charts();
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("date");
        let dates = [day(2023, 12, 31), day(2024, 1, 1), day(2024, 12, 31), day(2025, 1, 1), day(2027, 12, 31)];
        let labels: Vec<String> = dates.iter().map(|d| d.format("%-d.%-m.%Y").to_string()).collect();
        let values = vec![Some(88.0), None, Some(92.0), None, Some(96.8)];
        let series = [Line { label: "Målt".into(), values }];
        let text = ChartText { y_label: "I", caption: "C", alt: "A", numbers: plan_core::Language::Nn.number_format() };
        let chart = lines_over_time("charts/g.svg", &dates, &labels, &series, &text).expect("draws");
        for label in &labels {
            assert!(!chart.svg.contains(&format!(">\n{label}\n<")), "no date label {label} on the axis");
        }
        let years: Vec<i32> = ["2024", "2025", "2026", "2027"].iter().map(|y| label_x(&chart.svg, y)).collect();
        assert!(years.windows(2).all(|w| w[1] - w[0] >= 60), "a year apart, well apart: {years:?}");
        let rows: Vec<&String> = chart.table.rows.iter().map(|r| &r[0]).collect();
        assert_eq!(rows, labels.iter().collect::<Vec<_>>(), "the table lists the data's dates");
        // A span within one year is labelled at its ends.
        let short = [day(2024, 3, 1), day(2024, 3, 2)];
        let short_labels: Vec<String> = vec!["1.3.2024".into(), "2.3.2024".into()];
        let series = [Line { label: "Målt".into(), values: vec![Some(1.0), Some(2.0)] }];
        let chart = lines_over_time("charts/s.svg", &short, &short_labels, &series, &text).expect("draws");
        assert!(label_x(&chart.svg, "2.3.2024") - label_x(&chart.svg, "1.3.2024") > 300);
    }

    #[test]
    fn bars_are_deterministic_and_labelled() {
        crate::fonts::register_for_charts();
        let data = [bar("Ankerby", 3.1), bar("Brekkedal", -1.7)];
        let draw = || {
            diverging("charts/x.svg", &data, &bar("Regionen", 4.0), "Endring", "Endring i folketal:", "Regionen samla")
                .expect("draws")
        };
        let (a, b) = (draw(), draw());
        assert_eq!(a.svg, b.svg);
        assert!(a.svg.contains("Brekkedal") && a.svg.contains("\u{2212}1,7\u{a0}%"));
        assert_eq!(
            a.alt,
            "Endring i folketal: Ankerby: +3,1\u{a0}%; Brekkedal: \u{2212}1,7\u{a0}%. Regionen samla: +4,0\u{a0}%."
        );
    }

    #[test]
    fn nice_ticks() {
        assert_eq!(nice_step(1000.0), 200.0);
        assert_eq!(nice_range(93.0, 109.0), (90.0, 110.0));
    }
}
