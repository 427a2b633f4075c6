//! The checks made on a data file's text before it is parsed, the same in the
//! browser (which parses with `JSON.parse`) and on the command line (which
//! parses with serde): a byte-order mark is dropped, the size is capped, and a
//! scan of the text reports what a parser hides: a key given twice in one
//! object (both parsers keep the last), and a number too large for the format
//! (the browser would read 1e400 as infinity, serde refuses it), quoted as it
//! is written.
//!
//! The scan reads no numbers as floating point, so it adds nothing to the
//! WebAssembly's float parsing; on text that is not valid JSON it stops, and
//! the parser reports where.

use super::{Problem, Severity, MAX_BYTES};
use crate::core::lang::words;

/// Numbers the format accepts anywhere are smaller than this: fifteen digits,
/// below which every whole number is exact.
pub const LIMIT: f64 = 1e15;
/// The largest, in words.
pub const LARGEST: &str = "999,999,999,999,999";

/// The text to parse (without a byte-order mark) and the problems the scan
/// found, or the one problem that stops the file being read at all.
pub fn prepare(text: &str) -> Result<(&str, Vec<Problem>), Problem> {
    let text = text.strip_prefix(BYTE_ORDER_MARK).unwrap_or(text);
    if let Some(problem) = file_too_large(text.len()) {
        return Err(problem);
    }
    let mut problems = Vec::new();
    let _ = scan(text.as_bytes(), &mut problems);
    Ok((text, problems))
}

/// The problem with a file of `bytes` bytes (not counting a byte-order mark),
/// if it is larger than the format accepts.
pub fn file_too_large(bytes: usize) -> Option<Problem> {
    (bytes > MAX_BYTES).then(|| size_problem(bytes))
}

/// The problem with a file whose length is known before it is read (a
/// download's `Content-Length`), if it is too large even when it begins with
/// a byte-order mark, which is not counted. A file a few bytes over the limit
/// is read, and [`prepare`] decides.
pub fn too_large_to_read(bytes: usize) -> Option<Problem> {
    (bytes.saturating_sub(BYTE_ORDER_MARK.len()) > MAX_BYTES).then(|| size_problem(bytes))
}

fn size_problem(bytes: usize) -> Problem {
    Problem {
        severity: Severity::Error,
        path: "$".into(),
        message: words().file_too_large(bytes, MAX_BYTES),
        hint: Some(words().file_too_large_hint().into()),
    }
}

/// UTF-8's byte-order mark, which Windows Notepad and Excel write.
const BYTE_ORDER_MARK: &str = "\u{feff}";

/// An object or array being read: its keys so far, or its index; and the
/// length of the shared path before its own part was added.
enum Open<'a> {
    Object { keys: Vec<&'a str>, base: usize },
    Array { index: usize, base: usize },
}

/// Where the next value sits in the container being read.
enum Place<'a> {
    Root,
    Key(&'a str),
    Index(usize),
}

/// Adds the part of a path that `place` names to `path`.
fn push_place(path: &mut String, place: &Place) {
    use std::fmt::Write;
    let _ = match place {
        Place::Root => write!(path, "$"),
        Place::Key(k) => write!(path, ".{k}"),
        Place::Index(i) => write!(path, "[{i}]"),
    };
}

/// The path of the value at `place`, under the container at `path`.
fn path_of(path: &str, place: &Place) -> String {
    let mut out = path.to_string();
    push_place(&mut out, place);
    out
}

/// Walks the JSON text, reporting repeated keys and numbers beyond the
/// format's range; `None` where the text stops being JSON. The containers
/// open are kept on a list, not the call stack, so deep nesting cannot
/// overflow it; their paths share one string.
fn scan(b: &[u8], out: &mut Vec<Problem>) -> Option<()> {
    let mut i = 0;
    let mut open: Vec<Open<'_>> = Vec::new();
    let mut path = String::new();
    // Where the next value goes; `None` when a separator is due.
    let mut next = Some(Place::Root);
    loop {
        skip_space(b, &mut i);
        if let Some(place) = next.take() {
            match *b.get(i)? {
                c @ (b'{' | b'[') => {
                    i += 1;
                    skip_space(b, &mut i);
                    let close = if c == b'{' { b'}' } else { b']' };
                    if b.get(i) == Some(&close) {
                        i += 1;
                        continue;
                    }
                    let base = path.len();
                    push_place(&mut path, &place);
                    if c == b'{' {
                        let mut keys = Vec::new();
                        next = Some(key(b, &mut i, &path, &mut keys, out)?);
                        open.push(Open::Object { keys, base });
                    } else {
                        next = Some(Place::Index(0));
                        open.push(Open::Array { index: 0, base });
                    }
                }
                b'"' => {
                    let text = string(b, &mut i)?;
                    if let Some(half) = lone_surrogate(text) {
                        out.push(half_character(path_of(&path, &place), half));
                    }
                }
                b'-' | b'0'..=b'9' => {
                    let written = number(b, &mut i)?;
                    if too_large(written) {
                        out.push(Problem::error(
                            path_of(&path, &place),
                            words().number_too_large(written, LARGEST),
                        ));
                    }
                }
                _ => {
                    // true, false or null: the parser checks the spelling.
                    while b.get(i).is_some_and(u8::is_ascii_alphabetic) {
                        i += 1;
                    }
                }
            }
            continue;
        }
        match (open.last_mut(), b.get(i)) {
            (None, _) => return Some(()),
            (Some(Open::Object { keys, .. }), Some(b',')) => {
                i += 1;
                next = Some(key(b, &mut i, &path, keys, out)?);
            }
            (Some(Open::Array { index, .. }), Some(b',')) => {
                i += 1;
                *index += 1;
                next = Some(Place::Index(*index));
            }
            (Some(Open::Object { base, .. }), Some(b'}'))
            | (Some(Open::Array { base, .. }), Some(b']')) => {
                i += 1;
                path.truncate(*base);
                open.pop();
            }
            _ => return None,
        }
    }
}

