//! The details panel's overlay sections, from the default data (public record
//! only) and from the illustrative file.

mod support;

use rocu_map::core::data::validate::validate_str;
use rocu_map::core::markup::details::panel;
use rocu_map::core::markup::node::Node;
use support::{all_text, illustrative_text, network_text};

fn panel_for(text: &str, region: &str) -> Node {
    let network = validate_str(text)
        .network
        .unwrap_or_else(|| panic!("invalid data"));
    panel(&network, Some(region), None, "t")
}

/// The texts marked `lang="en"` in `n`.
#[cfg(not(target_arch = "wasm32"))]
fn marked_english(n: &Node) -> Vec<String> {
    n.walk()
        .into_iter()
        .filter(|n| n.get("lang") == Some("en"))
        .filter_map(|n| n.text.clone())
        .collect()
}

fn with_class<'a>(n: &'a Node, class: &str) -> Vec<&'a Node> {
    n.walk()
        .into_iter()
        .filter(|x| {
            x.get("class")
                .is_some_and(|c| c.split(' ').any(|k| k == class))
        })
        .collect()
}

#[test]
fn the_public_record_says_no_data_where_values_are_not_public() {
    let p = panel_for(&network_text(), "north-west");
    let text = all_text(&p);
    // The statuses the report gives for every ROCU are shown, with their
    // source; the rest are marked as not known.
    assert!(
        text.contains("Other units and teams (2 of 4 in place)"),
        "{text}"
    );
    assert!(text.contains(
        "Economic crime team : In place Source: HMICFRS 2021, Niche/specialist capabilities"
    ));
    assert!(
        text.contains("Not known (9): Covert operations, Surveillance,"),
        "{text}"
    );
    assert!(!text.contains("Lead police and crime commissioner"));
    assert!(text.contains("Lead force Not known"), "{text}");
    assert!(text.contains("No data: this region's funding is not published."));
    assert!(text.contains("Visited between 21 February 2020 and 13 March 2020."));
    // What is not known about governance is said once, naming it; what is
    // known (the board's chair, a chief officer) is given.
    assert!(
        text.contains(
            "Not known : chief officer lead, force responsibilities, head of unit, how often \
             the board meets, who employs the staff and how often regional tasking (TTCG) meets."
        ),
        "{text}"
    );
    assert!(
        text.contains("Executive board chair Chief officer"),
        "{text}"
    );
    assert_eq!(with_class(&p, "rm-not-known").len(), 1);
    assert!(
        with_class(&p, "rm-unknown").len() >= 3,
        "unknowns are marked as such"
    );
    let sw = all_text(&panel_for(&network_text(), "south-west"));
    assert!(sw.contains("Not visited."));
    // The South West's sensitive intelligence unit is not known: it was not
    // visited, and the report says only that those it visited had one.
    assert!(
        sw.contains("Not known (3): Regional intelligence unit, Sensitive intelligence unit, Technical support unit."),
        "{sw}"
    );
}

#[test]
fn capabilities_are_a_grouped_checklist_with_words_not_colour_alone() {
    let p = panel_for(&illustrative_text(), "eastern");
    let items = with_class(&p, "rm-capability");
    // Each known status on a line of its own; those not known named together,
    // with how many: between them, the whole catalogue.
    let mut covered = 0;
    for item in items {
        let status = item.get("data-status").unwrap_or_default();
        let words = all_text(item);
        let expected = match status {
            "in-place" => ": In place",
            "developing" => ": Developing",
            "not-in-place" => ": Not in place",
            _ => "Not known (",
        };
        assert!(words.contains(expected), "{status}: {words}");
        covered += if status == "unknown" {
            words.matches(',').count() + 1
        } else {
            1
        };
    }
    assert_eq!(covered, 25);
    let headings: Vec<String> = p
        .walk()
        .iter()
        .filter(|n| n.tag == "h4")
        .filter_map(|n| n.text.clone())
        .collect();
    assert!(
        headings
            .iter()
            .any(|h| h.starts_with("Core capabilities (") && h.ends_with(" of 10 in place)")),
        "{headings:?}"
    );
    assert!(headings.iter().any(
        |h| h.starts_with("Additional core capabilities (") && h.ends_with(" of 11 in place)")
    ));
}

#[test]
fn funding_shows_each_year_with_amounts_shares_and_certainty() {
    let network = validate_str(&illustrative_text())
        .network
        .unwrap_or_else(|| panic!("invalid"));
    let region = network
        .region("yorkshire-humber")
        .unwrap_or_else(|| panic!("no region"));
    let p = panel(&network, Some("yorkshire-humber"), None, "t");
    let tables: Vec<&Node> = p.walk().into_iter().filter(|n| n.tag == "table").collect();
    assert_eq!(tables.len(), region.funding.len());
    for (table, year) in tables.iter().zip(region.funding.iter().rev()) {
        let rows: Vec<&Node> = table
            .walk()
            .into_iter()
            .filter(|n| n.tag == "tr")
            .skip(1)
            .collect();
        assert_eq!(rows.len(), year.streams.len());
        let shares: f64 = rows
            .iter()
            .map(|r| {
                let cells: Vec<String> = r.children.iter().map(all_text).collect();
                cells[2]
                    .trim_end_matches('%')
                    .parse::<f64>()
                    .unwrap_or_else(|_| panic!("{cells:?}"))
            })
            .sum();
        assert!(
            (shares - 100.0).abs() < 0.5,
            "{} shares add to {shares}",
            year.year
        );
        assert!(all_text(table).contains(&format!("Funding in {}", year.year)));
    }
    // One hatched segment for each stream that is not confirmed.
    let unconfirmed = region
        .funding
        .iter()
        .flat_map(|y| &y.streams)
        .filter(|s| s.certainty != rocu_map::core::data::model::Certainty::Confirmed)
        .count();
    let hatched = p
        .walk()
        .iter()
        .filter(|n| n.tag == "rect" && n.get("fill").is_some_and(|f| f.starts_with("url(#")))
        .count();
    assert_eq!(hatched, unconfirmed);
}

