//! A new plan folder, as `plan-report new` writes it: `plan.toml` with every
//! section present and commented, the action programme's header, a case
//! skeleton and the code changes that touch the region, with the
//! municipalities' names as they were at the start of the plan period.
//!
//! Norway's municipalities of 2024 and SSB's code-change list since 1972
//! (classification 131) are built in (`plan-core/data/`).

use std::path::PathBuf;

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::population::reform::{CodeChange, CodeChanges};
use crate::region::{Municipality, MunicipalityCode};

/// What to scaffold: the region's municipalities (codes of any date), its
/// name and the plan period.
///
/// # Example
/// ```
/// let new = plan_core::scaffold::NewPlan { codes: vec!["3449".parse()?], name: "Valdres".into(), first: 2024, last: 2027 };
/// assert_eq!(new.files()?.len(), 4);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct NewPlan {
    /// The municipalities, by code (any code they have had).
    pub codes: Vec<MunicipalityCode>,
    /// The region's name.
    pub name: String,
    /// The plan period's first year.
    pub first: i32,
    /// The plan period's last year.
    pub last: i32,
}

/// Norway's municipalities and their code changes, as built in.
///
/// # Example
/// ```
/// let changes = plan_core::scaffold::national_code_changes()?;
/// assert!(changes.changes.len() > 500);
/// # Ok::<(), plan_core::Error>(())
/// ```
///
/// # Errors
/// Never: the built-in list is read by a test (see [`crate::registry`]).
pub fn national_code_changes() -> Result<CodeChanges> {
    Ok(crate::registry::code_changes().clone())
}

