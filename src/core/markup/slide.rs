//! What a presentation slide shows beside the map, in type to be read from the
//! back of a boardroom: for a region, the figures of the overlay being shown
//! and its key facts; for the overview, the key points. Both end with a
//! compact legend when the map is coloured by an overlay (the legend drawn in
//! the map is hidden while presenting) and the data's date and attribution,
//! which are kept off the map's shapes. "No data" and "Not known" are said as
//! such, never as zero.

use super::node::Node;
use super::sections::amount_and_share;
use crate::core::data::model::{label_of, Network, Region, Status};
use crate::core::interact::present::{self, Step};
use crate::core::lang;
use crate::core::layout::overlay::{coverage, latest_year, year_total, Overlay};
use crate::core::layout::points::key_points;
use crate::core::layout::text::{count, list, money};
use crate::core::layout::view::MapView;
use crate::core::layout::words::{attribution as attribution_words, long_date, status_icon};

/// The slide's side for `step`; `None` for the compare table, which fills the
/// screen on its own.
pub fn slide(view: &MapView, step: Step, prefix: &str) -> Option<Node> {
    let network = &view.atlas.network;
    let title_id = format!("{prefix}-slide-title");
    let section = |title: String| {
        Node::html("section")
            .attr("class", "rm-slide")
            .attr("aria-labelledby", title_id.clone())
            .child(
                Node::html("h2")
                    .attr("id", title_id.clone())
                    .attr("class", "rm-slide-title")
                    .text(title),
            )
    };
    let body = match step {
        Step::Compare => return None,
        Step::Overview => section(overview_title(view)).child(points(network, &view.overlay)),
        Step::Region(i) => {
            let r = network.regions.get(i)?;
            region_side(section(r.short_name.clone()), network, r, &view.overlay)
        }
        // A written step: its title and caption, then the region's figures or
        // the key points for the whole map. The analyst writes them for the
        // board, in its language, so they are not marked as English.
        Step::Written(i) => {
            let written = network.presentation.get(i)?;
            let mut body = section(written.title.clone());
            if let Some(caption) = &written.caption {
                body = body.child(para("rm-slide-caption", caption.clone()));
            }
            match present::region_of(network, step).and_then(|r| network.regions.get(r)) {
                Some(r) => region_side(
                    body.child(para("rm-slide-region", r.long_name()).in_english()),
                    network,
                    r,
                    &view.overlay,
                ),
                None => body.child(points(network, &view.overlay)),
            }
        }
    };
    let body = if network.meta.illustrative {
        body.child(super::details::banner())
    } else {
        body
    };
    Some(body.children(legend(view)).child(attribution(network)))
}

/// A region's figures for `overlay` and its key facts, under `head`.
fn region_side(head: Node, network: &Network, r: &Region, overlay: &Overlay) -> Node {
    head.children(figures(network, r, overlay))
        .children(facts(network, r, overlay))
}

/// The key points as a list of sentences (also under the map).
pub fn points(network: &Network, overlay: &Overlay) -> Node {
    Node::html("ul").attr("class", "rm-key-points").children(
        key_points(network, overlay)
            .into_iter()
            .map(|p| Node::html("li").text(p)),
    )
}

fn overview_title(view: &MapView) -> String {
    match view.paint() {
        Some(paint) => paint.title.clone(),
        None => view.atlas.network.meta.title.clone(),
    }
}

fn para(class: &'static str, text: impl Into<String>) -> Node {
    Node::html("p").attr("class", class).text(text)
}

/// The headline figure: a large value and what it is.
fn figure(value: impl Into<String>, what: impl Into<String>) -> Node {
    Node::html("p")
        .attr("class", "rm-figure")
        .child(
            Node::html("strong")
                .attr("class", "rm-figure-value")
                .text(value),
        )
        .child(Node::html("span").text(what))
}

/// A line naming some items: "Not in place: a, b."
fn named(label: &str, items: &[&str]) -> Node {
    para("rm-slide-line", format!("{label}: {}.", items.join(", ")))
}

fn no_data(text: &str) -> Node {
    para("rm-no-data", format!("{}: {text}", lang::words().no_data()))
}

