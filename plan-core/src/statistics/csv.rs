//! SSB's CSV downloads of any table, read with the one CSV tokenizer the
//! population reader uses: long (a time column and a value column) or wide
//! (`Nettoinnflytting 2020K1` columns), codes or labels, a title line.

use std::collections::{BTreeMap, HashMap};

use super::{Cell, Dimension, Keep, Number, Period, Table, Variable, parse_period};
use crate::delimited::Records;
use crate::diagnostic::Diagnostic;
use crate::error::{Error, Result};
use crate::population::label::split_region_label;
use crate::population::ssb::{clean_name, find_header, table_id, unclosed};
use crate::text::decode_label;
use crate::text::fold;

/// What a header column holds.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Region,
    /// A second region column: the municipality's name (`kommune` beside
    /// `kommunenummer`).
    Name,
    Time,
    Variable,
    Value,
    /// A wide value column: its period and, when the header names it, its
    /// variable.
    Wide(usize, Option<usize>),
    Dimension(usize),
    Unknown,
}

/// Reads a CSV download, keeping the cells `keep` asks for; `file` names it
/// in messages.
pub(super) fn read(file: &str, bytes: &[u8], keep: &Keep) -> Result<(Table, Vec<Diagnostic>)> {
    let io = |source| Error::Io { path: file.into(), source };
    // Through the tokenizer's 1 MiB buffer, not a second copy of the whole input.
    let mut records = Records::new(bytes, b';');
    let mut title: Option<String> = None;
    let mut header: Option<Header> = None;
    let mut builder = Builder::new(file, keep);
    loop {
        if let Some(h) = &header {
            if !records.next_record().map_err(io)? {
                break;
            }
            unclosed(file, &records)?;
            if !is_blank(&records) {
                h.row(&mut builder, &records)?;
            }
            continue;
        }
        if !find_header(file, &mut records, &mut title)? {
            break;
        }
        header = Some(Header::new(&mut builder, &records, title.as_deref())?);
    }
    if header.is_none() {
        return Err(Error::located(Diagnostic::error(file, None, None, crate::msg!("ssb-no-header"))));
    }
    builder.finish()
}

/// A record of one field of white space or quotes alone.
fn is_blank<R>(records: &Records<R>) -> bool {
    records.len() <= 1 && records.field(0).iter().all(|b| b.is_ascii_whitespace() || *b == b'"')
}

struct Header {
    names: Vec<String>,
    roles: Vec<Role>,
    /// The variable of a long table without a variable column.
    value_variable: Option<usize>,
}

impl Header {
    fn new<R>(builder: &mut Builder, header: &Records<R>, title: Option<&str>) -> Result<Header> {
        let line_no = header.line();
        let names: Vec<String> = header.fields().map(|f| decode_label(f.trim_ascii()).trim().to_string()).collect();
        let mut roles: Vec<Role> = names
            .iter()
            .map(|name| {
                let folded = fold(name);
                if super::REGION_NAMES.contains(&folded.as_str()) {
                    Role::Region
                } else if super::TIME_NAMES.contains(&folded.as_str()) {
                    Role::Time
                } else if super::VARIABLE_NAMES.contains(&folded.as_str()) {
                    Role::Variable
                } else {
                    Role::Unknown
                }
            })
            .collect();
        if let Some(first) = roles.iter().position(|r| *r == Role::Region) {
            for role in &mut roles[first + 1..] {
                if *role == Role::Region {
                    *role = Role::Name;
                }
            }
        }
        let file = builder.table.file.clone();
        let listed = crate::text::excerpt(&names.join(", "), 160);
        let located = |message| Error::located(Diagnostic::error(&file, Some(line_no), None, message));
        if !roles.contains(&Role::Region) {
            return Err(located(crate::msg!("statistics-no-region", dimensions = listed)));
        }
        builder.table.table_id = title.and_then(table_id).or_else(|| names.iter().find_map(|n| table_id(n)));
        let mut value_variable = None;
        if roles.contains(&Role::Time) {
            // Long: the value is the last column of no other role.
            if let Some(last) = roles.iter().rposition(|r| *r == Role::Unknown) {
                roles[last] = Role::Value;
                if !roles.contains(&Role::Variable) {
                    let name = &names[last];
                    let label = match name.split_once(':') {
                        Some((id, rest)) if table_id(name).as_deref() == Some(id.trim()) => rest.trim(),
                        _ => name.as_str(),
                    };
                    value_variable = Some(builder.variable(label));
                }
            }
        } else {
            for (k, name) in names.iter().enumerate() {
                if roles[k] != Role::Unknown {
                    continue;
                }
                let (prefix, last) = match name.rsplit_once(char::is_whitespace) {
                    Some((prefix, last)) => (prefix.trim(), last),
                    None => ("", name.as_str()),
                };
                if let Some(period) = parse_period(last) {
                    let period = builder.period(period);
                    let variable = (!prefix.is_empty()).then(|| builder.variable(prefix));
                    roles[k] = Role::Wide(period, variable);
                }
            }
            if !roles.iter().any(|r| matches!(r, Role::Wide(..))) {
                return Err(located(crate::msg!("statistics-no-time", dimensions = listed)));
            }
            if roles.iter().any(|r| matches!(r, Role::Wide(_, None))) && !roles.contains(&Role::Variable) {
                let variable = builder.variable(title.map_or("", |t| t.split_once(':').map_or(t, |(_, r)| r.trim())));
                for role in &mut roles {
                    if let Role::Wide(_, v @ None) = role {
                        *v = Some(variable);
                    }
                }
            }
        }
        for (k, role) in roles.iter_mut().enumerate() {
            if *role == Role::Unknown {
                *role = Role::Dimension(builder.table.dimensions.len());
                builder.table.dimensions.push(Dimension {
                    code: names[k].clone(),
                    label: names[k].clone(),
                    categories: Vec::new(),
                });
            }
        }
        Ok(Header { names, roles, value_variable })
    }

