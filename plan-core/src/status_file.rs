//! The status file of a reporting year (`status/YEAR.csv`): the status of
//! each action as staff report it, and its reader.

use std::collections::BTreeMap;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::msg;
use crate::plan::Action;
use crate::table::{Column, Table};
use crate::text::fold;

/// The status of an action in a reporting year.
///
/// # Example
/// ```
/// use plan_core::status_file::ActionStatus;
/// let status = ActionStatus::parse("Forsinket").unwrap();
/// assert_eq!(status, ActionStatus::Delayed);
/// assert_eq!(status.to_string(), "forseinka");
/// assert_eq!(serde_json::to_string(&ActionStatus::NotStarted).unwrap(), "\"not_started\"");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Ikkje starta / ikke startet.
    NotStarted,
    /// I gang / pågår.
    InProgress,
    /// Fullført.
    Done,
    /// Forseinka / forsinket.
    Delayed,
    /// Avlyst.
    Cancelled,
}

impl ActionStatus {
    /// Every status, in the order reports list them.
    ///
    /// # Example
    /// ```
    /// use plan_core::status_file::ActionStatus;
    /// let labels: Vec<&str> = ActionStatus::ALL.iter().map(|s| s.label_nn()).collect();
    /// assert_eq!(labels, ["fullført", "i gang", "ikkje starta", "forseinka", "avlyst"]);
    /// ```
    pub const ALL: [ActionStatus; 5] = [
        ActionStatus::Done,
        ActionStatus::InProgress,
        ActionStatus::NotStarted,
        ActionStatus::Delayed,
        ActionStatus::Cancelled,
    ];

    /// Every word a status file may use, in Nynorsk and Bokmål with common
    /// synonyms, and the status it means (compared without regard to case
    /// or diacritics).
    ///
    /// # Example
    /// ```
    /// use plan_core::status_file::ActionStatus;
    /// assert!(ActionStatus::WORDS.contains(&("utført", ActionStatus::Done)));
    /// ```
    pub const WORDS: [(&'static str, ActionStatus); 25] = [
        ("ikkje starta", ActionStatus::NotStarted),
        ("ikke startet", ActionStatus::NotStarted),
        ("ikkje starta enno", ActionStatus::NotStarted),
        ("ikke startet enda", ActionStatus::NotStarted),
        ("i gang", ActionStatus::InProgress),
        ("pågår", ActionStatus::InProgress),
        ("i arbeid", ActionStatus::InProgress),
        ("fullført", ActionStatus::Done),
        ("gjennomført", ActionStatus::Done),
        ("utført", ActionStatus::Done),
        ("ferdig", ActionStatus::Done),
        ("forseinka", ActionStatus::Delayed),
        ("forsinka", ActionStatus::Delayed),
        ("forsinket", ActionStatus::Delayed),
        ("avlyst", ActionStatus::Cancelled),
        ("avslutta", ActionStatus::Cancelled),
        ("avsluttet", ActionStatus::Cancelled),
        ("utgår", ActionStatus::Cancelled),
        ("not started", ActionStatus::NotStarted),
        ("in progress", ActionStatus::InProgress),
        ("completed", ActionStatus::Done),
        ("done", ActionStatus::Done),
        ("delayed", ActionStatus::Delayed),
        ("cancelled", ActionStatus::Cancelled),
        ("canceled", ActionStatus::Cancelled),
    ];

    /// Reads a status in Nynorsk, Bokmål or English, any case: one of
    /// [`ActionStatus::WORDS`].
    ///
    /// # Example
    /// ```
    /// use plan_core::status_file::ActionStatus;
    /// assert_eq!(ActionStatus::parse("Pågår"), Some(ActionStatus::InProgress));
    /// assert_eq!(ActionStatus::parse("ikke startet"), Some(ActionStatus::NotStarted));
    /// assert_eq!(ActionStatus::parse("Utført"), Some(ActionStatus::Done));
    /// assert_eq!(ActionStatus::parse("ferdig?"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Self> {
        let folded = fold(text);
        Self::WORDS.iter().find(|(word, _)| fold(word) == folded).map(|(_, status)| *status)
    }

