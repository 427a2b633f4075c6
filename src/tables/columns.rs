//! The three tables an analyst edits, column by column: where each column's
//! value lives in the data file, and how it is written in a cell.

use crate::core::data::model::{Certainty, StaffingModel, Status};
use crate::core::lang::{self, Lang};

/// How a column's cells read and write JSON values.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// Text as it is.
    Text,
    /// A number, written plainly ("4263000", "3.4").
    Number,
    /// One of a list: the data's word and the words a person reads
    /// (`in-place`, "In place"). A cell may give either.
    Words(&'static [(&'static str, &'static str)]),
    /// Yes or No.
    YesNo,
}

/// A column whose cells are values in the data.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The heading, in plain words.
    pub head: &'static str,
    /// Where the value is, inside the row's object.
    pub path: &'static [&'static str],
    /// How it is written.
    pub kind: Kind,
}

const fn column(head: &'static str, path: &'static [&'static str], kind: Kind) -> Column {
    Column { head, path, kind }
}

/// The data's words and a person's words for a list of values, from the
/// model's `ALL` tables.
macro_rules! words {
    ($all:expr) => {{
        const ALL: [(&str, &str); $all.len()] = {
            let mut out = [("", ""); $all.len()];
            let mut i = 0;
            while i < $all.len() {
                out[i] = ($all[i].1, $all[i].2);
                i += 1;
            }
            out
        };
        Kind::Words(&ALL)
    }};
}

/// A column's heading in the language in use. The headings above are the
/// English ones and name the columns in the code; a file written in Welsh is
/// read back through [`english`].
pub fn heading(english: &str) -> &'static str {
    let w = lang::words();
    match english {
        REGION_ID => w.table_region_id(),
        REGION_NAME => w.column_region(),
        capabilities::ID => w.table_capability_id(),
        capabilities::NAME => w.capability(),
        "Status" => w.table_status(),
        "Staff (full-time equivalent)" => w.table_staff(),
        "As of (YYYY-MM-DD)" => w.table_as_of(),
        "Note" => w.table_note(),
        "Source" => w.column_source(),
        funding::YEAR => w.column_year(),
        "Year total (£)" => w.table_year_total(),
        funding::ID => w.table_source_id(),
        "Amount (£)" => w.table_amount(),
        "Share (%)" => w.table_share(),
        "Certainty" => w.column_certainty(),
        "Chief officer lead: role" => w.table_lead_role(),
        "Chief officer lead: name" => w.table_lead_name(),
        "Chief officer lead: force (GSS code)" => w.table_lead_force(),
        "Dedicated lead" => w.table_dedicated(),
        "Head of unit: role" => w.table_head_role(),
        "Head of unit: name" => w.table_head_name(),
        "Head of unit: force (GSS code)" => w.table_head_force(),
        "Board chair" => w.table_board_chair(),
        "Board meets" => w.board_meets(),
        "Board source" => w.table_board_source(),
        "Staffing model" => w.table_staffing(),
        "Tasking every (weeks)" => w.column_tasking_weeks(),
        _ => "",
    }
}

/// Every column's English heading, in the order of the files.
pub fn all_headings() -> Vec<&'static str> {
    let keys = [REGION_ID, REGION_NAME, capabilities::ID, capabilities::NAME];
    let more = [funding::YEAR, funding::TOTAL.head, funding::ID];
    keys.into_iter()
        .chain(capabilities::VALUES.iter().map(|c| c.head))
        .chain(more)
        .chain(funding::VALUES.iter().map(|c| c.head))
        .chain(governance::VALUES.iter().map(|c| c.head))
        .collect()
}

/// The English heading a cell of a heading row names, in either language
/// (as it is, when it is no heading the tables know).
pub fn english(cell: &str) -> String {
    all_headings()
        .into_iter()
        .find(|h| *h == cell || lang::with(Lang::Cy, || heading(h)) == cell)
        .map_or_else(|| cell.to_string(), str::to_string)
}

/// The key columns every table starts with: the region, by id and by name.
/// The names are there to read; only the ids are read back.
pub const REGION_ID: &str = "Region id";
/// The region's name (read-only).
pub const REGION_NAME: &str = "Region";

/// `capabilities.csv`: one row per ROCU and capability in the catalogue.
pub mod capabilities {
    use super::*;
    /// The file's name.
    pub const FILE: &str = "capabilities.csv";
    /// The capability's id (a key column).
    pub const ID: &str = "Capability id";
    /// The capability's name (read-only).
    pub const NAME: &str = "Capability";
    /// The columns of a region's entry for the capability (`regions[].capabilities.<id>`).
    pub const VALUES: &[Column] = &[
        column("Status", &["status"], words!(Status::ALL)),
        column("Staff (full-time equivalent)", &["staff"], Kind::Number),
        column("As of (YYYY-MM-DD)", &["asOf"], Kind::Text),
        column("Note", &["note"], Kind::Text),
        column("Source", &["source"], Kind::Text),
    ];
}

/// `funding.csv`: one row per region, financial year and funding stream.
pub mod funding {
    use super::*;
    /// The file's name.
    pub const FILE: &str = "funding.csv";
    /// The financial year, such as 2020/21 (a key column).
    pub const YEAR: &str = "Year";
    /// The year's total: the same on every row of the year (`funding[].total`).
    pub const TOTAL: Column = column("Year total (£)", &["total"], Kind::Number);
    /// The funding source's id (a key column); empty for a year with no streams.
    pub const ID: &str = "Source id";
    /// The funding source's name (read-only).
    pub const NAME: &str = "Source";
    /// The columns of one stream (`funding[].streams[]`).
    pub const VALUES: &[Column] = &[
        column("Amount (£)", &["amount"], Kind::Number),
        column("Share (%)", &["share"], Kind::Number),
        column("Certainty", &["certainty"], words!(Certainty::ALL)),
        column("Note", &["note"], Kind::Text),
    ];
}

/// `governance.csv`: one row per ROCU.
pub mod governance {
    use super::*;
    /// The file's name.
    pub const FILE: &str = "governance.csv";
    /// The columns of a region's governance (`regions[].governance`).
    pub const VALUES: &[Column] = &[
        column(
            "Chief officer lead: role",
            &["chiefOfficerLead", "role"],
            Kind::Text,
        ),
        column(
            "Chief officer lead: name",
            &["chiefOfficerLead", "name"],
            Kind::Text,
        ),
        column(
            "Chief officer lead: force (GSS code)",
            &["chiefOfficerLead", "force"],
            Kind::Text,
        ),
        column(
            "Dedicated lead",
            &["chiefOfficerLead", "dedicated"],
            Kind::YesNo,
        ),
        column("Head of unit: role", &["headOfUnit", "role"], Kind::Text),
        column("Head of unit: name", &["headOfUnit", "name"], Kind::Text),
        column(
            "Head of unit: force (GSS code)",
            &["headOfUnit", "force"],
            Kind::Text,
        ),
        column("Board chair", &["executiveBoard", "chairRole"], Kind::Text),
        column(
            "Board meets",
            &["executiveBoard", "meetingFrequency"],
            Kind::Text,
        ),
        column("Board source", &["executiveBoard", "source"], Kind::Text),
        column(
            "Staffing model",
            &["staffingModel"],
            words!(StaffingModel::ALL),
        ),
        column("Tasking every (weeks)", &["taskingWeeks"], Kind::Number),
    ];
}
