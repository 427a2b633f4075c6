//! The compare table and its CSV.

mod support;

use rocu_map::core::data::model::Network;
use rocu_map::core::data::validate::validate_str;
use rocu_map::core::layout::compare::table;
use rocu_map::core::layout::overlay::Overlay;
use support::network_text;

fn network(text: &str) -> Network {
    validate_str(text)
        .network
        .unwrap_or_else(|| panic!("invalid data"))
}

fn illustrative() -> Network {
    network(&support::illustrative_text())
}

#[test]
fn every_overlay_has_a_row_per_region_and_a_cell_per_column() {
    for n in [network(&network_text()), illustrative()] {
        for o in [
            Overlay::Regions,
            Overlay::Capabilities(None),
            Overlay::Capabilities(Some("cyber".into())),
            Overlay::Funding(None),
            Overlay::Dedicated,
            Overlay::Inspection,
        ] {
            let t = table(&n, &o);
            assert_eq!(t.rows.len(), 10, "{o:?}");
            assert_eq!(t.columns[0].heading, "Region");
            for row in &t.rows {
                assert_eq!(row.cells.len(), t.columns.len(), "{o:?} {}", row.region);
            }
        }
    }
}

#[test]
fn the_public_record_says_no_data_and_london_no_rocu() {
    let t = table(&network(&network_text()), &Overlay::Funding(None));
    for rocu_map::core::layout::compare::Row { region: id, cells } in &t.rows {
        let expected = if id == "london" { "No ROCU" } else { "No data" };
        assert!(
            cells[1..].iter().all(|c| c.text == expected),
            "{id}: {cells:?}"
        );
    }
}

#[test]
fn sorting_by_a_number_puts_missing_values_last() {
    let n = illustrative();
    let t = table(&n, &Overlay::Funding(None));
    let total = 2; // Region, Year, Total
    let down = t.sorted(total, true);
    let values: Vec<&str> = down
        .iter()
        .map(|&i| t.rows[i].cells[total].text.as_str())
        .collect();
    assert_eq!(values.last(), Some(&"No ROCU"), "{values:?}");
    let first = &t.rows[down[0]].region;
    let max = n
        .regions
        .iter()
        .filter_map(|r| {
            rocu_map::core::layout::overlay::total_funding(r).map(|v| (v, r.id.clone()))
        })
        .fold(
            (f64::MIN, String::new()),
            |a, b| if b.0 > a.0 { b } else { a },
        );
    assert_eq!(first, &max.1);
    let up = t.sorted(total, false);
    assert_eq!(
        t.rows[up[8]].region, max.1,
        "largest last of the known values when ascending"
    );
    // Sorting by region name is alphabetical.
    let by_name = t.sorted(0, false);
    assert_eq!(t.rows[by_name[0]].region, "east-midlands");
}

#[test]
fn csv_is_quoted_safe_and_flags_illustrative_data() {
    let mut n = illustrative();
    n.regions[0].name = "=HYPERLINK(\"http://x\"), \"quoted\"".into();
    let t = table(&n, &Overlay::Regions);
    let csv = t.to_csv(&(0..t.rows.len()).collect::<Vec<_>>());
    let lines: Vec<&str> = csv.split("\r\n").collect();
    // The protective marking heads the file, then the illustrative warning.
    assert_eq!(lines[0], "OFFICIAL");
    assert_eq!(lines[1], "Illustrative data — not real figures");
    assert_eq!(lines[2], "Region,Short name,Forces,Lead force");
    let expected = "\"'=HYPERLINK(\"\"http://x\"\"), \"\"quoted\"\" (NERSOU)\",NERSOU,3,Not known";
    assert_eq!(lines[3], expected);
    assert_eq!(lines.len(), 3 + 10 + 1);
    let plain = table(&network(&network_text()), &Overlay::Inspection);
    assert!(plain.to_csv(&[0]).starts_with("Region,Visited,From,To\r\n"));
}

#[test]
fn the_html_table_has_proper_headers_and_sort_states() {
    let t = table(&illustrative(), &Overlay::Capabilities(None));
    let order = t.sorted(1, true);
    let node = t.to_node(&order, Some((1, true)));
    let all = node.walk();
    assert_eq!(
        all.iter().filter(|n| n.get("scope") == Some("col")).count(),
        t.columns.len()
    );
    assert_eq!(
        all.iter().filter(|n| n.get("scope") == Some("row")).count(),
        10
    );
    assert_eq!(
        all.iter()
            .filter(|n| n.get("aria-sort") == Some("descending"))
            .count(),
        1
    );
    assert!(all.iter().any(|n| n.tag == "caption"));
}
