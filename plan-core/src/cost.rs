//! The year an action's cost falls in: one rule for every report that sums
//! planned costs by year (the period report's cost per year and the annual
//! report's budget).
//!
//! - A **one-off action** costs once, in the year its deadline ends, as the
//!   latest version of the programme that holds it states the deadline (and
//!   with that version's cost). A revision that moves the deadline moves the
//!   cost; it never counts it twice. The cost counts only when the programme
//!   in force in that year holds the action (an action a revision removed
//!   before its year is not planned in that year).
//! - A **yearly action** costs in every year it is in force, with the cost
//!   of the version in force that year.
//!
//! Only the versions in force up to a given year (the report's year) are
//! read, so a report never uses a revision that comes into force after it.

use crate::deadline::due_year;
use crate::money::Kroner;
use crate::plan::Action;
use crate::programme::Programme;

/// The cost of one action in one year, under the rule of [`planned_costs`].
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let costs = plan_core::cost::planned_costs(&folder.programme, 2021);
/// let first = &costs[0];
/// assert_eq!(first.year, 2021);
/// assert!(first.cost.get() > 0);
/// assert_eq!(first.yearly, first.action.deadline.is_recurring());
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedCost<'a> {
    /// The action as the version that decides its cost states it: the
    /// latest version that holds a one-off action, or the version in force
    /// in the year for a yearly action.
    pub action: &'a Action,
    /// The index of the action's lineage in [`Programme::lineages`]: the
    /// same for every year of a yearly action, one item per lineage for a
    /// one-off action.
    pub lineage: usize,
    /// The year the cost falls in.
    pub year: i32,
    /// The cost.
    pub cost: Kroner,
    /// True for a yearly action, which costs every year it is in force.
    pub yearly: bool,
    /// For a one-off action that an earlier version planned for an earlier
    /// year: the earliest such year (the cost was moved from it).
    pub moved_from: Option<i32>,
}

