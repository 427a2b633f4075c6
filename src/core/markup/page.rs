//! The board paper: the presentation's sequence as printed pages, one SVG per
//! step, landscape, for the command line to write as PDF. Each page has the
//! protective marking at the top and the bottom, the step's title, the map as
//! the slide frames it (zoomed to the step's region, the selected region
//! outlined) with the slide's figures beside it, or the compare table across
//! the page; and at the foot the data's date, the attribution and the page
//! number. Text is laid out here, as on the slide, with sizes in points.

use super::export::{set, show_selected};
use super::flow::Column;
use super::node::Node;
use super::slide;
use crate::core::geography::path::fmt1;
use crate::core::geography::projection::Rect;
use crate::core::interact::present::{self, Step};
use crate::core::layout::view::MapView;
use crate::core::layout::words::attribution;

/// A paper size, used landscape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 297 by 210 mm.
    A4,
    /// 420 by 297 mm.
    A3,
}

impl Paper {
    /// The paper named `a4` or `a3` (any case).
    pub fn parse(name: &str) -> Option<Paper> {
        match name.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "a3" => Some(Paper::A3),
            _ => None,
        }
    }

    /// Width and height in points (1/72 inch), landscape.
    pub fn size(self) -> (f64, f64) {
        match self {
            Paper::A4 => (841.89, 595.28),
            Paper::A3 => (1190.55, 841.89),
        }
    }
}

/// The width at which the map is laid out wide: the inset to the right of
/// the map, the legend in the Irish Sea (see `layout::scene`).
const WIDE: f64 = 660.0;

/// Ink for text and rules.
const INK: &str = "#0b0c0c";
const SECONDARY: &str = "#505a5f";

/// A printed page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The step's title, for the PDF's bookmarks.
    pub title: String,
    /// The page as a standalone SVG document sized in points.
    pub svg: String,
}

/// One page per step of the presentation (the sequence written in the data,
/// or the overview, each region and the compare table).
pub fn pages(mut view: MapView, paper: Paper) -> Vec<Page> {
    let steps = present::steps(&view.atlas.network);
    let total = steps.len();
    steps
        .into_iter()
        .enumerate()
        .map(|(i, step)| {
            if let Some(overlay) = present::overlay_of(&view.atlas.network, step) {
                let width = view.scene.width;
                view.set_overlay(overlay, width);
            }
            Page {
                title: present::label(&view, step),
                svg: format!(
                    "{}\n",
                    page(&mut view, step, i + 1, total, paper).to_markup()
                ),
            }
        })
        .collect()
}

