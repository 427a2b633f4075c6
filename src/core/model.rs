//! The typed data model read from `network.json`.
//!
//! [`crate::core::validate`] builds these types while it checks the raw JSON and
//! hands them out only when there are no errors, so every reference resolves.

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
}

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
    /// Short name shown as the map label, such as `NWROCU`.
    pub short_name: String,
    /// False for London, which has no ROCU.
    pub rocu: bool,
    /// Brand name, where the unit has one.
    pub brand: Option<String>,
    /// Public website.
    pub website: Option<String>,
    /// GSS code of the lead or host force, where that is public.
    pub lead_force: Option<String>,
    /// GSS codes of the member forces: the one source of truth for membership.
    pub forces: Vec<String>,
    /// A sourced remark shown in the details panel.
    pub note: Option<String>,
}

impl Region {
    /// The name with the short name in brackets where the name does not already
    /// contain it: "North West Regional Organised Crime Unit (NWROCU)".
    pub fn long_name(&self) -> String {
        if self.name.contains(&self.short_name) {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.short_name)
        }
    }
}

/// A police force with a map area.
#[derive(Debug, Clone, PartialEq)]
pub struct Force {
    /// GSS code, such as `E23000005`: the join key to the boundaries.
    pub code: String,
    /// Display name, such as `Greater Manchester Police`.
    pub name: String,
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
}
