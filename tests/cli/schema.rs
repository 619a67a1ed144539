//! The JSON Schemas of `show`, `population`, `indicator` and `diff`: the copies under
//! `schemas/` match what `plan-report schema` prints, and what the commands
//! print is valid against them, with every key documented.

use plan_report_tests::{repo_root, run, stderr, stdout};
use serde_json::{Map, Value};

/// `schemas/NAME.schema.json` must equal `plan-report schema OF`.
fn assert_schema_file(of: &str, name: &str) -> Value {
    let output = run(&["schema", of]);
    assert!(output.status.success(), "{}", stderr(&output));
    let printed = stdout(&output);
    let path = repo_root().join(format!("schemas/{name}.schema.json"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &printed).expect("write schema");
    }
    let kept = std::fs::read_to_string(&path).expect("schema file (UPDATE_GOLDEN=1 writes it)");
    assert!(kept == printed, "{} differs from `plan-report schema {of}` (UPDATE_GOLDEN=1 rewrites it)", path.display());
    serde_json::from_str(&printed).expect("a schema is JSON")
}

fn json_of(args: &[&str]) -> Value {
    let output = run(args);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("JSON")
}

#[test]
fn show_prints_what_the_plan_schema_says() {
    let schema = assert_schema_file("plan", "plan");
    let plan = json_of(&["show", "data/hallingdal", "--format", "json"]);
    assert_eq!(validate(&schema, &schema, &plan, "$"), Vec::<String>::new());
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

#[test]
fn population_prints_what_its_schema_says() {
    let schema = assert_schema_file("population", "population");
    let figures = json_of(&["population", "data/hallingdal", "--from", "2017", "--to", "2020", "--format", "json"]);
    assert_eq!(validate(&schema, &schema, &figures, "$"), Vec::<String>::new());
    let series = json_of(&[
        "population",
        "data/hallingdal",
        "--input",
        "data/hallingdal/folketal-ssb-07459-2015-2024.csv",
        "--format",
        "json",
    ]);
    assert_eq!(validate(&schema, &schema, &series, "$"), Vec::<String>::new());
}

#[test]
fn indicator_prints_what_its_schema_says() {
    let schema = assert_schema_file("indicator", "indicator");
    let input = plan_report_tests::fixture("population/ssb-07459-long-latin1-semicolon.csv");
    let input = input.display().to_string();
    let values = json_of(&[
        "indicator",
        "--input",
        &input,
        "--variable",
        "Personer",
        "--sum",
        "kjønn",
        "--sum",
        "alder",
        "--region",
        "3041,3043",
        "--format",
        "json",
    ]);
    assert_eq!(validate(&schema, &schema, &values, "$"), Vec::<String>::new());
    assert_eq!(
        values["region"][0]["note"],
        "not summed: the table does not say whether \"Personer\" is a count; give --count if it is, or --weight with a count variable"
    );
    for key in ["code", "name", "period", "start", "end", "value"] {
        assert!(schema["$defs"]["ValueJson"]["properties"][key].is_object(), "{key}");
    }
}

#[test]
fn diff_prints_what_its_schema_says() {
    let schema = assert_schema_file("diff", "diff");
    let changes = json_of(&[
        "diff",
        "data/hallingdal/tiltak.csv",
        "data/hallingdal/handlingsprogram/2022.csv",
        "--format",
        "json",
    ]);
    assert!(!changes["changed"].as_array().expect("changed").is_empty());
    assert_eq!(validate(&schema, &schema, &changes, "$"), Vec::<String>::new());
}

#[test]
fn the_validator_finds_what_is_wrong() {
    let schema = assert_schema_file("diff", "diff");
    let mut changes = json_of(&[
        "diff",
        "data/hallingdal/tiltak.csv",
        "data/hallingdal/handlingsprogram/2022.csv",
        "--format",
        "json",
    ]);
    changes["changed"][0]["matched_by"] = "guess".into();
    changes["changed"][0]["surprise"] = 1.into();
    changes["removed"][0]["cost"] = "a lot".into();
    let mut found = validate(&schema, &schema, &changes, "$");
    found.sort();
    assert_eq!(
        found,
        [
            "$.changed[0].matched_by: \"guess\" matches none of the choices",
            "$.changed[0].surprise: a key the schema does not document",
            "$.removed[0].cost: \"a lot\" matches none of the choices",
        ]
    );
}

/// Checks `value` against `schema` (the subset of JSON Schema 2020-12 the
/// schemas use), and more strictly than the standard: an object's keys must
/// all be documented unless `additionalProperties` gives a schema. Returns
/// what is wrong, each with its JSON path.
fn validate(root: &Value, schema: &Value, value: &Value, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let name = reference.strip_prefix("#/$defs/").expect("local references only");
        errors.extend(validate(root, &root["$defs"][name], value, path));
    }
    for (choices, exactly_one) in [(schema.get("anyOf"), false), (schema.get("oneOf"), true)] {
        let Some(choices) = choices.and_then(Value::as_array) else { continue };
        let fitting = choices.iter().filter(|c| validate(root, c, value, path).is_empty()).count();
        if fitting == 0 || (exactly_one && fitting > 1) {
            errors.push(format!("{path}: {value} matches none of the choices"));
        }
    }
    if let Some(expected) = schema.get("const")
        && expected != value
    {
        errors.push(format!("{path}: {value} is not {expected}"));
    }
    if let Some(types) = schema.get("type") {
        let types: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
            other => panic!("unexpected type keyword {other}"),
        };
        if !types.iter().any(|t| has_type(value, t)) {
            errors.push(format!("{path}: {value} is not of type {}", types.join(" or ")));
            return errors;
        }
    }
    if let (Some(format), Some(text)) = (schema.get("format").and_then(Value::as_str), value.as_str())
        && format == "date"
        && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_err()
    {
        errors.push(format!("{path}: {text:?} is not a date"));
    }
    if let (Some(pattern), Some(text)) = (schema.get("pattern").and_then(Value::as_str), value.as_str()) {
        assert_eq!(pattern, "^[0-9]{4}$", "a pattern this validator does not know");
        if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
            errors.push(format!("{path}: {text:?} does not match {pattern}"));
        }
    }
    if let (Some(minimum), Some(n)) = (schema.get("minimum").and_then(Value::as_f64), value.as_f64())
        && n < minimum
    {
        errors.push(format!("{path}: {n} is below {minimum}"));
    }
    if let (Some(maximum), Some(n)) = (schema.get("maximum").and_then(Value::as_f64), value.as_f64())
        && n > maximum
    {
        errors.push(format!("{path}: {n} is above {maximum}"));
    }
    if let Value::Object(object) = value {
        errors.extend(validate_object(root, schema, object, path));
    }
    if let (Some(items), Value::Array(list)) = (schema.get("items"), value) {
        for (i, item) in list.iter().enumerate() {
            errors.extend(validate(root, items, item, &format!("{path}[{i}]")));
        }
    }
    errors
}

