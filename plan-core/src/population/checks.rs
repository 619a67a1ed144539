//! Consistency checks on population tables: stated totals against the sum of
//! their parts, and duplicate counts.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::PopulationTable;
use crate::calendar::format_date_nn;
use crate::diagnostic::Diagnostic;
use crate::money::group_thousands;
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
/// assert_eq!(found[0].message, "stated total \"Sum\" on 1. januar 2020 is 4\u{a0}400, \
///     but its municipalities sum to 4\u{a0}323 (difference 77); the figures use the computed sum");
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
                let first = first.map_or(String::new(), |s| format!(" (first given in {} line {})", s.file, s.line));
                let (file, line) = o.source.as_ref().map_or((String::new(), None), |s| (s.file.clone(), Some(s.line)));
                let date = format_date_nn(o.date);
                if *count == o.count {
                    out.push(
                        Diagnostic::warning(
                            file,
                            line,
                            None,
                            format!("{} {} on {date} is given twice{first}", o.code, o.name),
                        )
                        .with_nn(format!("{} {} for {date} er oppgitt to gonger", o.code, o.name)),
                    );
                } else {
                    out.push(Diagnostic::error(
                        file,
                        line,
                        None,
                        format!(
                            "{} {} on {date} is given twice with different counts, {} and {}{first}",
                            o.code,
                            o.name,
                            group_thousands(*count as i64),
                            group_thousands(o.count as i64)
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
                format!(
                    "stated total \"{}\" on {} is {}, but its municipalities sum to {} (difference {}); the figures use the computed sum",
                    total.label,
                    format_date_nn(total.date),
                    group_thousands(total.count as i64),
                    group_thousands(computed as i64),
                    group_thousands(difference as i64),
                ),
            )
            .with_nn(format!(
                "oppgitt sum «{}» for {} er {}, men kommunane summerer seg til {} (skilnad {}); tala nyttar den utrekna summen",
                total.label,
                format_date_nn(total.date),
                group_thousands(total.count as i64),
                group_thousands(computed as i64),
                group_thousands(difference as i64),
            )));
        }
    }
    out
}
