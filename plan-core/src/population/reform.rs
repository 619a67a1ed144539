//! Municipal reforms: the code changes that join a series across 2020 and
//! 2024, read from a change list in the format of SSB's classification 131
//! (old code, old name, new code, new name, date).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::own::year_or_date;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::region::{Municipality, MunicipalityCode};
use crate::table::{Column, Table};

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
}

/// A list of code changes.
///
/// # Example
/// ```
/// # let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// # let plan = &folder.plan;
/// assert_eq!(folder.code_changes.changes.len(), 12, "six codes changed in 2020 and again in 2024");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CodeChanges {
    /// The changes, in date order.
    pub changes: Vec<CodeChange>,
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
        let [old_code, old_name, new_code, new_name, date] = cols[..] else { unreachable!("five columns asked") };
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
                    old: Municipality { code: old, name: row.get(old_name).to_string() },
                    new: Municipality { code: new, name: row.get(new_name).to_string() },
                });
            }
        }
        if !errors.is_empty() {
            return Err(Error::Invalid { diagnostics: errors });
        }
        changes.sort();
        Ok(CodeChanges { changes })
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
                    old: Municipality { code: old, name: entry.old_name.unwrap_or_default() },
                    new: Municipality { code: new, name: entry.new_name.unwrap_or_default() },
                });
            }
        }
        if !errors.is_empty() {
            return Err(Error::Invalid { diagnostics: errors });
        }
        changes.sort();
        Ok(CodeChanges { changes })
    }

    /// Adds another list's changes.
    ///
    /// # Example
    /// ```
    /// use plan_core::population::reform::CodeChanges;
    /// let mut changes = CodeChanges::read_csv("2020.csv", b"oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n")?;
    /// changes.merge(CodeChanges::read_csv("2024.csv", b"oldCode;newCode;changeOccurred\n3041;3324;2024-01-01\n")?);
    /// changes.merge(CodeChanges::read_csv("again.csv", b"oldCode;newCode;changeOccurred\n0617;3041;2020-01-01\n")?);
    /// assert_eq!(changes.changes.len(), 2, "duplicates are dropped");
    /// let d = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
    /// assert_eq!(changes.code_at("0617".parse().unwrap(), d).unwrap().as_str(), "3324");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn merge(&mut self, other: CodeChanges) {
        self.changes.extend(other.changes);
        self.changes.sort();
        self.changes.dedup();
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
        let mut code = code;
        // Forwards: changes that ended `code` on or before `date`.
        loop {
            let ended: Vec<&CodeChange> =
                self.changes.iter().filter(|c| c.old.code == code && c.new.code != code && c.date <= date).collect();
            let Some(first) = ended.first() else { break };
            let successors: Vec<MunicipalityCode> =
                ended.iter().filter(|c| c.date == first.date).map(|c| c.new.code).collect();
            if successors.len() > 1 {
                return Err(Break::Split { date: first.date, from: code, into: successors });
            }
            let next = successors[0];
            let merged: Vec<MunicipalityCode> = self
                .changes
                .iter()
                .filter(|c| c.new.code == next && c.date == first.date)
                .map(|c| c.old.code)
                .collect();
            if merged.len() > 1 {
                return Err(Break::Merge { date: first.date, from: merged, into: next });
            }
            code = next;
        }
        // Backwards: changes that started `code` after `date`.
        loop {
            let started: Vec<&CodeChange> = self
                .changes
                .iter()
                .rev()
                .filter(|c| c.new.code == code && c.old.code != code && c.date > date)
                .collect();
            let Some(first) = started.first() else { break };
            let mut predecessors: Vec<MunicipalityCode> =
                started.iter().filter(|c| c.date == first.date).map(|c| c.old.code).collect();
            predecessors.sort();
            if predecessors.len() > 1 {
                return Err(Break::Merge { date: first.date, from: predecessors, into: code });
            }
            let previous = predecessors[0];
            let split: Vec<MunicipalityCode> = self
                .changes
                .iter()
                .filter(|c| c.old.code == previous && c.date == first.date)
                .map(|c| c.new.code)
                .collect();
            if split.len() > 1 {
                return Err(Break::Split { date: first.date, from: previous, into: split });
            }
            code = previous;
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
