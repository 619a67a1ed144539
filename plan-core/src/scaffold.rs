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
use crate::i18n::Language;
use crate::population::reform::{CodeChange, CodeChanges};
use crate::region::{Municipality, MunicipalityCode};

/// What to scaffold: the region's municipalities (codes of any date), its
/// name, the plan period and the plan's written language.
///
/// # Example
/// ```
/// use plan_core::Language;
/// let new = plan_core::scaffold::NewPlan { codes: vec!["3449".parse()?], name: "Valdres".into(), first: 2024, last: 2027, language: Language::Nb };
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
    /// The plan's written language: `language` in `plan.toml`, and the
    /// language of every title, comment, stage word, header and file name
    /// the scaffold writes.
    pub language: Language,
}

/// The words a new plan folder is written with, in one language.
struct ScaffoldWords {
    code: &'static str,
    plan: &'static str,
    draft: &'static str,
    stages: &'static str,
    changes_file: &'static str,
    /// The action programme's and the case's file names.
    actions_file: &'static str,
    case_file: &'static str,
    header: &'static str,
    /// `[texts.KEY]`: (key, title, what to write).
    sections: [(&'static str, &'static str, &'static str); 8],
    sdg: &'static str,
    overarching: &'static str,
    case: [&'static str; 3],
    comments: [&'static str; 16],
    /// A focus area as an example: (id, name, theme id, theme, goal).
    example: [&'static str; 5],
}

const NN: ScaffoldWords = ScaffoldWords {
    code: "nn",
    plan: "Strategisk plan for",
    draft: "Utkast",
    stages: "\"utkast\" medan planen er eit utkast, \"vedteken\" når han er vedteken.",
    changes_file: "kommuneendringar.csv",
    actions_file: "tiltak.csv",
    case_file: "sak.toml",
    header: "id;innsatsområde;tema;tiltak;frist;ansvar;kostnad;merknad",
    sections: [
        ("introduction", "Innleiing", "Kvifor planen, i nokre avsnitt."),
        ("background", "Bakgrunn", "Kva planen byggjer på."),
        ("purpose", "Formål", "Kva planen skal vere til."),
        ("challenges", "Status og utfordringar", "Kvar regionen står."),
        ("opportunities", "Moglegheiter", "Teksten etter lista over moglegheiter."),
        ("values", "Verdigrunnlag", "Kva samarbeidet byggjer på."),
        ("focus_areas", "Innsatsområde", "Innsatsområda, presenterte."),
        (
            "action_programme",
            "Handlingsprogram",
            "Handlingsprogrammet er tiltak.csv; revisjonar går i handlingsprogram/ÅR.csv.",
        ),
    ],
    sdg: "Berekraftsmål",
    overarching: "Overordna mål",
    case: ["Saksopplysning", "Vurdering", "Vedtak"],
    comments: [
        "Plandokumentet. Kvar nøkkel er forklart i docs/plan-folder.md;\n# `plan-report check` listar det som enno manglar.",
        "Moglegheiter og konkurransefortrinn, som ei liste.",
        "Statistikk som oppfølgingsrapportane brukar, relativt til denne mappa.",
        "Folketalstabellar slik dei er lasta ned frå SSB (tabell 07459, etter region og år),\n# i alle former plan-report les: skriv filnamna her.",
        "Endringane i kommunenummer som gjeld regionen (SSB, klassifikasjon 131).",
        "Kven som eig planen, og kven som vedtek han.",
        "Korleis og når planen er (skal bli) vedteken, i ei setning.",
        "Namnet på versjonen og datoen.",
        "Kodar og namn slik dei var 1. januar",
        "FN sine berekraftsmål planen legg vekt på (1–17).",
        "Det felles verdigrunnlaget: [[values]] med name og text.",
        "Målet i éi setning, kva det tyder, og meir.",
        "Innsatsområde, kvart med tema og resultatmål, til dømes:",
        "Einingane handlingsprogrammet nemner: [[bodies]] med abbreviation og name.",
        "Saka planen blir lagd fram i. Fleire saker går i saker/NUMMER.toml\n# (sak 9/24 er saker/9-24.toml); `plan-report case` lagar ei med vedlegga.",
        "Datoen for saka.",
    ],
    example: ["natur", "Natur og friluftsliv", "stiar", "Stiar", "Fleire merkte stiar"],
};

const NB: ScaffoldWords = ScaffoldWords {
    code: "nb",
    plan: "Strategisk plan for",
    draft: "Utkast",
    stages: "\"utkast\" mens planen er et utkast, \"vedtatt\" når den er vedtatt.",
    changes_file: "kommuneendringer.csv",
    actions_file: "tiltak.csv",
    case_file: "sak.toml",
    header: "id;innsatsområde;tema;tiltak;frist;ansvar;kostnad;merknad",
    sections: [
        ("introduction", "Innledning", "Hvorfor planen, i noen avsnitt."),
        ("background", "Bakgrunn", "Hva planen bygger på."),
        ("purpose", "Formål", "Hva planen skal være til."),
        ("challenges", "Status og utfordringer", "Hvor regionen står."),
        ("opportunities", "Muligheter", "Teksten etter listen over muligheter."),
        ("values", "Verdigrunnlag", "Hva samarbeidet bygger på."),
        ("focus_areas", "Innsatsområder", "Innsatsområdene, presentert."),
        (
            "action_programme",
            "Handlingsprogram",
            "Handlingsprogrammet er tiltak.csv; revisjoner går i handlingsprogram/ÅR.csv.",
        ),
    ],
    sdg: "Bærekraftsmål",
    overarching: "Overordnet mål",
    case: ["Saksopplysninger", "Vurdering", "Vedtak"],
    comments: [
        "Plandokumentet. Hver nøkkel er forklart i docs/plan-folder.md;\n# `plan-report check` lister det som ennå mangler.",
        "Muligheter og konkurransefortrinn, som en liste.",
        "Statistikk som oppfølgingsrapportene bruker, relativt til denne mappen.",
        "Befolkningstabeller slik de er lastet ned fra SSB (tabell 07459, etter region og år),\n# i alle former plan-report leser: skriv filnavnene her.",
        "Endringene i kommunenummer som gjelder regionen (SSB, klassifikasjon 131).",
        "Hvem som eier planen, og hvem som vedtar den.",
        "Hvordan og når planen er (skal bli) vedtatt, i én setning.",
        "Navnet på versjonen og datoen.",
        "Koder og navn slik de var 1. januar",
        "FNs bærekraftsmål planen legger vekt på (1–17).",
        "Det felles verdigrunnlaget: [[values]] med name og text.",
        "Målet i én setning, hva det betyr, og mer.",
        "Innsatsområder, hvert med tema og resultatmål, for eksempel:",
        "Enhetene handlingsprogrammet nevner: [[bodies]] med abbreviation og name.",
        "Saken planen legges fram i. Flere saker går i saker/NUMMER.toml\n# (sak 9/24 er saker/9-24.toml); `plan-report case` lager en med vedleggene.",
        "Datoen for saken.",
    ],
    example: ["natur", "Natur og friluftsliv", "stier", "Stier", "Flere merkede stier"],
};

const EN: ScaffoldWords = ScaffoldWords {
    code: "en",
    plan: "Strategic plan for",
    draft: "Draft",
    stages: "\"draft\" while the plan is a draft, \"adopted\" once it is adopted.",
    changes_file: "code-changes.csv",
    actions_file: "actions.csv",
    case_file: "case.toml",
    header: "id;focus area;theme;action;deadline;responsible;cost;note",
    sections: [
        ("introduction", "Introduction", "Why the plan, in a few paragraphs."),
        ("background", "Background", "What the plan builds on."),
        ("purpose", "Purpose", "What the plan is for."),
        ("challenges", "Status and challenges", "Where the region stands."),
        ("opportunities", "Opportunities", "The text after the list of opportunities."),
        ("values", "Values", "What the cooperation builds on."),
        ("focus_areas", "Focus areas", "The focus areas, introduced."),
        (
            "action_programme",
            "Action programme",
            "The action programme is actions.csv; revisions go in programme/YEAR.csv.",
        ),
    ],
    sdg: "Sustainable development goals",
    overarching: "Overarching goal",
    case: ["Facts", "Assessment", "Decision"],
    comments: [
        "The plan document. Every key is explained in docs/plan-folder.md;\n# `plan-report check` lists what is still to fill in.",
        "Opportunities and competitive advantages, as a list.",
        "Statistics the follow-up reports use, relative to this folder.",
        "Population tables as downloaded from SSB (table 07459, by region and year),\n# any shape plan-report reads: add the file names here.",
        "The municipal code changes that touch the region (SSB classification 131).",
        "Who owns the plan and who adopts it.",
        "How and when the plan is (to be) adopted, in a sentence.",
        "The version's label and date.",
        "Codes and names valid on 1 January",
        "The UN sustainable development goals the plan gives weight to (1–17).",
        "The shared values: [[values]] with name and text.",
        "The goal in one sentence, what it means, and more.",
        "Focus areas, each with themes and result goals, for example:",
        "The bodies named in the action programme: [[bodies]] with abbreviation and name.",
        "The case the plan is presented with. More cases go in cases/NUMBER.toml\n# (case 9/24 is cases/9-24.toml); `plan-report case` renders one with its\n# attachments.",
        "The date of the case.",
    ],
    example: ["nature", "Nature and outdoor life", "trails", "Trails", "More marked trails"],
};

fn words(language: Language) -> &'static ScaffoldWords {
    match language {
        Language::Nn => &NN,
        Language::Nb => &NB,
        Language::En => &EN,
    }
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
    Ok(crate::population::reform::CodeChanges::built_in().clone())
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
    /// let new = NewPlan { codes, name: "Hallingdal".into(), first: 2021, last: 2024, language: plan_core::Language::Nn };
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
            return Err(Error::Argument(crate::error::Argument::ScaffoldPeriodReversed {
                first: self.first,
                last: self.last,
            }));
        }
        if self.codes.is_empty() {
            return Err(Error::Argument(crate::error::Argument::ScaffoldNoMunicipality));
        }
        let start = NaiveDate::from_ymd_opt(self.first, 1, 1)
            .ok_or(Error::Argument(crate::error::Argument::ScaffoldBadYear { year: self.first }))?;
        let changes = national_code_changes()?;
        let known_2024: Vec<(MunicipalityCode, &str)> =
            crate::registry::municipalities_2024().iter().map(|m| (m.code, m.name.as_str())).collect();
        let mut out: Vec<Municipality> = Vec::new();
        for code in &self.codes {
            let known = known_2024.iter().any(|(c, _)| c == code)
                || changes.changes.iter().any(|c| c.old.code == *code || c.new.code == *code);
            if !known {
                return Err(Error::Argument(crate::error::Argument::ScaffoldUnknownCode { code: *code }));
            }
            let at_start = changes.code_at(*code, start).map_err(|e| {
                Error::Argument(crate::error::Argument::ScaffoldCodeNotFollowed {
                    code: *code,
                    year: self.first,
                    reason: e.message(),
                })
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
    /// use plan_core::Language;
    /// let new = plan_core::scaffold::NewPlan { codes: vec!["3449".parse()?], name: "Valdres".into(), first: 2024, last: 2027, language: Language::Nn };
    /// let files = new.files()?;
    /// let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    /// assert_eq!(names, ["plan.toml", "tiltak.csv", "sak.toml", "kommuneendringar.csv"]);
    /// assert!(files[0].1.contains("{ code = \"3449\", name = \"Sør-Aurdal\" }"));
    /// // In Bokmål: its titles, stage word and file names.
    /// let files = plan_core::scaffold::NewPlan { language: Language::Nb, ..new }.files()?;
    /// assert!(files[0].1.contains("language = \"nb\"") && files[0].1.contains("title = \"Innledning\""));
    /// assert_eq!(files[3].0.display().to_string(), "kommuneendringer.csv");
    /// // In English, the English names: actions.csv, case.toml.
    /// let new = plan_core::scaffold::NewPlan { codes: vec!["3449".parse()?], name: "Valdres".into(), first: 2024, last: 2027, language: Language::En };
    /// let files = new.files()?;
    /// let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    /// assert_eq!(names, ["plan.toml", "actions.csv", "case.toml", "code-changes.csv"]);
    /// assert!(files[0].1.contains("revisions go in programme/YEAR.csv") && files[2].1.contains("cases/NUMBER.toml"));
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
        let w = words(self.language);
        Ok(vec![
            (PathBuf::from("plan.toml"), self.plan_toml(&municipalities)),
            (PathBuf::from(w.actions_file), format!("{}\n", w.header)),
            (PathBuf::from(w.case_file), self.case_toml()),
            (PathBuf::from(w.changes_file), changes_csv),
        ])
    }

    fn plan_toml(&self, municipalities: &[Municipality]) -> String {
        let w = words(self.language);
        let c = |i: usize| w.comments[i];
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        let list = municipalities
            .iter()
            .map(|m| format!("    {{ code = {}, name = {} }},", quote(m.code.as_str()), quote(&m.name)))
            .collect::<Vec<_>>()
            .join("\n");
        let (name, first, last) = (quote(&self.name), self.first, self.last);
        let title = quote(&format!("{} {} {first}–{last}", w.plan, self.name));
        let sections: String = w
            .sections
            .iter()
            .map(|(key, title, what)| format!("[texts.{key}]\ntitle = {}\n# {what}\ntext = \"\"\n\n", quote(title)))
            .collect();
        let [area_id, area, theme_id, theme, goal] = w.example;
        format!(
            r#"# {c0}

# {c1}
opportunities = []

# {c2}
[statistics]
# {c3}
population = []
# {c4}
code_changes = [{changes}]

[meta]
title = {title}
# {c5}
owner = ""
adopting_body = ""
# {c6}
adoption = ""
# {stages}
status = {draft_word}
language = "{code}"
period = {{ first = {first}, last = {last} }}
# {c7}
version = {{ label = {draft}, date = {first_date}-01-01 }}

[meta.region]
name = {name}
# {c8} {first}.
municipalities = [
{list}
]

{sections}# {c9}
[sustainability_goals]
goals = []

[sustainability_goals.section]
title = {sdg}
text = ""

# {c10}

[overarching_goal]
# {c11}
statement = ""
meaning = ""
elaboration = ""

[overarching_goal.section]
title = {overarching}
text = ""

# {c12}
#
# [[focus_areas]]
# id = "{area_id}"
# name = "{area}"
# description = ""
# themes = [{{ id = "{theme_id}", name = "{theme}" }}]
# result_goals = [{{ id = "{area_id}-1", text = "{goal}" }}]

# {c13}
"#,
            c0 = c(0),
            c1 = c(1),
            c2 = c(2),
            c3 = c(3),
            c4 = c(4),
            c5 = c(5),
            c6 = c(6),
            c7 = c(7),
            c8 = c(8),
            c9 = c(9),
            c10 = c(10),
            c11 = c(11),
            c12 = c(12),
            c13 = c(13),
            changes = quote(w.changes_file),
            stages = w.stages,
            draft_word = quote(&w.draft.to_lowercase()),
            code = w.code,
            draft = quote(w.draft),
            first_date = first - 1,
            sdg = quote(w.sdg),
            overarching = quote(w.overarching),
        )
    }

    fn case_toml(&self) -> String {
        let w = words(self.language);
        let quote = |s: &str| toml::Value::String(s.to_string()).to_string();
        let [facts, assessment, decision] = w.case;
        format!(
            r#"# {about}
number = ""
title = {title}
assembly = ""
place = ""
# {date}
date = {year_before}-01-01
attachments = [{plan}]

[facts]
title = {facts}
text = ""

[assessment]
title = {assessment}
text = ""

[decision]
title = {decision}
points = []

[signer]
name = ""
role = ""
"#,
            about = w.comments[14],
            date = w.comments[15],
            title = quote(&format!("{} {} {}–{}", w.plan, self.name, self.first, self.last)),
            year_before = self.first - 1,
            plan = quote(&format!("{} {}", w.plan, self.name)),
            facts = quote(facts),
            assessment = quote(assessment),
            decision = quote(decision),
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
