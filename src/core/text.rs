//! Text measurement estimates and line wrapping for SVG text, which does not wrap
//! by itself. Widths are estimated from an average glyph width for sans-serif
//! fonts, on the generous side so text fits the box it is given.

/// Average advance of a glyph as a share of the font size.
pub const GLYPH_WIDTH: f64 = 0.58;

/// Estimated width of `text` at font size `size`.
pub fn width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * GLYPH_WIDTH
}

/// Splits `text` into lines no wider than `max_width` at font size `size`,
/// breaking at spaces (a single word longer than a line gets a line of its own).
///
/// ```
/// let lines = rocu_map::core::text::wrap("one two three", 7.0 * 0.58 * 10.0, 10.0);
/// assert_eq!(lines, vec!["one two".to_string(), "three".to_string()]);
/// ```
pub fn wrap(text: &str, max_width: f64, size: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if width(&candidate, size) <= max_width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}
