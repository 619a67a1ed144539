//! The serde visitors that read a JSON-stat document as a stream: the
//! dataset object, its `value` member, and each cell.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use crate::population::count::Cell;

use super::{MISSING, Pending, State};

/// A dataset object (or the document root, which may wrap one).
pub(super) struct DatasetSeed<'s, 'f> {
    pub(super) state: &'s mut State<'f>,
    pub(super) root: bool,
}

impl<'de> DeserializeSeed<'de> for DatasetSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for DatasetSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON-stat dataset object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let state = self.state;
        let mut class = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                // JSON-stat 1: {"dataset": {...}}.
                "dataset" if self.root && !class && state.meta.dimension.is_none() => {
                    state.meta.prefix = "dataset.".into();
                    map.next_value_seed(DatasetSeed { state: &mut *state, root: false })?;
                }
                "class" => {
                    class = true;
                    map.next_value::<IgnoredAny>()?;
                }
                "id" => state.meta.id = Some(map.next_value()?),
                "size" => state.meta.size = Some(map.next_value()?),
                "role" => state.meta.role = Some(map.next_value()?),
                "dimension" => state.meta.dimension = Some(map.next_value()?),
                "extension" => {
                    let extension: Value = map.next_value()?;
                    state.meta.table_id =
                        extension.get("px").and_then(|p| p.get("tableid")).and_then(Value::as_str).map(str::to_string);
                }
                "value" if state.streamed.is_some() || state.pending.is_some() => {
                    let error = state.fail(&format!("{}value", state.meta.prefix), crate::msg!("jsonstat-given-twice"));
                    return Err(state.stop(error));
                }
                "value" => map.next_value_seed(ValuesSeed { state: &mut *state })?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// The `value` member: an array of cells, or an object of index → cell.
pub(super) struct ValuesSeed<'s, 'f> {
    state: &'s mut State<'f>,
}

impl<'de> DeserializeSeed<'de> for ValuesSeed<'_, '_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValuesSeed<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array or an object of values")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let state = self.state;
        match state.layout_ready() {
            Ok(true) => {}
            Ok(false) => state.pending = Some(Pending::Dense(Vec::new())),
            Err(e) => return Err(state.stop(e)),
        }
        let mut index = 0usize;
        let mut wrong: Option<crate::Message> = None;
        loop {
            match seq.next_element_seed(CellSeed { wrong: &mut wrong }) {
                Ok(Some(cell)) => state.dense_cell(index, cell),
                Ok(None) => break,
                Err(e) => return Err(state.stop_at_cell(&format!("value[{index}]"), wrong, e)),
            }
            index += 1;
        }
        if state.built.is_some() {
            state.streamed = Some(index);
        }
        Ok(())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let state = self.state;
        let mut cells: Vec<(usize, u64)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let Ok(index) = key.trim().parse::<usize>() else {
                let path = format!("{}value.{key}", state.meta.prefix);
                let error = state.fail(&path, crate::msg!("jsonstat-not-an-index", key = key.to_string()));
                state.at_position = true;
                return Err(state.stop(error));
            };
            let mut wrong: Option<crate::Message> = None;
            match map.next_value_seed(CellSeed { wrong: &mut wrong }) {
                Ok(Cell::Count(n)) => cells.push((index, n.min(MISSING - 1))),
                Ok(Cell::Missing) => cells.push((index, MISSING)),
                Err(e) => return Err(state.stop_at_cell(&format!("value.{key}"), wrong, e)),
            }
        }
        state.pending = Some(Pending::Sparse(cells));
        Ok(())
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
        let path = format!("{}value", self.state.meta.prefix);
        let error = self.state.fail(&path, crate::msg!("jsonstat-values-shape"));
        Err(self.state.stop(error))
    }
}

/// One cell: a whole number of people, or missing (`null` or one of SSB's
/// symbols). Why a cell is not one is kept in `wrong`, to tell it from
/// malformed JSON.
pub(super) struct CellSeed<'w> {
    wrong: &'w mut Option<crate::Message>,
}

impl<'de> DeserializeSeed<'de> for CellSeed<'_> {
    type Value = Cell;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> std::result::Result<Cell, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl CellSeed<'_> {
    fn reject<E: de::Error>(self, shown: impl fmt::Display) -> std::result::Result<Cell, E> {
        let message = crate::msg!("jsonstat-cell-unreadable", shown = shown.to_string());
        let text = message.render(crate::Language::En);
        *self.wrong = Some(message);
        Err(E::custom(text))
    }
}

impl<'de> Visitor<'de> for CellSeed<'_> {
    type Value = Cell;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a whole number of people or null")
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> std::result::Result<Cell, E> {
        Ok(Cell::Count(n))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> std::result::Result<Cell, E> {
        match u64::try_from(n) {
            Ok(n) => Ok(Cell::Count(n)),
            Err(_) => self.reject(n),
        }
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> std::result::Result<Cell, E> {
        self.reject(n)
    }

    fn visit_unit<E: de::Error>(self) -> std::result::Result<Cell, E> {
        Ok(Cell::Missing)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> std::result::Result<Cell, E> {
        if matches!(s.trim(), "." | ".." | "..." | ":") {
            Ok(Cell::Missing)
        } else if s.trim() == "-" {
            // SSB's symbol for nil: a true zero.
            Ok(Cell::Count(0))
        } else {
            self.reject(format!("\"{s}\""))
        }
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> std::result::Result<Cell, E> {
        self.reject(b)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> std::result::Result<Cell, A::Error> {
        self.reject("[an array]")
    }

    fn visit_map<A: MapAccess<'de>>(self, _: A) -> std::result::Result<Cell, A::Error> {
        self.reject("{an object}")
    }
}
