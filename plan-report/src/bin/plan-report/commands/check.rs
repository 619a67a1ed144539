//! `plan-report check`: every finding of a plan folder, and with `--year`
//! the actions due and overdue in the year.

use std::path::PathBuf;
use std::process::ExitCode;

use plan_core::PlanFolder;
use plan_report::ReportError;

use crate::console::print_diagnostics;

/// Lists the findings; exits 1 when the folder has errors.
pub fn run(plan_dir: Option<PathBuf>, year: Option<i32>) -> Result<ExitCode, ReportError> {
    let plan_dir = crate::plan::find(plan_dir, false)?;
    match PlanFolder::load(&plan_dir) {
        Ok(loaded) => {
            print_diagnostics(&loaded.diagnostics, &plan_dir);
            if let Some(year) = year {
                // The year as an annual report of it sees it: one cut.
                let cut = plan_core::as_of::AsOf::annual(year);
                print_diagnostics(&plan_core::follow_up::check_year(&loaded.value.as_of(&cut), year)?, &plan_dir);
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(plan_core::Error::Invalid { diagnostics }) => {
            print_diagnostics(&diagnostics, &plan_dir);
            Ok(ExitCode::from(1))
        }
        Err(other) => Err(other.into()),
    }
}
