//! plan-core's SSB reader: parse a download and aggregate it to
//! municipality × date, as `plan-report population --input` does.
//!
//! Usage: `aggregate-ssb FILE`

fn main() -> Result<(), plan_core::Error> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: aggregate-ssb FILE");
        std::process::exit(2);
    };
    let file =
        std::fs::File::open(&path).map_err(|source| plan_core::Error::Io { path: path.clone().into(), source })?;
    let (table, _) = plan_core::population::ssb::read_ssb_csv(&path, file)?;
    let total: u64 = table.observations.iter().map(|o| o.count).sum();
    println!("{} municipality-dates, {} people in all", table.observations.len(), total);
    Ok(())
}
