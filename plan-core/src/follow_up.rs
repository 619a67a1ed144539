//! Following the action programme up year by year: the status of each
//! action (`status/YEAR.csv`), what is due and what is overdue, and the
//! template staff fill in.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::folder::PlanFolder;
use crate::i18n::date;
use crate::msg;
/// The status file's types, where the follow-up has always offered them
/// (see [`crate::status_file`]).
pub use crate::status_file::{ActionStatus, StatusEntry, StatusFile};

/// Where an action stands at a date in a reporting year.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// use plan_core::follow_up::{follow_up, ActionStatus};
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
    /// let done = plan_core::follow_up::follow_up(&folder, 2021, at)?.iter().filter(|f| f.completed_in_year()).count();
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
/// use plan_core::follow_up::{ActionStatus, CarriedStatus};
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
/// let overdue: Vec<String> = plan_core::follow_up::follow_up(&folder, 2021, at)?.into_iter().filter(|f| f.overdue).map(|f| f.id).collect();
/// assert_eq!(overdue[0], "NAER-02");
/// assert_eq!(
///     plan_core::follow_up::follow_up(&folder, 1990, at).unwrap_err().to_string(),
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
                due_this_year: action.deadline.due_in(year),
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
/// let found = plan_core::follow_up::check_year(&folder, 2021)?;
/// assert_eq!(found.iter().filter(|d| d.text(plan_core::Language::En).contains("is overdue")).count(), 7);
/// assert!(plan_core::follow_up::check_year(&folder, 2031).is_err());
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
/// let found = plan_core::follow_up::check_year_at(&folder.as_of(&AsOf::dated(june)), 2021, june)?;
/// let texts: Vec<String> = found.iter().map(|d| d.text(plan_core::Language::En)).collect();
/// assert!(texts.iter().all(|t| !t.contains("31 December 2021")), "nothing judged after the date");
/// let year_end = plan_core::follow_up::check_year(&folder, 2021)?;
/// assert!(year_end.iter().any(|d| d.text(plan_core::Language::En).contains("at 31 December 2021")));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn check_year_at(folder: &PlanFolder, year: i32, at: NaiveDate) -> crate::Result<Vec<Diagnostic>> {
    let version = folder.programme_for(year)?;
    let at = NaiveDate::from_ymd_opt(year, 12, 31).map_or(at, |end| at.min(end));
    let status_file = folder.status_for(year);
    let where_status = status_file.map_or_else(|| format!("{}/{year}.csv", crate::files::STATUS), |f| f.file.clone());
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
///     plan_core::follow_up::status_header(Language::Nn).join(";"),
///     "id;til lesing: tiltak;til lesing: frist;til lesing: ansvar;status;framdrift;kommentar;oppdatert"
/// );
/// assert_eq!(
///     plan_core::follow_up::status_header(Language::En).join(";"),
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
/// assert_eq!(plan_core::follow_up::READ_ONLY_COLUMNS, 1..4);
/// ```
pub const READ_ONLY_COLUMNS: std::ops::Range<usize> = 1..4;

/// The rows of the status file to fill in for `year`, in the plan's
/// language and [`status_header`]'s order: every action of the programme in
/// force in `year` with its text, deadline and responsible to read, and
/// last year's status, progress, comment and date carried over as written
/// — across renumbered actions, followed as [`Programme::lineages`](crate::Programme::lineages) follows
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
/// let rows = plan_core::follow_up::status_template_rows(&folder, 2022)?;
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
    // Ids of this year's programme under last year's programme, each action
    // followed through the versions (Programme::lineages).
    let programme = &folder.programme;
    let mut old_id: BTreeMap<&str, &str> = BTreeMap::new();
    let now = programme.index_in_force(year);
    if let (Some(now), Some(then)) = (now, programme.index_in_force(year - 1).filter(|&then| Some(then) != now)) {
        for lineage in programme.lineages() {
            if let (Some(new), Some(old)) = (lineage.action(programme, now), lineage.action(programme, then)) {
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
/// let csv = plan_core::follow_up::status_template(&folder, 2022)?;
/// assert!(csv.starts_with("\u{feff}id;til lesing: tiltak;til lesing: frist;til lesing: ansvar;status;framdrift;kommentar;oppdatert\n"));
/// assert!(csv.contains("\nKLIMA-10;Etablere sortering på alt avfall i heile regionen;2023;RR;ikkje starta;;;2021-12-15\n"));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn status_template(folder: &PlanFolder, year: i32) -> crate::Result<String> {
    let rows = status_template_rows(folder, year)?;
    let mut writer = csv::WriterBuilder::new().delimiter(b';').from_writer(Vec::new());
    let fail = |detail: String| crate::Error::Argument(crate::error::Argument::StatusTemplateUnwritable { detail });
    writer.write_record(status_header(folder.plan.meta.language)).map_err(|e| fail(e.to_string()))?;
    for row in &rows {
        writer.write_record(row).map_err(|e| fail(e.to_string()))?;
    }
    let bytes = writer.into_inner().map_err(|e| fail(e.to_string()))?;
    let text = String::from_utf8(bytes).map_err(|e| fail(e.to_string()))?;
    Ok(format!("\u{feff}{text}"))
}
