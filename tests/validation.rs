//! Validation reports every problem at once, each with its JSON path and a hint.

mod support;

use rocu_map::core::data::model::Status;
use rocu_map::core::data::validate::{validate_str, Severity};
use serde_json::Value;
use support::network_text;

#[path = "support/edge.rs"]
mod edge;

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
    let err = rocu_map::core::layout::view::MapView::from_json(&text, 800.0)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(err.to_string().contains("E23000099"), "{err}");
}

// --- The overlay data: catalogues, capabilities, funding, governance, inspection.

fn illustrative() -> String {
    support::illustrative_text()
}

fn with_illustrative(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(&illustrative()).unwrap_or_else(|e| panic!("{e}"));
    edit(&mut v);
    v.to_string()
}

fn has(e: &[(String, String, Option<String>)], path: &str, words: &str) -> bool {
    e.iter().any(|(p, m, _)| p == path && m.contains(words))
}

#[test]
fn the_illustrative_file_is_clean_and_complete() {
    let r = validate_str(&illustrative());
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let n = r.network.unwrap_or_else(|| panic!("no model"));
    assert!(n.meta.illustrative);
    assert_eq!(n.capabilities.len(), 25);
    assert_eq!(n.funding_sources.len(), 6);
    for region in n.regions.iter().filter(|r| r.rocu) {
        assert_eq!(region.capabilities.len(), 25, "{}", region.id);
        assert_eq!(region.funding.len(), 2, "{}", region.id);
    }
}

#[test]
fn the_default_data_is_the_public_record_only() {
    let n = validate_str(&network_text())
        .network
        .unwrap_or_else(|| panic!("no model"));
    assert!(!n.meta.illustrative);
    // The statuses the report gives for every ROCU, and the sensitive
    // intelligence unit only for the seven it visited.
    let everywhere = [
        "economic-crime-team",
        "regional-threat-assessment",
        "government-agency-intelligence-network",
    ];
    for r in &n.regions {
        let known: Vec<&str> = r
            .capabilities
            .iter()
            .map(|s| s.capability.as_str())
            .collect();
        let mut expected: Vec<&str> = if r.rocu { everywhere.to_vec() } else { vec![] };
        if r.inspection.visited == Some(true) {
            expected.push("sensitive-intelligence-unit");
        }
        let mut sorted = known.clone();
        sorted.sort_unstable();
        expected.sort_unstable();
        assert_eq!(
            sorted, expected,
            "{}: only the statuses the report gives",
            r.id
        );
        assert!(
            r.capabilities.iter().all(|s| s.status == Status::InPlace),
            "{}",
            r.id
        );
        assert!(r.funding.is_empty(), "{}: funding is not public", r.id);
        assert_eq!(r.governance.dedicated, None, "{}", r.id);
        assert_eq!(r.governance.chief_officer_lead.name, None, "{}", r.id);
    }
    let visited: Vec<&str> = n
        .regions
        .iter()
        .filter(|r| r.inspection.visited == Some(true))
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(visited.len(), 7);
    for id in ["south-west", "southern-wales", "london"] {
        assert!(!visited.contains(&id), "{id} was not visited");
    }
    let ne = n
        .region("north-east")
        .unwrap_or_else(|| panic!("no North East"));
    assert_eq!(ne.inspection.from.as_deref(), Some("2020-09-07"));
}

