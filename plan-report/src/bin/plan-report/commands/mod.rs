//! The commands, one module each; [`run`] hands a parsed command line to
//! its command.

mod batch;
mod case;
mod check;
mod completions;
mod diff;
mod indicator;
mod man;
mod new;
mod period;
mod population;
mod render;
mod revise;
mod schema;
mod serve;
mod show;
mod site;
mod status;
mod status_template;

use std::process::ExitCode;

use plan_report::ReportError;

use crate::args::{Cli, Command};

/// Runs a parsed command; the exit code says whether the input had errors.
pub fn run(cli: Cli) -> Result<ExitCode, ReportError> {
    match cli.command {
        Command::Check { plan_dir, year } => check::run(plan_dir, year),
        Command::StatusTemplate { plan_dir, year, output, force, format } => {
            status_template::run(plan_dir, year, output, force, format)
        }
        Command::Diff { old, new, from_year, to_year, format } => diff::run(&old, new, from_year, to_year, format),
        Command::Status { plan_dir, year, previous, revised, render } => {
            status::run(plan_dir, year, previous, revised, &render)
        }
        Command::Batch { inputs, region, plan, out_dir, dates, changes, jobs, templates } => batch::run(
            &inputs,
            &region,
            plan.as_deref(),
            &out_dir,
            dates.from.as_deref(),
            dates.to.as_deref(),
            &changes,
            jobs,
            templates.as_deref(),
        ),
        Command::Serve { plan_dir, port, templates, pdf } => serve::run(plan_dir, port, templates, pdf),
        Command::Site { plan_dir, output, no_pdf, templates } => site::run(plan_dir, &output, no_pdf, templates),
        Command::Period { plan_dir, render } => period::run(plan_dir, &render),
        Command::Case { plan_dir, case, render } => case::run(plan_dir, case, render),
        Command::Population { plan_dir, inputs, region, dates, changes, format } => {
            population::run(plan_dir, inputs, region, dates, changes, format)
        }
        Command::Indicator { inputs, variable, select, sum, region, changes, dates, format, count, weight } => {
            let crate::args::DateRange { from, to } = dates;
            let request =
                indicator::Request { inputs, variable, select, sum, region, changes, from, to, count, weight };
            indicator::run(&request, format)
        }
        Command::Schema { of } => schema::run(of),
        Command::New { plan_dir, region, name, period, language } => {
            new::run(&plan_dir, &region, name, &period, language)
        }
        Command::Revise { plan_dir, proposal, adopted, case, year, body, dry_run } => {
            revise::run(plan_dir, &proposal, &adopted, case, year, body, dry_run)
        }
        Command::Show { plan_dir, format } => show::run(plan_dir, format),
        Command::Completions { shell } => completions::run(shell),
        Command::Man { dir } => man::run(&dir),
    }
}
