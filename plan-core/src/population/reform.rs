//! Municipal reforms: the code changes that join a series across 2020 and
//! 2024, read from a change list in the format of SSB's classification 131
//! (old code, old name, new code, new name, date).

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::own::year_or_date;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::region::{Municipality, MunicipalityCode};
use crate::table::{Column, Table};

/// The built-in change list's file name, as the sources appendix names it
/// (SSB classification 131, every change since 1972).
///
/// # Example
/// ```
/// assert_eq!(plan_core::registry::CHANGES_FILE, "kommuneendringar-1971-2025.csv");
/// ```
pub const CHANGES_FILE: &str = "kommuneendringar-1971-2025.csv";
/// Every municipal code change 1972–2024 (SSB classification 131).
const CODE_CHANGES: &str = include_str!("../../data/kommuneendringar-1971-2025.csv");

/// One code change: `old` stops and `new` starts on `date`. A renaming keeps
/// or changes the code; a merge has several changes with the same `new`, a
/// split several with the same `old`.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let nes = folder.code_changes.changes.iter().find(|c| c.old.code.as_str() == "0616").unwrap();
/// assert_eq!((nes.old.name.as_str(), nes.new.code.as_str(), nes.new.name.as_str()), ("Nes", "3040", "Nesbyen"));
/// assert_eq!(nes.date.to_string(), "2020-01-01");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CodeChange {
    /// The day the change took effect (usually 1 January).
    pub date: NaiveDate,
    /// The municipality before.
    pub old: Municipality,
    /// The municipality after.
    pub new: Municipality,
    /// True for a change of the list built into plan-report (SSB's changes
    /// since 1972); false for one of the user's files.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub built_in: bool,
}

/// A list of code changes, and the files it was read from.
///
/// A plan folder's list is the one built into plan-report (SSB's changes
/// since 1972) merged with the plan's own files: for the same old code and
/// date, the user's entries replace the built-in ones.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// let own = folder.code_changes.files.iter().find(|f| !f.built_in).unwrap();
/// assert!(own.file.ends_with("kommuneendringar.csv"));
/// assert_eq!(own.changes, 12, "six codes changed in 2020 and again in 2024");
/// assert_eq!(folder.code_changes.changes.iter().filter(|c| !c.built_in).count(), 12);
/// assert!(folder.code_changes.changes.len() > 500, "and the built-in list's other changes");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CodeChanges {
    /// The changes, in date order.
    pub changes: Vec<CodeChange>,
    /// The lists the changes were read from, each with what it holds (the
    /// user's files in the order read, and the built-in list when merged).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<CodeChangeFile>,
}

/// One change list as read: the file, whether it is the built-in list, its
/// changes and their dates. The sources appendix names each with its own
/// counts.
///
/// # Example
/// ```
/// use plan_core::population::reform::CodeChanges;
/// let csv = "oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n3041;3324;2024-01-01\n";
/// let list = CodeChanges::read_csv("endringar.csv", csv.as_bytes())?;
/// let file = &list.files[0];
/// assert_eq!((file.file.as_str(), file.built_in, file.changes), ("endringar.csv", false, 2));
/// assert_eq!(file.dates.iter().map(ToString::to_string).collect::<Vec<_>>(), ["2020-01-01", "2024-01-01"]);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CodeChangeFile {
    /// The file, relative to the plan folder (`kommuneendringar.csv`), or
    /// by its file name alone for a file from outside it; or the built-in
    /// list's name.
    pub file: String,
    /// True for the built-in list.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub built_in: bool,
    /// The changes (rows) it holds.
    pub changes: usize,
    /// The dates of its changes, each once, in order.
    pub dates: Vec<NaiveDate>,
}

impl CodeChangeFile {
    /// What a list read from `file` holds.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::{CodeChangeFile, CodeChanges};
    /// let list = CodeChanges::read_csv("c.csv", b"oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n")?;
    /// let file = CodeChangeFile::of("c.csv", &list.changes, false);
    /// assert_eq!((file.changes, file.dates.len()), (1, 1));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn of(file: &str, changes: &[CodeChange], built_in: bool) -> CodeChangeFile {
        let dates: std::collections::BTreeSet<NaiveDate> = changes.iter().map(|c| c.date).collect();
        CodeChangeFile { file: file.to_string(), built_in, changes: changes.len(), dates: dates.into_iter().collect() }
    }
}

