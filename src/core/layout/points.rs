//! Key points in words: two or three sentences, written from the data, about
//! what the map shows for the current overlay and measure: the highest and
//! lowest regions, how many have no data or money not confirmed, and what
//! changed since the year before where the data has years. Shown under the
//! map, on the overview slide, and read by screen readers as the map's
//! description.

use super::overlay::{coverage, latest_year, share, total_funding, year_total, Overlay};
use super::text::{count, list, money, number, percent};
use crate::core::data::model::{Certainty, Network, Region, Status};
use crate::core::lang::words;

/// "9 ROCUs" ("9 ROCU" in Welsh).
fn rocu_count(n: usize) -> String {
    count(n, words().noun_rocu())
}

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
    let w = words();
    let mut out = vec![w.points_served(
        rocu_count(rocus.len()),
        served,
        count(network.forces.len(), w.noun_force()),
    )];
    if let Some((most, fewest)) = extremes(rocus, |r| Some(r.forces.len() as f64)) {
        out.push(w.points_most_forces(
            most.0.display_short_name(),
            number(most.1),
            fewest.0.display_short_name(),
            number(fewest.1),
        ));
    }
    for r in network.regions.iter().filter(|r| !r.rocu) {
        out.push(w.points_no_rocu(
            r.display_short_name(),
            count(r.forces.len(), w.noun_force()),
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
    let w = words();
    let mut out = Vec::new();
    match extremes(rocus, |r| coverage(network, r)) {
        Some((most, fewest)) if most.1 == fewest.1 => {
            out.push(w.points_each_has(rocu_count(known), number(most.1), total))
        }
        Some((most, fewest)) => out.push(w.points_most_capabilities(
            most.0.display_short_name(),
            number(most.1),
            total,
            fewest.0.display_short_name(),
            number(fewest.1),
        )),
        None => {}
    }
    let unknown = rocus.len() - known;
    if unknown > 0 {
        out.push(w.points_most_not_published(of(unknown, rocus.len())));
    }
    out
}

fn capability(network: &Network, rocus: &[&Region], id: &str) -> Vec<String> {
    let w = words();
    let name = network
        .capabilities
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.display_name());
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
            let status = match status {
                Status::InPlace => w.points_in_place(),
                Status::Developing => w.points_developing(),
                _ => w.points_not_in_place(),
            };
            (n > 0).then(|| w.points_status_in(status, rocu_count(n)))
        })
        .collect();
    let unknown = rocus
        .iter()
        .filter(|r| status_of(r) == Status::Unknown)
        .count();
    let mut out = Vec::new();
    if !known.is_empty() {
        out.push(w.points_capability_is(name, list(&known)));
    }
    if unknown > 0 {
        let unknown = of(unknown, rocus.len());
        out.push(if known.is_empty() {
            w.points_status_not_known(name, unknown)
        } else {
            w.points_its_status_not_known(unknown)
        });
    }
    out
}

fn funding(rocus: &[&Region]) -> Vec<String> {
    let w = words();
    let mut out = Vec::new();
    if let Some((most, least)) = extremes(rocus, total_funding) {
        let year = latest_year(most.0).map_or(String::new(), |y| w.points_in_year(&y.year));
        out.push(w.points_most_funding(
            most.0.display_short_name(),
            year,
            money(most.1),
            least.0.display_short_name(),
            money(least.1),
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
    let changes: Vec<String> = [(rose, w.points_rose()), (fell, w.points_fell())]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| match *n == rocus.len() {
            true => w.points_status_in(word, of(*n, rocus.len())),
            false => w.points_status_in(word, rocu_count(*n)),
        })
        .collect();
    if !changes.is_empty() {
        out.push(w.points_since_the_year_before(list(&changes)));
    }
    out
}

fn funding_share(network: &Network, rocus: &[&Region], source: &str) -> Vec<String> {
    let name = network.funding_source_name(source);
    let mut out = Vec::new();
    if let Some((most, least)) = extremes(rocus, |r| share(r, source)) {
        out.push(words().points_largest_share(
            name,
            most.0.display_short_name(),
            percent(most.1),
            least.0.display_short_name(),
            percent(least.1),
        ));
    }
    out.extend(gaps(rocus));
    out
}

/// How many regions have no funding data, and how many have money not
/// confirmed in their latest year.
fn gaps(rocus: &[&Region]) -> Vec<String> {
    let w = words();
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
        out.push(w.points_funding_not_published(of(none, rocus.len())));
    }
    if unconfirmed > 0 {
        out.push(w.points_not_confirmed(of(unconfirmed, rocus.len())));
    }
    out
}

fn dedicated(rocus: &[&Region]) -> Vec<String> {
    let w = words();
    let of_kind = |v: Option<bool>| rocus.iter().filter(|r| r.governance.dedicated == v).count();
    let mut out = Vec::new();
    let (dedicated, busy) = (of_kind(Some(true)), of_kind(Some(false)));
    if dedicated + busy > 0 {
        out.push(w.points_dedicated(have(dedicated), have(busy)));
    }
    let unknown = of_kind(None);
    if unknown > 0 {
        out.push(w.points_lead_not_known(of(unknown, rocus.len())));
    }
    out
}

fn tasking(rocus: &[&Region]) -> Vec<String> {
    let w = words();
    let weeks = |v: f64| count(v.round() as usize, w.noun_week());
    let mut out = Vec::new();
    match extremes(rocus, |r| r.governance.tasking_weeks) {
        Some((most, least)) if most.1 == least.1 => out.push(w.points_tasking_every(weeks(most.1))),
        Some((longest, shortest)) => out.push(w.points_tasking_most_least(
            shortest.0.display_short_name(),
            weeks(shortest.1),
            longest.0.display_short_name(),
            weeks(longest.1),
        )),
        None => {}
    }
    let unknown = rocus
        .iter()
        .filter(|r| r.governance.tasking_weeks.is_none())
        .count();
    if unknown > 0 {
        out.push(w.points_tasking_not_known(of(unknown, rocus.len())));
    }
    out
}

fn inspection(rocus: &[&Region]) -> Vec<String> {
    let w = words();
    let visited = rocus
        .iter()
        .filter(|r| r.inspection.visited == Some(true))
        .count();
    let unknown = rocus
        .iter()
        .filter(|r| r.inspection.visited.is_none())
        .count();
    let mut out = vec![w.points_visited(visited, rocu_count(rocus.len()))];
    if unknown > 0 {
        out.push(w.points_visit_not_known(of(unknown, rocus.len())));
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
        words().points_all(rocu_count(total))
    } else {
        words().points_n_of_the(n, rocu_count(total))
    }
}

/// "6 ROCUs have", "1 ROCU has", "No ROCU has" (in Welsh "Mae gan 6 ROCU"):
/// it begins the sentence.
fn have(n: usize) -> String {
    let w = words();
    match n {
        0 => w.points_none_has().into(),
        1 => w.points_one_has().into(),
        n => w.points_have(n),
    }
}
