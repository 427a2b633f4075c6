//! The static renderer: `rocu-map render --format svg|png|html` on the same
//! core scene, checked against golden files, an SVG parser and the data.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::process::Command;

use rocu_map::core::layout::overlay::Overlay;
use rocu_map::core::layout::view::MapView;
use support::{golden, golden_bytes, render_to};

const ILLUSTRATIVE: &str = "data/examples/illustrative.json";

fn render(args: &[&str]) -> Vec<u8> {
    let name = args.join("_").replace(['/', ' '], "-");
    std::fs::read(render_to(&name, args)).unwrap_or_else(|e| panic!("{e}"))
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| panic!("{e}"))
}

const FUNDING_EASTERN: [&str; 8] = [
    "--data",
    ILLUSTRATIVE,
    "--overlay",
    "funding",
    "--region",
    "eastern",
    "--width",
    "360",
];

#[test]
fn svg_is_valid_self_contained_and_golden() {
    let svg = text(render(
        &[&FUNDING_EASTERN[..], &["--format", "svg"]].concat(),
    ));
    golden("render-illustrative-funding-eastern-360.svg", &svg);
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
        .unwrap_or_else(|e| panic!("the SVG does not parse: {e}"));
    assert!((tree.size().width() - 360.0).abs() < 0.5);
    for outside in ["href=", "url(http", "@import", "<script", "<image"] {
        assert!(
            !svg.contains(outside),
            "the SVG refers outside itself: {outside}"
        );
    }
    // The marking is at the top and the bottom, and the selected region is drawn so.
    assert_eq!(svg.matches(">OFFICIAL</text>").count(), 2);
    // Exactly one region is drawn selected, and it is Eastern.
    let selected: Vec<&str> = svg
        .split("<g class=\"rm-region")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .filter(|tag| tag.starts_with(" is-selected") && tag.contains("aria-selected=\"true\""))
        .collect();
    assert_eq!(selected.len(), 1, "{selected:?}");
    assert!(
        selected[0].contains("data-region=\"eastern\""),
        "{}",
        selected[0]
    );
    assert!(svg.contains("Illustrative data — not real figures"));
}

#[test]
fn png_is_the_svg_drawn_at_the_scale_asked_with_fonts_built_in() {
    for scale in ["1", "2", "3"] {
        let png = render(&[&FUNDING_EASTERN[..], &["--format", "png", "--scale", scale]].concat());
        assert_eq!(&png[1..4], b"PNG");
        let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
        let height = u32::from_be_bytes([png[20], png[21], png[22], png[23]]);
        let s: u32 = scale.parse().unwrap_or(1);
        assert_eq!(width, 360 * s, "width at {scale}x");
        let mut view = MapView::from_json(
            &std::fs::read_to_string(ILLUSTRATIVE).unwrap_or_default(),
            360.0,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        view.set_overlay(Overlay::Funding(None), 360.0);
        let h = view.scene.height;
        assert!(
            (f64::from(height) - h * f64::from(s)).abs() <= f64::from(s),
            "height at {scale}x"
        );
        if scale == "1" {
            golden_bytes("render-illustrative-funding-eastern-360.png", &png);
        }
    }
}

#[test]
fn html_is_a_static_fragment_with_the_same_regions_forces_and_values() {
    let html = text(render(
        &[&FUNDING_EASTERN[..], &["--format", "html"]].concat(),
    ));
    golden("render-illustrative-funding-eastern-360.html", &html);
    for banned in ["<script", "<button", "style="] {
        assert!(!html.contains(banned), "the fragment has `{banned}`");
    }
    // No event handler attributes (` onclick=` and the like).
    let handler = html.split(" on").skip(1).any(|rest| {
        let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && rest[name.len()..].starts_with('=')
    });
    assert!(!handler, "the fragment has an event handler attribute");
    assert!(html.contains("data-rocu-map-static"));
    assert!(html.starts_with("<div class=\"rm-static\""));
    // Every region, every force of the selected region, and each region's value
    // on the overlay, as the live map shows them.
    let source = std::fs::read_to_string(ILLUSTRATIVE).unwrap_or_default();
    let mut view = MapView::from_json(&source, 360.0).unwrap_or_else(|e| panic!("{e}"));
    view.set_overlay(Overlay::Funding(None), 360.0);
    let network = &view.atlas.network;
    for (i, r) in network.regions.iter().enumerate() {
        let name = rocu_map::core::markup::node::escape(&view.scene.regions[i].label);
        assert!(html.contains(&name), "{}: {name}", r.id);
    }
    let eastern = network
        .region("eastern")
        .unwrap_or_else(|| panic!("eastern"));
    for code in &eastern.forces {
        let force = network.force(code).unwrap_or_else(|| panic!("{code}"));
        assert!(
            html.contains(&rocu_map::core::markup::node::escape(&force.name)),
            "{}",
            force.name
        );
    }
    assert_eq!(
        html.matches(">OFFICIAL</p>").count(),
        2,
        "marking at top and bottom"
    );
    assert!(html.contains("Illustrative data — not real figures"));
    // Without a region, each region's details are in a disclosure.
    let all = text(render(&[
        "--data",
        ILLUSTRATIVE,
        "--width",
        "360",
        "--format",
        "html",
    ]));
    assert_eq!(
        all.matches("<details class=\"rm-static-region\">").count(),
        10
    );
}

#[test]
fn an_unknown_region_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_rocu-map"))
        .args(["render", "--data", ILLUSTRATIVE, "--region", "atlantis"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no region `atlantis`"));
}

/// `--lang cy`: the same view in Welsh, as SVG and as the HTML fragment, each a
/// golden file; its Welsh words from the catalogue, the forces in Wales by
/// their Welsh names, and names the data gives only in English marked so.
#[test]
fn welsh_svg_and_html_are_golden() {
    let svg = text(render(
        &[&FUNDING_EASTERN[..], &["--format", "svg", "--lang", "cy"]].concat(),
    ));
    golden("render-illustrative-funding-eastern-360-cy.svg", &svg);
    assert!(
        svg.contains("Data fel yr oeddent ar"),
        "the attribution's date line in Welsh"
    );
    let wales = [
        "--data",
        "data/network.json",
        "--region",
        "southern-wales",
        "--width",
        "360",
        "--format",
        "html",
        "--lang",
        "cy",
    ];
    let html = text(render(&wales));
    golden("render-network-southern-wales-360-cy.html", &html);
    for welsh in [
        "Heddlu Gwent",
        "Heddlu De Cymru",
        "Heddlu Dyfed-Powys",
        "Heddluoedd (3)",
    ] {
        assert!(html.contains(welsh), "{welsh}");
    }
    assert!(
        html.contains(r#"lang="en">Tarian Regional Organised Crime Unit (southern Wales)</h2>"#)
    );
    // The English fragment has no Welsh in it.
    let english = text(render(&wales[..8]));
    assert!(!english.contains("Heddlu"));
}
