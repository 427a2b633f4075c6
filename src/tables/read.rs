//! Reading the tables back: a CSV file as a spreadsheet saves it (UTF-8 with
//! or without a byte-order mark, commas or semicolons, Excel's quoting), its
//! rows matched to the data by id, and each cell put in its place.

use std::collections::HashSet;
use std::fmt;

use serde_json::{Map, Value};

use super::cells;
use super::columns::{capabilities, english, funding, governance, heading, Column, REGION_ID};
use crate::core::data::model::Network;
use crate::core::lang::{self, words, Lang};

/// Where a problem is: a file, and a row and column in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Where {
    /// The file's name, such as `funding.csv`.
    pub file: &'static str,
    /// The row, counted from 1 as a spreadsheet numbers it.
    pub row: usize,
    /// The column's heading, when the problem is in one cell.
    pub column: Option<String>,
}

/// A problem found while importing.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where in the tables, when it is in one place.
    pub place: Option<Where>,
    /// What is wrong.
    pub message: String,
    /// The JSON path it maps to in the data file, such as
    /// `$.regions[1].funding[0].streams[2].amount`.
    pub path: Option<String>,
}

impl Problem {
    /// A problem with no one place.
    pub fn general(message: impl Into<String>) -> Problem {
        Problem {
            place: None,
            message: message.into(),
            path: None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(w) = &self.place {
            write!(f, "{}", words().table_place(w.file, w.row))?;
            if let Some(c) = &w.column {
                write!(f, "{}", words().table_place_column(heading(c)))?;
            }
            write!(f, ": ")?;
        }
        write!(f, "{}", self.message)?;
        if let Some(p) = &self.path {
            write!(f, " ({p})")?;
        }
        Ok(())
    }
}

/// A row of a table: its line in the file and its cells by heading.
pub struct Row {
    line: usize,
    cells: Vec<(String, String)>,
}

impl Row {
    fn get(&self, head: &str) -> Option<&str> {
        self.cells
            .iter()
            .find(|(h, _)| h == head)
            .map(|(_, c)| c.as_str())
    }
}

/// A table as read from its file.
pub struct Sheet {
    file: &'static str,
    rows: Vec<Row>,
    decimal_comma: bool,
}

impl Sheet {
    /// Reads `text`: the row of headings is the first whose first cell is
    /// "Region id" (the marking and any notes above it are skipped); empty
    /// rows and the marking after the table are left out.
    pub fn parse(file: &'static str, text: &str, marking: Option<&str>) -> Result<Sheet, Problem> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let welsh_region_id = lang::with(Lang::Cy, || heading(REGION_ID)).to_string();
        let at_row = |row: usize, message: String| Problem {
            place: Some(Where {
                file,
                row,
                column: None,
            }),
            message,
            path: None,
        };
        let heading_line = text
            .lines()
            .find(|l| {
                let l = l.trim_start_matches('"');
                l.starts_with(REGION_ID) || l.starts_with(welsh_region_id.as_str())
            })
            .ok_or_else(|| Problem::general(words().table_no_headings(file, heading(REGION_ID))))?;
        // Semicolons where a spreadsheet writes decimal commas.
        let semicolons = heading_line.matches(';').count() > heading_line.matches(',').count();
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if semicolons { b';' } else { b',' })
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut heads: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        // Rows are counted as a spreadsheet counts them: one per record, even
        // where a cell holds a line break.
        for (index, record) in reader.records().enumerate() {
            let line = index + 1;
            let record =
                record.map_err(|e| at_row(line, words().table_row_unreadable(e.to_string())))?;
            let cells: Vec<String> = record.iter().map(str::to_string).collect();
            let Some(heads) = &heads else {
                // Headings written in Welsh are read as the English ones.
                if cells.first().map(|c| english(c.trim())).as_deref() == Some(REGION_ID) {
                    heads = Some(cells.iter().map(|c| english(c.trim())).collect());
                }
                continue;
            };
            let blank = cells.iter().all(|c| c.trim().is_empty());
            let is_marking = cells.len() == 1 && Some(cells[0].trim()) == marking;
            if blank || is_marking {
                continue;
            }
            if cells.len() > heads.len()
                && cells[heads.len()..].iter().any(|c| !c.trim().is_empty())
            {
                return Err(at_row(
                    line,
                    words().table_row_too_long(cells.len(), heads.len()),
                ));
            }
            let cells = heads.iter().cloned().zip(cells).collect();
            rows.push(Row { line, cells });
        }
        Ok(Sheet {
            file,
            rows,
            decimal_comma: semicolons,
        })
    }
}

