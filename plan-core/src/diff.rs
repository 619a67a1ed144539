//! Comparing two versions of an action programme: actions added, removed and
//! changed, matched by id, and by the similarity of their texts where ids
//! are missing or renumbered.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::plan::Action;
use crate::text::fold;

/// How a changed action was matched between the versions.
///
/// # Example
/// ```
/// use plan_core::diff::{diff, MatchedBy};
/// let old = plan_core::load::load_actions(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal/tiltak.csv"))?.value;
/// let new = plan_core::load::load_actions(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal/handlingsprogram/2022.csv"))?.value;
/// let d = diff(&old, &new);
/// assert!(d.changed.iter().any(|c| c.matched_by == MatchedBy::Id));
/// assert_eq!(serde_json::to_string(&MatchedBy::Text).unwrap(), "\"text\"");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum MatchedBy {
    /// The same id in both versions.
    Id,
    /// Different ids, similar texts (renumbered).
    Text,
}

/// A field of an action, as the diff names it. Serializes as the field's
/// name in the action's JSON (`text`, `deadline`, `responsible`, `cost`,
/// `note`, `focus_area`, `theme`); fields are ordered by that name.
///
/// # Example
/// ```
/// use plan_core::diff::Field;
/// assert_eq!(serde_json::to_string(&Field::FocusArea).unwrap(), "\"focus_area\"");
/// assert_eq!(Field::Deadline.name(), "deadline");
/// assert!(Field::Cost < Field::Text, "in the order of their names");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The amount (`cost`).
    Cost,
    /// The deadline (`deadline`).
    Deadline,
    /// The focus area's id (`focus_area`).
    FocusArea,
    /// The note (`note`).
    Note,
    /// The responsible bodies (`responsible`).
    Responsible,
    /// What is to be done (`text`).
    Text,
    /// The theme's id (`theme`).
    Theme,
}

impl Field {
    /// The field's name, as the action's JSON and the diff's name it.
    ///
    /// # Example
    /// ```
    /// assert_eq!(plan_core::diff::Field::FocusArea.name(), "focus_area");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Field::Cost => "cost",
            Field::Deadline => "deadline",
            Field::FocusArea => "focus_area",
            Field::Note => "note",
            Field::Responsible => "responsible",
            Field::Text => "text",
            Field::Theme => "theme",
        }
    }
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The schema of a map keyed by field: its keys are strings.
impl schemars::JsonSchema for Field {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }

    fn inline_schema() -> bool {
        true
    }
}

/// A field's value in one version, typed: what the reports format in their
/// language and the JSON writes as the action's own JSON does (a string, a
/// list of strings, a whole number of kroner or `null`).
///
/// # Example
/// ```
/// use plan_core::diff::FieldValue;
/// let cost = FieldValue::Cost(Some(plan_core::Kroner::new(650_000)));
/// assert_eq!(serde_json::to_string(&cost).unwrap(), "650000");
/// let deadline = FieldValue::Deadline("Haust 2023".parse().unwrap());
/// assert_eq!(serde_json::to_string(&deadline).unwrap(), "\"Haust 2023\"", "as written");
/// assert_eq!(serde_json::to_string(&FieldValue::Id(None)).unwrap(), "null");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// A text as written (`text`, `note`).
    Text(String),
    /// A list of names (`responsible`).
    List(Vec<String>),
    /// A deadline; written as the text the programme has.
    Deadline(crate::Deadline),
    /// An amount, or none.
    Cost(Option<crate::Kroner>),
    /// An id (`focus_area`, `theme`), or none.
    Id(Option<String>),
}

impl FieldValue {
    /// True when the value says nothing: an empty text, list or id, or no
    /// amount (reports print `–`).
    ///
    /// # Example
    /// ```
    /// use plan_core::diff::FieldValue;
    /// assert!(FieldValue::Text(String::new()).is_empty() && FieldValue::Cost(None).is_empty());
    /// assert!(!FieldValue::List(vec!["RR".into()]).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        match self {
            FieldValue::Text(text) => text.is_empty(),
            FieldValue::List(items) => items.is_empty(),
            FieldValue::Deadline(deadline) => deadline.text().is_empty(),
            FieldValue::Cost(cost) => cost.is_none(),
            FieldValue::Id(id) => id.as_deref().is_none_or(str::is_empty),
        }
    }
}

impl Serialize for FieldValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FieldValue::Text(text) => serializer.serialize_str(text),
            FieldValue::List(items) => items.serialize(serializer),
            FieldValue::Deadline(deadline) => serializer.serialize_str(deadline.text()),
            FieldValue::Cost(cost) => cost.map(crate::Kroner::get).serialize(serializer),
            FieldValue::Id(id) => id.serialize(serializer),
        }
    }
}

