//! Population figures and an indicator's values as plain text: aligned
//! columns to read on a terminal and CSV for other tools, as `plan-report
//! population` and `indicator` print them.

use plan_core::Language;
use plan_core::population::figures::ChangeFigures;
use plan_core::population::goal::GoalJson;
use plan_core::statistics::Number;
use plan_core::statistics::indicator::IndicatorJson;

/// The figures as aligned columns, numbers and dates written, headed
/// and explained in `language`: one row per municipality and one for the
/// region, then the region's count at every date of the series (when there
/// are more than two) and the plan's population `goals` evaluated.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let region = &folder.plan.meta.region;
/// let figures = ChangeFigures::compute(&folder.population, &CodeChanges::default(), region, d(2017), d(2020))?;
/// let text = plan_report::text_tables::population_table(&figures, &[], plan_core::Language::En);
/// assert!(text.lines().next().unwrap().ends_with(": Hallingdal"), "{text}");
/// let hemsedal = text.lines().find(|line| line.starts_with("3042")).unwrap();
/// assert_eq!(hemsedal.split_whitespace().nth(1), Some("Hemsedal"));
/// assert_eq!(hemsedal.split_whitespace().last(), Some("1"), "ranked first: {hemsedal}");
/// let region = text.lines().find(|line| line.contains("20,532")).unwrap();
/// assert!(region.contains("−1.03%") && region.contains("100.00%"), "{region}");
/// let bokmal = plan_report::text_tables::population_table(&figures, &[], plan_core::Language::Nb);
/// assert!(bokmal.contains("20\u{a0}532") && bokmal.contains("−1,03\u{a0}%") && bokmal.contains("1.1.2020"), "{bokmal}");
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn population_table(figures: &ChangeFigures, goals: &[GoalJson], language: Language) -> String {
    let words = crate::words::Words { language, plan: language };
    let numbers = language.number_format();
    let short = |d: chrono::NaiveDate| words.short_date(d);
    let labels = crate::i18n::labels(language);
    let say = |message: plan_core::Message| crate::i18n::render(&message, language);
    let label = |key: &str| labels.get(key).cloned().unwrap_or_default();
    let header: Vec<String> = vec![
        label("code"),
        label("municipality"),
        short(figures.from),
        short(figures.to),
        label("change"),
        label("change_pct"),
        label("annual_pct"),
        format!("{} %", label("share")),
        label("per_km2"),
        label("rank"),
    ];
    let mut rows = vec![header];
    for m in &figures.municipalities {
        let mut row = vec![m.code.to_string(), m.name.clone()];
        row.extend(m.formatted(numbers));
        row.push(numbers.percent(figures.share_pct(m), 2));
        row.push(m.area_km2.map_or(String::new(), |a| numbers.decimal(m.to as f64 / a, 1)));
        row.push(m.rank.to_string());
        rows.push(row);
    }
    let r = &figures.region;
    let mut row = vec![String::new(), r.name.clone()];
    row.extend(r.formatted(numbers));
    row.push(numbers.percent(100.0, 2));
    row.push(r.area_km2.map_or(String::new(), |a| numbers.decimal(r.to as f64 / a, 1)));
    row.push(String::new());
    rows.push(row);
    let mut out = format!(
        "{}\n\n",
        say(plan_core::msg!(
            "population-table-heading",
            from = plan_core::i18n::date(figures.from),
            to = plan_core::i18n::date(figures.to),
            region = r.name.as_str()
        ))
    );
    out.push_str(&align(&rows, &[false, false, true, true, true, true, true, true, true, true]));
    if figures.series.len() > 2 {
        out.push_str(&format!("\n{}\n\n", say(plan_core::msg!("population-table-series", region = r.name.as_str()))));
        let mut rows = vec![vec![label("date"), label("population"), label("change"), label("change_pct")]];
        for step in figures.region_steps() {
            let count = step.count.map_or("–".to_string(), |n| numbers.integer(n as i64));
            let (change, pct) = match (step.change, step.change_pct) {
                (Some(change), Some(pct)) => (numbers.signed_integer(change), numbers.signed_percent(pct, 2)),
                _ => (String::new(), String::new()),
            };
            rows.push(vec![short(step.date), count, change, pct]);
        }
        out.push_str(&align(&rows, &[false, true, true, true]));
    }
    for goal in goals {
        let e = &goal.evaluation;
        let value = |p: Option<plan_core::population::goal::Point>| {
            p.map_or("–".to_string(), |p| format!("{} ({})", numbers.integer(p.value.round() as i64), short(p.date)))
        };
        out.push_str(&format!(
            "\n{}\n  {}\n",
            say(plan_core::msg!(
                "population-table-goal",
                goal = goal.text.as_str(),
                status = e.status.message(),
                baseline = value(e.baseline),
                latest = value(e.latest),
                target = e.target.map_or("–".to_string(), |t| numbers.integer(t.round() as i64))
            )),
            goal.rule
        ));
    }
    out.push_str(&format!("\n{}", say(plan_core::msg!("population-table-note"))));
    out
}