/// Why a municipality cannot be followed from one date to another.
///
/// # Example
/// ```
/// use plan_core::population::reform::{Break, CodeChanges};
/// let csv = "oldCode;newCode;changeOccurred\n0616;3040;2020-01-01\n0617;3040;2020-01-01\n";
/// let merged = CodeChanges::read_csv("c.csv", csv.as_bytes())?;
/// let d = chrono::NaiveDate::from_ymd_opt(2017, 1, 1).unwrap();
/// let err = merged.code_at("3040".parse().unwrap(), d).unwrap_err();
/// assert!(matches!(err, Break::Merge { .. }));
/// assert_eq!(err.to_string(), "0616, 0617 merged into 3040 on 1 January 2020");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// Several municipalities became one on `date`.
    Merge {
        /// When.
        date: NaiveDate,
        /// The municipalities merged.
        from: Vec<MunicipalityCode>,
        /// The municipality they became.
        into: MunicipalityCode,
    },
    /// One municipality became several on `date`.
    Split {
        /// When.
        date: NaiveDate,
        /// The municipality split.
        from: MunicipalityCode,
        /// What it became.
        into: Vec<MunicipalityCode>,
    },
}

impl Break {
    /// The break as a message.
    ///
    /// # Example
    /// ```
    /// use plan_core::{Language, population::reform::Break, region::MunicipalityCode};
    /// let code = |c: &str| c.parse::<MunicipalityCode>().unwrap();
    /// let date = plan_core::chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    /// let merge = Break::Merge { date, from: vec![code("0615"), code("0616")], into: code("3041") };
    /// assert_eq!(merge.message().render(Language::Nn), "0615, 0616 vart slått saman til 3041 1. januar 2020");
    /// ```
    pub fn message(&self) -> crate::Message {
        let list = |codes: &[MunicipalityCode]| codes.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
        match self {
            Break::Merge { date, from, into } => {
                crate::msg!("code-merged", from = list(from), into = into.to_string(), date = crate::i18n::date(*date))
            }
            Break::Split { date, from, into } => {
                crate::msg!("code-split", from = from.to_string(), into = list(into), date = crate::i18n::date(*date))
            }
        }
    }
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render(crate::Language::En))
    }
}

const OLD_CODE: Column = Column {
    name: "oldCode",
    aliases: &["old code", "gammel kode", "kode før", "fra kode", "frå kode"],
    required: true,
};
const OLD_NAME: Column =
    Column { name: "oldName", aliases: &["old name", "gammelt namn", "gammelt navn"], required: false };
const NEW_CODE: Column =
    Column { name: "newCode", aliases: &["new code", "ny kode", "kode etter", "til kode"], required: true };
const NEW_NAME: Column = Column { name: "newName", aliases: &["new name", "nytt namn", "nytt navn"], required: false };
const DATE: Column = Column {
    name: "changeOccurred",
    aliases: &["date", "dato", "endringsdato", "gyldig fra", "gyldig frå"],
    required: true,
};

