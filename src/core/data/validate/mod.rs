//! Validation of a raw `network.json`: every problem at once, each with its JSON
//! path, what was expected and, where possible, a hint.

use crate::core::data::json::{Map, Value};
use crate::core::lang::words;
use std::fmt;

use super::model::Network;

mod facts;
mod network;
pub mod text;

pub use facts::{is_financial_year, ROUNDING};

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The file cannot be drawn until this is fixed.
    Error,
    /// The file can be drawn, but something is probably wrong (an unknown field).
    Warning,
}

/// One thing wrong with the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Error or warning.
    pub severity: Severity,
    /// Where, as a path such as `$.regions[2].forces[1]`.
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
    /// How to fix it, if there is a likely fix.
    pub hint: Option<String>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => words().noun_error(),
            Severity::Warning => words().noun_warning(),
        };
        write!(f, "{kind}: {}: {}", self.path, self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        Ok(())
    }
}

/// The outcome of validation: the model (when there are no errors) and every problem.
#[derive(Debug, Clone)]
pub struct Report {
    /// The typed model, present when there are no errors.
    pub network: Option<Network>,
    /// Every error and warning, errors first, each in file order.
    pub problems: Vec<Problem>,
}

impl Report {
    /// True when at least one problem is an error.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// Largest file accepted, in bytes: a cap, so a mistaken upload fails clearly.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Parses and validates `network.json` text.
///
/// ```
/// let report = rocu_map::core::data::validate::validate_str("{}");
/// assert!(report.has_errors());
/// assert!(report.problems.iter().any(|p| p.path == "$.regions"));
/// ```
pub fn validate_str(text: &str) -> Report {
    let (text, scanned) = match text::prepare(text) {
        Ok(prepared) => prepared,
        Err(problem) => return only(problem),
    };
    match serde_json::from_str::<Value>(text) {
        Ok(value) => validate_parsed(&value, scanned),
        // serde refuses a number beyond floating point (1e400), which the
        // browser reads as infinity; the scan has reported it as written.
        Err(_) if scanned.iter().any(|p| p.severity == Severity::Error) => Report {
            network: None,
            problems: scanned,
        },
        Err(e) => only(Problem {
            severity: Severity::Error,
            path: "$".into(),
            message: words().not_json(&json_error_kind(&e), e.line(), e.column()),
            hint: Some(words().not_json_hint().into()),
        }),
    }
}

/// What serde_json says is wrong, without its place (given apart): its own
/// English words, or in the Welsh map their Welsh from the catalogue.
fn json_error_kind(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let kind = match text.find(" at line") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    #[cfg(any(not(target_arch = "wasm32"), feature = "cy"))]
    if let Some(said) = json_kind_in_language(&kind) {
        return said.into();
    }
    kind
}

/// serde_json's words for what is wrong in the language in use (its English
/// unchanged), or `None` for words it has not been known to use.
#[cfg(any(not(target_arch = "wasm32"), feature = "cy"))]
fn json_kind_in_language(kind: &str) -> Option<&'static str> {
    let w = words();
    Some(match kind {
        "EOF while parsing a list" => w.json_eof_list(),
        "EOF while parsing an object" => w.json_eof_object(),
        "EOF while parsing a string" => w.json_eof_string(),
        "EOF while parsing a value" => w.json_eof_value(),
        "expected `:`" => w.json_expected_colon(),
        "expected `,` or `]`" => w.json_expected_list_end(),
        "expected `,` or `}`" => w.json_expected_object_end(),
        "expected ident" => w.json_expected_ident(),
        "expected value" => w.json_expected_value(),
        "expected `\"`" => w.json_expected_quote(),
        "invalid escape" => w.json_invalid_escape(),
        "invalid number" => w.json_invalid_number(),
        "number out of range" => w.json_number_out_of_range(),
        "invalid unicode code point" => w.json_invalid_code_point(),
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            w.json_control_character()
        }
        "key must be a string" => w.json_key_not_text(),
        "lone leading surrogate in hex escape" => w.json_lone_surrogate(),
        "trailing comma" => w.json_trailing_comma(),
        "trailing characters" => w.json_trailing_characters(),
        "unexpected end of hex escape" => w.json_hex_escape_end(),
        _ => return None,
    })
}

