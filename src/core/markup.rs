//! The scene as an SVG element tree, the same for the browser and the CLI.
//!
//! Structure (what the web layer and the tests rely on):
//! - the root `svg` is a `listbox`; each region is a `g[role=option][data-region]`
//!   holding its force paths (`path[data-force]`) and hit targets;
//! - lines, outlines (`[data-outline]`), labels, the inset, legend, title and
//!   attribution are decoration, hidden from assistive technology (the web layer
//!   gives their words in HTML).

use super::mesh::LineKind;
use super::node::Node;
use super::path::fmt1;
use super::projection::Rect;
use super::scene::{HitTarget, Label, Scene, TextLine};

/// The font stack written into the SVG, so exports look the same without CSS.
pub const FONT: &str = "Arial, Helvetica, sans-serif";
/// The banner shown on illustrative data.
pub const ILLUSTRATIVE: &str = "Illustrative data — not real figures";

/// The element id of a region's option, unique per map through `prefix`.
pub fn option_id(prefix: &str, region: &str) -> String {
    format!("{prefix}-region-{region}")
}

/// The element id of the hatched "no data" pattern.
pub fn no_data_id(prefix: &str) -> String {
    format!("{prefix}-no-data")
}

fn fill(prefix: &str, colour: &str, hatched: bool) -> String {
    if hatched {
        format!("url(#{})", no_data_id(prefix))
    } else {
        colour.to_string()
    }
}

/// The hatched "no data" pattern: dark grey lines on light grey.
fn no_data_pattern(prefix: &str) -> Node {
    Node::svg("defs").child(
        Node::svg("pattern")
            .attr("id", no_data_id(prefix))
            .attr("width", "6")
            .attr("height", "6")
            .attr("patternUnits", "userSpaceOnUse")
            .attr("patternTransform", "rotate(45)")
            .child(
                Node::svg("rect")
                    .attr("width", "6")
                    .attr("height", "6")
                    .attr("fill", super::overlay::NO_DATA_FILL),
            )
            .child(
                Node::svg("rect")
                    .attr("width", "1.5")
                    .attr("height", "6")
                    .attr("fill", "#505a5f"),
            ),
    )
}

/// The element id of a region's outline path.
pub fn outline_id(prefix: &str, region: &str) -> String {
    format!("{prefix}-outline-{region}")
}

