//! `docs/translation.md` is the catalogue as a reviewer reads it, and the
//! Welsh names in the default data are the sourced ones.
#![cfg(not(target_arch = "wasm32"))]

#[test]
fn the_translation_table_is_the_catalogue() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/translation.md");
    let table = rocu_map::core::lang::translation_table();
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
    if update && !ci {
        std::fs::write(path, &table).unwrap_or_else(|e| panic!("{path}: {e}"));
        return;
    }
    let written = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        written == table,
        "docs/translation.md differs from the catalogue; run UPDATE_GOLDEN=1 cargo test --test translation"
    );
}

/// The four forces in Wales carry the Welsh names the source table gives, and
/// no other name in the default data claims a Welsh form.
#[test]
fn the_welsh_force_names_are_the_sourced_ones() {
    let root = env!("CARGO_MANIFEST_DIR");
    let table = std::fs::read_to_string(format!("{root}/data/sources/welsh-names.csv"))
        .unwrap_or_else(|e| panic!("{e}"));
    let text = std::fs::read_to_string(format!("{root}/data/network.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let network = rocu_map::core::data::validate::validate_str(&text)
        .network
        .unwrap_or_else(|| panic!("the default data is valid"));
    let mut sourced = Vec::new();
    for line in table.lines().skip(1) {
        let fields: Vec<&str> = line.splitn(4, ',').collect();
        sourced.push((fields[0].to_string(), fields[2].to_string()));
    }
    assert_eq!(sourced.len(), 4);
    let given: Vec<(String, String)> = network
        .forces
        .iter()
        .filter_map(|f| Some((f.code.clone(), f.name_cy.clone()?)))
        .collect();
    let mut sorted = sourced.clone();
    sorted.sort();
    let mut given_sorted = given.clone();
    given_sorted.sort();
    assert_eq!(given_sorted, sorted);
    assert!(network.regions.iter().all(|r| r.name_cy.is_none()));
    assert!(network.units.iter().all(|u| u.name_cy.is_none()));
}

/// The words the JavaScript shell shows when the WebAssembly cannot start
/// (before there is a catalogue to ask) are the catalogue's: English in
/// `rocu-map.js`, Welsh in `rocu-map-cy.js` (the Welsh map's glue).
#[test]
fn the_shells_failure_words_are_the_catalogues() {
    use rocu_map::core::lang::{with, words, Lang};
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |file: &str| {
        std::fs::read_to_string(format!("{root}/www/{file}")).unwrap_or_else(|e| panic!("{e}"))
    };
    for (lang, file, tag) in [
        (Lang::En, "rocu-map.js", "'en'"),
        (Lang::Cy, "rocu-map-cy.js", "'cy'"),
    ] {
        let shell = read(file);
        let said = with(lang, || {
            [
                words().cannot_show(),
                words().wasm_failed(),
                words().details(),
            ]
        });
        let quoted: Vec<String> = said
            .iter()
            .map(|s| {
                if s.contains('\'') {
                    format!("\"{s}\"")
                } else {
                    format!("'{s}'")
                }
            })
            .collect();
        let mut at = shell
            .find(tag)
            .unwrap_or_else(|| panic!("{file}: no {tag}"));
        for q in &quoted {
            let found = shell[at..].find(q.as_str()).unwrap_or_else(|| {
                panic!("{file}: {q} is not there, after the language tag and in this order")
            });
            at += found + q.len();
        }
    }
}