/// The line and column where the browser's `JSON.parse` says the text stops
/// being JSON, from its message: Chromium's "… in JSON at position 23 (line 1
/// column 24)", Firefox's "… at line 1 column 24 of the JSON data". `None`
/// when the message names no line (Safari's). (For the Welsh map, which
/// gives the place in Welsh rather than the browser's English.)
///
/// ```
/// use rocu_map::core::data::validate::browser_json_place;
/// let chromium = "Expected double-quoted property name in JSON at position 23 (line 1 column 24)";
/// assert_eq!(browser_json_place(chromium), Some((1, 24)));
/// let firefox = "JSON.parse: expected double-quoted property name at line 3 column 7 of the JSON data";
/// assert_eq!(browser_json_place(firefox), Some((3, 7)));
/// assert_eq!(browser_json_place("JSON Parse error: Expected '}'"), None);
/// ```
#[cfg(any(not(target_arch = "wasm32"), feature = "cy"))]
pub fn browser_json_place(said: &str) -> Option<(usize, usize)> {
    fn number(b: &[u8]) -> Option<(usize, &[u8])> {
        let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let value = b.get(..n)?.iter().try_fold(0usize, |v, d| {
            v.checked_mul(10)?.checked_add(usize::from(d - b'0'))
        })?;
        Some((value, b.get(n..)?)).filter(|_| n > 0)
    }
    let b = said.as_bytes();
    let at = b.windows(5).position(|w| w == b"line ")? + 5;
    let (line, rest) = number(b.get(at..)?)?;
    let (column, _) = number(rest.strip_prefix(b" column ")?)?;
    Some((line, column))
}

fn only(problem: Problem) -> Report {
    Report {
        network: None,
        problems: vec![problem],
    }
}

/// Validates an already parsed JSON value.
pub fn validate_value(value: &Value) -> Report {
    validate_parsed(value, Vec::new())
}

/// Validates a JSON value parsed from text, with the problems the scan of
/// that text found (`text::prepare`): the browser and the command line both
/// come here, so one file gets one verdict.
pub fn validate_parsed(value: &Value, scanned: Vec<Problem>) -> Report {
    let mut v = Checker { problems: scanned };
    let network = v.document(value);
    // Errors first, each kind in file order.
    let (mut problems, warnings): (Vec<Problem>, Vec<Problem>) = v
        .problems
        .into_iter()
        .partition(|p| p.severity == Severity::Error);
    problems.extend(warnings);
    let network = network.filter(|_| !problems.iter().any(|p| p.severity == Severity::Error));
    Report { network, problems }
}

impl Problem {
    fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem::new(Severity::Error, path.into(), message.into())
    }

    // Out of line: there are well over a hundred call sites.
    #[inline(never)]
    fn new(severity: Severity, path: String, message: String) -> Self {
        Problem {
            severity,
            path,
            message,
            hint: None,
        }
    }

    fn hint(self, hint: impl Into<String>) -> Self {
        self.with_hint(hint.into())
    }

    #[inline(never)]
    fn with_hint(mut self, hint: String) -> Self {
        self.hint = Some(hint);
        self
    }
}

#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

const TOP_FIELDS: &[&str] = &[
    "$schema",
    "meta",
    "regions",
    "forces",
    "units",
    "capabilities",
    "fundingSources",
    "presentation",
];
const META_FIELDS: &[&str] = &[
    "title",
    "asOf",
    "illustrative",
    "sources",
    "attribution",
    "classification",
];
const SOURCE_FIELDS: &[&str] = &["title", "url"];
const REGION_FIELDS: &[&str] = &[
    "id",
    "name",
    "nameCy",
    "shortName",
    "shortNameCy",
    "rocu",
    "brand",
    "website",
    "leadForce",
    "leadForceSource",
    "forces",
    "note",
    "capabilities",
    "funding",
    "governance",
    "inspection",
];
const FORCE_FIELDS: &[&str] = &["code", "name", "nameCy", "onsName"];
/// Fields earlier versions of the format had, and why they went.
fn retired(key: &str) -> Option<&'static str> {
    match key {
        "leadPcc" => Some(words().retired_lead_pcc()),
        "inspected" => Some(words().retired_inspected()),
        _ => None,
    }
}
const UNIT_FIELDS: &[&str] = &["id", "name", "nameCy", "region", "note"];
const PRESENTATION_FIELDS: &[&str] = &["steps"];
const STEP_FIELDS: &[&str] = &["title", "overlay", "measure", "region", "caption"];
/// The longest caption, in characters: a sentence or two that fits on a slide.
pub const CAPTION_CHARS: usize = 200;

impl Checker {
    fn push(&mut self, p: Problem) {
        self.problems.push(p);
    }

