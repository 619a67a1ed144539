//! `plan-report batch`: a national table in, one PDF per municipality out,
//! with a progress bar on a terminal and a summary line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use plan_core::population_inputs::PopulationInputs;
use plan_core::{Diagnostic, Error, MunicipalityCode};
use plan_report::ReportError;

/// Runs a batch; exits 1 when any municipality failed (after all the others).
#[allow(clippy::too_many_arguments)]
pub fn run(
    inputs: &[PathBuf],
    region: &[String],
    plan: Option<&Path>,
    out_dir: &Path,
    from: Option<&str>,
    to: Option<&str>,
    changes: &[PathBuf],
    jobs: Option<usize>,
    templates: Option<&Path>,
) -> Result<ExitCode, ReportError> {
    let typed =
        crate::typed::Typed { plan_dir: plan, files: inputs.iter().chain(changes).map(PathBuf::as_path).collect() };
    // Its errors name files as the library does, then as typed here.
    let named = || -> Result<ExitCode, ReportError> {
        let start = Instant::now();
        let folder = plan.map(plan_core::PlanFolder::load).transpose()?.map(|loaded| loaded.value);
        // The plan's table, or the tables given; the plan's changes (merged over
        // the built-in list), else the built-in list, with the lists given.
        let tables: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
        let lists: Vec<&Path> = changes.iter().map(PathBuf::as_path).collect();
        let loaded = PopulationInputs::load(folder.as_ref(), &tables, &lists)?;
        for w in &loaded.diagnostics {
            // Named by its file name alone in the reports; by the path typed here.
            crate::console::warn(&typed.diagnostic(w));
        }
        let PopulationInputs { table, changes: code_changes } = loaded.value;
        let only: Option<Vec<MunicipalityCode>> = match &folder {
            Some(folder) => Some(folder.plan.meta.region.municipalities.iter().map(|m| m.code).collect()),
            None if region.is_empty() => None,
            None => Some(
                region
                    .iter()
                    .map(|code| {
                        code.parse::<MunicipalityCode>()
                            .map_err(|e| Error::located(Diagnostic::error("--region", None, None, e.message())))
                    })
                    .collect::<Result<_, _>>()?,
            ),
        };
        let dates = table.dates();
        let (Some(&first), Some(&last)) = (dates.first(), dates.last()) else {
            return Err(Error::located(Diagnostic::error(
                table.sources.join(", "),
                None,
                None,
                plan_core::msg!("population-tables-empty"),
            ))
            .into());
        };
        let date = |text: Option<&str>, default, flag: &str| match text {
            None => Ok(default),
            Some(t) => plan_core::calendar::parse_year_or_date(t)
                .map_err(|e| Error::located(Diagnostic::error(flag, None, None, e.message()))),
        };
        let (from_given, to_given) = (from.is_some(), to.is_some());
        let (from, to) = (date(from, first, "--from")?, date(to, last, "--to")?);
        let file = table.sources.join(", ");
        // Dates the table does not hold: one error, naming the dates it holds.
        let wanted: Vec<String> = [(from_given, from, "--from"), (to_given, to, "--to")]
            .iter()
            .filter(|(given, d, _)| *given && !dates.contains(d))
            .map(|(_, d, flag)| {
                crate::console::said(&plan_core::msg!(
                    "batch-date-flag",
                    date = plan_core::i18n::date(*d),
                    flag = *flag
                ))
            })
            .collect();
        if !wanted.is_empty() {
            let held = if dates.len() == 1 {
                plan_core::i18n::date(first)
            } else {
                plan_core::msg!(
                    "source-dates",
                    count = dates.len(),
                    from = plan_core::i18n::date(first),
                    to = plan_core::i18n::date(last)
                )
            };
            let message = plan_core::msg!("batch-dates-not-in-table", wanted = wanted.join(", "), held = held);
            return Err(Error::located(Diagnostic::error(file, None, None, message)).into());
        }
        if from > to {
            return Err(Error::located(Diagnostic::error(
                "--from",
                None,
                None,
                plan_core::msg!("population-from-after-to", from = from.to_string(), to = to.to_string()),
            ))
            .into());
        }
        if from == to {
            // One date: each report is the municipality's snapshot; said once.
            crate::console::say(&plan_core::msg!("batch-one-date", date = plan_core::i18n::date(to)));
        }
        std::fs::create_dir_all(out_dir)
            .map_err(|source| ReportError::Output { path: out_dir.to_path_buf(), source })?;
        let options = plan_report::ReportOptions {
            templates: match templates {
                Some(dir) => plan_report::templates::Templates::with_overrides(dir)?,
                None => plan_report::templates::Templates::embedded(),
            },
            // --lang, else the plan's language when the municipalities are a plan's.
            language: crate::locale::reports().or(folder.as_ref().map(|f| f.plan.meta.language)),
            ..plan_report::ReportOptions::default()
        };
        let batch = plan_report::batch::Batch {
            table: &table,
            changes: &code_changes,
            from,
            to,
            out_dir,
            options: &options,
            threads: jobs
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)),
            only: only.as_deref(),
        };
        let total = batch.municipalities().len();
        let bar = indicatif::ProgressBar::new(total as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rapportar ({per_sec}, {eta} att)")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        let threads = batch.threads;
        let outcome = batch.run(&|done, _| bar.set_position(done as u64));
        bar.finish_and_clear();
        let seconds = start.elapsed().as_secs_f64();
        let language = crate::locale::messages();
        crate::console::say(&plan_core::msg!(
            "batch-done",
            done = outcome.written.len(),
            total = total,
            path = out_dir.display().to_string(),
            seconds = plan_core::i18n::Arg::Fixed { value: (seconds * 10.0).round() as i64, decimals: 1 },
            rate = plan_core::i18n::Arg::Fixed {
                value: (outcome.written.len() as f64 / seconds.max(1e-9) * 10.0).round() as i64,
                decimals: 1
            },
            threads = threads
        ));
        let all_written = outcome.failed.is_empty();
        for (code, name, error) in outcome.failed {
            let error = typed.error(error).render(language);
            crate::console::say(&plan_core::msg!(
                "batch-failed",
                code = code.to_string(),
                name = name.as_str(),
                error = error
            ));
        }
        Ok(if all_written { ExitCode::SUCCESS } else { ExitCode::from(1) })
    };
    named().map_err(|e| typed.error(e))
}