#[test]
fn text_from_the_data_is_text_never_markup() {
    let text = illustrative_text().replacen(
        "Bedfordshire Police is the lead force",
        "<img src=x onerror=alert(1)> Bedfordshire Police is the lead force",
        1,
    );
    let markup = panel_for(&text, "eastern").to_markup();
    assert!(markup.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!markup.contains("<img"));
}

#[test]
fn illustrative_data_say_so_in_the_panel_the_compare_table_and_the_csv() {
    use rocu_map::core::layout::{overlay::Overlay, view::MapView};
    use rocu_map::core::markup::controls;
    const WARNING: &str = "Illustrative data — not real figures";
    let text = illustrative_text();
    for region in [None, Some("eastern")] {
        let network = validate_str(&text)
            .network
            .unwrap_or_else(|| panic!("invalid"));
        let p = panel(&network, region, None, "t");
        assert!(all_text(&p).starts_with(WARNING), "{region:?}");
    }
    let mut view = MapView::from_json(&text, 800.0).unwrap_or_else(|e| panic!("{e}"));
    view.set_overlay(Overlay::Funding(None), 800.0);
    let table = view.compare();
    let body = controls::compare_body(&table, None, &table.sorted(0, false), "x.csv");
    assert!(all_text(&body).contains(WARNING));
    assert!(view
        .compare()
        .to_csv(&[0])
        .starts_with(&format!("OFFICIAL\r\n{WARNING}")));
    // The public-record data carry no such warning.
    let plain = panel_for(&network_text(), "eastern");
    assert!(!all_text(&plain).contains(WARNING));
}

/// In the Welsh panel the data's own words in English are marked as English:
/// a source's title inside "Ffynhonnell: …", and the board's meeting
/// frequency; the English panel marks nothing. (Natively: each WebAssembly
/// has one language.)
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_welsh_panel_marks_the_datas_english_words() {
    use rocu_map::core::lang::{with, Lang};
    let welsh = with(Lang::Cy, || panel_for(&illustrative_text(), "eastern"));
    let english_words = marked_english(&welsh);
    assert!(
        english_words
            .iter()
            .any(|t| t == "Quarterly" || t == "Monthly" || t == "Every two months"),
        "{english_words:?}"
    );
    let sources: Vec<&Node> = with_class(&welsh, "rm-source");
    assert!(!sources.is_empty());
    for s in sources {
        assert!(
            s.text
                .as_deref()
                .is_some_and(|t| t.starts_with("Ffynhonnell: ")),
            "{s:?}"
        );
        assert_eq!(s.children[0].get("lang"), Some("en"), "{s:?}");
    }
    let english = panel_for(&illustrative_text(), "eastern");
    assert!(
        marked_english(&english).is_empty(),
        "{:?}",
        marked_english(&english)
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_welsh_announcement_of_a_selection_marks_the_names_with_no_welsh_form() {
    use rocu_map::core::lang::{with, Lang};
    use rocu_map::core::markup::details::{announcement, announcement_marked};
    let network = validate_str(&network_text())
        .network
        .unwrap_or_else(|| panic!("the default data is valid"));
    let marked = |region: Option<&str>, force: Option<&str>| {
        with(Lang::Cy, || {
            let said = announcement(&network, region, force);
            (
                said.clone(),
                announcement_marked(&network, region, force, &said),
            )
        })
    };

    // An English region and force: both names marked, the words unchanged.
    let (said, node) = marked(Some("north-east"), Some("E23000013"));
    let node = node.unwrap_or_else(|| panic!("English names to mark"));
    let text: String = node
        .walk()
        .iter()
        .filter_map(|n| n.text.as_deref())
        .collect();
    assert_eq!(text, said);
    assert!(said.starts_with("Wedi dewis "), "{said}");
    let region = network
        .region("north-east")
        .unwrap_or_else(|| panic!("NERSOU"));
    let force = network
        .force("E23000013")
        .unwrap_or_else(|| panic!("Cleveland"));
    assert_eq!(
        marked_english(&node),
        [region.name.clone(), force.name.clone()]
    );

    // The Welsh forces have Welsh names: only the region's name is marked.
    let (said, node) = marked(Some("southern-wales"), Some("W15000002"));
    let node = node.unwrap_or_else(|| panic!("the region's English name"));
    assert!(said.contains("Heddlu Gwent"), "{said}");
    let region = network
        .region("southern-wales")
        .unwrap_or_else(|| panic!("Tarian"));
    assert_eq!(marked_english(&node), std::slice::from_ref(&region.name));

    // Nothing to mark: cleared, another announcement, or the English map.
    assert!(marked(None, None).1.is_none());
    let other = with(Lang::Cy, || {
        announcement_marked(
            &network,
            Some("north-east"),
            None,
            "Lliwio'r map yn ôl Cyllid.",
        )
    });
    assert!(other.is_none());
    let said = announcement(&network, Some("north-east"), Some("E23000013"));
    assert!(announcement_marked(&network, Some("north-east"), Some("E23000013"), &said).is_none());
}