/// The figures as CSV for other tools: dot decimals, percentages rounded to
/// two decimals, the region as the last row with an empty code (its name in
/// `language` when the region is a selection of municipalities).
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// use plan_core::population::{figures::ChangeFigures, reform::CodeChanges};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// let region = &folder.plan.meta.region;
/// let figures = ChangeFigures::compute(&folder.population, &CodeChanges::default(), region, d(2017), d(2020))?;
/// let csv = plan_report::text_tables::population_csv(&figures, plan_core::Language::En);
/// let lines: Vec<&str> = csv.lines().collect();
/// assert_eq!(lines[0], "code,name,from,to,change,change_pct,annual_pct,share_pct,density,rank");
/// assert_eq!(lines[4], "3042,Hemsedal,2442,2486,44,1.8,0.6,12.11,3.3,1");
/// assert_eq!(lines[7], ",Hallingdal,20746,20532,-214,-1.03,-0.35,100,,");
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn population_csv(figures: &ChangeFigures, language: Language) -> String {
    let json = figures.to_json(&[], language);
    let header = ["code", "name", "from", "to", "change", "change_pct", "annual_pct", "share_pct", "density", "rank"];
    let mut rows = vec![header.map(String::from).to_vec()];
    for m in &json.municipalities {
        let density = m.density.map_or(String::new(), |d| d.to_string());
        rows.push(vec![
            m.code.to_string(),
            m.name.clone(),
            m.from.to_string(),
            m.to.to_string(),
            m.change.to_string(),
            m.change_pct.to_string(),
            m.annual_pct.to_string(),
            m.share_pct.to_string(),
            density,
            m.rank.to_string(),
        ]);
    }
    let r = &json.region;
    rows.push(vec![
        String::new(),
        r.name.clone(),
        r.from.to_string(),
        r.to.to_string(),
        r.change.to_string(),
        r.change_pct.to_string(),
        r.annual_pct.to_string(),
        "100".to_string(),
        String::new(),
        String::new(),
    ]);
    let mut out = csv_text(&rows);
    out.pop();
    out
}

/// A value as the tables write numbers, in `numbers`' format.
fn shown(value: Option<Number>, numbers: plan_core::format::NumberFormat) -> String {
    match value {
        None => "–".to_string(),
        Some(n) if n.decimals == 0 => numbers.integer(n.scaled),
        Some(n) => numbers.decimal(n.to_string().parse().unwrap_or(0.0), usize::from(n.decimals)),
    }
}

/// The values as aligned columns, headed in `language`: per municipality
/// and period, then the region's per period.
///
/// # Example
/// ```
/// use plan_core::statistics::{indicator::{Query, indicator}, read_statistics_bytes};
/// let csv = "region;år;Sysselsette\n4001 Porsgrunn;2021;1190\n4001 Porsgrunn;2022;1200\n";
/// let (table, _) = read_statistics_bytes(csv.as_bytes(), "t.csv")?;
/// let query = Query { variable: "Sysselsette".into(), ..Default::default() };
/// let (values, _) = indicator(&[table], &Default::default(), &query, plan_core::Language::En)?;
/// let text = plan_report::text_tables::indicator_table(&values, plan_core::Language::En);
/// let lines: Vec<&str> = text.lines().collect();
/// assert_eq!(lines[0], "Sysselsette per municipality and period");
/// assert_eq!(lines[2].split_whitespace().collect::<Vec<_>>(), ["Code", "Municipality", "Period", "Value"]);
/// assert_eq!(lines[4].split_whitespace().collect::<Vec<_>>(), ["4001", "Porsgrunn", "2022", "1,200"]);
/// let bokmal = plan_report::text_tables::indicator_table(&values, plan_core::Language::Nb);
/// assert!(bokmal.contains("1\u{a0}200"), "{bokmal}");
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn indicator_table(json: &IndicatorJson, language: Language) -> String {
    let numbers = language.number_format();
    let say = |message: plan_core::Message| crate::i18n::render(&message, language);
    let labels = crate::i18n::labels(language);
    let label = |key: &str| labels.get(key).cloned().unwrap_or_default();
    let period = say(plan_core::msg!("indicator-period"));
    let value = say(plan_core::msg!("indicator-value"));
    let v = &json.variable;
    let variable = if v.code == v.label { v.label.clone() } else { format!("{} ({})", v.label, v.code) };
    let mut out = format!("{}\n\n", say(plan_core::msg!("indicator-table-heading", variable = variable)));
    let mut rows = vec![vec![label("code"), label("municipality"), period.clone(), value.clone()]];
    for v in &json.values {
        rows.push(vec![v.code.clone(), v.name.clone(), v.period.clone(), shown(v.value, numbers)]);
    }
    out.push_str(&align(&rows, &[false, false, false, true]));
    if !json.region.is_empty() {
        out.push_str(&format!("\n{}\n\n", say(plan_core::msg!("indicator-table-region"))));
        let mut rows = vec![vec![period, value, say(plan_core::msg!("indicator-note"))]];
        for r in &json.region {
            rows.push(vec![r.period.clone(), shown(r.value, numbers), r.note.clone().unwrap_or_default()]);
        }
        out.push_str(&align(&rows, &[false, true, false]));
    }
    out.trim_end().to_string()
}

