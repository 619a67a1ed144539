//! The action programme through the plan's life: the programme as first
//! adopted and each later revision, each in force from its first year.
//!
//! A plan folder keeps the history in file names: `tiltak.csv` is the
//! programme in force from the plan period's first year, and
//! `handlingsprogram/YEAR.csv` (or `.xlsx`) is a revision in force from
//! `YEAR`, with the decision that adopted it in `handlingsprogram/YEAR.toml`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::money::Kroner;
use crate::plan::Action;

/// The decision that adopted a version of the action programme
/// (`handlingsprogram/YEAR.toml`).
///
/// # Example
/// ```
/// use plan_core::programme::Adoption;
/// let adoption: Adoption = toml::from_str("adopted = 2021-11-25\ncase = \"45/21\"\nbody = \"Tinget\"\n").unwrap();
/// assert_eq!(adoption.date.to_string(), "2021-11-25");
/// assert_eq!(adoption.to_string(), "Tinget, sak 45/21, 25. november 2021");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Adoption {
    /// The date of the decision.
    #[serde(rename = "adopted", with = "crate::date_serde")]
    #[schemars(with = "NaiveDate")]
    pub date: NaiveDate,
    /// The case number, such as `45/21`.
    pub case: String,
    /// The body that adopted it, such as the regional assembly.
    pub body: String,
    /// A remark kept with the decision (for example that it is illustrative).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl std::fmt::Display for Adoption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, sak {}, {}", self.body, self.case, crate::calendar::format_date_nn(self.date))
    }
}

/// One version of the action programme.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let first = folder.programme.in_force(2021).unwrap();
/// assert_eq!((first.first_year, first.actions.len()), (2021, 26));
/// assert_eq!(first.file, "tiltak.csv");
/// assert_eq!(folder.programme.in_force(2023).unwrap().file, "handlingsprogram/2023.csv");
/// assert!(first.adoption.is_none(), "the draft's programme has no decision");
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ProgrammeVersion {
    /// The first year the version is in force.
    pub first_year: i32,
    /// The file the actions were read from, relative to the plan folder
    /// (`tiltak.csv`, `handlingsprogram/2022.csv`; see
    /// [`PlanFolder::path`](crate::PlanFolder::path) for where it is).
    pub file: String,
    /// The decision that adopted it, when the folder records one.
    pub adoption: Option<Adoption>,
    /// The actions, in the file's order.
    pub actions: Vec<Action>,
}

impl ProgrammeVersion {
    /// The action with this id.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let version = folder.programme.in_force(2021).unwrap();
    /// assert_eq!(version.action("KLIMA-04").map(|a| a.deadline.text()), Some("2022"));
    /// assert!(version.action("NO-SUCH").is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn action(&self, id: &str) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    /// The actions of one focus area, in order.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme.in_force(2021).unwrap().actions_in("klima").count(), 8);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn actions_in<'a>(&'a self, focus_area: &'a str) -> impl Iterator<Item = &'a Action> + 'a {
        self.actions.iter().filter(move |a| a.focus_area == focus_area)
    }

    /// The sum of all stated costs.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme.in_force(2021).unwrap().total_cost().get(), 1_060_000);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn total_cost(&self) -> Kroner {
        self.actions.iter().filter_map(|a| a.cost).sum()
    }
}

/// Every version of the action programme, in the order of their first year.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let years: Vec<i32> = folder.programme.versions.iter().map(|v| v.first_year).collect();
/// assert_eq!(years, [2021, 2022, 2023, 2024]);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Programme {
    /// The versions, by first year.
    pub versions: Vec<ProgrammeVersion>,
}

impl Programme {
    /// The version in force in `year`: the latest whose first year is not
    /// after it.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme.in_force(2022).map(|v| v.first_year), Some(2022));
    /// assert_eq!(folder.programme.in_force(2030).map(|v| v.first_year), Some(2024));
    /// assert!(folder.programme.in_force(2020).is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn in_force(&self, year: i32) -> Option<&ProgrammeVersion> {
        self.index_in_force(year).map(|i| &self.versions[i])
    }

    /// The index in [`Programme::versions`] of the version in force in
    /// `year`.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme.index_in_force(2023), Some(2));
    /// assert_eq!(folder.programme.index_in_force(2020), None);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn index_in_force(&self, year: i32) -> Option<usize> {
        self.versions.iter().rposition(|v| v.first_year <= year)
    }

    /// The revision that comes into force in `year + 1`, if the history
    /// holds one.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme.next_after(2021).map(|v| v.first_year), Some(2022));
    /// assert!(folder.programme.next_after(2024).is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn next_after(&self, year: i32) -> Option<&ProgrammeVersion> {
        self.versions.iter().find(|v| v.first_year == year + 1)
    }

    /// The first version (the programme as first adopted).
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme.first().map(|v| v.actions.len()), Some(26));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn first(&self) -> Option<&ProgrammeVersion> {
        self.versions.first()
    }

    /// The latest version.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert_eq!(folder.programme.latest().map(|v| v.first_year), Some(2024));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn latest(&self) -> Option<&ProgrammeVersion> {
        self.versions.last()
    }

    /// The last year a version is in force: the year before the next
    /// version, or `period_last` for the latest.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let first = folder.programme.first().unwrap();
    /// assert_eq!(folder.programme.last_year(first, 2024), 2021);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn last_year(&self, version: &ProgrammeVersion, period_last: i32) -> i32 {
        self.versions.iter().find(|v| v.first_year > version.first_year).map_or(period_last, |v| v.first_year - 1)
    }
}

