//! The compare table: every region against the current overlay's measures. It is
//! also the accessible alternative to the map, and what "download CSV" writes.

use crate::core::lang;
use std::cmp::Ordering;

use super::overlay::{share, total_funding, Overlay};
use super::text::{money, number, percent};
use super::words::long_date;
use crate::core::data::model::{label_of, Certainty, Network, Region, StaffingModel, Status};
use crate::core::markup::node::Node;

/// How a cell sorts.
#[derive(Debug, Clone, PartialEq)]
pub enum SortKey {
    /// A number (dates too, as `yyyymmdd`).
    Number(f64),
    /// Text, compared by a collation (in the browser `Intl.Collator`, which
    /// knows each language's order; natively [`collate`]).
    Text(String),
    /// No value: sorts last either way.
    Missing,
}

/// One cell: what people read and how it sorts.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The words shown.
    pub text: String,
    /// The sort key.
    pub key: SortKey,
}

/// A column of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Its heading.
    pub heading: String,
    /// Whether it holds numbers (right-aligned).
    pub numeric: bool,
}

/// A column headed `heading`.
fn column(heading: &str, numeric: bool) -> Column {
    Column {
        heading: heading.to_string(),
        numeric,
    }
}

/// A region's row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The region's id.
    pub region: String,
    /// Its cells, one per column.
    pub cells: Vec<Cell>,
}

/// The table for one overlay.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// What the table shows.
    pub caption: String,
    /// The columns; the first is the region.
    pub columns: Vec<Column>,
    /// One row per region, in data order.
    pub rows: Vec<Row>,
    /// True when the data are illustrative.
    pub illustrative: bool,
    /// The protective marking, repeated at the head and foot of every printed page.
    pub marking: Option<String>,
}

fn text(t: impl Into<String>) -> Cell {
    let t = t.into();
    Cell {
        key: SortKey::Text(t.clone()),
        text: t,
    }
}

fn num(v: Option<f64>, words: &dyn Fn(f64) -> String) -> Cell {
    match v {
        Some(v) => Cell {
            text: words(v),
            key: SortKey::Number(v),
        },
        None => Cell {
            text: lang::words().no_data().into(),
            key: SortKey::Missing,
        },
    }
}

fn maybe(t: Option<String>) -> Cell {
    match t {
        Some(t) => text(t),
        None => Cell {
            text: lang::words().no_data().into(),
            key: SortKey::Missing,
        },
    }
}

/// Makes one region's cells after the region column.
type RowCells<'a> = Box<dyn Fn(&Region) -> Vec<Cell> + 'a>;

/// What the table shows for one overlay: its caption, the columns after the
/// region's, and how to fill them for a region.
struct Measures<'a> {
    caption: String,
    columns: Vec<Column>,
    cells: RowCells<'a>,
}

/// Builds the compare table for `overlay`.
pub fn table(network: &Network, overlay: &Overlay) -> Table {
    let Measures {
        caption,
        columns: measures,
        cells,
    } = match overlay {
        Overlay::Regions => regions_measures(network),
        Overlay::Capabilities(None) => coverage_measures(network),
        Overlay::Capabilities(Some(id)) => capability_measures(network, id),
        Overlay::Funding(_) => funding_measures(network),
        Overlay::Dedicated | Overlay::Tasking => governance_measures(),
        Overlay::Inspection => inspection_measures(),
    };
    let mut columns = vec![column(lang::words().column_region(), false)];
    columns.extend(measures);
    let rows = network
        .regions
        .iter()
        .map(|r| {
            let mut row = vec![text(r.long_name())];
            if !r.rocu && !matches!(overlay, Overlay::Regions | Overlay::Inspection) {
                row.extend((1..columns.len()).map(|_| Cell {
                    text: lang::words().no_rocu().into(),
                    key: SortKey::Missing,
                }));
            } else {
                row.extend(cells(r));
            }
            Row {
                region: r.id.clone(),
                cells: row,
            }
        })
        .collect();
    Table {
        caption,
        columns,
        rows,
        illustrative: network.meta.illustrative,
        marking: network.meta.classification.clone(),
    }
}

/// The plain map: short names, forces and lead forces.
fn regions_measures<'a>(network: &'a Network) -> Measures<'a> {
    let mut columns = Vec::new();
    let w = lang::words();
    let caption = w.caption_forces().to_string();
    columns.push(column(w.short_name(), false));
    columns.push(column(w.column_forces(), true));
    columns.push(column(w.lead_force(), false));
    let cells: RowCells = Box::new(move |r: &Region| {
        vec![
            text(r.short_name.clone()),
            num(Some(r.forces.len() as f64), &number),
            // A lead force the data does not give is not known to the map
            // (which is not a claim that it is unpublished).
            match r.lead_force.as_deref().and_then(|c| network.force(c)) {
                Some(f) => text(f.name.clone()),
                None => Cell {
                    text: lang::words().not_known().into(),
                    key: SortKey::Missing,
                },
            },
        ]
    });
    Measures {
        caption,
        columns,
        cells,
    }
}