impl NewPlan {
    /// The municipalities with the codes and names valid on 1 January of
    /// the first year of the period.
    ///
    /// # Errors
    /// [`Error::Argument`] for a code Norway has never had, a period whose
    /// first year is after its last, or no municipalities.
    ///
    /// # Example
    /// ```
    /// use plan_core::scaffold::NewPlan;
    /// // 2024 codes of Hallingdal, for a plan starting in 2021: Viken's codes and names.
    /// let codes = ["3320", "3322"].iter().map(|c| c.parse()).collect::<Result<Vec<_>, _>>()?;
    /// let new = NewPlan { codes, name: "Hallingdal".into(), first: 2021, last: 2024 };
    /// let names: Vec<String> = new.municipalities()?.iter().map(|m| format!("{} {}", m.code, m.name)).collect();
    /// assert_eq!(names, ["3039 Flå", "3040 Nesbyen"]);
    /// // The same plan starting in 2019: the Buskerud codes, and Nes before it became Nesbyen (as SSB names it).
    /// let old = NewPlan { first: 2019, ..new };
    /// let names: Vec<String> = old.municipalities()?.iter().map(|m| format!("{} {}", m.code, m.name)).collect();
    /// assert_eq!(names, ["0615 Flå", "0616 Nes (Buskerud)"]);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn municipalities(&self) -> Result<Vec<Municipality>> {
        if self.first > self.last {
            return Err(Error::Argument(crate::msg!("scaffold-period-reversed", first = self.first, last = self.last)));
        }
        if self.codes.is_empty() {
            return Err(Error::Argument(crate::msg!("scaffold-no-municipality")));
        }
        let start = NaiveDate::from_ymd_opt(self.first, 1, 1)
            .ok_or_else(|| Error::Argument(crate::msg!("scaffold-bad-year", year = self.first)))?;
        let changes = national_code_changes()?;
        let known_2024: Vec<(MunicipalityCode, &str)> =
            crate::registry::municipalities_2024().iter().map(|m| (m.code, m.name.as_str())).collect();
        let mut out: Vec<Municipality> = Vec::new();
        for code in &self.codes {
            let known = known_2024.iter().any(|(c, _)| c == code)
                || changes.changes.iter().any(|c| c.old.code == *code || c.new.code == *code);
            if !known {
                return Err(Error::Argument(crate::msg!("scaffold-unknown-code", code = code.to_string())));
            }
            let at_start = changes.code_at(*code, start).map_err(|e| {
                Error::Argument(crate::msg!(
                    "scaffold-code-not-followed",
                    code = code.to_string(),
                    year = self.first,
                    reason = e.message()
                ))
            })?;
            let name = name_at(&changes.changes, &known_2024, at_start, start);
            if !out.iter().any(|m| m.code == at_start) {
                out.push(Municipality { code: at_start, name });
            }
        }
        Ok(out)
    }

    /// The files of the new folder, relative to it, with their text.
    ///
    /// # Errors
    /// As [`NewPlan::municipalities`].
    ///
    /// # Example
    /// ```
    /// let new = plan_core::scaffold::NewPlan { codes: vec!["3449".parse()?], name: "Valdres".into(), first: 2024, last: 2027 };
    /// let files = new.files()?;
    /// let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    /// assert_eq!(names, ["plan.toml", "tiltak.csv", "sak.toml", "kommuneendringar.csv"]);
    /// assert!(files[0].1.contains("{ code = \"3449\", name = \"Sør-Aurdal\" }"));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn files(&self) -> Result<Vec<(PathBuf, String)>> {
        let municipalities = self.municipalities()?;
        let changes = national_code_changes()?;
        // The changes that touch the region: every link in the chains of its codes.
        let mut codes: Vec<MunicipalityCode> = municipalities.iter().map(|m| m.code).collect();
        codes.extend(self.codes.iter().copied());
        let mut relevant: Vec<&CodeChange> = Vec::new();
        loop {
            let before = relevant.len();
            for change in &changes.changes {
                if (codes.contains(&change.old.code) || codes.contains(&change.new.code))
                    && !relevant.iter().any(|r| std::ptr::eq(*r, change))
                {
                    relevant.push(change);
                    codes.push(change.old.code);
                    codes.push(change.new.code);
                }
            }
            if relevant.len() == before {
                break;
            }
        }
        relevant.sort();
        let mut changes_csv = String::from(
            "\"oldCode\";\"oldName\";\"oldShortName\";\"newCode\";\"newName\";\"newShortName\";\"changeOccurred\"\n",
        );
        for c in relevant {
            changes_csv.push_str(&format!(
                "\"{}\";\"{}\";\"\";\"{}\";\"{}\";\"\";\"{}\"\n",
                c.old.code, c.old.name, c.new.code, c.new.name, c.date
            ));
        }
        Ok(vec![
            (PathBuf::from("plan.toml"), self.plan_toml(&municipalities)),
            (PathBuf::from("tiltak.csv"), "id;innsatsområde;tema;tiltak;frist;ansvar;kostnad;merknad\n".to_string()),
            (PathBuf::from("sak.toml"), self.case_toml()),
            (PathBuf::from("kommuneendringar.csv"), changes_csv),
        ])
    }

    fn plan_toml(&self, municipalities: &[Municipality]) -> String {
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        let list = municipalities
            .iter()
            .map(|m| format!("    {{ code = {}, name = {} }},", quote(m.code.as_str()), quote(&m.name)))
            .collect::<Vec<_>>()
            .join("\n");
        let (name, first, last) = (quote(&self.name), self.first, self.last);
        let title = quote(&format!("Strategisk plan for {} {first}–{last}", self.name));
        let section = |key: &str, title: &str, what: &str| {
            format!("[texts.{key}]\ntitle = {}\n# {what}\ntext = \"\"\n", quote(title))
        };
        format!(
            r#"# The plan document. Every key is explained in docs/plan-folder.md;
# `plan-report check` lists what is still to fill in.

# Opportunities and competitive advantages, as a list.
opportunities = []

# Statistics the follow-up reports use, relative to this folder.
[statistics]
# Population tables as downloaded from SSB (table 07459, by region and year),
# any shape plan-report reads: add the file names here.
population = []
# The municipal code changes that touch the region (SSB classification 131).
code_changes = ["kommuneendringar.csv"]

[meta]
title = {title}
# Who owns the plan and who adopts it.
owner = ""
adopting_body = ""
# How and when the plan is (to be) adopted, in a sentence.
adoption = ""
# "utkast" while it is a draft, "vedteken" once adopted.
status = "utkast"
language = "nn"
period = {{ first = {first}, last = {last} }}
# The version's label and date.
version = {{ label = "Utkast", date = {first_date}-01-01 }}

[meta.region]
name = {name}
# Codes and names valid on 1 January {first}.
municipalities = [
{list}
]

{introduction}
{background}
{purpose}
{challenges}
{opportunities}
{values}
{focus_areas}
{action_programme}
# The UN sustainable development goals the plan gives weight to (1–17).
[sustainability_goals]
goals = []

[sustainability_goals.section]
title = "Berekraftsmål"
text = ""

# The shared values: [[values]] with name and text.

[overarching_goal]
# The goal in one sentence, what it means, and more.
statement = ""
meaning = ""
elaboration = ""

[overarching_goal.section]
title = "Overordna mål"
text = ""

# Focus areas, each with themes and result goals, for example:
#
# [[focus_areas]]
# id = "klima"
# name = "Klima og miljø"
# description = ""
# themes = [{{ id = "avfall", name = "Avfall" }}]
# result_goals = [{{ id = "klima-1", text = "Alt avfall blir sortert" }}]

# The bodies named in the action programme: [[bodies]] with abbreviation and name.
"#,
            first_date = first - 1,
            introduction = section("introduction", "Innleiing", "Why the plan, in a few paragraphs."),
            background = section("background", "Bakgrunn", "What the plan builds on."),
            purpose = section("purpose", "Formål", "What the plan is for."),
            challenges = section("challenges", "Status og utfordringar", "Where the region stands."),
            opportunities = section("opportunities", "Moglegheiter", "The text after the list of opportunities."),
            values = section("values", "Verdigrunnlag", "What the cooperation builds on."),
            focus_areas = section("focus_areas", "Innsatsområde", "The focus areas, introduced."),
            action_programme = "[texts.action_programme]\ntitle = \"Handlingsprogram\"\n# The action programme is tiltak.csv; revisions go in handlingsprogram/YEAR.csv.\ntext = \"\"\n",
        )
    }

    fn case_toml(&self) -> String {
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        format!(
            r#"# The case the plan is presented with. More cases go in saker/NUMBER.toml
# (case 9/24 is saker/9-24.toml); `plan-report case` renders one with its
# attachments.
number = ""
title = {title}
assembly = ""
place = ""
# The date of the case.
date = {year_before}-01-01
attachments = [{plan}]

[facts]
title = "Saksopplysning"
text = ""

[assessment]
title = "Vurdering"
text = ""

[decision]
title = "Vedtak"
points = []

[signer]
name = ""
role = ""
"#,
            title = quote(&format!("Strategisk plan for {} {}–{}", self.name, self.first, self.last)),
            year_before = self.first - 1,
            plan = quote(&format!("Strategisk plan for {}", self.name)),
        )
    }
}

/// The name of the municipality with `code` on `date`: from the change that
/// gave it the code (its new name), or the change that later took it (its
/// old name), or the list of 2024.
fn name_at(
    changes: &[CodeChange],
    known_2024: &[(MunicipalityCode, &str)],
    code: MunicipalityCode,
    date: NaiveDate,
) -> String {
    let given = changes.iter().filter(|c| c.new.code == code && c.date <= date).max_by_key(|c| c.date);
    let taken = changes.iter().filter(|c| c.old.code == code && c.date > date).min_by_key(|c| c.date);
    taken
        .map(|c| c.old.name.clone())
        .or_else(|| given.map(|c| c.new.name.clone()))
        .or_else(|| known_2024.iter().find(|(c, _)| *c == code).map(|(_, n)| (*n).to_string()))
        .unwrap_or_default()
}