/// Every planned cost of the programme by the year it falls in, reading the
/// versions in force up to `until` (see the [module](self) for the rule),
/// sorted by year and then in the order the actions first appear.
///
/// Each one-off action with a stated cost appears at most once, so the sum
/// over any set of years never counts an action twice; a yearly action
/// appears once for each year up to `until` it is in force. A one-off
/// action's year may lie after `until` (a deadline beyond the report's
/// year); callers that sum years show what they leave out.
///
/// # Example
/// A one-off action due in 2025, moved to 2026 by the revision of 2026,
/// costs once, in 2026; a yearly action costs every year:
/// ```
/// use plan_core::programme::{Programme, ProgrammeVersion};
/// use plan_core::{Action, Kroner, cost::planned_costs};
/// let action = |id: &str, deadline: &str, cost: i64| Action {
///     id: id.into(), focus_area: "a".into(), theme: None, text: format!("Tiltak {id}"),
///     deadline: deadline.parse().unwrap(), responsible: vec![], cost: Some(Kroner::new(cost)),
///     note: String::new(), line: None,
/// };
/// let version = |first_year: i32, actions: Vec<Action>| ProgrammeVersion { first_year, file: "x.csv".into(), adoption: None, actions };
/// let programme = Programme { versions: vec![
///     version(2025, vec![action("K1", "2025", 300_000), action("K2", "Årleg", 10_000)]),
///     version(2026, vec![action("K1", "2026", 300_000), action("K2", "Årleg", 20_000)]),
/// ]};
/// let costs = planned_costs(&programme, 2026);
/// let by_year: Vec<(i32, &str, i64, Option<i32>)> =
///     costs.iter().map(|c| (c.year, c.action.id.as_str(), c.cost.get(), c.moved_from)).collect();
/// assert_eq!(by_year, [(2025, "K2", 10_000, None), (2026, "K1", 300_000, Some(2025)), (2026, "K2", 20_000, None)]);
/// // As the 2025 report knew it, K1 was planned in 2025.
/// assert_eq!(planned_costs(&programme, 2025).iter().map(|c| (c.year, c.cost.get())).collect::<Vec<_>>(),
///            [(2025, 300_000), (2025, 10_000)]);
/// ```
pub fn planned_costs(programme: &Programme, until: i32) -> Vec<PlannedCost<'_>> {
    let Some(last) = programme.index_in_force(until) else { return Vec::new() };
    let mut out = Vec::new();
    for (n, lineage) in programme.lineages().iter().enumerate() {
        // A yearly action: every year each version holds it as yearly.
        for (index, version) in programme.versions.iter().enumerate().take(last + 1) {
            let Some(action) = lineage.action(programme, index).filter(|a| a.deadline.is_recurring()) else { continue };
            let Some(cost) = action.cost else { continue };
            let to = programme.last_year(version, until).min(until);
            out.extend((version.first_year..=to).map(|year| PlannedCost {
                action,
                lineage: n,
                year,
                cost,
                yearly: true,
                moved_from: None,
            }));
        }
        // A one-off action: once, as the latest version that holds it says.
        let one_off = |index: usize| lineage.action(programme, index).filter(|a| !a.deadline.is_recurring());
        let Some(deciding) = (0..=last).rev().find(|&i| one_off(i).is_some()) else { continue };
        let Some(action) = one_off(deciding) else { continue };
        let (Some(cost), Some(year)) = (action.cost, due_year(&action.deadline)) else { continue };
        let in_force = programme.index_in_force(year).map(|i| i.min(last));
        let held = in_force.and_then(|i| lineage.positions.get(i).copied().flatten()).is_some();
        if !held {
            continue;
        }
        let moved_from = (0..deciding)
            .filter_map(|i| one_off(i).and_then(|a| due_year(&a.deadline)))
            .min()
            .filter(|&earlier| earlier < year);
        out.push(PlannedCost { action, lineage: n, year, cost, yearly: false, moved_from });
    }
    out.sort_by_key(|c| (c.year, c.lineage));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::programme::ProgrammeVersion;

    fn action(id: &str, deadline: &str, cost: Option<i64>) -> Action {
        Action {
            id: id.into(),
            focus_area: "a".into(),
            theme: None,
            text: format!("Tiltak nummer {id} med eigen tekst"),
            deadline: deadline.parse().expect("a deadline"),
            responsible: vec![],
            cost: cost.map(Kroner::new),
            note: String::new(),
            line: None,
        }
    }

    fn programme(versions: Vec<(i32, Vec<Action>)>) -> Programme {
        Programme {
            versions: versions
                .into_iter()
                .map(|(first_year, actions)| ProgrammeVersion {
                    first_year,
                    file: "x.csv".into(),
                    adoption: None,
                    actions,
                })
                .collect(),
        }
    }

    fn years(costs: &[PlannedCost<'_>]) -> Vec<(i32, String, i64)> {
        costs.iter().map(|c| (c.year, c.action.id.clone(), c.cost.get())).collect()
    }

    #[test]
    fn a_deadline_moved_twice_costs_once_in_its_latest_year() {
        let p = programme(vec![
            (2025, vec![action("K1", "2025", Some(100)), action("K2", "2026", Some(7))]),
            (2026, vec![action("K1", "Vår 2026", Some(100)), action("K2", "2026", Some(7))]),
            (2027, vec![action("K1", "2027", Some(120)), action("K2", "2026", Some(7))]),
        ]);
        let costs = planned_costs(&p, 2028);
        assert_eq!(years(&costs), [(2026, "K2".into(), 7), (2027, "K1".into(), 120)]);
        assert_eq!(costs[1].moved_from, Some(2025));
        assert_eq!(costs[0].moved_from, None);
        let total: i64 = costs.iter().map(|c| c.cost.get()).sum();
        assert_eq!(total, 127, "each action once, at its latest cost");
    }

    #[test]
    fn a_removed_action_costs_nothing_in_a_year_it_is_not_in_force() {
        let p = programme(vec![(2025, vec![action("K1", "2026", Some(100))]), (2026, vec![])]);
        assert!(planned_costs(&p, 2026).is_empty());
        // As the 2025 report knew it, K1 was planned in 2026.
        assert_eq!(years(&planned_costs(&p, 2025)), [(2026, "K1".into(), 100)]);
    }

    #[test]
    fn yearly_actions_cost_each_year_they_are_in_force_up_to_the_year() {
        let p = programme(vec![
            (2025, vec![action("Å", "Årleg", Some(10)), action("U", "2025", None)]),
            (2027, vec![action("Å", "Årleg", Some(20))]),
            (2029, vec![]),
        ]);
        assert_eq!(
            years(&planned_costs(&p, 2028)),
            [(2025, "Å".into(), 10), (2026, "Å".into(), 10), (2027, "Å".into(), 20), (2028, "Å".into(), 20)]
        );
        assert!(planned_costs(&p, 2024).is_empty(), "no programme in force");
    }
}
