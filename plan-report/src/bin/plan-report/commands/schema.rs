//! `plan-report schema`: the JSON Schema of what a command prints as JSON,
//! or of the input plan.toml.

use std::process::ExitCode;

use plan_report::ReportError;

use crate::args::SchemaOf;

/// Prints the schema asked for.
pub fn run(of: SchemaOf) -> Result<ExitCode, ReportError> {
    let schema = match of {
        SchemaOf::Plan => plan_core::schema::plan(),
        SchemaOf::Population => plan_core::schema::population_figures(),
        SchemaOf::Diff => plan_core::schema::action_diff(),
        SchemaOf::Indicator => plan_core::schema::indicator(),
        SchemaOf::PlanToml => plan_core::schema::plan_toml(),
    };
    crate::console::print_json(&schema)?;
    Ok(ExitCode::SUCCESS)
}
