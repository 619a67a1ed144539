//! plan-core's population reader for any shape (JSON-stat, SSB CSV, the
//! project's own CSV), chosen by content as `plan-report population
//! --input` chooses it: parse and aggregate to municipality × date.
//!
//! Usage: `read-population FILE`

fn main() -> Result<(), plan_core::Error> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: read-population FILE");
        std::process::exit(2);
    };
    let (table, _) = plan_core::population::read::read_population_file(&path, &path)?;
    let total: u64 = table.observations.iter().map(|o| o.count).sum();
    println!("{} municipality-dates, {} people in all", table.observations.len(), total);
    Ok(())
}
