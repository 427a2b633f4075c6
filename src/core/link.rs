//! The deep link in the address fragment: `#region=<id>&force=<code>`.
//! Other keys in the fragment (the host page's own) are kept as they are.

/// The selection a fragment names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkState {
    /// Selected region id.
    pub region: Option<String>,
    /// Highlighted force code.
    pub force: Option<String>,
}

/// Reads the selection from a fragment such as `#region=north-west`.
///
/// ```
/// let s = rocu_map::core::link::parse("#x=1&region=north-west");
/// assert_eq!(s.region.as_deref(), Some("north-west"));
/// ```
pub fn parse(hash: &str) -> LinkState {
    let mut state = LinkState::default();
    for (k, v) in pairs(hash) {
        match k {
            "region" if !v.is_empty() => state.region = Some(v.to_string()),
            "force" if !v.is_empty() => state.force = Some(v.to_string()),
            _ => {}
        }
    }
    state
}

/// The fragment with the selection written into it, other keys kept.
///
/// ```
/// use rocu_map::core::link::{write, LinkState};
/// let s = LinkState { region: Some("eastern".into()), force: None };
/// assert_eq!(write("#x=1&region=london&force=E23000034", &s), "#x=1&region=eastern");
/// assert_eq!(write("#region=london", &LinkState::default()), "");
/// ```
pub fn write(hash: &str, state: &LinkState) -> String {
    let mut parts: Vec<String> = pairs(hash)
        .filter(|(k, _)| *k != "region" && *k != "force")
        .map(|(k, v)| {
            if v.is_empty() {
                k.to_string()
            } else {
                format!("{k}={v}")
            }
        })
        .collect();
    if let Some(r) = &state.region {
        parts.push(format!("region={}", clean(r)));
    }
    if let Some(f) = &state.force {
        parts.push(format!("force={}", clean(f)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("#{}", parts.join("&"))
    }
}

fn pairs(hash: &str) -> impl Iterator<Item = (&str, &str)> {
    hash.trim_start_matches('#')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
}

fn clean(v: &str) -> String {
    v.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}
