//! The fixed words of the reports' templates, from the catalogue in the
//! edition's language: `meta.labels.KEY` in a template is `label-KEY` (with
//! `-` for `_`) in the catalogue. A test checks that every label a
//! template uses is here and every label here is used by a template.

use std::collections::BTreeMap;

use plan_core::msg;

use crate::words::Words;

/// Every label, in the edition's language, by key.
pub(crate) fn labels(words: &Words) -> BTreeMap<&'static str, String> {
    [
        ("page", msg!("label-page")),
        ("of", msg!("label-of")),
        ("contents", msg!("label-contents")),
        ("region", msg!("label-region")),
        ("plan_period", msg!("label-plan-period")),
        ("plan_version", msg!("label-plan-version")),
        ("plan_status", msg!("label-plan-status")),
        ("report_year", msg!("label-report-year")),
        ("report_date", msg!("label-report-date")),
        ("action", msg!("label-action")),
        ("actions", msg!("label-actions")),
        ("deadline", msg!("label-deadline")),
        ("responsible", msg!("label-responsible")),
        ("status", msg!("label-status")),
        ("cost", msg!("label-cost")),
        ("note", msg!("label-note")),
        ("description", msg!("label-description")),
        ("comment", msg!("label-comment")),
        ("action_legend", msg!("label-action-legend")),
        ("summary", msg!("label-summary")),
        ("focus_area", msg!("label-focus-area")),
        ("overdue_actions", msg!("label-overdue-actions")),
        ("no_overdue", msg!("label-no-overdue")),
        ("population", msg!("label-population")),
        ("code", msg!("label-code")),
        ("municipality", msg!("label-municipality")),
        ("change", msg!("label-change")),
        ("change_pct", msg!("label-change-pct")),
        ("annual_pct", msg!("label-annual-pct")),
        ("share", msg!("label-share")),
        ("per_km2", msg!("label-per-km2")),
        ("rank", msg!("label-rank")),
        ("source", msg!("label-source")),
        ("year_by_year", msg!("label-year-by-year")),
        ("date", msg!("label-date")),
        ("themes", msg!("label-themes")),
        ("result_goals", msg!("label-result-goals")),
        ("measurable_see_below", msg!("label-measurable-see-below")),
        ("measure", msg!("label-measure")),
        ("baseline", msg!("label-baseline")),
        ("latest", msg!("label-latest")),
        ("target", msg!("label-target")),
        ("no_actions_in_area", msg!("label-no-actions-in-area")),
        ("changes", msg!("label-changes")),
        ("added", msg!("label-added")),
        ("removed", msg!("label-removed")),
        ("changed", msg!("label-changed")),
        ("field", msg!("label-field")),
        ("before", msg!("label-before")),
        ("now", msg!("label-now")),
        ("formerly", msg!("label-formerly")),
        ("budget", msg!("label-budget")),
        ("with_cost", msg!("label-with-cost")),
        ("sum", msg!("label-sum")),
        ("costed_actions", msg!("label-costed-actions")),
        ("appendix_findings", msg!("label-appendix-findings")),
        ("findings_draft", msg!("label-findings-draft")),
        ("findings_intro", msg!("label-findings-intro")),
        ("no_findings", msg!("label-no-findings")),
        ("finding_type", msg!("label-finding-type")),
        ("finding_place", msg!("label-finding-place")),
        ("finding_message", msg!("label-finding-message")),
        ("appendix_glossary", msg!("label-appendix-glossary")),
        ("abbreviation", msg!("label-abbreviation")),
        ("meaning", msg!("label-meaning")),
        ("appendix_sources", msg!("label-appendix-sources")),
        ("sources_intro", msg!("label-sources-intro")),
        ("file", msg!("label-file")),
        ("file_contents", msg!("label-file-contents")),
        ("report_covers", msg!("label-report-covers")),
        ("actions_year_by_year", msg!("label-actions-year-by-year")),
        ("year_by_year_intro", msg!("label-year-by-year-intro")),
        ("history", msg!("label-history")),
        ("completed_overdue", msg!("label-completed-overdue")),
        ("completed_overdue_intro", msg!("label-completed-overdue-intro")),
        ("planned_cost", msg!("label-planned-cost")),
        ("planned_cost_rule", msg!("label-planned-cost-rule")),
        ("cost_moved", msg!("label-cost-moved")),
        ("year", msg!("label-year")),
        ("no_measurable_goals", msg!("label-no-measurable-goals")),
        ("goals_intro", msg!("label-goals-intro")),
        ("revisions", msg!("label-revisions")),
        ("from_year", msg!("label-from-year")),
        ("decision", msg!("label-decision")),
        ("case", msg!("label-case")),
        ("case_to", msg!("label-case-to")),
        ("case_from", msg!("label-case-from")),
        ("attachments", msg!("label-attachments")),
        ("attachment", msg!("label-attachment")),
        ("to_case", msg!("label-to-case")),
        ("contents_attachments", msg!("label-contents-attachments")),
        ("contents_plan", msg!("label-contents-plan")),
        ("owner", msg!("label-owner")),
        ("sdg_missing", msg!("label-sdg-missing")),
        ("population_table_caption", msg!("label-population-table-caption")),
        ("no_actions", msg!("label-no-actions")),
        ("glossary", msg!("label-glossary")),
        ("municipality_number", msg!("label-municipality-number")),
        ("skip_link", msg!("label-skip-link")),
        ("site_nav", msg!("label-site-nav")),
        ("chart_numbers", msg!("label-chart-numbers")),
        ("population_per_municipality", msg!("label-population-per-municipality")),
        ("and", msg!("label-and")),
        ("population_year_to_year", msg!("label-population-year-to-year")),
        ("findings_caption", msg!("label-findings-caption")),
        ("key_figures", msg!("label-key-figures")),
        ("documents", msg!("label-documents")),
        ("per_municipality", msg!("label-per-municipality")),
        ("plan", msg!("label-plan")),
        ("actions_by_status", msg!("label-actions-by-status")),
        ("cost_per_area", msg!("label-cost-per-area")),
    ]
    .into_iter()
    .map(|(key, message)| (key, words.say(&message)))
    .collect()
}