    fn object<'a>(&mut self, value: &'a Value, path: &str, known: &[&str]) -> Option<&'a Map> {
        let Some(map) = value.as_object() else {
            self.push(Problem::error(path, words().expected_object(kind(value))));
            return None;
        };
        for key in map.keys() {
            if !known.contains(&key) {
                let mut p = Problem {
                    severity: Severity::Warning,
                    path: at(path, key),
                    message: words().unknown_field(key),
                    hint: None,
                };
                if let Some(why) = retired(key) {
                    p.hint = Some(why.to_string());
                } else if let Some(best) = closest(key, known) {
                    p.hint = Some(words().did_you_mean(best));
                }
                self.push(p);
            }
        }
        Some(map)
    }

    /// An optional Welsh name (`nameCy`, `shortNameCy`). Empty text is no
    /// name, as leaving it out is: the map then shows the English name.
    ///
    /// The English WebAssembly shows no Welsh names, so it does not read them
    /// (its users download nothing for them): the Welsh map and
    /// `rocu-map validate` check them.
    fn welsh_name(&mut self, map: &Map, key: &str, path: &str) -> Option<String> {
        if cfg!(all(target_arch = "wasm32", not(feature = "cy"))) {
            return None;
        }
        self.string(map, key, path, false)
            .filter(|name| !name.trim().is_empty())
            .map(String::from)
    }

    fn string<'a>(
        &mut self,
        map: &'a Map,
        key: &str,
        path: &str,
        required: bool,
    ) -> Option<&'a str> {
        match map.get(key) {
            None | Some(Value::Null) if !required => None,
            None => {
                self.push(Problem::error(at(path, key), words().field_missing(key)));
                None
            }
            Some(Value::String(s)) if s.trim().is_empty() && required => {
                self.push(Problem::error(at(path, key), words().field_empty(key)));
                None
            }
            Some(Value::String(s)) => Some(s),
            Some(other) => {
                self.push(Problem::error(
                    at(path, key),
                    words().expected_text(kind(other)),
                ));
                None
            }
        }
    }

    fn array<'a>(&mut self, map: &'a Map, key: &str, path: &str, required: bool) -> &'a [Value] {
        match map.get(key) {
            None if !required => &[],
            None => {
                self.push(Problem::error(at(path, key), words().field_missing(key)));
                &[]
            }
            Some(Value::Array(items)) => items,
            Some(other) => {
                self.push(Problem::error(
                    at(path, key),
                    words().expected_list(kind(other)),
                ));
                &[]
            }
        }
    }

    fn boolean(&mut self, map: &Map, key: &str, path: &str) -> bool {
        if let Some(v) = map.get(key) {
            if let Some(b) = v.as_bool() {
                return b;
            }
            self.push(Problem::error(
                at(path, key),
                words().expected_boolean(kind(v)),
            ));
        }
        false
    }

    fn link(&mut self, map: &Map, key: &str, path: &str) -> Option<String> {
        let url = self.string(map, key, path, false)?;
        if !is_safe_link(url) {
            self.push(
                Problem::error(at(path, key), words().link_not_allowed(url))
                    .hint(words().link_hint()),
            );
            return None;
        }
        Some(url.to_string())
    }
}

/// `path.key`: the path of a member. Out of line, for its many call sites.
#[inline(never)]
fn at(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

fn text(s: Option<&str>) -> String {
    s.unwrap_or_default().to_string()
}

/// Pairs of code and value in file order: the lists are short, so a list is
/// smaller in the WebAssembly than a map and keeps the file's order.
struct Known(Vec<(String, String)>);

impl Known {
    fn new() -> Known {
        Known(Vec::new())
    }

    /// Adds a pair; returns the value already held for `code`, if any.
    fn insert(&mut self, code: &str, value: &str) -> Option<String> {
        if let Some(old) = self.get(code) {
            return Some(old.to_string());
        }
        self.0.push((code.to_string(), value.to_string()));
        None
    }

    fn get(&self, code: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, v)| v.as_str())
    }

    fn contains_key(&self, code: &str) -> bool {
        self.get(code).is_some()
    }

    fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(c, _)| c.as_str())
    }

    fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(c, v)| (c.as_str(), v.as_str()))
    }
}

/// Records `item`; false when it was already there.
fn first_time(seen: &mut Vec<String>, item: &str) -> bool {
    if seen.iter().any(|s| s == item) {
        return false;
    }
    seen.push(item.to_string());
    true
}