/// The values as CSV: `code,name,period,start,end,value`, the region's rows
/// with an empty code and the name `region`.
///
/// # Example
/// ```
/// use plan_core::statistics::{indicator::{Query, indicator}, read_statistics_bytes};
/// let csv = "region;år;Sysselsette\n4001 Porsgrunn;2021;1190\n4001 Porsgrunn;2022;1200\n";
/// let (table, _) = read_statistics_bytes(csv.as_bytes(), "t.csv")?;
/// let query = Query { variable: "Sysselsette".into(), ..Default::default() };
/// let (values, _) = indicator(&[table], &Default::default(), &query, plan_core::Language::En)?;
/// assert_eq!(
///     plan_report::text_tables::indicator_csv(&values),
///     "code,name,period,start,end,value\n\
///      4001,Porsgrunn,2021,2021-01-01,2021-12-31,1190\n\
///      4001,Porsgrunn,2022,2022-01-01,2022-12-31,1200"
/// );
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn indicator_csv(json: &IndicatorJson) -> String {
    let value = |v: Option<Number>| v.map_or(String::new(), |n| n.to_string());
    let mut rows = vec![["code", "name", "period", "start", "end", "value"].map(String::from).to_vec()];
    for v in &json.values {
        rows.push(vec![
            v.code.to_string(),
            v.name.clone(),
            v.period.to_string(),
            v.start.to_string(),
            v.end.to_string(),
            value(v.value),
        ]);
    }
    for r in &json.region {
        rows.push(vec![
            String::new(),
            "region".to_string(),
            r.period.to_string(),
            r.start.to_string(),
            r.end.to_string(),
            value(r.value),
        ]);
    }
    csv_text(&rows).trim_end().to_string()
}

/// Rows as CSV, written by `csv-core` (the writer under `csv::Writer`,
/// here without its I/O errors, as it writes to memory): `,` between
/// fields, `\n` after each row, a field quoted when it holds a comma, a
/// quote or a line break.
fn csv_text(rows: &[Vec<String>]) -> String {
    use csv_core::WriteResult;
    let mut writer = csv_core::WriterBuilder::new().terminator(csv_core::Terminator::Any(b'\n')).build();
    let mut out = Vec::new();
    let mut buffer = [0u8; 256];
    // Each step of the writer, repeated while its output is full.
    let mut step = |out: &mut Vec<u8>, write: &mut dyn FnMut(&mut [u8]) -> (WriteResult, usize)| loop {
        let (result, written) = write(&mut buffer);
        out.extend_from_slice(&buffer[..written]);
        if result == WriteResult::InputEmpty {
            break;
        }
    };
    for row in rows {
        for (i, field) in row.iter().enumerate() {
            if i > 0 {
                step(&mut out, &mut |buf| writer.delimiter(buf));
            }
            let mut input = field.as_bytes();
            step(&mut out, &mut |buf| {
                let (result, read, written) = writer.field(input, buf);
                input = &input[read..];
                (result, written)
            });
        }
        step(&mut out, &mut |buf| writer.terminator(buf));
    }
    step(&mut out, &mut |buf| writer.finish(buf));
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Pads columns to equal width (counted in characters).
fn align(rows: &[Vec<String>], right: &[bool]) -> String {
    let widths: Vec<usize> =
        (0..rows[0].len()).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let pad = " ".repeat(widths[c] - cell.chars().count());
                if right[c] { format!("{pad}{cell}") } else { format!("{cell}{pad}") }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}
