//! The spreadsheet round trip: `rocu-map export-tables` and `rocu-map import`,
//! lossless when nothing is edited, edits landing where they should, files as
//! spreadsheets save them, and every problem reported with its file, row,
//! column and JSON path.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::process::Command;

use rocu_map::tables::{export, import, Problem, FILES};
use serde_json::Value;
use support::{illustrative_text, network_text};

/// The exported tables, as (name, text) to import.
fn tables(data: &str) -> Vec<(String, String)> {
    export(data)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .map(|(n, t)| (n.to_string(), t))
        .collect()
}

/// `tables` with `file`'s text changed by `edit`.
fn edited(data: &str, file: &str, edit: impl Fn(&str) -> String) -> Vec<(String, String)> {
    tables(data)
        .into_iter()
        .map(|(n, t)| {
            let t = if n == file { edit(&t) } else { t };
            (n, t)
        })
        .collect()
}

fn problems(data: &str, tables: &[(String, String)]) -> Vec<String> {
    match import(data, tables) {
        Ok(_) => panic!("the import should have failed"),
        Err(ps) => ps.iter().map(Problem::to_string).collect(),
    }
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn unchanged_tables_give_the_data_file_back_byte_for_byte() {
    for data in [network_text(), illustrative_text()] {
        let files = tables(&data);
        assert_eq!(
            files.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
            FILES
        );
        let back = import(&data, &files).unwrap_or_else(|ps| panic!("{ps:?}"));
        assert_eq!(back, data);
    }
}

#[test]
fn tables_written_in_welsh_read_back_to_the_same_file_in_either_language() {
    use rocu_map::core::lang::{with, Lang};
    for data in [network_text(), illustrative_text()] {
        let files = with(Lang::Cy, || tables(&data));
        let capabilities = &files[0].1;
        assert!(
            capabilities.contains("Id y rhanbarth,Rhanbarth,Id y gallu,Gallu,Statws"),
            "{}",
            &capabilities[..300.min(capabilities.len())]
        );
        assert!(!capabilities.contains("Region id"));
        // Read back by a Welsh or an English command alike.
        assert_eq!(
            import(&data, &files).unwrap_or_else(|ps| panic!("{ps:?}")),
            data
        );
        let back = with(Lang::Cy, || import(&data, &files));
        assert_eq!(back.unwrap_or_else(|ps| panic!("{ps:?}")), data);
    }
    // The words in the cells are Welsh too, and read back.
    let data = illustrative_text();
    let files = with(Lang::Cy, || tables(&data));
    let text: String = files.iter().map(|(_, t)| t.as_str()).collect();
    for welsh in ["Ar waith", "Wedi'i gadarnhau", "Ydy"] {
        assert!(text.contains(welsh), "no {welsh:?} in the Welsh tables");
    }
}

#[test]
fn every_heading_has_its_words_in_both_languages() {
    use rocu_map::core::lang::{with, Lang};
    use rocu_map::tables::columns::{all_headings, heading};
    for h in all_headings() {
        assert_eq!(heading(h), h, "the English heading of {h:?}");
        let welsh = with(Lang::Cy, || heading(h));
        assert!(
            !welsh.is_empty() && welsh != h,
            "no Welsh heading for {h:?}"
        );
    }
}

#[test]
fn each_table_has_a_row_for_each_thing_it_lists() {
    let data = illustrative_text();
    let network = json(&data);
    let rocus = network["regions"]
        .as_array()
        .map_or(0, |r| r.iter().filter(|r| r["rocu"] == true).count());
    let capabilities = network["capabilities"].as_array().map_or(0, Vec::len);
    let files = tables(&data);
    let rows = |name: &str| {
        let (_, text) = files
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name}"));
        // The marking and the headings come first.
        assert!(
            text.starts_with("\u{feff}OFFICIAL\r\nRegion id,Region,"),
            "{name}"
        );
        text.lines().count() - 2
    };
    assert_eq!(rows("capabilities.csv"), rocus * capabilities);
    assert_eq!(rows("governance.csv"), rocus);
    let streams: usize = network["regions"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|r| r["funding"].as_array().into_iter().flatten())
        .map(|y| y["streams"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(rows("funding.csv"), streams);
}

#[test]
fn edits_in_a_spreadsheet_land_in_the_data_file() {
    let data = illustrative_text();
    let mut files = edited(&data, "capabilities.csv", |t| {
        // North West: cyber from "In place" to "Not in place", with a note
        // that a spreadsheet would run as a formula.
        t.replace(
            "north-west,North West Regional Organised Crime Unit (NWROCU),cyber,Cyber,In place,24.6,,,",
            "north-west,North West Regional Organised Crime Unit (NWROCU),cyber,Cyber,not-in-place,,,'=lost in the review,",
        )
    });
    files = files
        .into_iter()
        .map(|(n, t)| {
            let t = if n == "governance.csv" {
                t.replace(
                    "Monthly,,Members of the unit's host force,6",
                    "Monthly,,Members of the unit's host force,4",
                )
            } else {
                t
            };
            (n, t)
        })
        .collect();
    let out = json(&import(&data, &files).unwrap_or_else(|ps| panic!("{ps:?}")));
    let nw = &out["regions"][1];
    assert_eq!(nw["id"], "north-west");
    assert_eq!(nw["capabilities"]["cyber"]["status"], "not-in-place");
    assert!(
        nw["capabilities"]["cyber"].get("staff").is_none(),
        "the emptied cell removes the value"
    );
    assert_eq!(nw["capabilities"]["cyber"]["note"], "=lost in the review");
    assert_eq!(nw["governance"]["taskingWeeks"], 4);
    // Nothing else changed.
    let mut before = json(&data);
    before["regions"][1]["capabilities"]["cyber"] = nw["capabilities"]["cyber"].clone();
    before["regions"][1]["governance"]["taskingWeeks"] = nw["governance"]["taskingWeeks"].clone();
    assert_eq!(out, before);
}

#[test]
fn files_as_spreadsheets_save_them_are_read() {
    let data = illustrative_text();
    // Semicolons and decimal commas (as Excel saves where a comma marks
    // decimals), no byte-order mark, and line feeds only.
    let files: Vec<(String, String)> = tables(&data)
        .into_iter()
        .map(|(n, t)| {
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(t.trim_start_matches('\u{feff}').as_bytes());
            let mut out = String::new();
            for record in reader.records() {
                let record = record.unwrap_or_else(|e| panic!("{e}"));
                let cells: Vec<String> = record
                    .iter()
                    .map(|c| {
                        let c = if c.parse::<f64>().is_ok() {
                            c.replace('.', ",")
                        } else {
                            c.to_string()
                        };
                        if c.contains([';', '"']) {
                            format!("\"{}\"", c.replace('"', "\"\""))
                        } else {
                            c
                        }
                    })
                    .collect();
                out.push_str(&cells.join(";"));
                out.push('\n');
            }
            (n, out)
        })
        .collect();
    assert!(files[0].1.contains(";24,6;"), "{}", &files[0].1[..400]);
    let back = import(&data, &files).unwrap_or_else(|ps| panic!("{ps:?}"));
    assert_eq!(back, data);
}

#[test]
fn each_problem_names_its_file_row_column_and_path() {
    let data = illustrative_text();
    let bad = edited(&data, "funding.csv", |t| {
        let mut lines: Vec<String> = t.split("\r\n").map(String::from).collect();
        lines[3] = lines[3].replacen(",1020000,", ",12k,", 1);
        lines[4] = lines[4].replacen(",Confirmed,", ",Promised,", 1);
        lines[5] = lines[5].replacen(",9681000,", ",9681001,", 1);
        lines[6] = lines[6].replacen(",other-grants,", ",lottery,", 1);
        lines.join("\r\n")
    });
    let found = problems(&data, &bad);
    assert_eq!(
        found,
        [
            "funding.csv, row 4, column \"Amount (£)\": `12k` is not a number ($.regions[0].funding[0].streams[1].amount)",
            "funding.csv, row 5, column \"Certainty\": `Promised` is not one of: Confirmed, Assured by letter, Expected, Not known ($.regions[0].funding[0].streams[2].certainty)",
            "funding.csv, row 6, column \"Year total (£)\": 2019/20 has the total `9681000` on row 3 but `9681001` here: give the year one total ($.regions[0].funding[0].total)",
            "funding.csv, row 7, column \"Source id\": `lottery` is not in the funding-source catalogue (`fundingSources`) ($.regions[0].funding[0].streams[4].source)",
        ]
    );
    let bad = edited(&data, "capabilities.csv", |t| {
        let mut lines: Vec<String> = t.split("\r\n").map(String::from).collect();
        lines[2] = lines[2].replacen("north-east,", "atlantis,", 1);
        lines[3] = lines[3].replacen(",surveillance,", ",juggling,", 1);
        lines[5] = lines[4].clone();
        lines.join("\r\n")
    });
    let found = problems(&data, &bad);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found[0].starts_with("capabilities.csv, row 3, column \"Region id\": there is no region `atlantis` in the data (the regions are north-east, "), "{}", found[0]);
    assert_eq!(found[1], "capabilities.csv, row 4, column \"Capability id\": `juggling` is not in the capability catalogue (`capabilities`) ($.regions[0].capabilities)");
    assert_eq!(found[2], "capabilities.csv, row 6, column \"Capability id\": `undercover-policing` is given twice for this region");
}

#[test]
fn what_the_validator_finds_in_the_result_is_pointed_back_at_its_row() {
    let data = illustrative_text();
    // A date that is not one, and a region whose lead names a force of
    // no region: cells the tables read, but the data file refuses.
    let bad = edited(&data, "capabilities.csv", |t| {
        t.replacen(",In place,3.4,,", ",In place,3.4,2021-13-45,", 1)
    });
    let found = problems(&data, &bad);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("capabilities.csv, row "),
        "{}",
        found[0]
    );
    assert!(found[0].contains("2021-13-45"), "{}", found[0]);
    assert!(
        found[0].ends_with("($.regions[1].capabilities.surveillance.asOf)"),
        "{}",
        found[0]
    );
}