    /// The status as a word in any language (`ikkje starta`, `not started`).
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, status_file::ActionStatus};
    /// assert_eq!(ActionStatus::InProgress.message().render(Language::Nn), "i gang");
    /// assert_eq!(ActionStatus::Delayed.message().render(Language::Nb), "forsinket");
    /// assert_eq!(ActionStatus::Done.message().render(Language::En), "completed");
    /// assert_eq!(ActionStatus::parse(&ActionStatus::Cancelled.message().render(Language::Nn)), Some(ActionStatus::Cancelled));
    /// ```
    pub fn message(self) -> Message {
        match self {
            ActionStatus::NotStarted => msg!("status-not-started"),
            ActionStatus::InProgress => msg!("status-in-progress"),
            ActionStatus::Done => msg!("status-done"),
            ActionStatus::Delayed => msg!("status-delayed"),
            ActionStatus::Cancelled => msg!("status-cancelled"),
        }
    }

    /// The word a Nynorsk status file uses (`ikkje starta`, `i gang`, …).
    ///
    /// # Example
    /// ```
    /// use plan_core::status_file::ActionStatus;
    /// assert_eq!(ActionStatus::Delayed.label_nn(), "forseinka");
    /// ```
    pub fn label_nn(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "ikkje starta",
            ActionStatus::InProgress => "i gang",
            ActionStatus::Done => "fullført",
            ActionStatus::Delayed => "forseinka",
            ActionStatus::Cancelled => "avlyst",
        }
    }

    /// True for statuses that close an action: fullført and avlyst.
    ///
    /// # Example
    /// ```
    /// use plan_core::status_file::ActionStatus;
    /// assert!(ActionStatus::Done.is_closed());
    /// assert!(ActionStatus::Cancelled.is_closed());
    /// assert!(!ActionStatus::Delayed.is_closed());
    /// ```
    pub fn is_closed(self) -> bool {
        matches!(self, ActionStatus::Done | ActionStatus::Cancelled)
    }
}

impl fmt::Display for ActionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label_nn())
    }
}

/// One action's status in a reporting year.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// use plan_core::status_file::ActionStatus;
/// let entry = folder.status_for(2021).unwrap().entry("NAER-02").unwrap();
/// assert_eq!(entry.status, ActionStatus::Delayed);
/// assert_eq!(entry.progress, Some(20));
/// assert_eq!(entry.comment, "Portalen vert lyst ut på nytt i 2022.");
/// assert_eq!(entry.updated.map(|d| d.to_string()).as_deref(), Some("2021-12-15"));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StatusEntry {
    /// The action's id.
    pub id: String,
    /// The status.
    pub status: ActionStatus,
    /// The status word as the file writes it (`pågår`, `in progress`), so
    /// that the status template carries it over as written. Not in the
    /// JSON.
    #[serde(skip)]
    pub status_text: String,
    /// Progress in percent, 0–100.
    pub progress: Option<u8>,
    /// Comment.
    pub comment: String,
    /// When the entry was last updated.
    pub updated: Option<NaiveDate>,
    /// The line (or row) it was read from.
    #[serde(skip)]
    pub line: Option<u64>,
}

/// The status of the actions in one reporting year (`status/YEAR.csv`).
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let status = folder.status_for(2021).unwrap();
/// assert_eq!(status.year, 2021);
/// assert_eq!(status.file, "status/2021.csv");
/// assert_eq!(status.entries[0].id, "NAER-01");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StatusFile {
    /// The reporting year.
    pub year: i32,
    /// The file it was read from, relative to the plan folder
    /// (`status/2021.csv`).
    pub file: String,
    /// One entry per reported action, in file order.
    pub entries: Vec<StatusEntry>,
}

