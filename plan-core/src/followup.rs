//! Following the action programme up year by year: the status of each
//! action (`status/YEAR.csv`), what is due and what is overdue, and the
//! template staff fill in.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::diagnostic::Diagnostic;
use crate::folder::PlanFolder;
use crate::i18n::{Message, date};
use crate::msg;
use crate::plan::Action;
use crate::table::{Column, Table};
use crate::text::fold;

/// The status of an action in a reporting year.
///
/// # Example
/// ```
/// use plan_core::followup::ActionStatus;
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
    /// use plan_core::followup::ActionStatus;
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
    /// use plan_core::followup::ActionStatus;
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
    /// use plan_core::followup::ActionStatus;
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
    /// use plan_core::{Language, followup::ActionStatus};
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
    /// use plan_core::followup::ActionStatus;
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
    /// use plan_core::followup::ActionStatus;
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
/// use plan_core::followup::ActionStatus;
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
    let [id, status, progress, comment, updated] = columns[..] else { unreachable!("five columns asked") };
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

/// Where an action stands at a date in a reporting year.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// use plan_core::followup::{follow_up, ActionStatus};
/// let at = chrono::NaiveDate::from_ymd_opt(2021, 12, 31).unwrap();
/// let portal = follow_up(&folder, 2021, at)?.into_iter().find(|f| f.id == "NAER-02").unwrap();
/// assert_eq!(portal.status, Some(ActionStatus::Delayed));
/// assert!(portal.due_this_year && portal.overdue);
/// assert!(portal.carried.is_none() && !portal.completed_earlier);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    /// The action's id.
    pub id: String,
    /// The status reported for the year; `None` is "ikkje rapportert".
    pub status: Option<ActionStatus>,
    /// Progress in percent.
    pub progress: Option<u8>,
    /// The comment.
    pub comment: String,
    /// The deadline falls in the year (or the action is yearly).
    pub due_this_year: bool,
    /// The deadline's period has ended and the action is neither fullført
    /// nor avlyst.
    pub overdue: bool,
    /// The row was last updated before the year: what it said then. Its
    /// status counts for the year only when it closed a one-off action
    /// (done or cancelled stays so); otherwise the action is not reported
    /// in the year.
    pub carried: Option<CarriedStatus>,
    /// A one-off action completed in an earlier year: its row was last
    /// updated before the year, or last year's status was already done.
    /// It is not counted as completed in the year.
    pub completed_earlier: bool,
}

impl FollowUp {
    /// True when the action was completed in the year itself.
    ///
    /// # Example
    /// ```
    /// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let at = chrono::NaiveDate::from_ymd_opt(2021, 12, 31).unwrap();
    /// let done = plan_core::followup::follow_up(&folder, 2021, at)?.iter().filter(|f| f.completed_in_year()).count();
    /// assert_eq!(done, 6);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn completed_in_year(&self) -> bool {
        self.status == Some(ActionStatus::Done) && !self.completed_earlier
    }
}

/// A status row last updated before its status year, as it stood then.
///
/// # Example
/// ```
/// use plan_core::followup::{ActionStatus, CarriedStatus};
/// let carried = CarriedStatus { status: ActionStatus::InProgress, updated: plan_core::Date::from_ymd_opt(2024, 12, 15).unwrap() };
/// assert_eq!(carried.updated.to_string(), "2024-12-15");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CarriedStatus {
    /// The status the row gives.
    pub status: ActionStatus,
    /// The row's update date, before the status year.
    pub updated: NaiveDate,
}

