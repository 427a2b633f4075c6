//! The overlay sections of the details panel: capabilities, funding, governance,
//! inspection and sources. Status and certainty are given in words and icons,
//! never colour alone; values that are not public say so.

use super::node::Node;
use crate::core::data::model::{
    label_of, name_of, Capability, CapabilityGroup, Certainty, FundingStream, FundingYear, Network,
    Region, Role, StaffingModel, Status,
};
use crate::core::data::validate::is_safe_link;
use crate::core::geography::path::fmt1;
use crate::core::lang;
use crate::core::layout::colour::PALETTE;
use crate::core::layout::overlay::{mix, year_total};
use crate::core::layout::text::{list, money, percent};
use crate::core::layout::words::{long_date, status_icon};

fn h3(text: impl Into<String>) -> Node {
    Node::html("h3").text(text)
}

/// A value that is not public, marked as such.
pub fn unknown(text: &str) -> Node {
    Node::html("span").attr("class", "rm-unknown").text(text)
}

/// Where a fact comes from, under it.
fn source_note(source: &str) -> Node {
    Node::html("p")
        .attr("class", "rm-source")
        .text_with_english(lang::words().source_note(source), source)
}

fn para(text: impl Into<String>, class: &'static str) -> Node {
    Node::html("p").attr("class", class).text(text)
}

/// A paragraph of the data's own words (a note), which are in English: marked
/// as English when the map is in Welsh.
fn data_para(text: impl Into<String>, class: &'static str) -> Node {
    para(text, class).in_english()
}

/// The capabilities section: a checklist grouped as in the report.
pub fn capabilities(network: &Network, r: &Region) -> Vec<Node> {
    let total = network.capabilities.len();
    let w = lang::words();
    let mut out = vec![h3(w.overlay_capabilities())];
    if total == 0 {
        out.push(para(w.no_catalogue(), "rm-hint"));
        return out;
    }
    if r.capabilities.is_empty() {
        let text = match total {
            1 => w.no_capability_data_one().to_string(),
            n => w.no_capability_data(n),
        };
        out.push(para(text, "rm-no-data"));
        return out;
    }
    for (group, json, heading) in CapabilityGroup::ALL {
        let heading = crate::core::lang::label(json, heading);
        let items: Vec<_> = network
            .capabilities
            .iter()
            .filter(|c| c.group == group)
            .collect();
        if items.is_empty() {
            continue;
        }
        let state = |id: &str| r.capabilities.iter().find(|s| s.capability == id);
        let in_place = items
            .iter()
            .filter(|c| state(&c.id).is_some_and(|s| s.status == Status::InPlace))
            .count();
        out.push(Node::html("h4").text(w.group_in_place(heading, in_place, items.len())));
        // The capabilities whose status is known, one to a line; those not
        // known, named together after them (the public record gives a few
        // statuses, and a line each for the rest would bury them).
        let (known, unknown): (Vec<&Capability>, Vec<&Capability>) = items
            .iter()
            .partition(|c| state(&c.id).is_some_and(|s| s.status != Status::Unknown));
        out.push(
            Node::html("ul")
                .attr("class", "rm-capability-list")
                .children(known.iter().map(|c| {
                    let s = state(&c.id);
                    let status = s.map_or(Status::Unknown, |s| s.status);
                    let word = label_of(&Status::ALL, status);
                    let mut li = Node::html("li")
                        .attr("class", "rm-capability")
                        .attr("data-status", name_of(&Status::ALL, status))
                        .child(
                            Node::html("span")
                                .attr("class", "rm-status-icon")
                                .attr("aria-hidden", "true")
                                .text(status_icon(status)),
                        )
                        .child(
                            Node::html("span")
                                .attr("class", "rm-capability-name")
                                .name(&c.name, c.name_cy.as_deref()),
                        )
                        .child(
                            Node::html("span")
                                .attr("class", "rm-status-text")
                                .text(format!(": {word}")),
                        );
                    if let Some(staff) = s.and_then(|s| s.staff) {
                        li = li.child(
                            Node::html("span")
                                .attr("class", "rm-hint")
                                .text(w.staff(crate::core::layout::text::number(staff))),
                        );
                    }
                    if let Some(note) = s.and_then(|s| s.note.clone()) {
                        li = li.child(data_para(note, "rm-note"));
                    }
                    if let Some(source) = s.and_then(|s| s.source.as_deref()) {
                        li = li.child(source_note(source));
                    }
                    li
                })),
        );
        if !unknown.is_empty() {
            let names: Vec<&str> = unknown.iter().map(|c| c.display_name()).collect();
            out.push(
                Node::html("p")
                    .attr("class", "rm-capability rm-capability-unknown")
                    .attr("data-status", name_of(&Status::ALL, Status::Unknown))
                    .child(
                        Node::html("span")
                            .attr("class", "rm-status-icon")
                            .attr("aria-hidden", "true")
                            .text(status_icon(Status::Unknown)),
                    )
                    .child(Node::html("span").text(format!(
                        "{} ({}): {}.",
                        label_of(&Status::ALL, Status::Unknown),
                        unknown.len(),
                        names.join(", ")
                    ))),
            );
        }
    }
    out
}

