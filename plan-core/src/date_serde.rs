//! Dates in serde: ISO strings in JSON, and TOML's own date literals
//! (`date = 2020-10-21`) as well as strings in TOML.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Deserialize)]
#[serde(untagged)]
enum Repr {
    Text(String),
    Toml(toml::value::Datetime),
}

/// Serializes as `YYYY-MM-DD`.
pub(crate) fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    date.serialize(serializer)
}

/// Reads `YYYY-MM-DD` text or a TOML local date.
pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    use serde::de::Error;
    match Repr::deserialize(deserializer)? {
        Repr::Text(text) => crate::calendar::parse_date(&text).map_err(D::Error::custom),
        Repr::Toml(datetime) => {
            let date =
                datetime.date.ok_or_else(|| D::Error::custom("expected a date such as 2020-10-21, not a time"))?;
            NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                .ok_or_else(|| D::Error::custom(format!("{date} is not a valid date")))
        }
    }
}
