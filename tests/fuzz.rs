//! Fuzzing on stable Rust with proptest (cargo-fuzz needs a nightly toolchain,
//! which this machine cannot fetch): the data validator (text and value), the
//! TopoJSON and packed-boundary decoders, the deep-link parser, and the SVG,
//! HTML and CSV writers, whose output must read back (XML well formed, every
//! CSV row the same number of fields).
//!
//! The seed corpus is the project's own files (`data/network.json`,
//! `data/examples/illustrative.json`, `data/boundaries.topo.json` and the
//! packed boundaries built from it): each case mutates a seed by random byte
//! edits, or feeds arbitrary text. `FUZZ_CASES` sets the cases per target:
//! the test command runs 64 (a few seconds); a long run is
//! `FUZZ_CASES=100000 cargo test --release --test fuzz`.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::{Config, FileFailurePersistence};
use rocu_map::core::data::model::Network;
use rocu_map::core::data::validate::{text::prepare, validate_str};
use rocu_map::core::geography::{atlas::BOUNDARIES, packed, topology::Topology};
use rocu_map::core::interact::link;
use rocu_map::core::layout::compare;
use rocu_map::core::layout::overlay::Overlay;
use rocu_map::core::markup::details;
use rocu_map::core::markup::export::{render, Output};
use rocu_map::core::markup::node::Node;

const NETWORK: &str = include_str!("../data/network.json");
const ILLUSTRATIVE: &str = include_str!("../data/examples/illustrative.json");
const TOPOLOGY: &str = include_str!("../data/boundaries.topo.json");

fn config() -> Config {
    let cases = std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    Config {
        cases,
        // A failing case is kept beside this file, to be replayed first.
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("regressions"))),
        ..Config::default()
    }
}

/// Random edits of a seed: each replaces, inserts or deletes one byte at a
/// place picked as a fraction of the length.
fn edits() -> impl Strategy<Value = Vec<(f64, u8, u8)>> {
    prop::collection::vec((0.0..1.0f64, 0u8..3, any::<u8>()), 1..12)
}

fn mutate(seed: &[u8], edits: &[(f64, u8, u8)]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for &(at, op, byte) in edits {
        let i = ((out.len() as f64) * at) as usize;
        match op {
            0 if i < out.len() => out[i] = byte,
            1 => out.insert(i.min(out.len()), byte),
            _ if i < out.len() => {
                out.remove(i);
            }
            _ => {}
        }
    }
    out
}