fn validate_object(root: &Value, schema: &Value, object: &Map<String, Value>, path: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let properties = schema.get("properties").and_then(Value::as_object);
    if let Some(required) = schema.get("required").and_then(Value::as_array) {
        for key in required.iter().filter_map(Value::as_str) {
            if !object.contains_key(key) {
                errors.push(format!("{path}: the required key {key:?} is missing"));
            }
        }
    }
    let additional = schema.get("additionalProperties");
    for (key, v) in object {
        let at = format!("{path}.{key}");
        match (properties.and_then(|p| p.get(key)), additional) {
            (Some(property), _) => errors.extend(validate(root, property, v, &at)),
            (None, Some(extra @ Value::Object(_))) => errors.extend(validate(root, extra, v, &at)),
            (None, Some(Value::Bool(true))) => {}
            // Only schemas of objects (not references or choices) list keys.
            (None, _) if properties.is_some() || matches!(additional, Some(Value::Bool(false))) => {
                errors.push(format!("{at}: a key the schema does not document"));
            }
            (None, _) => {}
        }
    }
    errors
}

fn has_type(value: &Value, t: &str) -> bool {
    match t {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "string" => value.is_string(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        other => panic!("unknown type {other}"),
    }
}

/// A TOML document as JSON, dates as their text (as a TOML language server
/// checks them against `"format": "date"`).
fn toml_as_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::from(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_as_json).collect()),
        toml::Value::Table(table) => Value::Object(table.into_iter().map(|(k, v)| (k, toml_as_json(v))).collect()),
    }
}

#[test]
fn every_fixture_plan_toml_is_valid_against_the_input_schema() {
    let schema = assert_schema_file("plan-toml", "plan-toml");
    let root = repo_root();
    for plan in [
        "data/hallingdal/plan.toml",
        "tests/fixtures/adopted-plan-other-region/plan.toml",
        "tests/fixtures/minimal-plan/plan.toml",
    ] {
        let text = std::fs::read_to_string(root.join(plan)).expect("plan.toml");
        let value = toml_as_json(toml::from_str(&text).expect("TOML"));
        assert_eq!(validate(&schema, &schema, &value, "$"), Vec::<String>::new(), "{plan}");
    }
    // A misspelt key is caught by the schema, as by the loader.
    let text = std::fs::read_to_string(root.join("tests/fixtures/minimal-plan/plan.toml")).expect("plan.toml");
    let value = toml_as_json(toml::from_str(&text.replace("[meta]", "[meta]\nowenr = \"x\"")).expect("TOML"));
    assert_eq!(validate(&schema, &schema, &value, "$"), ["$.meta.owenr: a key the schema does not document"]);
}

/// The README's list of the top-level keys of `show --format json` is
/// exactly the schema's.
#[test]
fn the_readme_lists_the_top_level_keys_the_plan_schema_has() {
    let readme = std::fs::read_to_string(plan_report_tests::repo_root().join("README.md")).expect("README");
    let start = readme.find("with these top-level keys:").expect("the README lists the keys");
    let sentence = &readme[start..start + readme[start..].find(". ").expect("the list ends")];
    let mut documented: Vec<&str> = sentence.split('`').skip(1).step_by(2).collect();
    documented.sort_unstable();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(plan_report_tests::repo_root().join("schemas/plan.schema.json")).expect("schema"),
    )
    .expect("JSON");
    let mut keys: Vec<&str> =
        schema["properties"].as_object().expect("properties").keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(documented, keys);
}
