//! The map at one size: the entry point the web layer and the CLI share.

use super::compare::{self, Table};
use super::overlay::{Overlay, Paint};
use super::scene::Scene;
use crate::core::data::validate::{self, Problem, Severity};
use crate::core::error::Error;
use crate::core::geography::atlas::Atlas;
use crate::core::interact::navigate::{self, Direction};
use crate::core::lang;
use crate::core::markup::node::Node;
use crate::core::markup::svg;

/// A validated network, joined to its boundaries and laid out at one width.
#[derive(Debug, Clone)]
pub struct MapView {
    /// The joined data and geometry.
    pub atlas: Atlas,
    /// The current layout.
    pub scene: Scene,
    /// Warnings found while reading the data (errors stop the map).
    pub warnings: Vec<Problem>,
    /// What the map is coloured by.
    pub overlay: Overlay,
    /// The evaluated overlay, when it is not the plain map of regions.
    paint: Option<Paint>,
    /// How much larger than usual the type is (1: as usual).
    type_scale: f64,
}

impl MapView {
    /// Reads `network.json` text and lays the map out at `width`.
    ///
    /// ```
    /// let text = std::fs::read_to_string("data/network.json").unwrap();
    /// let view = rocu_map::core::layout::view::MapView::from_json(&text, 800.0).unwrap();
    /// assert_eq!(view.scene.regions.len(), 10);
    /// ```
    pub fn from_json(text: &str, width: f64) -> Result<MapView, Error> {
        MapView::from_report(validate::validate_str(text), width)
    }

    /// Validates already parsed JSON and lays the map out at `width`.
    pub fn from_value(
        value: &crate::core::data::json::Value,
        width: f64,
    ) -> Result<MapView, Error> {
        MapView::from_report(validate::validate_value(value), width)
    }

    fn from_report(report: validate::Report, width: f64) -> Result<MapView, Error> {
        let (atlas, warnings) = MapView::join(report)?;
        Ok(MapView::new(atlas, warnings, width))
    }

    /// Validates already parsed JSON and joins it to the boundaries, without laying
    /// anything out: for a page that must first learn how wide the map will be.
    pub fn prepare(
        value: &crate::core::data::json::Value,
        scanned: Vec<Problem>,
    ) -> Result<(Atlas, Vec<Problem>), Error> {
        MapView::join(validate::validate_parsed(value, scanned))
    }

    fn join(report: validate::Report) -> Result<(Atlas, Vec<Problem>), Error> {
        let (errors, warnings): (Vec<Problem>, Vec<Problem>) = report
            .problems
            .into_iter()
            .partition(|p| p.severity == Severity::Error);
        let network = match report.network {
            Some(n) if errors.is_empty() => n,
            _ => return Err(Error::Invalid(errors)),
        };
        Ok((Atlas::with_default_boundaries(network)?, warnings))
    }

    /// Lays a joined map out at `width`.
    pub fn new(atlas: Atlas, warnings: Vec<Problem>, width: f64) -> MapView {
        MapView::with_overlay(atlas, warnings, width, Overlay::Regions)
    }

    /// Lays a joined map out at `width`, coloured by `overlay`.
    pub fn with_overlay(
        atlas: Atlas,
        warnings: Vec<Problem>,
        width: f64,
        overlay: Overlay,
    ) -> MapView {
        let paint = paint(&atlas, &overlay);
        let scene = layout(&atlas, width, paint.as_ref(), 1.0, None);
        MapView {
            atlas,
            scene,
            warnings,
            overlay,
            paint,
            type_scale: 1.0,
        }
    }

    /// Lays the map out again at a new width.
    pub fn resize(&mut self, width: f64) {
        self.scene = layout(
            &self.atlas,
            width,
            self.paint.as_ref(),
            self.type_scale,
            None,
        );
    }

    /// Lays the map out again with type `scale` times the usual size (for a
    /// projector, where the map is seen from across a room).
    pub fn set_type_scale(&mut self, scale: f64) {
        self.type_scale = scale;
        self.resize(self.scene.width);
    }

