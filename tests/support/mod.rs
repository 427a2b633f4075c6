//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use rocu_map::core::data::validate::validate_str;
use rocu_map::core::geography::atlas::Atlas;

/// The default data file's text.
pub fn network_text() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/network.json"))
        .unwrap_or_else(|e| panic!("data/network.json: {e}"))
}

/// The illustrative example's text (complete, made-up data).
pub fn illustrative_text() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/examples/illustrative.json"
    ))
    .unwrap_or_else(|e| panic!("data/examples/illustrative.json: {e}"))
}

/// Runs `rocu-map render ARGS --out FILE` in the crate's folder, FILE being
/// `name` in a temporary folder of this test run, and returns FILE. The run
/// must succeed.
pub fn render_to(name: &str, args: &[&str]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("rocu-map-render-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.join(name);
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_rocu-map"))
        .arg("render")
        .args(args)
        .arg("--out")
        .arg(&out)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    out
}

/// The default data joined to the shipped boundaries.
pub fn atlas() -> Atlas {
    let report = validate_str(&network_text());
    let network = report
        .network
        .unwrap_or_else(|| panic!("{:?}", report.problems));
    Atlas::with_default_boundaries(network).unwrap_or_else(|e| panic!("{e}"))
}

/// Compares `actual` with the golden file `tests/golden/NAME`. Set
/// `UPDATE_GOLDEN=1` to write it (refused under CI, where a mismatch must fail).
///
/// SVG and HTML are kept one element to a line (a line break before each tag
/// that follows another), so a change to a golden file can be read in a diff;
/// the output is compared in that form.
pub fn golden(name: &str, actual: &str) {
    let readable = one_element_per_line(actual);
    let actual = readable.as_str();
    let Some(expected) = golden_file(name, actual.as_bytes()) else {
        return;
    };
    let expected = String::from_utf8(expected).unwrap_or_else(|e| panic!("{name}: {e}"));
    if expected != actual {
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| "length".to_string(), |i| format!("line {}", i + 1));
        panic!("{name} differs from the golden file at {line}; if the change is intended, run UPDATE_GOLDEN=1 cargo test and review the diff");
    }
}

/// Markup with a line break between each tag and the next (`><`); text
/// containing `><` of its own would be changed too, which golden files have
/// none of (`>` and `<` in text are escaped).
pub fn one_element_per_line(markup: &str) -> String {
    if markup.starts_with('<') {
        markup.replace("><", ">\n<")
    } else {
        markup.to_string()
    }
}

/// Compares binary output with its golden file, as [`golden`] does text.
pub fn golden_bytes(name: &str, actual: &[u8]) {
    if let Some(expected) = golden_file(name, actual) {
        assert!(
            expected == actual,
            "{name} differs from the golden file; if the change is intended, run UPDATE_GOLDEN=1 cargo test and look at it"
        );
    }
}

/// The golden file's bytes, or `None` after writing `actual` to it under `UPDATE_GOLDEN=1`.
fn golden_file(name: &str, actual: &[u8]) -> Option<Vec<u8>> {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1");
    let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
    if update && !ci {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{path}: {e}"));
        return None;
    }
    Some(
        std::fs::read(&path)
            .unwrap_or_else(|e| panic!("{path}: {e} (run with UPDATE_GOLDEN=1 to create it)")),
    )
}

/// The text of every element in a tree, joined by spaces.
#[allow(dead_code)]
pub fn all_text(n: &rocu_map::core::markup::node::Node) -> String {
    n.walk()
        .iter()
        .filter_map(|x| x.text.clone())
        .collect::<Vec<_>>()
        .join(" ")
}