    fn row<R>(&self, builder: &mut Builder, record: &Records<R>) -> Result<()> {
        let line_no = record.line();
        let field = |i: usize| decode_label(record.field(i).trim_ascii());
        let mut region_column = None;
        let mut name_column = None;
        let mut period = None;
        let mut variable = self.value_variable;
        let mut categories = vec![0; builder.table.dimensions.len()];
        for (k, role) in self.roles.iter().enumerate() {
            // A column of periods, variables or categories holds a few
            // texts over and over: each is decoded and parsed once.
            let again = builder.known(k, record.field(k));
            match (*role, again) {
                (Role::Region, _) => region_column = Some(k),
                (Role::Name, _) => name_column = Some(k),
                (Role::Time, Some(index)) => period = Some(index),
                (Role::Variable, Some(index)) => variable = Some(index),
                (Role::Dimension(d), Some(index)) => categories[d] = index,
                (Role::Time, None) => {
                    let text = field(k);
                    let Some(p) = parse_period(&text) else {
                        return Err(self.error(
                            builder,
                            line_no,
                            k,
                            crate::msg!("statistics-period-unreadable", text = text.trim()),
                        ));
                    };
                    let index = builder.period(p);
                    builder.learn(k, record.field(k), index);
                    period = Some(index);
                }
                (Role::Variable, None) => {
                    let index = builder.variable(field(k).trim());
                    builder.learn(k, record.field(k), index);
                    variable = Some(index);
                }
                (Role::Dimension(d), None) => {
                    let text = field(k);
                    let index = builder.table.dimensions[d].intern(text.trim(), text.trim());
                    builder.learn(k, record.field(k), index);
                    categories[d] = index;
                }
                (Role::Value | Role::Wide(..) | Role::Unknown, _) => {}
            }
        }
        // The region of the row before when its code and name columns repeat.
        let region = region_column.map_or(0, |k| {
            let name_again = name_column.is_none_or(|n| builder.same_as_before(n, record.field(n)).is_some());
            match builder.same_as_before(k, record.field(k)).filter(|_| name_again) {
                Some(index) => index,
                None => self.region(builder, record, k, name_column),
            }
        });
        for (k, role) in self.roles.iter().enumerate() {
            let (period, variable) = match *role {
                Role::Value => (period, variable),
                Role::Wide(p, v) => (Some(p), v.or(variable)),
                _ => continue,
            };
            let (Some(period), Some(variable)) = (period, variable) else { continue };
            if !builder.keeps(variable) {
                continue;
            }
            let text = field(k);
            let value = builder.value(&text).map_err(|message| self.error(builder, line_no, k, message))?;
            let cell = Cell { region, period, variable, categories: categories.clone(), value, line: Some(line_no) };
            builder.push(cell).map_err(|message| self.error(builder, line_no, k, message))?;
            if value.is_none() && is_symbol(&text) {
                builder.symbol(&text, line_no, &self.names[k]);
            }
        }
        Ok(())
    }

    /// The index of the region in column `k` (named in column `name` when
    /// the region column holds codes alone), remembered for the next row.
    fn region<R>(&self, builder: &mut Builder, record: &Records<R>, k: usize, name_column: Option<usize>) -> usize {
        let (code, label) = region_parts(&decode_label(record.field(k).trim_ascii()));
        let name = name_column.map(|n| decode_label(record.field(n).trim_ascii()).trim().to_string());
        let index = match name {
            Some(name) if label.is_empty() || label == code => builder.table.regions.intern(&code, &name),
            _ => builder.table.regions.intern(&code, &label),
        };
        builder.remember(k, record.field(k), index);
        if let Some(n) = name_column {
            builder.remember(n, record.field(n), index);
        }
        index
    }