/// Any JSON value, as the diff's schema has always said.
impl schemars::JsonSchema for FieldValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        serde_json::Value::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        serde_json::Value::json_schema(generator)
    }

    fn inline_schema() -> bool {
        true
    }
}

/// One field's old and new value.
///
/// # Example
/// ```
/// use plan_core::diff::{FieldChange, FieldValue};
/// let change = FieldChange { old: FieldValue::Text("Før".into()), new: FieldValue::Text("No".into()) };
/// assert_eq!(serde_json::to_string(&change).unwrap(), r#"{"old":"Før","new":"No"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct FieldChange {
    /// The value in the old version.
    pub old: FieldValue,
    /// The value in the new version.
    pub new: FieldValue,
}

/// An action present in both versions with different fields.
///
/// # Example
/// ```
/// use plan_core::diff::{ChangedAction, Field, FieldChange, FieldValue, MatchedBy};
/// let changed = ChangedAction {
///     id: "K9".into(),
///     old_id: Some("K1".into()),
///     matched_by: MatchedBy::Text,
///     fields: [(Field::Note, FieldChange { old: FieldValue::Text("2023".into()), new: FieldValue::Text("2024".into()) })].into(),
/// };
/// assert_eq!(
///     serde_json::to_string(&changed).unwrap(),
///     r#"{"id":"K9","old_id":"K1","matched_by":"text","fields":{"note":{"old":"2023","new":"2024"}}}"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ChangedAction {
    /// The id in the new version.
    pub id: String,
    /// The id in the old version, when the action was renumbered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_id: Option<String>,
    /// How it was matched.
    pub matched_by: MatchedBy,
    /// The changed fields by name: `text`, `deadline`, `responsible`,
    /// `cost`, `note`, `focus_area`, `theme`.
    pub fields: BTreeMap<Field, FieldChange>,
}

/// The difference between two versions of an action programme.
///
/// # Example
/// ```
/// let old = plan_core::load::load_actions(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal/tiltak.csv"))?.value;
/// let new = plan_core::load::load_actions(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal/handlingsprogram/2022.csv"))?.value;
/// let d = plan_core::diff::diff(&old, &new);
/// let json = serde_json::to_value(&d).unwrap();
/// assert_eq!(json["added"].as_array().unwrap().len(), d.added.len());
/// assert!(!d.changed.is_empty());
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, schemars::JsonSchema)]
pub struct ActionDiff {
    /// Actions only in the new version.
    pub added: Vec<Action>,
    /// Actions only in the old version.
    pub removed: Vec<Action>,
    /// Actions in both, with changes.
    pub changed: Vec<ChangedAction>,
}

