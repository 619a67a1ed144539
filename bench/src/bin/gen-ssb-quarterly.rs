//! Writes a national quarterly SSB table in the long CSV shape of table
//! 01222 (population changes per quarter) as Statbank gives it: title line,
//! blank line, quoted header, `"K-3001 Kommune 3001";"Nettoinnflytting";
//! "2015K1";31`, CRLF, Latin-1. 357 municipalities × 11 variables × 40
//! quarters by default (157 080 rows), the size issue 24 asks the
//! `indicator` reader to stream.
//!
//! Usage: `gen-ssb-quarterly OUT.csv [MUNICIPALITIES] [QUARTERS]`

use std::io::{BufWriter, Write};

/// The table's variables (SSB's labels in Nynorsk, as a download has them).
const VARIABLES: [&str; 11] = [
    "Folketal ved inngangen av kvartalet",
    "Fødde",
    "Døde",
    "Fødselsoverskot",
    "Innvandring",
    "Utvandring",
    "Innflytting (innanlands)",
    "Utflytting (innanlands)",
    "Nettoinnflytting, inkl. inn- og utvandring",
    "Folkeauke",
    "Folketal ved utgangen av kvartalet",
];

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(out) = args.get(1) else {
        eprintln!("usage: gen-ssb-quarterly OUT.csv [MUNICIPALITIES] [QUARTERS]");
        std::process::exit(2);
    };
    let municipalities: u32 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(357);
    let quarters: u32 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(40);
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    let title = latin1(
        "\"01222: MADE FOR BENCHMARKS, not SSB's figures: Befolkningsendringar i kvartalet, etter region, \
         statistikkvariabel og kvartal\"",
    );
    w.write_all(&title)?;
    w.write_all(b"\r\n\r\n")?;
    w.write_all(&latin1("\"region\";\"statistikkvariabel\";\"kvartal\";"))?;
    w.write_all(&title)?;
    w.write_all(b"\r\n")?;
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for m in 0..municipalities {
        let code = 3001 + m;
        let region = latin1(&format!("\"K-{code} Kommune {code}\""));
        for variable in VARIABLES {
            let variable = latin1(&format!("\"{variable}\""));
            for q in 0..quarters {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let value = seed % 400;
                w.write_all(&region)?;
                w.write_all(b";")?;
                w.write_all(&variable)?;
                write!(w, ";\"{}K{}\";{value}\r\n", 2015 + q / 4, q % 4 + 1)?;
            }
        }
    }
    w.flush()
}

/// Encodes text as Latin-1 (every character here is in it).
fn latin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect()
}
