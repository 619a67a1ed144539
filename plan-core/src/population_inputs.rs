//! What population figures are computed from — the population table, the
//! municipal code changes and the plan's population goals — gathered once
//! for the reports, the commands and the library's population JSON.

use std::path::Path;

use chrono::NaiveDate;

use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::files::outside_name;
use crate::folder::PlanFolder;
use crate::load::Loaded;
use crate::plan::Plan;
use crate::population::PopulationTable;
use crate::population::checks::check_table;
use crate::population::figures::{ChangeFigures, FiguresJson};
use crate::population::goal::{GoalJson, population_goals};
use crate::population::read::read_population_file;
use crate::population::reform::CodeChanges;
use crate::region::Region;
use crate::source::read_bytes;

/// The population inputs: the table and the code changes that follow its
/// municipalities through reforms.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let inputs = plan_core::population_inputs::PopulationInputs::of(&folder);
/// assert_eq!(inputs.table.dates().len(), 10, "the plan's SSB series 2015–2024");
/// assert!(inputs.changes.files.iter().any(|f| f.built_in));
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PopulationInputs {
    /// The population table: the plan's statistics files (`[statistics]`),
    /// else its own table (`befolkning.csv`); or the tables given, with the
    /// areas of the plan's own table where they have none.
    pub table: PopulationTable,
    /// The code changes: the built-in list with the plan's lists merged
    /// over it, then the lists given.
    pub changes: CodeChanges,
}

/// Population figures as computed from [`PopulationInputs`]: the change
/// between two dates, the plan's population goals, and the findings.
///
/// # Example
/// ```
/// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
/// let inputs = plan_core::population_inputs::PopulationInputs::of(&folder);
/// let computed = inputs.figures(Some(&folder.plan), &folder.plan.meta.region, None, None, plan_core::Language::En)?;
/// assert_eq!(computed.figures.region.to, 21571);
/// assert_eq!(computed.goals.len(), 1);
/// # Ok::<(), plan_core::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct PopulationFigures {
    /// The change between the two dates.
    pub figures: ChangeFigures,
    /// The plan's result goals measured by the region's population,
    /// evaluated at the later date.
    pub goals: Vec<GoalJson>,
    /// Findings: those about the table, and the cut of a history that
    /// cannot be followed back to the table's first date.
    pub diagnostics: Vec<Diagnostic>,
}

