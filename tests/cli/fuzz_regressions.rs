//! Inputs that once crashed or could have crashed a reader (found by the
//! fuzz targets in `fuzz/` or by review), kept so they never do again:
//! every file in `tests/fixtures/fuzz/` goes through every reader, which
//! must answer with a value or an error, never a panic.

use plan_core::population::{
    jsonstat::read_jsonstat, own::read_population_csv, reform::CodeChanges, ssb::read_ssb_csv,
};
use plan_report_tests::{copy_plan, fixture};

#[test]
fn no_reader_panics_on_a_regression_input() {
    let mut files: Vec<_> =
        std::fs::read_dir(fixture("fuzz")).expect("fixtures").map(|e| e.expect("entry").path()).collect();
    files.sort();
    assert!(files.len() >= 3);
    for path in files {
        let bytes = std::fs::read(&path).expect("read");
        let name = path.file_name().expect("name").to_string_lossy().into_owned();
        let _ = read_jsonstat(&name, &bytes);
        let _ = read_ssb_csv(&name, bytes.as_slice());
        let _ = read_population_csv(&name, &bytes);
        let _ = plan_core::statistics::read_statistics_bytes(&bytes, &name);
        let _ = CodeChanges::read_csv(&name, &bytes);
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = plan_core::Deadline::parse(text);
            let _ = plan_core::Kroner::parse(text);
        }
        let dir = copy_plan(&fixture("minimal-plan"));
        std::fs::write(dir.path().join("plan.toml"), &bytes).expect("write");
        let _ = plan_core::PlanFolder::load(dir.path());
    }
}

#[test]
fn a_json_stat_size_beyond_its_values_is_an_error() {
    for name in ["jsonstat-huge-sizes.json", "jsonstat-size-without-categories.json"] {
        let bytes = std::fs::read(fixture(&format!("fuzz/{name}"))).expect("read");
        let err = read_jsonstat(name, &bytes).expect_err("refused");
        assert!(err.to_string().contains("field 'size'"), "{name}: {err}");
    }
}