/// Reads `"key":` in the object at `path` whose keys so far are `keys`,
/// reports the key if it is there already, and returns its place.
fn key<'a>(
    b: &'a [u8],
    i: &mut usize,
    path: &str,
    keys: &mut Vec<&'a str>,
    out: &mut Vec<Problem>,
) -> Option<Place<'a>> {
    skip_space(b, i);
    let name = string(b, i)?;
    skip_space(b, i);
    if b.get(*i) != Some(&b':') {
        return None;
    }
    *i += 1;
    if let Some(half) = lone_surrogate(name) {
        out.push(half_character(format!("{path}.{name}"), half));
    }
    if keys.contains(&name) {
        out.push(Problem {
            severity: Severity::Warning,
            path: format!("{path}.{name}"),
            message: words().key_twice(name),
            hint: Some(words().key_twice_hint().into()),
        });
    } else {
        keys.push(name);
    }
    Some(Place::Key(name))
}

fn skip_space(b: &[u8], i: &mut usize) {
    while b
        .get(*i)
        .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
    {
        *i += 1;
    }
}

/// Reads a string at `i` (which must be at its opening quote) and returns it
/// as written, escapes and all: keys are compared as written, so `"id"` and
/// `"\u0069d"` count as different (JSON files almost never escape a key).
fn string<'a>(b: &'a [u8], i: &mut usize) -> Option<&'a str> {
    if b.get(*i) != Some(&b'"') {
        return None;
    }
    *i += 1;
    let start = *i;
    loop {
        match *b.get(*i)? {
            b'"' => {
                let s = std::str::from_utf8(&b[start..*i]).ok()?;
                *i += 1;
                return Some(s);
            }
            b'\\' => *i += 2,
            _ => *i += 1,
        }
    }
}

/// The first escape in a string, as written, that is half of a character
/// with no other half (a lone surrogate such as `\ud800`). The browser's
/// `JSON.parse` keeps it and shows it as U+FFFD; serde refuses the file.
fn lone_surrogate(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    // The code unit of a `\uXXXX` escape starting at `at`.
    let unit = |at: usize| {
        (b.get(at + 1) == Some(&b'u'))
            .then(|| s.get(at + 2..at + 6))
            .flatten()
            .and_then(|hex| u16::from_str_radix(hex, 16).ok())
    };
    let escape = |at: usize| s.get(at..at + 6);
    // Where a first half waiting for its second half starts.
    let mut first: Option<usize> = None;
    let mut i = 0;
    while i < b.len() {
        let u = if b[i] == b'\\' { unit(i) } else { None };
        match u {
            Some(0xD800..=0xDBFF) => {
                if let Some(at) = first {
                    return escape(at);
                }
                first = Some(i);
            }
            Some(0xDC00..=0xDFFF) if first.take().is_none() => return escape(i),
            Some(0xDC00..=0xDFFF) => {}
            _ => {
                if let Some(at) = first {
                    return escape(at);
                }
            }
        }
        i += match (u, b[i]) {
            (Some(_), _) => 6,
            (None, b'\\') => 2,
            _ => 1,
        };
    }
    first.and_then(escape)
}

fn half_character(path: String, half: &str) -> Problem {
    Problem::error(path, words().half_character(half)).hint(words().half_character_hint())
}

