//! Times the comparison of two action programmes in one process: loads both
//! once, then runs `plan_core::diff::diff` repeatedly and prints the median,
//! so the figure is the diff itself, not reading the files.
//!
//! Usage: `diff-bench OLD NEW [RUNS]`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(old), Some(new)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: diff-bench OLD NEW [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(51);
    let load = Instant::now();
    let old = plan_core::load::load_actions(old)?.value;
    let new = plan_core::load::load_actions(new)?.value;
    let load = load.elapsed();
    let mut times = Vec::with_capacity(runs);
    let mut summary = String::new();
    for _ in 0..runs {
        let start = Instant::now();
        let d = plan_core::diff::diff(&old, &new);
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        summary = format!("{} added, {} removed, {} changed", d.added.len(), d.removed.len(), d.changed.len());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{} → {} actions: {summary}; loading both {:.1} ms; diff median {:.2} ms (min {:.2}, max {:.2}) over {runs} runs",
        old.len(),
        new.len(),
        load.as_secs_f64() * 1000.0,
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
    Ok(())
}
