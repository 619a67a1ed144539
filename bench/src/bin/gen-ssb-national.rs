//! Writes a national SSB table 07459 download in SSB's long CSV shape:
//! title line, blank line, quoted header, `"K-3001 Halden";"Menn";"000 år";
//! "Personer";"1995";17`, CRLF, Latin-1. 360 municipalities × 2 sexes ×
//! 106 ages × 30 years by default (about 2.3 million rows).
//!
//! Usage: `gen-ssb-national OUT.csv [MUNICIPALITIES] [YEARS]`

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(out) = args.get(1) else {
        eprintln!("usage: gen-ssb-national OUT.csv [MUNICIPALITIES] [YEARS]");
        std::process::exit(2);
    };
    let municipalities: u32 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(360);
    let years: i32 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(30);
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    let title = latin1("\"07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år\"");
    w.write_all(&title)?;
    w.write_all(b"\r\n\r\n")?;
    w.write_all(&latin1("\"region\";\"kjønn\";\"alder\";\"statistikkvariabel\";\"år\";"))?;
    w.write_all(&title)?;
    w.write_all(b"\r\n")?;
    let names = ["Halden", "Ås", "Bø", "Ål", "Sørfold", "Flå", "Gol", "Hemsedal", "Nesbyen", "Hol"];
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for m in 0..municipalities {
        let code = 3001 + m;
        let name = names[m as usize % names.len()];
        let region = latin1(&format!("\"K-{code} {name}\""));
        for sex in ["Menn", "Kvinner"] {
            for age in 0..106 {
                let age_label = latin1(&format!("\"{age:03} år\""));
                for year in 1995..1995 + years {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    let value = seed % 300;
                    w.write_all(&region)?;
                    write!(w, ";\"{sex}\";")?;
                    w.write_all(&age_label)?;
                    write!(w, ";\"Personer\";\"{year}\";{value}\r\n")?;
                }
            }
        }
    }
    w.flush()
}

/// Encodes text as Latin-1 (every character here is in it).
fn latin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect()
}
