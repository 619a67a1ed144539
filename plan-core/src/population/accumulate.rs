//! Summing counts to municipality × date while a table streams past:
//! dense per-municipality arrays indexed by date and by which dimensions
//! (sex, age, …) a row is a total of.

use std::collections::HashMap;

use super::count::{Cell, parse_count};
use super::time::TimeLabel;
use super::{Observation, PopulationTable};
use crate::diagnostic::Diagnostic;
use crate::region::MunicipalityCode;

const HAS_COUNT: u8 = 1;
const HAS_MISSING: u8 = 2;

/// Sums for one municipality, per date slot and total-level mask.
struct Sums {
    code: MunicipalityCode,
    name: String,
    counts: Vec<u64>,
    flags: Vec<u8>,
}

/// Sums of counts per municipality, date and level of aggregation.
///
/// A row's *mask* has one bit per summed dimension, set when the row is that
/// dimension's total (`Begge kjønn`, `Alle aldre`). When a file has both
/// totals and their parts, the most aggregated level wins, so nothing is
/// counted twice. A missing-value symbol marks the slot missing: never zero.
pub(crate) struct Accumulator {
    file: String,
    masks: usize,
    dates: Vec<TimeLabel>,
    date_index: Vec<u32>,
    sums: Vec<Sums>,
    codes: HashMap<MunicipalityCode, usize>,
}

impl Accumulator {
    /// An accumulator for rows with `dimensions` summed dimensions.
    pub fn new(file: &str, dimensions: usize) -> Self {
        Accumulator {
            file: file.to_string(),
            masks: 1 << dimensions,
            dates: Vec::new(),
            date_index: vec![u32::MAX; 400 * 5],
            sums: Vec::new(),
            codes: HashMap::new(),
        }
    }

    /// The index of a municipality, added on first sight.
    pub fn municipality(&mut self, code: MunicipalityCode, name: &str) -> usize {
        let next = self.sums.len();
        let index = *self.codes.entry(code).or_insert(next);
        if index == next {
            self.sums.push(Sums { code, name: name.to_string(), counts: Vec::new(), flags: Vec::new() });
        }
        index
    }

    /// The index of a date, added on first sight.
    pub fn date(&mut self, label: TimeLabel) -> usize {
        let Some(slot) = label.slot() else { return 0 };
        if self.date_index[slot] == u32::MAX {
            self.date_index[slot] = self.dates.len() as u32;
            self.dates.push(label);
        }
        self.date_index[slot] as usize
    }

    /// Adds a cell's count (or marks it missing).
    ///
    /// # Errors
    /// A message saying why the cell is not a count.
    pub fn add(&mut self, municipality: usize, date: usize, mask: usize, cell: &[u8]) -> Result<(), crate::Message> {
        match parse_count(cell) {
            Ok(cell) => {
                self.add_cell(municipality, date, mask, cell);
                Ok(())
            }
            Err(e) => Err(crate::msg!(
                "population-cell-unreadable",
                text = crate::text::decode_label(cell).to_string(),
                reason = e.explain()
            )),
        }
    }

    /// Adds a parsed cell.
    pub fn add_cell(&mut self, municipality: usize, date: usize, mask: usize, cell: Cell) {
        let slot = date * self.masks + mask;
        let sums = &mut self.sums[municipality];
        if sums.counts.len() <= slot {
            sums.counts.resize(slot + 1, 0);
            sums.flags.resize(slot + 1, 0);
        }
        match cell {
            Cell::Count(n) => {
                sums.counts[slot] += n;
                sums.flags[slot] |= HAS_COUNT;
            }
            Cell::Missing => sums.flags[slot] |= HAS_MISSING,
        }
    }

    /// The table of totals, in date and code order, with a warning for each
    /// total that is partly missing (left out).
    pub fn finish(self, source: String) -> (PopulationTable, Vec<Diagnostic>) {
        let mut table = PopulationTable { sources: vec![source], ..Default::default() };
        let mut warnings = Vec::new();
        let mut order: Vec<&Sums> = self.sums.iter().collect();
        order.sort_by_key(|s| s.code);
        for sums in order {
            for (d, label) in self.dates.iter().enumerate() {
                let best = (0..self.masks)
                    .filter(|m| sums.flags.get(d * self.masks + m).is_some_and(|f| *f != 0))
                    .max_by_key(|m| (m.count_ones(), usize::MAX - m));
                let Some(mask) = best else { continue };
                let slot = d * self.masks + mask;
                match sums.flags[slot] {
                    HAS_COUNT => table.observations.push(Observation {
                        date: label.date(),
                        code: sums.code,
                        name: sums.name.clone(),
                        count: sums.counts[slot],
                        source: None,
                    }),
                    HAS_MISSING => {}
                    _ => warnings.push(Diagnostic::warning(
                        &self.file,
                        None,
                        None,
                        crate::msg!(
                            "population-partly-missing",
                            code = sums.code.to_string(),
                            name = sums.name.as_str(),
                            date = label.date().to_string()
                        ),
                    )),
                }
            }
        }
        table.sort();
        (table, warnings)
    }
}
