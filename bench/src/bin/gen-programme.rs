//! Writes a large plan folder for the benchmarks: the Hallingdal plan's
//! `plan.toml` and population files with an action programme of N actions
//! (`tiltak.csv`), a status file for 2021 covering every action, and a
//! revised programme (`revisjon/tiltak.csv`) in which about 5 % of the
//! actions are rescheduled or re-costed, 2 % removed, 2 % added and 1 %
//! renumbered with a reworded text.
//!
//! Usage: `gen-programme N OUT_DIR [PLAN_DIR]`

use std::fmt::Write as _;

const VERBS: [&str; 12] = [
    "Utarbeide",
    "Etablere",
    "Kartlegge",
    "Vidareutvikle",
    "Innføre",
    "Styrke",
    "Samordne",
    "Evaluere",
    "Byggje",
    "Greie ut",
    "Arrangere",
    "Følgje opp",
];
const OBJECTS: [&str; 16] = [
    "felles klimaplan",
    "portal for næringsetablerarar",
    "sykkeltrasear",
    "breibandutbygging",
    "kollektivtilbod",
    "rekrutteringskampanje",
    "digitaliseringsstrategi",
    "fagnettverk",
    "reiselivssamarbeid",
    "avfallssortering",
    "ladeinfrastruktur",
    "folkehelseprogram",
    "kompetansesenter",
    "bustadprogram",
    "innovasjonsarena",
    "beredskapsplan",
];
const PLACES: [&str; 8] =
    ["i Flå", "i Nesbyen", "på Gol", "i Hemsedal", "i Ål", "i Hol", "i heile regionen", "langs Rv7"];
const AREAS: [&str; 5] = ["naering", "infrastruktur", "klima", "attraktivitet", "teneste"];
const DEADLINES: [&str; 8] = ["Årleg", "2021", "2022", "Vår 2022", "Haust 2022", "mai 2023", "2023", "31.12.2024"];
const STATUSES: [&str; 5] = ["i gang", "fullført", "ikkje starta", "forseinka", "avlyst"];

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(n), Some(out)) = (args.get(1).and_then(|a| a.parse::<usize>().ok()), args.get(2)) else {
        eprintln!("usage: gen-programme N OUT_DIR [PLAN_DIR]");
        std::process::exit(2);
    };
    let plan_dir = args.get(3).cloned().unwrap_or_else(|| "data/hallingdal".to_string());
    let out = std::path::Path::new(out);
    std::fs::create_dir_all(out.join("status"))?;
    std::fs::create_dir_all(out.join("revisjon"))?;
    for file in ["plan.toml", "befolkning.csv", "folketal-ssb-07459-2015-2024.csv", "kommuneendringar.csv", "sak.toml"]
    {
        std::fs::copy(format!("{plan_dir}/{file}"), out.join(file))?;
    }
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let header = "id,innsatsområde,tema,tiltak,frist,ansvar,kostnad,merknad\n";
    let (mut old, mut new, mut status) =
        (String::from(header), String::from(header), String::from("id,status,framdrift,kommentar,oppdatert\n"));
    for i in 0..n {
        let r = next();
        let id = format!("T-{i:05}");
        let text = format!(
            "{} {} {} ({i})",
            VERBS[(r % 12) as usize],
            OBJECTS[(r / 12 % 16) as usize],
            PLACES[(r / 192 % 8) as usize]
        );
        let area = AREAS[i % 5];
        let deadline = DEADLINES[(r / 1536 % 8) as usize];
        let cost = if r % 3 == 0 { format!("{} 000", (r / 7 % 900) + 10) } else { String::new() };
        let _ = writeln!(old, "{id},{area},,\"{text}\",{deadline},RR,{cost},");
        let _ = writeln!(status, "{id},{},{},,2021-12-15", STATUSES[(r / 3 % 5) as usize], r % 101);
        match r / 11 % 100 {
            0..=1 => {} // removed
            2 => {
                let _ = writeln!(new, "N-{i:05},{area},,\"{text} i samarbeid med næringa\",{deadline},RR,{cost},");
            } // renumbered
            3..=7 => {
                let _ = writeln!(new, "{id},{area},,\"{text}\",2025,RR,{},Utsett", (r / 7 % 900) + 20);
            } // rescheduled, re-costed
            _ => {
                let _ = writeln!(new, "{id},{area},,\"{text}\",{deadline},RR,{cost},");
            }
        }
        if r / 11 % 100 < 2 {
            let _ = writeln!(new, "A-{i:05},{area},,\"Nytt tiltak nummer {i}\",2022,RR,,");
        }
    }
    std::fs::write(out.join("tiltak.csv"), old)?;
    std::fs::write(out.join("status/2021.csv"), status)?;
    std::fs::write(out.join("revisjon/tiltak.csv"), new)?;
    Ok(())
}
