//! Data files at the edges of the format, each with the one verdict that the
//! command line and the browser must both give: the paths of the errors (the
//! file is refused) or of the warnings (it is drawn). `tests/validation.rs`
//! checks the core's verdict (what `rocu-map validate` prints) and
//! `tests/web.rs` the browser's, against this one table.

/// One file and its verdict.
pub struct Edge {
    /// What is odd about it.
    pub name: &'static str,
    /// The file's text.
    pub text: String,
    /// Paths of the errors, in order; empty when the file is drawn.
    pub errors: Vec<&'static str>,
    /// Paths of the warnings, in order, when the file is drawn.
    pub warnings: Vec<&'static str>,
}

/// `text` with the first `from` replaced by `to`, which must be there.
fn swap(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from} is not in the file");
    text.replacen(from, to, 1)
}

/// The edge files, made from the default and the illustrative data.
pub fn edges(network: &str, illustrative: &str) -> Vec<Edge> {
    // The first funding amount in the illustrative file.
    let amount = "\"amount\": 6035000.0";
    let amount_path = "$.regions[0].funding[0].streams[0].amount";
    vec![
        Edge {
            name: "saved with a byte-order mark (as Notepad and Excel do)",
            text: format!("\u{feff}{network}"),
            errors: vec![],
            warnings: vec![],
        },
        Edge {
            name: "a key given twice",
            text: swap(
                network,
                "\"meta\": {",
                "\"meta\": {\n    \"title\": \"Twice\",",
            ),
            errors: vec![],
            warnings: vec!["$.meta.title"],
        },
        Edge {
            name: "$schema given as a number",
            text: swap(
                network,
                "\"$schema\": \"network.schema.json\"",
                "\"$schema\": 7",
            ),
            errors: vec![],
            warnings: vec!["$.$schema"],
        },
        Edge {
            name: "a field the format no longer has",
            text: swap(
                network,
                "\"governance\": {",
                "\"governance\": {\n \"leadPcc\": null,",
            ),
            errors: vec![],
            warnings: vec!["$.regions[0].governance.leadPcc"],
        },
        Edge {
            name: "an amount of 1e308",
            text: swap(illustrative, amount, "\"amount\": 1e308"),
            errors: vec![amount_path],
            warnings: vec![],
        },
        Edge {
            name: "an amount beyond floating point (1e400)",
            text: swap(illustrative, amount, "\"amount\": 1e400"),
            errors: vec![amount_path],
            warnings: vec![],
        },
        Edge {
            name: "half a character (a lone surrogate escape) in the title",
            text: swap(
                network,
                "\"title\": \"Regional",
                "\"title\": \"\\ud800Regional",
            ),
            errors: vec!["$.meta.title"],
            warnings: vec![],
        },
        Edge {
            name: "a capability given twice in one region, in place and then developing",
            text: swap(
                illustrative,
                "\"capabilities\": {",
                "\"capabilities\": {\n \"covert-operations\": {\"status\": \"in-place\"},",
            ),
            errors: vec![],
            warnings: vec!["$.regions[0].capabilities.covert-operations"],
        },
        Edge {
            name: "unknown fields named by numbers (a browser puts them first)",
            text: swap(
                network,
                "\"meta\": {",
                "\"meta\": {\n \"b\": 1, \"10\": 1, \"2\": 1,",
            ),
            errors: vec![],
            warnings: vec!["$.meta.2", "$.meta.10", "$.meta.b"],
        },
        Edge {
            name: "a file over 5 MB",
            text: format!("{network}{}", " ".repeat(5 * 1024 * 1024)),
            errors: vec!["$"],
            warnings: vec![],
        },
    ]
}
