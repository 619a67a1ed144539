//! The fields of an action as the reports and the command line print a
//! change between two versions of the action programme: the field's name
//! and its typed value ([`plan_core::diff::FieldValue`]) in a language.

use plan_core::Language;
use plan_core::diff::{Field, FieldValue};

use crate::words::Words;

/// A field's name in `language`.
///
/// # Example
/// ```
/// use plan_core::{Language, diff::Field};
/// assert_eq!(plan_report::fields::name(Field::Deadline, Language::En), "deadline");
/// assert_eq!(plan_report::fields::name(Field::Cost, Language::Nn), "kostnad");
/// ```
pub fn name(field: Field, language: Language) -> String {
    Words { language, plan: language }.field_name(field)
}

/// A field's value in `language`: `–` for nothing, an amount as the
/// language writes it, a list joined with commas, a text, a deadline or an
/// id as written.
///
/// # Example
/// ```
/// use plan_core::{Kroner, Language, diff::FieldValue};
/// use plan_report::fields::value;
/// let cost = FieldValue::Cost(Some(Kroner::new(250_000)));
/// assert_eq!(value(&cost, Language::En), "NOK\u{a0}250,000");
/// assert_eq!(value(&cost, Language::Nb), "250\u{a0}000\u{a0}kr");
/// let responsible = FieldValue::List(vec!["RR".into(), "kommune".into()]);
/// assert_eq!(value(&responsible, Language::En), "RR, kommune", "a comma stays a comma");
/// assert_eq!(value(&FieldValue::Cost(None), Language::En), "–");
/// ```
pub fn value(value: &FieldValue, language: Language) -> String {
    Words { language, plan: language }.field_value(value)
}
