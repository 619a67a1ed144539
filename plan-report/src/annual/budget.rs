//! The budget summary of the status report: cost per focus area, and of it
//! what is planned in the report's year ([`plan_core::cost::planned_costs`],
//! the rule of the period report's cost per year).

use plan_core::plan::Plan;
use plan_core::{Kroner, Programme, ProgrammeVersion};
use serde::Serialize;

use crate::charts::{self, Bar, Chart};
use crate::error::ReportError;
use crate::view::Charts;
use crate::words::Words;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Budget {
    pub(crate) rows: Vec<BudgetRow>,
    pub(crate) total: String,
    /// Of the total, what is planned in the report's year.
    pub(crate) planned: String,
    pub(crate) costed: usize,
    pub(crate) actions: usize,
    pub(crate) chart: Option<Chart>,
    pub(crate) items: Vec<crate::view::ActionView>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct BudgetRow {
    pub(crate) name: String,
    pub(crate) count: usize,
    pub(crate) costed: usize,
    pub(crate) cost: String,
    /// Of the cost, what is planned in the report's year.
    pub(crate) planned: String,
}

pub(crate) fn budget(
    plan: &Plan,
    history: &Programme,
    programme: &ProgrammeVersion,
    year: i32,
    charts: &mut Charts,
    words: &Words,
) -> Result<Budget, ReportError> {
    let in_year: Vec<_> =
        plan_core::cost::planned_costs(history, year).into_iter().filter(|c| c.year == year).collect();
    let planned_in = |area: Option<&str>| -> Kroner {
        in_year.iter().filter(|c| area.is_none_or(|a| c.action.focus_area == a)).map(|c| c.cost).sum()
    };
    let rows: Vec<BudgetRow> = plan
        .focus_areas
        .iter()
        .map(|area| {
            let actions: Vec<_> = programme.actions_in(&area.id).collect();
            BudgetRow {
                name: area.name.clone(),
                count: actions.len(),
                costed: actions.iter().filter(|a| a.cost.is_some()).count(),
                cost: words.kroner(actions.iter().filter_map(|a| a.cost).sum::<plan_core::Kroner>()),
                planned: words.kroner(planned_in(Some(area.id.as_str()))),
            }
        })
        .collect();
    let bars: Vec<Bar> = plan
        .focus_areas
        .iter()
        .map(|area| {
            let cost: plan_core::Kroner = programme.actions_in(&area.id).filter_map(|a| a.cost).sum();
            Bar { label: area.name.clone(), value: cost.get() as f64, shown: words.kroner(cost) }
        })
        .collect();
    let chart = if bars.iter().any(|b| b.value > 0.0) {
        let chart = charts::bars(
            &charts.file("kostnad.svg"),
            &bars,
            &words.say(&plan_core::msg!("chart-cost-caption")),
            &words.say(&plan_core::msg!("chart-cost-alt")),
        )?;
        charts.push(chart.clone());
        Some(chart)
    } else {
        None
    };
    Ok(Budget {
        rows,
        total: words.kroner(programme.total_cost()),
        planned: words.kroner(planned_in(None)),
        costed: programme.actions.iter().filter(|a| a.cost.is_some()).count(),
        actions: programme.actions.len(),
        chart,
        items: programme
            .actions
            .iter()
            .filter(|a| a.cost.is_some())
            .map(|a| crate::view::ActionView::new(a, Some(year), words))
            .collect(),
    })
}