/// Every value the default data gives as known carries its source: each
/// catalogue entry, each capability status, each lead force, each executive
/// board's chair and each visit.
#[test]
fn every_known_value_in_the_default_data_has_a_source() {
    let n = validate_str(&network_text())
        .network
        .unwrap_or_else(|| panic!("no model"));
    let sourced = |s: &Option<String>| {
        s.as_deref()
            .is_some_and(|s| s.starts_with("HMICFRS 2021") || s.contains("website"))
    };
    for c in &n.capabilities {
        assert!(sourced(&c.source), "capability {} has no source", c.id);
    }
    for f in &n.funding_sources {
        assert!(sourced(&f.source), "funding source {} has no source", f.id);
    }
    for r in &n.regions {
        for s in &r.capabilities {
            assert!(
                sourced(&s.source),
                "{}: {} has no source",
                r.id,
                s.capability
            );
        }
        if r.lead_force.is_some() {
            assert!(
                sourced(&r.lead_force_source),
                "{}: lead force has no source",
                r.id
            );
        }
        if r.governance.board_chair.role.is_some() {
            assert!(
                sourced(&r.governance.board_source),
                "{}: board has no source",
                r.id
            );
        }
        if r.inspection.visited.is_some() {
            assert!(
                sourced(&r.inspection.source),
                "{}: visit has no source",
                r.id
            );
        }
        assert!(
            r.governance.tasking_weeks.is_none() && r.funding.is_empty(),
            "{}",
            r.id
        );
    }
    // Nothing in the file says "national" of the two specific funding streams,
    // or "inspected" of a region that was only asked for data.
    let text = network_text();
    assert!(
        !text.contains("national-"),
        "the report calls the streams specific"
    );
    assert!(!text.contains("Not inspected") && !text.contains("not part of the inspection"));
    assert!(!text.contains("leadPcc"));
}

#[test]
fn unknown_capability_and_funding_ids_get_a_did_you_mean() {
    let text = with_illustrative(|v| {
        let caps = v["regions"][0]["capabilities"]
            .as_object_mut()
            .unwrap_or_else(|| panic!("no capabilities"));
        let state = caps.remove("surveillance").unwrap_or(Value::Null);
        caps.insert("survelliance".into(), state);
        v["regions"][1]["funding"][0]["streams"][1]["source"] = "home-office-grnt".into();
    });
    let e = errors(&text);
    assert!(
        has(
            &e,
            "$.regions[0].capabilities.survelliance",
            "unknown capability"
        ),
        "{e:?}"
    );
    assert!(e
        .iter()
        .any(|(_, _, h)| h.as_deref() == Some("did you mean `surveillance`?")));
    assert!(
        has(
            &e,
            "$.regions[1].funding[0].streams[1].source",
            "unknown funding source"
        ),
        "{e:?}"
    );
    assert!(e
        .iter()
        .any(|(_, _, h)| h.as_deref() == Some("did you mean `home-office-grant`?")));
}

#[test]
fn duplicate_catalogue_ids_are_errors() {
    let text = with_illustrative(|v| v["capabilities"][1]["id"] = "covert-operations".into());
    assert!(has(&errors(&text), "$.capabilities[1].id", "used twice"));
}

#[test]
fn negative_amounts_and_shares_that_do_not_add_up_are_errors() {
    let text = with_illustrative(|v| {
        v["regions"][0]["funding"][0]["streams"][0]["amount"] = (-1000.0).into();
        let streams = &mut v["regions"][2]["funding"][1]["streams"];
        if let Some(list) = streams.as_array_mut() {
            for (i, s) in list.iter_mut().enumerate() {
                if let Some(o) = s.as_object_mut() {
                    o.remove("amount");
                    o.insert("share".into(), Value::from(if i == 0 { 60.0 } else { 7.0 }));
                }
            }
        }
        v["regions"][3]["funding"][0]["total"] = Value::from(1.0e9);
    });
    let e = errors(&text);
    assert!(
        has(
            &e,
            "$.regions[0].funding[0].streams[0].amount",
            "out of range"
        ),
        "{e:?}"
    );
    assert!(
        has(
            &e,
            "$.regions[2].funding[1].streams",
            "add up to 95%, not 100%"
        ),
        "{e:?}"
    );
    assert!(
        has(&e, "$.regions[3].funding[0].total", "not the total"),
        "{e:?}"
    );
}

#[test]
fn shares_within_rounding_are_accepted() {
    let text = with_illustrative(|v| {
        v["regions"][0]["funding"][0] = serde_json::json!({
            "year": "2019/20",
            "streams": [{"source": "force-contributions", "share": 66.7}, {"source": "home-office-grant", "share": 33.4}]
        });
    });
    assert!(errors(&text).is_empty());
}

