//! Renders the Hallingdal status report many times in one process, as a
//! long-running service would: the first render's time, the median of the
//! others (warm: typst's caches and the fonts are reused), and the resident
//! memory as the loop goes on (it must stay flat).
//!
//! With `--changing`, every render gets different data and a different date,
//! as a service rendering uploads on request would: the first action's text
//! carries the iteration number, the reporting year cycles through the plan
//! period and the report's date moves a week a render through the year, so
//! typst's caches can never answer from an earlier render.
//!
//! With `--cache-age N`, typst's caches keep entries used in the last N
//! renders (`ReportOptions::cache_age`; default 4).
//!
//! Beside the resident set it prints the bytes live on the heap (counted by
//! `stats_alloc`), so that memory the program still holds can be told apart
//! from memory the allocator keeps without giving it back to the system.
//!
//! Usage: `render-loop [ITERATIONS] [PLAN_DIR] [--changing] [--cache-age N]`

use std::alloc::System;
use std::time::Instant;

use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes allocated and not yet freed since the program started, in KB.
fn live_kb(region: &Region<'_, System>) -> i64 {
    let change = region.change();
    // A reallocation is counted in `bytes_allocated` or `bytes_deallocated` by the size it changed.
    let live = change.bytes_allocated as i64 - change.bytes_deallocated as i64;
    live / 1024
}

fn rss_kb() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args: Vec<String> = std::env::args().collect();
    let changing = args.iter().any(|a| a == "--changing");
    args.retain(|a| a != "--changing");
    let mut cache_age = plan_report::ReportOptions::default().cache_age;
    if let Some(at) = args.iter().position(|a| a == "--cache-age") {
        cache_age = args.get(at + 1).and_then(|n| n.parse().ok()).ok_or("--cache-age needs a number")?;
        args.drain(at..at + 2);
    }
    let iterations: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let dir = args.get(2).cloned().unwrap_or_else(|| "data/hallingdal".to_string());
    let region = Region::new(GLOBAL);
    let loaded = plan_core::PlanFolder::load(&dir)?;
    let period = loaded.value.plan.meta.period;
    let mut times = Vec::with_capacity(iterations);
    let mut first_bytes = Vec::new();
    for i in 0..iterations {
        let mut changed = plan_core::Loaded { value: loaded.value.clone(), diagnostics: loaded.diagnostics.clone() };
        let mut year = period.first;
        let mut date = None;
        if changing {
            year = period.first + (i as i32) % (period.last - period.first + 1);
            let first_day = chrono::NaiveDate::from_ymd_opt(year, 1, 1).ok_or("no 1 January")?;
            date = first_day.checked_add_days(chrono::Days::new((i as u64 * 7) % 365));
            for version in &mut changed.value.programme.versions {
                if let Some(action) = version.actions.first_mut() {
                    action.text = format!("{} (utgåve {i})", action.text);
                }
            }
        }
        let input = plan_report::ReportInput::new(&changed);
        let options =
            plan_report::ReportOptions { year: Some(year), date, cache_age, ..plan_report::ReportOptions::default() };
        let start = Instant::now();
        let pdf = plan_report::render_status_report(&input, &options)?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        if i == 0 {
            first_bytes = pdf;
            println!("render 1: {:.1} ms, rss {} KB, live heap {} KB", times[0], rss_kb(), live_kb(&region));
        } else if !changing && pdf != first_bytes {
            return Err("a later render differs from the first".into());
        } else if changing && pdf == first_bytes {
            return Err("a render with changed data gave the first render's bytes".into());
        }
        let step = if i < 100 { 10 } else { 100 };
        if (i + 1) % step == 0 || i + 1 == iterations {
            println!("after {} renders: rss {} KB, live heap {} KB", i + 1, rss_kb(), live_kb(&region));
        }
    }
    let mut warm = times[1..].to_vec();
    warm.sort_by(f64::total_cmp);
    if !warm.is_empty() {
        println!(
            "warm median {:.1} ms over {} renders (min {:.1}, max {:.1})",
            warm[warm.len() / 2],
            warm.len(),
            warm[0],
            warm[warm.len() - 1]
        );
    }
    Ok(())
}