/// The keys, for the test that reads the templates.
#[cfg(test)]
pub(crate) fn keys() -> Vec<&'static str> {
    labels(&Words { language: plan_core::Language::En, plan: plan_core::Language::En }).into_keys().collect()
}

#[cfg(test)]
mod tests {
    /// Every label a template uses (`l.KEY` after `let l = meta.labels` or
    /// `set l = page.labels`, or `labels.KEY`), typst or HTML, is in the
    /// table, and every label in the table is used.
    #[test]
    fn the_templates_and_the_labels_agree() {
        let keys = super::keys();
        let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../templates"));
        let mut used = std::collections::BTreeSet::new();
        let mut unknown = Vec::new();
        for entry in std::fs::read_dir(dir).expect("templates") {
            let path = entry.expect("entry").path();
            if path.extension().is_none_or(|e| e != "typ" && e != "html") {
                continue;
            }
            let text = std::fs::read_to_string(&path).expect("read");
            for (at, _) in text.match_indices("l.").chain(text.match_indices("labels.")) {
                let before = text[..at].chars().last();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
                    && !text[at..].starts_with("labels.")
                {
                    continue;
                }
                let start = at + text[at..].find('.').expect("a dot") + 1;
                let key: String = text[start..]
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                if key.is_empty() {
                    continue;
                }
                if keys.contains(&key.as_str()) {
                    used.insert(key);
                } else {
                    unknown.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(unknown.is_empty(), "labels the table lacks: {unknown:?}");
        let unused: Vec<&&str> = keys.iter().filter(|k| !used.contains(**k)).collect();
        assert!(unused.is_empty(), "labels no template uses: {unused:?}");
    }
}
