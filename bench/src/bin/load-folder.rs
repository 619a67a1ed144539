//! Loads a plan folder again and again and prints the median time of one
//! load, for comparing folder layouts side by side in one run.
//!
//! Usage: `load-folder N DIR [DIR …]`

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(n) = args.get(1).and_then(|a| a.parse::<usize>().ok()).filter(|n| *n > 0) else {
        eprintln!("usage: load-folder N DIR [DIR …]");
        std::process::exit(2);
    };
    let mut medians = Vec::new();
    for dir in &args[2..] {
        let mut times: Vec<std::time::Duration> = (0..n)
            .map(|_| {
                let start = std::time::Instant::now();
                let loaded = plan_core::PlanFolder::load(dir);
                let elapsed = start.elapsed();
                if let Err(err) = loaded {
                    eprintln!("{dir}: {err}");
                    std::process::exit(1);
                }
                elapsed
            })
            .collect();
        times.sort();
        let median = times[n / 2];
        println!("{dir}: median {:.2} ms over {n} loads", median.as_secs_f64() * 1000.0);
        medians.push(median);
    }
    if let (Some(first), Some(rest)) = (medians.first(), medians.get(1..)) {
        for (dir, m) in args[3..].iter().zip(rest) {
            println!("{dir}: {:.2}× the first", m.as_secs_f64() / first.as_secs_f64());
        }
    }
}
