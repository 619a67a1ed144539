//! Loading the goals bound to statistics tables: the files read, the
//! binding checked (file present, variable and selections in the table, the
//! region's municipalities present, the baseline date covered, a rule for
//! combining quarters or months), each problem located in `plan.toml`.

use std::path::Path;

use super::Table;
use super::goal::GoalStatistics;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::files::{on_disk, relative_name};
use crate::msg;
use crate::plan::{IndicatorSource, Plan};
use crate::population::reform::CodeChanges;
use crate::toml_span::{SpanIndex, Step};

/// Reads the statistics files of every bound goal and computes its values;
/// problems go to `diagnostics`, located at the binding's key in
/// `plan.toml` (`plan_file`, with its `spans`).
///
/// # Errors
/// [`Error::Io`] when a file that exists cannot be read.
pub(crate) fn load_bindings(
    dir: &Path,
    plan: &Plan,
    changes: &CodeChanges,
    plan_file: &str,
    spans: &SpanIndex<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<Vec<GoalStatistics>> {
    let language = plan.meta.language;
    let mut out = Vec::new();
    for (a, area) in plan.focus_areas.iter().enumerate() {
        for (g, goal) in area.result_goals.iter().enumerate() {
            let Some(indicator) = &goal.indicator else { continue };
            let at = |keys: &[&'static str]| {
                let mut path = vec![
                    Step::Key("focus_areas"),
                    Step::Index(a),
                    Step::Key("result_goals"),
                    Step::Index(g),
                    Step::Key("indicator"),
                ];
                path.extend(keys.iter().map(|k| Step::Key(k)));
                // The key's line, else the nearest table above it.
                (0..=keys.len()).rev().find_map(|n| spans.line(&path[..path.len() - keys.len() + n]))
            };
            let field = |key: &str| format!("indicator.statistics.{key}");
            let error = |keys: &[&'static str], field: &str, message| {
                Diagnostic::error(plan_file, at(keys), Some(field), message)
            };
            let binding = match (indicator.source, &indicator.statistics) {
                (IndicatorSource::Statistics, Some(binding)) => binding,
                (IndicatorSource::Statistics, None) => {
                    diagnostics.push(error(
                        &["source"],
                        "indicator.source",
                        msg!("goal-statistics-missing", goal = goal.id.as_str()),
                    ));
                    continue;
                }
                (_, Some(_)) => {
                    diagnostics.push(error(
                        &["statistics"],
                        "indicator.statistics",
                        msg!("goal-statistics-not-bound", goal = goal.id.as_str()),
                    ));
                    continue;
                }
                (_, None) => continue,
            };
            let mut tables: Vec<Table> = Vec::new();
            let mut names = Vec::new();
            let mut failed = false;
            // Only the cells of the binding's variable and weight are kept.
            let keep = super::goal::query(binding, &plan.meta.region).keep();
            for file in &binding.file {
                let path = on_disk(dir, file);
                let name = relative_name(dir, &path);
                if !path.is_file() {
                    diagnostics.push(error(
                        &["statistics", "file"],
                        &field("file"),
                        msg!("goal-statistics-no-file", file = name.as_str()),
                    ));
                    failed = true;
                    continue;
                }
                match super::read_statistics_file_keeping(&path, &name, &keep) {
                    Ok((table, warnings)) => {
                        diagnostics.extend(warnings);
                        tables.push(table);
                    }
                    Err(err) => {
                        diagnostics.extend(crate::source::invalid_or_rethrow(err)?);
                        failed = true;
                    }
                }
                names.push(name);
            }
            if failed {
                continue;
            }
            let computed = GoalStatistics::compute(
                &goal.id,
                binding,
                names.clone(),
                &tables,
                &plan.meta.region,
                changes,
                language,
            );
            let (bound, warnings) = match computed {
                Ok(ok) => ok,
                Err(Error::Invalid { diagnostics: found }) => {
                    for d in found {
                        let key = match d.message.id.as_ref() {
                            "statistics-variable-unknown" => "variable",
                            "statistics-select-unknown" => "select",
                            "statistics-dimension-unknown" | "statistics-dimension-open" => {
                                if binding.select.is_empty() { "sum" } else { "select" }
                            }
                            _ => "file",
                        };
                        let keys: &[&'static str] = match key {
                            "variable" => &["statistics", "variable"],
                            "select" => &["statistics", "select"],
                            "sum" => &["statistics", "sum"],
                            _ => &["statistics", "file"],
                        };
                        // The command's advice (--select, --sum) said in plan.toml's keys.
                        let message = if d.message.id == "statistics-dimension-open" {
                            let arg =
                                |name: &str| d.message.args.get(name).cloned().unwrap_or_else(|| String::new().into());
                            msg!(
                                "goal-statistics-dimension-open",
                                dimension = arg("dimension"),
                                count = arg("count"),
                                values = arg("values"),
                                code = arg("code")
                            )
                        } else {
                            d.message
                        };
                        let problem = msg!("goal-statistics-invalid", file = d.file.as_str(), problem = message);
                        diagnostics.push(error(keys, &field(key), problem));
                    }
                    continue;
                }
                Err(other) => return Err(other),
            };
            diagnostics.extend(warnings);
            if bound.sub_year() && binding.combine.is_none() {
                diagnostics.push(error(
                    &["statistics"],
                    &field("combine"),
                    msg!("goal-statistics-no-combine", goal = goal.id.as_str(), file = names.join(", ")),
                ));
                continue;
            }
            if bound.covering(indicator.baseline_date).is_none() {
                let years = bound.region_years();
                let span = match (years.first(), years.last()) {
                    (Some(first), Some(last)) => format!("{}–{}", first.period, last.period),
                    _ => "–".to_string(),
                };
                diagnostics.push(error(
                    &["baseline_date"],
                    "indicator.baseline_date",
                    msg!(
                        "goal-statistics-baseline",
                        date = crate::i18n::date(indicator.baseline_date),
                        file = names.join(", "),
                        years = span
                    ),
                ));
                continue;
            }
            out.push(bound);
        }
    }
    Ok(out)
}