impl PopulationInputs {
    /// The inputs of a plan folder, as the reports use them.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let inputs = plan_core::population_inputs::PopulationInputs::of(&folder);
    /// assert_eq!(&inputs.table, folder.follow_up_table());
    /// assert_eq!(inputs.changes, folder.code_changes);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn of(folder: &PlanFolder) -> PopulationInputs {
        PopulationInputs { table: folder.follow_up_table().clone(), changes: folder.code_changes.clone() }
    }

    /// The inputs of a plan folder (if any) with population tables and
    /// change lists given from outside it, each named by its file name alone
    /// ([`outside_name`]). With no tables given, the folder's table
    /// ([`PopulationInputs::of`]); tables given are merged, and take the
    /// areas of the folder's own table where they have none. Change lists
    /// given are merged over the folder's (or, without a folder, the
    /// built-in list). The warnings are those of reading the tables given.
    ///
    /// # Errors
    /// [`Error::Io`] for a file that cannot be read, [`Error::Invalid`] for
    /// a table or change list that cannot be read.
    ///
    /// # Example
    /// ```
    /// use plan_core::population_inputs::PopulationInputs;
    /// let dir = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"));
    /// let folder = plan_core::PlanFolder::load(dir)?.value;
    /// let ssb = dir.join("folketal-ssb-07459-2015-2024.csv");
    /// let loaded = PopulationInputs::load(Some(&folder), &[ssb.as_path()], &[])?;
    /// assert!(loaded.value.table.sources[0].starts_with("folketal-ssb-07459-2015-2024.csv"));
    /// assert!(loaded.value.table.area(&"3042".parse()?).is_some(), "areas from befolkning.csv");
    /// let alone = PopulationInputs::load(None, &[ssb.as_path()], &[])?.value;
    /// assert!(alone.table.area(&"3042".parse()?).is_none());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn load(
        folder: Option<&PlanFolder>,
        tables: &[&Path],
        change_lists: &[&Path],
    ) -> Result<Loaded<PopulationInputs>> {
        let mut diagnostics = Vec::new();
        let table = match folder {
            Some(folder) if tables.is_empty() => folder.follow_up_table().clone(),
            _ => {
                let mut merged = PopulationTable::default();
                for path in tables {
                    let (table, warnings) = read_population_file(path, &outside_name(path))?;
                    diagnostics.extend(warnings);
                    merged.merge(table);
                }
                // Areas are known from the plan's own table when the tables lack them.
                for area in folder.iter().flat_map(|f| &f.population.areas) {
                    if merged.area(&area.code).is_none() {
                        merged.areas.push(area.clone());
                    }
                }
                merged
            }
        };
        let mut changes = match folder {
            Some(folder) => folder.code_changes.clone(),
            None => CodeChanges::built_in().clone(),
        };
        for path in change_lists {
            changes.merge(CodeChanges::read(&outside_name(path), &read_bytes(path)?)?);
        }
        Ok(Loaded { value: PopulationInputs { table, changes }, diagnostics })
    }

    /// The findings about the table: stated totals against their parts
    /// ([`check_table`]).
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// assert!(plan_core::population_inputs::PopulationInputs::of(&folder).check().is_empty());
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn check(&self) -> Vec<Diagnostic> {
        check_table(&self.table)
    }

    /// The figures for `region` from `from` to `to` (by default the table's
    /// last date) with the goals of `plan` (none without a plan). Without
    /// `from`, the history goes back as far as the region can be followed
    /// from the table's first date, a cut said in one warning. The findings
    /// are [`PopulationInputs::check`]'s, then the cut.
    ///
    /// # Errors
    /// [`Error::Invalid`] for a table with no dates, or one whose findings
    /// hold an error; as [`ChangeFigures::compute`] for a region the table
    /// cannot give figures for.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let inputs = plan_core::population_inputs::PopulationInputs::of(&folder);
    /// let d = |y| chrono::NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
    /// let region = &folder.plan.meta.region;
    /// let computed = inputs.figures(None, region, Some(d(2021)), Some(d(2024)), plan_core::Language::En)?;
    /// assert_eq!((computed.figures.from, computed.figures.to), (d(2021), d(2024)));
    /// assert!(computed.goals.is_empty(), "no plan, no goals");
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn figures(
        &self,
        plan: Option<&Plan>,
        region: &Region,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        language: crate::Language,
    ) -> Result<PopulationFigures> {
        let mut diagnostics = self.check();
        if let Some(error) = diagnostics.iter().find(|d| d.is_error()) {
            return Err(Error::located(error.clone()));
        }
        let dates = self.table.dates();
        let files = self.table.sources.join(", ");
        let (Some(first), Some(last)) = (dates.first().copied(), dates.last().copied()) else {
            return Err(Error::located(Diagnostic::error(files, None, None, crate::msg!("population-tables-empty"))));
        };
        let to = to.unwrap_or(last);
        let figures = match from {
            Some(from) => ChangeFigures::compute(&self.table, &self.changes, region, from, to)?,
            None => {
                let (figures, cut) = ChangeFigures::history(&self.table, &self.changes, region, first, to)?;
                if let Some(cut) = cut {
                    diagnostics.push(Diagnostic::warning(files, None, None, cut.message()));
                }
                figures
            }
        };
        let goals = match plan {
            Some(plan) => population_goals(plan, &self.table, &self.changes, to, language),
            None => Vec::new(),
        };
        Ok(PopulationFigures { figures, goals, diagnostics })
    }
}

impl PopulationFigures {
    /// The JSON `plan-report population --format json` prints: the figures
    /// ([`ChangeFigures::to_json`]) with the findings and the goals, the
    /// messages in `language`.
    ///
    /// # Example
    /// ```
    /// let folder = plan_core::PlanFolder::load(concat!(env!("CARGO_MANIFEST_DIR"), "/../data/hallingdal"))?.value;
    /// let inputs = plan_core::population_inputs::PopulationInputs::of(&folder);
    /// let computed = inputs.figures(Some(&folder.plan), &folder.plan.meta.region, None, None, plan_core::Language::En)?;
    /// let json = serde_json::to_value(computed.to_json(plan_core::Language::En)).unwrap();
    /// assert_eq!(json["goals"][0]["id"], computed.goals[0].id);
    /// assert_eq!(json["municipalities"][3]["density"], 3.5);
    /// # Ok::<(), plan_core::Error>(())
    /// ```
    pub fn to_json(&self, language: crate::Language) -> FiguresJson {
        let mut json = self.figures.to_json(&self.diagnostics, language);
        json.goals.clone_from(&self.goals);
        json
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_folder_the_changes_are_the_built_in_list() {
        let loaded = PopulationInputs::load(None, &[], &[]).expect("nothing to read");
        assert_eq!(&loaded.value.changes, CodeChanges::built_in());
        assert_eq!(loaded.value.changes, CodeChanges::default().with_built_in());
        assert!(loaded.value.table.observations.is_empty());
    }
}
