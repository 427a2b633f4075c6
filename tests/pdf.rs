//! The board paper: `rocu-map render --format pdf` read back with poppler
//! (`pdfinfo`, `pdftotext`, `pdfimages`, `pdffonts`, as a reader's machine
//! would), and the core's page SVG read with an XML parser.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::process::Command;

use rocu_map::core::data::validate::validate_str;
use rocu_map::core::interact::present;
use rocu_map::core::layout::overlay::{latest_year, year_total};
use rocu_map::core::layout::text::money;
use rocu_map::core::layout::view::MapView;
use rocu_map::core::markup::page::{pages, Paper};
use support::{golden, illustrative_text, network_text, render_to};

/// Writes the PDF for `args` and returns its path.
fn pdf(name: &str, args: &[&str]) -> std::path::PathBuf {
    render_to(name, &[&["--format", "pdf"], args].concat())
}

/// What a poppler tool prints for the file.
fn poppler(tool: &str, args: &[&str], file: &std::path::Path) -> String {
    let run = Command::new(tool)
        .args(args)
        .arg(file)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils) is needed: {e}"));
    assert!(
        run.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
    String::from_utf8_lossy(&run.stdout).into_owned()
}

/// Page `n`'s text, with runs of white space made single spaces.
fn page_text(file: &std::path::Path, n: usize) -> String {
    let n = n.to_string();
    poppler("pdftotext", &["-f", &n, "-l", &n, "-layout"], file)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn pages_in(file: &std::path::Path) -> usize {
    poppler("pdfinfo", &[], file)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count"))
}

/// Each page's size in points, as `pdfinfo` gives it.
fn page_sizes(file: &std::path::Path, count: usize) -> Vec<String> {
    poppler("pdfinfo", &["-f", "1", "-l", &count.to_string()], file)
        .lines()
        .filter(|l| l.starts_with("Page") && l.contains("size:"))
        .map(|l| {
            l.split("size:")
                .nth(1)
                .unwrap_or_default()
                .trim()
                .to_string()
        })
        .collect()
}

/// A size such as "841.9 x 595.3 pts (A4)": the paper poppler recognises,
/// wider than tall.
fn assert_landscape(size: &str, paper: &str) {
    assert!(size.ends_with(&format!("pts ({paper})")), "{size}");
    let wh: Vec<f64> = size
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    assert!(matches!(wh[..], [w, h] if w > h), "{size}");
}

#[test]
fn the_written_sequence_prints_one_a4_landscape_page_per_step() {
    let file = pdf(
        "illustrative.pdf",
        &["--data", "data/examples/illustrative.json"],
    );
    let network = validate_str(&illustrative_text())
        .network
        .unwrap_or_else(|| panic!("the illustrative data are valid"));
    let steps = &network.presentation;
    assert_eq!(steps.len(), 5);
    assert_eq!(pages_in(&file), steps.len());
    let sizes = page_sizes(&file, steps.len());
    assert_eq!(sizes.len(), steps.len());
    for size in &sizes {
        assert_landscape(size, "A4");
    }
    let marking = network.meta.classification.as_deref().unwrap_or_default();
    assert_eq!(marking, "OFFICIAL");
    for (i, step) in steps.iter().enumerate() {
        let text = page_text(&file, i + 1);
        // The marking at the top and at the bottom, and nowhere else.
        assert_eq!(text.matches(marking).count(), 2, "page {}: {text}", i + 1);
        assert!(text.starts_with(marking), "page {}: {text}", i + 1);
        assert!(text.ends_with(marking), "page {}: {text}", i + 1);
        assert!(text.contains(&step.title), "page {}: {text}", i + 1);
        assert!(text.contains(&format!("Page {} of 5", i + 1)), "{text}");
        assert!(text.contains("Data as of 1 February 2021"), "{text}");
        assert!(text.contains("Office for National Statistics"), "{text}");
        if let Some(caption) = &step.caption {
            let first_words: Vec<&str> = caption.split_whitespace().take(4).collect();
            assert!(text.contains(&first_words.join(" ")), "{text}");
        }
    }
}

#[test]
fn a_region_page_carries_the_cores_figures_for_the_region() {
    let file = pdf(
        "illustrative-figures.pdf",
        &["--data", "data/examples/illustrative.json"],
    );
    let network = validate_str(&illustrative_text())
        .network
        .unwrap_or_else(|| panic!("the illustrative data are valid"));
    // Step 3 zooms to Tarian on the funding overlay.
    let step = &network.presentation[2];
    assert_eq!(step.overlay, "funding");
    let region = network
        .regions
        .iter()
        .find(|r| Some(&r.id) == step.region.as_ref())
        .unwrap_or_else(|| panic!("step 3 names a region"));
    let year = latest_year(region).unwrap_or_else(|| panic!("funding for {}", region.id));
    let total = year_total(year).unwrap_or_else(|| panic!("a total"));
    let text = page_text(&file, 3);
    assert!(
        text.contains(&format!("{} in {}", money(total), year.year)),
        "{text}"
    );
    for stream in &year.streams {
        assert!(
            text.contains(network.funding_source_name(&stream.source)),
            "{text}"
        );
        let amount = money(stream.amount.unwrap_or_else(|| panic!("an amount")));
        assert!(text.contains(&amount), "{amount} in {text}");
    }
}

#[test]
fn without_a_written_sequence_there_is_a_page_for_the_overview_each_region_and_the_table() {
    let file = pdf(
        "network.pdf",
        &["--data", "data/network.json", "--overlay", "capabilities"],
    );
    let text = network_text();
    let network = validate_str(&text)
        .network
        .unwrap_or_else(|| panic!("the default data are valid"));
    assert!(network.presentation.is_empty());
    let count = present::count(&network);
    assert_eq!(count, network.regions.len() + 2);
    assert_eq!(pages_in(&file), count);
    let view = MapView::from_json(&text, 800.0).unwrap_or_else(|e| panic!("{e}"));
    for (i, step) in present::steps(&network).into_iter().enumerate() {
        let page = page_text(&file, i + 1);
        let label = present::label(&view, step);
        // A long title may wrap: its first words are on the page.
        let start: Vec<&str> = label.split_whitespace().take(6).collect();
        assert!(page.contains(&start.join(" ")), "page {}: {page}", i + 1);
        assert!(
            page.contains(&format!("Page {} of {count}", i + 1)),
            "{page}"
        );
    }
    // The public record has most capabilities unknown, and says so.
    assert!(page_text(&file, 2).contains("Not known for"));
}

#[test]
fn a3_is_asked_for_by_name() {
    let file = pdf(
        "a3.pdf",
        &["--data", "data/examples/illustrative.json", "--paper", "A3"],
    );
    let sizes = page_sizes(&file, 5);
    assert_eq!(sizes.len(), 5);
    for size in &sizes {
        assert_landscape(size, "A3");
    }
}

#[test]
fn the_pdf_is_vector_with_its_fonts_embedded() {
    let file = pdf(
        "vector.pdf",
        &[
            "--data",
            "data/examples/illustrative.json",
            "--overlay",
            "funding",
        ],
    );
    // `pdfimages -list` prints a two-line heading and a line per image.
    let images = poppler("pdfimages", &["-list"], &file);
    assert_eq!(images.lines().count(), 2, "{images}");
    let fonts = poppler("pdffonts", &[], &file);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        assert!(row.starts_with(|c: char| c.is_ascii_uppercase()), "{row}");
        assert!(row.contains("LiberationSans"), "{row}");
        // emb, sub and uni: embedded, subset, with a Unicode map (so text can be found).
        assert!(row.contains(" yes yes yes "), "{row}");
    }
    let info = poppler("pdfinfo", &[], &file);
    assert!(
        info.contains("Title:           Regional Organised Crime Units"),
        "{info}"
    );
}

