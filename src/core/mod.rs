//! The pure core: no browser APIs. Everything a user sees is computed here and
//! tested natively; the web layer only turns it into DOM nodes.

pub mod atlas;
pub mod colour;
pub mod compare;
pub mod controls;
pub mod details;
pub mod diff;
pub mod error;
pub mod export;
pub mod geometry;
pub mod json;
pub mod link;
pub mod markup;
pub mod merge;
pub mod mesh;
pub mod model;
pub mod navigate;
pub mod node;
pub mod overlay;
pub mod packed;
pub mod path;
pub mod pole;
pub mod present;
pub mod projection;
pub mod rank;
pub mod scene;
pub mod sections;
pub mod state;
pub mod text;
pub mod topology;
pub mod validate;
pub mod view;
pub mod widget;
pub mod words;