    /// Colours the map by another overlay, laid out at `width`.
    pub fn set_overlay(&mut self, overlay: Overlay, width: f64) {
        self.paint = paint(&self.atlas, &overlay);
        self.overlay = overlay;
        // At the same width and type, the shapes are those already laid out.
        self.scene = layout(
            &self.atlas,
            width,
            self.paint.as_ref(),
            self.type_scale,
            Some(&self.scene),
        );
    }

    /// The compare table for the current overlay.
    pub fn compare(&self) -> Table {
        compare::table(&self.atlas.network, &self.overlay)
    }

    /// The evaluated overlay (its classes, and each region's class and value
    /// in words); `None` on the plain map.
    pub fn paint(&self) -> Option<&Paint> {
        self.paint.as_ref()
    }

    /// A region's value on the current overlay in words, such as "In place";
    /// `None` on the plain map.
    pub fn value_of(&self, region: &str) -> Option<&str> {
        let i = self.atlas.region_index(region)?;
        self.paint.as_ref().map(|p| p.value_of[i].as_str())
    }

    /// What the map is coloured by, as the legend heads it.
    pub fn overlay_title(&self) -> &str {
        self.paint
            .as_ref()
            .map_or(lang::words().overlay_regions(), |p| p.title.as_str())
    }

    /// The SVG element tree, with ids made unique by `prefix`.
    pub fn svg(&self, prefix: &str) -> Node {
        let name = lang::words().map_named(&self.atlas.network.meta.title);
        svg::svg(&self.scene, prefix, &name)
    }

    /// The region ids in data order.
    pub fn region_ids(&self) -> Vec<&str> {
        self.atlas
            .network
            .regions
            .iter()
            .map(|r| r.id.as_str())
            .collect()
    }

    /// The region a force belongs to.
    pub fn region_of_force(&self, code: &str) -> Option<&str> {
        self.atlas.network.region_of(code).map(|r| r.id.as_str())
    }

    /// True when the region exists.
    pub fn has_region(&self, id: &str) -> bool {
        self.atlas.region_index(id).is_some()
    }

    /// True when the force belongs to the region.
    pub fn force_in_region(&self, code: &str, region: &str) -> bool {
        self.region_of_force(code) == Some(region)
    }

    /// Where each region sits on screen, for keyboard travel: its label, or the
    /// enlarged inset's centre for a region drawn there.
    pub fn anchors(&self) -> Vec<[f64; 2]> {
        self.scene
            .regions
            .iter()
            .map(|r| {
                if let Some(l) = self.scene.labels.iter().find(|l| l.target == r.id) {
                    return [l.line.x, l.line.y];
                }
                match &self.scene.inset {
                    Some(i) if i.region == r.id => [
                        i.callout.x + i.callout.w / 2.0,
                        i.callout.y + i.callout.h / 2.0,
                    ],
                    _ => [0.0, 0.0],
                }
            })
            .collect()
    }

    /// The region reached from `from` by an arrow key (`from = None`: the first).
    pub fn step(&self, from: Option<&str>, dir: Direction) -> Option<String> {
        let ids = self.region_ids();
        let Some(i) = from.and_then(|id| ids.iter().position(|r| *r == id)) else {
            return ids.first().map(|s| s.to_string());
        };
        navigate::step(&self.anchors(), i, dir).map(|j| ids[j].to_string())
    }
}

/// The evaluated overlay; `None` for the plain map of regions.
fn paint(atlas: &Atlas, overlay: &Overlay) -> Option<Paint> {
    (*overlay != Overlay::Regions)
        .then(|| Paint::new(&atlas.network, overlay, |i| atlas.fill(i).to_string()))
}

fn layout(
    atlas: &Atlas,
    width: f64,
    paint: Option<&Paint>,
    type_scale: f64,
    previous: Option<&Scene>,
) -> Scene {
    match paint {
        Some(paint) => Scene::painted(atlas, width, paint, false, type_scale, previous),
        None => Scene::painted(
            atlas,
            width,
            &Paint::regions(&atlas.network, |i| atlas.fill(i).to_string()),
            true,
            type_scale,
            previous,
        ),
    }
}