#[test]
fn bad_paper_and_a_region_are_refused_with_a_reason() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_rocu-map"))
            .args(["render", "--data", "data/network.json", "--format", "pdf"])
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let out = run(&["--paper", "letter", "--out", "/dev/null"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown paper `letter` (use a4 or a3)"));
    let out = run(&["--region", "eastern", "--out", "/dev/null"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--region does not apply to PDF"));
    let out = run(&[]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("PDF output needs --out FILE"));
}

/// The page's SVG: nothing of the side column is drawn over the map, and
/// every line of text starts on the paper.
#[test]
fn the_side_text_keeps_off_the_map() {
    let view = MapView::from_json(&illustrative_text(), 800.0).unwrap_or_else(|e| panic!("{e}"));
    let printed = pages(view, Paper::A4);
    assert_eq!(printed.len(), 5);
    for (i, page) in printed.iter().enumerate() {
        let doc = roxmltree::Document::parse(&page.svg).unwrap_or_else(|e| panic!("{e}"));
        let root = doc.root_element();
        let number = |n: roxmltree::Node, a: &str| {
            n.attribute(a)
                .and_then(|v| v.parse::<f64>().ok())
                .unwrap_or_else(|| panic!("page {}: no {a}", i + 1))
        };
        let map = root
            .children()
            .find(|n| n.has_tag_name("svg"))
            .unwrap_or_else(|| panic!("page {} has a map", i + 1));
        let map_right = number(map, "x") + number(map, "width");
        let map_bottom = number(map, "y") + number(map, "height");
        let map_top = number(map, "y");
        for t in root.children().filter(|n| n.has_tag_name("text")) {
            let (x, y) = (number(t, "x"), number(t, "y"));
            assert!((0.0..841.89).contains(&x) && (0.0..595.28).contains(&y));
            let beside = x > map_right;
            let above_or_below = y < map_top || y > map_bottom;
            assert!(
                beside || above_or_below,
                "page {}: text at {x},{y} is over the map (to {map_right},{map_bottom})",
                i + 1
            );
        }
    }
}

#[test]
fn the_compare_page_matches_its_golden_file() {
    let view = MapView::from_json(&network_text(), 800.0).unwrap_or_else(|e| panic!("{e}"));
    let printed = pages(view, Paper::A4);
    let last = printed.last().unwrap_or_else(|| panic!("pages"));
    assert_eq!(last.title, "All regions compared");
    golden("page-network-compare-a4.svg", &last.svg);
}

#[test]
fn the_welsh_paper_numbers_its_pages_and_dates_its_data_in_welsh() {
    let file = pdf(
        "network-cy.pdf",
        &["--data", "data/network.json", "--lang", "cy"],
    );
    let pages = pages_in(&file);
    let first = page_text(&file, 1);
    assert!(first.contains(&format!("Tudalen 1 o {pages}")), "{first}");
    assert!(
        first.contains("Data fel yr oeddent ar 1 Chwefror 2021"),
        "{first}"
    );
    // Each region's page is named in Welsh: "Rhanbarth 1 o 10: …".
    let named = (1..=pages)
        .filter(|&n| page_text(&file, n).contains(" o 10: "))
        .count();
    assert_eq!(named, 10, "a page for each region, named in Welsh");
}
