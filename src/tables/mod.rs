//! The spreadsheet round trip, for analysts who keep the figures in Excel:
//! `rocu-map export-tables` writes the parts of a data file that change from
//! board to board as three CSV files (capability status per region, funding
//! per region, year and source, governance per region), and `rocu-map import`
//! reads them back into a complete data file.
//!
//! Import starts from the data file and changes only the cells that say
//! something different (an empty cell and a missing value are the same; 6 and
//! 6.0 are the same number), so exporting and importing unchanged tables gives
//! the file back exactly. Every problem is reported with its file, row and
//! column and the JSON path it maps to, and the result is validated as
//! `rocu-map validate` would.

pub mod cells;
pub mod columns;
mod read;

use serde_json::{Map, Value};

use crate::core::data::model::Network;
use crate::core::data::validate::{self, Severity};
use crate::core::lang;
use crate::core::layout::compare::csv_field as field;
use columns::{capabilities, funding, governance, Column, REGION_ID, REGION_NAME};
pub use read::{Problem, Where};

/// The three tables' file names, in the order they are written.
pub const FILES: [&str; 3] = [capabilities::FILE, funding::FILE, governance::FILE];

/// A CSV file to write: its name and text.
pub type File = (&'static str, String);

/// Reads and checks a data file, or says why it cannot be used.
fn parse(text: &str) -> Result<(Value, Network), String> {
    let report = validate::validate_str(text);
    let errors: Vec<String> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(ToString::to_string)
        .collect();
    match report.network {
        Some(network) if errors.is_empty() => {
            let text = text.strip_prefix('\u{feff}').unwrap_or(text);
            let value = serde_json::from_str(text).map_err(|e| e.to_string())?;
            Ok((value, network))
        }
        _ => Err(lang::words().table_data_has_errors(errors.join("\n"))),
    }
}

/// The value at `path` inside `object`.
fn at<'a>(object: Option<&'a Value>, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(object?, |v, key| v.get(key))
}

/// The ROCUs, with their index in `regions`: London has no unit, so no
/// capabilities or governance of its own.
fn rocus(network: &Network) -> impl Iterator<Item = (usize, &crate::core::data::model::Region)> {
    network.regions.iter().enumerate().filter(|(_, r)| r.rocu)
}

