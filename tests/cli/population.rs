//! Population tables in every shape people download, the figures computed
//! from them, and the `population` command's JSON, CSV and table output.

use chrono::NaiveDate;
use plan_core::population::PopulationTable;
use plan_core::population::read::read_population_file;
use plan_report_tests::{command, fixture, run, stderr, stdout};
use serde_json::{Value, json};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid")
}

fn read(name: &str) -> (PopulationTable, Vec<String>) {
    let path = fixture(&format!("population/{name}"));
    let (table, warnings) = read_population_file(&path, name).unwrap_or_else(|e| panic!("{name}: {e}"));
    (table, warnings.iter().map(ToString::to_string).collect())
}

fn count(table: &PopulationTable, code: &str, date: NaiveDate) -> Option<u64> {
    table.count(&code.parse().expect("code"), date)
}

#[test]
fn long_latin1_semicolon_with_title_sums_ages_and_sexes() {
    let (table, warnings) = read("ssb-07459-long-latin1-semicolon.csv");
    assert!(warnings.is_empty());
    assert_eq!(table.observations.len(), 12);
    assert_eq!(count(&table, "0618", d(2017, 1, 1)), Some(2442));
    assert_eq!(count(&table, "0615", d(2019, 1, 1)), Some(1052));
    let nes = table.observations.iter().find(|o| o.code.as_str() == "0616").expect("Nes");
    assert_eq!(nes.name, "Nes (Buskerud)", "the years of validity are not part of the name");
    assert_eq!(table.sources, ["ssb-07459-long-latin1-semicolon.csv (SSB, table 07459)"]);
}

#[test]
fn long_english_tab_unquoted() {
    let (table, _) = read("ssb-07459-long-english-tab-unquoted.csv");
    assert_eq!(table.observations.len(), 12);
    assert_eq!(count(&table, "3042", d(2020, 1, 1)), Some(2486));
    assert_eq!(count(&table, "3044", d(2021, 1, 1)), Some(4434));
    assert_eq!(table.observations[0].name, "Flå");
}

#[test]
fn wide_utf8_bom_comma_with_no_break_spaces() {
    let (table, _) = read("ssb-07459-wide-utf8-bom-comma.csv");
    assert_eq!(table.observations.len(), 12);
    assert_eq!(count(&table, "0619", d(2017, 1, 1)), Some(4719));
    assert_eq!(count(&table, "0619", d(2019, 1, 1)), Some(4671));
}

#[test]
fn quarterly_01222_keeps_only_the_population_at_the_start_of_each_quarter() {
    let (table, _) = read("ssb-01222-quarterly-long.csv");
    assert_eq!(count(&table, "3041", d(2021, 1, 1)), Some(4636));
    assert_eq!(count(&table, "3041", d(2021, 4, 1)), Some(4641));
    assert_eq!(count(&table, "3041", d(2021, 10, 1)), Some(4633));
    assert_eq!(count(&table, "3039", d(2021, 10, 1)), None, "'..' is missing, not zero");
    assert_eq!(table.observations.len(), 23);
}

#[test]
fn wide_06913_with_variables_in_headers_skips_country_and_county() {
    let (table, _) = read("ssb-06913-wide-variable-headers.csv");
    assert_eq!(table.observations.len(), 12);
    assert_eq!(count(&table, "3040", d(2021, 1, 1)), Some(3262));
    assert!(table.observations.iter().all(|o| o.count < 10_000), "no country or county rows, no change column");
}

#[test]
fn missing_symbols_are_missing_never_zero() {
    let (table, warnings) = read("ssb-07459-missing-symbols.csv");
    for code in ["3039", "3040", "3041", "3043"] {
        assert_eq!(count(&table, code, d(2020, 1, 1)), None, "{code}");
    }
    assert_eq!(count(&table, "3042", d(2020, 1, 1)), Some(0), "SSB's '-' is nil: a true zero");
    assert_eq!(count(&table, "3044", d(2020, 1, 1)), Some(4440));
    assert_eq!(
        warnings,
        [
            "ssb-07459-missing-symbols.csv: warning: 3043 Ål on 2020-01-01: some rows have a figure and some are missing; the total is left out"
        ]
    );
}

