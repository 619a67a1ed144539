//! Values of the measurable result goals that are not computed from the
//! population tables (`indikatorar.csv`: indicator id, date, value, source).

use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::plan::FocusArea;
use crate::population::goal::Point;
use crate::table::{Column, Table};

/// One measured value of an indicator.
///
/// # Example
/// ```
/// use plan_core::indicators::IndicatorValue;
/// use plan_core::population::goal::Point;
/// let value = IndicatorValue {
///     goal: "klima-1".into(),
///     point: Point { date: chrono::NaiveDate::from_ymd_opt(2020, 12, 31).unwrap(), value: 412_000.0 },
///     source: "Miljødirektoratet".into(),
/// };
/// assert_eq!(
///     serde_json::to_string(&value).unwrap(),
///     r#"{"goal":"klima-1","point":{"date":"2020-12-31","value":412000.0},"source":"Miljødirektoratet"}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct IndicatorValue {
    /// The result goal's id.
    pub goal: String,
    /// The value's point in time and value.
    pub point: Point,
    /// Where the value comes from.
    pub source: String,
}

const ID: Column = Column {
    name: "id",
    aliases: &["indikator", "resultatmal", "mal", "indicator", "result goal", "goal"],
    required: true,
};
const DATE: Column = Column { name: "dato", aliases: &["date", "ar", "tid"], required: true };
const VALUE: Column = Column { name: "verdi", aliases: &["value", "tal"], required: true };
const SOURCE: Column = Column { name: "kjelde", aliases: &["kilde", "source"], required: false };

/// Reads indicator values, checking each id against the measurable result
/// goals.
pub(crate) fn read_indicators(table: &Table, focus_areas: &[FocusArea]) -> (Vec<IndicatorValue>, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let mut values = Vec::new();
    let columns = match table.columns(&[ID, DATE, VALUE, SOURCE]) {
        Ok(columns) => columns,
        Err(missing) => return (values, missing),
    };
    let [id, date, value, source] = columns;
    let measurable: Vec<&str> = focus_areas
        .iter()
        .flat_map(|f| &f.result_goals)
        .filter(|g| g.indicator.is_some())
        .map(|g| g.id.as_str())
        .collect();
    for row in &table.rows {
        let goal = row.get(id);
        let mut ok = true;
        if !measurable.contains(&goal) {
            errors.push(table.error(
                row.line,
                ID.name,
                crate::msg!("indicator-goal-unknown", goal = goal, known = measurable.join(", ")),
            ));
            ok = false;
        }
        let when = crate::calendar::parse_year_or_date(row.get(date));
        if let Err(e) = &when {
            errors.push(table.error(row.line, DATE.name, e.message()));
        }
        let text = row.get(value);
        let number: Option<f64> = text
            .chars()
            .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
            .map(|c| if c == ',' { '.' } else { c })
            .collect::<String>()
            .replace('\u{2212}', "-")
            .parse()
            .ok()
            .filter(|v: &f64| v.is_finite());
        if number.is_none() {
            errors.push(table.error(row.line, VALUE.name, crate::msg!("indicator-value-unreadable", text = text)));
        }
        if let (true, Ok(date), Some(value)) = (ok, when, number) {
            values.push(IndicatorValue {
                goal: goal.to_string(),
                point: Point { date, value },
                source: row.get(source).to_string(),
            });
        }
    }
    values.sort_by_key(|v| v.point.date);
    (values, errors)
}