#[test]
fn a_missing_or_unreadable_table_is_named() {
    let data = illustrative_text();
    let mut files = tables(&data);
    files.retain(|(n, _)| n != "governance.csv");
    assert_eq!(
        problems(&data, &files),
        ["governance.csv is missing: the tables are capabilities.csv, funding.csv, governance.csv"]
    );
    let files = edited(&data, "funding.csv", |_| {
        "Region,Year\r\nnorth-east,2020/21\r\n".into()
    });
    assert_eq!(
        problems(&data, &files),
        ["funding.csv: no row of headings starting \"Region id\""]
    );
}

#[test]
fn the_command_line_writes_the_tables_and_reads_them_back() {
    let dir = std::env::temp_dir().join(format!("rocu-map-tables-{}", std::process::id()));
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_rocu-map"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        )
    };
    let tables_dir = dir.join("tables");
    let tables_dir = tables_dir.to_str().unwrap_or_default();
    let data = "data/examples/illustrative.json";
    let (code, said) = run(&["export-tables", "--data", data, "--out", tables_dir]);
    assert_eq!(code, Some(0), "{said}");
    assert_eq!(said.lines().count(), 3, "{said}");
    let out = dir.join("out.json");
    let out = out.to_str().unwrap_or_default();
    let (code, said) = run(&[
        "import", "--data", data, "--tables", tables_dir, "--out", out,
    ]);
    assert_eq!(code, Some(0), "{said}");
    assert_eq!(std::fs::read_to_string(out).ok(), Some(illustrative_text()));
    // A broken table: exit 1, the problem listed, nothing written.
    let funding = format!("{tables_dir}/funding.csv");
    let text = std::fs::read_to_string(&funding).unwrap_or_default();
    std::fs::write(&funding, text.replacen(",Confirmed,", ",Certain,", 1))
        .unwrap_or_else(|e| panic!("{e}"));
    let fresh = dir.join("fresh.json");
    let import_fresh = || {
        run(&[
            "import",
            "--data",
            data,
            "--tables",
            tables_dir,
            "--out",
            fresh.to_str().unwrap_or_default(),
        ])
    };
    let (code, said) = import_fresh();
    assert_eq!(code, Some(1));
    assert!(
        said.starts_with("funding.csv, row 3, column \"Certainty\": `Certain` is not one of"),
        "{said}"
    );
    assert!(said.ends_with("1 problem; nothing written\n"), "{said}");
    assert!(!fresh.exists());
    // Saved as Excel's older "CSV (Comma delimited)": Windows-1252, not UTF-8.
    std::fs::write(&funding, b"Region id,Year total (\xa3)\r\n").unwrap_or_else(|e| panic!("{e}"));
    let (code, said) = import_fresh();
    assert_eq!(code, Some(1));
    assert!(
        said.starts_with("funding.csv is not UTF-8: save it from the spreadsheet as \"CSV UTF-8\""),
        "{said}"
    );
}
