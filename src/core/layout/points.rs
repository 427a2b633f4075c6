//! Key points in words: two or three sentences, written from the data, about
//! what the map shows for the current overlay and measure: the highest and
//! lowest regions, how many have no data or money not confirmed, and what
//! changed since the year before where the data has years. Shown under the
//! map, on the overview slide, and read by screen readers as the map's
//! description.

use super::overlay::{coverage, latest_year, share, total_funding, year_total, Overlay};
use super::text::{count, list, money, number, percent};
use crate::core::data::model::{Certainty, Network, Region, Status};

/// The key points for `overlay`, each a sentence.
pub fn key_points(network: &Network, overlay: &Overlay) -> Vec<String> {
    let rocus: Vec<&Region> = network.regions.iter().filter(|r| r.rocu).collect();
    match overlay {
        Overlay::Regions => regions(network, &rocus),
        Overlay::Capabilities(None) => coverage_points(network, &rocus),
        Overlay::Capabilities(Some(id)) => capability(network, &rocus, id),
        Overlay::Funding(None) => funding(&rocus),
        Overlay::Funding(Some(source)) => funding_share(network, &rocus, source),
        Overlay::Dedicated => dedicated(&rocus),
        Overlay::Tasking => tasking(&rocus),
        Overlay::Inspection => inspection(&rocus),
    }
}

fn regions(network: &Network, rocus: &[&Region]) -> Vec<String> {
    let served: usize = rocus.iter().map(|r| r.forces.len()).sum();
    let mut out = vec![format!(
        "The {} serve {} of the {} on the map.",
        count(rocus.len(), "ROCU"),
        served,
        count(network.forces.len(), "force")
    )];
    if let Some((most, fewest)) = extremes(rocus, |r| Some(r.forces.len() as f64)) {
        out.push(format!(
            "{} works with the most forces ({}), {} with the fewest ({}).",
            most.0.short_name,
            number(most.1),
            fewest.0.short_name,
            number(fewest.1)
        ));
    }
    for r in network.regions.iter().filter(|r| !r.rocu) {
        out.push(format!(
            "{} has no ROCU: its {} work together on serious and organised crime.",
            r.short_name,
            count(r.forces.len(), "force")
        ));
    }
    out
}

fn coverage_points(network: &Network, rocus: &[&Region]) -> Vec<String> {
    let total = network.capabilities.len();
    let known = rocus
        .iter()
        .filter(|r| coverage(network, r).is_some())
        .count();
    let mut out = Vec::new();
    match extremes(rocus, |r| coverage(network, r)) {
        Some((most, fewest)) if most.1 == fewest.1 => out.push(format!(
            "Each of the {} with known statuses has {} of the {total} capabilities in place.",
            count(known, "ROCU"),
            number(most.1)
        )),
        Some((most, fewest)) => out.push(format!(
            "{} has the most capabilities in place ({} of {total}), {} the fewest ({}).",
            most.0.short_name,
            number(most.1),
            fewest.0.short_name,
            number(fewest.1)
        )),
        None => {}
    }
    let unknown = rocus.len() - known;
    if unknown > 0 {
        out.push(format!(
            "For {}, the status of most capabilities is not published.",
            of(unknown, rocus.len())
        ));
    }
    out
}

fn capability(network: &Network, rocus: &[&Region], id: &str) -> Vec<String> {
    let name = network
        .capabilities
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.name.as_str());
    let status_of = |r: &Region| {
        r.capabilities
            .iter()
            .find(|c| c.capability == id)
            .map_or(Status::Unknown, |c| c.status)
    };
    let known: Vec<String> = Status::ALL
        .iter()
        .filter(|(status, _, _)| *status != Status::Unknown)
        .filter_map(|&(status, _, _)| {
            let n = rocus.iter().filter(|r| status_of(r) == status).count();
            let words = match status {
                Status::InPlace => "in place",
                Status::Developing => "developing",
                _ => "not in place",
            };
            (n > 0).then(|| format!("{words} in {}", count(n, "ROCU")))
        })
        .collect();
    let unknown = rocus
        .iter()
        .filter(|r| status_of(r) == Status::Unknown)
        .count();
    let mut out = Vec::new();
    if !known.is_empty() {
        out.push(format!("{name} is {}.", list(&known)));
    }
    if unknown > 0 {
        let subject = if known.is_empty() {
            format!("The status of {name}")
        } else {
            "Its status".to_string()
        };
        out.push(format!(
            "{subject} is not known for {}.",
            of(unknown, rocus.len())
        ));
    }
    out
}

fn funding(rocus: &[&Region]) -> Vec<String> {
    let mut out = Vec::new();
    if let Some((most, least)) = extremes(rocus, total_funding) {
        let year = latest_year(most.0).map_or(String::new(), |y| format!(" in {}", y.year));
        out.push(format!(
            "{} had the most funding{year} ({}), {} the least ({}).",
            most.0.short_name,
            money(most.1),
            least.0.short_name,
            money(least.1)
        ));
    }
    out.extend(gaps(rocus));
    // Change since the year before, for the regions with both years' totals.
    let mut rose = 0;
    let mut fell = 0;
    for r in rocus {
        let n = r.funding.len();
        if n < 2 {
            continue;
        }
        match (year_total(&r.funding[n - 2]), year_total(&r.funding[n - 1])) {
            (Some(a), Some(b)) if b > a => rose += 1,
            (Some(a), Some(b)) if b < a => fell += 1,
            _ => {}
        }
    }
    let changes: Vec<String> = [(rose, "rose"), (fell, "fell")]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| match *n == rocus.len() {
            true => format!("{word} in {}", of(*n, rocus.len())),
            false => format!("{word} in {}", count(*n, "ROCU")),
        })
        .collect();
    if !changes.is_empty() {
        out.push(format!(
            "Since the year before, funding {}.",
            list(&changes)
        ));
    }
    out
}

