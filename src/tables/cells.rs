//! One cell: a JSON value written for a spreadsheet, and read back.

use serde_json::Value;

use super::columns::Kind;
use crate::core::lang::{self, Lang};

/// A value as a cell: empty for a missing value or null.
pub fn write(value: Option<&Value>, kind: Kind) -> String {
    match (value, kind) {
        (None | Some(Value::Null), _) => String::new(),
        (Some(Value::Bool(b)), _) => {
            let w = lang::words();
            if *b { w.yes_is() } else { w.no_is() }.into()
        }
        (Some(Value::Number(n)), _) => match n.as_f64() {
            Some(f) => number(f),
            None => n.to_string(),
        },
        (Some(Value::String(s)), Kind::Words(words)) => {
            words.iter().find(|(data, _)| data == s).map_or_else(
                || s.clone(),
                |(data, person)| lang::label(data, person).to_string(),
            )
        }
        (Some(Value::String(s)), _) => s.clone(),
        (Some(other), _) => other.to_string(),
    }
}

/// A number as people write it: no ".0" on whole numbers, and every digit
/// needed to read back the same number.
fn number(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// Reads a cell of a column of `kind`: `Ok(None)` for an empty cell, or why
/// it cannot be read. `decimal_comma` is true in a file separated by
/// semicolons, as spreadsheets write it where a comma marks decimals.
pub fn read(cell: &str, kind: Kind, decimal_comma: bool) -> Result<Option<Value>, String> {
    let cell = unprotect(cell.trim());
    if cell.is_empty() {
        return Ok(None);
    }
    match kind {
        Kind::Text => Ok(Some(Value::String(cell.to_string()))),
        Kind::Number => {
            let plain: String = cell
                .trim_start_matches('£')
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let plain = if decimal_comma {
                plain.replace('.', "").replace(',', ".")
            } else {
                plain.replace(',', "")
            };
            plain
                .parse::<f64>()
                .ok()
                .filter(|f| f.is_finite())
                .and_then(serde_json::Number::from_f64)
                .map(|n| Some(Value::Number(whole(n))))
                .ok_or_else(|| lang::words().table_cell_not_a_number(cell))
        }
        Kind::Words(words) => words
            .iter()
            .find(|(data, person)| {
                let welsh = lang::with(Lang::Cy, || lang::label(data, person));
                [*data, *person, welsh]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(cell))
            })
            .map(|(data, _)| Some(Value::String((*data).to_string())))
            .ok_or_else(|| {
                let choices: Vec<&str> = words
                    .iter()
                    .map(|(data, person)| lang::label(data, person))
                    .collect();
                lang::words().not_one_of(cell, choices.join(", "))
            }),
        // As `write` answers in either language ("Yes", "Ydy"), or true/false.
        Kind::YesNo => {
            let answers = |l| lang::with(l, || (lang::words().yes_is(), lang::words().no_is()));
            let ((yes, no), (ydy, nac_ydy)) = (answers(Lang::En), answers(Lang::Cy));
            let any = |words: [&str; 3]| words.iter().any(|w| w.eq_ignore_ascii_case(cell));
            if any(["true", yes, ydy]) {
                Ok(Some(Value::Bool(true)))
            } else if any(["false", no, nac_ydy]) {
                Ok(Some(Value::Bool(false)))
            } else {
                let w = lang::words();
                Err(w.table_cell_not_yes_no(cell, w.yes_is(), w.no_is()))
            }
        }
    }
}

/// A whole number stays a whole number (so 6 reads back as 6, not 6.0).
fn whole(n: serde_json::Number) -> serde_json::Number {
    match n.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 1e15 => serde_json::Number::from(f as i64),
        _ => n,
    }
}

/// A cell without the apostrophe the export puts before text that a
/// spreadsheet would otherwise run as a formula.
fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

/// True when two values mean the same: missing and null alike, and numbers
/// by value (6 and 6.0).
pub fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    let a = a.filter(|v| !v.is_null());
    let b = b.filter(|v| !v.is_null());
    match (a, b) {
        (None, None) => true,
        (Some(Value::Number(x)), Some(Value::Number(y))) => x.as_f64() == y.as_f64(),
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: Kind = Kind::Words(&[("in-place", "In place"), ("unknown", "Not known")]);

    #[test]
    fn cells_read_back_what_they_write() {
        for v in [
            serde_json::json!(4263000.0),
            serde_json::json!(3.4),
            serde_json::json!(0.1),
            serde_json::json!(6),
            serde_json::json!("=SUM(A1)"),
            serde_json::json!("a, \"quoted\" note"),
        ] {
            let kind = if v.is_number() {
                Kind::Number
            } else {
                Kind::Text
            };
            let cell = write(Some(&v), kind);
            let back = read(&cell, kind, false).unwrap_or_else(|e| panic!("{e}"));
            assert!(same(back.as_ref(), Some(&v)), "{v} -> {cell} -> {back:?}");
        }
        assert_eq!(
            write(Some(&serde_json::json!("in-place")), WORDS),
            "In place"
        );
        assert_eq!(
            read("in place", WORDS, false),
            Ok(Some(serde_json::json!("in-place")))
        );
        assert_eq!(
            read("IN-PLACE", WORDS, false),
            Ok(Some(serde_json::json!("in-place")))
        );
        assert_eq!(read(" ", WORDS, false), Ok(None));
    }

    #[test]
    fn numbers_are_read_as_spreadsheets_write_them() {
        let n = |cell, comma| read(cell, Kind::Number, comma);
        assert_eq!(n("£4,263,000", false), Ok(Some(serde_json::json!(4263000))));
        assert_eq!(n("3,4", true), Ok(Some(serde_json::json!(3.4))));
        assert_eq!(n("1.234,5", true), Ok(Some(serde_json::json!(1234.5))));
        assert_eq!(n("12k", false), Err("`12k` is not a number".into()));
        assert_eq!(n("inf", false), Err("`inf` is not a number".into()));
    }

    #[test]
    fn a_formula_guard_is_taken_off_but_an_apostrophe_in_text_stays() {
        assert_eq!(
            read("'=1+1", Kind::Text, false),
            Ok(Some(serde_json::json!("=1+1")))
        );
        assert_eq!(
            read("'tis", Kind::Text, false),
            Ok(Some(serde_json::json!("'tis")))
        );
        assert_eq!(
            read("maybe", Kind::YesNo, false),
            Err("`maybe` is not Yes or No".into())
        );
    }
}