/// Puts one table's rows into the data file.
pub struct Apply<'a> {
    /// The table.
    pub sheet: &'a Sheet,
    /// The data file as read, for ids and names.
    pub network: &'a Network,
    /// The data file being changed.
    pub value: &'a mut Value,
    /// Problems found so far.
    pub problems: &'a mut Vec<Problem>,
    /// The JSON path each row wrote, with where the row is: to point the
    /// validator's findings back at the tables.
    pub places: &'a mut Vec<(String, Where)>,
}

impl Apply<'_> {
    fn problem(&mut self, row: &Row, column: Option<&str>, message: String, path: Option<String>) {
        self.problems.push(Problem {
            place: Some(Where {
                file: self.sheet.file,
                row: row.line,
                column: column.map(String::from),
            }),
            message,
            path,
        });
    }

    /// The index of the row's region, or a problem.
    fn region(&mut self, row: &Row, rocu_only: bool) -> Option<usize> {
        let id = row.get(REGION_ID).unwrap_or_default().trim();
        let found = self.network.regions.iter().position(|r| r.id == id);
        match found {
            Some(i) if !rocu_only || self.network.regions[i].rocu => Some(i),
            Some(_) => {
                self.problem(row, Some(REGION_ID), words().table_no_rocu(id), None);
                None
            }
            None => {
                let ids: Vec<&str> = self.network.regions.iter().map(|r| r.id.as_str()).collect();
                self.problem(
                    row,
                    Some(REGION_ID),
                    words().table_no_region(id, ids.join(", ")),
                    Some("$.regions".into()),
                );
                None
            }
        }
    }

    /// The cells of `columns` in `row`, read; a problem for each that cannot
    /// be. Columns the file does not have are left out.
    fn read(
        &mut self,
        row: &Row,
        columns: &[Column],
        path: &str,
    ) -> Option<Vec<(Column, Option<Value>)>> {
        let mut out = Vec::new();
        let mut ok = true;
        for c in columns {
            let Some(cell) = row.get(c.head) else {
                continue;
            };
            match cells::read(cell, c.kind, self.sheet.decimal_comma) {
                Ok(v) => out.push((*c, v)),
                Err(message) => {
                    ok = false;
                    let to = format!("{path}.{}", c.path.join("."));
                    self.problem(row, Some(c.head), message, Some(to));
                }
            }
        }
        ok.then_some(out)
    }

    fn remember(&mut self, path: String, row: &Row) {
        self.places.push((
            path,
            Where {
                file: self.sheet.file,
                row: row.line,
                column: None,
            },
        ));
    }

    /// Region `i`'s object in the data file (a valid file has one).
    fn region_object(&mut self, i: usize) -> Option<&mut Map<String, Value>> {
        self.value.get_mut("regions")?.get_mut(i)?.as_object_mut()
    }

    /// Region `i`'s value at `key` as it was before this table.
    fn before(&self, i: usize, key: &str) -> Option<Value> {
        self.value.get("regions")?.get(i)?.get(key).cloned()
    }

    /// `capabilities.csv`: each row sets a region's entry for a capability.
    pub fn capabilities(&mut self) {
        let sheet = self.sheet;
        let mut seen = HashSet::new();
        for row in &sheet.rows {
            let Some(i) = self.region(row, true) else {
                continue;
            };
            let id = row
                .get(capabilities::ID)
                .unwrap_or_default()
                .trim()
                .to_string();
            if !self.network.capabilities.iter().any(|c| c.id == id) {
                let path = format!("$.regions[{i}].capabilities");
                let message = words().table_not_a_capability(&id);
                self.problem(row, Some(capabilities::ID), message, Some(path));
                continue;
            }
            if !seen.insert((i, id.clone())) {
                let message = words().table_capability_twice(&id);
                self.problem(row, Some(capabilities::ID), message, None);
                continue;
            }
            let path = format!("$.regions[{i}].capabilities.{id}");
            let Some(values) = self.read(row, capabilities::VALUES, &path) else {
                continue;
            };
            self.remember(path, row);
            // Not known, with nothing else, is the same as no entry.
            let says_nothing = values.iter().all(|(c, v)| match v {
                None => true,
                Some(v) => c.path == ["status"] && v == "unknown",
            });
            let Some(region) = self.region_object(i) else {
                continue;
            };
            let states = child(region, "capabilities");
            let Some(states) = states else { continue };
            if !states.contains_key(&id) && says_nothing {
                continue;
            }
            let Some(entry) = child(states, &id) else {
                continue;
            };
            for (c, v) in values {
                super::put(entry, c.path, v);
            }
        }
    }

    /// `funding.csv`: each region's years and streams, in the order of the
    /// rows. A region with no rows has no funding.
    pub fn funding(&mut self) {
        let sheet = self.sheet;
        let mut years: Vec<Vec<YearRows>> = vec![Vec::new(); self.network.regions.len()];
        let mut ok = true;
        for row in &sheet.rows {
            let Some(i) = self.region(row, false) else {
                ok = false;
                continue;
            };
            let label = row
                .get(funding::YEAR)
                .unwrap_or_default()
                .trim()
                .to_string();
            let total_cell = row
                .get(funding::TOTAL.head)
                .unwrap_or_default()
                .trim()
                .to_string();
            let y = match years[i].iter().position(|g| g.label == label) {
                Some(y) => {
                    let first = &years[i][y];
                    if first.total_cell != total_cell {
                        let message = words().table_two_totals(
                            &label,
                            &first.total_cell,
                            first.row,
                            &total_cell,
                        );
                        let path = format!("$.regions[{i}].funding[{y}].total");
                        self.problem(row, Some(funding::TOTAL.head), message, Some(path));
                        if !row.get(funding::ID).unwrap_or_default().trim().is_empty() {
                            years[i][y].stream_rows += 1;
                        }
                        ok = false;
                        continue;
                    }
                    y
                }
                None => {
                    let y = years[i].len();
                    let year_path = format!("$.regions[{i}].funding[{y}]");
                    let Some(total) = self.read(row, &[funding::TOTAL], &year_path) else {
                        ok = false;
                        continue;
                    };
                    self.remember(year_path, row);
                    let original = self.before(i, "funding").and_then(|ys| {
                        ys.as_array()?
                            .iter()
                            .find(|y| y.get("year").and_then(Value::as_str) == Some(&label))
                            .cloned()
                    });
                    let mut object = match &original {
                        Some(Value::Object(o)) => o.clone(),
                        _ => Map::from_iter([("year".to_string(), Value::String(label.clone()))]),
                    };
                    for (c, v) in total {
                        super::put(&mut object, c.path, v);
                    }
                    years[i].push(YearRows {
                        label,
                        row: row.line,
                        total_cell,
                        original,
                        object,
                        streams: Vec::new(),
                        stream_rows: 0,
                    });
                    y
                }
            };
            let source = row.get(funding::ID).unwrap_or_default().trim().to_string();
            if source.is_empty() {
                continue;
            }
            // The stream's place as the rows give it (a row with a problem keeps its place).
            let n = years[i][y].stream_rows;
            years[i][y].stream_rows += 1;
            let path = format!("$.regions[{i}].funding[{y}].streams[{n}]");
            if !self.network.funding_sources.iter().any(|f| f.id == source) {
                let message = words().table_not_a_funding_source(&source);
                self.problem(
                    row,
                    Some(funding::ID),
                    message,
                    Some(format!("{path}.source")),
                );
                ok = false;
                continue;
            }
            let Some(values) = self.read(row, funding::VALUES, &path) else {
                ok = false;
                continue;
            };
            self.remember(path, row);
            let group = &mut years[i][y];
            let original = group.original.as_ref().and_then(|y| {
                y.get("streams")?
                    .as_array()?
                    .iter()
                    .find(|s| s.get("source").and_then(Value::as_str) == Some(&source))
            });
            let mut stream = match original {
                Some(Value::Object(o)) => o.clone(),
                _ => Map::from_iter([("source".to_string(), Value::String(source))]),
            };
            for (c, v) in values {
                super::put(&mut stream, c.path, v);
            }
            group.streams.push(Value::Object(stream));
        }
        if !ok {
            return;
        }
        for (i, groups) in years.into_iter().enumerate() {
            let new: Vec<Value> = groups
                .into_iter()
                .map(|g| {
                    let mut year = g.object;
                    year.insert("streams".into(), Value::Array(g.streams));
                    Value::Object(year)
                })
                .collect();
            let before = self.before(i, "funding");
            // No rows, and no funding or an empty list, are the same.
            let was_empty = before
                .as_ref()
                .is_none_or(|f| f.as_array().is_some_and(Vec::is_empty));
            if (new.is_empty() && was_empty) || before.as_ref() == Some(&Value::Array(new.clone()))
            {
                continue;
            }
            if let Some(region) = self.region_object(i) {
                region.insert("funding".into(), Value::Array(new));
            }
        }
    }

    /// `governance.csv`: each row sets a region's governance.
    pub fn governance(&mut self) {
        let sheet = self.sheet;
        let mut seen = HashSet::new();
        for row in &sheet.rows {
            let Some(i) = self.region(row, true) else {
                continue;
            };
            if !seen.insert(i) {
                self.problem(
                    row,
                    Some(REGION_ID),
                    words().table_region_twice().into(),
                    None,
                );
                continue;
            }
            let path = format!("$.regions[{i}].governance");
            let Some(values) = self.read(row, governance::VALUES, &path) else {
                continue;
            };
            self.remember(path, row);
            let Some(region) = self.region_object(i) else {
                continue;
            };
            if !region.contains_key("governance") && values.iter().all(|(_, v)| v.is_none()) {
                continue;
            }
            let Some(object) = child(region, "governance") else {
                continue;
            };
            for (c, v) in values {
                super::put(object, c.path, v);
            }
        }
    }
}

