//! Properties of the parsers and readers over generated input: what is
//! printed reads back as the same value, and tables written in any of the
//! shapes offices save them in read back as the same counts.

use chrono::NaiveDate;
use plan_core::deadline::Season;
use plan_core::population::own::read_population_csv;
use plan_core::{Deadline, Kroner, When};
use proptest::prelude::*;

fn season() -> impl Strategy<Value = Season> {
    prop_oneof![Just(Season::Spring), Just(Season::Summer), Just(Season::Autumn), Just(Season::Winter)]
}

fn when() -> impl Strategy<Value = When> {
    prop_oneof![
        Just(When::Yearly),
        (1900..2100i32).prop_map(When::Year),
        (season(), 1900..2100i32).prop_map(|(s, y)| When::Season(s, y)),
        (1900..2100i32, 1..=12u32).prop_map(|(y, m)| When::Month(y, m)),
        (1900..2100i32, 1..=366u32)
            .prop_filter_map("a day of the year", |(y, d)| NaiveDate::from_yo_opt(y, d))
            .prop_map(When::Date),
    ]
}

proptest! {
    /// A deadline as reports print it (`våren 2021`, `31. mai 2021`) reads
    /// back as the same deadline, in any case.
    #[test]
    fn a_printed_deadline_reads_back(when in when(), upper in any::<bool>()) {
        let printed = Deadline::from_when(when).to_string();
        let text = if upper { printed.to_uppercase() } else { printed.clone() };
        let read = Deadline::parse(&text).map_err(|e| TestCaseError::fail(format!("{printed:?}: {e}")))?;
        prop_assert_eq!(read.when(), when);
    }

    /// A deadline's period holds its own end, and starts no later than it ends.
    #[test]
    fn a_deadline_period_is_ordered(when in when()) {
        let deadline = Deadline::from_when(when);
        match deadline.period() {
            Some((start, end)) => prop_assert!(start <= end),
            None => prop_assert!(deadline.is_recurring()),
        }
    }

    /// An amount as printed (`1 234 567 kr`, no-break spaces) reads back as
    /// the same amount, and so do the forms offices type.
    #[test]
    fn a_printed_amount_reads_back(kroner in 0..1_000_000_000_000i64) {
        let amount = Kroner::new(kroner);
        prop_assert_eq!(amount.to_string().parse::<Kroner>().ok(), Some(amount));
        prop_assert_eq!(format!("kr {kroner},-").parse::<Kroner>().ok(), Some(amount));
        let grouped = plan_core::format::integer(kroner).replace('\u{a0}', " ");
        prop_assert_eq!(format!("{grouped} kr").parse::<Kroner>().ok(), Some(amount));
    }

    /// A long population table written with any separator, in UTF-8 with or
    /// without a byte-order mark, reads back as the same counts.
    #[test]
    fn a_written_population_table_reads_back(
        rows in proptest::collection::btree_map((3001..3999u32, 1990..2030i32), 0..200_000u64, 1..40),
        separator in prop_oneof![Just(','), Just(';'), Just('\t')],
        bom in any::<bool>(),
    ) {
        let mut csv = String::new();
        if bom {
            csv.push('\u{feff}');
        }
        csv.push_str(&["kommunenummer", "kommune", "dato", "folketal"].join(&separator.to_string()));
        csv.push('\n');
        for ((code, year), count) in &rows {
            csv.push_str(&format!("{code}{separator}Kommune {code}{separator}1.1.{year}{separator}{count}\n"));
        }
        let (table, warnings) = read_population_csv("t.csv", csv.as_bytes())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(warnings.is_empty());
        let read: Vec<(u32, i32, u64)> = table
            .observations
            .iter()
            .map(|o| (o.code.as_str().parse().unwrap_or(0), chrono::Datelike::year(&o.date), o.count))
            .collect();
        let mut expected: Vec<(u32, i32, u64)> = rows.iter().map(|((c, y), n)| (*c, *y, *n)).collect();
        expected.sort_by_key(|(c, y, _)| (*y, *c));
        prop_assert_eq!(read, expected);
    }
}

/// One SSB download's cells: (municipality, sex, age, year) → count.
type Cube = std::collections::BTreeMap<(u32, u8, u8, i32), u32>;

fn cube() -> impl Strategy<Value = Cube> {
    // Every combination present (SSB writes the whole cube), in random counts.
    (1..4usize, 1..3usize, 1..4usize, 1..4usize).prop_flat_map(|(municipalities, sexes, ages, years)| {
        let cells = municipalities * sexes * ages * years;
        proptest::collection::vec(0..5000u32, cells).prop_map(move |counts| {
            let mut cube = Cube::new();
            let mut counts = counts.into_iter();
            for m in 0..municipalities {
                for s in 0..sexes {
                    for a in 0..ages {
                        for y in 0..years {
                            let code = 3039 + u32::try_from(m).unwrap_or(0);
                            let year = 2017 + i32::try_from(y).unwrap_or(0);
                            let key = (code, u8::try_from(s).unwrap_or(0), u8::try_from(a).unwrap_or(0), year);
                            cube.insert(key, counts.next().unwrap_or(0));
                        }
                    }
                }
            }
            cube
        })
    })
}

