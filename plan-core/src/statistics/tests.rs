use super::*;
use crate::Language;

fn read(text: &str) -> Table {
    match read_statistics_bytes(text.as_bytes(), "t.csv") {
        Ok((table, _)) => table,
        Err(e) => panic!("{}", e.diagnostics()[0].render(Language::En)),
    }
}

fn error(bytes: &[u8], name: &str) -> String {
    match read_statistics_bytes(bytes, name) {
        Ok(_) => panic!("read without error"),
        Err(e) => e.diagnostics()[0].render(Language::En),
    }
}

fn values(table: &Table) -> Vec<String> {
    table
        .cells
        .iter()
        .map(|c| {
            let region = &table.regions.categories[c.region];
            let mut parts = vec![region.code.clone(), region.label.clone(), table.periods[c.period].label.clone()];
            parts.push(table.variables[c.variable].code.clone());
            for (d, &k) in c.categories.iter().enumerate() {
                parts.push(table.dimensions[d].categories[k].code.clone());
            }
            parts.push(c.value.map_or("null".into(), |v| v.to_string()));
            parts.join("|")
        })
        .collect()
}

#[test]
fn reads_a_long_download_with_title_latin1_and_k_prefix() {
    let bytes = b"\"01222: Befolkning og kvartalsvise endringar\"\r\n\r\n\
        \"region\";\"statistikkvariabel\";\"kvartal\";\"01222: Befolkning og kvartalsvise endringar\"\r\n\
        \"K-4001 Porsgrunn\";\"Nettoinnflytting\";\"2020K1\";12\r\n\
        \"K-3905 T\xf8nsberg\";\"Nettoinnflytting\";\"2020K1\";-\r\n\
        \"K-3905 T\xf8nsberg\";\"Nettoinnflytting\";\"2020K2\";-4\r\n";
    let (table, warnings) = read_statistics_bytes(bytes, "t.csv").expect("reads");
    assert!(warnings.is_empty());
    assert_eq!(table.table_id.as_deref(), Some("01222"));
    assert_eq!(
        values(&table),
        [
            "4001|Porsgrunn|2020K1|Nettoinnflytting|12",
            "3905|Tønsberg|2020K1|Nettoinnflytting|0",
            "3905|Tønsberg|2020K2|Nettoinnflytting|-4"
        ]
    );
    assert_eq!(table.periods[1].start.to_string(), "2020-04-01");
    assert_eq!(table.periods[1].end.to_string(), "2020-06-30");
}

#[test]
fn reads_a_wide_download_with_variables_in_the_headers() {
    let table = read(
        "region,Nettoinnflytting 2023M01,Nettoinnflytting 2023M02,Levendefødte 2023M01\n\
         4001 Porsgrunn,3,\"1,5\",..\n",
    );
    assert_eq!(
        values(&table),
        [
            "4001|Porsgrunn|2023M01|Nettoinnflytting|3",
            "4001|Porsgrunn|2023M02|Nettoinnflytting|1.5",
            "4001|Porsgrunn|2023M01|Levendefødte|null"
        ]
    );
    assert_eq!(table.periods[1].end.to_string(), "2023-02-28");
}

#[test]
fn reads_other_dimensions_and_tabs() {
    let table = read(
        "region\tnæring (SN2007)\tstatistikkvariabel\tår\tverdi\n0 Hele landet\t00-99 Alle næringer\tSysselsatte\t2022\t2 900 000\n",
    );
    assert_eq!(values(&table), ["0|Hele landet|2022|Sysselsatte|00-99 Alle næringer|2900000"]);
    assert_eq!(table.dimensions[0].code, "næring (SN2007)");
}

#[test]
fn reads_the_projects_own_table_with_a_name_column() {
    let table = read("kommunenummer,kommune,dato,folketal\n4001,Porsgrunn,2020-01-01,5120\n");
    assert_eq!(values(&table), ["4001|Porsgrunn|2020-01-01|folketal|5120"]);
}

#[test]
fn says_how_many_cells_hold_missing_symbols() {
    let (_, warnings) = read_statistics_bytes(
        b"region;kvartal;Netto\n4001 Porsgrunn;2020K1;..\n4001 Porsgrunn;2020K2;:\n4001 Porsgrunn;2020K3;7\n",
        "t.csv",
    )
    .expect("reads");
    let shown: Vec<String> = warnings.iter().map(|w| w.render(Language::En)).collect();
    assert_eq!(
        shown,
        [
            "t.csv:2: warning: column 'Netto': 2 cells hold SSB's symbols for a missing value (the first, \"..\", here): they are missing, never zero"
        ]
    );
}

