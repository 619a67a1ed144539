//! A small regional tool, as another council's developer would write it
//! against the library: load a plan folder, compute population figures from
//! a table held in memory (an upload), render two reports on two threads,
//! and print the located errors of a broken input.
//!
//! Run from the repository root: `cargo run -p plan-report --example regional_tool [PLAN_DIR]`

use plan_core::population::figures::ChangeFigures;
use plan_core::population::read::read_population_bytes;
use plan_core::{Date, PlanFolder};
use plan_report::{ReportInput, ReportOptions, render_period_report, render_status_report};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data/hallingdal".to_string());
    let loaded = PlanFolder::load(&dir)?;
    let folder = &loaded.value;
    let plan = &folder.plan;
    println!(
        "{}: {} versions of the action programme, status for {:?}",
        plan.meta.title,
        folder.programme.versions.len(),
        folder.statuses.iter().map(|s| s.year).collect::<Vec<_>>()
    );

    // Figures from a table in memory, in SSB's download shape.
    let upload = std::fs::read(format!("{dir}/folketal-ssb-07459-2015-2024.csv"))?;
    let (table, _warnings) = read_population_bytes(&upload, "opplasta.csv")?;
    let (from, to) = (Date::from_ymd_opt(2021, 1, 1).ok_or("date")?, Date::from_ymd_opt(2024, 1, 1).ok_or("date")?);
    let figures = ChangeFigures::compute(&table, &folder.code_changes, &plan.meta.region, from, to)?;
    println!(
        "{}: {} → {} ({:+})",
        figures.region.name,
        figures.region.from,
        figures.region.to,
        figures.region.change()
    );

    // Two reports on two threads, from the same loaded folder.
    let input = ReportInput::new(&loaded);
    let (status, period) = std::thread::scope(|scope| {
        let status =
            scope.spawn(|| render_status_report(&input, &ReportOptions { year: Some(2022), ..Default::default() }));
        let period = scope.spawn(|| render_period_report(&input, &ReportOptions::default()));
        (status.join(), period.join())
    });
    let status = status.map_err(|_| "the status thread panicked")??;
    let period = period.map_err(|_| "the period thread panicked")??;
    println!("status 2022: {} bytes; period: {} bytes", status.len(), period.len());

    // A broken upload: every error located by file, line and field.
    let broken = b"kommunenummer,kommune,dato,folketal\n3041,Gol,2021,mange\n30x1,Gol,2022,4700\n";
    match read_population_bytes(broken, "feil.csv") {
        Ok(_) => println!("the broken upload read without errors"),
        Err(err) => {
            for diagnostic in err.diagnostics() {
                println!("{diagnostic}");
            }
        }
    }
    Ok(())
}