/// Where every action of the programme in force in `year` stands at `at`.
///
/// An action is *overdue* when its deadline's period has ended by `at` (the
/// last day included) and
/// it is neither fullført nor avlyst (a yearly action, when its year's
/// status is forseinka). It is *due this year* when its deadline falls in
/// `year`, or it is yearly.
///
/// A status year is reported in that year: a row whose update date lies
/// before 1 January of `year` (a row carried over by the status template
/// and left untouched) keeps the terminal status of a one-off action (done
/// or cancelled stays so) but otherwise counts as not reported in `year`;
/// what it said is in [`FollowUp::carried`]. A one-off action done in an
/// earlier year ([`FollowUp::completed_earlier`]) is not completed in
/// `year`.
///
/// # Errors
/// [`crate::Error::Argument`] for a year outside the plan period or with no
/// programme in force.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let at = chrono::NaiveDate::from_ymd_opt(2021, 12, 31).unwrap();
/// let overdue: Vec<String> = plan_core::followup::follow_up(&folder, 2021, at)?.into_iter().filter(|f| f.overdue).map(|f| f.id).collect();
/// assert_eq!(overdue[0], "NAER-02");
/// assert_eq!(
///     plan_core::followup::follow_up(&folder, 1990, at).unwrap_err().to_string(),
///     "year 1990 is outside the plan period 2021–2024"
/// );
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn follow_up(folder: &PlanFolder, year: i32, at: NaiveDate) -> crate::Result<Vec<FollowUp>> {
    let version = folder.programme_for(year)?;
    let entries: BTreeMap<&str, &StatusEntry> =
        folder.status_for(year).map(|f| f.entries.iter().map(|e| (e.id.as_str(), e)).collect()).unwrap_or_default();
    let previous = folder.status_for(year - 1);
    let year_start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
    Ok(version
        .actions
        .iter()
        .map(|action| {
            let one_off = !action.deadline.is_recurring();
            let entry = entries.get(action.id.as_str()).copied();
            let carried = entry.and_then(|e| {
                e.updated.filter(|u| *u < year_start).map(|updated| CarriedStatus { status: e.status, updated })
            });
            let status = match (entry, carried) {
                (Some(e), None) => Some(e.status),
                (Some(e), Some(_)) if one_off && e.status.is_closed() => Some(e.status),
                _ => None,
            };
            let done_last_year =
                previous.and_then(|p| p.entry(&action.id)).is_some_and(|e| e.status == ActionStatus::Done);
            let completed_earlier =
                one_off && status == Some(ActionStatus::Done) && (carried.is_some() || done_last_year);
            let closed = status.is_some_and(ActionStatus::is_closed);
            let overdue = if action.deadline.is_recurring() {
                status == Some(ActionStatus::Delayed)
            } else {
                action.deadline.end().is_some_and(|end| end <= at) && !closed
            };
            let reported = entry.filter(|_| status.is_some());
            FollowUp {
                id: action.id.clone(),
                status,
                progress: reported.and_then(|e| e.progress),
                comment: reported.map(|e| e.comment.clone()).unwrap_or_default(),
                due_this_year: action.deadline.is_recurring()
                    || action.deadline.end().is_some_and(|e| e.year() == year),
                overdue,
                carried,
                completed_earlier,
            }
        })
        .collect())
}

/// Findings for `plan-report check --year YEAR`: a note for each action due
/// in the year, a warning for each overdue action, a warning for each
/// action without a status row (yearly actions need one every year), one
/// warning per status file naming the rows last updated before the year,
/// and a warning naming the population dates the year's report lacks, all
/// for the programme in force in the year. Give it the folder as of the
/// year (`folder.as_of(&AsOf::annual(year))`, see [`crate::as_of`]), as
/// the year's report sees it.
///
/// # Errors
/// [`crate::Error::Argument`] for a year outside the plan period or with no
/// programme in force.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let found = plan_core::followup::check_year(&folder, 2021)?;
/// assert_eq!(found.iter().filter(|d| d.text(plan_core::Language::En).contains("is overdue")).count(), 7);
/// assert!(plan_core::followup::check_year(&folder, 2031).is_err());
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn check_year(folder: &PlanFolder, year: i32) -> crate::Result<Vec<Diagnostic>> {
    check_year_at(folder, year, NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(NaiveDate::MAX))
}