impl ActionDiff {
    /// True when nothing changed.
    ///
    /// # Example
    /// ```
    /// let actions = plan_core::load::load_actions(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal/tiltak.csv"))?.value;
    /// assert!(plan_core::diff::diff(&actions, &actions).is_empty());
    /// assert!(!plan_core::diff::diff(&actions, &actions[1..]).is_empty());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// Texts at least this similar (weighted Dice coefficient over their words)
/// are the same action renumbered.
///
/// # Example
/// ```
/// assert!(plan_core::diff::SIMILARITY > 0.5 && plan_core::diff::SIMILARITY < 1.0);
/// ```
pub const SIMILARITY: f64 = 0.6;

/// Nynorsk and Bokmål function words, left out when comparing texts.
const STOP_WORDS: [&str; 24] = [
    "eit", "ein", "ett", "for", "til", "med", "som", "fra", "det", "dei", "den", "alle", "kvar", "hver", "meir", "mer",
    "ved", "under", "over", "mot", "sin", "sine", "seg", "har",
];

/// Compares two versions of an action programme.
///
/// Actions are matched by id first. The rest are matched by text: each
/// pair's similarity is the Dice coefficient of their sets of words (case
/// and diacritics ignored, function words left out), each word weighted by
/// how rare it is across both versions, so that shared common words such as
/// the region's name count little. Pairs of at least [`SIMILARITY`] are
/// matched best first. What is left is added or removed.
///
/// # Example
/// ```
/// use plan_core::{Action, Deadline};
/// use plan_core::diff::diff;
/// let action = |id: &str, text: &str, deadline: &str| Action {
///     id: id.into(), focus_area: "klima".into(), theme: None, text: text.into(),
///     deadline: deadline.parse().unwrap(), responsible: vec!["RR".into()], cost: None, note: String::new(), line: None,
/// };
/// let old = [action("K1", "Etablere sortering på alt avfall", "2023")];
/// let new = [action("K9", "Etablere sortering på alt avfall i regionen", "2024")];
/// let d = diff(&old, &new);
/// assert_eq!(d.changed[0].old_id.as_deref(), Some("K1"));
/// assert_eq!(serde_json::to_value(&d.changed[0].fields[&plan_core::diff::Field::Deadline].new).unwrap(), "2024");
/// ```
pub fn diff(old: &[Action], new: &[Action]) -> ActionDiff {
    let new_by_id: HashMap<&str, usize> = new.iter().enumerate().map(|(i, a)| (a.id.as_str(), i)).collect();
    let mut pairs: Vec<(usize, usize, MatchedBy)> = Vec::new();
    let mut old_left: Vec<usize> = Vec::new();
    let mut new_used = vec![false; new.len()];
    for (i, a) in old.iter().enumerate() {
        match new_by_id.get(a.id.as_str()) {
            Some(&j) if !a.id.is_empty() && !new_used[j] => {
                new_used[j] = true;
                pairs.push((i, j, MatchedBy::Id));
            }
            _ => old_left.push(i),
        }
    }
    let new_left: Vec<usize> = (0..new.len()).filter(|&j| !new_used[j]).collect();
    for (i, j) in match_by_text(old, new, &old_left, &new_left) {
        new_used[j] = true;
        pairs.push((i, j, MatchedBy::Text));
    }
    let old_used: HashSet<usize> = pairs.iter().map(|p| p.0).collect();
    let mut changed: Vec<(usize, ChangedAction)> = pairs
        .into_iter()
        .filter_map(|(i, j, by)| {
            let fields = changed_fields(&old[i], &new[j]);
            let renumbered = old[i].id != new[j].id;
            (!fields.is_empty() || renumbered).then(|| {
                (
                    j,
                    ChangedAction {
                        id: new[j].id.clone(),
                        old_id: renumbered.then(|| old[i].id.clone()),
                        matched_by: by,
                        fields,
                    },
                )
            })
        })
        .collect();
    changed.sort_by_key(|(j, _)| *j);
    ActionDiff {
        added: new.iter().enumerate().filter(|(j, _)| !new_used[*j]).map(|(_, a)| a.clone()).collect(),
        removed: old.iter().enumerate().filter(|(i, _)| !old_used.contains(i)).map(|(_, a)| a.clone()).collect(),
        changed: changed.into_iter().map(|(_, c)| c).collect(),
    }
}

fn changed_fields(old: &Action, new: &Action) -> BTreeMap<Field, FieldChange> {
    let mut fields = BTreeMap::new();
    let mut field = |name: Field, a: FieldValue, b: FieldValue| {
        if a != b {
            fields.insert(name, FieldChange { old: a, new: b });
        }
    };
    field(Field::Text, FieldValue::Text(old.text.clone()), FieldValue::Text(new.text.clone()));
    // A deadline changed when what it means changed, not its spelling.
    if old.deadline.when() != new.deadline.when() {
        field(Field::Deadline, FieldValue::Deadline(old.deadline.clone()), FieldValue::Deadline(new.deadline.clone()));
    }
    field(Field::Responsible, FieldValue::List(old.responsible.clone()), FieldValue::List(new.responsible.clone()));
    field(Field::Cost, FieldValue::Cost(old.cost), FieldValue::Cost(new.cost));
    field(Field::Note, FieldValue::Text(old.note.clone()), FieldValue::Text(new.note.clone()));
    field(Field::FocusArea, FieldValue::Id(Some(old.focus_area.clone())), FieldValue::Id(Some(new.focus_area.clone())));
    field(Field::Theme, FieldValue::Id(old.theme.clone()), FieldValue::Id(new.theme.clone()));
    fields
}

/// The words of a text, folded, without the shortest ones and function
/// words, in sorted order: every sum of word weights is taken in the same
/// order in every process, so a score near the threshold or a tie never
/// depends on hash order.
fn words(text: &str) -> BTreeSet<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2 && !STOP_WORDS.contains(w))
        .map(str::to_string)
        .collect()
}

