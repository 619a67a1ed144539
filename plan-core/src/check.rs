//! The checks `plan-report check` runs on a loaded plan: structural errors
//! (duplicate ids, goal numbers out of range) and warnings for a draft
//! (open questions, missing responsible bodies, unexplained abbreviations,
//! empty, placeholder or unfinished texts).

use std::collections::{BTreeMap, BTreeSet};

use crate::case::Case;
use crate::diagnostic::Diagnostic;
use crate::files::focus_path;
use crate::folder::PlanFolder;
use crate::i18n::Message;
use crate::msg;
use crate::plan::{Body, FocusArea, Section, SustainabilityGoals};
use crate::toml_span::{SpanIndex, Step};

/// Errors in the structure of `plan.toml`: duplicate ids, goal numbers
/// outside 1–17, duplicate glossary entries.
pub(crate) fn structure(
    file: &str,
    spans: &SpanIndex<'_>,
    focus_areas: &[FocusArea],
    goals: &SustainabilityGoals,
    bodies: &[Body],
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut areas: BTreeMap<&str, u64> = BTreeMap::new();
    let mut result_goals: BTreeMap<&str, u64> = BTreeMap::new();
    for (i, area) in focus_areas.iter().enumerate() {
        let line = spans.line(&focus_path(i, "id"));
        if area.id.trim().is_empty() {
            out.push(Diagnostic::error(
                file,
                line,
                Some(&format!("focus_areas[{i}].id")),
                msg!("focus-area-id-missing"),
            ));
        } else {
            if let Some(first) = first_use(&mut areas, &area.id, line) {
                let message = msg!("duplicate-focus-area-id", id = &area.id, first = first);
                out.push(Diagnostic::error(file, line, Some(&format!("focus_areas[{i}].id")), message));
            }
        }
        let mut themes: BTreeMap<&str, u64> = BTreeMap::new();
        for (t, theme) in area.themes.iter().enumerate() {
            let path = [Step::Key("focus_areas"), Step::Index(i), Step::Key("themes"), Step::Index(t), Step::Key("id")];
            let line = spans.line(&path);
            if let Some(first) = first_use(&mut themes, &theme.id, line) {
                let message = msg!("duplicate-theme-id", id = &theme.id, area = &area.id, first = first);
                out.push(Diagnostic::error(file, line, Some(&format!("focus_areas[{i}].themes[{t}].id")), message));
            }
        }
        for (g, goal) in area.result_goals.iter().enumerate() {
            let path =
                [Step::Key("focus_areas"), Step::Index(i), Step::Key("result_goals"), Step::Index(g), Step::Key("id")];
            let line = spans.line(&path);
            if let Some(first) = first_use(&mut result_goals, &goal.id, line) {
                let message = msg!("duplicate-result-goal-id", id = &goal.id, first = first);
                let field = format!("focus_areas[{i}].result_goals[{g}].id");
                out.push(Diagnostic::error(file, line, Some(&field), message));
            }
        }
    }
    for (i, goal) in goals.goals.iter().enumerate() {
        if !(1..=17).contains(goal) {
            let line = spans.line(&[Step::Key("sustainability_goals"), Step::Key("goals"), Step::Index(i)]);
            out.push(Diagnostic::error(
                file,
                line,
                Some(&format!("sustainability_goals.goals[{i}]")),
                msg!("sdg-out-of-range", goal = *goal),
            ));
        }
    }
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for (i, body) in bodies.iter().enumerate() {
        if !seen.insert(body.abbreviation.to_lowercase()) {
            let line = spans.line(&[Step::Key("bodies"), Step::Index(i), Step::Key("abbreviation")]);
            out.push(Diagnostic::error(
                file,
                line,
                Some(&format!("bodies[{i}].abbreviation")),
                msg!("duplicate-body", abbreviation = &body.abbreviation),
            ));
        }
    }
    out
}

