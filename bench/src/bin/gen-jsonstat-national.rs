//! Writes a national SSB table 07459 download as JSON-stat 2.0, the cube of
//! `gen-ssb-national`: 360 municipalities × 2 sexes × 106 ages × 1 variable
//! × 30 years by default (about 2.3 million values), metadata first as SSB
//! writes it, or the values first with `--values-first`.
//!
//! Usage: `gen-jsonstat-national OUT.json [MUNICIPALITIES] [YEARS] [--values-first]`

use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let Some(out) = args.get(1) else {
        eprintln!("usage: gen-jsonstat-national OUT.json [MUNICIPALITIES] [YEARS] [--values-first]");
        std::process::exit(2);
    };
    let numbers: Vec<u32> = args.iter().skip(2).filter_map(|a| a.parse().ok()).collect();
    let municipalities = numbers.first().copied().unwrap_or(360);
    let years = numbers.get(1).copied().unwrap_or(30);
    let values_first = args.iter().any(|a| a == "--values-first");
    let mut w = BufWriter::with_capacity(1 << 20, std::fs::File::create(out)?);
    w.write_all(b"{\"version\":\"2.0\",\"class\":\"dataset\",")?;
    w.write_all("\"label\":\"07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år\",".as_bytes())?;
    if values_first {
        values(&mut w, municipalities, years)?;
        w.write_all(b",")?;
        metadata(&mut w, municipalities, years)?;
    } else {
        metadata(&mut w, municipalities, years)?;
        w.write_all(b",")?;
        values(&mut w, municipalities, years)?;
    }
    w.write_all(b"}\n")?;
    w.flush()
}

fn metadata(w: &mut impl Write, municipalities: u32, years: u32) -> std::io::Result<()> {
    write!(w, "\"id\":[\"Region\",\"Kjonn\",\"Alder\",\"ContentsCode\",\"Tid\"],")?;
    write!(w, "\"size\":[{municipalities},2,106,1,{years}],")?;
    write!(w, "\"role\":{{\"geo\":[\"Region\"],\"time\":[\"Tid\"],\"metric\":[\"ContentsCode\"]}},")?;
    let names = ["Halden", "Ås", "Bø", "Ål", "Sørfold", "Flå", "Gol", "Hemsedal", "Nesbyen", "Hol"];
    let list = |items: Vec<String>| items.join(",");
    let codes: Vec<u32> = (0..municipalities).map(|m| 3001 + m).collect();
    write!(
        w,
        "\"dimension\":{{\"Region\":{{\"label\":\"region\",\"category\":{{\"index\":{{{}}},\"label\":{{{}}}}}}},",
        list(codes.iter().enumerate().map(|(i, c)| format!("\"{c}\":{i}")).collect()),
        list(codes.iter().enumerate().map(|(i, c)| format!("\"{c}\":\"{}\"", names[i % names.len()])).collect()),
    )?;
    write!(
        w,
        "\"Kjonn\":{{\"label\":\"kjønn\",\"category\":{{\"index\":{{\"1\":0,\"2\":1}},\"label\":{{\"1\":\"Menn\",\"2\":\"Kvinner\"}}}}}},"
    )?;
    write!(
        w,
        "\"Alder\":{{\"label\":\"alder\",\"category\":{{\"index\":{{{}}},\"label\":{{{}}}}}}},",
        list((0..106).map(|a| format!("\"{a:03}\":{a}")).collect()),
        list((0..106).map(|a| format!("\"{a:03}\":\"{a} år\"")).collect()),
    )?;
    write!(
        w,
        "\"ContentsCode\":{{\"label\":\"statistikkvariabel\",\"category\":{{\"index\":{{\"Personer1\":0}},\"label\":{{\"Personer1\":\"Personer\"}}}}}},"
    )?;
    write!(
        w,
        "\"Tid\":{{\"label\":\"år\",\"category\":{{\"index\":{{{}}}}}}}}},",
        list((0..years).map(|y| format!("\"{}\":{y}", 1995 + y)).collect()),
    )?;
    write!(w, "\"extension\":{{\"px\":{{\"tableid\":\"07459\"}}}}")
}

fn values(w: &mut impl Write, municipalities: u32, years: u32) -> std::io::Result<()> {
    w.write_all(b"\"value\":[")?;
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let cells = u64::from(municipalities) * 2 * 106 * u64::from(years);
    for i in 0..cells {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        if i > 0 {
            w.write_all(b",")?;
        }
        write!(w, "{}", seed % 300)?;
    }
    w.write_all(b"]")
}
