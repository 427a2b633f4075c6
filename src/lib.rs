//! # rocu-map
//!
//! An interactive map of the nine Regional Organised Crime Units (ROCUs) of
//! England and Wales and their police forces.
//!
//! - [`core`] is pure Rust: the data model and validation, TopoJSON decoding,
//!   region outlines derived from the force topology, layout, and the SVG and
//!   panel element trees. It is tested natively.
//! - `web` (WebAssembly only) mounts the core's element trees into a page and
//!   wires events: it holds no map logic.
//! - The `rocu-map` binary validates data and renders static SVG on the same core.

pub mod core;

/// The spreadsheet round trip of the command line (`export-tables`, `import`).
#[cfg(not(target_arch = "wasm32"))]
pub mod tables;

#[cfg(target_arch = "wasm32")]
pub mod web;