/// Best-first matching of the unmatched actions by text similarity. Pairs
/// are found through the words they share (an inverted index), so large
/// programmes compare quickly.
fn match_by_text(old: &[Action], new: &[Action], old_left: &[usize], new_left: &[usize]) -> Vec<(usize, usize)> {
    if old_left.is_empty() || new_left.is_empty() {
        return Vec::new();
    }
    let new_words: Vec<BTreeSet<String>> = new_left.iter().map(|&j| words(&new[j].text)).collect();
    let old_words: Vec<BTreeSet<String>> = old_left.iter().map(|&i| words(&old[i].text)).collect();
    // Inverse document frequency over both versions' unmatched texts.
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for set in new_words.iter().chain(&old_words) {
        for w in set {
            *frequency.entry(w.as_str()).or_default() += 1;
        }
    }
    let documents = (new_words.len() + old_words.len()) as f64;
    let weight = |w: &str| libm::log((documents + 1.0) / (frequency.get(w).copied().unwrap_or(0) as f64 + 1.0)) + 1.0;
    let total = |set: &BTreeSet<String>| set.iter().map(|w| weight(w)).sum::<f64>();
    // Candidates are found through the rarer words only (common words weigh
    // little and would make every pair a candidate); each candidate's score
    // then counts every shared word.
    let rare_limit = (documents as usize / 50).max(20);
    let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, set) in new_words.iter().enumerate() {
        for w in set {
            if frequency.get(w.as_str()).copied().unwrap_or(0) <= rare_limit {
                index.entry(w.as_str()).or_default().push(k);
            }
        }
    }
    let new_totals: Vec<f64> = new_words.iter().map(total).collect();
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (n, &i) in old_left.iter().enumerate() {
        let set = &old_words[n];
        let own = total(set);
        let mut seen: HashSet<usize> = HashSet::new();
        for w in set {
            for &k in index.get(w.as_str()).map(Vec::as_slice).unwrap_or_default() {
                if !seen.insert(k) {
                    continue;
                }
                let common: f64 = set.intersection(&new_words[k]).map(|w| weight(w)).sum();
                let sum = own + new_totals[k];
                let score = if sum == 0.0 { 0.0 } else { 2.0 * common / sum };
                if score >= SIMILARITY {
                    candidates.push((score, i, new_left[k]));
                }
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut old_taken, mut new_taken) = (HashSet::new(), HashSet::new());
    let mut out = Vec::new();
    for (_, i, j) in candidates {
        if !old_taken.contains(&i) && !new_taken.contains(&j) {
            old_taken.insert(i);
            new_taken.insert(j);
            out.push((i, j));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn action(id: &str, text: &str, deadline: &str, cost: Option<i64>) -> Action {
        Action {
            id: id.into(),
            focus_area: "klima".into(),
            theme: None,
            text: text.into(),
            deadline: deadline.parse().expect("deadline"),
            responsible: vec!["RR".into()],
            cost: cost.map(crate::Kroner::new),
            note: String::new(),
            line: None,
        }
    }

    #[test]
    fn finds_added_removed_changed_and_renumbered() {
        let old = [
            action("A", "Utarbeide felles klimaplan i regionen", "2022", None),
            action("B", "Få på plass ein klimakoordinator i regionen", "2022", Some(500_000)),
            action("C", "Påverke produsentane til meir klimavennleg asfalt", "2022", None),
            action("D", "Delta i klima Viken", "2021", None),
        ];
        let new = [
            action("A", "Utarbeide felles klimaplan i regionen", "2022", None),
            action("B", "Få på plass ein klimakoordinator i regionen", "2023", Some(650_000)),
            action("X7", "Påverke produsentane til meir klimavennleg asfalt og betong", "2022", None),
            action("E", "Kartlegge ladeinfrastruktur", "2023", None),
        ];
        let d = diff(&old, &new);
        assert_eq!(d.added.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["E"]);
        assert_eq!(d.removed.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(), ["D"]);
        assert_eq!(d.changed.len(), 2);
        assert_eq!(d.changed[0].id, "B");
        assert_eq!(d.changed[0].fields.keys().collect::<Vec<_>>(), [&Field::Cost, &Field::Deadline]);
        assert_eq!(
            d.changed[0].fields[&Field::Cost],
            FieldChange {
                old: FieldValue::Cost(Some(crate::Kroner::new(500_000))),
                new: FieldValue::Cost(Some(crate::Kroner::new(650_000)))
            }
        );
        assert_eq!(
            (d.changed[1].id.as_str(), d.changed[1].old_id.as_deref(), d.changed[1].matched_by),
            ("X7", Some("C"), MatchedBy::Text)
        );
        assert_eq!(d.changed[1].fields.keys().collect::<Vec<_>>(), [&Field::Text]);
        let json = serde_json::to_value(&d).expect("json");
        assert_eq!(json["changed"][0]["fields"]["deadline"], json!({"old": "2022", "new": "2023"}));
        assert_eq!(json["added"][0]["deadline"]["kind"], "year");
    }

    #[test]
    fn the_same_deadline_written_differently_is_no_change() {
        let d = diff(&[action("A", "x", "Årleg", None)], &[action("A", "x", "Årlig", None)]);
        assert!(d.is_empty());
    }
}
