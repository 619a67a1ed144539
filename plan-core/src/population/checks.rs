//! Consistency checks on population tables: stated totals against the sum of
//! their parts, and duplicate counts.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::PopulationTable;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Arg, date};
use crate::msg;
use crate::region::MunicipalityCode;

/// Checks a table: each stated total against the sum of the municipalities
/// read from the same file at the same date (a warning when they differ: the
/// figures always use the computed sum), and each municipality and date
/// given twice (a warning when the counts agree, an error when they differ).
///
/// # Example
/// ```
/// use plan_core::population::{own::read_population_csv, checks::check_table};
/// let csv = "kommunenummer,kommune,1.1.2020\n3039,Flå,1050\n3040,Nesbyen,3273\n,Sum,4400\n";
/// let (table, _) = read_population_csv("t.csv", csv.as_bytes()).unwrap();
/// let found = check_table(&table);
/// assert_eq!(found[0].text(plan_core::Language::En), "stated total \"Sum\" on 1 January 2020 is 4400, \
///     but its municipalities sum to 4323 (difference 77); the figures use the computed sum");
/// assert_eq!(found[0].text(plan_core::Language::Nn), "oppgitt sum «Sum» for 1. januar 2020 er 4400, \
///     men kommunane summerer seg til 4323 (skilnad 77); tala nyttar den utrekna summen");
/// ```
pub fn check_table(table: &PopulationTable) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut sums: BTreeMap<(&str, NaiveDate), u64> = BTreeMap::new();
    let mut seen: BTreeMap<(NaiveDate, MunicipalityCode), (u64, Option<&super::SourceRef>)> = BTreeMap::new();
    for o in &table.observations {
        if let Some(source) = &o.source {
            *sums.entry((source.file.as_str(), o.date)).or_default() += o.count;
        }
        match seen.get(&(o.date, o.code)) {
            None => {
                seen.insert((o.date, o.code), (o.count, o.source.as_ref()));
            }
            Some((count, first)) => {
                let first: Arg = first.map_or(Arg::Text(String::new()), |s| {
                    msg!("population-first-given", file = s.file.as_str(), line = s.line).into()
                });
                let (file, line) = o.source.as_ref().map_or((String::new(), None), |s| (s.file.clone(), Some(s.line)));
                let (code, name, date) = (o.code.to_string(), o.name.as_str(), date(o.date));
                if *count == o.count {
                    let message = msg!("population-given-twice", code = code, name = name, date = date, first = first);
                    out.push(Diagnostic::warning(file, line, None, message));
                } else {
                    out.push(Diagnostic::error(
                        file,
                        line,
                        None,
                        msg!(
                            "population-given-twice-differently",
                            code = code,
                            name = name,
                            date = date,
                            count = *count,
                            other = o.count,
                            first = first
                        ),
                    ));
                }
            }
        }
    }
    for total in &table.stated_totals {
        let computed = sums.get(&(total.source.file.as_str(), total.date)).copied().unwrap_or(0);
        if computed != total.count {
            let difference = total.count.abs_diff(computed);
            out.push(Diagnostic::warning(
                &total.source.file,
                Some(total.source.line),
                None,
                msg!(
                    "population-stated-total-differs",
                    label = total.label.as_str(),
                    date = date(total.date),
                    stated = total.count,
                    computed = computed,
                    difference = difference
                ),
            ));
        }
    }
    out
}
