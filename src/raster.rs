//! Reading the map's SVG for the command line's PNG and PDF output, and PNG
//! output: the SVG drawn by `resvg` (pure Rust), with Liberation Sans
//! (metric-compatible with Arial, SIL Open Font License, `data/fonts/`) built
//! in, so the picture does not depend on the machine's fonts.

use resvg::{tiny_skia, usvg};

const REGULAR: &[u8] = include_bytes!("../data/fonts/LiberationSans-Regular.ttf");
const BOLD: &[u8] = include_bytes!("../data/fonts/LiberationSans-Bold.ttf");

/// Reads an SVG document with the bundled fonts as the only fonts.
pub fn read_svg(svg: &str) -> Result<usvg::Tree, String> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    fonts.load_font_data(REGULAR.to_vec());
    fonts.load_font_data(BOLD.to_vec());
    // The SVG asks for Arial, Helvetica, sans-serif: only the bundled font is known,
    // so every family falls back to it.
    fonts.set_sans_serif_family("Liberation Sans");
    usvg::Tree::from_str(svg, &options).map_err(|e| format!("the SVG cannot be read: {e}"))
}

/// Draws an SVG document as PNG bytes at `scale` times its size.
pub fn png(svg: &str, scale: f32) -> Result<Vec<u8>, String> {
    if !(scale > 0.0 && scale <= 8.0) {
        return Err(format!(
            "--scale {scale} is out of range: use more than 0, up to 8"
        ));
    }
    let tree = read_svg(svg)?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or("the picture would be empty")?;
    let mut pixmap =
        tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("the picture is too large")?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("the PNG cannot be written: {e}"))
}