/// Builds the SVG tree. `prefix` makes element ids unique when a page has several maps.
pub fn svg(scene: &Scene, prefix: &str, accessible_name: &str) -> Node {
    let (w, h) = (fmt1(scene.width), fmt1(scene.height));
    let mut root = Node::svg("svg")
        .attr("class", "rm-svg")
        .attr("viewBox", format!("0 0 {w} {h}"))
        .attr("width", w)
        .attr("height", h)
        .attr("role", "listbox")
        .attr("aria-label", accessible_name)
        .attr("font-family", FONT)
        .child(
            Node::svg("title").text(
                scene
                    .title
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        )
        .child(
            Node::svg("desc").text(
                scene
                    .attribution
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        );

    if scene.regions.iter().any(|r| r.hatched) || scene.legend.iter().any(|l| l.hatched) {
        root = root.child(no_data_pattern(prefix));
    }
    root = root.child(
        Node::svg("rect")
            .attr("class", "rm-sea")
            .attr("width", fmt1(scene.width))
            .attr("height", fmt1(scene.height))
            .attr("fill", "#ffffff")
            .attr("aria-hidden", "true"),
    );

    let regions = scene.regions.iter().map(|r| {
        Node::svg("g")
            .attr("class", "rm-region")
            .attr("id", option_id(prefix, &r.id))
            .attr("role", "option")
            .attr("aria-selected", "false")
            .attr("aria-label", r.label.clone())
            .attr("data-region", r.id.clone())
            .attr("fill", fill(prefix, &r.fill, r.hatched))
            .children(r.forces.iter().map(|f| {
                Node::svg("path")
                    .attr("class", "rm-force")
                    .attr("data-force", f.code.clone())
                    .attr("d", f.d.clone())
            }))
            .children(r.hits.iter().map(hit))
    });
    root = root.child(Node::svg("g").attr("class", "rm-regions").children(regions));
    root = root.child(lines(&scene.lines, "rm-lines"));
    root = root.child(
        Node::svg("g")
            .attr("class", "rm-outlines")
            .attr("aria-hidden", "true")
            .children(scene.regions.iter().map(|r| {
                Node::svg("path")
                    .attr("class", "rm-outline")
                    .attr("id", outline_id(prefix, &r.id))
                    .attr("data-outline", r.id.clone())
                    .attr("d", r.outline.clone())
                    .attr("fill", "none")
            })),
    );
    // The keyboard focus ring: a yellow halo under a dark line, both following
    // the active region's outline (the web layer copies its path data in).
    root = root.child(
        Node::svg("g")
            .attr("class", "rm-focus")
            .attr("aria-hidden", "true")
            .attr("fill", "none")
            .child(Node::svg("path").attr("class", "rm-focus-halo"))
            .child(Node::svg("path").attr("class", "rm-focus-line")),
    );
    let mut deco = Node::svg("g")
        .attr("class", "rm-decor")
        .attr("aria-hidden", "true");
    if let Some(inset) = &scene.inset {
        deco = deco.child(rect(&inset.callout, "rm-callout"));
    }
    deco = deco.child(
        Node::svg("g")
            .attr("class", "rm-labels")
            .children(scene.labels.iter().map(label)),
    );
    deco = deco.child(
        Node::svg("g").attr("class", "rm-title").children(
            scene
                .title
                .iter()
                .map(|t| text(t, "rm-title-text", "start")),
        ),
    );
    let sw = scene.swatch();
    if let Some(t) = &scene.legend_title {
        deco = deco.child(text(t, "rm-legend-title", "start").attr("font-weight", "bold"));
    }
    deco = deco.child(
        Node::svg("g")
            .attr("class", "rm-legend")
            .children(scene.legend.iter().map(|item| {
                Node::svg("g")
                    .attr("class", "rm-legend-item")
                    .attr("data-legend", item.region.clone())
                    .child(
                        Node::svg("rect")
                            .attr("x", fmt1(item.line.x - sw * 1.6))
                            .attr("y", fmt1(item.line.y - sw * 0.85))
                            .attr("width", fmt1(sw))
                            .attr("height", fmt1(sw))
                            .attr("fill", fill(prefix, &item.fill, item.hatched))
                            .attr("stroke", "#0b0c0c")
                            .attr("stroke-width", "0.5"),
                    )
                    .child(text(&item.line, "rm-legend-text", "start"))
            })),
    );
    deco = deco.child(
        Node::svg("g").attr("class", "rm-attribution").children(
            scene
                .attribution
                .iter()
                .map(|t| text(t, "rm-attribution-text", "start")),
        ),
    );
    if scene.illustrative {
        deco = deco.child(text(
            &TextLine {
                text: ILLUSTRATIVE.into(),
                x: scene.width / 2.0,
                y: scene.height - 4.0,
                size: 16.0,
            },
            "rm-illustrative",
            "middle",
        ));
    }
    root = root.child(deco);
    if let Some(inset) = &scene.inset {
        let mut g = Node::svg("g")
            .attr("class", "rm-inset")
            .attr("data-inset-for", inset.region.clone())
            .attr("aria-hidden", "true");
        g = g.child(rect(&inset.frame, "rm-inset-frame"));
        g = g.child(text(&inset.title, "rm-inset-title", "start"));
        g = g.child(
            Node::svg("g")
                .attr("class", "rm-inset-region")
                .attr("data-inset-region", inset.region.clone())
                .attr("fill", fill(prefix, &inset.fill, inset.hatched))
                .children(inset.forces.iter().map(|f| {
                    Node::svg("path")
                        .attr("class", "rm-force")
                        .attr("data-force", f.code.clone())
                        .attr("d", f.d.clone())
                }))
                .children(inset.hits.iter().map(hit)),
        );
        g = g.child(lines(&inset.lines, "rm-lines"));
        g = g.child(
            Node::svg("g")
                .attr("class", "rm-labels")
                .children(inset.labels.iter().map(label)),
        );
        root = root.child(g);
    }
    root
}

fn hit(h: &HitTarget) -> Node {
    Node::svg("circle")
        .attr("class", "rm-hit")
        .attr("data-force", h.force.clone())
        .attr("cx", fmt1(h.cx))
        .attr("cy", fmt1(h.cy))
        .attr("r", fmt1(h.r))
}

/// Border and coast lines. Region borders are cased: a dark line under a white
/// one, so every border stands out at 3:1 or more against light and dark fills.
fn lines(lines: &[(LineKind, String)], class: &'static str) -> Node {
    let path = |kind: LineKind, d: &str, stroke: &str, width: &str, extra: &str| {
        Node::svg("path")
            .attr("class", format!("rm-line rm-line-{}{extra}", kind.name()))
            .attr("d", d.to_string())
            .attr("stroke", stroke.to_string())
            .attr("stroke-width", width.to_string())
            .attr("stroke-linejoin", "round")
    };
    let mut g = Node::svg("g")
        .attr("class", class)
        .attr("aria-hidden", "true")
        .attr("fill", "none");
    for (kind, d) in lines {
        match kind {
            LineKind::Region => {
                g = g.child(path(*kind, d, "#0b0c0c", "3.5", " rm-line-casing"));
                g = g.child(path(*kind, d, "#ffffff", "1.5", ""));
            }
            LineKind::Force => g = g.child(path(*kind, d, "#ffffff", "0.75", "")),
            LineKind::Coast => g = g.child(path(*kind, d, "#505a5f", "0.6", "")),
        }
    }
    g
}

fn rect(r: &Rect, class: &'static str) -> Node {
    Node::svg("rect")
        .attr("class", class)
        .attr("x", fmt1(r.x))
        .attr("y", fmt1(r.y))
        .attr("width", fmt1(r.w))
        .attr("height", fmt1(r.h))
        .attr(
            "fill",
            if class == "rm-inset-frame" {
                "#ffffff"
            } else {
                "none"
            },
        )
        .attr("stroke", "#505a5f")
        .attr("stroke-width", "1")
}

fn text(t: &TextLine, class: &'static str, anchor: &'static str) -> Node {
    Node::svg("text")
        .attr("class", class)
        .attr("x", fmt1(t.x))
        .attr("y", fmt1(t.y))
        .attr("font-size", fmt1(t.size))
        .attr("text-anchor", anchor)
        .text(t.text.clone())
}

fn label(l: &Label) -> Node {
    let mut g = Node::svg("g")
        .attr("class", "rm-label")
        .attr("data-label", l.target.clone());
    if let Some([x1, y1, x2, y2]) = l.leader {
        g = g.child(
            Node::svg("line")
                .attr("class", "rm-leader")
                .attr("x1", fmt1(x1))
                .attr("y1", fmt1(y1))
                .attr("x2", fmt1(x2))
                .attr("y2", fmt1(y2))
                .attr("stroke", "#0b0c0c")
                .attr("stroke-width", "1"),
        );
    }
    g.child(
        text(&l.line, "rm-label-text", "middle")
            .attr("fill", "#0b0c0c")
            .attr("stroke", "#ffffff")
            .attr("stroke-width", "3")
            .attr("paint-order", "stroke")
            .attr("font-weight", "bold"),
    )
}
