//! Writes a plan folder with a long history for the benchmarks: the
//! Hallingdal plan's `plan.toml` (its period stretched to the number of
//! versions) and population files, an action programme of N actions
//! (`tiltak.csv`), a revision in force from each later year
//! (`handlingsprogram/YEAR.csv` with its decision) in which about 2 % of
//! the actions are removed, 2 % added, 1 % renumbered with a reworded text
//! and 5 % rescheduled, and a status file for every year covering every
//! action of the programme in force.
//!
//! Usage: `gen-history VERSIONS N OUT_DIR [PLAN_DIR]`

use std::fmt::Write as _;

const AREAS: [&str; 5] = ["naering", "infrastruktur", "klima", "attraktivitet", "teneste"];
const STATUSES: [&str; 5] = ["i gang", "fullført", "ikkje starta", "forseinka", "avlyst"];
const HEADER: &str = "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\n";

/// One action of the generated programme.
#[derive(Clone)]
struct Generated {
    id: String,
    area: &'static str,
    text: String,
    deadline: String,
    cost: String,
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(versions), Some(n), Some(out)) = (
        args.get(1).and_then(|a| a.parse::<i32>().ok()),
        args.get(2).and_then(|a| a.parse::<usize>().ok()),
        args.get(3),
    ) else {
        eprintln!("usage: gen-history VERSIONS N OUT_DIR [PLAN_DIR]");
        std::process::exit(2);
    };
    let plan_dir = args.get(4).cloned().unwrap_or_else(|| "data/hallingdal".to_string());
    let out = std::path::Path::new(out);
    std::fs::create_dir_all(out.join("status"))?;
    std::fs::create_dir_all(out.join("handlingsprogram"))?;
    for file in ["befolkning.csv", "folketal-ssb-07459-2015-2024.csv", "kommuneendringar.csv"] {
        std::fs::copy(format!("{plan_dir}/{file}"), out.join(file))?;
    }
    let first = 2021;
    let last = first + versions - 1;
    let plan = std::fs::read_to_string(format!("{plan_dir}/plan.toml"))?
        .replace("period = { first = 2021, last = 2024 }", &format!("period = {{ first = {first}, last = {last} }}"));
    std::fs::write(out.join("plan.toml"), plan)?;
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut actions: Vec<Generated> = (0..n)
        .map(|i| Generated {
            id: format!("T-{i:05}"),
            area: AREAS[i % 5],
            text: format!("Tiltak nummer {i} for {} i regionen", AREAS[i % 5]),
            deadline: if i % 4 == 0 { "Årleg".to_string() } else { (first + (i as i32 % versions)).to_string() },
            cost: if i % 3 == 0 { format!("{} 000", 10 + i % 900) } else { String::new() },
        })
        .collect();
    let mut added = 0;
    for year in first..=last {
        if year > first {
            let mut revised = Vec::with_capacity(actions.len());
            for mut action in actions.drain(..) {
                match next() % 100 {
                    0..=1 => continue, // removed
                    2 => {
                        action.id = format!("R{year}-{}", &action.id[action.id.len() - 5..]);
                        action.text.push_str(" i samarbeid med næringa");
                    }
                    3..=7 => action.deadline = (year + 1).min(last).to_string(),
                    _ => {}
                }
                revised.push(action);
            }
            for _ in 0..n / 50 {
                added += 1;
                revised.push(Generated {
                    id: format!("A{year}-{added:05}"),
                    area: AREAS[added % 5],
                    text: format!("Nytt tiltak {added} frå {year}"),
                    deadline: year.to_string(),
                    cost: String::new(),
                });
            }
            actions = revised;
        }
        let mut table = String::from(HEADER);
        for a in &actions {
            let _ = writeln!(table, "{},{},,\"{}\",{},RR,{},", a.id, a.area, a.text, a.deadline, a.cost);
        }
        if year == first {
            std::fs::write(out.join("tiltak.csv"), table)?;
        } else {
            std::fs::write(out.join(format!("handlingsprogram/{year}.csv")), table)?;
            std::fs::write(
                out.join(format!("handlingsprogram/{year}.toml")),
                format!(
                    "adopted = {}-12-15\ncase = \"{}/{}\"\nbody = \"Tinget\"\n",
                    year - 1,
                    year - 2000,
                    year - 2001
                ),
            )?;
        }
        let mut status = String::from("id,status,framdrift,kommentar,oppdatert\n");
        for a in &actions {
            let r = next();
            let _ = writeln!(status, "{},{},{},,{year}-12-15", a.id, STATUSES[(r % 5) as usize], r % 101);
        }
        std::fs::write(out.join(format!("status/{year}.csv")), status)?;
    }
    Ok(())
}