#[test]
fn totals_and_their_parts_are_not_counted_twice() {
    let (table, _) = read("ssb-07459-totals-and-parts.csv");
    assert_eq!(count(&table, "3324", d(2024, 1, 1)), Some(4986));
    assert_eq!(table.observations.iter().map(|o| o.count).sum::<u64>(), 21571);
}

#[test]
fn jsonstat_2_and_1() {
    let (v2, _) = read("ssb-07459-jsonstat2.json");
    assert_eq!(count(&v2, "3042", d(2020, 1, 1)), Some(2486));
    assert_eq!(count(&v2, "3326", d(2024, 1, 1)), Some(2666));
    assert_eq!(count(&v2, "3042", d(2024, 1, 1)), None, "null is missing");
    assert_eq!(v2.sources, ["ssb-07459-jsonstat2.json (SSB, table 07459)"]);
    let (v1, _) = read("ssb-07459-jsonstat1-dataset-wrapper.json");
    assert_eq!(count(&v1, "0618", d(2017, 1, 1)), Some(2442));
    assert_eq!(v1.observations.len(), 12);
}

fn error_of(name: &str) -> Vec<String> {
    let path = fixture(&format!("population/{name}"));
    let err = read_population_file(&path, name).expect_err("a bad file");
    err.diagnostics().iter().map(ToString::to_string).collect()
}

#[test]
fn bad_files_are_located() {
    assert_eq!(
        error_of("ssb-bad-value.csv"),
        [
            "ssb-bad-value.csv:3: error: column 'Personer': cannot read population \"24x6\" (expected a whole number of people, or a missing-value symbol (. .. : -))"
        ]
    );
    assert_eq!(
        error_of("ssb-bad-time.csv"),
        [
            "ssb-bad-time.csv:3: error: column 'år': cannot read time \"20201\" (expected a year such as 2020 or a quarter such as 2020K1)"
        ]
    );
    assert_eq!(
        error_of("ssb-no-region-column.csv"),
        [
            "ssb-no-region-column.csv:1: error: no region column (expected a column named \"region\"; the header has: kommune_navn, år, Personer)"
        ]
    );
    assert_eq!(
        error_of("ssb-two-population-variables.csv"),
        [
            "ssb-two-population-variables.csv:3: error: column 'statistikkvariabel': the table has more than one population variable (Personer, Folkemengde); download one of them"
        ]
    );
    assert_eq!(
        error_of("ssb-negative-count.csv"),
        [
            "ssb-negative-count.csv:2: error: column 'Personer': cannot read population \"-4608\" (a population cannot be negative)"
        ]
    );
    assert_eq!(
        error_of("jsonstat-wrong-value-count.json"),
        ["jsonstat-wrong-value-count.json: error: field 'value': 1 values where the dimension sizes give 2"]
    );
}