/// The findings of [`check_year`] as they stand at `at` (for a report dated
/// before the end of the year: what is overdue by then, the population
/// dates that can exist by then); at the end of the year when `at` is
/// later. Give it the folder as of `at`.
///
/// # Errors
/// As [`check_year`].
///
/// # Example
/// ```
/// use plan_core::as_of::AsOf;
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let june = plan_core::Date::from_ymd_opt(2021, 6, 30).unwrap();
/// let found = plan_core::followup::check_year_at(&folder.as_of(&AsOf::dated(june)), 2021, june)?;
/// let texts: Vec<String> = found.iter().map(|d| d.text(plan_core::Language::En)).collect();
/// assert!(texts.iter().all(|t| !t.contains("31 December 2021")), "nothing judged after the date");
/// let year_end = plan_core::followup::check_year(&folder, 2021)?;
/// assert!(year_end.iter().any(|d| d.text(plan_core::Language::En).contains("at 31 December 2021")));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn check_year_at(folder: &PlanFolder, year: i32, at: NaiveDate) -> crate::Result<Vec<Diagnostic>> {
    let version = folder.programme_for(year)?;
    let at = NaiveDate::from_ymd_opt(year, 12, 31).map_or(at, |end| at.min(end));
    let status_file = folder.status_for(year);
    let where_status =
        status_file.map_or_else(|| format!("{}/{year}.csv", crate::load::files::STATUS), |f| f.file.clone());
    let mut out = Vec::new();
    if status_file.is_none() {
        out.push(
            Diagnostic::warning(&where_status, None, None, msg!("status-file-missing", year = year))
                .with_remedy(crate::diagnostic::Remedy::StatusTemplate { year }),
        );
    }
    let table_file = folder.follow_up_table().sources.join(", ");
    match folder.population_span(year, at) {
        None => out.push(Diagnostic::warning(
            &table_file,
            None,
            None,
            msg!("population-no-span", year = year, next = year + 1, first = folder.plan.meta.period.first),
        )),
        Some(span) if !span.is_complete() => {
            let missing = span.missing();
            let message = match missing[..] {
                [first, second] => msg!(
                    "population-span-short-two",
                    missing = date(first),
                    also = date(second),
                    year = year,
                    from = date(span.from),
                    to = date(span.to)
                ),
                _ => msg!(
                    "population-span-short",
                    missing = date(missing.first().copied().unwrap_or(span.wanted_to)),
                    year = year,
                    from = date(span.from),
                    to = date(span.to)
                ),
            };
            out.push(Diagnostic::warning(&table_file, None, None, message));
        }
        Some(_) => {}
    }
    let file = version.file.clone();
    let follow = follow_up(folder, year, at)?;
    let stale: Vec<&str> =
        follow.iter().filter(|f| f.carried.is_some() && f.status.is_none()).map(|f| f.id.as_str()).collect();
    if !stale.is_empty() {
        out.push(Diagnostic::warning(
            &where_status,
            None,
            Some("oppdatert"),
            msg!("status-rows-not-updated", count = stale.len(), year = year, ids = stale.join(", ")),
        ));
    }
    for (action, f) in version.actions.iter().zip(follow) {
        let deadline = &action.deadline;
        let status = f.status.map_or_else(|| msg!("status-not-reported"), ActionStatus::message);
        if f.overdue {
            out.push(Diagnostic::warning(
                &file,
                action.line,
                Some("frist"),
                msg!("action-overdue", id = &action.id, deadline = deadline.message(), status = status, at = date(at)),
            ));
        } else if f.due_this_year {
            out.push(Diagnostic::note(
                &file,
                action.line,
                Some("frist"),
                msg!("action-due", id = &action.id, year = year, deadline = deadline.message(), status = status),
            ));
        }
        if f.status.is_none()
            && f.carried.is_none()
            && status_file.is_some()
            && (deadline.is_recurring() || f.due_this_year)
        {
            out.push(Diagnostic::warning(
                &where_status,
                None,
                Some("id"),
                msg!("action-without-status", id = &action.id, year = year),
            ));
        }
    }
    Ok(out)
}

/// The header of a status file as the template writes it in `language`:
/// `id`, three columns to read (the action's text, deadline and
/// responsible, named so the reader never takes them for its own columns,
/// and ignored when the file is read), then the columns to fill in.
///
/// # Example
/// ```
/// use plan_core::Language;
/// assert_eq!(
///     plan_core::followup::status_header(Language::Nn).join(";"),
///     "id;til lesing: tiltak;til lesing: frist;til lesing: ansvar;status;framdrift;kommentar;oppdatert"
/// );
/// assert_eq!(
///     plan_core::followup::status_header(Language::En).join(";"),
///     "id;for reading: action;for reading: deadline;for reading: responsible;status;progress;comment;updated"
/// );
/// ```
pub fn status_header(language: crate::Language) -> [&'static str; 8] {
    match language {
        crate::Language::Nn => [
            "id",
            "til lesing: tiltak",
            "til lesing: frist",
            "til lesing: ansvar",
            "status",
            "framdrift",
            "kommentar",
            "oppdatert",
        ],
        crate::Language::Nb => [
            "id",
            "til lesing: tiltak",
            "til lesing: frist",
            "til lesing: ansvar",
            "status",
            "fremdrift",
            "kommentar",
            "oppdatert",
        ],
        crate::Language::En => [
            "id",
            "for reading: action",
            "for reading: deadline",
            "for reading: responsible",
            "status",
            "progress",
            "comment",
            "updated",
        ],
    }
}

