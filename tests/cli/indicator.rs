//! The `indicator` command: one variable of any statistics table per
//! municipality and period, and for a region; the same figures as
//! `population` where both read the same table.

use plan_report_tests::{fixture, run, stderr, stdout};
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let output = run(args);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("JSON")
}

fn error(args: &[&str]) -> String {
    let output = run(args);
    assert!(!output.status.success(), "{}", stdout(&output));
    stderr(&output)
}

/// `indicator` with `--sum` over sex and age on a 07459-shaped table gives
/// `population`'s count for every municipality and date, and for the region.
#[test]
fn summed_over_sex_and_age_it_equals_population() {
    for inputs in [
        vec!["population/ssb-07459-long-latin1-semicolon.csv"],
        vec!["population/ssb-07459-2017-before-2020-reform.csv", "population/ssb-07459-2024-after-2024-reform.csv"],
        vec!["population/ssb-07459-jsonstat2.json"],
    ] {
        let paths: Vec<String> = inputs.iter().map(|i| fixture(i).display().to_string()).collect();
        let mut args = vec!["population", "data/hallingdal", "--format", "json"];
        for p in &paths {
            args.extend(["--input", p.as_str()]);
        }
        let population = json(&args);
        let codes: Vec<String> = population["municipalities"]
            .as_array()
            .expect("municipalities")
            .iter()
            .map(|m| m["code"].as_str().expect("code").to_string())
            .collect();
        let region = codes.join(",");
        let mut args = vec!["indicator", "--format", "json", "--variable", "Personer", "--region", region.as_str()];
        for p in &paths {
            args.extend(["--input", p.as_str()]);
        }
        let dimensions: &[&str] = if inputs[0].ends_with(".json") { &["Kjonn"] } else { &["kjønn", "alder"] };
        for d in dimensions {
            args.extend(["--sum", d]);
        }
        args.extend(["--count"]);
        let indicator = json(&args);
        let series = population["series"].as_array().expect("series");
        assert!(series.len() >= 2, "{inputs:?}");
        for point in series {
            let date = point["date"].as_str().expect("date");
            for (i, code) in codes.iter().enumerate() {
                let value = indicator["values"]
                    .as_array()
                    .expect("values")
                    .iter()
                    .find(|v| v["code"] == code.as_str() && v["start"] == date)
                    .unwrap_or_else(|| panic!("{inputs:?}: {code} on {date}"));
                assert_eq!(value["value"], point["municipalities"][i], "{inputs:?}: {code} on {date}");
            }
            let region = indicator["region"]
                .as_array()
                .expect("region")
                .iter()
                .find(|r| r["start"] == date)
                .unwrap_or_else(|| panic!("{inputs:?}: region on {date}"));
            assert_eq!(
                (&region["value"], &region["rule"]),
                (&point["region"], &Value::from("sum")),
                "{inputs:?} {date}"
            );
        }
    }
}

#[test]
fn a_dimension_left_open_lists_its_values() {
    let path = fixture("population/ssb-07459-long-latin1-semicolon.csv").display().to_string();
    assert_eq!(
        error(&["indicator", "--input", &path, "--variable", "Personer", "--sum", "alder"]),
        format!(
            "{path}: error: the dimension \"kjønn\" has 2 values (Menn, Kvinner): choose one with --select kjønn=CODE or sum them with --sum kjønn\n"
        )
    );
    assert_eq!(
        error(&["indicator", "--input", &path, "--variable", "Personer", "--sum", "alder", "--select", "kjønn"]),
        "--select: error: cannot read the selection \"kjønn\" (expected DIM=CODE, such as Kjonn=2)\n"
    );
}

fn statistics(name: &str) -> String {
    fixture(&format!("statistics/{name}")).display().to_string()
}

/// `(code, name, period, value)` of each value, value as JSON text.
fn values(json: &Value) -> Vec<(String, String, String, String)> {
    json["values"]
        .as_array()
        .expect("values")
        .iter()
        .map(|v| {
            let text = |key: &str| v[key].as_str().expect(key).to_string();
            (text("code"), text("name"), text("period"), v["value"].to_string())
        })
        .collect()
}

/// `(period, value, rule, note)` of each region value.
fn region(json: &Value) -> Vec<(String, String, String, String)> {
    json["region"]
        .as_array()
        .expect("region")
        .iter()
        .map(|r| {
            let note = r.get("note").and_then(Value::as_str).unwrap_or("").to_string();
            (r["period"].as_str().expect("period").to_string(), r["value"].to_string(), r["rule"].to_string(), note)
        })
        .collect()
}

fn row(a: &str, b: &str, c: &str, d: &str) -> (String, String, String, String) {
    (a.to_string(), b.to_string(), c.to_string(), d.to_string())
}