/// The candidate nearest to `word` by edit distance, if it is near enough to be a typo.
pub fn closest<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .copied()
        .map(|c| (edit_distance(word, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The optimal-string-alignment distance: insertions, deletions, substitutions
/// and swaps of neighbouring characters each count one. (A few lines here rather
/// than the `strsim` crate, whose generic version costs 2 KB of WebAssembly.)
///
/// ```
/// use rocu_map::core::data::validate::edit_distance;
/// assert_eq!(edit_distance("E2300005", "E23000005"), 1);
/// assert_eq!(edit_distance("surveillacne", "surveillance"), 1);
/// assert_eq!(edit_distance("abc", "xyz"), 3);
/// ```
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            d[i * w + j] = if i == 0 || j == 0 {
                i + j
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1)
                    .min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(d[(i - 2) * w + j - 2] + 1);
                }
                best
            };
        }
    }
    d[a.len() * w + b.len()]
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => words().kind_null(),
        Value::Bool(_) => words().kind_boolean(),
        Value::Number(_) => words().kind_number(),
        Value::String(_) => words().kind_text(),
        Value::Array(_) => words().kind_list(),
        Value::Object(_) => words().kind_object(),
    }
}

/// True for a police force area GSS code: `E23` or `W15` and six digits.
pub fn is_gss_force_code(code: &str) -> bool {
    code.len() == 9
        && (code.starts_with("E23") || code.starts_with("W15"))
        && code.bytes().skip(3).all(|b| b.is_ascii_digit())
}

fn is_slug(id: &str) -> bool {
    !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for a Government Security Classifications marking: a tier (`OFFICIAL`,
/// `SECRET`, `TOP SECRET`) in capitals, optionally followed by `-SENSITIVE` or a
/// descriptor, such as `OFFICIAL-SENSITIVE` or `OFFICIAL-SENSITIVE PERSONAL`.
///
/// ```
/// use rocu_map::core::data::validate::is_marking;
/// assert!(is_marking("OFFICIAL-SENSITIVE"));
/// assert!(!is_marking("official"));
/// assert!(!is_marking("RESTRICTED"));
/// ```
pub fn is_marking(s: &str) -> bool {
    ["OFFICIAL", "SECRET", "TOP SECRET"].iter().any(|tier| {
        s.strip_prefix(tier).is_some_and(|rest| {
            (rest.is_empty() || rest.starts_with(['-', ' ']))
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b' ')
        })
    })
}

/// True for links the map may show: `https:`, `http:` or relative.
pub fn is_safe_link(url: &str) -> bool {
    let u = url.trim().as_bytes();
    let starts = |p: &[u8]| u.len() >= p.len() && u[..p.len()].eq_ignore_ascii_case(p);
    if starts(b"https://") || starts(b"http://") {
        return true;
    }
    // Relative: no scheme (a colon before the first '/', '?' or '#'), not protocol-relative.
    let mut head = u.iter().take_while(|b| !matches!(b, b'/' | b'?' | b'#'));
    !u.is_empty() && !starts(b"//") && !head.any(|b| *b == b':')
}

/// True for a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_iso_date("2021-02-01"));
        assert!(is_iso_date("2024-02-29"));
        assert!(!is_iso_date("2023-02-29"));
        assert!(!is_iso_date("2021-13-01"));
        assert!(!is_iso_date("1 Feb 2021"));
    }

    #[test]
    fn links() {
        assert!(is_safe_link("https://nersou.org.uk/"));
        assert!(is_safe_link("about/units.html"));
        assert!(!is_safe_link("javascript:alert(1)"));
        assert!(!is_safe_link(" JavaScript:alert(1)"));
        assert!(!is_safe_link("data:text/html,x"));
        assert!(!is_safe_link("//evil.example/"));
    }

    #[test]
    fn codes() {
        assert!(is_gss_force_code("E23000005"));
        assert!(is_gss_force_code("W15000001"));
        assert!(!is_gss_force_code("E2300005"));
        assert!(!is_gss_force_code("E06000001"));
    }

    #[test]
    fn did_you_mean() {
        let c = ["E23000005", "E23000013"];
        assert_eq!(closest("E2300005", &c), Some("E23000005"));
        assert_eq!(closest("zzz", &c), None);
    }

    #[test]
    fn bad_json_is_one_error_with_a_place() {
        let r = validate_str("{\"meta\": ");
        assert!(r.has_errors());
        assert!(r.problems[0].message.contains("line 1"));
    }
}