/// Population per (municipality, year) as a reader summed it.
fn totals(table: &plan_core::population::PopulationTable) -> std::collections::BTreeMap<(u32, i32), u64> {
    table
        .observations
        .iter()
        .map(|o| ((o.code.as_str().parse().unwrap_or(0), chrono::Datelike::year(&o.date)), o.count))
        .collect()
}

/// Population per (municipality, year): the cube summed over sex and age.
fn cube_totals(cube: &Cube) -> std::collections::BTreeMap<(u32, i32), u64> {
    let mut sums = std::collections::BTreeMap::new();
    for (&(code, _, _, year), &count) in cube {
        *sums.entry((code, year)).or_default() += u64::from(count);
    }
    sums
}

proptest! {
    /// An SSB long download in any of the shapes it comes in (separator,
    /// quoting, encoding, line ends, title line, region label style) sums
    /// to the same population per municipality and year.
    #[test]
    fn an_ssb_download_sums_the_same_in_every_shape(
        cube in cube(),
        separator in prop_oneof![Just(";"), Just(","), Just("\t")],
        quoted in any::<bool>(),
        latin1 in any::<bool>(),
        crlf in any::<bool>(),
        title in any::<bool>(),
        label in 0..3usize,
    ) {
        let names = ["Flå", "Nesbyen", "Gol"];
        let q = |text: &str| if quoted { format!("\"{text}\"") } else { text.to_string() };
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = String::new();
        if title {
            text.push_str(&q("07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år"));
            text.push_str(end);
            text.push_str(end);
        }
        let header = ["region", "kjønn", "alder", "statistikkvariabel", "år", "07459: Befolkning"];
        text.push_str(&header.iter().map(|h| q(h)).collect::<Vec<_>>().join(separator));
        text.push_str(end);
        for (&(code, sex, age, year), count) in &cube {
            let name = names[usize::try_from(code - 3039).unwrap_or(0)];
            let region = match label {
                0 => format!("K-{code} {name}"),
                1 => format!("{code} {name}"),
                _ => format!("{code} - {name}"),
            };
            let sex = ["Menn", "Kvinner"][usize::from(sex)];
            let age = ["000-019 år", "020-066 år", "067 år eller eldre"][usize::from(age)];
            let row = [q(&region), q(sex), q(age), q("Personer"), q(&year.to_string()), count.to_string()];
            text.push_str(&row.join(separator));
            text.push_str(end);
        }
        let bytes: Vec<u8> = if latin1 {
            text.chars().map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?')).collect()
        } else {
            text.into_bytes()
        };
        let (table, _) = plan_core::population::ssb::read_ssb_csv("07459.csv", bytes.as_slice())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(totals(&table), cube_totals(&cube));
        let first = table.observations.first().map(|o| o.name.clone()).unwrap_or_default();
        prop_assert_eq!(first, "Flå");
    }
}

proptest! {
    /// A JSON-stat cube sums to the same population whether its metadata
    /// comes before or after the values, and whether the values are an
    /// array or an object of index → value.
    #[test]
    fn a_jsonstat_cube_sums_the_same_in_every_order(
        cube in cube(),
        values_first in any::<bool>(),
        sparse in any::<bool>(),
        wrapped in any::<bool>(),
    ) {
        let codes: Vec<u32> = cube.keys().map(|k| k.0).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let sexes: Vec<u8> = cube.keys().map(|k| k.1).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let ages: Vec<u8> = cube.keys().map(|k| k.2).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let years: Vec<i32> = cube.keys().map(|k| k.3).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        let index = |items: Vec<String>| {
            let entries: Vec<String> = items.iter().enumerate().map(|(i, c)| format!("\"{c}\":{i}")).collect();
            format!("{{\"index\":{{{}}}}}", entries.join(","))
        };
        let metadata = format!(
            "\"id\":[\"Region\",\"Kjonn\",\"Alder\",\"Tid\"],\"size\":[{},{},{},{}],\
             \"role\":{{\"geo\":[\"Region\"],\"time\":[\"Tid\"]}},\
             \"dimension\":{{\"Region\":{{\"category\":{}}},\"Kjonn\":{{\"category\":{}}},\
             \"Alder\":{{\"category\":{}}},\"Tid\":{{\"category\":{}}}}}",
            codes.len(), sexes.len(), ages.len(), years.len(),
            index(codes.iter().map(ToString::to_string).collect()),
            index(sexes.iter().map(|s| format!("{}", s + 1)).collect()),
            index(ages.iter().map(|a| format!("{a:03}")).collect()),
            index(years.iter().map(ToString::to_string).collect()),
        );
        // Row-major order, the last dimension fastest: the cube's own key order.
        let counts: Vec<u32> = cube.values().copied().collect();
        let values = if sparse {
            let entries: Vec<String> = counts.iter().enumerate().map(|(i, n)| format!("\"{i}\":{n}")).collect();
            format!("\"value\":{{{}}}", entries.join(","))
        } else {
            format!("\"value\":[{}]", counts.iter().map(ToString::to_string).collect::<Vec<_>>().join(","))
        };
        let body = if values_first { format!("{values},{metadata}") } else { format!("{metadata},{values}") };
        let dataset = format!("{{\"version\":\"2.0\",\"class\":\"dataset\",{body}}}");
        let json = if wrapped { format!("{{\"dataset\":{dataset}}}") } else { dataset };
        let (table, _) = plan_core::population::jsonstat::read_jsonstat("t.json", json.as_bytes())
            .map_err(|e| TestCaseError::fail(format!("{e}\n{json}")))?;
        prop_assert_eq!(totals(&table), cube_totals(&cube));
    }
}