/// The funding section: for each year, newest first, a stacked bar and a table.
pub fn funding(network: &Network, r: &Region, prefix: &str) -> Vec<Node> {
    let w = lang::words();
    let mut out = vec![h3(w.overlay_funding())];
    if r.funding.is_empty() {
        out.push(para(w.no_funding_data(), "rm-no-data"));
        return out;
    }
    for (i, year) in r.funding.iter().enumerate().rev() {
        out.extend(funding_year(network, year, &format!("{prefix}-fy{i}")));
    }
    out
}

fn funding_year(network: &Network, year: &FundingYear, id: &str) -> Vec<Node> {
    let total = year_total(year);

    let w = lang::words();
    let mut out = vec![Node::html("h4").text(match total {
        Some(t) => w.year_in_all(&year.year, money(t)),
        None => year.year.clone(),
    })];
    // The bar: one segment per stream, hatched where the money is not confirmed.
    let hatch = format!("{id}-hatch");
    let mut bar = Node::svg("svg")
        .attr("class", "rm-funding-bar")
        .attr("viewBox", "0 0 100 8")
        .attr("preserveAspectRatio", "none")
        .attr("aria-hidden", "true")
        .child(
            Node::svg("defs").child(
                Node::svg("pattern")
                    .attr("id", hatch.clone())
                    .attr("width", "2")
                    .attr("height", "2")
                    .attr("patternUnits", "userSpaceOnUse")
                    .attr("patternTransform", "rotate(45)")
                    .child(
                        Node::svg("rect")
                            .attr("width", "1")
                            .attr("height", "2")
                            .attr("fill", "#ffffff")
                            .attr("fill-opacity", "0.6"),
                    ),
            ),
        );
    let mut x = 0.0;
    for seg in mix(network, year) {
        let w = seg.share;
        let fill = PALETTE[seg.source % PALETTE.len()];
        let rect = |f: String| {
            Node::svg("rect")
                .attr("x", fmt1(x))
                .attr("width", fmt1(w))
                .attr("height", "8")
                .attr("fill", f)
        };
        bar = bar.child(rect(fill.to_string()));
        if !seg.confirmed {
            bar = bar.child(rect(format!("url(#{hatch})")));
        }
        x += w;
    }
    out.push(bar);
    out.push(para(w.hatched(), "rm-hint"));
    let head = Node::html("tr").children(
        [
            w.column_source(),
            w.column_amount(),
            w.column_share(),
            w.column_certainty(),
        ]
        .map(|h| Node::html("th").attr("scope", "col").text(h)),
    );
    let rows = year.streams.iter().map(|s| {
        let swatch = Node::html("span")
            .attr(
                "class",
                format!(
                    "rm-swatch rm-swatch-{}",
                    network.funding_source_index(&s.source) % PALETTE.len()
                ),
            )
            .attr("aria-hidden", "true");
        Node::html("tr")
            .children([Node::html("th")
                .attr("scope", "row")
                .child(swatch)
                .child(Node::html("span").text(network.funding_source_name(&s.source)))])
            .children(amount_and_share(s, total))
            .child(Node::html("td").text(label_of(&Certainty::ALL, s.certainty)))
    });
    out.push(
        Node::html("table")
            .attr("class", "rm-table")
            .child(
                Node::html("caption")
                    .attr("class", "rm-visually-hidden")
                    .text(w.funding_in(&year.year)),
            )
            .child(Node::html("thead").child(head))
            .child(Node::html("tbody").children(rows)),
    );
    out
}

/// A role in words, such as "Chief officer, Cleveland Police (name not
/// published)"; `None` when nothing about it is known.
/// A funding stream's amount and its share of the year's `total`, as two
/// table cells; "Not known" where the data do not give them.
pub fn amount_and_share(s: &FundingStream, total: Option<f64>) -> [Node; 2] {
    let share = s.share.or_else(|| Some(s.amount? / total? * 100.0));
    [
        Node::html("td").attr("class", "rm-number").text(
            s.amount
                .map_or(lang::words().not_known().to_string(), money),
        ),
        Node::html("td")
            .attr("class", "rm-number")
            .text(share.map_or(lang::words().not_known().to_string(), percent)),
    ]
}

fn role(network: &Network, role: &Role) -> Option<Node> {
    let mut parts: Vec<String> = Vec::new();
    if let Some(r) = &role.role {
        parts.push(r.clone());
    }
    if let Some(n) = &role.name {
        parts.push(n.clone());
    }
    if let Some(f) = role.force.as_deref().and_then(|c| network.force(c)) {
        parts.push(f.display_name().to_string());
    }
    if parts.is_empty() {
        return None;
    }
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    // A role is in the data's words, in English; " (name not published)" is
    // the map's own words, so in the language in use.
    let mut n = Node::html("span").named(parts.join(", "), role.role.is_none());
    if role.name.is_none() {
        n = n.child(unknown(lang::words().name_not_published()).in_language());
    }
    Some(n)
}

