//! What the map writes out without a browser: a standalone SVG of the current
//! view, and a self-contained HTML fragment (the SVG inline, the region details
//! and the compare table) that works where scripts are banned. The command line
//! (`rocu-map render`) and, for the SVG, the browser's export use these, so both
//! write the same bytes for the same view.

use super::details;
use super::node::Node;
use super::svg::INK;
use crate::core::error::Error;
use crate::core::lang::words;
use crate::core::layout::overlay::Overlay;
use crate::core::layout::view::MapView;

/// Where the static fragment's element ids start, and the attribute that marks
/// it so that the live map can take over the element in place.
pub const STATIC_PREFIX: &str = "rm-static";

/// The map as a standalone SVG document, with `selected` (a region id) shown
/// selected: its outline drawn and the other regions faded, with attributes
/// rather than the page's style sheet, so the file looks the same anywhere.
pub fn svg_document(view: &MapView, selected: Option<&str>) -> String {
    format!("{}\n", selected_svg(view, "rocu-map", selected).to_markup())
}

/// The map's SVG tree with ids from `prefix` and `selected` shown selected.
fn selected_svg(view: &MapView, prefix: &str, selected: Option<&str>) -> Node {
    let mut svg = view.svg(prefix);
    if let Some(id) = selected.filter(|id| view.has_region(id)) {
        show_selected(&mut svg, id);
    }
    svg
}

/// Marks `region` selected in an SVG tree from [`MapView::svg`].
pub fn show_selected(node: &mut Node, region: &str) {
    let is = |n: &Node, attr: &str| n.get(attr) == Some(region);
    if node.get("class") == Some("rm-region") {
        // The others are left as they are: faded, they would seem to be in
        // another class than the legend gives.
        if is(node, "data-region") {
            add_class(node, "is-selected");
            set(node, "aria-selected", "true");
        }
    }
    if node.get("class") == Some("rm-outline") && is(node, "data-outline") {
        add_class(node, "is-selected");
        node.attrs.push(("stroke", INK.into()));
        node.attrs.push(("stroke-width", "4".into()));
    }
    if node.tag == "svg" && node.get("class") == Some("rm-svg") {
        add_class(node, "has-selection");
    }
    for c in &mut node.children {
        show_selected(c, region);
    }
}

/// Sets attribute `name` of `node` to `value` (replacing it where it has one).
pub fn set(node: &mut Node, name: &'static str, value: &str) {
    match node.attrs.iter_mut().find(|(n, _)| *n == name) {
        Some((_, v)) => *v = value.to_string(),
        None => node.attrs.push((name, value.to_string())),
    }
}

fn add_class(node: &mut Node, class: &str) {
    let now = node.get("class").unwrap_or_default().to_string();
    set(
        node,
        "class",
        &if now.is_empty() {
            class.to_string()
        } else {
            format!("{now} {class}")
        },
    );
}

/// Buttons do nothing without a script: in the static fragment they become text.
fn without_buttons(node: &mut Node) {
    if node.tag == "button" {
        node.tag = "span";
        node.attrs
            .retain(|(n, _)| !matches!(*n, "type" | "data-action" | "aria-pressed" | "class"));
    }
    for c in &mut node.children {
        without_buttons(c);
    }
}

/// A self-contained HTML fragment with no script: the protective marking, the
/// map (inline SVG) and its key points, the selected region's details (or every region's, each in a
/// disclosure), the compare table for the overlay, the sources and the marking
/// again. Put it inside `<rocu-map src="…">` and the live map, where it can
/// load, replaces it in place.
pub fn html_fragment(view: &MapView, selected: Option<&str>) -> String {
    let network = &view.atlas.network;
    let selected = selected.filter(|id| view.has_region(id));
    let svg = selected_svg(view, STATIC_PREFIX, selected);
    let details = match selected {
        Some(id) => details::panel(network, Some(id), None, STATIC_PREFIX),
        None => Node::html("div").children(network.regions.iter().map(|r| {
            Node::html("details")
                .attr("class", "rm-static-region")
                .child(Node::html("summary").text(r.long_name()))
                .child(details::panel(network, Some(&r.id), None, STATIC_PREFIX))
        })),
    };
    let table = view.compare();
    let order = table.region_order();
    let mut root = Node::html("div")
        .attr("class", "rm-static")
        .attr("data-rocu-map-static", "")
        .child(Node::html("div").attr("class", "rm-map-area").child(svg))
        .child(
            Node::html("div")
                .attr("class", "rm-points")
                .child(super::slide::points(network, &view.overlay)),
        )
        .child(Node::html("div").attr("class", "rm-panel").child(details))
        .child(
            Node::html("div")
                .attr("class", "rm-table-wrap")
                .child(table.to_node(&order, None)),
        )
        .child(super::widget::sources(network));
    if network.meta.illustrative {
        root.children.insert(0, details::banner());
    }
    if let Some(c) = &network.meta.classification {
        root.children
            .insert(0, super::widget::marking(c, "rm-marking-top"));
        root = root.child(super::widget::marking(c, "rm-marking-bottom"));
    }
    without_buttons(&mut root);
    format!("{}\n", root.to_markup())
}

/// Renders `network.json` text as a standalone SVG document at `width`.
pub fn render_svg(text: &str, width: f64) -> Result<String, Error> {
    render_overlay_svg(text, width, &Overlay::Regions)
}

/// Renders `network.json` text as a standalone SVG document at `width`, coloured by `overlay`.
pub fn render_overlay_svg(text: &str, width: f64, overlay: &Overlay) -> Result<String, Error> {
    render(text, width, overlay, None, Output::Svg)
}

/// What [`render`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// A standalone SVG document.
    Svg,
    /// A self-contained HTML fragment with no script.
    Html,
    /// The compare table as CSV.
    Csv,
}

/// Renders `network.json` text at `width`, coloured by `overlay`, with
/// `region` selected, as `output`.
pub fn render(
    text: &str,
    width: f64,
    overlay: &Overlay,
    region: Option<&str>,
    output: Output,
) -> Result<String, Error> {
    let mut view = MapView::from_json(text, width)?;
    if let Some(id) = region.filter(|id| !view.has_region(id)) {
        return Err(Error::Usage(words().no_such_region(id)));
    }
    view.set_overlay(overlay.clone(), width);
    Ok(match output {
        Output::Svg => svg_document(&view, region),
        Output::Html => html_fragment(&view, region),
        Output::Csv => {
            let table = view.compare();
            table.to_csv(&table.region_order())
        }
    })
}