/// The page for `step`, page `number` of `total`.
fn page(view: &mut MapView, step: Step, number: usize, total: usize, paper: Paper) -> Node {
    let (w, h) = paper.size();
    // Everything is drawn at A4 sizes and scaled up for A3.
    let k = w / Paper::A4.size().0;
    let margin = 28.0 * k;
    let network = &view.atlas.network;
    let mut svg = Node::svg("svg")
        .attr("width", fmt1(w))
        .attr("height", fmt1(h))
        .attr("viewBox", format!("0 0 {} {}", fmt1(w), fmt1(h)))
        .attr("font-family", "Arial, Helvetica, sans-serif")
        .child(Node::svg("title").text(present::label(view, step)));
    let mut top = margin;
    let mut bottom = h - margin;
    if let Some(marking) = &network.meta.classification {
        svg = svg
            .child(marking_box(marking, w / 2.0, top, k, "rm-page-marking-top"))
            .child(marking_box(
                marking,
                w / 2.0,
                bottom - 16.0 * k,
                k,
                "rm-page-marking-bottom",
            ));
        top += 24.0 * k;
        bottom -= 24.0 * k;
    }
    // The foot: the data's date and attribution on the left, the page number on the right.
    let mut foot = Column::new(margin, 0.0, w - 2.0 * margin - 90.0 * k, 8.0 * k);
    foot.block(
        &Node::html("p")
            .attr("class", "rm-page-foot")
            .text(attribution(&network.meta)),
    );
    let foot_height = foot.y;
    let foot_top = bottom - foot_height;
    svg = svg.child(
        Node::svg("g")
            .attr("class", "rm-page-foot")
            .attr("fill", SECONDARY)
            .attr("transform", format!("translate(0 {})", fmt1(foot_top)))
            .children(foot.drawn)
            .child(
                Node::svg("text")
                    .attr("class", "rm-page-number")
                    .attr("x", fmt1(w - margin))
                    .attr("y", fmt1(9.0 * k))
                    .attr("font-size", fmt1(9.0 * k))
                    .attr("text-anchor", "end")
                    .text(crate::core::lang::words().page_of(number, total)),
            ),
    );
    // The step's title across the page.
    let mut head = Column::new(margin, top, w - 2.0 * margin, 12.0 * k);
    head.block(
        &Node::html("h1")
            .attr("class", "rm-page-title")
            .text(present::label(view, step)),
    );
    let body_top = head.y + 6.0 * k;
    let body_bottom = foot_top - 8.0 * k;
    svg = svg.children(head.drawn);
    let side = match slide::slide(view, step, "rm-page") {
        // The foot carries the attribution.
        Some(mut side) => {
            side.children
                .retain(|c| c.get("class") != Some("rm-slide-attribution"));
            side
        }
        None => {
            // The compare table fills the page on its own.
            let table = view.compare();
            let node = table.to_node(&table.region_order(), None);
            let mut col = fitted(
                &node,
                margin,
                body_top,
                w - 2.0 * margin,
                body_bottom,
                10.0 * k,
            );
            if network.meta.illustrative {
                col.block(&super::details::banner());
            }
            return svg.children(col.drawn);
        }
    };
    // The map on the left, as large as the body allows; the slide's side on
    // the right. The map is laid out wide (the inset beside it, not under
    // it) and drawn smaller, with its type made larger to match, so labels
    // print at the size they were designed for.
    let region = present::region_of(network, step);
    let region_id = region.map(|i| network.regions[i].id.clone());
    let map_width = (w - 2.0 * margin) * 0.58;
    let box_height = body_bottom - body_top;
    let laid_out = map_width.max(WIDE);
    let frame = |view: &MapView| {
        let whole = drawn_area(view);
        match region {
            // The region's frame in the shape of the space on the page.
            Some(i) => {
                let within = widened(whole, map_width / box_height);
                // Zoomed in no more than twice: lines and hatching are
                // drawn thicker as the map is enlarged.
                present::region_frame(view, i, within, 0.5)
            }
            None => whole,
        }
    };
    let fit = |area: &Rect| (map_width / area.w).min(box_height / area.h);
    view.set_type_scale(1.0);
    view.resize(laid_out);
    let type_scale = 1.0 / fit(&frame(view)).min(1.0);
    view.set_type_scale(type_scale);
    let area = frame(view);
    let fit = fit(&area);
    let region = region_id.as_deref();
    let mut map = view.svg("rm-page");
    strip_for_page(&mut map, region, region.is_some());
    drop_labels_outside(&mut map, &area);
    if let Some(id) = region {
        show_selected(&mut map, id);
    }
    let view_box = [area.x, area.y, area.w, area.h].map(fmt1).join(" ");
    for (name, value) in [
        ("x", fmt1(margin)),
        ("y", fmt1(body_top)),
        ("width", fmt1(area.w * fit)),
        ("height", fmt1(area.h * fit)),
        ("viewBox", view_box),
    ] {
        set(&mut map, name, &value);
    }
    // A zoomed map is cut at its frame: a thin rule shows where.
    let frame_rule = region.map(|_| {
        Node::svg("rect")
            .attr("class", "rm-page-map-frame")
            .attr("x", fmt1(margin))
            .attr("y", fmt1(body_top))
            .attr("width", fmt1(area.w * fit))
            .attr("height", fmt1(area.h * fit))
            .attr("fill", "none")
            .attr("stroke", "#b1b4b6")
            .attr("stroke-width", "0.75")
    });
    let side_x = margin + map_width + 18.0 * k;
    let col = fitted(
        &side,
        side_x,
        body_top,
        w - margin - side_x,
        body_bottom,
        12.0 * k,
    );
    svg.child(map).children(frame_rule).children(col.drawn)
}

