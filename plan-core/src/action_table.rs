//! The action table (`tiltak.csv`, a revision `handlingsprogram/YEAR.csv`):
//! its columns and rows read into actions, each checked against the plan's
//! focus areas and themes.

use std::collections::BTreeMap;

use crate::deadline::Deadline;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Arg, Message};
use crate::msg;
use crate::plan::{Action, FocusArea};
use crate::table::{Column, Table};
use crate::text::fold;

const ID: Column = Column { name: "id", aliases: &["nr", "tiltaksnummer", "tiltak id"], required: true };
const FOCUS_AREA: Column =
    Column { name: "innsatsområde", aliases: &["innsatsomrade", "focus area", "focus_area"], required: true };
const THEME: Column = Column { name: "tema", aliases: &["theme"], required: false };
const TEXT: Column = Column { name: "tiltak", aliases: &["action", "tekst"], required: true };
const DEADLINE: Column = Column { name: "frist", aliases: &["deadline"], required: true };
const RESPONSIBLE: Column =
    Column { name: "ansvar", aliases: &["ansvarleg", "ansvarlig", "responsible"], required: true };
const COST: Column = Column { name: "kostnad", aliases: &["kostnader", "cost", "budsjett"], required: false };
const NOTE: Column = Column { name: "merknad", aliases: &["merknader", "note", "kommentar"], required: false };

/// Reads the action programme from `tiltak.csv` or `tiltak.xlsx`, checking
/// each row against the focus areas and themes. Problems go to
/// `diagnostics`; rows with errors are left out.
pub(crate) fn read_actions(table: &Table, focus_areas: &[FocusArea], diagnostics: &mut Vec<Diagnostic>) -> Vec<Action> {
    let columns = match table.columns(&[ID, FOCUS_AREA, THEME, TEXT, DEADLINE, RESPONSIBLE, COST, NOTE]) {
        Ok(columns) => columns,
        Err(missing) => {
            diagnostics.extend(missing);
            return Vec::new();
        }
    };
    let [id, area, theme, text, deadline, responsible, cost, note] = columns;
    let mut first_line: BTreeMap<String, u64> = BTreeMap::new();
    let mut actions = Vec::new();
    for row in &table.rows {
        let mut ok = true;
        let mut error = |field: &str, message: Message| {
            diagnostics.push(table.error(row.line, field, message));
            ok = false;
        };
        let action_id = row.get(id).to_string();
        if action_id.is_empty() {
            error(ID.name, msg!("action-id-missing"));
        } else if let Some(first) = first_line.get(&action_id) {
            error(ID.name, msg!("action-id-duplicate", id = action_id.as_str(), first = *first));
        } else {
            first_line.insert(action_id.clone(), row.line);
        }
        let focus = find_focus_area(focus_areas, row.get(area));
        if focus.is_none() {
            let known: Vec<String> = focus_areas.iter().map(|f| format!("{} ({})", f.id, f.name)).collect();
            let nearest = crate::text::nearest(
                row.get(area),
                focus_areas.iter().map(|f| {
                    (
                        f.id.as_str(),
                        [f.id.as_str(), f.name.as_str()]
                            .into_iter()
                            .chain(f.name_variants.iter().map(String::as_str))
                            .collect(),
                    )
                }),
            )
            .map_or(Arg::Text(String::new()), |id| msg!("did-you-mean", id = id).into());
            let message = if focus_areas.is_empty() {
                msg!("focus-area-none-in-plan")
            } else if row.get(area).is_empty() {
                msg!("focus-area-missing", known = known.join(", "))
            } else {
                msg!("focus-area-unknown", text = row.get(area), known = known.join(", "), nearest = nearest)
            };
            error(FOCUS_AREA.name, message);
        }
        let theme_id = match (focus, row.get(theme)) {
            (_, "") => None,
            (Some(focus), wanted) => match find_theme(focus, wanted) {
                Some(theme) => Some(theme.to_string()),
                None => {
                    let known: Vec<String> = focus.themes.iter().map(|t| format!("{} ({})", t.id, t.name)).collect();
                    let nearest = crate::text::nearest(
                        wanted,
                        focus.themes.iter().map(|t| {
                            (
                                t.id.as_str(),
                                [t.id.as_str(), t.name.as_str()]
                                    .into_iter()
                                    .chain(t.name_variants.iter().map(String::as_str))
                                    .collect(),
                            )
                        }),
                    )
                    .map_or(Arg::Text(String::new()), |id| msg!("did-you-mean", id = id).into());
                    let expected = if known.is_empty() {
                        msg!("focus-area-without-themes")
                    } else {
                        msg!("expected-id-or-name", known = known.join(", "), nearest = nearest)
                    };
                    error(THEME.name, msg!("theme-unknown", text = wanted, area = &focus.id, expected = expected));
                    None
                }
            },
            (None, _) => None,
        };
        let action_text = row.get(text).to_string();
        if action_text.is_empty() {
            error(TEXT.name, msg!("action-text-missing"));
        }
        let parsed_deadline = match Deadline::parse(row.get(deadline)) {
            Ok(d) => Some(d),
            Err(e) => {
                error(DEADLINE.name, e.message());
                None
            }
        };
        // A remark after the amount (`eks. mva`) goes to the note, as written.
        let (parsed_cost, remark) = match crate::money::read_cost(row.get(cost)) {
            Ok(cell) => (cell.amount, cell.remark),
            Err(e) => {
                error(COST.name, e.message());
                (None, String::new())
            }
        };
        let note_text = match (row.get(note), remark.as_str()) {
            (note, "") => note.to_string(),
            ("", remark) => remark.to_string(),
            (note, remark) => format!("{note}; {remark}"),
        };
        if let (true, Some(focus), Some(deadline)) = (ok, focus, parsed_deadline) {
            actions.push(Action {
                id: action_id,
                focus_area: focus.id.clone(),
                theme: theme_id,
                text: action_text,
                deadline,
                responsible: split_bodies(row.get(responsible)),
                cost: parsed_cost,
                note: note_text,
                line: Some(row.line),
            });
        }
    }
    actions
}

