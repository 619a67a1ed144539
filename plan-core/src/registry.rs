//! Norway's municipalities as built in: the 357 of 1 January 2024
//! (`plan-core/data/kommunar-2024.csv`) and SSB's list of every code change
//! since 1972 (classification 131, `plan-core/data/kommuneendringar-1971-2025.csv`).
//! From the two, the municipalities of any date since 1972: the list of
//! 2024 with the changes after the date undone (and changes after 2024 in
//! the user's lists applied).
//!
//! Every command follows municipalities through the built-in change list,
//! merged with the plan's own lists and `--changes` files (see
//! [`CodeChanges::merge`]); `check` names a code that is no municipality,
//! or another municipality's, at the start of the plan period.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::population::reform::CodeChanges;
use crate::region::{Municipality, MunicipalityCode};

/// The built-in change list's file name (see [`CodeChanges::built_in`]).
///
/// # Example
/// ```
/// assert_eq!(plan_core::registry::CHANGES_FILE, "kommuneendringar-1971-2025.csv");
/// ```
pub use crate::population::reform::CHANGES_FILE;

/// Norway's 357 municipalities on 1 January 2024: `kommunenummer,kommune`.
const MUNICIPALITIES_2024: &str = include_str!("../data/kommunar-2024.csv");

/// The date the list of municipalities is valid on.
fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default()
}

/// Norway's municipalities on 1 January 2024, in code order.
///
/// # Example
/// ```
/// let all = plan_core::registry::municipalities_2024();
/// assert_eq!(all.len(), 357);
/// assert_eq!((all[0].code.as_str(), all[0].name.as_str()), ("0301", "Oslo"));
/// ```
pub fn municipalities_2024() -> &'static [Municipality] {
    static LIST: OnceLock<Vec<Municipality>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list: Vec<Municipality> = MUNICIPALITIES_2024
            .lines()
            .skip(1)
            .filter_map(|line| {
                let (code, name) = line.split_once(',')?;
                Some(Municipality { code: code.parse().ok()?, name: name.trim().to_string() })
            })
            .collect();
        list.sort();
        list
    })
}

/// True if the code has been a municipality's at some date since 1972, by
/// the built-in lists or `changes`.
///
/// # Example
/// ```
/// use plan_core::registry::known;
/// let changes = plan_core::population::reform::CodeChanges::built_in();
/// assert!(known("0516".parse()?, changes), "Nord-Fron before 2020");
/// assert!(!known("4031".parse()?, changes));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn known(code: MunicipalityCode, changes: &CodeChanges) -> bool {
    municipalities_2024().iter().any(|m| m.code == code)
        || [CodeChanges::built_in(), changes]
            .iter()
            .any(|list| list.changes.iter().any(|c| c.old.code == code || c.new.code == code))
}

