//! The board pack's words and figures, checked against the data they come
//! from: the key points under the map and on the overview slide, and the
//! figures beside the map on each region's slide.

mod support;

use rocu_map::core::data::model::{Certainty, Network, Region};
use rocu_map::core::data::validate::validate_str;
use rocu_map::core::interact::present::Step;
use rocu_map::core::layout::overlay::{latest_year, total_funding, year_total, Overlay};
use rocu_map::core::layout::points::key_points;
use rocu_map::core::layout::text::money;
use rocu_map::core::layout::view::MapView;
use rocu_map::core::markup::slide::slide;
use support::{all_text, illustrative_text, network_text};

fn network(text: &str) -> Network {
    validate_str(text)
        .network
        .unwrap_or_else(|| panic!("invalid data"))
}

fn rocus(n: &Network) -> Vec<&Region> {
    n.regions.iter().filter(|r| r.rocu).collect()
}

fn view(text: &str, overlay: Overlay) -> MapView {
    let mut v = MapView::from_json(text, 1200.0).unwrap_or_else(|e| panic!("{e}"));
    v.set_overlay(overlay, 1200.0);
    v
}

#[test]
fn funding_points_name_the_highest_and_lowest_regions_of_the_data() {
    let n = network(&illustrative_text());
    let totals: Vec<(&Region, f64)> = rocus(&n)
        .into_iter()
        .filter_map(|r| Some((r, total_funding(r)?)))
        .collect();
    let high = totals
        .iter()
        .fold(totals[0], |a, b| if b.1 > a.1 { *b } else { a });
    let low = totals
        .iter()
        .fold(totals[0], |a, b| if b.1 < a.1 { *b } else { a });
    let points = key_points(&n, &Overlay::Funding(None));
    assert!(
        points[0].starts_with(&format!(
            "{} had the most funding in {} ({}), {} the least ({})",
            high.0.short_name,
            latest_year(high.0).map_or("", |y| y.year.as_str()),
            money(high.1),
            low.0.short_name,
            money(low.1)
        )),
        "{points:?}"
    );
    // Every region with money not confirmed in its latest year is counted.
    let unconfirmed = rocus(&n)
        .iter()
        .filter(|r| {
            latest_year(r).is_some_and(|y| {
                y.streams
                    .iter()
                    .any(|s| s.certainty != Certainty::Confirmed)
            })
        })
        .count();
    assert!(
        points
            .iter()
            .any(|p| p.contains("not yet confirmed") && p.contains(&unconfirmed.to_string())),
        "{points:?}"
    );
}

#[test]
fn with_the_public_record_the_points_say_what_is_not_published() {
    let n = network(&network_text());
    let count = rocus(&n).len();
    assert_eq!(
        key_points(&n, &Overlay::Funding(None)),
        [format!("Funding is not published for all {count} ROCUs.")]
    );
    let visited = rocus(&n)
        .iter()
        .filter(|r| r.inspection.visited == Some(true))
        .count();
    assert_eq!(
        key_points(&n, &Overlay::Inspection),
        [format!(
            "HMICFRS visited {visited} of the {count} ROCUs in its 2020 fieldwork."
        )]
    );
    // No sentence claims a highest or lowest where nothing is known.
    for overlay in [
        Overlay::Capabilities(None),
        Overlay::Dedicated,
        Overlay::Tasking,
    ] {
        let points = key_points(&n, &overlay);
        assert!(
            points
                .iter()
                .all(|p| !p.contains("the most") && !p.contains("fewest")),
            "{points:?}"
        );
        assert!(points.iter().any(|p| p.contains("not")), "{points:?}");
    }
}

#[test]
fn the_regions_points_count_the_forces_each_rocu_serves() {
    let n = network(&network_text());
    let served: usize = rocus(&n).iter().map(|r| r.forces.len()).sum();
    let points = key_points(&n, &Overlay::Regions);
    assert_eq!(
        points[0],
        format!(
            "The {} ROCUs serve {served} of the {} forces on the map.",
            rocus(&n).len(),
            n.forces.len()
        )
    );
    assert!(points.iter().any(|p| p.starts_with("London has no ROCU")));
}