/// One action followed through the versions of the programme: by id, and by
/// text where a revision renumbered it (as [`crate::diff::diff`] matches
/// them). An action that a revision removes and a later one brings back is
/// two lineages.
///
/// # Example
/// ```
/// use plan_core::programme::{Programme, ProgrammeVersion};
/// use plan_core::Action;
/// let action = |id: &str, text: &str| Action {
///     id: id.into(), focus_area: "a".into(), theme: None, text: text.into(),
///     deadline: "2026".parse().unwrap(), responsible: vec![], cost: None, note: String::new(), line: None,
/// };
/// let version = |first_year: i32, actions: Vec<Action>| ProgrammeVersion { first_year, file: "x.csv".into(), adoption: None, actions };
/// let programme = Programme { versions: vec![
///     version(2025, vec![action("K1", "Sortere alt avfall i heile dalen"), action("K2", "Kartleggje utsleppa")]),
///     version(2026, vec![action("K9", "Sortere alt avfall i heile dalen")]),
/// ]};
/// let lineages = programme.lineages();
/// assert_eq!(lineages.len(), 2);
/// assert_eq!(lineages[0].positions, [Some(0), Some(0)], "K1 renumbered K9");
/// assert_eq!(lineages[0].action(&programme, 1).map(|a| a.id.as_str()), Some("K9"));
/// assert_eq!(lineages[1].positions, [Some(1), None], "K2 removed in 2026");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lineage {
    /// The action's index in each version's actions (by the index of
    /// [`Programme::versions`]), `None` where that version does not hold it.
    pub positions: Vec<Option<usize>>,
}

impl Lineage {
    /// The action as version `version` (an index of
    /// [`Programme::versions`]) states it, when that version holds it.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let lineages = folder.programme.lineages();
    /// let first = &lineages[0];
    /// assert_eq!(first.action(&folder.programme, 0).map(|a| a.id.as_str()), Some("NAER-01"));
    /// assert!(first.action(&folder.programme, 99).is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn action<'a>(&self, programme: &'a Programme, version: usize) -> Option<&'a Action> {
        let position = (*self.positions.get(version)?)?;
        programme.versions.get(version)?.actions.get(position)
    }

    /// The action as the latest version that holds it states it.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let lineages = folder.programme.lineages();
    /// assert!(lineages.iter().any(|l| l.latest(&folder.programme).is_some_and(|a| a.id == "KLIMA-10")));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn latest<'a>(&self, programme: &'a Programme) -> Option<&'a Action> {
        (0..self.positions.len()).rev().find_map(|version| self.action(programme, version))
    }
}

impl Programme {
    /// Every action of every version followed through the versions (see
    /// [`Lineage`]), in the order they first appear.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let lineages = folder.programme.lineages();
    /// // KLIMA-08 of 2021 is KLIMA-10 from 2022: one lineage.
    /// let klima = lineages.iter().find(|l| l.action(&folder.programme, 0).is_some_and(|a| a.id == "KLIMA-08")).unwrap();
    /// assert_eq!(klima.action(&folder.programme, 1).map(|a| a.id.as_str()), Some("KLIMA-10"));
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn lineages(&self) -> Vec<Lineage> {
        let count = self.versions.len();
        let mut lineages: Vec<Lineage> = Vec::new();
        // The lineage of each id of the previous version.
        let mut current: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
        for (index, version) in self.versions.iter().enumerate() {
            let renumbered: std::collections::BTreeMap<String, String> =
                match index.checked_sub(1).and_then(|i| self.versions.get(i)) {
                    Some(previous) => crate::diff::diff(&previous.actions, &version.actions)
                        .changed
                        .into_iter()
                        .filter_map(|c| c.old_id.map(|old| (c.id, old)))
                        .collect(),
                    None => std::collections::BTreeMap::new(),
                };
            let mut next = std::collections::BTreeMap::new();
            for (position, action) in version.actions.iter().enumerate() {
                let earlier = renumbered
                    .get(&action.id)
                    .and_then(|old| current.get(old.as_str()))
                    .or_else(|| current.get(action.id.as_str()))
                    .copied()
                    .filter(|&l| lineages[l].positions[index].is_none());
                let lineage = earlier.unwrap_or_else(|| {
                    lineages.push(Lineage { positions: vec![None; count] });
                    lineages.len() - 1
                });
                lineages[lineage].positions[index] = Some(position);
                next.insert(action.id.as_str(), lineage);
            }
            current = next;
        }
        lineages
    }
}