/// A focus area by id, name or name variant (case and diacritics ignored).
fn find_focus_area<'a>(focus_areas: &'a [FocusArea], wanted: &str) -> Option<&'a FocusArea> {
    let wanted = fold(wanted);
    if wanted.is_empty() {
        return None;
    }
    focus_areas
        .iter()
        .find(|f| fold(&f.id) == wanted || fold(&f.name) == wanted || f.name_variants.iter().any(|v| fold(v) == wanted))
}

/// A theme's id by id, name or name variant.
fn find_theme<'a>(focus: &'a FocusArea, wanted: &str) -> Option<&'a str> {
    let wanted = fold(wanted);
    focus
        .themes
        .iter()
        .find(|t| fold(&t.id) == wanted || fold(&t.name) == wanted || t.name_variants.iter().any(|v| fold(v) == wanted))
        .map(|t| t.id.as_str())
}

/// Splits "RR/ kommune" into its bodies. Separators: `/`, `,`, `;`, `+`, `&`.
///
/// ```
/// # use plan_core::load::split_bodies;
/// assert_eq!(split_bodies("RR/ Næringa"), ["RR", "Næringa"]);
/// assert!(split_bodies("  ").is_empty());
/// ```
pub fn split_bodies(text: &str) -> Vec<String> {
    let mut bodies: Vec<String> = Vec::new();
    for part in text.split(['/', ',', ';', '+', '&']) {
        let part = crate::text::squash_spaces(part);
        if !part.is_empty() && !bodies.contains(&part) {
            bodies.push(part);
        }
    }
    bodies
}

/// The focus areas and themes an action file names, taken as written, for
/// a file with no plan beside it.
pub(crate) fn focus_areas_as_written(table: &Table) -> Vec<FocusArea> {
    let Ok([area, theme]) = table.columns(&[FOCUS_AREA, THEME]) else { return Vec::new() };
    let mut out: Vec<FocusArea> = Vec::new();
    for row in &table.rows {
        let (name, theme_name) = (row.get(area).trim(), row.get(theme).trim());
        if name.is_empty() {
            continue;
        }
        let index = match out.iter().position(|f| f.id == name) {
            Some(i) => i,
            None => {
                out.push(FocusArea {
                    id: name.to_string(),
                    name: name.to_string(),
                    name_variants: Vec::new(),
                    description: String::new(),
                    themes: Vec::new(),
                    result_goals: Vec::new(),
                });
                out.len() - 1
            }
        };
        if !theme_name.is_empty() && !out[index].themes.iter().any(|t| t.id == theme_name) {
            out[index].themes.push(crate::plan::Theme {
                id: theme_name.to_string(),
                name: theme_name.to_string(),
                name_variants: Vec::new(),
            });
        }
    }
    out
}