/// Text that is hard on writers: markup, quotes, formula prefixes, control
/// and odd Unicode characters.
fn awkward() -> impl Strategy<Value = String> {
    prop_oneof![
        ".*",
        "[<>&\"'=+@\\-\r\n\t\u{0}\u{202e}\u{feff}\u{fffe}\u{1F600}a-z ]{0,40}",
        Just("<script>alert(1)</script>".to_string()),
        Just("=HYPERLINK(\"http://x\")".to_string()),
        Just("]]><!--".to_string()),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_validator_never_panics_on_mutated_data(seed in 0..2usize, e in edits()) {
        let seed = [NETWORK, ILLUSTRATIVE][seed];
        let text = String::from_utf8_lossy(&mutate(seed.as_bytes(), &e)).into_owned();
        let report = validate_str(&text);
        // A file with errors never yields a network.
        prop_assert!(!(report.has_errors() && report.network.is_some()));
    }

    #[test]
    fn the_validator_and_the_text_scan_never_panic_on_any_text(text in ".*") {
        let _ = prepare(&text);
        let _ = validate_str(&text);
    }

    #[test]
    fn the_topojson_decoder_never_panics(e in edits()) {
        let text = String::from_utf8_lossy(&mutate(TOPOLOGY.as_bytes(), &e)).into_owned();
        let _ = Topology::parse(&text, "forces");
    }

    #[test]
    fn the_packed_boundary_decoder_never_panics(e in edits()) {
        let _ = packed::decode(&mutate(BOUNDARIES, &e));
    }

    #[test]
    fn the_deep_link_parser_never_panics_and_reads_back_what_it_writes(hash in ".*") {
        let state = link::parse(&hash);
        let written = link::write("", &state);
        prop_assert_eq!(link::parse(&written), state);
    }

    #[test]
    fn the_text_writers_output_reads_back(
        tree in tree(),
        name in awkward(),
        note in awkward(),
        force in awkward(),
    ) {
        // Any element tree is written as well-formed markup, every element
        // an element (no text breaks out into markup).
        let markup = format!("<root>{}</root>", tree.to_markup());
        let doc = roxmltree::Document::parse(&markup);
        prop_assert!(doc.is_ok(), "not well formed: {markup}");
        let elements = doc.map_or(0, |d| d.descendants().filter(|n| n.is_element()).count());
        prop_assert_eq!(elements, tree.walk().len() + 1);
        // The panel and the compare table of a network with awkward names.
        let mut network = illustrative().clone();
        network.regions[0].name = name.clone();
        network.regions[0].note = Some(note);
        network.forces[0].name = force;
        network.meta.title = name;
        let id = network.regions[0].id.clone();
        let panel = details::panel(&network, Some(&id), None, "rm1").to_markup();
        prop_assert!(!panel.contains("<script"), "the panel carries a script");
        prop_assert!(
            roxmltree::Document::parse(&format!("<root>{panel}</root>")).is_ok(),
            "the panel is not well formed"
        );
        for overlay in [Overlay::Regions, Overlay::Funding(None), Overlay::Capabilities(None)] {
            let table = compare::table(&network, &overlay);
            let csv = table.to_csv(&table.region_order());
            let widths: Vec<usize> = rows(&csv).iter().map(Vec::len).collect();
            let table = &widths[2..];
            prop_assert!(table.iter().all(|w| *w == table[0]), "rows of {widths:?} fields");
        }
    }

    #[test]
    fn the_writers_output_reads_back(name in awkward(), note in awkward(), short in awkward()) {
        let mut v: serde_json::Value = serde_json::from_str(ILLUSTRATIVE).unwrap_or_default();
        v["regions"][0]["name"] = name.clone().into();
        v["regions"][0]["note"] = note.into();
        v["regions"][1]["shortName"] = short.into();
        v["meta"]["title"] = name.into();
        let text = v.to_string();
        for overlay in [Overlay::Regions, Overlay::Funding(None)] {
            let Ok(svg) = render(&text, 400.0, &overlay, Some("north-east"), Output::Svg) else {
                // Refused by the validator (say, an empty name): nothing written.
                continue;
            };
            prop_assert!(roxmltree::Document::parse(&svg).is_ok(), "the SVG is not well formed");
            let html = render(&text, 400.0, &overlay, Some("north-east"), Output::Html);
            if let Ok(html) = html {
                prop_assert!(!html.contains("<script"), "the HTML carries a script");
                prop_assert!(
                    roxmltree::Document::parse(&format!("<root>{html}</root>")).is_ok(),
                    "the HTML is not well formed"
                );
            }
            let csv = render(&text, 400.0, &overlay, None, Output::Csv);
            if let Ok(csv) = csv {
                let widths: Vec<usize> = rows(&csv).iter().map(Vec::len).collect();
                // The marking and the warning lines, then the table.
                let table = &widths[2..];
                prop_assert!(table.iter().all(|w| *w == table[0]), "rows of {widths:?} fields");
            }
        }
    }
}

/// The illustrative network, read once: the text writers' target changes its
/// names in a copy rather than reading the file for every case.
fn illustrative() -> &'static Network {
    static NETWORK: std::sync::OnceLock<Network> = std::sync::OnceLock::new();
    NETWORK.get_or_init(|| {
        validate_str(ILLUSTRATIVE)
            .network
            .unwrap_or_else(|| panic!("the illustrative data does not validate"))
    })
}

/// An element tree of a few levels with awkward text and attribute values.
fn tree() -> impl Strategy<Value = Node> {
    let leaf = (awkward(), awkward(), any::<bool>()).prop_map(|(text, value, svg)| {
        let node = if svg {
            Node::svg("text")
        } else {
            Node::html("span")
        };
        node.attr("aria-label", value).text(text)
    });
    leaf.prop_recursive(3, 24, 4, |inner| {
        (prop::collection::vec(inner, 0..4), awkward(), any::<bool>()).prop_map(
            |(children, title, svg)| {
                let node = if svg {
                    Node::svg("g")
                } else {
                    Node::html("div")
                };
                node.attr("data-title", title).children(children)
            },
        )
    })
}

/// The CSV's rows, split into fields the way a spreadsheet reads them
/// (quoted fields may hold commas, quotes and line breaks).
fn rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}
