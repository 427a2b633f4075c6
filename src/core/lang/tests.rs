use super::*;

/// The names in braces (`{source}`) a text fills in, sorted.
fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[test]
fn every_key_has_both_languages_and_the_welsh_is_welsh() {
    assert!(ENTRIES.len() > 40);
    for e in ENTRIES {
        assert!(!e.en.trim().is_empty(), "{}: no English", e.key);
        assert!(!e.cy.trim().is_empty(), "{}: no Welsh", e.key);
        assert_eq!(
            e.en == e.cy,
            e.origin == Origin::Same,
            "{}: the Welsh equals the English only where the catalogue says they are the same",
            e.key
        );
        assert_eq!(
            placeholders(e.en),
            placeholders(e.cy),
            "{}: both languages fill in the same things",
            e.key
        );
    }
}

#[test]
fn keys_are_unique() {
    let mut keys: Vec<&str> = ENTRIES.iter().map(|e| e.key).collect();
    keys.sort_unstable();
    let before = keys.len();
    keys.dedup();
    assert_eq!(before, keys.len());
}

#[test]
fn the_language_is_chosen_per_thread() {
    assert_eq!(current(), Lang::En);
    assert_eq!(words().no_data(), "No data");
    set(Lang::Cy);
    assert_eq!(words().no_data(), "Dim data");
    let other = std::thread::spawn(|| words().no_data()).join();
    assert_eq!(other.ok(), Some("No data"));
    set(Lang::En);
}

#[test]
fn tags_name_the_language() {
    assert_eq!(Lang::En.tag(), "en");
    assert_eq!(Lang::Cy.tag(), "cy");
}

#[test]
fn sentences_fill_in_their_arguments_in_each_language() {
    let w = words();
    assert_eq!(
        w.share_from("Home Office grant"),
        "Share from Home Office grant"
    );
    assert_eq!(w.forces(7), "7 forces");
    set(Lang::Cy);
    assert_eq!(
        w.share_from("Home Office grant"),
        "Cyfran o Home Office grant"
    );
    assert_eq!(
        w.selected("Tarian", "4 heddlu"),
        "Wedi dewis Tarian, 4 heddlu."
    );
    set(Lang::En);
}

#[test]
fn money_ranges_and_the_legend_are_written_in_each_language() {
    use crate::core::layout::text::money;
    assert_eq!(money(13_610_000.0), "£13.61 million");
    assert_eq!(
        words().range(money(7e6), money(9.5e6)),
        "£7 million to £9.5 million"
    );
    set(Lang::Cy);
    assert_eq!(money(13_610_000.0), "£13.61 miliwn");
    // Below a million the figure is written alike.
    assert_eq!(money(850_000.0), "£850,000");
    assert_eq!(
        words().range(money(7e6), money(9.5e6)),
        "£7 miliwn i £9.5 miliwn"
    );
    assert_eq!(words().n_in_place("3".into()), "3 ar waith");
    set(Lang::En);
}

#[test]
fn names_fall_back_to_english() {
    set(Lang::Cy);
    assert_eq!(name("Gwent Police", Some("Heddlu Gwent")), "Heddlu Gwent");
    assert_eq!(name("Kent Police", None), "Kent Police");
    set(Lang::En);
    assert_eq!(name("Gwent Police", Some("Heddlu Gwent")), "Gwent Police");
}

#[test]
fn the_model_tables_labels_are_the_catalogues() {
    use crate::core::data::model::{label_of, CapabilityGroup, Certainty, StaffingModel, Status};
    fn check<T: Copy + PartialEq>(table: &[(T, &'static str, &'static str)]) {
        for &(value, json, english) in table {
            set(Lang::En);
            assert_eq!(label_of(table, value), english);
            set(Lang::Cy);
            let welsh = label_of(table, value);
            assert_ne!(welsh, english, "{json} has no Welsh label");
            assert!(
                ENTRIES.iter().any(|e| e.en == english && e.cy == welsh),
                "{json}"
            );
        }
        set(Lang::En);
    }
    check(&CapabilityGroup::ALL);
    check(&Status::ALL);
    check(&Certainty::ALL);
    check(&StaffingModel::ALL);
}

#[test]
fn lists_join_with_and_in_each_language() {
    use crate::core::layout::text::list;
    assert_eq!(list(&["x", "y", "eira"]), "x, y and eira");
    set(Lang::Cy);
    assert_eq!(list(&["x", "y", "eira"]), "x, y ac eira");
    assert_eq!(list(&["eira", "glaw"]), "eira a glaw");
    set(Lang::En);
}

#[test]
fn welsh_sorts_its_digraphs_as_letters() {
    use crate::core::layout::compare::collate;
    use std::cmp::Ordering::{Greater, Less};
    set(Lang::Cy);
    // ch after c, dd after d, ll after l, ph after p, rh after r, th after t.
    assert_eq!(collate("chwarel", "cyfraith"), Greater);
    assert_eq!(collate("Llanelli", "Lyn"), Greater);
    assert_eq!(collate("dde", "dyn"), Greater);
    assert_eq!(collate("rhif", "ryw"), Greater);
    assert_eq!(collate("Heddlu Gwent", "Heddlu De Cymru"), Greater);
    // Accents aside; English letters Welsh does not use in their English place.
    assert_eq!(collate("tŷ", "tyn"), Less);
    assert_eq!(collate("Kent", "Lancashire"), Less);
    assert_eq!(collate("Kent", "Jersey"), Greater);
    set(Lang::En);
    assert_eq!(collate("chwarel", "cyfraith"), Less);
    assert_eq!(collate("Llanelli", "Lyn"), Less);
}