#[test]
fn dates_years_and_fixed_lists_are_checked() {
    let text = with_illustrative(|v| {
        v["regions"][0]["capabilities"]["cyber"] =
            serde_json::json!({"status": "in place", "asOf": "March 2021"});
        v["regions"][1]["funding"][0]["year"] = "2020/22".into();
        v["regions"][2]["inspection"]["to"] = "2020-01-01".into();
        v["regions"][3]["governance"]["staffingModel"] = "seconds".into();
        v["regions"][4]["governance"]["taskingWeeks"] = Value::from(0);
    });
    let e = errors(&text);
    assert!(
        has(
            &e,
            "$.regions[0].capabilities.cyber.status",
            "is not one of"
        ),
        "{e:?}"
    );
    assert!(e
        .iter()
        .any(|(_, _, h)| h.as_deref() == Some("did you mean `in-place`?")));
    assert!(
        has(&e, "$.regions[0].capabilities.cyber.asOf", "is not a date"),
        "{e:?}"
    );
    assert!(
        has(
            &e,
            "$.regions[1].funding[0].year",
            "is not a financial year"
        ),
        "{e:?}"
    );
    assert!(has(&e, "$.regions[2].inspection.to", "ends"), "{e:?}");
    assert!(
        has(&e, "$.regions[3].governance.staffingModel", "is not one of"),
        "{e:?}"
    );
    assert!(
        has(&e, "$.regions[4].governance.taskingWeeks", "out of range"),
        "{e:?}"
    );
}

#[test]
fn governance_forces_are_checked_and_unknown_fields_warned() {
    let text = with_illustrative(|v| {
        v["regions"][0]["governance"]["chiefOfficerLead"]["force"] = "E2300013".into();
        v["regions"][1]["governance"]["chiefOfficerLead"]["rank"] = "ACC".into();
    });
    let r = validate_str(&text);
    let e = errors(&text);
    assert!(
        has(
            &e,
            "$.regions[0].governance.chiefOfficerLead.force",
            "unknown force"
        ),
        "{e:?}"
    );
    assert!(r.problems.iter().any(|p| p.severity == Severity::Warning
        && p.path == "$.regions[1].governance.chiefOfficerLead.rank"));
}

#[test]
fn a_protective_marking_must_be_a_classification() {
    let text = with(|v| v["meta"]["classification"] = "Restricted".into());
    let e = errors(&text);
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(e[0].0, "$.meta.classification");
    assert!(e[0]
        .2
        .as_deref()
        .is_some_and(|h| h.contains("OFFICIAL-SENSITIVE")));
    for good in [
        "OFFICIAL",
        "OFFICIAL-SENSITIVE",
        "OFFICIAL-SENSITIVE PERSONAL",
        "SECRET",
    ] {
        let text = with(|v| v["meta"]["classification"] = good.into());
        assert!(errors(&text).is_empty(), "{good}");
    }
}

