//! End-to-end tests of the `plan-report` binary and the bundled data.

mod adversarial;
mod as_of;
mod batch;
mod changes_table;
mod check;
mod costs_and_findings;
mod embed;
mod followup;
mod fuzz_regressions;
mod history;
mod indicator;
mod inputs;
mod languages;
mod municipality_codes;
mod names;
mod new;
mod other_region;
mod pdf_structure;
mod plan_errors;
mod population;
mod reports;
mod schema;
mod seed;
mod serve;
mod show;
mod site;