impl StatusFile {
    /// The entry for an action.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// # let plan = &folder.plan;
    /// let status = folder.status_for(2021).unwrap();
    /// assert_eq!(status.entry("NAER-01").and_then(|e| e.progress), Some(40));
    /// assert!(status.entry("NO-SUCH").is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn entry(&self, id: &str) -> Option<&StatusEntry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

const ID: Column =
    Column { name: "id", aliases: &["tiltak", "tiltak id", "nr", "action", "action id"], required: true };
const STATUS: Column = Column { name: "status", aliases: &["tilstand"], required: true };
const PROGRESS: Column =
    Column { name: "framdrift", aliases: &["fremdrift", "progress", "prosent", "percent"], required: false };
const COMMENT: Column = Column { name: "kommentar", aliases: &["merknad", "comment", "note"], required: false };
const UPDATED: Column = Column {
    name: "oppdatert",
    aliases: &["dato", "updated", "sist oppdatert", "date", "last updated"],
    required: false,
};

/// A status table as read: the file, the errors found, and the rows whose
/// action is not in the programme (kept in the file, reported by the
/// caller, which knows the plan's history).
pub(crate) struct StatusRead {
    pub(crate) file: StatusFile,
    pub(crate) errors: Vec<Diagnostic>,
    pub(crate) unknown: Vec<(u64, String)>,
}

/// Reads a status table for `year`, checking every id against the actions.
///
/// Located diagnostics for an unknown status, a progress outside 0–100 %,
/// a date that is no date, a duplicate id and missing columns; ids that are
/// not in `actions` are listed in [`StatusRead::unknown`].
pub(crate) fn read_status(table: &Table, year: i32, actions: &[Action]) -> StatusRead {
    let mut out = StatusFile { year, file: table.file.clone(), entries: Vec::new() };
    let mut errors = Vec::new();
    let mut unknown = Vec::new();
    let columns = match table.columns(&[ID, STATUS, PROGRESS, COMMENT, UPDATED]) {
        Ok(columns) => columns,
        Err(missing) => return StatusRead { file: out, errors: missing, unknown },
    };
    let [id, status, progress, comment, updated] = columns;
    let status_column = status;
    let mut seen: BTreeMap<String, u64> = BTreeMap::new();
    let known: std::collections::BTreeSet<&str> = actions.iter().map(|a| a.id.as_str()).collect();
    let fractions = is_fraction_column(table.rows.iter().map(|r| r.get(progress)));
    for row in &table.rows {
        let mut ok = true;
        let mut error = |field: &str, message: Message| {
            errors.push(table.error(row.line, field, message));
            ok = false;
        };
        let action = row.get(id).to_string();
        if action.is_empty() {
            error(ID.name, msg!("status-action-id-missing"));
        } else if let Some(first) = seen.get(&action) {
            error(ID.name, msg!("status-action-twice", id = &action, first = *first));
        } else {
            seen.insert(action.clone(), row.line);
            if !known.contains(action.as_str()) {
                unknown.push((row.line, action.clone()));
            }
        }
        let parsed = ActionStatus::parse(row.get(status));
        if parsed.is_none() {
            let words: Vec<&str> = ActionStatus::WORDS.iter().map(|(w, _)| *w).collect();
            let near = crate::text::nearest(row.get(status), words.iter().map(|w| (*w, vec![*w])));
            error(
                STATUS.name,
                match near {
                    Some(word) => {
                        msg!("status-word-near", text = row.get(status), word = word, words = words.join(", "))
                    }
                    None => msg!("status-word-unknown", text = row.get(status), words = words.join(", ")),
                },
            );
        }
        let percent = match parse_progress(row.get(progress), fractions) {
            Ok(p) => p,
            Err(message) => {
                error(PROGRESS.name, message);
                None
            }
        };
        let date = match row.get(updated) {
            "" => None,
            text => match crate::calendar::parse_date(text) {
                Ok(d) => Some(d),
                Err(e) => {
                    error(UPDATED.name, e.message());
                    None
                }
            },
        };
        if let (true, Some(status)) = (ok, parsed) {
            out.entries.push(StatusEntry {
                id: action,
                status,
                status_text: row.get(status_column).trim().to_string(),
                progress: percent,
                comment: row.get(comment).to_string(),
                updated: date,
                line: Some(row.line),
            });
        }
    }
    StatusRead { file: out, errors, unknown }
}

/// True when a progress column holds fractions, as Excel stores percentage
/// cells (`0.4` for 40 %): every value is a number from 0 to 1 without a
/// `%` sign, and not all of them are 0.
fn is_fraction_column<'a>(cells: impl Iterator<Item = &'a str>) -> bool {
    let mut any_positive = false;
    for cell in cells.map(str::trim).filter(|c| !c.is_empty()) {
        match cell.replace(',', ".").parse::<f64>() {
            Ok(v) if (0.0..=1.0).contains(&v) && !cell.contains('%') => any_positive |= v > 0.0,
            _ => return false,
        }
    }
    any_positive
}

/// `50`, `50 %`, `50,5` (rounded); in a column of fractions (see
/// [`is_fraction_column`]) `0.5` is 50 %.
fn parse_progress(text: &str, fractions: bool) -> Result<Option<u8>, Message> {
    let trimmed = text.trim().trim_end_matches('%').trim().replace(',', ".");
    if trimmed.is_empty() {
        return Ok(None);
    }
    let value: f64 = trimmed.parse().map_err(|_| msg!("progress-unreadable", text = text.trim()))?;
    let value = if fractions { value * 100.0 } else { value };
    if !(0.0..=100.0).contains(&value) {
        return Err(msg!("progress-impossible", text = text.trim()));
    }
    Ok(Some(value.round() as u8))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_progress() {
        assert_eq!(parse_progress("50", false), Ok(Some(50)));
        assert_eq!(parse_progress("50 %", false), Ok(Some(50)));
        assert_eq!(parse_progress("0.5", true), Ok(Some(50)), "an Excel percentage cell");
        assert_eq!(parse_progress("1", true), Ok(Some(100)));
        assert_eq!(parse_progress("", false), Ok(None));
        let said = |text: &str| parse_progress(text, false).map_err(|m| m.render(crate::Language::En));
        assert_eq!(said("140 %"), Err("progress 140 % is impossible (expected a percentage from 0 to 100)".into()));
        assert_eq!(said("mykje"), Err("cannot read progress \"mykje\" (expected a percentage from 0 to 100)".into()));
        assert!(is_fraction_column(["0.4", "1", ""].into_iter()));
        assert!(!is_fraction_column(["40", "1"].into_iter()));
        assert!(!is_fraction_column(["0", "0"].into_iter()));
    }

    #[test]
    fn reads_every_status_form() {
        for (text, status) in [
            ("ikkje starta", ActionStatus::NotStarted),
            ("Ikke startet", ActionStatus::NotStarted),
            ("I GANG", ActionStatus::InProgress),
            ("pågår", ActionStatus::InProgress),
            ("Fullført", ActionStatus::Done),
            ("forseinka", ActionStatus::Delayed),
            ("forsinket", ActionStatus::Delayed),
            ("avlyst", ActionStatus::Cancelled),
        ] {
            assert_eq!(ActionStatus::parse(text), Some(status), "{text}");
        }
    }
}