/// How many of [`status_header`]'s columns are there to read, after `id`.
///
/// # Example
/// ```
/// assert_eq!(plan_core::followup::READ_ONLY_COLUMNS, 1..4);
/// ```
pub const READ_ONLY_COLUMNS: std::ops::Range<usize> = 1..4;

/// The rows of the status file to fill in for `year`, in the plan's
/// language and [`status_header`]'s order: every action of the programme in
/// force in `year` with its text, deadline and responsible to read, and
/// last year's status, progress, comment and date carried over as written
/// — across renumbered actions, matched as [`crate::diff::diff`] matches
/// them (a closed action keeps its status). An action with no row last year
/// is *not started* in the plan's language.
///
/// # Errors
/// [`crate::Error::Argument`] for a year outside the plan period or with no
/// programme in force.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let rows = plan_core::followup::status_template_rows(&folder, 2022)?;
/// assert_eq!(rows.len(), 25);
/// // KLIMA-10 of the 2022 revision is KLIMA-08 of 2021 renumbered: its 2021 status comes along.
/// let klima10 = rows.iter().find(|r| r[0] == "KLIMA-10").unwrap();
/// assert_eq!(klima10[4..], ["ikkje starta", "", "", "2021-12-15"]);
/// assert_eq!(klima10[2], "2023");
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn status_template_rows(folder: &PlanFolder, year: i32) -> crate::Result<Vec<[String; 8]>> {
    let version = folder.programme_for(year)?;
    let language = folder.plan.meta.language;
    let previous_entries: BTreeMap<&str, &StatusEntry> =
        folder.status_for(year - 1).map(|f| f.entries.iter().map(|e| (e.id.as_str(), e)).collect()).unwrap_or_default();
    // Ids of this year's programme under last year's programme.
    let mut old_id: BTreeMap<&str, &str> = BTreeMap::new();
    if let Some(before) = folder.programme.in_force(year - 1).filter(|v| v.first_year != version.first_year) {
        let changes = crate::diff::diff(&before.actions, &version.actions);
        for change in &changes.changed {
            if let (Some(old), Some(new)) =
                (change.old_id.as_ref().and_then(|old| before.action(old)), version.action(&change.id))
            {
                old_id.insert(new.id.as_str(), old.id.as_str());
            }
        }
    }
    let not_started = ActionStatus::NotStarted.message().render(language);
    Ok(version
        .actions
        .iter()
        .map(|action| {
            let id = action.id.as_str();
            let entry = previous_entries.get(old_id.get(id).copied().unwrap_or(id)).copied();
            let status = match entry {
                Some(e) if !e.status_text.is_empty() => e.status_text.clone(),
                Some(e) => e.status.message().render(language),
                None => not_started.clone(),
            };
            [
                id.to_string(),
                action.text.clone(),
                action.deadline.text().to_string(),
                action.responsible.join(", "),
                status,
                entry.and_then(|e| e.progress).map(|p| p.to_string()).unwrap_or_default(),
                entry.map(|e| e.comment.clone()).unwrap_or_default(),
                entry.and_then(|e| e.updated).map(|d| d.to_string()).unwrap_or_default(),
            ]
        })
        .collect())
}

/// The status file to fill in for `year` ([`status_template_rows`]) as the
/// CSV Norwegian Excel opens as it is: UTF-8 with a byte-order mark and `;`
/// between fields, the header in the plan's language. The import format is
/// this export format (the columns to read are ignored).
///
/// # Errors
/// As [`status_template_rows`].
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let csv = plan_core::followup::status_template(&folder, 2022)?;
/// assert!(csv.starts_with("\u{feff}id;til lesing: tiltak;til lesing: frist;til lesing: ansvar;status;framdrift;kommentar;oppdatert\n"));
/// assert!(csv.contains("\nKLIMA-10;Etablere sortering på alt avfall i heile regionen;2023;RR;ikkje starta;;;2021-12-15\n"));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn status_template(folder: &PlanFolder, year: i32) -> crate::Result<String> {
    let rows = status_template_rows(folder, year)?;
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let fail = |detail: String| crate::Error::Argument(msg!("status-template-unwritable", detail = detail));
    writer.write_record(status_header(folder.plan.meta.language)).map_err(|e| fail(e.to_string()))?;
    for row in &rows {
        writer.write_record(row).map_err(|e| fail(e.to_string()))?;
    }
    let bytes = writer.into_inner().map_err(|e| fail(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| fail(e.to_string()))?;
    Ok(format!("\u{feff}{text}"))
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