/// Records the first use of an id; a second use is an error naming the line
/// of the first.
/// The line an id was first used on, when this is a second use.
fn first_use<'a>(seen: &mut BTreeMap<&'a str, u64>, id: &'a str, line: Option<u64>) -> Option<u64> {
    match seen.get(id) {
        Some(first) => Some(*first),
        None => {
            seen.insert(id, line.unwrap_or(0));
            None
        }
    }
}

/// Warnings about a loaded plan.
pub(crate) fn warnings(folder: &PlanFolder, plan_file: &str, spans: &SpanIndex<'_>) -> Vec<Diagnostic> {
    let plan = &folder.plan;
    let mut out = Vec::new();
    // The action programme's introduction may be empty: the table speaks.
    let sections: [(&str, &Section); 7] = [
        ("introduction", &plan.texts.introduction),
        ("background", &plan.texts.background),
        ("purpose", &plan.texts.purpose),
        ("challenges", &plan.texts.challenges),
        ("opportunities", &plan.texts.opportunities),
        ("values", &plan.texts.values),
        ("focus_areas", &plan.texts.focus_areas),
    ];
    for (key, section) in sections {
        let path = [Step::Key("texts"), Step::Key(key), Step::Key("text")];
        text_warnings(&mut out, plan_file, spans.line(&path), &format!("texts.{key}.text"), &section.text, true);
    }
    let goals = &plan.sustainability_goals;
    if goals.goals.is_empty() {
        let line = spans.line(&[Step::Key("sustainability_goals"), Step::Key("goals")]);
        let message = match (goals.missing, goals.missing_note.trim()) {
            (true, "") => msg!("sdg-list-missing"),
            (true, note) => msg!("sdg-list-missing-because", note = note),
            (false, _) => msg!("sdg-none-listed"),
        };
        out.push(Diagnostic::warning(plan_file, line, Some("sustainability_goals.goals"), message));
    }
    for (i, value) in plan.values.iter().enumerate() {
        let line = spans.line(&[Step::Key("values"), Step::Index(i), Step::Key("text")]);
        text_warnings(&mut out, plan_file, line, &format!("values[{i}].text"), &value.text, true);
    }
    let goal_line = spans.line(&[Step::Key("overarching_goal"), Step::Key("statement")]);
    text_warnings(&mut out, plan_file, goal_line, "overarching_goal.statement", &plan.overarching_goal.statement, true);
    for (i, area) in plan.focus_areas.iter().enumerate() {
        text_warnings(
            &mut out,
            plan_file,
            spans.line(&focus_path(i, "description")),
            &format!("focus_areas[{i}].description"),
            &area.description,
            true,
        );
        for (g, goal) in area.result_goals.iter().enumerate() {
            let line = spans.line(&[
                Step::Key("focus_areas"),
                Step::Index(i),
                Step::Key("result_goals"),
                Step::Index(g),
                Step::Key("text"),
            ]);
            text_warnings(
                &mut out,
                plan_file,
                line,
                &format!("focus_areas[{i}].result_goals[{g}].text"),
                &goal.text,
                false,
            );
        }
        if folder.programme.versions.iter().all(|v| v.actions_in(&area.id).next().is_none()) {
            out.push(Diagnostic::warning(
                plan_file,
                spans.line(&focus_path(i, "id")),
                Some(&format!("focus_areas[{i}].id")),
                msg!("focus-area-without-actions", id = &area.id),
            ));
        }
    }
    let mut explained: BTreeSet<String> =
        plan.bodies.iter().filter(|b| b.name.is_some()).map(|b| b.abbreviation.clone()).collect();
    let actions = folder.programme.versions.iter().flat_map(|v| {
        let file = v.file.clone();
        v.actions.iter().map(move |a| (file.clone(), a))
    });
    // Action ids of any version (`LAND-06` in "Nytt nummer (var LAND-06)")
    // are ids, never abbreviations; longest first, so no id cuts another.
    let mut ids: Vec<&str> =
        folder.programme.versions.iter().flat_map(|v| v.actions.iter().map(|a| a.id.as_str())).collect();
    ids.sort_unstable_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    ids.dedup();
    // An action unchanged since an earlier version is reported once.
    let mut seen: BTreeSet<(String, String, String)> = BTreeSet::new();
    for (actions_file, action) in actions {
        if !seen.insert((action.id.clone(), action.text.clone(), action.note.clone())) {
            continue;
        }
        let actions_file = actions_file.as_str();
        let line = action.line;
        for (column, text) in [("tiltak", &action.text), ("merknad", &action.note)] {
            if text.contains('?') {
                out.push(Diagnostic::warning(actions_file, line, Some(column), msg!("open-question", text = text)));
            }
        }
        if action.responsible.is_empty() {
            out.push(Diagnostic::warning(
                actions_file,
                line,
                Some("ansvar"),
                msg!("action-without-responsible", id = &action.id),
            ));
        }
        if is_placeholder(&action.text) {
            out.push(Diagnostic::warning(
                actions_file,
                line,
                Some("tiltak"),
                msg!("placeholder-text", text = &action.text),
            ));
        }
        for (field, text) in [
            ("ansvar", action.responsible.join(" ")),
            ("tiltak", action.text.clone()),
            ("merknad", action.note.clone()),
        ] {
            let text = ids.iter().fold(text, |text, id| if text.contains(id) { text.replace(id, " ") } else { text });
            for abbreviation in abbreviations(&text) {
                if explained.insert(abbreviation.to_string()) {
                    out.push(Diagnostic::warning(
                        actions_file,
                        line,
                        Some(field),
                        msg!("abbreviation-unexplained", abbreviation = abbreviation),
                    ));
                }
            }
        }
    }
    out
}

