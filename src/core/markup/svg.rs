//! The scene as an SVG element tree, the same for the browser and the CLI.
//!
//! Structure (what the web layer and the tests rely on):
//! - the root `svg` is a `listbox`; each region is a `g[role=option][data-region]`
//!   holding its force paths (`path[data-force]`) and hit targets;
//! - lines, outlines (`[data-outline]`), labels, the inset, legend, title and
//!   attribution are decoration, hidden from assistive technology (the web layer
//!   gives their words in HTML).

use super::node::Node;
use crate::core::geography::mesh::LineKind;
use crate::core::geography::path::fmt1;
use crate::core::geography::projection::Rect;
use crate::core::layout::scene::{ForceShape, HitTarget, Inset, Label, Scene, Swatch, TextLine};

/// Text and line colour.
pub const INK: &str = "#0b0c0c";
/// Frame colour.
const GREY: &str = "#505a5f";

/// The font stack written into the SVG, so exports look the same without CSS.
pub const FONT: &str = "Arial, Helvetica, sans-serif";

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

/// The element id of the white stripes drawn over money that is not confirmed.
fn stripes_id(prefix: &str) -> String {
    format!("{prefix}-stripes")
}

/// A rectangle filled with `fill`, and the stripes over it unless `confirmed`.
fn bar_part(prefix: &str, r: &Rect, fill: &str, confirmed: bool) -> Vec<Node> {
    let part = |f: String| xywh(Node::svg("rect"), r).attr("fill", f);
    let mut out = vec![part(fill.to_string())];
    if !confirmed {
        out.push(part(format!("url(#{})", stripes_id(prefix))));
    }
    out
}

/// Diagonal stripes `stripe` wide in `colour`, `size` apart, over `background`
/// where one is given.
fn stripes(id: String, size: &str, background: Option<&str>, stripe: &str, colour: &str) -> Node {
    let mut p = Node::svg("pattern")
        .attr("id", id)
        .attr("width", size)
        .attr("height", size)
        .attr("patternUnits", "userSpaceOnUse")
        .attr("patternTransform", "rotate(45)");
    if let Some(b) = background {
        p = p.child(
            Node::svg("rect")
                .attr("width", size)
                .attr("height", size)
                .attr("fill", b),
        );
    }
    p.child(
        Node::svg("rect")
            .attr("width", stripe)
            .attr("height", size)
            .attr("fill", colour),
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
        .child(Node::svg("title").text(join_lines(&scene.title)))
        .child(Node::svg("desc").text(join_lines(&scene.attribution)));

    if let Some(defs) = patterns(scene, prefix) {
        root = root.child(defs);
    }
    root = root.child(
        Node::svg("rect")
            .attr("class", "rm-sea")
            .attr("width", fmt1(scene.width))
            .attr("height", fmt1(scene.height))
            .attr("fill", "#ffffff")
            .attr("aria-hidden", "true"),
    );
    // Everything drawn goes in one group that presentation mode zooms (by its
    // transform, which CSS animates); the patterns and the sea stay outside.
    // The groups between the listbox and its options are marked as having no
    // role: a plain group there makes Chromium expose each option as a group,
    // and a screen reader then hears no "option, 3 of 10".
    let mut zoom = Node::svg("g").attr("class", "rm-zoom").attr("role", "none");
    zoom = zoom.child(regions(scene, prefix));
    zoom = zoom.child(lines(&scene.lines, "rm-lines"));
    zoom = zoom.child(outlines(scene, prefix));
    zoom = zoom.child(focus_ring());
    zoom = zoom.child(decoration(scene, prefix));
    if let Some(inset) = &scene.inset {
        zoom = zoom.child(inset_group(inset, prefix));
    }
    root.child(zoom).child(fixed(scene))
}

/// The hatched "no data" pattern and the stripes for unconfirmed money, where
/// the scene uses them.
fn patterns(scene: &Scene, prefix: &str) -> Option<Node> {
    // The hatched "no data" pattern (dark grey lines on light grey), and white
    // stripes laid over money that is not confirmed.
    let mut defs = Node::svg("defs");
    if scene.regions.iter().any(|r| r.hatched)
        || scene.legend.iter().any(|l| l.swatch == Swatch::Hatched)
    {
        defs = defs.child(stripes(
            no_data_id(prefix),
            "6",
            Some(crate::core::layout::overlay::NO_DATA_FILL),
            "1.5",
            GREY,
        ));
    }
    if scene.legend.iter().any(|l| l.swatch == Swatch::Striped) {
        defs = defs.child(stripes(stripes_id(prefix), "4", None, "1.5", "#ffffff"));
    }
    (!defs.children.is_empty()).then_some(defs)
}

/// The regions: each a `g[role=option]` with its force shapes and hit targets.
fn regions(scene: &Scene, prefix: &str) -> Node {
    let regions = scene.regions.iter().map(|r| {
        Node::svg("g")
            .attr("class", "rm-region")
            .attr("id", option_id(prefix, &r.id))
            .attr("role", "option")
            .attr("aria-selected", "false")
            .attr("aria-label", r.label.clone())
            .attr("data-region", r.id.clone())
            .attr("fill", fill(prefix, &r.fill, r.hatched))
            .children(shapes(&r.forces, &r.hits))
    });
    Node::svg("g")
        .attr("class", "rm-regions")
        .attr("role", "none")
        .children(regions)
}

/// Each region's outline, drawn when it is hovered or selected.
fn outlines(scene: &Scene, prefix: &str) -> Node {
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
        }))
}