proptest! {
    /// The wide shape of the project's own table (one column per date, as
    /// the plan's `befolkning.csv`) reads back as the same counts, whatever
    /// the order of its date columns.
    #[test]
    fn a_wide_population_table_reads_back(
        counts in proptest::collection::btree_map(3001..3999u32, proptest::collection::vec(0..200_000u64, 3), 1..30),
        years in proptest::sample::subsequence((1990..2030i32).collect::<Vec<_>>(), 3).prop_shuffle(),
        separator in prop_oneof![Just(','), Just(';')],
    ) {
        let s = separator.to_string();
        let mut csv = ["kommunenummer".to_string(), "kommune".to_string()]
            .into_iter()
            .chain(years.iter().map(|y| format!("Innbyggartal 1.1.{y}")))
            .collect::<Vec<_>>()
            .join(&s);
        csv.push('\n');
        for (code, row) in &counts {
            let cells: Vec<String> = row.iter().map(ToString::to_string).collect();
            csv.push_str(&format!("{code}{s}Kommune {code}{s}{}\n", cells.join(&s)));
        }
        let (table, _) = read_population_csv("befolkning.csv", csv.as_bytes())
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        for (code, row) in &counts {
            for (year, count) in years.iter().zip(row) {
                let date = NaiveDate::from_ymd_opt(*year, 1, 1).unwrap_or_default();
                prop_assert_eq!(table.count(&code.to_string().parse().map_err(|e: plan_core::Error| TestCaseError::fail(e.to_string()))?, date), Some(*count));
            }
        }
        prop_assert_eq!(table.observations.len(), counts.len() * 3);
    }
}

fn programme(n: usize, words: usize) -> Vec<plan_core::Action> {
    (0..n)
        .map(|i| plan_core::Action {
            id: format!("T-{i:03}"),
            focus_area: "klima".into(),
            theme: None,
            // Words of its own: no two actions share one.
            text: (0..words).map(|w| format!("ord{i}x{w}")).collect::<Vec<_>>().join(" "),
            deadline: Deadline::from_when(When::Year(2021)),
            responsible: vec!["RR".into()],
            cost: None,
            note: String::new(),
            line: None,
        })
        .collect()
}

proptest! {
    /// A programme compared with itself has no changes; with every action
    /// renumbered, every action is matched by its text and nothing is added
    /// or removed; with some rescheduled, exactly those are changed.
    #[test]
    fn diff_matches_by_id_then_by_text(n in 1..60usize, words in 2..8usize, moved in proptest::collection::btree_set(0..60usize, 0..10)) {
        let old = programme(n, words);
        prop_assert!(plan_core::diff::diff(&old, &old).is_empty());

        let renumbered: Vec<_> = old.iter().cloned().map(|mut a| { a.id = format!("NY-{}", a.id); a }).collect();
        let d = plan_core::diff::diff(&old, &renumbered);
        prop_assert!(d.added.is_empty() && d.removed.is_empty());
        prop_assert_eq!(d.changed.len(), n);
        let all_renumbered = d.changed.iter().all(|c| c.old_id.as_ref().is_some_and(|o| c.id == ["NY-", o].concat()));
        prop_assert!(all_renumbered);

        let mut rescheduled = old.clone();
        let moved: Vec<usize> = moved.into_iter().filter(|&i| i < n).collect();
        for &i in &moved {
            rescheduled[i].deadline = Deadline::from_when(When::Year(2023));
        }
        let d = plan_core::diff::diff(&old, &rescheduled);
        let changed: Vec<&str> = d.changed.iter().map(|c| c.id.as_str()).collect();
        let expected: Vec<String> = moved.iter().map(|i| format!("T-{i:03}")).collect();
        prop_assert_eq!(changed, expected.iter().map(String::as_str).collect::<Vec<_>>());
        prop_assert!(d.changed.iter().all(|c| c.fields.keys().eq([&plan_core::diff::Field::Deadline])));
    }
}
