//! The JSON value the validator reads: a small tree whose objects keep their keys
//! in file order, so every problem is reported in the order of the file.
//! Natively it is read with serde (`serde_json`); the browser layer copies
//! `JSON.parse`'s result into it, so the WebAssembly carries no JSON parser.

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON object: its members in the order the browser's `JSON.parse` gives
/// them (see [`Map::from_members`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Map(pub Vec<(String, Value)>);

impl Map {
    /// The object that `JSON.parse` makes of `members` as written, so that the
    /// command line reads a file exactly as the browser does: a key given
    /// twice keeps its first place and its last value, and keys that are
    /// array indices (`"0"`, `"12"`, not `"012"`) come first, in numeric order.
    pub fn from_members(members: Vec<(String, Value)>) -> Map {
        let mut out: Vec<(String, Value)> = Vec::with_capacity(members.len());
        // Where each key is in `out`: a file may have very many keys.
        let mut place: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for (k, v) in members {
            match place.get(&k) {
                Some(&i) => out[i].1 = v,
                None => {
                    place.insert(k.clone(), out.len());
                    out.push((k, v));
                }
            }
        }
        // A stable sort: the other keys keep their order, after the indices.
        out.sort_by_key(|(k, _)| array_index(k).map_or((1, 0), |n| (0, n)));
        Map(out)
    }

    /// The value of `key`, if present.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The members in order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

/// The array index a key names, as JavaScript reads keys: digits with no
/// leading zero, below 2^32 - 1.
fn array_index(key: &str) -> Option<u32> {
    let canonical =
        key == "0" || (!key.starts_with('0') && key.bytes().all(|b| b.is_ascii_digit()));
    key.parse::<u32>()
        .ok()
        .filter(|&n| canonical && n < u32::MAX)
}

impl Value {
    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The array, if this is one.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// True for an array.
    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }

    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is one.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A member of an object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.as_object()?.get(key)
    }
}

/// Deeper nesting than this is not a network file: what lies deeper is read
/// as `null` (and then reported by validation as the wrong type) rather than
/// risk the stack on a hostile or cyclic value (natively and in the browser).
pub const MAX_DEPTH: usize = 32;

impl<'de> serde::Deserialize<'de> for Value {
    /// Reads any self-describing format (JSON text with `serde_json`), keeping
    /// object keys in the order given.
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Value, D::Error> {
        serde::de::DeserializeSeed::deserialize(Depth(0), de)
    }
}

/// Reads a value `.0` levels deep.
#[derive(Clone, Copy)]
struct Depth(usize);

impl<'de> serde::de::DeserializeSeed<'de> for Depth {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, de: D) -> Result<Value, D::Error> {
        if self.0 > MAX_DEPTH {
            de.deserialize_ignored_any(serde::de::IgnoredAny)?;
            return Ok(Value::Null);
        }
        de.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Depth {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, de: D) -> Result<Value, D::Error> {
        serde::de::DeserializeSeed::deserialize(self, de)
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Number(n as f64))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Number(n as f64))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Value, E> {
        // JSON has no infinities or NaN; a host's object might.
        Ok(if n.is_finite() {
            Value::Number(n)
        } else {
            Value::Null
        })
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::String(s.to_string()))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::String(s))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(v) = seq.next_element_seed(Depth(self.0 + 1))? {
            out.push(v);
        }
        Ok(Value::Array(out))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            let v = map.next_value_seed(Depth(self.0 + 1))?;
            out.push((k, v));
        }
        Ok(Value::Object(Map::from_members(out)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_read_as_json_parse_reads_them() {
        let v: Value = serde_json::from_str(
            r#"{"b": 1, "10": 2, "a": 3, "b": 4, "2": 5, "02": 6, "-1": 7, "4294967295": 8}"#,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let Some(m) = v.as_object() else {
            panic!("not an object: {v:?}")
        };
        // As `Object.keys(JSON.parse(...))` gives them in a browser.
        assert_eq!(
            m.keys().collect::<Vec<_>>(),
            ["2", "10", "b", "a", "02", "-1", "4294967295"]
        );
        assert_eq!(v.get("b").and_then(Value::as_f64), Some(4.0));
    }

    #[test]
    fn keys_keep_their_order_and_numbers_are_read_as_numbers() {
        let v: Value = serde_json::from_str(r#"{"b": 1, "a": [true, null, "x", -2.5]}"#)
            .unwrap_or_else(|e| panic!("{e}"));
        let Some(m) = v.as_object() else {
            panic!("not an object: {v:?}")
        };
        assert_eq!(m.keys().collect::<Vec<_>>(), ["b", "a"]);
        assert_eq!(v.get("b").and_then(Value::as_f64), Some(1.0));
        assert_eq!(
            v.get("a"),
            Some(&Value::Array(vec![
                Value::Bool(true),
                Value::Null,
                Value::String("x".into()),
                Value::Number(-2.5)
            ]))
        );
    }

    #[test]
    fn nesting_past_the_limit_is_read_as_null() {
        let deep = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH + 5),
            "]".repeat(MAX_DEPTH + 5)
        );
        let mut v: Value = serde_json::from_str(&deep).unwrap_or_else(|e| panic!("{e}"));
        let mut levels = 0;
        while let Value::Array(mut a) = v {
            levels += 1;
            v = a.pop().unwrap_or(Value::Bool(false));
        }
        assert_eq!(levels, MAX_DEPTH + 1);
        assert_eq!(v, Value::Null);
    }
}