/// The region's codes against Norway's municipalities on 1 January of the
/// plan period's first year (the built-in list of 2024 and the code
/// changes, the plan's merged over SSB's): an error for a code that is no
/// municipality then, or whose municipality has another name while the
/// name written is another code's (`{ code = "3436", name = "Sel" }`: 3436
/// is Nord-Fron, Sel is 3437); a warning for another spelling of the name
/// and for a code of another date that the reports follow. Returns the
/// findings and the indices of the municipalities they concern.
pub(crate) fn municipality_codes(
    folder: &PlanFolder,
    plan_file: &str,
    spans: &SpanIndex<'_>,
) -> (Vec<Diagnostic>, BTreeSet<usize>) {
    use crate::registry::{known, municipalities_at, same_name};
    let mut out = Vec::new();
    let mut flagged = BTreeSet::new();
    let changes = &folder.code_changes;
    let Some(start) = chrono::NaiveDate::from_ymd_opt(folder.plan.meta.period.first, 1, 1) else {
        return (out, flagged);
    };
    // The built-in lists begin in 1972.
    if start < chrono::NaiveDate::from_ymd_opt(1972, 1, 1).unwrap_or_default() {
        return (out, flagged);
    }
    let at_start = municipalities_at(changes, start);
    let date = crate::i18n::date(start);
    for (i, m) in folder.plan.meta.region.municipalities.iter().enumerate() {
        let line = spans.line(&[Step::Key("meta"), Step::Key("region"), Step::Key("municipalities"), Step::Index(i)]);
        let field = format!("meta.region.municipalities[{i}]");
        let mut say = |d: fn(String, Option<u64>, Option<&str>, Message) -> Diagnostic, message: Message| {
            out.push(d(plan_file.to_string(), line, Some(&field), message));
            flagged.insert(i);
        };
        let others = |code: crate::MunicipalityCode| -> Vec<String> {
            at_start.iter().filter(|(c, n)| **c != code && same_name(&m.name, n)).map(|(c, _)| c.to_string()).collect()
        };
        let code = match at_start.get(&m.code) {
            Some(_) => m.code,
            None => match changes.code_at(m.code, start) {
                Ok(then) if then != m.code && at_start.contains_key(&then) => {
                    let then_name = at_start.get(&then).cloned().unwrap_or_default();
                    say(
                        Diagnostic::warning,
                        msg!(
                            "municipality-code-followed",
                            code = m.code.to_string(),
                            date = date.clone(),
                            then = then.to_string(),
                            then_name = then_name
                        ),
                    );
                    then
                }
                Err(reason) if known(m.code, changes) => {
                    say(
                        Diagnostic::error,
                        msg!(
                            "municipality-code-broken",
                            code = m.code.to_string(),
                            name = &m.name,
                            date = date.clone(),
                            reason = reason.message()
                        ),
                    );
                    continue;
                }
                _ => {
                    let found = others(m.code);
                    let message = if found.is_empty() {
                        msg!(
                            "municipality-code-unknown",
                            code = m.code.to_string(),
                            name = &m.name,
                            date = date.clone()
                        )
                    } else {
                        msg!(
                            "municipality-code-unknown-named",
                            code = m.code.to_string(),
                            name = &m.name,
                            date = date.clone(),
                            found = found.join(", ")
                        )
                    };
                    say(Diagnostic::error, message);
                    continue;
                }
            },
        };
        let code_name = at_start.get(&code).cloned().unwrap_or_default();
        // Any name the code has had counts (Nes/Nes (Buskerud)).
        let mut names: BTreeSet<&str> = BTreeSet::from([code_name.as_str()]);
        for change in &changes.changes {
            for side in [&change.old, &change.new] {
                if side.code == code && !side.name.is_empty() {
                    names.insert(side.name.as_str());
                }
            }
        }
        if code_name.is_empty() || names.iter().any(|n| same_name(&m.name, n)) {
            continue;
        }
        let found = others(code);
        if found.is_empty() {
            say(
                Diagnostic::warning,
                msg!(
                    "municipality-name-differs",
                    code = code.to_string(),
                    code_name = code_name.as_str(),
                    name = &m.name,
                    date = date.clone()
                ),
            );
        } else {
            say(
                Diagnostic::error,
                msg!(
                    "municipality-code-of-another",
                    code = code.to_string(),
                    code_name = code_name.as_str(),
                    name = &m.name,
                    date = date.clone(),
                    others = found.join(", ")
                ),
            );
        }
    }
    (out, flagged)
}