    fn error(&self, builder: &Builder, line: u64, column: usize, message: crate::Message) -> Error {
        Error::located(Diagnostic::error(&builder.table.file, Some(line), Some(&self.names[column]), message))
    }
}

/// SSB's symbols for a missing value.
fn is_symbol(text: &str) -> bool {
    matches!(text.trim(), "." | ".." | "..." | ":")
}

/// `4001 Porsgrunn`, `K-4001 Porsgrunn`, `4001`, `0 Hele landet`, or a label alone.
fn region_parts(text: &str) -> (String, String) {
    if let Some((code, name)) = split_region_label(text) {
        return (code.as_str().to_string(), clean_name(name));
    }
    let text = text.trim();
    let rest = text.strip_prefix("K-").unwrap_or(text);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && rest[digits..].chars().next().is_none_or(|c| c == ' ' || c == '-') {
        let name = clean_name(rest[digits..].trim_start_matches([' ', '-']));
        return (rest[..digits].to_string(), name);
    }
    (text.to_string(), clean_name(text))
}

/// A cell's indexes in one number: region 20 bits, period 16, variable 12,
/// then up to five other dimensions of 15 bits each, and their number in 3
/// bits (126 bits in all); `None` when one does
/// not fit (the check then keys on the indexes themselves).
fn packed(cell: &Cell) -> Option<u128> {
    let fits = |value: usize, bits: u32| u128::try_from(value).ok().filter(|&v| v < 1 << bits);
    if cell.categories.len() > 5 {
        return None;
    }
    let mut key = fits(cell.region, 20)?;
    key = key << 16 | fits(cell.period, 16)?;
    key = key << 12 | fits(cell.variable, 12)?;
    for &category in &cell.categories {
        key = key << 15 | fits(category, 15)?;
    }
    // The number of dimensions, so that keys of different lengths differ.
    Some(key << 3 | cell.categories.len() as u128)
}

/// Collects cells, periods and variables, and checks for duplicates.
pub(super) struct Builder {
    pub table: Table,
    keep: Keep,
    /// Per variable index, whether its cells are kept (`keep` asked once a
    /// variable).
    kept: Vec<bool>,
    /// Cells met, kept or not.
    met: usize,
    periods: BTreeMap<String, usize>,
    /// The cells seen, by their indexes packed into one number (see
    /// [`packed`]), with their lines: the duplicate check for every table
    /// of ordinary size at 25 bytes a cell. Only ever looked up, never
    /// iterated, so its order cannot reach any output.
    seen_packed: HashMap<u128, u64>,
    /// The same for a cell whose indexes do not fit.
    seen: BTreeMap<(usize, usize, usize, Vec<usize>), u64>,
    /// Per column of a CSV download, its raw text in the row before and the
    /// index it gave.
    before: Vec<Option<(Vec<u8>, usize)>>,
    /// Per column of periods, variables or categories, the index each raw
    /// text gave. Only looked up, never iterated.
    texts: Vec<HashMap<Vec<u8>, usize>>,
    symbols: usize,
    first_symbol: Option<(String, u64, String)>,
}

impl Builder {
    pub fn new(file: &str, keep: &Keep) -> Builder {
        Builder {
            keep: keep.clone(),
            kept: Vec::new(),
            met: 0,
            table: Table {
                file: file.to_string(),
                table_id: None,
                regions: Dimension { code: "region".into(), label: "region".into(), categories: Vec::new() },
                periods: Vec::new(),
                variables: Vec::new(),
                dimensions: Vec::new(),
                cells: Vec::new(),
            },
            periods: BTreeMap::new(),
            seen_packed: HashMap::new(),
            seen: BTreeMap::new(),
            before: Vec::new(),
            texts: Vec::new(),
            symbols: 0,
            first_symbol: None,
        }
    }

    /// Whether the cells of variable `v` are kept; counts the cell as met.
    pub fn keeps(&mut self, v: usize) -> bool {
        self.met += 1;
        while self.kept.len() <= v {
            let kept = self.table.variables.get(self.kept.len()).is_none_or(|variable| self.keep.keeps(variable));
            self.kept.push(kept);
        }
        self.kept[v]
    }

    /// The index column `k` gave in the row before, when its raw text is
    /// `raw` again.
    fn same_as_before(&self, k: usize, raw: &[u8]) -> Option<usize> {
        match self.before.get(k) {
            Some(Some((text, index))) if text.as_slice() == raw => Some(*index),
            _ => None,
        }
    }