/// The overlay's figures for region `r`.
fn figures(network: &Network, r: &Region, overlay: &Overlay) -> Vec<Node> {
    if !r.rocu && *overlay != Overlay::Regions {
        return vec![para(
            "rm-slide-line",
            lang::words().slide_no_rocu(r.display_short_name()),
        )];
    }
    match overlay {
        Overlay::Regions => forces(network, r),
        Overlay::Capabilities(None) => capabilities(network, r),
        Overlay::Capabilities(Some(id)) => capability(network, r, id),
        Overlay::Funding(measure) => funding(network, r, measure.as_deref()),
        Overlay::Dedicated => vec![figure(dedicated(r), "")],
        Overlay::Tasking => vec![figure(tasking(r), lang::words().slide_regional_tasking())],
        Overlay::Inspection => vec![figure(inspection(r), "")],
    }
}

fn forces(network: &Network, r: &Region) -> Vec<Node> {
    vec![
        figure(r.forces.len().to_string(), lang::words().slide_forces()),
        Node::html("ul")
            .attr("class", "rm-slide-list")
            .children(r.forces.iter().filter_map(|c| {
                let f = network.force(c)?;
                Some(Node::html("li").name(&f.name, f.name_cy.as_deref()))
            })),
    ]
}

fn capabilities(network: &Network, r: &Region) -> Vec<Node> {
    let total = network.capabilities.len();
    let status_of = |id: &str| {
        r.capabilities
            .iter()
            .find(|s| s.capability == id)
            .map_or(Status::Unknown, |s| s.status)
    };
    let with = |status: Status| -> Vec<&str> {
        network
            .capabilities
            .iter()
            .filter(|c| status_of(&c.id) == status)
            .map(|c| c.display_name())
            .collect()
    };
    let w = lang::words();
    let not_known = with(Status::Unknown).len();
    if not_known == total {
        return vec![no_data(w.slide_no_capability_data())];
    }
    // Where most statuses are not published, a count in place would read as
    // a region with few capabilities: the known ones are named instead.
    if coverage(network, r).is_none() {
        return vec![
            figure(w.not_known(), w.slide_for_n_of(not_known, total)),
            named(
                label_of(&Status::ALL, Status::InPlace),
                &with(Status::InPlace),
            ),
        ];
    }
    let mut out = vec![figure(
        w.slide_n_of(with(Status::InPlace).len(), total),
        w.slide_capabilities_in_place(),
    )];
    for status in [Status::NotInPlace, Status::Developing] {
        let items = with(status);
        if !items.is_empty() {
            out.push(named(label_of(&Status::ALL, status), &items));
        }
    }
    if not_known > 0 {
        out.push(para(
            "rm-slide-line",
            w.slide_not_known_count(count(not_known, w.noun_capability())),
        ));
    }
    out
}

fn capability(network: &Network, r: &Region, id: &str) -> Vec<Node> {
    let name = network
        .capabilities
        .iter()
        .find(|c| c.id == id)
        .map_or(id, |c| c.display_name());
    let status = r
        .capabilities
        .iter()
        .find(|s| s.capability == id)
        .map_or(Status::Unknown, |s| s.status);
    vec![figure(
        format!("{} {}", status_icon(status), label_of(&Status::ALL, status)),
        format!(" {name}"),
    )]
}

fn funding(network: &Network, r: &Region, measure: Option<&str>) -> Vec<Node> {
    let Some(year) = latest_year(r) else {
        return vec![no_data(lang::words().slide_no_funding_data())];
    };
    let w = lang::words();
    let total = year_total(year);
    let mut out = vec![figure(
        total.map_or(w.not_known().to_string(), money),
        w.points_in_year(&year.year),
    )];
    let rows = year.streams.iter().map(|s| {
        let mark = if measure == Some(s.source.as_str()) {
            "rm-slide-row is-measure"
        } else {
            "rm-slide-row"
        };
        Node::html("tr")
            .attr("class", mark)
            .child(
                Node::html("th")
                    .attr("scope", "row")
                    .text(network.funding_source_name(&s.source)),
            )
            .children(amount_and_share(s, total))
    });
    out.push(
        Node::html("table")
            .attr("class", "rm-slide-table")
            .child(
                Node::html("caption")
                    .attr("class", "rm-visually-hidden")
                    .text(w.slide_funding_by_source(&year.year)),
            )
            .child(
                Node::html("thead").child(
                    Node::html("tr").children(
                        [w.column_source(), w.column_amount(), w.column_share()]
                            .map(|h| Node::html("th").attr("scope", "col").text(h)),
                    ),
                ),
            )
            .child(Node::html("tbody").children(rows)),
    );
    let unconfirmed: Vec<&str> = year
        .streams
        .iter()
        .filter(|s| s.certainty != crate::core::data::model::Certainty::Confirmed)
        .map(|s| network.funding_source_name(&s.source))
        .collect();
    if !unconfirmed.is_empty() {
        out.push(named(w.slide_not_confirmed(), &unconfirmed));
    }
    out
}

