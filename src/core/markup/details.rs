//! The details panel as an HTML element tree: the selected region's facts and
//! forces, or, with nothing selected, the list of regions to choose from.

use super::node::Node;
use super::sections;
use crate::core::data::model::{Network, Region};
use crate::core::data::validate::is_safe_link;
use crate::core::layout::words;

/// The panel for a selection (`None`: the list of regions).
pub fn panel(network: &Network, region: Option<&str>, force: Option<&str>, prefix: &str) -> Node {
    let panel = match region.and_then(|id| network.region(id)) {
        Some(r) => region_panel(network, r, force, prefix),
        None => overview(network, prefix),
    };
    if network.meta.illustrative {
        Node::html("div").child(banner()).child(panel)
    } else {
        panel
    }
}

/// The warning shown wherever illustrative data are.
pub fn banner() -> Node {
    Node::html("p")
        .attr("class", "rm-banner")
        .text(crate::core::layout::words::ILLUSTRATIVE)
}

/// The panel's section and its heading (focusable, so a choice made in the panel
/// can move focus to the new heading).
fn section(prefix: &str, title: &str) -> Node {
    let heading = format!("{prefix}-panel-heading");
    Node::html("section")
        .attr("class", "rm-details")
        .attr("aria-labelledby", heading.clone())
        .child(
            Node::html("h2")
                .attr("id", heading)
                .attr("class", "rm-details-title")
                .attr("tabindex", "-1")
                .text(title),
        )
}

fn overview(network: &Network, prefix: &str) -> Node {
    section(prefix, "Regions")
        .child(
            Node::html("p")
                .attr("class", "rm-hint")
                .text("Select a region on the map or from this list to see its forces."),
        )
        .child(Node::html("ul").attr("class", "rm-region-list").children(
            network.regions.iter().map(|r| {
                Node::html("li").child(
                    Node::html("button")
                        .attr("type", "button")
                        .attr("class", "rm-link-button")
                        .attr("data-panel-region", r.id.clone())
                        .text(r.long_name()),
                )
            }),
        ))
}

fn region_panel(network: &Network, r: &Region, force: Option<&str>, prefix: &str) -> Node {
    let mut facts = Node::html("dl").attr("class", "rm-facts");
    let mut fact = |term: &str, value: Node| {
        facts.children.push(Node::html("dt").text(term));
        facts.children.push(Node::html("dd").child(value));
    };
    fact("Short name", Node::html("span").text(r.short_name.clone()));
    if let Some(brand) = &r.brand {
        fact("Brand", Node::html("span").text(brand.clone()));
    }
    if r.rocu {
        let site = match r.website.as_deref().filter(|u| is_safe_link(u)) {
            Some(url) => Node::html("a")
                .attr("href", url)
                .attr("rel", "noopener noreferrer")
                .text(display_url(url)),
            None => sections::unknown(words::NOT_PUBLISHED),
        };
        fact("Website", site);
        // A lead force the data does not give is not known to the map: that
        // is not a claim that it is unpublished.
        let lead = match r.lead_force.as_deref().and_then(|c| network.force(c)) {
            Some(f) => {
                let mut n = Node::html("span").text(f.name.clone());
                if let Some(source) = &r.lead_force_source {
                    n = n.child(
                        Node::html("span")
                            .attr("class", "rm-hint")
                            .text(format!(" (source: {source})")),
                    );
                }
                n
            }
            None => sections::unknown(words::NOT_KNOWN),
        };
        fact("Lead force", lead);
    }
    let mut panel = section(prefix, &r.name)
        .child(facts)
        .child(Node::html("h3").text(format!("Forces ({})", r.forces.len())))
        .child(Node::html("ul").attr("class", "rm-force-list").children(
            r.forces.iter().filter_map(|code| {
                let f = network.force(code)?;
                let pressed = force == Some(code.as_str());
                Some(
                    Node::html("li").child(
                        Node::html("button")
                            .attr("type", "button")
                            .attr("class", "rm-force-button")
                            .attr("data-panel-force", code.clone())
                            .attr("aria-pressed", if pressed { "true" } else { "false" })
                            .text(f.name.clone()),
                    ),
                )
            }),
        ));
    let units: Vec<&crate::core::data::model::Unit> = network
        .units
        .iter()
        .filter(|u| u.region.as_deref() == Some(r.id.as_str()))
        .collect();
    if !units.is_empty() {
        panel = panel
            .child(Node::html("h3").text("Also works with this region (no map area)"))
            .child(
                Node::html("ul")
                    .attr("class", "rm-unit-list")
                    .children(units.iter().map(|u| {
                        let mut li = Node::html("li").text(u.name.clone());
                        if let Some(n) = &u.note {
                            li = li.child(Node::html("p").attr("class", "rm-note").text(n.clone()));
                        }
                        li
                    })),
            );
    }
    if let Some(note) = &r.note {
        panel = panel.child(Node::html("p").attr("class", "rm-note").text(note.clone()));
    }
    // The long sections, in one block that a printed page leaves to the table.
    let mut more = Node::html("div").attr("class", "rm-more");
    if r.rocu {
        more = more
            .children(sections::capabilities(network, r))
            .children(sections::funding(network, r, prefix))
            .children(sections::governance(network, r));
    }
    more = more
        .children(sections::inspection(r))
        .children(sections::sources(network));
    panel.child(more).child(
        Node::html("button")
            .attr("type", "button")
            .attr("class", "rm-clear")
            .attr("data-action", "clear")
            .text("Clear selection"),
    )
}

/// A link's address without the scheme and trailing slash, for display.
pub fn display_url(url: &str) -> String {
    let s = url.trim();
    let s = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
        .unwrap_or(s);
    s.trim_end_matches('/').to_string()
}

/// The sentence the live region announces when a selection changes.
pub fn announcement(network: &Network, region: Option<&str>, force: Option<&str>) -> String {
    let Some(r) = region.and_then(|id| network.region(id)) else {
        return "Selection cleared.".into();
    };
    let count = r.forces.len();
    let base = format!(
        "{} selected, {}.",
        r.name,
        crate::core::layout::text::count(count, "force")
    );
    match force.and_then(|c| network.force(c)) {
        Some(f) => format!("{base} {} highlighted.", f.name),
        None => base,
    }
}

/// The tooltip's lines for a region, and the force under the pointer if any.
pub fn tooltip(network: &Network, region: &str, force: Option<&str>) -> Vec<String> {
    let Some(r) = network.region(region) else {
        return Vec::new();
    };
    let mut lines = vec![r.long_name()];
    if let Some(f) = force.and_then(|c| network.force(c)) {
        lines.push(f.name.clone());
    }
    lines
}

/// The short keyboard help shown under the map.
pub const KEYBOARD_HELP: &str =
    "Keyboard: Tab to the map, arrow keys to move between regions, Enter or Space to select, Escape to clear.";