/// Net migration per quarter, 2019K3–2020K2, in JSON-stat 2 with unit
/// metadata: the region given in 2024's codes finds the values stored under
/// the codes of 2019 (0805, 0806) and of 2020–2023 (3806, 3807); a count by
/// its unit, so the region's value is the sum, and null where Skien's 2019K4
/// is missing.
#[test]
fn a_quarterly_flow_across_the_2020_reform() {
    let input = statistics("made-for-tests-01222-net-migration-quarterly.json");
    let json = json(&[
        "indicator",
        "--input",
        &input,
        "--variable",
        "Nettoinnflytting9",
        "--region",
        "4001,4003",
        "--format",
        "json",
    ]);
    assert_eq!(
        json["variable"],
        serde_json::json!({"code": "Nettoinnflytting9", "label": "Nettoinnflytting", "unit": "personar"})
    );
    assert_eq!(
        values(&json),
        [
            row("4001", "Porsgrunn", "2019K3", "12"),
            row("4001", "Porsgrunn", "2019K4", "-5"),
            row("4001", "Porsgrunn", "2020K1", "8"),
            row("4001", "Porsgrunn", "2020K2", "20"),
            row("4003", "Skien", "2019K3", "30"),
            row("4003", "Skien", "2019K4", "null"),
            row("4003", "Skien", "2020K1", "-7"),
            row("4003", "Skien", "2020K2", "15"),
        ]
    );
    assert_eq!(
        region(&json),
        [
            row("2019K3", "42", "\"sum\"", ""),
            row("2019K4", "null", "\"sum\"", "missing for 4003 Skien"),
            row("2020K1", "1", "\"sum\"", ""),
            row("2020K2", "35", "\"sum\"", ""),
        ]
    );
    assert_eq!((&json["values"][0]["start"], &json["values"][0]["end"]), (&"2019-07-01".into(), &"2019-09-30".into()));
    assert_eq!(json["sources"], serde_json::json!([format!("{input} (SSB, table 01222)")]));
    // By label, from a date.
    let json = super::indicator::json(&[
        "indicator",
        "--input",
        &input,
        "--variable",
        "innflytting",
        "--region",
        "4003",
        "--from",
        "2020-01-01",
        "--format",
        "json",
    ]);
    assert_eq!(values(&json), [row("4003", "Skien", "2020K1", "290"), row("4003", "Skien", "2020K2", "310")]);
    assert_eq!(region(&json), [row("2020K1", "290", "\"sum\"", ""), row("2020K2", "310", "\"sum\"", "")]);
}

/// Employment by industry and sex, a long Latin-1 CSV with a title line:
/// one industry selected, the sexes summed; a count by `--count`.
#[test]
fn an_annual_count_by_industry_with_select_and_sum() {
    let input = statistics("made-for-tests-07984-employment-by-industry-latin1.csv");
    let base = ["indicator", "--input", input.as_str(), "--variable", "Sysselsatte personer", "--region", "4001,4003"];
    let with = |extra: &[&'static str]| [&base[..], extra, &["--format", "json"]].concat();
    let json = json(&with(&["--select", "næring (SN2007)=10-33", "--sum", "kjønn", "--count"]));
    assert_eq!(
        values(&json),
        [
            row("4001", "Porsgrunn", "2022", "2400"),
            row("4001", "Porsgrunn", "2023", "2370"),
            row("4003", "Skien", "2022", "2800"),
            row("4003", "Skien", "2023", "2840"),
        ]
    );
    assert_eq!(region(&json), [row("2022", "5200", "\"sum\"", ""), row("2023", "5210", "\"sum\"", "")]);
    // A sum with a missing part is missing, and so is the region's.
    let output = run(&with(&["--select", "næring=45-47", "--sum", "kjønn", "--count"]));
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "{input}:25: warning: column '07984: MADE FOR TESTS, not SSB's figures: Sysselsatte per 4. kvartal, etter region, næring (SN2007), kjønn, statistikkvariabel og år': one cell holds an SSB symbol for a missing value (\"..\", here): it is missing, never zero\n"
        )
    );
    let json: Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    assert_eq!(values(&json)[3], row("4003", "Skien", "2023", "null"));
    assert_eq!(region(&json)[1], row("2023", "null", "\"sum\"", "missing for 4003 Skien"));
    // Without --count a CSV does not say whether the variable is a count.
    let json = super::indicator::json(&with(&["--select", "næring=10-33", "--sum", "kjønn"]));
    assert_eq!(
        region(&json)[0],
        row(
            "2022",
            "null",
            "\"none\"",
            "not summed: the table does not say whether \"Sysselsatte personer\" is a count; give --count if it is, or --weight with a count variable"
        )
    );
    // The table as text.
    let output = run(&[&base[..], &["--select", "næring=10-33", "--sum", "kjønn", "--count"]].concat());
    assert_eq!(
        stdout(&output),
        "Sysselsatte personer per municipality and period\n\n\
         Code  Municipality  Period  Value\n\
         4001  Porsgrunn     2022    2,400\n\
         4001  Porsgrunn     2023    2,370\n\
         4003  Skien         2022    2,800\n\
         4003  Skien         2023    2,840\n\n\
         The region per period\n\n\
         Period  Value  Note\n\
         2022    5,200\n\
         2023    5,210\n"
    );
}