/// Warnings where the population data give a municipality of the plan
/// another name under its code: the figures would be those of another
/// municipality. Names are compared as [`crate::registry::same_name`] does
/// (case, diacritics, SSB's qualifier and a name's other languages aside),
/// and any name the municipality has had under its codes (in the code
/// changes) counts, so Nes/Nesbyen is no disagreement. Municipalities in
/// `skip` (already named by [`municipality_codes`]) are left out.
pub(crate) fn municipality_names(
    folder: &PlanFolder,
    plan_file: &str,
    spans: &SpanIndex<'_>,
    skip: &BTreeSet<usize>,
) -> Vec<Diagnostic> {
    use crate::registry::same_name;
    let table = folder.follow_up_table();
    let changes = &folder.code_changes;
    let mut out = Vec::new();
    for (i, m) in folder.plan.meta.region.municipalities.iter().enumerate() {
        if skip.contains(&i) {
            continue;
        }
        let data_names: BTreeSet<&str> = table
            .observations
            .iter()
            .filter(|o| o.code == m.code && !o.name.is_empty())
            .map(|o| o.name.as_str())
            .collect();
        if data_names.is_empty() {
            continue;
        }
        // The names of the municipality: the plan's, and those under its
        // codes through one-to-one changes (a merge's other parts are not it).
        let mut known: Vec<&str> = vec![m.name.as_str()];
        for change in changes.lineage(&[m.code]) {
            let one_to_one = changes
                .changes
                .iter()
                .filter(|c| c.date == change.date && (c.old.code == change.old.code || c.new.code == change.new.code))
                .count()
                == 1;
            for side in [&change.old, &change.new] {
                if (one_to_one || side.code == m.code) && !side.name.is_empty() {
                    known.push(side.name.as_str());
                }
            }
        }
        let odd: Vec<&str> =
            data_names.iter().copied().filter(|n| !known.iter().any(|k| same_name(n, k) || same_name(k, n))).collect();
        if odd.is_empty() {
            continue;
        }
        let line = spans.line(&[Step::Key("meta"), Step::Key("region"), Step::Key("municipalities"), Step::Index(i)]);
        out.push(Diagnostic::warning(
            plan_file,
            line,
            Some(&format!("meta.region.municipalities[{i}]")),
            msg!(
                "municipality-name-mismatch",
                code = m.code.to_string(),
                name = &m.name,
                data_names = odd.join("/"),
                sources = crate::text::excerpt(&table.sources.join(", "), 120)
            ),
        ));
    }
    out
}

