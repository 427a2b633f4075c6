//! The native command line on the same core.

use std::process::Command;

mod support;

fn run(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_rocu-map"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn validate_passes_the_default_data() {
    let (code, out) = run(&["validate", "data/network.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"));
}

#[test]
fn validate_fails_bad_data_with_every_problem() {
    let dir = std::env::temp_dir().join(format!("rocu-map-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.join("bad.json");
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/network.json"))
        .unwrap_or_else(|e| panic!("{e}"))
        .replacen("\"E23000013\",", "\"E2300013\",", 1)
        .replacen("\"asOf\": \"2021-02-01\"", "\"asOf\": \"2021-02-30\"", 1);
    std::fs::write(&file, text).unwrap_or_else(|e| panic!("{e}"));
    let path = file.to_string_lossy().to_string();
    let (code, out) = run(&["validate", &path]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("$.meta.asOf"), "{out}");
    assert!(
        out.contains("did you mean `E23000013` (Cleveland Police)?"),
        "{out}"
    );
    assert!(out.contains("3 errors"), "{out}");
    // In Welsh: the same problems, the command's own words and the counts.
    let (code, out) = run(&["validate", &path, "--lang", "cy"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("gwall: $.meta.asOf: nid yw `2021-02-30` yn ddyddiad"),
        "{out}"
    );
    assert!(
        out.contains(
            "heddlu anhysbys `E2300013` (ai `E23000013` (Cleveland Police) oedd dan sylw?)"
        ),
        "{out}"
    );
    assert!(out.contains("3 gwall, 0 rhybudd"), "{out}");
}

/// The command's own messages, its help included, come from the catalogue in
/// the language asked for.
#[test]
fn the_command_speaks_welsh_when_asked() {
    let (code, out) = run(&["render", "--lang", "cy"]);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.starts_with("rocu-map: mae angen --data FFEIL ar render\n\nDefnydd:"),
        "{out}"
    );
    let (code, out) = run(&["--help", "--lang", "cy"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Gwirio ffeil network.json"), "{out}");
    assert!(!out.contains("Check a network.json file"), "{out}");
    let (code, out) = run(&["--help"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Check a network.json file"), "{out}");
    let (_, out) = run(&[
        "render",
        "--data",
        "data/network.json",
        "--format",
        "gif",
        "--lang",
        "cy",
    ]);
    assert!(out.contains("fformat anhysbys `gif`"), "{out}");
    let dir = std::env::temp_dir().join(format!("rocu-map-cli-cy-{}", std::process::id()));
    let dir = dir.to_string_lossy().to_string();
    let (code, out) = run(&[
        "export-tables",
        "--data",
        "data/network.json",
        "--out",
        &dir,
        "--lang",
        "cy",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("Ysgrifennwyd "), "{out}");
    // A table with a mistake: the problem is placed by file, row and the
    // column's Welsh heading.
    let file = format!("{dir}/capabilities.csv");
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    let broken = text.replacen("north-west,", "north-wset,", 1);
    assert_ne!(broken, text);
    std::fs::write(&file, broken).unwrap_or_else(|e| panic!("{e}"));
    let out_file = format!("{dir}/out.json");
    let (code, out) = run(&[
        "import",
        "--data",
        "data/network.json",
        "--tables",
        &dir,
        "--out",
        &out_file,
        "--lang",
        "cy",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("capabilities.csv, rhes "), "{out}");
    assert!(
        out.contains(", colofn \"Id y rhanbarth\": nid oes rhanbarth `north-wset` yn y data"),
        "{out}"
    );
    assert!(out.contains("; ni ysgrifennwyd dim"), "{out}");
}

#[test]
fn render_writes_the_same_svg_as_the_golden_file() {
    let (code, out) = run(&["render", "--data", "data/network.json", "--width", "800"]);
    assert_eq!(code, 0);
    let golden = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/golden/network-800.svg"
    ))
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        support::one_element_per_line(&out) == golden,
        "render output differs from tests/golden/network-800.svg"
    );
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["frobnicate"]).0, 2);
    assert_eq!(run(&["render", "--width", "wide"]).0, 2);
}

#[test]
fn render_writes_the_compare_table_as_csv() {
    let (code, out) = run(&[
        "render",
        "--data",
        "data/examples/illustrative.json",
        "--overlay",
        "inspection",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines[0], "OFFICIAL",
        "the protective marking heads the file"
    );
    assert_eq!(lines[1], "Illustrative data — not real figures");
    assert_eq!(lines[2], "Region,Visited,From,To");
    assert_eq!(lines.len(), 13);
    assert_eq!(
        run(&["render", "--data", "data/network.json", "--format", "pdf"]).0,
        2
    );
}
