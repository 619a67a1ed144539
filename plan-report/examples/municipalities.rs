//! Loop over the municipalities of a population table and print each one's
//! change, followed across the 2020 and 2024 reforms.
//!
//! Run from the repository root: `cargo run -p plan-report --example municipalities`

use plan_core::population::figures::ChangeFigures;
use plan_core::population::read::read_population_file;
use plan_core::population::reform::CodeChanges;
use plan_core::{Municipality, Region};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::path::Path::new("data/hallingdal/folketal-ssb-07459-2015-2024.csv");
    let (table, _warnings) = read_population_file(path, "folketal.csv")?;
    let changes =
        CodeChanges::read_csv("kommuneendringar.csv", &std::fs::read("data/hallingdal/kommuneendringar.csv")?)?;
    let dates = table.dates();
    let (from, to) = (dates[0], dates[dates.len() - 1]);
    for (code, name) in plan_report::batch::municipalities(&table, to) {
        let region = Region { name: name.clone(), municipalities: vec![Municipality { code, name: name.clone() }] };
        let figures = ChangeFigures::compute(&table, &changes, &region, from, to)?;
        let m = &figures.municipalities[0];
        println!(
            "{code} {name:<10} {:>6} → {:>6} ({})",
            m.from,
            m.to,
            plan_core::format::signed_percent(m.change_pct(), 1)
        );
    }
    Ok(())
}