/// Errors in a case's attachments: a revision report needs a year in the
/// plan period.
pub(crate) fn case_attachments(
    case: &Case,
    file: &str,
    spans: &SpanIndex<'_>,
    period: crate::plan::Period,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (i, attachment) in case.attachments.iter().enumerate() {
        let line =
            spans.line(&[Step::Key("attachments"), Step::Index(i)]).or_else(|| spans.line(&[Step::Key("attachments")]));
        let field = format!("attachments[{i}]");
        match (attachment.report(), attachment.year()) {
            (crate::case::AttachedReport::Status, None) => {
                out.push(Diagnostic::error(file, line, Some(&field), msg!("attachment-status-without-year")));
            }
            (crate::case::AttachedReport::Status, Some(year)) if year < period.first || year > period.last => {
                out.push(Diagnostic::error(
                    file,
                    line,
                    Some(&field),
                    msg!("attachment-year-outside-period", year = year, first = period.first, last = period.last),
                ));
            }
            _ => {}
        }
    }
    out
}

/// Warnings about the case document.
pub(crate) fn case_warnings(case: &Case, file: &str, spans: &SpanIndex<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (key, section) in [("facts", &case.facts), ("assessment", &case.assessment)] {
        text_warnings(
            &mut out,
            file,
            spans.line(&[Step::Key(key), Step::Key("text")]),
            &format!("{key}.text"),
            &section.text,
            true,
        );
    }
    if case.decision.points.is_empty() {
        out.push(Diagnostic::warning(
            file,
            spans.line(&[Step::Key("decision")]),
            Some("decision.points"),
            msg!("decision-without-points"),
        ));
    }
    for (key, value, what) in [
        ("number", &case.number, msg!("expected-case-number")),
        ("assembly", &case.assembly, msg!("expected-case-assembly")),
        ("place", &case.place, msg!("expected-case-place")),
    ] {
        out.extend(still_to_fill_in(file, spans.line(&[Step::Key(key)]), key, value, what));
    }
    for (key, value, what) in [
        ("name", &case.signer.name, msg!("expected-signer-name")),
        ("role", &case.signer.role, msg!("expected-signer-role")),
    ] {
        let field = format!("signer.{key}");
        out.extend(still_to_fill_in(file, spans.line(&[Step::Key("signer"), Step::Key(key)]), &field, value, what));
    }
    out
}

/// A warning for a field left empty, saying what belongs there.
fn still_to_fill_in(file: &str, line: Option<u64>, field: &str, value: &str, what: Message) -> Option<Diagnostic> {
    value
        .trim()
        .is_empty()
        .then(|| Diagnostic::warning(file, line, Some(field), msg!("still-to-fill-in", expected = what)))
}