impl CodeChanges {
    /// The built-in change list: every change marked
    /// [`built_in`](CodeChange::built_in), and one
    /// file, [`CHANGES_FILE`].
    ///
    /// # Example
    /// ```
    /// let changes = plan_core::population::reform::CodeChanges::built_in();
    /// assert_eq!(changes.changes.len(), 594);
    /// assert!(changes.changes.iter().all(|c| c.built_in));
    /// let file = &changes.files[0];
    /// assert_eq!((file.file.as_str(), file.built_in, file.changes), ("kommuneendringar-1971-2025.csv", true, 594));
    /// assert_eq!(file.dates.first().map(ToString::to_string).as_deref(), Some("1972-01-01"));
    /// ```
    pub fn built_in() -> &'static CodeChanges {
        static CHANGES: OnceLock<CodeChanges> = OnceLock::new();
        CHANGES.get_or_init(|| {
            // A test reads the built-in list; it cannot fail at run time.
            let mut list = CodeChanges::read_csv(CHANGES_FILE, CODE_CHANGES.as_bytes()).unwrap_or_default();
            for change in &mut list.changes {
                change.built_in = true;
            }
            list.files = vec![CodeChangeFile::of(CHANGES_FILE, &list.changes, true)];
            list
        })
    }

    /// Reads a change list: SSB's classification change CSV
    /// (`oldCode;oldName;oldShortName;newCode;newName;newShortName;changeOccurred`)
    /// or the same columns under Norwegian names.
    ///
    /// # Errors
    /// [`Error::Invalid`] with file, line and column of each bad code or date.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let csv = "oldCode;oldName;newCode;newName;changeOccurred\n0616;Nes;3040;Nesbyen;2020-01-01\n";
    /// let changes = CodeChanges::read_csv("endringar.csv", csv.as_bytes()).unwrap();
    /// let d = chrono::NaiveDate::from_ymd_opt(2017, 1, 1).unwrap();
    /// assert_eq!(changes.code_at("3040".parse().unwrap(), d).unwrap().as_str(), "0616");
    /// ```
    pub fn read_csv(file: &str, bytes: &[u8]) -> Result<CodeChanges> {
        let table = Table::parse(file, bytes).map_err(Error::located)?;
        let cols = table
            .columns(&[OLD_CODE, OLD_NAME, NEW_CODE, NEW_NAME, DATE])
            .map_err(|diagnostics| Error::Invalid { diagnostics })?;
        let [old_code, old_name, new_code, new_name, date] = cols;
        let mut errors = Vec::new();
        let mut changes = Vec::new();
        for row in &table.rows {
            let code = |column: Option<usize>, name: &str, errors: &mut Vec<Diagnostic>| {
                let text = row.get(column);
                text.parse::<MunicipalityCode>()
                    .map_err(|e| errors.push(Diagnostic::error(file, Some(row.line), Some(name), e.message())))
                    .ok()
            };
            let old = code(old_code, OLD_CODE.name, &mut errors);
            let new = code(new_code, NEW_CODE.name, &mut errors);
            let when = year_or_date(row.get(date));
            if when.is_none() {
                errors.push(Diagnostic::error(
                    file,
                    Some(row.line),
                    Some(DATE.name),
                    crate::msg!("code-change-date-unreadable", text = row.get(date)),
                ));
            }
            if let (Some(old), Some(new), Some(date)) = (old, new, when) {
                changes.push(CodeChange {
                    date,
                    old: Municipality { code: old, name: row.get(old_name).trim().to_string() },
                    new: Municipality { code: new, name: row.get(new_name).trim().to_string() },
                    built_in: false,
                });
            }
        }
        if !errors.is_empty() {
            return Err(Error::Invalid { diagnostics: errors });
        }
        changes.sort();
        let files = vec![CodeChangeFile::of(file, &changes, false)];
        Ok(CodeChanges { changes, files })
    }

    /// Reads a change list in either of the shapes SSB's classification
    /// service gives: its JSON (`{"codeChanges": [{"oldCode": …,
    /// "changeOccurred": "2024-01-01"}, …]}`) or its CSV (see
    /// [`CodeChanges::read_csv`]), chosen by the content.
    ///
    /// # Errors
    /// As [`CodeChanges::read_csv`]; for JSON, [`Error::Invalid`] naming the
    /// entry (`codeChanges[3].newCode`) and what was expected.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let json = r#"{"codeChanges": [{"oldCode": "0616", "oldName": "Nes", "oldShortName": null,
    ///   "newCode": "3040", "newName": "Nesbyen", "newShortName": null, "changeOccurred": "2020-01-01"}]}"#;
    /// let changes = CodeChanges::read("endringar.json", json.as_bytes())?;
    /// assert_eq!(changes.changes[0].new.name, "Nesbyen");
    /// let err = CodeChanges::read("feil.json", br#"{"codeChanges": [{"oldCode": "616", "newCode": "3040", "changeOccurred": "2020-01-01"}]}"#).unwrap_err();
    /// assert_eq!(err.to_string(), "feil.json: error: field 'codeChanges[0].oldCode': \"616\" is not a municipality number (expected four digits such as 0615 or 3041)");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn read(file: &str, bytes: &[u8]) -> Result<CodeChanges> {
        let text = crate::text::decode(bytes).0;
        if !text.trim_start().starts_with(['{', '[']) {
            return Self::read_csv(file, bytes);
        }
        #[derive(serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        struct Entry {
            old_code: String,
            #[serde(default)]
            old_name: Option<String>,
            new_code: String,
            #[serde(default)]
            new_name: Option<String>,
            change_occurred: String,
        }
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum List {
            Wrapped {
                #[serde(rename = "codeChanges")]
                code_changes: Vec<Entry>,
            },
            Bare(Vec<Entry>),
        }
        let list: List = serde_json::from_str(&text).map_err(|e| {
            Error::located(Diagnostic::error(
                file,
                (e.line() > 0).then_some(e.line() as u64),
                None,
                crate::msg!("code-changes-unreadable", detail = crate::text::excerpt(&e.to_string(), 120)),
            ))
        })?;
        let entries = match list {
            List::Wrapped { code_changes } | List::Bare(code_changes) => code_changes,
        };
        let mut errors = Vec::new();
        let mut changes = Vec::new();
        for (i, entry) in entries.into_iter().enumerate() {
            let mut code = |text: &str, key: &str| {
                text.parse::<MunicipalityCode>()
                    .map_err(|e| {
                        errors.push(Diagnostic::error(
                            file,
                            None,
                            Some(&format!("codeChanges[{i}].{key}")),
                            e.message(),
                        ));
                    })
                    .ok()
            };
            let old = code(&entry.old_code, "oldCode");
            let new = code(&entry.new_code, "newCode");
            let when = year_or_date(&entry.change_occurred);
            if when.is_none() {
                errors.push(Diagnostic::error(
                    file,
                    None,
                    Some(&format!("codeChanges[{i}].changeOccurred")),
                    crate::msg!("code-change-date-unreadable", text = crate::text::excerpt(&entry.change_occurred, 40)),
                ));
            }
            if let (Some(old), Some(new), Some(date)) = (old, new, when) {
                changes.push(CodeChange {
                    date,
                    old: Municipality { code: old, name: entry.old_name.unwrap_or_default().trim().to_string() },
                    new: Municipality { code: new, name: entry.new_name.unwrap_or_default().trim().to_string() },
                    built_in: false,
                });
            }
        }
        if !errors.is_empty() {
            return Err(Error::Invalid { diagnostics: errors });
        }
        changes.sort();
        let files = vec![CodeChangeFile::of(file, &changes, false)];
        Ok(CodeChanges { changes, files })
    }

    /// Adds another list's changes. For the same old code and date, the
    /// entries of a user's list replace those of the built-in list (taking
    /// their names when they give none); entries of two user lists are
    /// both kept, an exact duplicate once.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let mut changes = CodeChanges::read_csv("2020.csv", b"oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n")?;
    /// changes.merge(CodeChanges::read_csv("2024.csv", b"oldCode;newCode;changeOccurred\n3041;3324;2024-01-01\n")?);
    /// changes.merge(CodeChanges::read_csv("again.csv", b"oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n")?);
    /// assert_eq!(changes.changes.len(), 2, "duplicates are dropped");
    /// assert_eq!(changes.files.iter().map(|f| f.changes).collect::<Vec<_>>(), [1, 1, 1], "each file keeps its own count");
    /// let d = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    /// assert_eq!(changes.code_at("0617".parse().unwrap(), d).unwrap().as_str(), "3324");
    /// // A user's entry replaces the built-in one for the same old code and date.
    /// let mut all = CodeChanges::built_in().clone();
    /// all.merge(CodeChanges::read_csv("mine.csv", b"oldCode;newCode;changeOccurred\n0617;3099;2020-01-01\n")?);
    /// let gol: Vec<_> = all.changes.iter().filter(|c| c.old.code.as_str() == "0617").collect();
    /// assert_eq!(gol.len(), 1);
    /// assert_eq!((gol[0].new.code.as_str(), gol[0].old.name.as_str(), gol[0].built_in), ("3099", "Gol", false));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn merge(&mut self, other: CodeChanges) {
        let key = |c: &CodeChange| (c.old.code, c.date);
        let theirs: std::collections::BTreeSet<_> = other.changes.iter().filter(|c| !c.built_in).map(key).collect();
        let mine: std::collections::BTreeSet<_> = self.changes.iter().filter(|c| !c.built_in).map(key).collect();
        let (mut replaced, kept): (Vec<CodeChange>, Vec<CodeChange>) =
            std::mem::take(&mut self.changes).into_iter().partition(|c| c.built_in && theirs.contains(&key(c)));
        self.changes = kept;
        let mut incoming = other.changes;
        incoming.retain(|c| {
            let replaced_by_mine = c.built_in && mine.contains(&key(c));
            if replaced_by_mine {
                replaced.push(c.clone());
            }
            !replaced_by_mine
        });
        // A user's entry without names takes those of the built-in entry it replaces.
        for change in self.changes.iter_mut().chain(incoming.iter_mut()).filter(|c| !c.built_in) {
            let (wanted, new_code) = (key(change), change.new.code);
            let mut same = replaced.iter().filter(|r| key(r) == wanted);
            if change.old.name.is_empty()
                && let Some(r) = same.clone().next()
            {
                change.old.name.clone_from(&r.old.name);
            }
            if change.new.name.is_empty()
                && let Some(r) = same.find(|r| r.new.code == new_code)
            {
                change.new.name.clone_from(&r.new.name);
            }
        }
        self.changes.extend(incoming);
        self.changes.sort();
        self.changes.dedup();
        self.files.extend(other.files);
    }

    /// This list (the user's) merged over the built-in one: what every
    /// command follows municipalities through.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let mine = CodeChanges::read_csv("mine.csv", b"oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n")?;
    /// let all = mine.with_built_in();
    /// let d = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap();
    /// // 3436 Nord-Fron was 0516 before 2020: the built-in list knows.
    /// assert_eq!(all.code_at("3436".parse()?, d).unwrap().as_str(), "0516");
    /// assert_eq!(all.files.iter().map(|f| f.built_in).collect::<Vec<_>>(), [true, false]);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn with_built_in(self) -> CodeChanges {
        let mut all = CodeChanges::built_in().clone();
        all.merge(self);
        all
    }

    /// The changes of the built-in list that following the municipalities
    /// `codes` (of any date) between `from` and `to` goes through (see
    /// [`CodeChanges::lineage`]); empty when the user's lists held them all.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let all = CodeChanges::default().with_built_in();
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let used = all.built_in_used(&["3436".parse()?], d(2015), d(2024));
    /// assert_eq!(used.len(), 1, "0516 Nord-Fron became 3436 in 2020");
    /// assert_eq!(all.built_in_used(&["3436".parse()?], d(1970), d(2024)).len(), 2, "and Fron was split in 1977");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn built_in_used(&self, codes: &[MunicipalityCode], from: NaiveDate, to: NaiveDate) -> Vec<&CodeChange> {
        self.lineage(codes).into_iter().filter(|c| c.built_in && c.date > from && c.date <= to).collect()
    }

    /// The changes in the lineage of `codes`: every change that starts or
    /// ends one of them, followed on through one-to-one changes (a merge or
    /// split is included, its other municipalities are not followed).
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let csv = "oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n3041;3324;2024-01-01\n\
    ///            0701;3803;2020-01-01\n0704;3803;2020-01-01\n";
    /// let list = CodeChanges::read_csv("c.csv", csv.as_bytes())?;
    /// assert_eq!(list.lineage(&["3324".parse()?]).len(), 2);
    /// assert_eq!(list.lineage(&["0701".parse()?]).len(), 1, "its part of the merge, not on to 0704");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn lineage(&self, codes: &[MunicipalityCode]) -> Vec<&CodeChange> {
        let one_to_one = |c: &CodeChange| {
            let splits = self.changes.iter().filter(|o| o.date == c.date && o.old.code == c.old.code).count();
            let merges = self.changes.iter().filter(|o| o.date == c.date && o.new.code == c.new.code).count();
            splits == 1 && merges == 1
        };
        let mut codes: std::collections::BTreeSet<MunicipalityCode> = codes.iter().copied().collect();
        let mut taken = vec![false; self.changes.len()];
        loop {
            let mut more = false;
            for (i, change) in self.changes.iter().enumerate() {
                if !taken[i] && (codes.contains(&change.old.code) || codes.contains(&change.new.code)) {
                    taken[i] = true;
                    if one_to_one(change) {
                        more |= codes.insert(change.old.code) | codes.insert(change.new.code);
                    }
                }
            }
            if !more {
                break;
            }
        }
        self.changes.iter().zip(taken).filter(|(_, t)| *t).map(|(c, _)| c).collect()
    }

    /// The code that the municipality known by `code` had on `date`,
    /// following one-to-one changes (renumbering, renaming) forwards or
    /// backwards in time.
    ///
    /// # Errors
    /// A [`Break`] when a merge or split lies between.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let csv = "oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n3041;3324;2024-01-01\n";
    /// let changes = CodeChanges::read_csv("c.csv", csv.as_bytes())?;
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// assert_eq!(changes.code_at("0617".parse().unwrap(), d(2024)).unwrap().as_str(), "3324");
    /// assert_eq!(changes.code_at("3324".parse().unwrap(), d(2017)).unwrap().as_str(), "0617");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn code_at(&self, code: MunicipalityCode, date: NaiveDate) -> std::result::Result<MunicipalityCode, Break> {
        // The codes of the changes on `on` that `side` picks, each once, in order.
        let codes = |on: NaiveDate, keep: &dyn Fn(&CodeChange) -> bool, side: fn(&CodeChange) -> MunicipalityCode| {
            let mut out: Vec<MunicipalityCode> =
                self.changes.iter().filter(|c| c.date == on && keep(c)).map(side).collect();
            out.sort();
            out.dedup();
            out
        };
        let mut code = code;
        // Forwards: changes that ended `code` on or before `date`, each
        // later than the one before (a list that loops is not followed
        // round).
        let mut since: Option<NaiveDate> = None;
        while let Some(on) = self
            .changes
            .iter()
            .filter(|c| c.old.code == code && c.new.code != code && c.date <= date)
            .filter(|c| since.is_none_or(|s| c.date > s))
            .map(|c| c.date)
            .next()
        {
            // Every municipality `code` became that day, itself included
            // when it went on beside the others.
            let successors = codes(on, &|c| c.old.code == code, |c| c.new.code);
            if successors.len() > 1 {
                return Err(Break::Split { date: on, from: code, into: successors });
            }
            let next = successors[0];
            let merged = codes(on, &|c| c.new.code == next, |c| c.old.code);
            if merged.len() > 1 {
                return Err(Break::Merge { date: on, from: merged, into: next });
            }
            code = next;
            since = Some(on);
        }
        // Backwards: changes that started `code` after `date`, each earlier
        // than the one before.
        let mut until: Option<NaiveDate> = None;
        while let Some(on) = self
            .changes
            .iter()
            .rev()
            .filter(|c| c.new.code == code && c.old.code != code && c.date > date)
            .filter(|c| until.is_none_or(|u| c.date < u))
            .map(|c| c.date)
            .next()
        {
            // Every municipality that became `code` that day, itself
            // included when it was one of them.
            let predecessors = codes(on, &|c| c.new.code == code, |c| c.old.code);
            if predecessors.len() > 1 {
                return Err(Break::Merge { date: on, from: predecessors, into: code });
            }
            let previous = predecessors[0];
            let split = codes(on, &|c| c.old.code == previous, |c| c.new.code);
            if split.len() > 1 {
                return Err(Break::Split { date: on, from: previous, into: split });
            }
            code = previous;
            until = Some(on);
        }
        Ok(code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    fn code(text: &str) -> MunicipalityCode {
        text.parse().expect("code")
    }

    fn changes(csv: &str) -> CodeChanges {
        CodeChanges::read_csv("c.csv", csv.as_bytes()).expect("reads")
    }

    #[test]
    fn follows_renumbering_both_ways() {
        let c = changes(
            "oldCode;oldName;newCode;newName;changeOccurred\n0616;Nes;3040;Nesbyen;2020-01-01\n3040;Nesbyen;3322;Nesbyen;2024-01-01\n",
        );
        assert_eq!(c.code_at(code("3040"), ymd(2017, 1, 1)), Ok(code("0616")));
        assert_eq!(c.code_at(code("3040"), ymd(2024, 1, 1)), Ok(code("3322")));
        assert_eq!(c.code_at(code("0616"), ymd(2024, 1, 1)), Ok(code("3322")));
        assert_eq!(c.code_at(code("3322"), ymd(2019, 12, 31)), Ok(code("0616")));
        assert_eq!(c.code_at(code("3322"), ymd(2020, 1, 1)), Ok(code("3040")));
        assert_eq!(c.code_at(code("3041"), ymd(2017, 1, 1)), Ok(code("3041")), "no change known: same code");
    }

    #[test]
    fn merges_and_splits_are_breaks() {
        let c = changes(
            "oldCode,newCode,changeOccurred\n0701,3803,2020-01-01\n0704,3803,2020-01-01\n3803,3901,2024-01-01\n3803,3902,2024-01-01\n",
        );
        let merge = c.code_at(code("3803"), ymd(2019, 1, 1)).expect_err("merge");
        assert_eq!(merge.to_string(), "0701, 0704 merged into 3803 on 1 January 2020");
        let split = c.code_at(code("3803"), ymd(2024, 1, 1)).expect_err("split");
        assert_eq!(split.to_string(), "3803 was split into 3901, 3902 on 1 January 2024");
        assert!(c.code_at(code("0701"), ymd(2021, 1, 1)).is_err());
    }

    #[test]
    fn a_code_that_goes_on_through_a_merge_or_split_is_a_break() {
        // SSB lists the municipality that keeps its code: 1805 Narvik took in 1855 Ankenes.
        let c = changes(
            "oldCode;newCode;changeOccurred\n1805;1805;1974-01-01\n1855;1805;1974-01-01\n1507;1508;2024-01-01\n1507;1580;2024-01-01\n",
        );
        let merge = c.code_at(code("1805"), ymd(1973, 1, 1)).expect_err("merge");
        assert_eq!(merge.to_string(), "1805, 1855 merged into 1805 on 1 January 1974");
        let split = c.code_at(code("1507"), ymd(2024, 1, 1)).expect_err("split");
        assert_eq!(split.to_string(), "1507 was split into 1508, 1580 on 1 January 2024");
        // A list that loops is not followed round.
        let looping = changes("oldCode;newCode;changeOccurred\n0101;0102;2000-01-01\n0102;0101;2010-01-01\n");
        assert_eq!(looping.code_at(code("0101"), ymd(2020, 1, 1)), Ok(code("0101")));
        assert_eq!(looping.code_at(code("0101"), ymd(2005, 1, 1)), Ok(code("0102")));
    }

    #[test]
    fn the_users_entries_replace_the_built_in_ones_for_the_same_old_code_and_date() {
        let mut all = CodeChanges::built_in().clone();
        // Without names: they come from the built-in entry replaced.
        all.merge(changes("oldCode;newCode;changeOccurred\n0616;3040;2020-01-01\n"));
        let nes: Vec<&CodeChange> = all.changes.iter().filter(|c| c.old.code == code("0616")).collect();
        assert_eq!(nes.len(), 1);
        assert_eq!(
            (nes[0].old.name.as_str(), nes[0].new.name.as_str(), nes[0].built_in),
            ("Nes (Buskerud)", "Nesbyen", false)
        );
        // The merge works whichever list comes first.
        let mut mine = changes("oldCode;oldName;newCode;newName;changeOccurred\n0616;Nes;3040;Nesbyen;2020-01-01\n");
        mine.merge(CodeChanges::built_in().clone());
        let nes: Vec<&CodeChange> = mine.changes.iter().filter(|c| c.old.code == code("0616")).collect();
        assert_eq!((nes.len(), nes[0].old.name.as_str(), nes[0].built_in), (1, "Nes", false));
        assert_eq!(mine.changes.len(), CodeChanges::built_in().changes.len());
        assert_eq!(mine.files.iter().map(|f| (f.changes, f.built_in)).collect::<Vec<_>>(), [(1, false), (594, true)]);
    }

    #[test]
    fn bad_rows_are_located() {
        let err =
            CodeChanges::read_csv("c.csv", b"oldCode;newCode;changeOccurred\n616;3040;2020-01-01\n0616;3040;snart\n")
                .expect_err("bad");
        let shown: Vec<String> = err.diagnostics().iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "c.csv:2: error: column 'oldCode': \"616\" is not a municipality number (expected four digits such as 0615 or 3041)",
                "c.csv:3: error: column 'changeOccurred': cannot read date \"snart\" (expected a date such as 2020-01-01)",
            ]
        );
    }
}
