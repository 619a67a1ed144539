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