    /// The index column `k`'s raw text `raw` gave before, in the row before
    /// or any row: for a column whose index follows from its text alone.
    fn known(&self, k: usize, raw: &[u8]) -> Option<usize> {
        self.same_as_before(k, raw).or_else(|| self.texts.get(k)?.get(raw).copied())
    }

    /// Remembers that column `k`'s raw text `raw` gave `index`, in this row
    /// and for every row after it.
    fn learn(&mut self, k: usize, raw: &[u8], index: usize) {
        self.remember(k, raw, index);
        if self.texts.len() <= k {
            self.texts.resize_with(k + 1, HashMap::new);
        }
        self.texts[k].insert(raw.to_vec(), index);
    }

    /// Remembers that column `k`'s raw text `raw` gave `index`.
    fn remember(&mut self, k: usize, raw: &[u8], index: usize) {
        if self.before.len() <= k {
            self.before.resize(k + 1, None);
        }
        match &mut self.before[k] {
            Some((text, at)) => {
                text.clear();
                text.extend_from_slice(raw);
                *at = index;
            }
            slot => *slot = Some((raw.to_vec(), index)),
        }
    }

    pub fn period(&mut self, period: Period) -> usize {
        if let Some(&i) = self.periods.get(&period.label) {
            return i;
        }
        self.periods.insert(period.label.clone(), self.table.periods.len());
        self.table.periods.push(period);
        self.table.periods.len() - 1
    }

    fn variable(&mut self, label: &str) -> usize {
        if let Some(i) = self.table.variables.iter().position(|v| v.code == label) {
            return i;
        }
        self.table.variables.push(Variable {
            code: label.to_string(),
            label: label.to_string(),
            unit: None,
            decimals: None,
            count: None,
        });
        self.table.variables.len() - 1
    }

    /// A cell's value: SSB's `.`, `..`, `...` and `:` (or nothing) are
    /// missing, `-` a true zero.
    fn value(&self, text: &str) -> std::result::Result<Option<Number>, crate::Message> {
        match text.trim() {
            "" | "." | ".." | "..." | ":" => Ok(None),
            "-" | "–" => Ok(Some(Number::integer(0))),
            t => Number::parse(t)
                .map(Some)
                .ok_or_else(|| crate::msg!("statistics-value-unreadable", text = crate::text::excerpt(t, 40))),
        }
    }

    fn symbol(&mut self, text: &str, line: u64, column: &str) {
        self.symbols += 1;
        self.first_symbol.get_or_insert_with(|| (text.trim().to_string(), line, column.to_string()));
    }

    /// Adds a cell; the message when the same cell was given before.
    pub fn push(&mut self, cell: Cell) -> std::result::Result<(), crate::Message> {
        let line = cell.line.unwrap_or(0);
        let first = match packed(&cell) {
            Some(key) => self.seen_packed.insert(key, line),
            None => {
                let key = (cell.region, cell.period, cell.variable, cell.categories.clone());
                self.seen.insert(key, line)
            }
        };
        if let Some(first) = first {
            return Err(crate::msg!("statistics-duplicate-cell", cell = self.describe(&cell), first = first));
        }
        self.table.cells.push(cell);
        Ok(())
    }

    /// `4001 Porsgrunn, 2020K1, Nettoinnflytting, Menn`.
    fn describe(&self, cell: &Cell) -> String {
        let t = &self.table;
        let region = t.regions.categories.get(cell.region).map_or(String::new(), |c| {
            if c.label.is_empty() || c.label == c.code { c.code.clone() } else { format!("{} {}", c.code, c.label) }
        });
        let mut parts = vec![region];
        parts.extend(t.periods.get(cell.period).map(|p| p.label.clone()));
        parts.extend(t.variables.get(cell.variable).map(|v| v.label.clone()));
        for (d, &c) in cell.categories.iter().enumerate() {
            parts.extend(t.dimensions.get(d).and_then(|d| d.categories.get(c)).map(|c| c.label.clone()));
        }
        parts.join(", ")
    }

    pub fn finish(self) -> Result<(Table, Vec<Diagnostic>)> {
        let file = self.table.file.clone();
        if self.met == 0 {
            return Err(Error::located(Diagnostic::error(file, None, None, crate::msg!("statistics-empty"))));
        }
        let mut warnings = Vec::new();
        if let Some((symbol, line, column)) = self.first_symbol {
            warnings.push(Diagnostic::warning(
                file,
                Some(line),
                Some(&column),
                crate::msg!("statistics-missing-symbols", count = self.symbols, symbol = symbol),
            ));
        }
        Ok((self.table, warnings))
    }
}