#[test]
#[cfg(not(target_arch = "wasm32"))]
fn the_key_points_are_written_in_welsh_from_the_same_data() {
    use rocu_map::core::lang::{set, Lang};
    let n = network(&network_text());
    let count = rocus(&n).len();
    let served: usize = rocus(&n).iter().map(|r| r.forces.len()).sum();
    set(Lang::Cy);
    let regions = key_points(&n, &Overlay::Regions);
    let funding = key_points(&n, &Overlay::Funding(None));
    let illustrative = network(&illustrative_text());
    let dedicated = key_points(&illustrative, &Overlay::Dedicated);
    let tasking = key_points(&illustrative, &Overlay::Tasking);
    set(Lang::En);
    // A noun after a number stays singular in Welsh: "9 ROCU", "43 heddlu".
    assert_eq!(
        regions[0],
        format!(
            "Mae'r {count} ROCU yn gwasanaethu {served} o'r {} heddlu ar y map.",
            n.forces.len()
        )
    );
    assert!(
        regions
            .iter()
            .any(|p| p.starts_with("Nid oes gan London ROCU")),
        "{regions:?}"
    );
    assert_eq!(
        funding,
        [format!(
            "Nid yw'r cyllid wedi'i gyhoeddi ar gyfer pob un o'r {count} ROCU."
        )]
    );
    assert!(dedicated[0].starts_with("Mae gan "), "{dedicated:?}");
    assert!(
        tasking.iter().any(|p| p.contains(" wythnos")),
        "{tasking:?}"
    );
    for point in regions
        .iter()
        .chain(&funding)
        .chain(&dedicated)
        .chain(&tasking)
    {
        for english in [" the ", " of ", " is ", " has "] {
            assert!(!point.contains(english), "English in {point:?}");
        }
    }
}

#[test]
fn the_dedicated_lead_points_are_two_sentences_each_starting_with_a_capital() {
    let n = network(&illustrative_text());
    let points = key_points(&n, &Overlay::Dedicated);
    let sentences: Vec<&str> = points[0].split(". ").collect();
    assert_eq!(sentences.len(), 2, "{points:?}");
    for s in sentences {
        assert!(
            s.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()),
            "{s:?}"
        );
    }
}

#[test]
fn a_region_slide_carries_its_funding_figures_from_the_data() {
    let text = illustrative_text();
    let v = view(&text, Overlay::Funding(None));
    let n = &v.atlas.network;
    let i = n
        .regions
        .iter()
        .position(|r| r.id == "yorkshire-humber")
        .unwrap_or_else(|| panic!("no such region"));
    let r = &n.regions[i];
    let s = slide(&v, Step::Region(i), "t").unwrap_or_else(|| panic!("no slide"));
    let words = all_text(&s);
    let year = latest_year(r).unwrap_or_else(|| panic!("no funding"));
    assert!(
        words.contains(&money(year_total(year).unwrap_or_default())),
        "{words}"
    );
    for stream in &year.streams {
        assert!(
            words.contains(n.funding_source_name(&stream.source)),
            "{words}"
        );
        if let Some(amount) = stream.amount {
            assert!(words.contains(&money(amount)), "{words}");
        }
    }
    // The legend and the attribution travel with the slide.
    assert!(words.contains("Data as of 1 February 2021"), "{words}");
    assert!(s.find_class("rm-slide-legend").is_some());
}

#[test]
fn a_slide_says_no_data_and_not_known_never_zero() {
    let text = network_text();
    for overlay in [Overlay::Funding(None), Overlay::Capabilities(None)] {
        let v = view(&text, overlay.clone());
        let s = slide(&v, Step::Region(0), "t").unwrap_or_else(|| panic!("no slide"));
        let words = all_text(&s);
        assert!(
            words.contains("No data") || words.contains("Not known"),
            "{words}"
        );
        assert!(!words.contains("£0"), "{words}");
    }
    // The plain map has no colour key on its slides (the labels name the
    // regions), and the compare step has no side.
    let v = view(&text, Overlay::Regions);
    let s = slide(&v, Step::Region(0), "t").unwrap_or_else(|| panic!("no slide"));
    assert!(s.find_class("rm-slide-legend").is_none());
    assert!(slide(&v, Step::Compare, "t").is_none());
}