/// Writes a table as CSV text: the protective marking first where the data
/// has one (as on every export), then the headings and rows, with a
/// byte-order mark so that Excel reads the file as UTF-8.
fn table(network: &Network, head: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{feff}');
    let mut line = |cells: &[&str]| {
        let fields: Vec<String> = cells.iter().map(|c| field(c)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    };
    if let Some(marking) = &network.meta.classification {
        line(&[marking]);
    }
    let head: Vec<&str> = head.iter().map(|h| columns::heading(h)).collect();
    line(&head);
    for row in rows {
        let cells: Vec<&str> = row.iter().map(String::as_str).collect();
        line(&cells);
    }
    out
}

fn heads(keys: &[&'static str], values: &[Column]) -> Vec<&'static str> {
    keys.iter()
        .copied()
        .chain(values.iter().map(|c| c.head))
        .collect()
}

fn cells(object: Option<&Value>, values: &[Column]) -> Vec<String> {
    values
        .iter()
        .map(|c| cells::write(at(object, c.path), c.kind))
        .collect()
}

/// The three tables for the data file `text`.
pub fn export(text: &str) -> Result<Vec<File>, String> {
    let (value, network) = parse(text)?;
    let region = |i: usize| value.get("regions").and_then(|r| r.get(i));

    let mut rows = Vec::new();
    for (i, r) in rocus(&network) {
        for c in &network.capabilities {
            let entry = region(i)
                .and_then(|r| r.get("capabilities"))
                .and_then(|m| m.get(&c.id));
            let mut row = vec![r.id.clone(), r.long_name(), c.id.clone(), c.name.clone()];
            row.extend(cells(entry, capabilities::VALUES));
            // A capability with no entry is not known.
            if entry.is_none() {
                row[4] = cells::write(Some(&Value::from("unknown")), capabilities::VALUES[0].kind);
            }
            rows.push(row);
        }
    }
    let capability_heads = heads(
        &[REGION_ID, REGION_NAME, capabilities::ID, capabilities::NAME],
        capabilities::VALUES,
    );
    let capability_table = table(&network, &capability_heads, &rows);

    let mut rows = Vec::new();
    for (i, r) in network.regions.iter().enumerate() {
        let years = region(i)
            .and_then(|r| r.get("funding"))
            .and_then(Value::as_array);
        for year in years.into_iter().flatten() {
            let label = year.get("year").and_then(Value::as_str).unwrap_or_default();
            let total = cells::write(at(Some(year), funding::TOTAL.path), funding::TOTAL.kind);
            let key = |source: &str| {
                vec![
                    r.id.clone(),
                    r.long_name(),
                    label.to_string(),
                    total.clone(),
                    source.to_string(),
                    network.funding_source_name(source).to_string(),
                ]
            };
            let streams = year.get("streams").and_then(Value::as_array);
            match streams.filter(|s| !s.is_empty()) {
                Some(streams) => {
                    for stream in streams {
                        let source = stream
                            .get("source")
                            .and_then(Value::as_str)
                            .unwrap_or_default();
                        let mut row = key(source);
                        row.extend(cells(Some(stream), funding::VALUES));
                        rows.push(row);
                    }
                }
                // A year with a total and no streams.
                None => {
                    let mut row = key("");
                    row[5] = String::new();
                    row.extend(funding::VALUES.iter().map(|_| String::new()));
                    rows.push(row);
                }
            }
        }
    }
    let funding_heads = heads(
        &[
            REGION_ID,
            REGION_NAME,
            funding::YEAR,
            funding::TOTAL.head,
            funding::ID,
            funding::NAME,
        ],
        funding::VALUES,
    );
    let funding_table = table(&network, &funding_heads, &rows);

    let rows: Vec<Vec<String>> = rocus(&network)
        .map(|(i, r)| {
            let mut row = vec![r.id.clone(), r.long_name()];
            row.extend(cells(
                region(i).and_then(|r| r.get("governance")),
                governance::VALUES,
            ));
            row
        })
        .collect();
    let governance_table = table(
        &network,
        &heads(&[REGION_ID, REGION_NAME], governance::VALUES),
        &rows,
    );

    Ok(vec![
        (capabilities::FILE, capability_table),
        (funding::FILE, funding_table),
        (governance::FILE, governance_table),
    ])
}

/// Sets the value at `path` inside `object` to `new` (removes it for
/// `None`), unless it already means the same; makes the objects on the way.
/// Returns whether anything changed.
fn put(object: &mut Map<String, Value>, path: &[&str], new: Option<Value>) -> bool {
    let Some((last, parents)) = path.split_last() else {
        return false;
    };
    let now = path
        .split_first()
        .and_then(|(first, rest)| at(object.get(*first), rest));
    if cells::same(now, new.as_ref()) {
        return false;
    }
    let mut here = object;
    for key in parents {
        let next = here
            .entry(key.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
        if !next.is_object() {
            *next = Value::Object(Map::new());
        }
        let Value::Object(inner) = next else {
            return false;
        };
        here = inner;
    }
    match new {
        Some(v) => {
            here.insert(last.to_string(), v);
        }
        None => {
            here.shift_remove(*last);
        }
    }
    true
}

/// Reads the tables (file name and text, as [`export`] names them) back into
/// the data file `text`: the new data file, or every problem found.
pub fn import(text: &str, tables: &[(String, String)]) -> Result<String, Vec<Problem>> {
    let (mut value, network) = parse(text).map_err(|e| vec![Problem::general(e)])?;
    let classification = network.meta.classification.clone();
    let mut problems = Vec::new();
    let mut places = Vec::new();
    for file in FILES {
        let Some((_, csv)) = tables.iter().find(|(name, _)| name == file) else {
            problems.push(Problem::general(
                lang::words().table_file_missing(file, FILES.join(", ")),
            ));
            continue;
        };
        let sheet = match read::Sheet::parse(file, csv, classification.as_deref()) {
            Ok(sheet) => sheet,
            Err(p) => {
                problems.push(p);
                continue;
            }
        };
        let mut apply = read::Apply {
            sheet: &sheet,
            network: &network,
            value: &mut value,
            problems: &mut problems,
            places: &mut places,
        };
        match file {
            capabilities::FILE => apply.capabilities(),
            funding::FILE => apply.funding(),
            _ => apply.governance(),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out =
        serde_json::to_string_pretty(&value).map_err(|e| vec![Problem::general(e.to_string())])?;
    out.push('\n');
    // The result must be a data file `rocu-map validate` accepts.
    let report = validate::validate_str(&out);
    let found: Vec<Problem> = report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| read::locate(p, &places))
        .collect();
    if found.is_empty() {
        Ok(out)
    } else {
        Err(found)
    }
}
