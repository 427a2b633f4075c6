//! The typed data model read from `network.json`.
//!
//! [`crate::core::data::validate`] builds these types while it checks the raw JSON and
//! hands them out only when there are no errors, so every reference resolves.

use crate::core::lang;

/// The whole file: regions, forces, units with no map area and metadata.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// Title, date, sources and attribution.
    pub meta: Meta,
    /// The nine ROCUs and the London arrangement, in display order.
    pub regions: Vec<Region>,
    /// Every police force with a map area, keyed by GSS code.
    pub forces: Vec<Force>,
    /// Units with no map area, such as British Transport Police.
    pub units: Vec<Unit>,
    /// The capability catalogue.
    pub capabilities: Vec<Capability>,
    /// The funding-source catalogue.
    pub funding_sources: Vec<FundingSource>,
    /// The presentation the analyst wrote, in order; empty for the usual
    /// sequence (the overview, each region, the compare table).
    pub presentation: Vec<SlideStep>,
}

/// One step of a presentation written in the data.
#[derive(Debug, Clone, PartialEq)]
pub struct SlideStep {
    /// The slide's title, such as "Funding rose in every region".
    pub title: String,
    /// The overlay shown (`regions`, `capabilities`, `funding`,
    /// `dedicated-lead`, `tasking` or `inspection`).
    pub overlay: String,
    /// Its measure: a capability id or `coverage`, a funding source id or
    /// `total`; none for the other overlays.
    pub measure: Option<String>,
    /// The region zoomed to; none for the whole map.
    pub region: Option<String>,
    /// A sentence or two shown on the slide.
    pub caption: Option<String>,
}

/// The overlays a presentation step may name, as in the deep link.
pub const OVERLAY_IDS: [&str; 6] = [
    "regions",
    "capabilities",
    "funding",
    "dedicated-lead",
    "tasking",
    "inspection",
];

/// Facts about the file as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    /// The map's title.
    pub title: String,
    /// The date the data describes, `YYYY-MM-DD`.
    pub as_of: String,
    /// True when the values are made up for demonstration.
    pub illustrative: bool,
    /// Where the facts come from.
    pub sources: Vec<Source>,
    /// The attribution the boundary licence requires.
    pub attribution: String,
    /// The protective marking under the Government Security Classifications,
    /// such as `OFFICIAL-SENSITIVE`, shown at the top and bottom of everything.
    pub classification: Option<String>,
}

/// A cited source.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// What the source is.
    pub title: String,
    /// Where to read it, if it has a public address.
    pub url: Option<String>,
}

/// A ROCU region, or the London arrangement (which has no ROCU).
#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    /// Stable identifier such as `north-west`, used in links and events.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Its published Welsh name.
    pub name_cy: Option<String>,
    /// Short name shown as the map label, such as `NWROCU`.
    pub short_name: String,
    /// Its published Welsh short name.
    pub short_name_cy: Option<String>,
    /// False for London, which has no ROCU.
    pub rocu: bool,
    /// Brand name, where the unit has one.
    pub brand: Option<String>,
    /// Public website.
    pub website: Option<String>,
    /// GSS code of the lead or host force, where that is public.
    pub lead_force: Option<String>,
    /// Where the lead force comes from.
    pub lead_force_source: Option<String>,
    /// GSS codes of the member forces: the one source of truth for membership.
    pub forces: Vec<String>,
    /// A sourced remark shown in the details panel.
    pub note: Option<String>,
    /// Its position on each capability it has data for (others are unknown).
    pub capabilities: Vec<CapabilityState>,
    /// Its funding, one entry per financial year.
    pub funding: Vec<FundingYear>,
    /// Its governance.
    pub governance: Governance,
    /// Its 2020 inspection.
    pub inspection: Inspection,
}

impl Region {
    /// The name with the short name in brackets where the name does not already
    /// contain it: "North West Regional Organised Crime Unit (NWROCU)".
    /// In Welsh, the Welsh names where the data gives them.
    pub fn long_name(&self) -> String {
        let (name, short) = (self.display_name(), self.display_short_name());
        // A byte window rather than `str::contains`, whose substring search
        // is 4.7 KB gzipped of WebAssembly (measured) for this one use.
        let s = short.as_bytes();
        if s.is_empty() || name.as_bytes().windows(s.len()).any(|w| w == s) {
            name.to_string()
        } else {
            format!("{name} ({short})")
        }
    }

    /// The name in the language in use (see [`lang::name`]).
    pub fn display_name(&self) -> &str {
        lang::name(&self.name, self.name_cy.as_deref())
    }

    /// The short name in the language in use.
    pub fn display_short_name(&self) -> &str {
        lang::name(&self.short_name, self.short_name_cy.as_deref())
    }
}

/// `display_name` for the types with a `name` and a `name_cy`.
macro_rules! display_name {
    ($($t:ty),*) => {$(
        impl $t {
            /// The name in the language in use (see [`lang::name`]).
            pub fn display_name(&self) -> &str {
                lang::name(&self.name, self.name_cy.as_deref())
            }
        }
    )*};
}

