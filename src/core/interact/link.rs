//! The deep link in the address fragment:
//! `#region=<id>&force=<code>&overlay=<overlay>&capability=<id>` (or `&source=<id>`
//! for a funding source). Other keys in the fragment (the host page's own) are
//! kept as they are.

/// The selection a fragment names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkState {
    /// Selected region id.
    pub region: Option<String>,
    /// Highlighted force code.
    pub force: Option<String>,
    /// The overlay's deep-link word, such as `funding` (none: the plain map).
    pub overlay: Option<String>,
    /// The overlay's measure: a capability id or a funding-source id.
    pub measure: Option<String>,
    /// The presentation slide, counted from 1.
    pub slide: Option<String>,
}

/// The fragment keys the map owns.
const KEYS: [&str; 6] = [
    "region",
    "force",
    "overlay",
    "capability",
    "source",
    "slide",
];

/// The key that carries an overlay's measure.
fn measure_key(overlay: &str) -> &'static str {
    if overlay == "funding" {
        "source"
    } else {
        "capability"
    }
}

/// Reads the selection from a fragment such as `#region=north-west`.
///
/// ```
/// let s = rocu_map::core::interact::link::parse("#x=1&region=north-west&overlay=capabilities&capability=cyber");
/// assert_eq!(s.region.as_deref(), Some("north-west"));
/// assert_eq!(s.overlay.as_deref(), Some("capabilities"));
/// assert_eq!(s.measure.as_deref(), Some("cyber"));
/// ```
pub fn parse(hash: &str) -> LinkState {
    let mut state = LinkState::default();
    let mut measures = [None, None];
    for (k, v) in pairs(hash) {
        let v = (!v.is_empty()).then(|| v.to_string());
        match k {
            "region" => state.region = v,
            "force" => state.force = v,
            "overlay" => state.overlay = v,
            "capability" => measures[0] = v,
            "source" => measures[1] = v,
            "slide" => state.slide = v,
            _ => {}
        }
    }
    let funding = state.overlay.as_deref() == Some("funding");
    state.measure = measures[usize::from(funding)].take();
    state
}

/// The fragment with the selection written into it, other keys kept.
///
/// ```
/// use rocu_map::core::interact::link::{write, LinkState};
/// let s = LinkState { region: Some("eastern".into()), ..LinkState::default() };
/// assert_eq!(write("#x=1&region=london&force=E23000034", &s), "#x=1&region=eastern");
/// let s = LinkState { overlay: Some("funding".into()), measure: Some("home-office".into()), ..s };
/// assert_eq!(write("", &s), "#region=eastern&overlay=funding&source=home-office");
/// assert_eq!(write("#region=london", &LinkState::default()), "");
/// ```
pub fn write(hash: &str, state: &LinkState) -> String {
    let mut parts: Vec<String> = pairs(hash)
        .filter(|(k, _)| !KEYS.contains(k))
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
    if let Some(o) = &state.overlay {
        parts.push(format!("overlay={}", clean(o)));
        if let Some(m) = &state.measure {
            parts.push(format!("{}={}", measure_key(o), clean(m)));
        }
    }
    if let Some(s) = &state.slide {
        parts.push(format!("slide={}", clean(s)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
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