/// The municipalities on `date`, by code, with their names then: the list
/// of 2024 with the changes of `changes` after `date` undone (and those
/// between 2024 and `date` applied). Pass the built-in list
/// ([`CodeChanges::built_in`]) or a plan's merged list.
///
/// # Example
/// ```
/// use plan_core::{population::reform::CodeChanges, registry::municipalities_at};
/// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
/// assert_eq!(municipalities_at(CodeChanges::built_in(), d(2024)).len(), 357);
/// assert_eq!(municipalities_at(CodeChanges::built_in(), d(2020)).len(), 356);
/// assert_eq!(municipalities_at(CodeChanges::built_in(), d(2017)).len(), 426);
/// let at_2020 = municipalities_at(CodeChanges::built_in(), d(2020));
/// assert_eq!(at_2020.get(&"3436".parse()?).map(String::as_str), Some("Nord-Fron"));
/// assert_eq!(at_2020.get(&"3437".parse()?).map(String::as_str), Some("Sel"));
/// assert_eq!(municipalities_at(CodeChanges::built_in(), d(2019)).get(&"0616".parse()?).map(String::as_str), Some("Nes (Buskerud)"));
/// # Ok::<(), plan_core::Error>(())
/// ```
pub fn municipalities_at(changes: &CodeChanges, date: NaiveDate) -> BTreeMap<MunicipalityCode, String> {
    let base = base_date();
    let mut map: BTreeMap<MunicipalityCode, String> =
        municipalities_2024().iter().map(|m| (m.code, m.name.clone())).collect();
    let dates: std::collections::BTreeSet<NaiveDate> = changes.changes.iter().map(|c| c.date).collect();
    // A name a change leaves empty is kept from what the map knew.
    let put = |map: &mut BTreeMap<MunicipalityCode, String>, code, name: &str, known: &BTreeMap<_, String>| {
        let name = if name.is_empty() { known.get(&code).cloned().unwrap_or_default() } else { name.to_string() };
        map.insert(code, name);
    };
    // Backwards from 2024: undo each day's changes after `date`.
    for day in dates.iter().rev().filter(|d| **d > date && **d <= base) {
        let rows: Vec<_> = changes.changes.iter().filter(|c| c.date == *day).collect();
        let before = map.clone();
        for row in &rows {
            map.remove(&row.new.code);
        }
        for row in &rows {
            put(&mut map, row.old.code, &row.old.name, &before);
        }
    }
    // Forwards from 2024: apply each day's changes up to `date`.
    for day in dates.iter().filter(|d| **d > base && **d <= date) {
        let rows: Vec<_> = changes.changes.iter().filter(|c| c.date == *day).collect();
        let before = map.clone();
        for row in &rows {
            map.remove(&row.old.code);
        }
        for row in &rows {
            put(&mut map, row.new.code, &row.new.name, &before);
        }
    }
    map
}

/// The folded forms a municipality's name is known by (see
/// [`crate::text::fold`]): the name, the name without SSB's qualifier
/// (`Nes (Buskerud)` is Nes) and each part of a name in several languages
/// (`Unjárga - Nesseby` is also Nesseby).
///
/// # Example
/// ```
/// use plan_core::registry::name_forms;
/// assert_eq!(name_forms("Nes (Buskerud)"), ["nes (buskerud)", "nes"]);
/// assert_eq!(name_forms("Unjárga - Nesseby"), ["unjarga nesseby", "unjarga", "nesseby"]);
/// ```
pub fn name_forms(name: &str) -> Vec<String> {
    let mut out = vec![crate::text::fold(name)];
    let mut add = |form: &str| {
        let form = crate::text::fold(form);
        if !form.is_empty() && !out.contains(&form) {
            out.push(form);
        }
    };
    let name = name.trim();
    let bare = match name.find(" (") {
        Some(i) if name.ends_with(')') => &name[..i],
        _ => name,
    };
    add(bare);
    if bare.contains(" - ") {
        for part in bare.split(" - ") {
            add(part);
        }
    }
    out
}

/// True when `written` is one of the forms of `name` (see [`name_forms`]).
///
/// # Example
/// ```
/// use plan_core::registry::same_name;
/// assert!(same_name("NESSEBY", "Unjárga - Nesseby"));
/// assert!(same_name("Nes", "Nes (Buskerud)"));
/// assert!(same_name("Nord Fron", "Nord-Fron"), "hyphens and spaces are one");
/// assert!(!same_name("Nordfron", "Nord-Fron"), "a spelling variant is not the name");
/// ```
pub fn same_name(written: &str, name: &str) -> bool {
    let written = crate::text::fold(written);
    name_forms(name).contains(&written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_list_reads() {
        assert_eq!(municipalities_2024().len(), 357);
    }

    #[test]
    fn municipalities_of_each_reform() {
        let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).expect("date");
        for (year, count) in [(1977, 453), (2002, 434), (2010, 430), (2018, 422), (2019, 422), (2020, 356), (2023, 356)]
        {
            assert_eq!(municipalities_at(CodeChanges::built_in(), d(year)).len(), count, "{year}");
        }
    }
}
