//! Validation reports every problem at once, each with its JSON path and a hint.

mod support;

use rocu_map::core::validate::{validate_str, Severity};
use serde_json::Value;
use support::network_text;

fn with(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(&network_text()).unwrap_or_else(|e| panic!("{e}"));
    edit(&mut v);
    v.to_string()
}

fn errors(text: &str) -> Vec<(String, String, Option<String>)> {
    validate_str(text)
        .problems
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| (p.path, p.message, p.hint))
        .collect()
}

#[test]
fn the_default_data_is_clean() {
    let r = validate_str(&network_text());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert!(r.network.is_some());
}

#[test]
fn a_mistyped_force_code_gets_a_did_you_mean() {
    let text = with(|v| v["regions"][1]["forces"][2] = "E2300005".into());
    let e = errors(&text);
    let hit = e
        .iter()
        .find(|(p, _, _)| p == "$.regions[1].forces[2]")
        .unwrap_or_else(|| panic!("{e:?}"));
    assert!(hit.1.contains("unknown force `E2300005`"));
    assert_eq!(
        hit.2.as_deref(),
        Some("did you mean `E23000005` (Greater Manchester Police)?")
    );
    // Greater Manchester is then in no region: reported too, in the same pass.
    assert!(e
        .iter()
        .any(|(_, m, _)| m.contains("E23000005") && m.contains("no region")));
}

#[test]
fn a_force_in_two_regions_is_an_error() {
    let text = with(|v| {
        if let Some(list) = v["regions"][0]["forces"].as_array_mut() {
            list.push("E23000032".into());
        }
    });
    let e = errors(&text);
    assert!(
        e.iter()
            .any(|(p, m, _)| p.starts_with("$.regions[") && m.contains("in two regions")),
        "{e:?}"
    );
}

#[test]
fn a_region_with_no_forces_and_duplicate_ids_are_errors() {
    let text = with(|v| {
        v["regions"][8]["forces"] = Value::Array(vec![]);
        v["regions"][7]["id"] = "north-east".into();
    });
    let e = errors(&text);
    assert!(
        e.iter()
            .any(|(p, m, _)| p == "$.regions[8].forces" && m.contains("has no forces")),
        "{e:?}"
    );
    assert!(
        e.iter()
            .any(|(p, m, _)| p == "$.regions[7].id" && m.contains("used twice")),
        "{e:?}"
    );
}

#[test]
fn wrong_types_missing_fields_bad_dates_and_links_are_all_reported() {
    let text = with(|v| {
        v["meta"]["asOf"] = "1 February 2021".into();
        v["regions"][0]["website"] = "javascript:alert(1)".into();
        v["regions"][2]["name"] = Value::from(5);
        if let Some(o) = v["forces"][0].as_object_mut() {
            o.remove("name");
        }
    });
    let e = errors(&text);
    let paths: Vec<&str> = e.iter().map(|(p, _, _)| p.as_str()).collect();
    for want in [
        "$.meta.asOf",
        "$.regions[0].website",
        "$.regions[2].name",
        "$.forces[0].name",
    ] {
        assert!(paths.contains(&want), "{want} not in {paths:?}");
    }
}

#[test]
fn a_lead_force_outside_the_region_is_an_error() {
    let text = with(|v| v["regions"][5]["leadForce"] = "E23000013".into());
    let e = errors(&text);
    assert!(
        e.iter()
            .any(|(p, m, _)| p == "$.regions[5].leadForce" && m.contains("not one of")),
        "{e:?}"
    );
}

#[test]
fn unknown_fields_are_warnings_with_a_suggestion() {
    let text = with(|v| v["regions"][0]["shortname"] = "X".into());
    let r = validate_str(&text);
    assert!(r.network.is_some(), "warnings alone still give a model");
    let w = r
        .problems
        .iter()
        .find(|p| p.path == "$.regions[0].shortname")
        .unwrap_or_else(|| panic!("{:?}", r.problems));
    assert_eq!(w.severity, Severity::Warning);
    assert_eq!(w.hint.as_deref(), Some("did you mean `shortName`?"));
}

#[test]
fn not_json_and_not_an_object() {
    assert!(errors("[1,2]")
        .iter()
        .any(|(p, m, _)| p == "$" && m.contains("expected an object")));
    let e = errors("{\"meta\": {");
    assert_eq!(e.len(), 1);
    assert!(e[0].1.contains("not valid JSON"));
}

#[test]
fn a_force_with_no_boundary_is_a_mismatch_not_a_panic() {
    let text = with(|v| {
        if let Some(f) = v["forces"].as_array_mut() {
            f.push(serde_json::json!({"code": "E23000099", "name": "Imaginary Police"}));
        }
        if let Some(l) = v["regions"][0]["forces"].as_array_mut() {
            l.push("E23000099".into());
        }
    });
    let err = rocu_map::core::view::MapView::from_json(&text, 800.0)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(err.to_string().contains("E23000099"), "{err}");
}