/// How often something meets: "Every 4 weeks", "Every week".
pub fn every_weeks(weeks: f64) -> String {
    match weeks.round() as usize {
        1 => lang::words().every_week().to_string(),
        n => lang::words().every_weeks(n),
    }
}

/// The governance section: what is known, one fact to a line, and what is
/// not known named once (with the public record most of it is not known, and
/// a column of "Not known" would bury the rest).
pub fn governance(network: &Network, r: &Region) -> Vec<Node> {
    let g = &r.governance;
    let text = |t: &str| Some(Node::html("span").text(t));
    // The data's own words ("Quarterly"), which are English.
    let data_text = |t: &str| Some(Node::html("span").text(t).in_english());
    // Each fact: its term, its words within a sentence, and its value if known.
    let w = lang::words();
    let facts: [(&str, &str, Option<Node>); 7] = [
        (
            w.chief_officer_lead(),
            w.chief_officer_lead_words(),
            role(network, &g.chief_officer_lead),
        ),
        (
            w.force_responsibilities_term(),
            w.force_responsibilities_words(),
            match g.dedicated {
                Some(true) => text(w.dedicated_lead()),
                Some(false) => text(w.force_responsibilities()),
                None => None,
            },
        ),
        (
            w.head_of_unit(),
            w.head_of_unit_words(),
            role(network, &g.head_of_unit),
        ),
        (
            w.board_chair(),
            w.board_chair_words(),
            role(network, &g.board_chair),
        ),
        (
            w.board_meets(),
            w.board_meets_words(),
            g.board_frequency.as_deref().and_then(data_text),
        ),
        (
            w.staff_term(),
            w.staff_words(),
            match g.staffing_model {
                StaffingModel::Unknown => None,
                m => text(label_of(&StaffingModel::ALL, m)),
            },
        ),
        (
            w.tasking_term(),
            w.tasking_words(),
            g.tasking_weeks.and_then(|weeks| text(&every_weeks(weeks))),
        ),
    ];
    let mut dl = Node::html("dl").attr("class", "rm-facts rm-facts-stacked");
    let mut not_known = Vec::new();
    for (term, words, value) in facts {
        match value {
            Some(value) => {
                dl.children.push(Node::html("dt").text(term));
                dl.children.push(Node::html("dd").child(value));
            }
            None => not_known.push(words),
        }
    }
    let mut out = vec![h3(w.governance())];
    if !dl.children.is_empty() {
        out.push(dl);
    }
    if !not_known.is_empty() {
        out.push(
            Node::html("p")
                .attr("class", "rm-not-known")
                .child(unknown(lang::words().not_known()))
                .child(Node::html("span").text(format!(": {}.", list(&not_known)))),
        );
    }
    if let Some(source) = &g.board_source {
        out.push(source_note(source));
    }
    out
}

/// The inspection section.
pub fn inspection(r: &Region) -> Vec<Node> {
    let i = &r.inspection;
    let w = lang::words();
    let text = match (i.visited, &i.from, &i.to) {
        (Some(true), Some(from), Some(to)) => w.visited_between(long_date(from), long_date(to)),
        (Some(true), _, _) => w.visited_in_2020().to_string(),
        (Some(false), _, _) => w.not_visited_sentence().to_string(),
        (None, _, _) => w.not_known_sentence().to_string(),
    };
    let mut out = vec![h3(w.legend_visits()), para(text, "rm-inspection")];
    if let Some(note) = &i.note {
        out.push(data_para(note.clone(), "rm-note"));
    }
    if let Some(source) = &i.source {
        out.push(source_note(source));
    }
    out
}

/// The file's sources as a list, linked where they have a safe address.
pub fn source_list(network: &Network) -> Node {
    Node::html("ul")
        .attr("class", "rm-source-list")
        .children(network.meta.sources.iter().map(|s| {
            match s.url.as_deref().filter(|u| is_safe_link(u)) {
                Some(url) => Node::html("li").child(
                    Node::html("a")
                        .attr("href", url)
                        .attr("rel", "noopener noreferrer")
                        .named(s.title.clone(), false),
                ),
                None => Node::html("li").named(s.title.clone(), false),
            }
        }))
}

/// The sources section: the file's sources and its date.
pub fn sources(network: &Network) -> Vec<Node> {
    let meta = &network.meta;
    let list = source_list(network);
    let w = lang::words();
    vec![
        h3(w.sources()),
        para(w.data_as_of_date(long_date(&meta.as_of)), "rm-hint"),
        list,
    ]
}