fn population_json(args: &[&str]) -> Value {
    let mut all = vec!["population"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let output = run(&all);
    assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("valid JSON")
}

#[test]
fn the_seeds_figures_come_out_exactly() {
    let json = population_json(&[
        "data/hallingdal",
        "--input",
        "data/hallingdal/befolkning.csv",
        "--from",
        "2017",
        "--to",
        "2020",
    ]);
    assert_eq!((json["from"].as_str(), json["to"].as_str()), (Some("2017-01-01"), Some("2020-01-01")));
    let hemsedal = &json["municipalities"][3];
    assert_eq!(
        *hemsedal,
        json!({"code": "3042", "name": "Hemsedal", "from": 2442, "to": 2486, "change": 44, "change_pct": 1.8,
               "annual_pct": 0.6, "share_pct": 12.11, "density": 3.3, "rank": 1})
    );
    assert_eq!(json["municipalities"][0]["change_pct"], json!(-2.87));
    assert_eq!(
        json["region"],
        json!({"name": "Hallingdal", "from": 20746, "to": 20532, "change": -214, "change_pct": -1.03, "annual_pct": -0.35})
    );
    assert_eq!(
        json["diagnostics"],
        json!([{"severity": "warning", "file": "befolkning.csv", "line": 8,
                "message": "stated total \"Hallingdal\" on 1 January 2020 is 20,566, but its municipalities sum to 20,532 (difference 34); the figures use the computed sum",
                "id": "population-stated-total-differs",
                "args": {"computed": 20532, "date": {"id": "date-long", "args": {"day": 1, "month": 1, "year": 2020}},
                         "difference": 34, "label": "Hallingdal", "stated": 20566}}])
    );
}

#[test]
fn hallingdal_2017_to_2024_from_two_downloads_across_both_reforms() {
    let before = fixture("population/ssb-07459-2017-before-2020-reform.csv");
    let after = fixture("population/ssb-07459-2024-after-2024-reform.csv");
    let json = population_json(&[
        "data/hallingdal",
        "--input",
        before.to_str().expect("path"),
        "--input",
        after.to_str().expect("path"),
        "--from",
        "2017",
        "--to",
        "2024",
    ]);
    let codes: Vec<&str> =
        json["municipalities"].as_array().expect("list").iter().filter_map(|m| m["code"].as_str()).collect();
    assert_eq!(codes, ["3320", "3322", "3324", "3326", "3328", "3330"], "codes valid at --to, in code order");
    assert_eq!(json["municipalities"][1]["name"], "Nesbyen");
    assert_eq!(json["municipalities"][1]["from"], 3357, "Nes (0616) in 2017");
    assert_eq!(json["region"]["from"], 20746);
    assert_eq!(json["region"]["to"], 21571);
    assert_eq!(json["region"]["change"], 825);
    assert_eq!(json["region"]["change_pct"], json!(3.98));
    assert_eq!(
        json["municipalities"][0]["density"],
        json!(1.6),
        "areas from the plan's own table, followed across codes"
    );
}

#[test]
fn a_missing_municipality_fails_with_its_name_and_date() {
    let before = fixture("population/ssb-07459-2017-before-2020-reform.csv");
    let output = run(&[
        "population",
        "data/hallingdal",
        "--input",
        before.to_str().expect("path"),
        "--region",
        "3042,3099",
        "--from",
        "2017",
        "--to",
        "2020",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let file = before.display().to_string();
    assert_eq!(
        stderr(&output),
        format!(
            "{file} (SSB, table 07459): error: 3042 Hemsedal has no population on 1 January 2020 in the data (expected a count for every municipality of the region at both dates)\n\
             {file} (SSB, table 07459): error: 3099 has no population on 1 January 2017 in the data (expected a count for every municipality of the region at both dates)\n\
             {file} (SSB, table 07459): error: 3099 has no population on 1 January 2020 in the data (expected a count for every municipality of the region at both dates)\n"
        )
    );
}

#[test]
fn csv_and_table_formats() {
    let output = run(&[
        "population",
        "data/hallingdal",
        "--input",
        "data/hallingdal/befolkning.csv",
        "--from",
        "2017",
        "--to",
        "1.1.2020",
        "--format",
        "csv",
    ]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "code,name,from,to,change,change_pct,annual_pct,share_pct,density,rank");
    assert_eq!(lines[4], "3042,Hemsedal,2442,2486,44,1.8,0.6,12.11,3.3,1");
    assert_eq!(lines[7], ",Hallingdal,20746,20532,-214,-1.03,-0.35,100,,");
    let output = run(&[
        "population",
        "data/hallingdal",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--from",
        "2021",
        "--to",
        "2024",
    ]);
    let text = stdout(&output);
    // Headers, numbers and dates in English, the language of the tests' messages.
    assert!(text.contains("3326  Hemsedal           2,546       2,666    +120    +4.71%    +1.55%   12.36%"), "{text}");
    assert!(text.contains("\n1 Jan 2023      21,176    +414    +1.99%\n"), "{text}");
    assert!(text.contains("Code  Municipality  1 Jan 2021  1 Jan 2024  Change"), "{text}");
    assert!(!text.contains('\u{a0}') && !text.contains("1.1.20"), "no Norwegian number or date: {text}");
    // In Bokmål, the Norwegian forms.
    let output = command()
        .args(["population", "data/hallingdal", "--input", "data/hallingdal/folketal-ssb-07459-2015-2024.csv"])
        .args(["--from", "2021", "--to", "2024"])
        .env("PLAN_REPORT_LANG", "nb")
        .output()
        .expect("the binary runs");
    let text = stdout(&output);
    assert!(text.contains("3326  Hemsedal       2\u{a0}546     2\u{a0}666     +120    +4,71\u{a0}%"), "{text}");
    assert!(text.contains("1.1.2023      21\u{a0}176     +414    +1,99\u{a0}%"), "{text}");
}

#[test]
fn bad_dates_are_usage_errors_with_the_expected_forms() {
    let output = run(&["population", "data/hallingdal", "--from", "snart"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "--from: error: cannot read date \"snart\" (expected a year such as 2020, or a date such as 2020-01-01 or 1.1.2020)\n"
    );
}

#[test]
fn the_population_goal_is_tracked_on_the_real_figures() {
    let json = population_json(&[
        "data/hallingdal",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--from",
        "2021",
        "--to",
        "2024",
    ]);
    let goal = &json["goals"][0];
    assert_eq!(goal["id"], "attraktivitet-2");
    assert_eq!(goal["baseline"], json!({"date": "2021-01-01", "value": 20575.0}));
    assert_eq!(goal["latest"], json!({"date": "2024-01-01", "value": 21571.0}));
    assert_eq!(goal["target"], json!(20780.75));
    assert_eq!(goal["status"], "reached");
    assert!(goal["rule"].as_str().is_some_and(|r| r.starts_with("The baseline is the value on 1 January 2021.")));
    // At 1 January 2022 the region had 20 762: above the line (20 626) but short of the target.
    let json = population_json(&[
        "data/hallingdal",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--from",
        "2021",
        "--to",
        "2022",
    ]);
    assert_eq!(json["goals"][0]["status"], "on_track");
    // The plan's own table has no figure for 1 January 2021: no data.
    let json = population_json(&[
        "data/hallingdal",
        "--input",
        "data/hallingdal/befolkning.csv",
        "--from",
        "2017",
        "--to",
        "2020",
    ]);
    assert_eq!(json["goals"][0]["status"], "no_data");
}

#[test]
fn population_of_a_plan_folder_uses_its_statistics_files_as_the_reports_do() {
    let json = population_json(&["data/hallingdal", "--from", "2021", "--to", "2024"]);
    let with_input = population_json(&[
        "data/hallingdal",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--from",
        "2021",
        "--to",
        "2024",
    ]);
    assert_eq!(json["region"], with_input["region"]);
    assert_eq!(json["region"]["to"], json!(21571));
}

#[test]
fn changes_read_ssb_json_as_well_as_csv() {
    // The plan's change list as SSB's classification service serves it in JSON.
    let csv = std::fs::read_to_string(plan_report_tests::repo_root().join("data/hallingdal/kommuneendringar.csv"))
        .expect("the change list");
    let mut rows = csv.lines().filter(|l| !l.starts_with('#'));
    let header: Vec<String> =
        rows.next().expect("header").split(';').map(|h| h.trim_matches('"').to_string()).collect();
    let entries: Vec<serde_json::Value> = rows
        .map(|line| {
            let cells = line.split(';').map(|c| c.trim_matches('"'));
            serde_json::Value::Object(header.iter().cloned().zip(cells.map(|c| json!(c))).collect())
        })
        .collect();
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("endringar.json");
    std::fs::write(&path, serde_json::to_string(&json!({ "codeChanges": entries })).expect("json")).expect("write");
    let before = fixture("population/ssb-07459-2017-before-2020-reform.csv");
    let after = fixture("population/ssb-07459-2024-after-2024-reform.csv");
    let run_with = |changes: &str| {
        let output = run(&[
            "population",
            "tests/fixtures/minimal-plan",
            "--input",
            before.to_str().expect("path"),
            "--input",
            after.to_str().expect("path"),
            "--region",
            "3320,3322",
            "--changes",
            changes,
            "--format",
            "json",
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        stdout(&output)
    };
    assert_eq!(run_with(path.to_str().expect("path")), run_with("data/hallingdal/kommuneendringar.csv"));

    // A broken JSON file is named with a short excerpt of the problem, never the whole file.
    std::fs::write(&path, format!("{{\"codeChanges\": [{}", "x".repeat(90_000))).expect("write");
    let output = run(&["population", "data/hallingdal", "--changes", path.to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).len() < 500, "{}", stderr(&output));
    assert!(stderr(&output).contains("endringar.json:1: error: cannot read the change list:"), "{}", stderr(&output));
}

/// A workbook given as a population table is named as such, with the
/// formats the reader takes; an unnamed upload is called what it is.
#[test]
fn a_workbook_is_named_as_a_workbook_and_an_unnamed_upload_as_an_upload() {
    let xlsx = fixture("xlsx/status-2021.xlsx");
    let output =
        run(&["population", "data/hallingdal", "--input", xlsx.to_str().expect("path"), "--region", "3041,3042"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    assert!(
        stderr(&output).contains("status-2021.xlsx: error: the file is an Excel (.xlsx) workbook, not a table the population reader reads (expected a CSV file — an SSB download or the plan's own table — or JSON-stat: save the sheet as CSV)"),
        "{}",
        stderr(&output)
    );
    let bytes = std::fs::read(&xlsx).expect("read");
    let err = plan_core::population::read::read_population_bytes(&bytes, "").expect_err("a workbook");
    assert_eq!(
        err.diagnostics()[0].render(plan_core::Language::Nb),
        "opplastet fil: feil: filen er en Excel (.xlsx)-arbeidsbok, ikke en tabell befolkningsleseren leser (ventet en CSV-fil — en nedlasting fra SSB eller planens egen tabell — eller JSON-stat: lagre arket som CSV)"
    );
}

#[test]
fn the_librarys_population_json_is_the_commands_byte_for_byte() {
    use plan_core::population_inputs::PopulationInputs;
    use plan_core::{Language, PlanFolder};
    // The library's side: the folder's population inputs, the plan's region
    // and goals, from the table's first date (as far back as the region can
    // be followed) to its last; messages in English, as `run` asks. For the
    // bundled plan and both fixture plans of other regions.
    let plans = [
        plan_report_tests::hallingdal(),
        plan_report_tests::fixture("adopted-plan-other-region"),
        plan_report_tests::fixture("bokmal-plan"),
    ];
    for plan in plans {
        let folder = PlanFolder::load(&plan).expect("the plan loads").value;
        let inputs = PopulationInputs::load(Some(&folder), &[], &[]).expect("the inputs load");
        assert!(inputs.diagnostics.is_empty());
        let computed = inputs
            .value
            .figures(Some(&folder.plan), &folder.plan.meta.region, None, None, Language::En)
            .expect("the figures compute");
        let library = serde_json::to_string_pretty(&computed.to_json(Language::En)).expect("JSON");
        let output = run(&["population", plan.to_str().expect("path"), "--format", "json"]);
        assert_eq!(output.status.code(), Some(0), "stderr: {}", stderr(&output));
        assert_eq!(stdout(&output), format!("{library}\n"), "{}", plan.display());
        if plan == plan_report_tests::hallingdal() {
            // Goals and densities are there, as the command fills them.
            let json: Value = serde_json::from_str(&library).expect("valid JSON");
            assert_eq!(json["goals"].as_array().map(Vec::len), Some(1));
            assert_eq!(json["municipalities"][3]["density"], 3.5);
        }
    }
}
