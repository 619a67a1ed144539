//! JSON Schemas (draft 2020-12) of the JSON the tools print, for programs
//! in other languages: the plan (`plan-report show --format json`), the
//! population figures (`plan-report population --format json`) and the
//! changes between two action programmes (`plan-report diff --format json`).
//!
//! The schemas are generated from the same types serde serializes, so they
//! cannot drift from the output; each property carries the field's
//! documentation as its `description`. The repository keeps a copy of each
//! under `schemas/`, checked against these functions by the tests.

use serde_json::Value;

/// The schema of a loaded plan folder, as `plan-report show --format json`
/// prints it ([`PlanFolder`](crate::PlanFolder) serialized: the plan
/// document's keys, then `programme`, `statuses` and the rest).
///
/// # Example
/// ```
/// let schema = plan_core::schema::plan();
/// assert_eq!(schema["title"], "PlanFolder");
/// let required = schema["required"].as_array().unwrap();
/// assert!(required.iter().any(|r| r == "meta"));
/// assert!(required.iter().any(|r| r == "programme"));
/// assert_eq!(schema["$defs"]["Action"]["properties"]["deadline"]["$ref"], "#/$defs/Deadline");
/// ```
pub fn plan() -> Value {
    of::<crate::PlanFolder>()
}

/// The schema of the input `plan.toml`, for editors with a TOML language
/// server (taplo, Even Better TOML): keys complete and are validated as the
/// loader reads them (unknown keys are refused, keys with defaults may be
/// left out). Dates are TOML dates (`2024-03-14`).
///
/// # Example
/// ```
/// let schema = plan_core::schema::plan_toml();
/// assert_eq!(schema["additionalProperties"], false);
/// let required = schema["required"].as_array().unwrap();
/// assert!(required.iter().any(|r| r == "meta"));
/// assert!(!required.iter().any(|r| r == "focus_areas"), "focus_areas may be left out");
/// ```
pub fn plan_toml() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().for_deserialize().into_generator();
    let mut value = generator.into_root_schema_for::<crate::load::PlanFile>().to_value();
    clean(&mut value);
    value
}

/// The schema of `plan-report population --format json`
/// ([`FiguresJson`](crate::population::figures::FiguresJson)).
///
/// # Example
/// ```
/// let schema = plan_core::schema::population_figures();
/// let municipality = &schema["$defs"]["MunicipalityJson"]["properties"];
/// assert_eq!(municipality["change_pct"]["type"], "number");
/// assert_eq!(municipality["code"]["$ref"], "#/$defs/MunicipalityCode");
/// ```
pub fn population_figures() -> Value {
    of::<crate::population::figures::FiguresJson>()
}

/// The schema of `plan-report indicator --format json`
/// ([`IndicatorJson`](crate::statistics::indicator::IndicatorJson)).
///
/// # Example
/// ```
/// let schema = plan_core::schema::indicator();
/// assert_eq!(schema["required"], serde_json::json!(["variable", "values", "region", "sources"]));
/// assert_eq!(schema["$defs"]["ValueJson"]["properties"]["value"]["type"], serde_json::json!(["number", "null"]));
/// ```
pub fn indicator() -> Value {
    of::<crate::statistics::indicator::IndicatorJson>()
}

/// The schema of `plan-report diff --format json`
/// ([`ActionDiff`](crate::diff::ActionDiff)).
///
/// # Example
/// ```
/// let schema = plan_core::schema::action_diff();
/// assert_eq!(schema["properties"]["changed"]["items"]["$ref"], "#/$defs/ChangedAction");
/// assert_eq!(schema["additionalProperties"], false, "closed: no undocumented key");
/// let matched_by: Vec<&str> = schema["$defs"]["MatchedBy"]["oneOf"].as_array().unwrap()
///     .iter().map(|v| v["const"].as_str().unwrap()).collect();
/// assert_eq!(matched_by, ["id", "text"]);
/// ```
pub fn action_diff() -> Value {
    of::<crate::diff::ActionDiff>()
}

/// The schema of `T` as serialized (an optional field is always there, as
/// `null`), with the Rust parts of the documentation (examples, link
/// targets) left out of each `description`. The output is closed: an
/// object with listed properties has no others (`additionalProperties:
/// false`), so a validator rejects an undocumented key.
fn of<T: schemars::JsonSchema>() -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12().for_serialize().into_generator();
    let mut value = generator.into_root_schema_for::<T>().to_value();
    clean(&mut value);
    close(&mut value);
    value
}

/// Marks every object schema with listed properties as closed.
fn close(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                map.insert("additionalProperties".to_string(), Value::Bool(false));
            }
            map.values_mut().for_each(close);
        }
        Value::Array(items) => items.iter_mut().for_each(close),
        _ => {}
    }
}

fn clean(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                match v {
                    Value::String(text) if key == "description" => *text = plain_description(text),
                    _ => clean(v),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(clean),
        _ => {}
    }
}

/// Documentation as plain text: up to the first example, lines of a
/// paragraph joined, and ``[`Name`](path)`` links shown as `` `Name` ``.
fn plain_description(text: &str) -> String {
    let text = text.split("# Example").next().unwrap_or(text);
    let text = text.split("```").next().unwrap_or(text).trim();
    let text =
        text.split("\n\n").map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" ")).collect::<Vec<_>>();
    let text = text.join("\n\n");
    let text = text.as_str();
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) => {
                out.push_str(&after[..close]);
                let tail = &after[close + 1..];
                rest = match tail.strip_prefix('(').and_then(|t| t.find(')').map(|end| &t[end + 1..])) {
                    Some(past_link) => past_link,
                    None => tail,
                };
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::plain_description;

    #[test]
    fn descriptions_lose_examples_and_link_targets() {
        assert_eq!(
            plain_description("Load one with [`Plan::load`](crate::Plan::load).\n\n# Example\n```\nlet x = 1;\n```"),
            "Load one with `Plan::load`."
        );
        assert_eq!(plain_description("See [`Statistics::population`]."), "See `Statistics::population`.");
        assert_eq!(plain_description("A list [of] things"), "A list of things");
        assert_eq!(plain_description("One\nparagraph.\n\nTwo."), "One paragraph.\n\nTwo.");
    }
}
