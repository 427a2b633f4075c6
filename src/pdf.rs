//! PDF output for the command line: the board paper's pages (one SVG per step,
//! from `core::markup::page`) drawn by `krilla-svg` onto `krilla` pages. Text
//! stays text (selectable, found by search), set in the bundled Liberation Sans,
//! subset and embedded; everything else is vector paths, no raster images.

use krilla::destination::XyzDestination;
use krilla::geom::{Point, Size};
use krilla::metadata::Metadata;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::Document;
use krilla_svg::{SurfaceExt, SvgSettings};
use rocu_map::core::markup::page::Page;

/// Writes `pages` as one PDF, with `title` in its properties and a bookmark
/// for each page.
pub fn pdf(title: &str, pages: &[Page]) -> Result<Vec<u8>, String> {
    let mut document = Document::new();
    let mut outline = Outline::new();
    for (i, page) in pages.iter().enumerate() {
        let tree = crate::raster::read_svg(&page.svg)?;
        let size = Size::from_wh(tree.size().width(), tree.size().height())
            .ok_or("a page would be empty")?;
        let mut sheet = document.start_page_with(PageSettings::new(size));
        let mut surface = sheet.surface();
        surface
            .draw_svg(&tree, size, SvgSettings::default())
            .ok_or_else(|| format!("page {} cannot be drawn", i + 1))?;
        surface.finish();
        sheet.finish();
        outline.push_child(OutlineNode::new(
            page.title.clone(),
            XyzDestination::new(i, Point::from_xy(0.0, 0.0)),
        ));
    }
    document.set_outline(outline);
    document.set_metadata(
        Metadata::new()
            .title(title.to_string())
            .language("en-GB".into())
            .creator("rocu-map".into()),
    );
    document
        .finish()
        .map_err(|e| format!("the PDF cannot be written: {e:?}"))
}