/// A rate (percent, one decimal) weighted by the count beside it in the
/// same JSON-stat 1 table: 2022 (68.4·27 000 + 66.1·41 000) / 68 000 =
/// 67.013… → 67.0; 2023 (69.0·27 100 + 66.5·41 200) / 68 300 = 67.49… → 67.5.
#[test]
fn a_rate_with_a_weight() {
    let input = statistics("made-for-tests-06445-employment-rate-with-weight.json");
    let base = ["indicator", "--input", input.as_str(), "--variable", "Sysselsatte", "--region", "4001,4003"];
    let json = json(&[&base[..], &["--weight", "Befolkning", "--format", "json"]].concat());
    assert_eq!(json["variable"]["unit"], "prosent");
    assert_eq!(json["weight"]["code"], "Befolkning");
    assert_eq!(
        values(&json),
        [
            row("4001", "Porsgrunn", "2022", "68.4"),
            row("4001", "Porsgrunn", "2023", "69.0"),
            row("4003", "Skien", "2022", "66.1"),
            row("4003", "Skien", "2023", "66.5"),
        ]
    );
    assert_eq!(region(&json), [row("2022", "67.0", "\"weighted\"", ""), row("2023", "67.5", "\"weighted\"", "")]);
    // Never a sum of percentages: without a weight, null with a note.
    let json = super::indicator::json(&[&base[..], &["--count", "--format", "json"]].concat());
    assert_eq!(
        region(&json)[0],
        row(
            "2022",
            "null",
            "\"none\"",
            "not summed: the unit \"prosent\" is no count; give --weight with a count variable of the table to weight the municipalities' values"
        )
    );
}

/// Without --region: every municipality of the table under its own code,
/// and no region figure.
#[test]
fn without_a_region_every_municipality_and_no_region_figure() {
    let input = statistics("made-for-tests-06445-employment-rate-with-weight.json");
    let output = run(&["indicator", "--input", &input, "--variable", "Sysselsatte", "--format", "csv"]);
    assert_eq!(
        stdout(&output),
        "code,name,period,start,end,value\n\
         4001,Porsgrunn,2022,2022-01-01,2022-12-31,68.4\n\
         4001,Porsgrunn,2023,2023-01-01,2023-12-31,69.0\n\
         4003,Skien,2022,2022-01-01,2022-12-31,66.1\n\
         4003,Skien,2023,2023-01-01,2023-12-31,66.5\n"
    );
}