/// How many capabilities each region has in each status.
fn coverage_measures<'a>(network: &'a Network) -> Measures<'a> {
    let mut columns = Vec::new();
    let caption = lang::words().legend_capabilities().to_string();
    for (_, json, label) in Status::ALL {
        columns.push(column(lang::label(json, label), true));
    }
    let total = network.capabilities.len();
    let cells: RowCells = Box::new(move |r: &Region| {
        if r.capabilities.is_empty() {
            return vec![
                num(None, &number),
                num(None, &number),
                num(None, &number),
                num(None, &number),
            ];
        }
        let n = |s: Status| r.capabilities.iter().filter(|c| c.status == s).count();
        let unknown = total - n(Status::InPlace) - n(Status::Developing) - n(Status::NotInPlace);
        [
            n(Status::InPlace),
            n(Status::Developing),
            n(Status::NotInPlace),
            unknown,
        ]
        .iter()
        .map(|v| num(Some(*v as f64), &number))
        .collect()
    });
    Measures {
        caption,
        columns,
        cells,
    }
}

/// One capability: its status, staff and note in each region.
fn capability_measures<'a>(network: &'a Network, id: &str) -> Measures<'a> {
    let mut columns = Vec::new();
    let name = network.capability_name(id);
    let caption = format!("{name}: status by region");
    columns.push(column("Status", false));
    columns.push(column("Staff (full-time equivalent)", true));
    columns.push(column("Note", false));
    let id = id.to_string();
    let cells: RowCells = Box::new(move |r: &Region| {
        let s = r.capabilities.iter().find(|c| c.capability == id);
        vec![
            maybe(s.map(|s| label_of(&Status::ALL, s.status).to_string())),
            num(s.and_then(|s| s.staff), &number),
            maybe(s.and_then(|s| s.note.clone())),
        ]
    });
    Measures {
        caption,
        columns,
        cells,
    }
}

/// The latest year's funding: total, each source's share, and what is not confirmed.
fn funding_measures<'a>(network: &'a Network) -> Measures<'a> {
    let mut columns = Vec::new();
    let w = lang::words();
    let caption = w.caption_funding().to_string();
    columns.push(column(w.column_year(), false));
    columns.push(column(w.column_total(), true));
    for f in &network.funding_sources {
        columns.push(column(&w.column_share_of(f.display_name()), true));
    }
    columns.push(column(w.column_not_confirmed(), true));
    let cells: RowCells = Box::new(move |r: &Region| {
        let year = r.funding.iter().max_by(|a, b| a.year.cmp(&b.year));
        let mut cells = vec![
            maybe(year.map(|y| y.year.clone())),
            num(total_funding(r), &money),
        ];
        for f in &network.funding_sources {
            cells.push(num(share(r, &f.id), &percent));
        }
        let unconfirmed = year.and_then(|y| {
            let total = total_funding(r)?;
            let sum: Option<f64> = y
                .streams
                .iter()
                .filter(|s| s.certainty != Certainty::Confirmed)
                .map(|s| s.share.or_else(|| Some(s.amount? / total * 100.0)))
                .sum();
            sum
        });
        cells.push(num(unconfirmed, &percent));
        cells
    });
    Measures {
        caption,
        columns,
        cells,
    }
}

/// Governance: the chief officer lead, whether dedicated, tasking and staffing.
fn governance_measures() -> Measures<'static> {
    let mut columns = Vec::new();
    let w = lang::words();
    let caption = w.governance().to_string();
    columns.push(column(w.chief_officer_lead(), false));
    columns.push(column(w.column_dedicated(), false));
    columns.push(column(w.column_tasking_weeks(), true));
    columns.push(column(w.staff_term(), false));
    let cells: RowCells = Box::new(move |r: &Region| {
        let g = &r.governance;
        vec![
            maybe(g.chief_officer_lead.role.clone()),
            maybe(
                g.dedicated
                    .map(|d| if d { w.yes_is() } else { w.no_is() }.to_string()),
            ),
            num(g.tasking_weeks, &number),
            maybe(
                (g.staffing_model != StaffingModel::Unknown)
                    .then(|| label_of(&StaffingModel::ALL, g.staffing_model).to_string()),
            ),
        ]
    });
    Measures {
        caption,
        columns,
        cells,
    }
}

