//! The peer: the `csv` crate merely reading every `ByteRecord` of a file
//! (flexible, `;`-separated), counting records and fields. Nothing is
//! parsed or aggregated.
//!
//! Usage: `csv-bare-read FILE`

fn main() -> Result<(), csv::Error> {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: csv-bare-read FILE");
        std::process::exit(2);
    };
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').flexible(true).has_headers(false).from_path(path)?;
    let mut record = csv::ByteRecord::new();
    let (mut records, mut fields) = (0u64, 0u64);
    while reader.read_byte_record(&mut record)? {
        records += 1;
        fields += record.len() as u64;
    }
    println!("{records} records, {fields} fields");
    Ok(())
}
