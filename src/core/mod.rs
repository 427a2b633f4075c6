//! The pure core: no browser APIs. Everything a user sees, and everything a
//! user can do, is decided here and tested natively; the web layer only turns
//! it into DOM nodes and DOM events into actions.
//!
//! The data's path from JSON to SVG, one stage per module group:
//!
//! ```text
//! network.json ─ data::json ─ data::validate ─▶ data::model::Network
//!                                                   │
//! boundaries ── geography::packed/topology ─────────┤  mesh, merge: region outlines
//!                                                   ▼
//!                                       geography::atlas::Atlas
//!                                                   │  layout::overlay: a class per region
//!                                                   ▼
//!                     layout::scene::Scene (at a width) ── layout::view::MapView
//!                                                   │
//!                     markup::svg / widget / details ─▶ markup::node::Node trees
//!                                                   │
//!             browser: built as DOM, patched by markup::diff   CLI: markup::export
//!
//! interact::state::MapState: actions (clicks, keys, overlay, presentation
//! steps, address) in, effects (what changed) out.
//! ```

/// Reading and checking the user's data file: the JSON tree, the typed
/// model, and validation with every problem's path and hint.
pub mod data {
    pub mod json;
    pub mod model;
    pub mod validate;
}

/// Geography: the packed ONS boundaries, their topology, shared borders and
/// region outlines, projection to the screen, and geometry on rings.
pub mod geography {
    pub mod atlas;
    pub mod geometry;
    pub mod merge;
    pub mod mesh;
    pub mod packed;
    pub mod path;
    pub mod pole;
    pub mod projection;
    pub mod topology;
}

/// The laid-out map: overlays, colours, the scene at one width, the compare
/// table, and the shared words, numbers and dates.
pub mod layout {
    pub mod colour;
    pub mod compare;
    pub mod overlay;
    pub mod points;
    pub mod rank;
    pub mod scene;
    pub mod text;
    pub mod view;
    pub mod words;
}

/// Element trees (HTML and SVG) for the browser and the CLI: the map, the
/// panel, the controls, the widget, exports, the board paper's pages (text
/// flowed into them), and the diff between trees.
pub mod markup {
    pub mod controls;
    pub mod details;
    pub mod diff;
    pub mod export;
    pub mod flow;
    pub mod node;
    pub mod page;
    pub mod sections;
    pub mod slide;
    pub mod svg;
    pub mod widget;
}

/// What a user can do: the state machine, arrow-key travel, the
/// presentation sequence and the deep link.
pub mod interact {
    pub mod link;
    pub mod navigate;
    pub mod present;
    pub mod state;
}

/// Every word a user reads, in English and Welsh.
pub mod lang;

pub mod error;
