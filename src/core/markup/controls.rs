//! The controls above the map (what the map is coloured by) and the compare view
//! under it (the table of every region, sortable, with a CSV download). Native
//! `<select>`, `<details>` and `<button>` elements, so they work with a keyboard
//! and a screen reader without any scripting of their own.

use super::node::Node;
use crate::core::data::model::{CapabilityGroup, Network, OVERLAY_IDS};
use crate::core::lang::{self, words};
use crate::core::layout::compare::Table;
use crate::core::layout::overlay::Overlay;

/// An overlay's name in the control, by its id (one of [`OVERLAY_IDS`]).
pub fn overlay_name(id: &str) -> &'static str {
    let w = words();
    match id {
        "capabilities" => w.overlay_capabilities(),
        "funding" => w.overlay_funding(),
        "dedicated-lead" => w.overlay_dedicated_lead(),
        "tasking" => w.overlay_tasking(),
        "inspection" => w.overlay_inspection(),
        _ => w.overlay_regions(),
    }
}

/// The element id of a control, unique per map through `prefix`.
pub fn control_id(prefix: &str, control: &str) -> String {
    format!("{prefix}-{control}")
}

fn option(value: &str, words: &str, selected: bool) -> Node {
    let o = Node::html("option").attr("value", value).text(words);
    if selected {
        o.attr("selected", "")
    } else {
        o
    }
}

fn select(prefix: &str, control: &'static str, label: &str, options: Vec<Node>) -> Node {
    let id = control_id(prefix, control);
    Node::html("div")
        .attr("class", "rm-control")
        .child(Node::html("label").attr("for", id.clone()).text(label))
        .child(
            Node::html("select")
                .attr("id", id)
                .attr("data-control", control)
                .children(options),
        )
}

/// The overlay control, and a second one for the measure when the overlay has one
/// (which capability; total funding or the share from which source). With
/// `switch`, the button that shows the map in the other language.
pub fn controls(network: &Network, overlay: &Overlay, prefix: &str, switch: bool) -> Node {
    let current = overlay.id();
    let measure = overlay.measure();
    let mut options = Vec::new();
    let label = match overlay {
        Overlay::Capabilities(_) => {
            options.push(option(
                "coverage",
                words().capabilities_in_place_count(),
                measure.is_none(),
            ));
            for (group, json, heading) in CapabilityGroup::ALL {
                let heading = crate::core::lang::label(json, heading);
                let items: Vec<Node> = network
                    .capabilities
                    .iter()
                    .filter(|c| c.group == group)
                    .map(|c| option(&c.id, &c.name, measure == Some(c.id.as_str())))
                    .collect();
                if !items.is_empty() {
                    options.push(
                        Node::html("optgroup")
                            .attr("label", heading)
                            .children(items),
                    );
                }
            }
            Some(words().capability())
        }
        Overlay::Funding(_) => {
            options.push(option("total", words().total_funding(), measure.is_none()));
            for f in &network.funding_sources {
                options.push(option(
                    &f.id,
                    &words().share_from(f.display_name()),
                    measure == Some(f.id.as_str()),
                ));
            }
            Some(words().measure())
        }
        _ => None,
    };
    Node::html("div")
        .attr("class", "rm-controls")
        .child(select(
            prefix,
            "overlay",
            words().colour_by(),
            OVERLAY_IDS
                .iter()
                .map(|id| option(id, overlay_name(id), *id == current))
                .collect(),
        ))
        .children(label.map(|l| select(prefix, "measure", l, options)))
        .child(
            Node::html("button")
                .attr("type", "button")
                .attr("class", "rm-present")
                .attr("data-action", "present")
                .attr("aria-keyshortcuts", "F")
                .text(words().present()),
        )
        .children(switch.then(language_switch))
}

/// The button that shows the map in the other language, named in that
/// language ("Cymraeg" on the English map, "English" on the Welsh one, each
/// marked as its language): the page's script loads that language's map and
/// starts it where this one was.
pub fn language_switch() -> Node {
    let other = lang::current().other().tag();
    Node::html("button")
        .attr("type", "button")
        .attr("class", "rm-link-button rm-language")
        .attr("data-language", other)
        .attr("lang", other)
        .text(words().language_switch())
}

/// The compare view's contents for one overlay: the table (column headings are
/// sort buttons) and a link that downloads it as CSV.
/// `order` is the rows' order for `sort` (see [`Table::order`]).
pub fn compare_body(
    table: &Table,
    sort: Option<(usize, bool)>,
    order: &[usize],
    file_name: &str,
) -> Node {
    let csv = table.to_csv(order);
    let mut body = Node::html("div").attr("class", "rm-compare-body");
    if table.illustrative {
        body = body.child(super::details::banner());
    }
    body.child(
        Node::html("p")
            .attr("class", "rm-compare-hint")
            .text(words().sort_hint()),
    )
    .child(
        Node::html("div")
            .attr("class", "rm-table-wrap")
            .child(table.to_node(order, sort)),
    )
    .child(
        Node::html("a")
            .attr("class", "rm-download")
            .attr("download", file_name)
            .attr(
                "href",
                format!("data:text/csv;charset=utf-8,{}", percent_encode(&csv)),
            )
            .text(words().download_table()),
    )
}

/// The compare view: a disclosure holding [`compare_body`].
pub fn compare_view(body: Node) -> Node {
    Node::html("details")
        .attr("class", "rm-compare-view")
        .child(Node::html("summary").text(words().compare_regions()))
        .child(body)
}

/// The map's downloads: the current view as SVG, or as PNG at 1, 2 or 3 times
/// its size (the page's script draws the PNG from the same SVG).
pub fn export_view() -> Node {
    let button = |kind: &str, scale: &str, label: &str| {
        Node::html("button")
            .attr("type", "button")
            .attr("class", "rm-export")
            .attr("data-export", kind)
            .attr("data-scale", scale)
            .text(label)
    };
    Node::html("details")
        .attr("class", "rm-export-view")
        .child(Node::html("summary").text(words().download_map()))
        .child(
            Node::html("p")
                .attr("class", "rm-export-list")
                .child(button("svg", "1", "SVG"))
                .child(button("png", "1", "PNG"))
                .child(button("png", "2", words().png_2()))
                .child(button("png", "3", words().png_3())),
        )
}

/// A file name for an export of the current view, such as
/// `rocu-map_funding_2021-02-01.csv`.
///
/// ```
/// use rocu_map::core::{markup::controls::file_name, layout::overlay::Overlay};
/// let o = Overlay::Capabilities(Some("cyber".into()));
/// assert_eq!(file_name(&o, "2021-02-01", "csv"), "rocu-map_capabilities-cyber_2021-02-01.csv");
/// ```
pub fn file_name(overlay: &Overlay, as_of: &str, extension: &str) -> String {
    let what = match overlay.measure() {
        Some(m) => format!("{}-{m}", overlay.id()),
        None => overlay.id().to_string(),
    };
    let safe: String = what
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    format!("{}_{safe}_{as_of}.{extension}", words().file_prefix())
}

/// Percent-encodes everything but unreserved characters, for a `data:` address.
fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 2);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_encoding_round_trips_the_awkward_characters() {
        assert_eq!(percent_encode("a b,\"£\r\n"), "a%20b%2C%22%C2%A3%0D%0A");
    }
}
