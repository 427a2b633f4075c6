//! The frame around the map: the map area, tooltip, details panel, keyboard help,
//! live region, and the message shown when the map cannot be drawn.

use super::controls;
use super::details;
use super::node::Node;
use super::slide;
use crate::core::data::model::Network;
use crate::core::data::validate::Problem;
use crate::core::error::Error;
use crate::core::lang::{self, words};
use crate::core::layout::compare;
use crate::core::layout::overlay::Overlay;
use crate::core::layout::words as formats;

/// The element id of the keyboard help, unique per map through `prefix`.
pub fn help_id(prefix: &str) -> String {
    format!("{prefix}-help")
}

/// The element id of the key points under the map, which describe it.
pub fn points_id(prefix: &str) -> String {
    format!("{prefix}-points")
}

/// The whole widget for a loaded map, with nothing selected. The map area holds
/// the banner (for illustrative data) and the tooltip's layer; the SVG goes in
/// before that layer once the page knows how wide the area is (see `MapView::svg`).
///
/// `overlay` sets the control and the compare table; `switch` adds the
/// language switch to the controls. The widget carries its language (`lang`),
/// so its words are read right inside a page in another.
pub fn widget(
    network: &Network,
    warnings: &[Problem],
    prefix: &str,
    overlay: &Overlay,
    switch: bool,
) -> Node {
    let mut map_area = Node::html("div").attr("class", "rm-map-area");
    if network.meta.illustrative {
        map_area = map_area.child(details::banner());
    }
    // The tooltip sits in a layer of its own that the browser can lay out
    // alone (CSS size and layout containment): its words change on every
    // hover, and the rest of the page need not be laid out again for that.
    map_area = map_area.child(
        Node::html("div").attr("class", "rm-tip-layer").child(
            Node::html("div")
                .attr("class", "rm-tooltip")
                .attr("aria-hidden", "true")
                .attr("hidden", ""),
        ),
    );
    let table = compare::table(network, overlay);
    let file = controls::file_name(overlay, &network.meta.as_of, "csv");
    let mut root = Node::html("div")
        .attr("class", "rm-widget")
        .attr("lang", lang::current().tag())
        .child(controls::controls(network, overlay, prefix, switch))
        .child(
            Node::html("p")
                .attr("class", "rm-step")
                .attr("tabindex", "-1"),
        )
        .child(map_area)
        .child(
            Node::html("div")
                .attr("class", "rm-points")
                .attr("id", points_id(prefix))
                .child(slide::points(network, overlay)),
        )
        // Filled while presenting: the figures beside the map.
        .child(Node::html("div").attr("class", "rm-slide-area"))
        .child(controls::export_view())
        .child(controls::compare_view(controls::compare_body(
            &table,
            None,
            &table.region_order(),
            &file,
        )))
        .child(
            Node::html("div")
                .attr("class", "rm-panel")
                .child(details::panel(network, None, None, prefix)),
        )
        .child(
            Node::html("p")
                .attr("class", "rm-help")
                .attr("id", help_id(prefix))
                .text(lang::words().keyboard_help()),
        )
        .child(sources(network))
        .child(
            Node::html("div")
                .attr("class", "rm-live rm-visually-hidden")
                .attr("role", "status")
                .attr("aria-live", "polite"),
        );
    if !warnings.is_empty() {
        root = root.child(problem_list(
            words().data_warnings(),
            warnings,
            "rm-warnings",
        ));
    }
    // The protective marking above and below everything, as the Government
    // Security Classifications expect.
    match &network.meta.classification {
        Some(c) => Node::html("div")
            .attr("class", "rm-marked")
            .child(marking(c, "rm-marking-top"))
            .child(root)
            .child(marking(c, "rm-marking-bottom")),
        None => root,
    }
}

/// The protective marking as a line of its own.
pub fn marking(text: &str, class: &'static str) -> Node {
    Node::html("p")
        .attr("class", class)
        .attr("data-marking", "")
        .text(text)
}

/// The sources and licence, in a disclosure.
pub fn sources(network: &Network) -> Node {
    let meta = &network.meta;
    Node::html("details")
        .attr("class", "rm-sources")
        .child(
            Node::html("summary")
                .text(words().sources_and_licence(formats::long_date(&meta.as_of))),
        )
        .child(super::sections::source_list(network))
        .child(Node::html("p").text(meta.attribution.clone()))
}

fn problem_list(title: &str, problems: &[Problem], class: &'static str) -> Node {
    Node::html("div")
        .attr("class", class)
        .child(Node::html("h2").attr("class", "rm-error-title").text(title))
        .child(
            Node::html("ul")
                .attr("class", "rm-problem-list")
                .children(problems.iter().map(|p| {
                    let mut li = Node::html("li")
                        .child(Node::html("code").text(p.path.clone()))
                        .child(Node::html("span").text(format!(" {}", p.message)));
                    if let Some(h) = &p.hint {
                        li = li.child(
                            Node::html("span")
                                .attr("class", "rm-hint")
                                .text(format!(" ({h})")),
                        );
                    }
                    li
                })),
        )
}

/// The message shown in place of the map when it cannot be drawn.
pub fn error_box(summary: &str, error: Option<&Error>) -> Node {
    let mut root = Node::html("div")
        .attr("class", "rm-error")
        .attr("lang", lang::current().tag())
        .attr("role", "alert")
        .child(
            Node::html("h2")
                .attr("class", "rm-error-title")
                .text(words().cannot_show()),
        )
        .child(Node::html("p").text(summary.to_string()));
    match error {
        Some(Error::Invalid(problems)) => {
            root = root.child(problem_list(
                &match problems.len() {
                    1 => words().one_problem_in_data().to_string(),
                    n => words().problems_in_data(n),
                },
                problems,
                "rm-problems",
            ));
        }
        Some(Error::Mismatch(lines)) => {
            root = root.child(
                Node::html("ul")
                    .attr("class", "rm-problem-list")
                    .children(lines.iter().map(|l| Node::html("li").text(l.clone()))),
            );
        }
        Some(other) => root = root.child(Node::html("p").text(other.to_string())),
        None => {}
    }
    root
}