#[test]
fn wrong_variables_selections_and_regions_name_the_file_and_the_nearest() {
    let csv = statistics("made-for-tests-07984-employment-by-industry-latin1.csv");
    let base = ["indicator", "--input", csv.as_str(), "--region", "4001"];
    // A variable of another table.
    assert_eq!(
        error(&[&base[..], &["--variable", "Nettoinnflytting9"]].concat()),
        format!(
            "{csv}: error: no variable \"Nettoinnflytting9\" in this table (nearest: Sysselsatte personer; expected the code or label of one of its 1 variables)\n"
        )
    );
    let with = |extra: &[&'static str]| [&base[..], &["--variable", "Sysselsatte personer"], extra].concat();
    assert_eq!(
        error(&with(&["--sum", "kjønn"])),
        format!(
            "{csv}: error: the dimension \"næring (SN2007)\" has 3 values (00-99 Alle næringer, 10-33 Industri, 45-47 Varehandel): choose one with --select \"næring (SN2007)\"=CODE or sum them with --sum \"næring (SN2007)\"\n"
        )
    );
    assert_eq!(
        error(&with(&["--sum", "kjønn", "--select", "næring=10-32"])),
        format!(
            "{csv}: error: no value \"10-32\" in the dimension \"næring (SN2007)\" (nearest: 10-33 Industri, 45-47 Varehandel, 00-99 Alle næringer; expected the code or label of one of its 3 values)\n"
        )
    );
    assert_eq!(
        error(&with(&["--sum", "kjonn", "--sum", "naering", "--select", "alder=15-74"])),
        format!(
            "{csv}: error: no dimension \"alder\" in this table (nearest: kjønn, næring (SN2007); its dimensions besides region and time: næring (SN2007), kjønn)\n"
        )
    );
    let json_input = statistics("made-for-tests-01222-net-migration-quarterly.json");
    assert_eq!(
        error(&["indicator", "--input", &json_input, "--variable", "Nettoinnflytting9", "--region", "4001,4005"]),
        format!(
            "{json_input}: error: no municipality 4005 in the table, under this code or an earlier one (nearest: 0805 (Porsgrunn), 0806 (Skien), 3806 (Porsgrunn))\n"
        )
    );
}

/// The Bad input cases of the reader, end to end: each a located error.
#[test]
fn bad_tables_are_located_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    };
    let cases = [
        (
            "no-region.csv",
            "\"kjønn\";\"kvartal\";\"Netto\"\n\"Menn\";\"2020K1\";3\n",
            ":1: error: no region dimension (expected a column or dimension named \"region\", \"kommune\" or with the geo role; the table has: kjønn, kvartal, Netto)\n",
        ),
        (
            "no-time.csv",
            "\"region\";\"Netto\"\n\"4001 Porsgrunn\";3\n",
            ":1: error: no time dimension (expected a column or dimension named \"år\", \"kvartal\", \"måned\" or \"tid\" or with the time role, or columns such as \"Nettoinnflytting 2020K1\"; the table has: region, Netto)\n",
        ),
        (
            "bad-quarter.csv",
            "\"region\";\"kvartal\";\"Netto\"\n\"4001 Porsgrunn\";\"2020K1\";3\n\"4001 Porsgrunn\";\"2020K5\";3\n",
            ":3: error: column 'kvartal': cannot read time period \"2020K5\" (expected a year such as 2023, a quarter such as 2023K1, a month such as 2023M01 or a date such as 2023-01-31)\n",
        ),
        (
            "duplicate.csv",
            "\"region\";\"kvartal\";\"Netto\"\n\"4001 Porsgrunn\";\"2020K1\";3\n\"4001 Porsgrunn\";\"2020K1\";4\n",
            ":3: error: column 'Netto': the cell 4001 Porsgrunn, 2020K1, Netto is given twice (first on line 2)\n",
        ),
    ];
    for (name, text, expected) in cases {
        let path = write(name, text);
        assert_eq!(
            error(&["indicator", "--input", &path, "--variable", "Netto"]),
            format!("{path}{expected}"),
            "{name}"
        );
    }
}

/// The README's worked example is what the command prints.
#[test]
fn the_readme_example_is_what_the_command_prints() {
    let readme = std::fs::read_to_string(plan_report_tests::repo_root().join("README.md")).expect("README");
    let start = readme.find("$ plan-report indicator --input").expect("the example");
    let block = &readme[start..start + readme[start..].find("```").expect("end of the block")];
    let (command, printed) = block.split_once("--lang en\n").expect("command and output");
    assert!(command.contains("--variable Nettoinnflytting9 --region 4001,4003"), "{command}");
    let output = run(&[
        "indicator",
        "--input",
        "tests/fixtures/statistics/made-for-tests-01222-net-migration-quarterly.json",
        "--variable",
        "Nettoinnflytting9",
        "--region",
        "4001,4003",
    ]);
    assert_eq!(stdout(&output), printed);
}

/// A municipality merged from several: its values before the merge are not
/// any one municipality's, so they stay missing, and a warning says why.
#[test]
fn a_merge_the_region_cannot_be_followed_through_is_said() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("made-for-tests-01222-merge.csv");
    std::fs::write(
        &path,
        "\"01222: Made for tests\"\n\n\"region\";\"statistikkvariabel\";\"kvartal\";\"01222: Made for tests\"\n\
         \"K-0602 Drammen (-2019)\";\"Nettoinnflytting\";\"2019K4\";40\n\
         \"K-3005 Drammen (2020-2023)\";\"Nettoinnflytting\";\"2020K1\";55\n",
    )
    .expect("write");
    let path = path.display().to_string();
    let output = run(&[
        "indicator",
        "--input",
        &path,
        "--variable",
        "Nettoinnflytting",
        "--region",
        "3301",
        "--format",
        "csv",
        "--count",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "{path}: warning: 3301 has no value up to 31 December 2019 and cannot be followed further back: 0602, 0625, 0711 merged into 3005 on 1 January 2020\n"
        )
    );
    assert_eq!(
        stdout(&output),
        "code,name,period,start,end,value\n\
         3301,Drammen,2019K4,2019-10-01,2019-12-31,\n\
         3301,Drammen,2020K1,2020-01-01,2020-03-31,55\n\
         ,region,2019K4,2019-10-01,2019-12-31,\n\
         ,region,2020K1,2020-01-01,2020-03-31,55\n"
    );
}
