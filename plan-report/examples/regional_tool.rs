//! A small regional tool, as another council's developer would write it
//! against the library: load a plan folder through its absolute path, as a
//! service on a server does, compute population figures from a table held
//! in memory (an upload), render two reports on two threads and the website
//! in memory, check that no path of this machine is in any of it, and print
//! the located errors of a broken input.
//!
//! Run from the repository root:
//! `cargo run -p plan-report --example regional_tool [PLAN_DIR [OUT_DIR]]`.
//! With `OUT_DIR`, the bytes made in memory are written there too
//! (`status-2022.pdf`, `periode.pdf` and the site in `site/`), to compare
//! with what the command line writes for the same folder anywhere else.

use plan_core::population::figures::ChangeFigures;
use plan_core::population::read::read_population_bytes;
use plan_core::{Date, PlanFolder};
use plan_report::site::{SiteOptions, build};
use plan_report::{ReportInput, ReportOptions, render_period_report, render_status_report};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data/hallingdal".to_string());
    // A service knows its folders by absolute paths; nothing it publishes shows them.
    let dir = std::path::absolute(dir)?;
    let loaded = PlanFolder::load(&dir)?;
    let folder = &loaded.value;
    let plan = &folder.plan;
    println!(
        "{}: {} versions of the action programme, status for {:?}",
        folder.name,
        folder.programme.versions.len(),
        folder.statuses.iter().map(|s| s.year).collect::<Vec<_>>()
    );
    // Files go by their names in the folder; `path` finds them on disk.
    let status_file = folder.status_for(2022).map(|s| s.file.as_str()).unwrap_or_default();
    println!("status 2022 from {status_file} ({} bytes)", std::fs::metadata(folder.path(status_file))?.len());

    // Figures from a table in memory, in SSB's download shape.
    let upload = std::fs::read(dir.join("folketal-ssb-07459-2015-2024.csv"))?;
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

    // Two reports on two threads, from the same loaded folder, in memory.
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

    // The website in memory: its pages name the folder's files as the folder does.
    let site = build(&input, &SiteOptions { pdf: false, ..Default::default() })?;
    let json = serde_json::to_string(folder)?;
    let path = dir.display().to_string();
    // HTML writes a `/` as `&#x2f;`.
    let escaped = path.replace('/', "&#x2f;");
    let leaks = site
        .files
        .iter()
        .map(|(_, bytes)| String::from_utf8_lossy(bytes).into_owned())
        .chain([json])
        .filter(|text| text.contains(&path) || text.contains(&escaped))
        .count();
    println!("site: {} files; outputs naming {path}: {leaks}", site.files.len());

    if let Some(out) = std::env::args().nth(2).map(std::path::PathBuf::from) {
        std::fs::create_dir_all(&out)?;
        std::fs::write(out.join("status-2022.pdf"), &status)?;
        std::fs::write(out.join("periode.pdf"), &period)?;
        plan_report::site::write(&site, out.join("site"))?;
    }

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