display_name!(Force, Unit, Capability, CatalogueEntry);

/// A police force with a map area.
#[derive(Debug, Clone, PartialEq)]
pub struct Force {
    /// GSS code, such as `E23000005`: the join key to the boundaries.
    pub code: String,
    /// Display name, such as `Greater Manchester Police`.
    pub name: String,
    /// Its published Welsh name, such as `Heddlu Gwent`.
    pub name_cy: Option<String>,
    /// The name ONS uses for the police force area, where it differs.
    pub ons_name: Option<String>,
}

/// A unit with no map area, listed in the panel of its region.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Stable identifier.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Its published Welsh name.
    pub name_cy: Option<String>,
    /// The region it works with, if any.
    pub region: Option<String>,
    /// A sourced remark.
    pub note: Option<String>,
}

impl Network {
    /// The region with this id.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// The force with this GSS code.
    pub fn force(&self, code: &str) -> Option<&Force> {
        self.forces.iter().find(|f| f.code == code)
    }

    /// The region a force belongs to.
    pub fn region_of(&self, code: &str) -> Option<&Region> {
        self.regions
            .iter()
            .find(|r| r.forces.iter().any(|f| f == code))
    }

    /// A capability's name, or its id when the catalogue does not have it.
    pub fn capability_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.capabilities
            .iter()
            .find(|c| c.id == id)
            .map_or(id, |c| c.name.as_str())
    }

    /// A funding source's name, or its id when the catalogue does not have it.
    pub fn funding_source_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.funding_sources
            .iter()
            .find(|f| f.id == id)
            .map_or(id, |f| f.name.as_str())
    }

    /// A funding source's place in the catalogue (its colour); 0 when unknown.
    pub fn funding_source_index(&self, id: &str) -> usize {
        self.funding_sources
            .iter()
            .position(|f| f.id == id)
            .unwrap_or(0)
    }
}

/// Which list in the HMICFRS report a capability comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CapabilityGroup {
    /// The core capabilities (footnote 2 of the report's introduction).
    Core,
    /// The additional core capabilities (footnote 3).
    AdditionalCore,
    /// Others the report names, such as the regional intelligence unit.
    Other,
}

impl CapabilityGroup {
    /// Every group, in display order, with its JSON name and heading.
    pub const ALL: [(CapabilityGroup, &'static str, &'static str); 3] = [
        (CapabilityGroup::Core, "core", "Core capabilities"),
        (
            CapabilityGroup::AdditionalCore,
            "additional-core",
            "Additional core capabilities",
        ),
        (CapabilityGroup::Other, "other", "Other units and teams"),
    ];
}

/// A specialist capability in the catalogue.
#[derive(Debug, Clone, PartialEq)]
pub struct Capability {
    /// Stable identifier, such as `surveillance`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Its published Welsh name.
    pub name_cy: Option<String>,
    /// Which list it belongs to.
    pub group: CapabilityGroup,
    /// What it is, in a sentence.
    pub description: Option<String>,
    /// Where the catalogue entry comes from.
    pub source: Option<String>,
}

/// A catalogue entry with nothing beyond the common fields, such as a funding
/// source ("Home Office grant").
#[derive(Debug, Clone, PartialEq)]
pub struct CatalogueEntry {
    /// Stable identifier, such as `home-office-grant`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Its published Welsh name.
    pub name_cy: Option<String>,
    /// What it is, in a sentence.
    pub description: Option<String>,
    /// Where the catalogue entry comes from.
    pub source: Option<String>,
}

/// A kind of funding in the catalogue.
pub type FundingSource = CatalogueEntry;

/// Whether a region has a capability.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// In place.
    InPlace,
    /// Being developed.
    Developing,
    /// Not in place.
    NotInPlace,
    /// Not known (not public).
    Unknown,
}

impl Status {
    /// Every status with its JSON name and display text.
    pub const ALL: [(Status, &'static str, &'static str); 4] = [
        (Status::InPlace, "in-place", "In place"),
        (Status::Developing, "developing", "Developing"),
        (Status::NotInPlace, "not-in-place", "Not in place"),
        (Status::Unknown, "unknown", "Not known"),
    ];
}

/// One region's position on one capability.
#[derive(Debug, Clone, PartialEq)]
pub struct CapabilityState {
    /// The capability's id.
    pub capability: String,
    /// In place, developing, not in place or unknown.
    pub status: Status,
    /// A remark.
    pub note: Option<String>,
    /// Full-time equivalent staff, where known.
    pub staff: Option<f64>,
    /// The date the status describes.
    pub as_of: Option<String>,
    /// Where the status comes from, such as a section of the report.
    pub source: Option<String>,
}

/// How sure a funding stream is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certainty {
    /// Agreed and in the budget.
    Confirmed,
    /// Promised in a letter (for example from an NPCC lead).
    AssuredByLetter,
    /// Expected but not promised.
    Expected,
    /// Not known.
    Unknown,
}