fn dedicated(r: &Region) -> String {
    match r.governance.dedicated {
        Some(true) => lang::words().dedicated_lead().into(),
        Some(false) => lang::words().force_responsibilities().into(),
        None => lang::words().not_known().into(),
    }
}

fn tasking(r: &Region) -> String {
    r.governance
        .tasking_weeks
        .map_or(lang::words().not_known().to_string(), |w| {
            lang::words().slide_every(count(w.round() as usize, lang::words().noun_week()))
        })
}

fn inspection(r: &Region) -> String {
    let i = &r.inspection;
    match (i.visited, &i.from, &i.to) {
        (Some(true), Some(from), Some(to)) => {
            lang::words().slide_visited(long_date(from), long_date(to))
        }
        (Some(true), _, _) => lang::words().slide_visited_in_2020().into(),
        (Some(false), _, _) => lang::words().slide_not_visited_in_2020().into(),
        (None, _, _) => lang::words().not_known().into(),
    }
}

/// The region's key facts, without the one the overlay already shows.
fn facts(network: &Network, r: &Region, overlay: &Overlay) -> Vec<Node> {
    if !r.rocu {
        return Vec::new();
    }
    let lead = r
        .lead_force
        .as_deref()
        .and_then(|c| network.force(c))
        .map(|f| f.display_name().to_string());
    let w = lang::words();
    // Each fact's term, its words within a sentence, and its value if known.
    let mut rows: Vec<(&str, &str, Option<String>)> =
        vec![(w.lead_force(), w.slide_lead_force_words(), lead)];
    let known = |s: String| (s != w.not_known()).then_some(s);
    if *overlay != Overlay::Dedicated {
        rows.push((
            w.chief_officer_lead(),
            w.chief_officer_lead_words(),
            known(dedicated(r)),
        ));
    }
    if *overlay != Overlay::Tasking {
        rows.push((
            w.slide_regional_tasking_term(),
            w.slide_regional_tasking(),
            known(tasking(r)),
        ));
    }
    if *overlay != Overlay::Inspection {
        rows.push((
            w.slide_visit_term(),
            w.slide_visit_words(),
            known(inspection(r)),
        ));
    }
    // What is not known is said once, not line by line.
    let (known_rows, unknown_rows): (Vec<_>, Vec<_>) =
        rows.into_iter().partition(|(_, _, v)| v.is_some());
    let mut dl = Node::html("dl").attr("class", "rm-slide-facts");
    for (term, _, value) in known_rows {
        dl.children.push(Node::html("dt").text(term));
        dl.children
            .push(Node::html("dd").text(value.unwrap_or_default()));
    }
    let mut out = Vec::new();
    if !dl.children.is_empty() {
        out.push(dl);
    }
    if !unknown_rows.is_empty() {
        let names: Vec<&str> = unknown_rows.iter().map(|(_, words, _)| *words).collect();
        out.push(para(
            "rm-slide-line rm-slide-unknown",
            format!("{}: {}.", lang::words().not_known(), list(&names)),
        ));
    }
    out
}

/// The legend as a list with a swatch for each class, when the map is
/// coloured by an overlay.
fn legend(view: &MapView) -> Option<Node> {
    let paint = view.paint()?;
    Some(
        Node::html("ul")
            .attr("class", "rm-slide-legend")
            .attr("aria-label", lang::words().slide_key(&paint.title))
            .children(paint.classes.iter().map(|c| {
                let swatch = Node::svg("svg")
                    .attr("class", "rm-slide-swatch")
                    .attr("viewBox", "0 0 10 10")
                    .attr("aria-hidden", "true")
                    .child(
                        Node::svg("rect")
                            .attr("width", "10")
                            .attr("height", "10")
                            .attr("fill", c.fill.clone())
                            .attr("stroke", "#0b0c0c")
                            .attr("stroke-width", "0.5"),
                    );
                let swatch = if c.hatched {
                    swatch.child(
                        Node::svg("path")
                            .attr("d", "M0 10L10 0M-2 2L2 -2M8 12L12 8")
                            .attr("stroke", "#505a5f")
                            .attr("stroke-width", "1"),
                    )
                } else {
                    swatch
                };
                Node::html("li")
                    .child(swatch)
                    .child(Node::html("span").text(format!("{} ({})", c.label, c.count)))
            })),
    )
}

fn attribution(network: &Network) -> Node {
    para("rm-slide-attribution", attribution_words(&network.meta))
}
