//! The details panel as an HTML element tree: the selected region's facts and
//! forces, or, with nothing selected, the list of regions to choose from.

use super::node::Node;
use super::sections;
use crate::core::data::model::{Network, Region};
use crate::core::data::validate::is_safe_link;
use crate::core::lang::words;

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
        .text(words().illustrative())
}

/// The panel's section and its heading (focusable, so a choice made in the panel
/// can move focus to the new heading): `title` in English and, for a name from
/// the data, its Welsh form if it has one (see [`Node::name`]).
fn section(prefix: &str, title: &str, title_cy: Option<&str>) -> Node {
    let heading = format!("{prefix}-panel-heading");
    Node::html("section")
        .attr("class", "rm-details")
        .attr("aria-labelledby", heading.clone())
        .child(
            Node::html("h2")
                .attr("id", heading)
                .attr("class", "rm-details-title")
                .attr("tabindex", "-1")
                .name(title, title_cy),
        )
}

fn overview(network: &Network, prefix: &str) -> Node {
    let regions = words().overlay_regions();
    section(prefix, regions, Some(regions))
        .child(
            Node::html("p")
                .attr("class", "rm-hint")
                .text(words().choose_region()),
        )
        .child(Node::html("ul").attr("class", "rm-region-list").children(
            network.regions.iter().map(|r| {
                Node::html("li").child(
                    Node::html("button")
                        .attr("type", "button")
                        .attr("class", "rm-link-button")
                        .attr("data-panel-region", r.id.clone())
                        .named(r.long_name(), r.name_cy.is_some()),
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
    let w = words();
    fact(
        w.short_name(),
        Node::html("span").name(&r.short_name, r.short_name_cy.as_deref()),
    );
    if let Some(brand) = &r.brand {
        fact(w.brand(), Node::html("span").text(brand.clone()));
    }
    if r.rocu {
        let site = match r.website.as_deref().filter(|u| is_safe_link(u)) {
            Some(url) => Node::html("a")
                .attr("href", url)
                .attr("rel", "noopener noreferrer")
                .text(display_url(url)),
            None => sections::unknown(w.not_published()),
        };
        fact(w.website(), site);
        // A lead force the data does not give is not known to the map: that
        // is not a claim that it is unpublished.
        let lead = match r.lead_force.as_deref().and_then(|c| network.force(c)) {
            Some(f) => {
                let mut n = Node::html("span")
                    .child(Node::html("span").name(&f.name, f.name_cy.as_deref()));
                if let Some(source) = &r.lead_force_source {
                    n = n.child(
                        Node::html("span")
                            .attr("class", "rm-hint")
                            .text_with_english(w.source_in_brackets(source), source),
                    );
                }
                n
            }
            None => sections::unknown(w.not_known()),
        };
        fact(w.lead_force(), lead);
    }
    let mut panel = section(prefix, &r.name, r.name_cy.as_deref())
        .child(facts)
        .child(Node::html("h3").text(w.forces_heading(r.forces.len())))
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
                            .name(&f.name, f.name_cy.as_deref()),
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
            .child(Node::html("h3").text(w.also_works_with()))
            .child(
                Node::html("ul")
                    .attr("class", "rm-unit-list")
                    .children(units.iter().map(|u| {
                        let mut li = Node::html("li").name(&u.name, u.name_cy.as_deref());
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
            .text(w.clear_selection()),
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
    let w = words();
    let Some(r) = region.and_then(|id| network.region(id)) else {
        return w.selection_cleared().into();
    };
    let forces = match r.forces.len() {
        1 => w.one_force().to_string(),
        n => w.forces(n),
    };
    let base = w.selected(r.display_name(), &forces);
    match force.and_then(|c| network.force(c)) {
        Some(f) => format!("{base} {}", w.highlighted(f.display_name())),
        None => base,
    }
}

/// `said` in the live region with the selected region's and force's names
/// that have no Welsh form marked English, when the map is in Welsh, so a
/// screen reader reads them as English. `None` when none of them is in it
/// (another announcement) or the map is in English. (Not in the English
/// WebAssembly, which has nothing to mark.)
#[cfg(any(not(target_arch = "wasm32"), feature = "cy"))]
pub fn announcement_marked(
    network: &Network,
    region: Option<&str>,
    force: Option<&str>,
    said: &str,
) -> Option<Node> {
    let region = region.and_then(|id| network.region(id))?;
    let force = force.and_then(|c| network.force(c));
    let english: Vec<&str> = [
        Some(region)
            .filter(|r| r.name_cy.is_none())
            .map(|r| r.name.as_str()),
        force
            .filter(|f| f.name_cy.is_none())
            .map(|f| f.name.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    // Marked names stand in spans of their own; unmarked text has none.
    Some(Node::html("span").text_with_english_names(said.to_string(), &english))
        .filter(|n| !n.children.is_empty())
}

/// The tooltip's lines for a region, and the force under the pointer if any.
pub fn tooltip(network: &Network, region: &str, force: Option<&str>) -> Vec<String> {
    let Some(r) = network.region(region) else {
        return Vec::new();
    };
    let mut lines = vec![r.long_name()];
    if let Some(f) = force.and_then(|c| network.force(c)) {
        lines.push(f.display_name().to_string());
    }
    lines
}