impl Certainty {
    /// Every certainty with its JSON name and display text.
    pub const ALL: [(Certainty, &'static str, &'static str); 4] = [
        (Certainty::Confirmed, "confirmed", "Confirmed"),
        (
            Certainty::AssuredByLetter,
            "assured-by-letter",
            "Assured by letter",
        ),
        (Certainty::Expected, "expected", "Expected"),
        (Certainty::Unknown, "unknown", "Not known"),
    ];
}

/// Money from one source in one year.
#[derive(Debug, Clone, PartialEq)]
pub struct FundingStream {
    /// The funding source's id.
    pub source: String,
    /// Amount in pounds, where known.
    pub amount: Option<f64>,
    /// Share of the year's total in per cent, where given instead of an amount.
    pub share: Option<f64>,
    /// How sure the money is.
    pub certainty: Certainty,
    /// A remark.
    pub note: Option<String>,
}

/// A region's funding in one financial year.
#[derive(Debug, Clone, PartialEq)]
pub struct FundingYear {
    /// Financial year, such as `2020/21`.
    pub year: String,
    /// Total in pounds, where known.
    pub total: Option<f64>,
    /// The streams that make it up.
    pub streams: Vec<FundingStream>,
}

/// A role in a region's governance: a title, and where public a name and force.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Role {
    /// Role title, such as "Assistant Chief Constable".
    pub role: Option<String>,
    /// Name, only where public.
    pub name: Option<String>,
    /// GSS code of the person's force.
    pub force: Option<String>,
}

/// How a unit employs its staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffingModel {
    /// Staff leave their own force and become members of the unit's host
    /// force.
    HostForce,
    /// Staff stay employed by their home force and work in the unit under the
    /// administration of a lead force.
    HomeForce,
    /// Not known.
    Unknown,
}

impl StaffingModel {
    /// Every model with its JSON name and display text.
    /// (The two models the report describes: HMICFRS 2021, Regional
    /// governance.)
    pub const ALL: [(StaffingModel, &'static str, &'static str); 3] = [
        (
            StaffingModel::HostForce,
            "host-force",
            "Members of the unit's host force",
        ),
        (
            StaffingModel::HomeForce,
            "home-force",
            "Employed by their home forces, administered by a lead force",
        ),
        (StaffingModel::Unknown, "unknown", "Not known"),
    ];
}

/// Who leads a region and how it is run.
#[derive(Debug, Clone, PartialEq)]
pub struct Governance {
    /// The chief officer with responsibility for the unit.
    pub chief_officer_lead: Role,
    /// Whether that chief officer is a dedicated lead: no, or limited, dual
    /// responsibility to a force, rather than significant force
    /// responsibilities (HMICFRS 2021, National governance).
    pub dedicated: Option<bool>,
    /// The head of the unit.
    pub head_of_unit: Role,
    /// Who chairs the regional executive board.
    pub board_chair: Role,
    /// How often the board meets, in words.
    pub board_frequency: Option<String>,
    /// Where the board's facts come from.
    pub board_source: Option<String>,
    /// How staff are employed.
    pub staffing_model: StaffingModel,
    /// Weeks between meetings of the regional tactical tasking and
    /// co-ordination group (TTCG).
    pub tasking_weeks: Option<f64>,
}

impl Default for Governance {
    fn default() -> Self {
        Governance {
            chief_officer_lead: Role::default(),
            dedicated: None,
            head_of_unit: Role::default(),
            board_chair: Role::default(),
            board_frequency: None,
            board_source: None,
            staffing_model: StaffingModel::Unknown,
            tasking_weeks: None,
        }
    }
}

/// Whether and when HMICFRS visited a region in its 2020 fieldwork.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Inspection {
    /// Whether HMICFRS visited the unit in its fieldwork. (It gathered data
    /// from every ROCU and asked every force for information; it visited
    /// seven ROCUs.)
    pub visited: Option<bool>,
    /// First day of the fieldwork window, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day of the fieldwork window.
    pub to: Option<String>,
    /// A remark.
    pub note: Option<String>,
    /// Where the dates come from.
    pub source: Option<String>,
}

/// The words for a JSON name in one of the `ALL` tables.
pub fn label_of<T: Copy + PartialEq>(
    table: &[(T, &'static str, &'static str)],
    value: T,
) -> &'static str {
    let (json, english) = entry(table, value);
    lang::label(json, english)
}

/// The JSON name of a value in one of the `ALL` tables.
pub fn name_of<T: Copy + PartialEq>(
    table: &[(T, &'static str, &'static str)],
    value: T,
) -> &'static str {
    entry(table, value).0
}

/// A value's JSON name and words in one of the `ALL` tables (empty if absent).
fn entry<T: Copy + PartialEq>(
    table: &[(T, &'static str, &'static str)],
    value: T,
) -> (&'static str, &'static str) {
    table
        .iter()
        .find(|(v, _, _)| *v == value)
        .map_or(("", ""), |&(_, n, l)| (n, l))
}