/// Reads a number at `i` and returns it as written.
fn number<'a>(b: &'a [u8], i: &mut usize) -> Option<&'a str> {
    let start = *i;
    while b
        .get(*i)
        .is_some_and(|c| matches!(c, b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'))
    {
        *i += 1;
    }
    std::str::from_utf8(&b[start..*i]).ok()
}

/// True when a number, as written, is 10^15 or more in size: worked out from
/// its digits and exponent, without reading it as a float.
fn too_large(written: &str) -> bool {
    let b = written.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    // Where the first significant digit is, counting the units as 0.
    let mut whole_digits: i64 = 0;
    let mut first_fraction: Option<i64> = None;
    let mut after_point: i64 = 0;
    let mut seen_point = false;
    let mut significant = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'.' => seen_point = true,
            b'0'..=b'9' if seen_point => {
                after_point += 1;
                if c != b'0' && first_fraction.is_none() {
                    first_fraction = Some(after_point);
                }
            }
            b'0'..=b'9' => {
                significant |= c != b'0';
                if significant {
                    whole_digits += 1;
                }
            }
            _ => break,
        }
        i += 1;
    }
    let mut exponent: i64 = 0;
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let negative = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        while let Some(&d) = b.get(i).filter(|d| d.is_ascii_digit()) {
            exponent = (exponent * 10 + i64::from(d - b'0')).min(1_000_000);
            i += 1;
        }
        if negative {
            exponent = -exponent;
        }
    }
    let magnitude = match (whole_digits, first_fraction) {
        (0, None) => return false,
        (0, Some(k)) => exponent - k,
        (n, _) => exponent + n - 1,
    };
    magnitude >= 15
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        match prepare(text) {
            Ok((_, p)) => p.into_iter().map(|p| (p.path, p.message)).collect(),
            Err(p) => vec![(p.path, p.message)],
        }
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        let (text, problems) = prepare("\u{feff}{\"a\": 1}").unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(text, "{\"a\": 1}");
        assert!(problems.is_empty());
    }

    #[test]
    fn repeated_keys_are_found_with_their_path() {
        let f = found(
            r#"{"meta": {"title": "a", "title": "b"}, "regions": [{"id": 1}, {"id": 2, "id": 3}]}"#,
        );
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].0, "$.meta.title");
        assert_eq!(f[1].0, "$.regions[1].id");
        // The same key in different objects is fine.
        assert!(found(r#"[{"a": 1}, {"a": 2}, {"b": {"a": 3}}]"#).is_empty());
    }

    #[test]
    fn numbers_beyond_the_format_are_quoted_as_written() {
        let f = found(
            r#"{"x": [1e308, -2E+15, 999999999999999, 1e14, 0.5e15, 0.0001e19, 1e-400, 12.5]}"#,
        );
        let paths: Vec<&str> = f.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(paths, ["$.x[0]", "$.x[1]", "$.x[5]"], "{f:?}");
        assert!(f[0].1.starts_with("the number 1e308 is larger"));
    }

    #[test]
    fn broken_text_stops_the_scan_without_a_panic() {
        for text in [
            "",
            "{",
            "{\"a\"",
            "{\"a\":",
            "[1,",
            "\"\\u12",
            "{\"a\" 1}",
            "[[[[",
            "}",
        ] {
            let _ = found(text);
        }
        // Deep nesting is walked without recursion.
        let deep = "[".repeat(100_000);
        assert!(found(&deep).is_empty());
    }

    #[test]
    fn half_a_character_is_reported_where_it_is() {
        assert_eq!(
            found(r#"{"a": ["ok", "x\ud800y"], "\udc00": 1}"#),
            [
                (
                    "$.a[1]".to_string(),
                    "`\\ud800` is half of a character, with no other half, so it cannot be read"
                        .to_string()
                ),
                (
                    "$.\\udc00".to_string(),
                    "`\\udc00` is half of a character, with no other half, so it cannot be read"
                        .to_string()
                ),
            ]
        );
        // Whole characters, escaped backslashes and other escapes are fine.
        for fine in [r#"["\ud83d\ude00"]"#, r#"["\\ud800"]"#, r#"["\n\u00e9"]"#] {
            assert!(found(fine).is_empty(), "{fine}");
        }
        for half in [
            r#"["\ud800"]"#,
            r#"["\ud800\ud800"]"#,
            r#"["\ude00\ud83d"]"#,
            r#"["\ud800\n"]"#,
        ] {
            assert_eq!(found(half).len(), 1, "{half}");
        }
    }

    #[test]
    fn a_length_known_before_reading_is_judged_as_the_text_would_be() {
        // Up to the limit and a byte-order mark: read, and `prepare` decides.
        assert!(too_large_to_read(MAX_BYTES + 3).is_none());
        let refused = too_large_to_read(MAX_BYTES + 4).map(|p| p.message);
        assert_eq!(
            refused.as_deref(),
            Some("the file is 5242884 bytes; the largest accepted is 5242880 bytes (5 MB)")
        );
        // The same words as for the text itself.
        let text = " ".repeat(MAX_BYTES + 4);
        assert_eq!(prepare(&text).err().map(|p| p.message), refused);
        let marked = format!("\u{feff}{}", " ".repeat(MAX_BYTES));
        assert!(prepare(&marked).is_ok());
    }

    #[test]
    fn too_big_a_file_is_refused() {
        let big = " ".repeat(MAX_BYTES + 1);
        let f = found(&big);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].1.contains("the largest accepted is 5242880 bytes"),
            "{f:?}"
        );
    }
}