/// One financial year of a region, as its rows give it.
#[derive(Clone)]
struct YearRows {
    label: String,
    /// The year's first row, and its total as written there.
    row: usize,
    total_cell: String,
    /// The year in the data file before, if it was there.
    original: Option<Value>,
    /// The year's object, with the total set.
    object: Map<String, Value>,
    streams: Vec<Value>,
    /// How many of its rows name a stream.
    stream_rows: usize,
}

/// The object at `key` in `parent`, made if missing (`None` if it is there
/// and not an object).
fn child<'a>(parent: &'a mut Map<String, Value>, key: &str) -> Option<&'a mut Map<String, Value>> {
    parent
        .entry(key.to_string())
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
}

/// A validator's finding in the new data file, pointed back at the row that
/// wrote the path (the longest path that contains it).
pub fn locate(p: &crate::core::data::validate::Problem, places: &[(String, Where)]) -> Problem {
    let within = |prefix: &str| {
        p.path == prefix
            || p.path
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with(['.', '[']))
    };
    let place = places
        .iter()
        .filter(|(prefix, _)| within(prefix))
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, w)| w.clone());
    let message = match &p.hint {
        Some(hint) => format!("{}; {hint}", p.message),
        None => p.message.clone(),
    };
    Problem {
        place,
        message,
        path: Some(p.path.clone()),
    }
}