fn funding_share(network: &Network, rocus: &[&Region], source: &str) -> Vec<String> {
    let name = network.funding_source_name(source);
    let mut out = Vec::new();
    if let Some((most, least)) = extremes(rocus, |r| share(r, source)) {
        out.push(format!(
            "{name} was the largest share of funding in {} ({}), the smallest in {} ({}).",
            most.0.short_name,
            percent(most.1),
            least.0.short_name,
            percent(least.1)
        ));
    }
    out.extend(gaps(rocus));
    out
}

/// How many regions have no funding data, and how many have money not
/// confirmed in their latest year.
fn gaps(rocus: &[&Region]) -> Vec<String> {
    let none = rocus.iter().filter(|r| r.funding.is_empty()).count();
    let unconfirmed = rocus
        .iter()
        .filter(|r| {
            latest_year(r).is_some_and(|y| {
                y.streams
                    .iter()
                    .any(|s| s.certainty != Certainty::Confirmed)
            })
        })
        .count();
    let mut out = Vec::new();
    if none > 0 {
        out.push(format!(
            "Funding is not published for {}.",
            of(none, rocus.len())
        ));
    }
    if unconfirmed > 0 {
        out.push(format!(
            "Some money is not yet confirmed in the latest year for {}.",
            of(unconfirmed, rocus.len())
        ));
    }
    out
}

fn dedicated(rocus: &[&Region]) -> Vec<String> {
    let of_kind = |v: Option<bool>| rocus.iter().filter(|r| r.governance.dedicated == v).count();
    let mut out = Vec::new();
    let (dedicated, busy) = (of_kind(Some(true)), of_kind(Some(false)));
    if dedicated + busy > 0 {
        out.push(format!(
            "{} a dedicated lead (no, or limited, force responsibilities); {} a lead with \
             significant force responsibilities.",
            have(dedicated),
            have(busy)
        ));
    }
    let unknown = of_kind(None);
    if unknown > 0 {
        out.push(format!(
            "Whether the chief officer lead is dedicated is not known for {}.",
            of(unknown, rocus.len())
        ));
    }
    out
}

fn tasking(rocus: &[&Region]) -> Vec<String> {
    let mut out = Vec::new();
    match extremes(rocus, |r| r.governance.tasking_weeks) {
        Some((most, least)) if most.1 == least.1 => out.push(format!(
            "Every ROCU with a known cadence holds regional tasking every {}.",
            count(most.1.round() as usize, "week")
        )),
        Some((longest, shortest)) => out.push(format!(
            "Regional tasking is most frequent in {} (every {}) and least in {} (every {}).",
            shortest.0.short_name,
            count(shortest.1.round() as usize, "week"),
            longest.0.short_name,
            count(longest.1.round() as usize, "week")
        )),
        None => {}
    }
    let unknown = rocus
        .iter()
        .filter(|r| r.governance.tasking_weeks.is_none())
        .count();
    if unknown > 0 {
        out.push(format!(
            "How often regional tasking meets is not known for {}.",
            of(unknown, rocus.len())
        ));
    }
    out
}

fn inspection(rocus: &[&Region]) -> Vec<String> {
    let visited = rocus
        .iter()
        .filter(|r| r.inspection.visited == Some(true))
        .count();
    let unknown = rocus
        .iter()
        .filter(|r| r.inspection.visited.is_none())
        .count();
    let mut out = vec![format!(
        "HMICFRS visited {} of the {} in its 2020 fieldwork.",
        visited,
        count(rocus.len(), "ROCU")
    )];
    if unknown > 0 {
        out.push(format!(
            "Whether it visited is not known for {}.",
            of(unknown, rocus.len())
        ));
    }
    out
}

/// A region and its value.
type Valued<'a> = (&'a Region, f64);

/// The regions with the highest and the lowest value (the first in data order
/// where several tie), among those with a value.
fn extremes<'a>(
    regions: &[&'a Region],
    value: impl Fn(&Region) -> Option<f64>,
) -> Option<(Valued<'a>, Valued<'a>)> {
    let valued: Vec<Valued<'a>> = regions
        .iter()
        .filter_map(|r| Some((*r, value(r)?)))
        .collect();
    let first = *valued.first()?;
    let (mut high, mut low) = (first, first);
    for &(r, v) in &valued[1..] {
        if v > high.1 {
            high = (r, v);
        }
        if v < low.1 {
            low = (r, v);
        }
    }
    Some((high, low))
}

/// `n` of `total` ROCUs in words: "all 9 ROCUs", "2 of the 9 ROCUs".
fn of(n: usize, total: usize) -> String {
    if n == total && total > 1 {
        format!("all {}", count(total, "ROCU"))
    } else {
        format!("{n} of the {}", count(total, "ROCU"))
    }
}

/// "6 ROCUs have", "1 ROCU has", "no ROCU has".
fn have(n: usize) -> String {
    match n {
        0 => "no ROCU has".into(),
        1 => "1 ROCU has".into(),
        n => format!("{n} ROCUs have"),
    }
}
