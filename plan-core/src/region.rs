//! Municipalities and regions, identified by Statistics Norway's
//! four-digit municipality codes.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A four-digit municipality number such as `0615` or `3041`. Leading zeros
/// matter, so it is a string, never a number.
///
/// # Example
/// ```
/// use plan_core::MunicipalityCode;
/// let code: MunicipalityCode = "0615".parse().unwrap();
/// assert_eq!(code.as_str(), "0615");
/// let err = "615".parse::<MunicipalityCode>().unwrap_err();
/// assert_eq!(err.to_string(), "\"615\" is not a municipality number (expected four digits such as 0615 or 3041)");
/// // A typed error, so `?` converts it in a function returning plan_core::Result.
/// fn first(codes: &str) -> plan_core::Result<MunicipalityCode> {
///     Ok(codes.split(',').next().unwrap_or_default().parse()?)
/// }
/// assert_eq!(first("3041,3042")?.as_str(), "3041");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct MunicipalityCode([u8; 4]);

impl MunicipalityCode {
    /// Reads a code from four ASCII digits.
    ///
    /// # Example
    /// ```
    /// use plan_core::MunicipalityCode;
    /// assert_eq!(MunicipalityCode::from_digits(b"3041").map(|c| c.to_string()), Some("3041".into()));
    /// assert_eq!(MunicipalityCode::from_digits(b"30A1"), None);
    /// assert_eq!(MunicipalityCode::from_digits(b"304"), None);
    /// ```
    pub fn from_digits(bytes: &[u8]) -> Option<Self> {
        match bytes {
            [a, b, c, d] if bytes.iter().all(u8::is_ascii_digit) => Some(MunicipalityCode([*a, *b, *c, *d])),
            _ => None,
        }
    }

    /// The code as text.
    ///
    /// # Example
    /// ```
    /// let code: plan_core::MunicipalityCode = "0615".parse().unwrap();
    /// assert_eq!(code.as_str(), "0615");
    /// ```
    pub fn as_str(&self) -> &str {
        // The four bytes are ASCII digits by construction.
        std::str::from_utf8(&self.0).unwrap_or("????")
    }

    /// The county part: the first two digits (`30` for Viken codes).
    ///
    /// # Example
    /// ```
    /// let code: plan_core::MunicipalityCode = "3324".parse().unwrap();
    /// assert_eq!(code.county(), "33");
    /// ```
    pub fn county(&self) -> &str {
        &self.as_str()[..2]
    }
}

/// A string of four digits in JSON.
impl schemars::JsonSchema for MunicipalityCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "MunicipalityCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}$",
            "description": "A four-digit municipality number such as \"0615\" or \"3041\" (leading zeros matter)."
        })
    }
}

impl FromStr for MunicipalityCode {
    type Err = crate::Error;

    fn from_str(text: &str) -> Result<Self, crate::Error> {
        MunicipalityCode::from_digits(text.trim().as_bytes())
            .ok_or_else(|| crate::Error::MunicipalityCode { text: text.trim().to_string() })
    }
}

impl TryFrom<String> for MunicipalityCode {
    type Error = crate::Error;

    fn try_from(text: String) -> Result<Self, crate::Error> {
        text.parse()
    }
}

impl From<MunicipalityCode> for String {
    fn from(code: MunicipalityCode) -> String {
        code.as_str().to_string()
    }
}

impl fmt::Display for MunicipalityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A municipality: its code and name.
///
/// # Example
/// ```
/// use plan_core::Municipality;
/// let gol = Municipality { code: "3041".parse().unwrap(), name: "Gol".into() };
/// assert_eq!(serde_json::to_string(&gol).unwrap(), r#"{"code":"3041","name":"Gol"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// The municipality number.
    pub code: MunicipalityCode,
    /// The name, as SSB writes it.
    pub name: String,
}

impl Municipality {
    /// The municipality as a message names it: its code and name (`3041
    /// Gol`), or the code alone when the name is not known.
    ///
    /// # Example
    /// ```
    /// use plan_core::Municipality;
    /// assert_eq!(Municipality { code: "3041".parse()?, name: "Gol".into() }.label(), "3041 Gol");
    /// assert_eq!(Municipality { code: "3099".parse()?, name: String::new() }.label(), "3099");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn label(&self) -> String {
        if self.name.trim().is_empty() { self.code.to_string() } else { format!("{} {}", self.code, self.name.trim()) }
    }
}

/// A named set of municipalities that plan together.
///
/// # Example
/// ```
/// use plan_core::{Municipality, Region};
/// let region = Region {
///     name: "Hallingdal".into(),
///     municipalities: vec![Municipality { code: "3041".parse().unwrap(), name: "Gol".into() }],
/// };
/// assert!(region.contains(&"3041".parse().unwrap()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Region {
    /// The region's name.
    pub name: String,
    /// Its municipalities, with the codes valid when the plan was written.
    pub municipalities: Vec<Municipality>,
}

impl Region {
    /// True if the region has a municipality with this code.
    ///
    /// # Example
    /// ```
    /// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
    /// assert!(plan.meta.region.contains(&"3044".parse().unwrap()));
    /// assert!(!plan.meta.region.contains(&"0301".parse().unwrap()));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn contains(&self, code: &MunicipalityCode) -> bool {
        self.municipalities.iter().any(|m| m.code == *code)
    }

    /// The municipality with this code.
    ///
    /// # Example
    /// ```
    /// # let plan = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value.plan;
    /// let hol = plan.meta.region.municipality(&"3044".parse().unwrap()).unwrap();
    /// assert_eq!(hol.name, "Hol");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn municipality(&self, code: &MunicipalityCode) -> Option<&Municipality> {
        self.municipalities.iter().find(|m| m.code == *code)
    }
}
