//! The typed data model read from `network.json`.
//!
//! Values only reach these types after [`crate::core::validate`] has checked the
//! raw JSON, so every reference (a region's forces, its lead force) resolves.

use serde::Deserialize;

/// The whole file: regions, forces, units with no map area and metadata.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Network {
    /// Title, date, sources and attribution.
    pub meta: Meta,
    /// The nine ROCUs and the London arrangement, in display order.
    pub regions: Vec<Region>,
    /// Every police force with a map area, keyed by GSS code.
    pub forces: Vec<Force>,
    /// Units with no map area, such as British Transport Police.
    #[serde(default)]
    pub units: Vec<Unit>,
}

/// Facts about the file as a whole.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// The map's title.
    pub title: String,
    /// The date the data describes, `YYYY-MM-DD`.
    pub as_of: String,
    /// True when the values are made up for demonstration.
    #[serde(default)]
    pub illustrative: bool,
    /// Where the facts come from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// The attribution the boundary licence requires.
    pub attribution: String,
}

/// A cited source.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Source {
    /// What the source is.
    pub title: String,
    /// Where to read it, if it has a public address.
    #[serde(default)]
    pub url: Option<String>,
}

/// A ROCU region, or the London arrangement (which has no ROCU).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// Stable identifier such as `north-west`, used in links and events.
    pub id: String,
    /// Full name.
    pub name: String,
    /// Short name shown as the map label, such as `NWROCU`.
    pub short_name: String,
    /// False for London, which has no ROCU.
    #[serde(default = "yes")]
    pub rocu: bool,
    /// Brand name, where the unit has one.
    #[serde(default)]
    pub brand: Option<String>,
    /// Public website.
    #[serde(default)]
    pub website: Option<String>,
    /// GSS code of the lead or host force, where that is public.
    #[serde(default)]
    pub lead_force: Option<String>,
    /// GSS codes of the member forces: the one source of truth for membership.
    pub forces: Vec<String>,
    /// A sourced remark shown in the details panel.
    #[serde(default)]
    pub note: Option<String>,
}

fn yes() -> bool {
    true
}

/// A police force with a map area.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Force {
    /// GSS code, such as `E23000005`: the join key to the boundaries.
    pub code: String,
    /// Display name, such as `Greater Manchester Police`.
    pub name: String,
    /// The name ONS uses for the police force area, where it differs.
    #[serde(default)]
    pub ons_name: Option<String>,
}

/// A unit with no map area, listed in the panel of its region.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Unit {
    /// Stable identifier.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The region it works with, if any.
    #[serde(default)]
    pub region: Option<String>,
    /// A sourced remark.
    #[serde(default)]
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