/// The 2020 inspection: whether and when.
fn inspection_measures() -> Measures<'static> {
    let mut columns = Vec::new();
    let w = lang::words();
    let caption = w.legend_visits().to_string();
    columns.push(column(w.column_visited(), false));
    columns.push(column(w.column_from(), false));
    columns.push(column(w.column_to(), false));
    let cells: RowCells = Box::new(move |r: &Region| {
        let i = &r.inspection;
        let date = |d: &Option<String>| match d {
            Some(d) => Cell {
                text: long_date(d),
                key: date_key(d),
            },
            None => Cell {
                text: lang::words().no_data().into(),
                key: SortKey::Missing,
            },
        };
        vec![
            maybe(
                i.visited
                    .map(|b| if b { w.yes_did() } else { w.no_did() }.to_string()),
            ),
            date(&i.from),
            date(&i.to),
        ]
    });
    Measures {
        caption,
        columns,
        cells,
    }
}

/// How two texts compare for sorting.
pub type Collation<'a> = &'a dyn Fn(&str, &str) -> Ordering;

/// The native collation: by lower-cased letters, then as written.
///
/// ```
/// use rocu_map::core::layout::compare::collate;
/// use std::cmp::Ordering;
/// assert_eq!(collate("eastern", "East Midlands"), Ordering::Greater);
/// assert_eq!(collate("Écosse", "Ecosse"), Ordering::Greater);
/// ```
pub fn collate(a: &str, b: &str) -> Ordering {
    let folded = match lang::current() {
        lang::Lang::Cy => welsh_letters(a).cmp(&welsh_letters(b)),
        lang::Lang::En => a.to_lowercase().cmp(&b.to_lowercase()),
    };
    folded.then_with(|| a.cmp(b))
}

/// The Welsh alphabet, in order: its digraphs are letters of their own.
const WELSH_ALPHABET: [&str; 29] = [
    "a", "b", "c", "ch", "d", "dd", "e", "f", "ff", "g", "ng", "h", "i", "j", "l", "ll", "m", "n",
    "o", "p", "ph", "r", "rh", "s", "t", "th", "u", "w", "y",
];

/// `text` as Welsh letters for sorting, case and accents aside: each letter of
/// the Welsh alphabet by its place (two-letter ones taken first), a letter
/// Welsh does not use (k, q, v, x, z) just after the one before it in English
/// order, digits before letters, and spaces and punctuation before both.
/// ("ng" is taken as one letter, as in "angen"; in a word such as "Bangor",
/// where it is two, it sorts as if it were one.)
fn welsh_letters(text: &str) -> Vec<u32> {
    let lower: Vec<char> = text.to_lowercase().chars().map(lang::unaccented).collect();
    let place = |letter: &[char]| {
        WELSH_ALPHABET
            .iter()
            .position(|l| l.chars().eq(letter.iter().copied()))
    };
    let mut out = Vec::with_capacity(lower.len());
    let mut i = 0;
    while i < lower.len() {
        if let Some(p) = lower.get(i..i + 2).and_then(place) {
            out.push(100 + 2 * p as u32);
            i += 2;
            continue;
        }
        let c = lower[i];
        out.push(match place(&lower[i..=i]) {
            Some(p) => 100 + 2 * p as u32,
            None if c.is_ascii_lowercase() => {
                // After the last Welsh letter that comes before it.
                let before = WELSH_ALPHABET
                    .iter()
                    .rposition(|l| l.len() == 1 && l.chars().all(|w| w < c))
                    .unwrap_or(0);
                100 + 2 * before as u32 + 1
            }
            None if c.is_ascii_digit() => 10 + c as u32 - '0' as u32,
            None if c.is_alphanumeric() => 200 + c as u32,
            None => 0,
        });
        i += 1;
    }
    out
}

/// An ISO date (`2021-02-01`) as a number that sorts as the date does.
fn date_key(iso: &str) -> SortKey {
    let digits: String = iso.chars().filter(char::is_ascii_digit).collect();
    digits.parse::<u32>().map_or_else(
        |_| SortKey::Text(iso.to_string()),
        |n| SortKey::Number(f64::from(n)),
    )
}

impl Table {
    /// The rows ordered by `column`, highest or last first when `descending`,
    /// text by the native [`collate`]; missing values always go last.
    pub fn sorted(&self, column: usize, descending: bool) -> Vec<usize> {
        self.order(Some((column, descending)), &collate)
    }

    /// The rows in region order, as the data lists them.
    pub fn region_order(&self) -> Vec<usize> {
        (0..self.rows.len()).collect()
    }