#[test]
fn bad_input_is_located() {
    assert_eq!(
        error(b"kjonn;kvartal;Netto\nMenn;2020K1;3\n", "t.csv"),
        "t.csv:1: error: no region dimension (expected a column or dimension named \"region\", \"kommune\" or with the geo role; the table has: kjonn, kvartal, Netto)"
    );
    assert_eq!(
        error(b"region;kvartal;Netto\n4001 Porsgrunn;2020K5;3\n", "t.csv"),
        "t.csv:2: error: column 'kvartal': cannot read time period \"2020K5\" (expected a year such as 2023, a quarter such as 2023K1, a month such as 2023M01 or a date such as 2023-01-31)"
    );
    assert_eq!(
        error(b"region;kvartal;Netto\n4001 Porsgrunn;2020K1;tre\n", "t.csv"),
        "t.csv:2: error: column 'Netto': cannot read value \"tre\" (expected a number, one of SSB's symbols \".\", \"..\", \"...\" or \":\" for a missing value, or \"-\" for zero)"
    );
    assert_eq!(
        error(
            b"region;kjonn;kvartal;Netto\n4001 Porsgrunn;Menn;2020K1;3\n4001 Porsgrunn;Kvinner;2020K1;3\n4001 Porsgrunn;Menn;2020K1;4\n",
            "t.csv"
        ),
        "t.csv:4: error: column 'Netto': the cell 4001 Porsgrunn, 2020K1, Netto, Menn is given twice (first on line 2)"
    );
    assert_eq!(
        error(b"{\"version\":\"2.0\",\"id\":[\"Region\"],\"size\":[1],\"role\":{\"geo\":[\"Region\"]},\"dimension\":{\"Region\":{\"category\":{\"index\":[\"4001\"]}}},\"value\":[1]}", "t.json"),
        "t.json: error: no time dimension (expected a column or dimension named \"år\", \"kvartal\", \"måned\" or \"tid\" or with the time role, or columns such as \"Nettoinnflytting 2020K1\"; the table has: Region)"
    );
    assert_eq!(
        error(b"{\"version\":\"2.0\"}", "t.json"),
        "t.json: error: no JSON-stat dataset (expected \"id\", \"size\", \"dimension\" and \"value\", or SSB's {\"dataset\": …} wrapper)"
    );
}

#[test]
fn reads_jsonstat2_with_units_and_status() {
    let json = r#"{"version":"2.0","class":"dataset","label":"01222: Befolkning","extension":{"px":{"tableid":"01222","decimals":0}},
      "id":["Region","ContentsCode","Tid"],"size":[2,2,1],"role":{"geo":["Region"],"time":["Tid"],"metric":["ContentsCode"]},
      "dimension":{"Region":{"label":"region","category":{"index":{"K-4001":0,"3905":1},"label":{"K-4001":"Porsgrunn","3905":"Tønsberg (2020-2023)"}}},
        "ContentsCode":{"label":"statistikkvariabel","category":{"index":{"Netto":0,"Del":1},"label":{"Netto":"Nettoinnflytting","Del":"Del av folketalet"},
          "unit":{"Netto":{"base":"personar","decimals":0},"Del":{"base":"prosent","decimals":1}}}},
        "Tid":{"label":"kvartal","category":{"index":["2020K1"]}}},
      "value":[12,1.5,null,2]}"#;
    let (table, _) = read_statistics_bytes(json.as_bytes(), "t.json").expect("reads");
    assert_eq!(table.table_id.as_deref(), Some("01222"));
    assert_eq!(
        values(&table),
        [
            "4001|Porsgrunn|2020K1|Netto|12",
            "4001|Porsgrunn|2020K1|Del|1.5",
            "3905|Tønsberg|2020K1|Netto|null",
            "3905|Tønsberg|2020K1|Del|2.0"
        ]
    );
    assert_eq!((table.variables[0].count, table.variables[1].count), (Some(true), Some(false)));
    assert_eq!(table.variables[1].unit.as_deref(), Some("prosent"));
}

#[test]
fn reads_the_population_fixtures_in_every_shape() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/population/");
    for (name, periods) in [
        ("ssb-07459-jsonstat2.json", 2),
        ("ssb-07459-jsonstat1-dataset-wrapper.json", 2),
        ("ssb-07459-long-latin1-semicolon.csv", 2),
        ("ssb-07459-wide-utf8-bom-comma.csv", 2),
        ("ssb-01222-quarterly-long.csv", 4),
    ] {
        let path = format!("{dir}{name}");
        let (table, _) = match read_statistics_file(&path, name) {
            Ok(read) => read,
            Err(e) => panic!("{name}: {}", e.diagnostics()[0].render(Language::En)),
        };
        assert_eq!(table.periods.len(), periods, "{name}");
    }
}

#[test]
fn counts_from_units() {
    assert_eq!(unit_is_count("personar", Some(0)), Some(true));
    assert_eq!(unit_is_count("Prosent", Some(1)), Some(false));
    assert_eq!(unit_is_count("per 1000 innbyggjarar", None), Some(false));
    assert_eq!(unit_is_count("år", None), None);
}

#[test]
fn a_column_repeated_row_after_row_is_read_as_each_row_says() {
    // Text that repeats the row before is decoded once; every change is seen.
    let table = read(
        "kommunenummer,kommune,dato,folketal\n\
         4001,Porsgrunn,2020-01-01,5120\n\
         4001,Porsgrunn,2021-01-01,5130\n\
         4003,Skien,2021-01-01,700\n\
         4003,Skien,2020-01-01,690\n\
         4001,Porsgrunn,2022-01-01,5140\n",
    );
    assert_eq!(
        values(&table),
        [
            "4001|Porsgrunn|2020-01-01|folketal|5120",
            "4001|Porsgrunn|2021-01-01|folketal|5130",
            "4003|Skien|2021-01-01|folketal|700",
            "4003|Skien|2020-01-01|folketal|690",
            "4001|Porsgrunn|2022-01-01|folketal|5140",
        ]
    );
    assert_eq!(table.regions.categories.len(), 2);
    assert_eq!(table.periods.len(), 3);
}

#[test]
fn the_same_cell_twice_is_found_by_its_indexes() {
    let e = error(
        b"region;kjonn;kvartal;Netto\n4001 Porsgrunn;1;2020K1;1\n4001 Porsgrunn;2;2020K1;2\n4001 Porsgrunn;1;2020K1;3\n",
        "t.csv",
    );
    assert_eq!(
        e,
        "t.csv:4: error: column 'Netto': the cell 4001 Porsgrunn, 2020K1, Netto, 1 is given twice (first on line 2)"
    );
}