/// Where the map draws something: its regions, labels, bars and inset, with
/// a small margin; the title, legend and attribution are the page's own.
fn drawn_area(view: &MapView) -> Rect {
    let scene = &view.scene;
    let mut boxes: Vec<Rect> = view
        .atlas
        .regions
        .iter()
        .map(|r| scene.fit.rect(r.bounds))
        .collect();
    boxes.extend(scene.inset.as_ref().map(|i| i.frame));
    boxes.extend(scene.glyphs.iter().map(|g| g.frame));
    boxes.extend(scene.labels.iter().map(|l| {
        let t = &l.line;
        let w = crate::core::layout::text::width(&t.text, t.size);
        Rect {
            x: t.x - w / 2.0,
            y: t.y - t.size,
            w,
            h: t.size * 1.3,
        }
    }));
    let x0 = boxes.iter().map(|b| b.x).fold(f64::INFINITY, f64::min);
    let y0 = boxes.iter().map(|b| b.y).fold(f64::INFINITY, f64::min);
    let x1 = boxes
        .iter()
        .map(|b| b.x + b.w)
        .fold(f64::NEG_INFINITY, f64::max);
    let y1 = boxes
        .iter()
        .map(|b| b.y + b.h)
        .fold(f64::NEG_INFINITY, f64::max);
    if !(x1 > x0 && y1 > y0) {
        return Rect {
            x: 0.0,
            y: 0.0,
            w: scene.width,
            h: scene.height,
        };
    }
    let m = (x1 - x0).max(y1 - y0) * 0.02;
    Rect {
        x: x0 - m,
        y: y0 - m,
        w: x1 - x0 + 2.0 * m,
        h: y1 - y0 + 2.0 * m,
    }
}

/// `area` made wider or taller, about its centre, to the shape `aspect`
/// (width over height).
fn widened(area: Rect, aspect: f64) -> Rect {
    let (mut w, mut h) = (area.w, area.h);
    if w / h < aspect {
        w = h * aspect;
    } else {
        h = w / aspect;
    }
    Rect {
        x: area.x - (w - area.w) / 2.0,
        y: area.y - (h - area.h) / 2.0,
        w,
        h,
    }
}

/// Flows `node` into a column at the largest body size, from `base` down,
/// that keeps it above `bottom`.
fn fitted(node: &Node, x: f64, y: f64, width: f64, bottom: f64, base: f64) -> Column {
    let mut size = base;
    loop {
        let mut col = Column::new(x, y, width, size);
        col.block(node);
        if col.y <= bottom || size <= base * 0.6 {
            return col;
        }
        size *= 0.92;
    }
}

/// The protective marking, centred at `x` with its box's top at `y`.
fn marking_box(marking: &str, x: f64, y: f64, k: f64, class: &'static str) -> Node {
    let size = 10.0 * k;
    let width = crate::core::layout::text::width(marking, size) * 1.1 + 16.0 * k;
    Node::svg("g")
        .attr("class", class)
        .child(
            Node::svg("rect")
                .attr("x", fmt1(x - width / 2.0))
                .attr("y", fmt1(y))
                .attr("width", fmt1(width))
                .attr("height", fmt1(16.0 * k))
                .attr("fill", "none")
                .attr("stroke", INK)
                .attr("stroke-width", fmt1(1.5 * k)),
        )
        .child(
            Node::svg("text")
                .attr("x", fmt1(x))
                .attr("y", fmt1(y + 12.0 * k))
                .attr("font-size", fmt1(size))
                .attr("font-weight", "bold")
                .attr("text-anchor", "middle")
                .attr("fill", INK)
                .attr("letter-spacing", fmt1(0.5 * k))
                .text(marking),
        )
}

/// Leaves out the labels whose text starts outside `area`: cut off by the
/// frame, they would still be found by a search of the PDF.
fn drop_labels_outside(node: &mut Node, area: &Rect) {
    let inside = |n: &Node| {
        let at = |a: &str| n.get(a).and_then(|v| v.parse::<f64>().ok());
        match (at("x"), at("y")) {
            (Some(x), Some(y)) => {
                x >= area.x && x <= area.x + area.w && y >= area.y && y <= area.y + area.h
            }
            _ => true,
        }
    };
    node.children.retain(|c| {
        c.get("class") != Some("rm-label")
            || c.children.iter().all(|t| t.tag != "text" || inside(t))
    });
    for c in &mut node.children {
        drop_labels_outside(c, area);
    }
}

/// Leaves out what a page says itself (the map's own title, legend,
/// attribution, marking and warning), and on a zoomed page the inset of a
/// region not shown, as presentation mode does.
fn strip_for_page(node: &mut Node, region: Option<&str>, zoomed: bool) {
    const OWN: [&str; 6] = [
        "rm-title",
        "rm-legend",
        "rm-legend-title",
        "rm-attribution",
        "rm-marking",
        "rm-illustrative",
    ];
    node.children.retain(|c| {
        let class = c.get("class").unwrap_or_default();
        if OWN.contains(&class) {
            return false;
        }
        !(zoomed && class == "rm-inset" && c.get("data-inset-for") != region)
    });
    for c in &mut node.children {
        strip_for_page(c, region, zoomed);
    }
}