/// The core's verdict on each edge file (what `rocu-map validate` prints);
/// `tests/web.rs` checks that the browser gives the same.
#[test]
fn edge_files_get_the_verdicts_in_the_shared_table() {
    for e in edge::edges(&network_text(), &illustrative()) {
        let r = validate_str(&e.text);
        let paths = |s: Severity| {
            r.problems
                .iter()
                .filter(|p| p.severity == s)
                .map(|p| p.path.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            paths(Severity::Error),
            e.errors,
            "{}: {:?}",
            e.name,
            r.problems
        );
        if e.errors.is_empty() {
            assert!(r.network.is_some(), "{}", e.name);
            assert_eq!(paths(Severity::Warning), e.warnings, "{}", e.name);
        }
    }
    // The messages say what is wrong in the file's own terms.
    let edges = edge::edges(&network_text(), &illustrative());
    let message = |name: &str| {
        let e = edges
            .iter()
            .find(|e| e.name.contains(name))
            .unwrap_or_else(|| panic!("{name}"));
        validate_str(&e.text).problems[0].message.clone()
    };
    assert!(message("1e308").contains("the number 1e308 is larger than the format allows"));
    assert!(message("1e400").contains("the number 1e400"));
    assert!(message("twice").contains("given twice"));
    assert!(message("5 MB").contains("the largest accepted is 5242880 bytes"));
    assert!(message("lone surrogate").contains("`\\ud800` is half of a character"));
    // A key given twice: the last is used, once, as in the browser.
    let twice = edges
        .iter()
        .find(|e| e.name.contains("capability given twice"))
        .map(|e| validate_str(&e.text).network)
        .unwrap_or_else(|| panic!("no such edge"))
        .unwrap_or_else(|| panic!("not drawn"));
    let states: Vec<_> = twice.regions[0]
        .capabilities
        .iter()
        .filter(|c| c.capability == "covert-operations")
        .map(|c| c.status)
        .collect();
    assert_eq!(states, [rocu_map::core::data::model::Status::Developing]);
}

/// The schema's fixed lists are the validator's own (read from the Rust
/// tables, not typed again here).
#[test]
fn the_schema_lists_are_the_validators() {
    use rocu_map::core::data::model::{Certainty, StaffingModel};
    let schema: Value = serde_json::from_str(include_str!("../data/network.schema.json"))
        .unwrap_or_else(|e| panic!("{e}"));
    let region = &schema["properties"]["regions"]["items"]["properties"];
    let listed = |v: &Value| -> Vec<String> {
        v["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("no enum in {v}"))
            .iter()
            .filter_map(|s| s.as_str().map(String::from))
            .collect()
    };
    let status: Vec<&str> = Status::ALL.iter().map(|(_, n, _)| *n).collect();
    let certainty: Vec<&str> = Certainty::ALL.iter().map(|(_, n, _)| *n).collect();
    let staffing: Vec<&str> = StaffingModel::ALL.iter().map(|(_, n, _)| *n).collect();
    assert_eq!(
        listed(&region["capabilities"]["additionalProperties"]["properties"]["status"]),
        status
    );
    assert_eq!(
        listed(
            &region["funding"]["items"]["properties"]["streams"]["items"]["properties"]
                ["certainty"]
        ),
        certainty
    );
    assert_eq!(
        listed(&region["governance"]["properties"]["staffingModel"]),
        staffing
    );
    assert_eq!(
        listed(
            &schema["properties"]["presentation"]["properties"]["steps"]["items"]["properties"]
                ["overlay"]
        ),
        rocu_map::core::data::model::OVERLAY_IDS
    );
    assert_eq!(
        schema["properties"]["presentation"]["properties"]["steps"]["items"]["properties"]
            ["caption"]["maxLength"],
        rocu_map::core::data::validate::CAPTION_CHARS
    );
}

/// A presentation written in the data: every step's overlay, measure and
/// region must be the map's own, each mistake reported at its path.
#[test]
fn a_written_presentation_is_checked_step_by_step() {
    let text = with(|v| {
        v["presentation"] = serde_json::json!({ "steps": [
            { "title": "Fine", "overlay": "capabilities", "measure": "cyber", "region": "eastern" },
            { "title": "Typo", "overlay": "fundng" },
            { "title": "Measure", "overlay": "funding", "measure": "home-office-grnat" },
            { "title": "No measure here", "overlay": "tasking", "measure": "weekly" },
            { "title": "Where", "overlay": "regions", "region": "atlantis" },
            { "title": "", "overlay": "regions", "caption": "x".repeat(201) },
        ]});
    });
    let e = errors(&text);
    let at = |path: &str| {
        e.iter()
            .find(|(p, _, _)| p == path)
            .unwrap_or_else(|| panic!("nothing at {path}: {e:?}"))
    };
    assert_eq!(
        at("$.presentation.steps[1].overlay").2.as_deref(),
        Some("did you mean `funding`?")
    );
    assert_eq!(
        at("$.presentation.steps[2].measure").2.as_deref(),
        Some("did you mean `home-office-grant`?")
    );
    assert_eq!(
        at("$.presentation.steps[3].measure").2.as_deref(),
        Some("leave `measure` out for this overlay")
    );
    assert!(at("$.presentation.steps[4].region")
        .1
        .contains("unknown region `atlantis`"));
    at("$.presentation.steps[5].title");
    assert!(at("$.presentation.steps[5].caption")
        .1
        .contains("longer than 200 characters"));
    assert!(
        !e.iter()
            .any(|(p, _, _)| p.starts_with("$.presentation.steps[0]")),
        "{e:?}"
    );
    // An empty list is a mistake; leaving the section out is not.
    let empty = with(|v| v["presentation"] = serde_json::json!({ "steps": [] }));
    assert_eq!(errors(&empty)[0].0, "$.presentation.steps");
    // The illustrative file's story is valid, and read in order.
    let story = validate_str(&support::illustrative_text())
        .network
        .unwrap_or_else(|| panic!("invalid"))
        .presentation;
    assert_eq!(story.len(), 5);
    assert_eq!(story[2].region.as_deref(), Some("southern-wales"));
}

/// Every problem the validator reports reads in Welsh when Welsh is in use:
/// the same problems at the same places, each message and hint the Welsh
/// catalogue's, none left in English. Run over the shared edge files and a
/// file broken in as many ways as the checks have messages. (Natively: each
/// WebAssembly has one language.)
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_problem_is_reported_in_welsh_too() {
    use rocu_map::core::lang::{with, Lang};
    let broken = with_illustrative(|v| {
        v["$schema"] = serde_json::json!(1);
        v["meta"]["asOf"] = serde_json::json!("1 Feb 2021");
        v["meta"]["classification"] = serde_json::json!("secret");
        v["meta"]["illustrative"] = serde_json::json!("yes");
        v["meta"]["sources"] = serde_json::json!([{ "title": "", "url": "javascript:alert(1)" }]);
        v["meta"]["colour"] = serde_json::json!("blue");
        v["forces"][0]["code"] = serde_json::json!("E2300001");
        v["forces"][2]["code"] = v["forces"][1]["code"].clone();
        v["capabilities"][1]["id"] = serde_json::json!("Cyber Crime");
        v["capabilities"][2]["id"] = v["capabilities"][3]["id"].clone();
        v["capabilities"][4]["group"] = serde_json::json!("core-ish");
        let regions = &mut v["regions"];
        regions[0]["id"] = serde_json::json!("North East");
        regions[1]["id"] = regions[2]["id"].clone();
        regions[1]["leadForce"] = serde_json::json!("E23000099");
        regions[2]["forces"] = serde_json::json!([1, regions[3]["forces"][0].clone()]);
        regions[3]["forces"][1] = regions[3]["forces"][0].clone();
        regions[3]["capabilities"] = serde_json::json!({ "cybr": { "status": "in-place" } });
        regions[4]["capabilities"] = serde_json::json!([]);
        regions[4]["leadPcc"] = serde_json::json!("x");
        regions[5]["funding"] = serde_json::json!([
            { "year": "2020-21", "total": -1, "streams": [] },
            { "year": "2020/21", "total": 100, "streams": [
                { "source": "home-office-grnat", "amount": 10, "share": 50 },
                { "source": "home-office-grant", "amount": 10, "share": 50 },
                { "source": "home-office-grant", "amount": "ten", "share": 150 }
            ]},
            { "year": "2020/21", "total": 100, "streams": [
                { "source": "home-office-grant", "amount": 10, "share": 40 }
            ]}
        ]);
        regions[6]["inspection"] =
            serde_json::json!({ "visited": "yes", "from": "2020-03-13", "to": "2020-02-21" });
        regions[7]["forces"] = serde_json::json!([]);
        regions[8]["website"] = serde_json::json!(["https://example.org"]);
        regions[8]["name"] = serde_json::json!("  ");
        v["units"] = serde_json::json!([{ "id": "u", "name": "U", "region": "nowhere" }, { "id": "u", "name": "U" }]);
        v["presentation"] = serde_json::json!({ "steps": [
            { "title": "Typo", "overlay": "fundng" },
            { "title": "Measure", "overlay": "funding", "measure": "home-office-grnat" },
            { "title": "No measure here", "overlay": "tasking", "measure": "weekly" },
            { "title": "Where", "overlay": "regions", "region": "atlantis", "caption": "x".repeat(201) },
        ]});
    });
    let mut files: Vec<(String, String)> = edge::edges(&network_text(), &illustrative())
        .into_iter()
        .map(|e| (e.name.to_string(), e.text))
        .collect();
    files.push(("broken in many ways".into(), broken));
    files.push(("not JSON".into(), "{\"meta\": ".into()));
    let mut kinds = std::collections::BTreeSet::new();
    for (name, text) in &files {
        let english = with(Lang::En, || validate_str(text).problems);
        let welsh = with(Lang::Cy, || validate_str(text).problems);
        assert_eq!(english.len(), welsh.len(), "{name}");
        for (en, cy) in english.iter().zip(&welsh) {
            assert_eq!((&en.path, en.severity), (&cy.path, cy.severity), "{name}");
            assert_ne!(en.message, cy.message, "{name}: {en:?} is not in Welsh");
            assert_ne!(
                en.hint.is_some(),
                en.hint == cy.hint,
                "{name}: {en:?}'s hint"
            );
            let line = with(Lang::Cy, || cy.to_string());
            for english_word in [
                " is ", "expected", "found", "unknown", "missing", "twice", "error:", "warning:",
            ] {
                assert!(
                    !line.contains(english_word),
                    "{name}: `{english_word}` in {line}"
                );
            }
            // The message with what the file wrote taken out: one kind of check.
            kinds.insert(en.message.split('`').step_by(2).collect::<String>());
        }
    }
    assert!(
        kinds.len() >= 50,
        "{} kinds of problem: {kinds:#?}",
        kinds.len()
    );
}

/// serde_json's English for what is wrong is said in Welsh in the Welsh map
/// (natively: the WebAssembly has one language).
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn a_file_that_is_not_json_is_told_so_in_welsh_too() {
    use rocu_map::core::lang::{with, Lang};
    let samples = [
        "[1, 2",
        "{\"a\": 1",
        "{\"a\": \"x",
        "{\"meta\": ",
        "{\"a\" 1}",
        "[1 2]",
        "{\"a\": 1 \"b\": 2}",
        "{\"a\": tru}",
        "{\"a\": }",
        "{a: 1}",
        "{\"a\": \"\\q\"}",
        "{\"a\": -}",
        "{\"a\": \"\\u12\"}",
        "{\"a\": \"x\u{1}\"}",
        "[1,]",
        "{} x",
    ];
    let mut said = std::collections::BTreeSet::new();
    for text in samples {
        let english = with(Lang::En, || validate_str(text).problems);
        let welsh = with(Lang::Cy, || validate_str(text).problems);
        assert_eq!(english.len(), 1, "{text}: {english:?}");
        assert_eq!(welsh.len(), 1, "{text}: {welsh:?}");
        let (en, cy) = (&english[0].message, &welsh[0].message);
        // serde_json's English words, and the Welsh for them.
        let kind = en
            .strip_prefix("this is not valid JSON: ")
            .and_then(|m| m.split(" at line ").next())
            .unwrap_or_else(|| panic!("{text}: {en}"));
        assert!(cy.starts_with("nid yw hwn yn JSON dilys: "), "{cy}");
        assert!(
            !cy.contains(kind),
            "{text}: `{kind}` left in English in {cy}"
        );
        for english_word in [
            "EOF", "parsing", "expected", "invalid", "trailing", "exceeded",
        ] {
            assert!(
                !cy.contains(english_word),
                "{text}: `{english_word}` in {cy}"
            );
        }
        said.insert(kind.to_string());
    }
    assert!(said.len() >= 15, "{said:#?}");
}