/// The keyboard focus ring: a yellow halo under a dark line, both following
/// the active region's outline (the web layer copies its path data in).
fn focus_ring() -> Node {
    Node::svg("g")
        .attr("class", "rm-focus")
        .attr("aria-hidden", "true")
        .attr("fill", "none")
        .child(Node::svg("path").attr("class", "rm-focus-halo"))
        .child(Node::svg("path").attr("class", "rm-focus-line"))
}

/// What is drawn over the regions and zooms with them: the inset's callout,
/// lead-force markers, labels, funding-mix bars, the title and the legend.
fn decoration(scene: &Scene, prefix: &str) -> Node {
    let mut deco = Node::svg("g")
        .attr("class", "rm-decor")
        .attr("aria-hidden", "true");
    if let Some(inset) = &scene.inset {
        deco = deco.child(rect(&inset.callout, "rm-callout", "none", GREY, "1"));
    }
    deco = deco.child(Node::svg("g").attr("class", "rm-markers").children(
        scene.markers.iter().map(|m| {
            circle("rm-marker", ("data-lead-force", &m.force), m.x, m.y, m.r)
                .attr("fill", "#0b0c0c")
                .attr("stroke", "#ffffff")
                .attr("stroke-width", "2")
        }),
    ));
    deco = deco.child(
        Node::svg("g")
            .attr("class", "rm-labels")
            .children(scene.labels.iter().map(label)),
    );
    deco = deco.child(
        Node::svg("g")
            .attr("class", "rm-glyphs")
            .children(scene.glyphs.iter().map(|g| {
                // On a white ground with a dark frame, so it reads on every fill.
                let ground = Rect {
                    x: g.frame.x - 1.5,
                    y: g.frame.y - 1.5,
                    w: g.frame.w + 3.0,
                    h: g.frame.h + 3.0,
                };
                let mut n = Node::svg("g")
                    .attr("class", "rm-glyph")
                    .attr("data-glyph", g.region.clone())
                    .child(rect(&ground, "rm-glyph-frame", "#ffffff", INK, "1"));
                for &(x, w, fill, confirmed) in &g.parts {
                    let r = Rect { x, w, ..g.frame };
                    n = n.children(bar_part(prefix, &r, fill, confirmed));
                }
                n
            })),
    );
    // The title is the data's own, in English.
    deco = deco.child(text_group("rm-title", "rm-title-text", &scene.title).in_english());
    let sw = scene.swatch();
    if let Some(t) = &scene.legend_title {
        deco = deco.child(text(t, "rm-legend-title", "start").attr("font-weight", "bold"));
    }
    deco = deco.child(
        Node::svg("g")
            .attr("class", "rm-legend")
            .children(scene.legend.iter().map(|item| {
                let key = Rect {
                    x: item.line.x - sw * 1.6,
                    y: item.line.y - sw * 0.85,
                    w: sw,
                    h: sw,
                };
                let g = Node::svg("g")
                    .attr("class", "rm-legend-item")
                    .attr("data-legend", item.region.clone());
                let g = match item.swatch {
                    Swatch::Heading => g,
                    Swatch::Marker => g.child(
                        Node::svg("circle")
                            .attr("cx", fmt1(key.x + sw / 2.0))
                            .attr("cy", fmt1(key.y + sw / 2.0))
                            .attr("r", fmt1(sw * 0.4))
                            .attr("fill", item.fill.clone()),
                    ),
                    Swatch::Striped => g.children(bar_part(prefix, &key, &item.fill, false)),
                    Swatch::Fill | Swatch::Hatched => g.child(rect(
                        &key,
                        "rm-legend-key",
                        &fill(prefix, &item.fill, item.swatch == Swatch::Hatched),
                        INK,
                        "0.5",
                    )),
                };
                g.child(text(&item.line, "rm-legend-text", "start"))
            })),
    );
    deco
}