    /// The row order for a sort (column, descending), or region order for
    /// none, with text compared by `collation`. Missing values always go last;
    /// equal rows keep region order.
    pub fn order(&self, sort: Option<(usize, bool)>, collation: Collation) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        let Some((column, descending)) = sort else {
            return order;
        };
        let key = |i: usize| self.rows[i].cells.get(column).map(|c| &c.key);
        let cmp = |a: usize, b: usize| match (key(a), key(b)) {
            (Some(SortKey::Missing) | None, Some(SortKey::Missing) | None) => Ordering::Equal,
            (Some(SortKey::Missing) | None, _) => Ordering::Greater,
            (_, Some(SortKey::Missing) | None) => Ordering::Less,
            (Some(x), Some(y)) => {
                let ord = match (x, y) {
                    (SortKey::Number(x), SortKey::Number(y)) => x.total_cmp(y),
                    (SortKey::Text(x), SortKey::Text(y)) => collation(x, y),
                    (SortKey::Number(_), _) => Ordering::Less,
                    (_, _) => Ordering::Greater,
                };
                if descending {
                    ord.reverse()
                } else {
                    ord
                }
            }
        };
        // An insertion sort, stable: a table has one row per region, and the
        // standard library's sort would be kilobytes of WebAssembly for ten.
        for i in 1..order.len() {
            let mut j = i;
            while j > 0 && cmp(order[j], order[j - 1]) == Ordering::Less {
                order.swap(j, j - 1);
                j -= 1;
            }
        }
        order
    }

    /// The table as CSV (RFC 4180), in the order given. Cells that a spreadsheet
    /// would run as a formula are prefixed with an apostrophe.
    pub fn to_csv(&self, order: &[usize]) -> String {
        let mut out = String::new();
        // The protective marking heads the file, as it heads every page.
        if let Some(m) = &self.marking {
            out.push_str(&csv_field(m));
            out.push_str("\r\n");
        }
        if self.illustrative {
            out.push_str(&csv_field(lang::words().illustrative()));
            out.push_str("\r\n");
        }
        let line = |cells: Vec<&str>| {
            let fields: Vec<String> = cells.iter().map(|c| csv_field(c)).collect();
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            fields.join(",") + "\r\n"
        };
        out.push_str(&line(
            self.columns.iter().map(|c| c.heading.as_str()).collect(),
        ));
        for &i in order {
            out.push_str(&line(
                self.rows[i].cells.iter().map(|c| c.text.as_str()).collect(),
            ));
        }
        out
    }

    /// The table as HTML: column headers are sort buttons with `aria-sort`.
    pub fn to_node(&self, order: &[usize], sort: Option<(usize, bool)>) -> Node {
        let head = Node::html("tr").children(self.columns.iter().enumerate().map(|(i, c)| {
            let state = match sort {
                Some((col, true)) if col == i => "descending",
                Some((col, false)) if col == i => "ascending",
                _ => "none",
            };
            Node::html("th")
                .attr("scope", "col")
                .attr("aria-sort", state)
                .attr("class", if c.numeric { "rm-number" } else { "" })
                .child(
                    Node::html("button")
                        .attr("type", "button")
                        .attr("class", "rm-sort")
                        .attr("data-sort", i.to_string())
                        .text(c.heading.clone()),
                )
        }));
        let body = order.iter().map(|&i| {
            let row = &self.rows[i];
            Node::html("tr")
                .attr("data-row-region", row.region.clone())
                .children(row.cells.iter().enumerate().map(|(j, c)| {
                    let cell = if j == 0 {
                        Node::html("th").attr("scope", "row")
                    } else {
                        Node::html("td")
                    };
                    let cell = if self.columns.get(j).is_some_and(|c| c.numeric) {
                        cell.attr("class", "rm-number")
                    } else {
                        cell
                    };
                    cell.text(c.text.clone())
                }))
        });
        // A printed table repeats its head and foot on every page: the marking
        // goes in both (shown only on paper; on screen it heads the widget).
        let marking = |m: &String| {
            Node::html("tr").attr("class", "rm-marking-row").child(
                Node::html("td")
                    .attr("colspan", self.columns.len().to_string())
                    .attr("data-marking", "")
                    .text(m),
            )
        };
        let mut thead = Node::html("thead");
        thead.children.extend(self.marking.iter().map(marking));
        let mut table = Node::html("table")
            .attr("class", "rm-table rm-compare")
            .child(Node::html("caption").text(self.caption.clone()))
            .child(thead.child(head))
            .child(Node::html("tbody").children(body));
        if let Some(m) = &self.marking {
            table = table.child(Node::html("tfoot").child(marking(m)));
        }
        table
    }
}

/// A CSV field: quoted where it holds a comma, quote or line break, and
/// with an apostrophe before text a spreadsheet would run as a formula.
pub fn csv_field(s: &str) -> String {
    // Byte tests and a plain loop rather than `str::replace` and char-set
    // patterns: the same result in less WebAssembly.
    let quote = s.bytes().any(|b| matches!(b, b',' | b'"' | b'\n' | b'\r'));
    let formula = matches!(
        s.bytes().next(),
        Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')
    );
    let mut out = String::with_capacity(s.len() + 3);
    if quote {
        out.push('"');
    }
    if formula {
        out.push('\'');
    }
    for c in s.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
    out
}