/// Warnings for what a plan still lacks: the owner, the adopting body, focus
/// areas, population data.
pub(crate) fn plan_gaps(folder: &PlanFolder, plan_file: &str, spans: &SpanIndex<'_>) -> Vec<Diagnostic> {
    let meta = &folder.plan.meta;
    let mut out = Vec::new();
    for (key, value, what) in [
        ("owner", &meta.owner, msg!("expected-plan-owner")),
        ("adopting_body", &meta.adopting_body, msg!("expected-adopting-body")),
    ] {
        let field = format!("meta.{key}");
        out.extend(still_to_fill_in(plan_file, spans.line(&[Step::Key("meta"), Step::Key(key)]), &field, value, what));
    }
    if folder.plan.focus_areas.is_empty() {
        out.push(Diagnostic::warning(plan_file, None, Some("focus_areas"), msg!("plan-without-focus-areas")));
    }
    if folder.population_files.is_empty() {
        out.push(Diagnostic::warning(
            plan_file,
            spans.line(&[Step::Key("statistics"), Step::Key("population")]),
            Some("statistics.population"),
            msg!("plan-without-population"),
        ));
    }
    out
}

/// Empty, placeholder, open-question and unfinished-sentence warnings for one
/// text. `prose` texts must end a sentence.
fn text_warnings(out: &mut Vec<Diagnostic>, file: &str, line: Option<u64>, field: &str, text: &str, prose: bool) {
    let text = text.trim();
    if text.is_empty() {
        out.push(Diagnostic::warning(file, line, Some(field), msg!("empty-section")));
        return;
    }
    if is_placeholder(text) {
        out.push(Diagnostic::warning(file, line, Some(field), msg!("placeholder-text", text = excerpt(text))));
    } else if text.contains('?') && !prose {
        out.push(Diagnostic::warning(file, line, Some(field), msg!("open-question", text = excerpt(text))));
    }
    if prose && !text.ends_with(['.', '!', '?', ':', '»', ')', '"', '”']) {
        out.push(Diagnostic::warning(file, line, Some(field), msg!("text-unfinished", tail = tail(text))));
    }
}

/// Draft placeholders: "Noko med …", to-do markers, "XXX", "[…]", Latin filler text.
fn is_placeholder(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.starts_with("noko med ")
        || lower.starts_with("noe med ")
        || lower.contains("todo")
        || lower.contains("xxx")
        || lower.contains("tbd")
        || lower.contains("[…]")
        || lower.contains("[...]")
        || lower.contains("lorem")
        || lower == "…"
        || lower == "..."
}

/// Words written in capitals of two to five letters: likely abbreviations.
fn abbreviations(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|word| {
        let letters = word.chars().count();
        (2..=5).contains(&letters) && word.chars().all(char::is_uppercase)
    })
}

fn excerpt(text: &str) -> String {
    crate::text::excerpt(text, 80)
}

fn tail(text: &str) -> String {
    let squashed = crate::text::squash_spaces(text);
    let count = squashed.chars().count();
    squashed.chars().skip(count.saturating_sub(30)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_abbreviations() {
        assert_eq!(abbreviations("RR/HNN og FHI, Rv7 NTP 2018").collect::<Vec<_>>(), ["RR", "HNN", "FHI", "NTP"]);
        assert_eq!(abbreviations("SMART VILLAGE").count(), 1, "SMART is five capitals");
    }

    #[test]
    fn flags_placeholders_and_unfinished_text() {
        let mut out = Vec::new();
        text_warnings(&mut out, "p.toml", Some(3), "x", "Noko med GRØN VEKST", false);
        text_warnings(&mut out, "p.toml", Some(4), "y", "me er ein region der", true);
        text_warnings(&mut out, "p.toml", Some(5), "z", "  ", true);
        text_warnings(&mut out, "p.toml", Some(6), "w", "Redusert med 15%?", false);
        let shown: Vec<String> = out.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "p.toml:3: warning: field 'x': placeholder text: \"Noko med GRØN VEKST\"",
                "p.toml:4: warning: field 'y': the text looks unfinished: it ends \"…me er ein region der\" without a full stop",
                "p.toml:5: warning: field 'z': empty section (expected text)",
                "p.toml:6: warning: field 'w': open question: \"Redusert med 15%?\"",
            ]
        );
    }
}