/// The enlarged inset for a tiny force's region (the City of London).
fn inset_group(inset: &Inset, prefix: &str) -> Node {
    let mut g = Node::svg("g")
        .attr("class", "rm-inset")
        .attr("data-inset-for", inset.region.clone())
        .attr("aria-hidden", "true");
    g = g.child(rect(&inset.frame, "rm-inset-frame", "#ffffff", GREY, "1"));
    g = g.child(text(&inset.title, "rm-inset-title", "start"));
    g = g.child(
        Node::svg("g")
            .attr("class", "rm-inset-region")
            .attr("data-inset-region", inset.region.clone())
            .attr("fill", fill(prefix, &inset.fill, inset.hatched))
            .children(shapes(&inset.forces, &inset.hits)),
    );
    g = g.child(lines(&inset.lines, "rm-lines"));
    // The forces in the inset are named as the data names them, in English.
    g = g.child(
        Node::svg("g")
            .attr("class", "rm-labels")
            .children(inset.labels.iter().map(label))
            .in_english(),
    );
    g
}

/// What stays put when presentation mode zooms the map: the attribution,
/// the protective marking and the illustrative-data warning.
fn fixed(scene: &Scene) -> Node {
    let mut fixed = Node::svg("g")
        .attr("class", "rm-decor")
        .attr("aria-hidden", "true");
    fixed = fixed.child(text_group(
        "rm-attribution",
        "rm-attribution-text",
        &scene.attribution,
    ));
    fixed = fixed.children(
        scene
            .marking
            .iter()
            .map(|m| text(m, "rm-marking", "middle").attr("font-weight", "bold")),
    );
    if let Some(w) = &scene.warning {
        fixed = fixed.child(
            text(w, "rm-illustrative", "middle")
                .attr("fill", "#d4351c")
                .attr("font-weight", "bold"),
        );
    }
    fixed
}

/// A group of left-aligned lines (the title, the attribution).
fn text_group(class: &'static str, line_class: &'static str, lines: &[TextLine]) -> Node {
    Node::svg("g")
        .attr("class", class)
        .children(lines.iter().map(|t| text(t, line_class, "start")))
}

/// A region's force shapes, then the larger targets of its tiny forces.
fn shapes(forces: &[ForceShape], hits: &[HitTarget]) -> Vec<Node> {
    let paths = forces.iter().map(|f| {
        Node::svg("path")
            .attr("class", "rm-force")
            .attr("data-force", f.code.clone())
            .attr("d", f.d.clone())
    });
    paths.chain(hits.iter().map(hit)).collect()
}

fn hit(h: &HitTarget) -> Node {
    circle("rm-hit", ("data-force", &h.force), h.cx, h.cy, h.r)
}

/// A circle with a class and one data attribute.
fn circle(class: &'static str, data: (&'static str, &str), cx: f64, cy: f64, r: f64) -> Node {
    Node::svg("circle")
        .attr("class", class)
        .attr(data.0, data.1)
        .attr("cx", fmt1(cx))
        .attr("cy", fmt1(cy))
        .attr("r", fmt1(r))
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

/// Wrapped lines back as one text.
fn join_lines(lines: &[TextLine]) -> String {
    let words: Vec<&str> = lines.iter().map(|t| t.text.as_str()).collect();
    words.join(" ")
}

/// A rectangle's position and size as attributes of `node`.
fn xywh(node: Node, r: &Rect) -> Node {
    node.attr("x", fmt1(r.x))
        .attr("y", fmt1(r.y))
        .attr("width", fmt1(r.w))
        .attr("height", fmt1(r.h))
}

/// An outlined rectangle.
fn rect(r: &Rect, class: &'static str, fill: &str, stroke: &str, width: &str) -> Node {
    xywh(Node::svg("rect").attr("class", class), r)
        .attr("fill", fill)
        .attr("stroke", stroke)
        .attr("stroke-width", width)
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
