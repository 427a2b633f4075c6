//! Flows the slide's HTML (a heading, paragraphs, lists, a term list, a
//! table and a legend with swatches, as `slide::slide` and the compare table
//! build them) into SVG text for a printed page, where nothing wraps by itself.
//! Widths come from the estimates in [`crate::core::layout::text`], which
//! err on the wide side, so the text stays inside its column.

use super::node::Node;
use crate::core::geography::path::fmt1;
use crate::core::layout::text;

/// Ink for text, and for secondary text.
const INK: &str = "#0b0c0c";
const SECONDARY: &str = "#505a5f";
const RED: &str = "#d4351c";
const RULE: &str = "#b1b4b6";

/// How a run of text looks.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Style {
    size: f64,
    bold: bool,
    italic: bool,
    fill: &'static str,
}

impl Style {
    /// The estimated width of `s` in this style (bold glyphs are wider).
    fn width(&self, s: &str) -> f64 {
        text::width(s, self.size) * if self.bold { 1.08 } else { 1.0 }
    }
}

/// A stretch of text in one style.
#[derive(Debug, Clone, PartialEq)]
struct Run {
    text: String,
    style: Style,
}

/// A column that text flows down: it collects the SVG it draws and where the
/// next block starts.
#[derive(Debug)]
pub struct Column {
    x: f64,
    width: f64,
    /// The top of the next block.
    pub y: f64,
    base: f64,
    /// What has been drawn.
    pub drawn: Vec<Node>,
}

/// True when `node` has `class` among its classes.
fn has_class(node: &Node, class: &str) -> bool {
    node.get("class")
        .is_some_and(|c| c.split(' ').any(|x| x == class))
}

impl Column {
    /// A column at `x`, `width` wide, starting at `y`, with body text of `base` points.
    pub fn new(x: f64, y: f64, width: f64, base: f64) -> Column {
        Column {
            x,
            width,
            y,
            base,
            drawn: Vec::new(),
        }
    }

    fn style(&self) -> Style {
        Style {
            size: self.base,
            bold: false,
            italic: false,
            fill: INK,
        }
    }

    /// Flows `node` (and what it holds) into the column.
    pub fn block(&mut self, node: &Node) {
        let style = self.style();
        self.block_in(node, style);
    }

    fn block_in(&mut self, node: &Node, style: Style) {
        if has_class(node, "rm-visually-hidden") {
            return;
        }
        let style = look(node, style);
        match node.tag {
            "h1" | "h2" | "h3" => {
                let style = Style {
                    size: style.size * if node.tag == "h3" { 1.15 } else { 1.4 },
                    bold: true,
                    ..style
                };
                self.paragraph(&inline(node, style), 0.3);
            }
            "p" | "dd" | "dt" | "caption" => self.paragraph(&inline(node, style), 0.35),
            "ul" | "ol" => {
                let bullets = !has_class(node, "rm-slide-legend");
                for li in node.children.iter().filter(|c| c.tag == "li") {
                    self.item(li, style, bullets);
                }
                self.y += style.size * 0.3;
            }
            "dl" => self.terms(node, style),
            "table" => self.table(node, style),
            "svg" => {}
            _ => {
                if let Some(t) = &node.text {
                    self.paragraph(
                        &[Run {
                            text: t.clone(),
                            style,
                        }],
                        0.35,
                    );
                }
                for c in &node.children {
                    self.block_in(c, style);
                }
            }
        }
    }

    /// Text in lines across the column, then `after` times the type size of space.
    fn paragraph(&mut self, runs: &[Run], after: f64) {
        let x = self.x;
        let width = self.width;
        self.lines_at(x, width, runs, "start");
        if let Some(last) = runs.last() {
            self.y += last.style.size * after;
        }
    }

    /// Draws `runs` wrapped to `width` from `x`, moving down the column.
    fn lines_at(&mut self, x: f64, width: f64, runs: &[Run], anchor: &'static str) {
        for line in wrap(runs, width) {
            let size = line.iter().map(|r| r.style.size).fold(0.0, f64::max);
            self.y += size;
            self.drawn.push(text_line(x, self.y, anchor, &line));
            self.y += size * 0.25;
        }
    }

    /// A list item: a bullet (or the item's swatch) and its text, indented.
    fn item(&mut self, li: &Node, style: Style, bullet: bool) {
        let indent = style.size * 1.2;
        let top = self.y;
        let runs = inline(li, style);
        let x = self.x + indent;
        let width = self.width - indent;
        self.lines_at(x, width, &runs, "start");
        if let Some(swatch) = li.children.iter().find(|c| c.tag == "svg") {
            let side = style.size * 0.9;
            let mut s = swatch.clone();
            s.attrs
                .retain(|(n, _)| !matches!(*n, "class" | "aria-hidden"));
            self.drawn.push(
                s.attr("x", fmt1(self.x))
                    .attr("y", fmt1(top + style.size * 0.2))
                    .attr("width", fmt1(side))
                    .attr("height", fmt1(side)),
            );
        } else if bullet {
            self.drawn.push(text_line(
                self.x + style.size * 0.2,
                top + style.size,
                "start",
                &[Run {
                    text: "•".into(),
                    style,
                }],
            ));
        }
    }

    /// A term list: each term in bold with its description beside it.
    fn terms(&mut self, dl: &Node, style: Style) {
        let bold = Style {
            bold: true,
            ..style
        };
        let terms: Vec<&Node> = dl.children.iter().filter(|c| c.tag == "dt").collect();
        let term_width = terms
            .iter()
            .map(|t| bold.width(&plain(t)))
            .fold(0.0, f64::max)
            .min(self.width * 0.45);
        let gap = style.size * 0.75;
        let mut rows = dl.children.iter().peekable();
        while let Some(dt) = rows.next() {
            if dt.tag != "dt" {
                continue;
            }
            let top = self.y;
            let (x, width) = (self.x, term_width);
            self.lines_at(x, width, &inline(dt, bold), "start");
            let after_term = self.y;
            if let Some(dd) = rows.next_if(|n| n.tag == "dd") {
                self.y = top;
                let (x, width) = (self.x + term_width + gap, self.width - term_width - gap);
                self.lines_at(x, width, &inline(dd, style), "start");
            }
            self.y = self.y.max(after_term);
        }
        self.y += style.size * 0.35;
    }

    /// A table: columns as wide as their widest cell, the type made smaller
    /// when that is wider than the column, cells wrapped when it is still too
    /// wide, numbers set right, and a rule under each row.
    fn table(&mut self, table: &Node, style: Style) {
        let rows: Vec<&Node> = table.walk().into_iter().filter(|n| n.tag == "tr").collect();
        let cells = |r: &Node| -> Vec<Node> {
            r.children
                .iter()
                .filter(|c| matches!(c.tag, "th" | "td"))
                .cloned()
                .collect()
        };
        let grid: Vec<Vec<Node>> = rows.iter().map(|r| cells(r)).collect();
        let columns = grid.iter().map(Vec::len).max().unwrap_or(0);
        if columns == 0 {
            return;
        }
        let heads =
            |row: usize, c: &Node| c.tag == "th" && (row == 0 || c.get("scope") == Some("col"));
        let gap = style.size * 0.8;
        let natural = |style: Style| -> Vec<f64> {
            let mut widths = vec![0.0f64; columns];
            for (i, row) in grid.iter().enumerate() {
                for (j, c) in row.iter().enumerate() {
                    let s = Style {
                        bold: heads(i, c),
                        ..style
                    };
                    widths[j] = widths[j].max(s.width(&plain(c)));
                }
            }
            widths
        };
        let wanted: f64 = natural(style).iter().sum::<f64>() + gap * (columns - 1) as f64;
        let shrink = (self.width / wanted).clamp(0.7, 1.0);
        let style = Style {
            size: style.size * shrink,
            ..style
        };
        let gap = gap * shrink;
        let mut widths = natural(style);
        let room = self.width - gap * (columns - 1) as f64;
        let total: f64 = widths.iter().sum();
        if total > room {
            // The widest columns give up the space, down to a fair share each.
            let fair = room / columns as f64;
            let over: f64 = widths.iter().map(|w| (w - fair).max(0.0)).sum();
            let cut = (total - room) / over;
            for w in &mut widths {
                if *w > fair {
                    *w -= (*w - fair) * cut;
                }
            }
        }
        for (i, row) in grid.iter().enumerate() {
            let top = self.y;
            let mut bottom = top;
            let mut x = self.x;
            for (j, c) in row.iter().enumerate() {
                let cell = Style {
                    bold: heads(i, c) || has_class(c, "is-measure"),
                    ..look(c, style)
                };
                let number = has_class(c, "rm-number");
                self.y = top + style.size * 0.2;
                let (at, anchor) = if number {
                    (x + widths[j], "end")
                } else {
                    (x, "start")
                };
                self.lines_at(at, widths[j], &inline(c, cell), anchor);
                bottom = bottom.max(self.y);
                x += widths[j] + gap;
            }
            self.y = bottom + style.size * 0.1;
            self.drawn.push(
                Node::svg("line")
                    .attr("x1", fmt1(self.x))
                    .attr(
                        "x2",
                        fmt1(self.x + widths.iter().sum::<f64>() + gap * (columns - 1) as f64),
                    )
                    .attr("y1", fmt1(self.y))
                    .attr("y2", fmt1(self.y))
                    .attr("stroke", RULE)
                    .attr("stroke-width", "0.75"),
            );
        }
        self.y += style.size * 0.6;
    }
}

/// The style an element gives its text, from its tag and classes.
fn look(node: &Node, style: Style) -> Style {
    let mut s = style;
    if matches!(node.tag, "strong" | "b") {
        s.bold = true;
    }
    if has_class(node, "rm-figure-value") {
        s.size *= 1.6;
        s.bold = true;
    }
    if [
        "rm-no-data",
        "rm-slide-unknown",
        "rm-unknown",
        "rm-not-known",
    ]
    .iter()
    .any(|c| has_class(node, c))
    {
        s.italic = true;
        s.fill = SECONDARY;
    }
    if has_class(node, "rm-slide-region") || has_class(node, "rm-slide-attribution") {
        s.fill = SECONDARY;
        s.size *= 0.85;
    }
    if has_class(node, "rm-page-foot") {
        s.fill = SECONDARY;
    }
    if has_class(node, "rm-banner") {
        s.bold = true;
        s.fill = RED;
    }
    s
}

/// The text runs inside an element, each in its own style; SVG and hidden
/// elements are left out.
fn inline(node: &Node, style: Style) -> Vec<Run> {
    let mut out = Vec::new();
    collect(node, look(node, style), &mut out);
    out
}

fn collect(node: &Node, style: Style, out: &mut Vec<Run>) {
    if let Some(t) = &node.text {
        out.push(Run {
            text: t.clone(),
            style,
        });
    }
    for c in &node.children {
        if c.tag == "svg" || has_class(c, "rm-visually-hidden") {
            continue;
        }
        collect(c, look(c, style), out);
    }
}

/// An element's text, all runs together.
fn plain(node: &Node) -> String {
    inline(
        node,
        Style {
            size: 1.0,
            bold: false,
            italic: false,
            fill: INK,
        },
    )
    .into_iter()
    .map(|r| r.text)
    .collect()
}

/// Splits runs into lines no wider than `width`, breaking at spaces; a word
/// longer than a line gets a line of its own. Spaces are kept inside runs, so
/// "£1.2 million" next to " in 2021" reads as written.
fn wrap(runs: &[Run], width: f64) -> Vec<Vec<Run>> {
    let mut lines: Vec<Vec<Run>> = Vec::new();
    let mut line: Vec<Run> = Vec::new();
    let mut used = 0.0;
    for run in runs {
        // Words with the space before each, so joining them gives the text back.
        let mut words: Vec<String> = Vec::new();
        for (i, piece) in run.text.split(' ').enumerate() {
            if i == 0 {
                words.push(piece.to_string());
            } else {
                words.push(format!(" {piece}"));
            }
        }
        for word in words.into_iter().filter(|w| !w.is_empty()) {
            let w = run.style.width(&word);
            // (A hair over, so a line exactly as wide as the column fits.)
            if used + w > width + 1e-6 && used > 0.0 {
                lines.push(std::mem::take(&mut line));
                let word = word.trim_start().to_string();
                used = run.style.width(&word);
                push(&mut line, &word, run.style);
            } else {
                used += w;
                push(&mut line, &word, run.style);
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Adds `word` to the line, to its last run when the style is the same.
fn push(line: &mut Vec<Run>, word: &str, style: Style) {
    match line.last_mut() {
        Some(last) if last.style == style => last.text.push_str(word),
        _ => line.push(Run {
            text: word.to_string(),
            style,
        }),
    }
}

/// One line of text at (`x`, baseline `y`), a `tspan` for each style after the first.
fn text_line(x: f64, y: f64, anchor: &'static str, runs: &[Run]) -> Node {
    let Some(first) = runs.first() else {
        return Node::svg("g");
    };
    let styled = |n: Node, s: &Style, base: Option<&Style>| {
        let mut n = n;
        if base.is_none_or(|b| b.size != s.size) {
            n = n.attr("font-size", fmt1(s.size));
        }
        if base.is_none_or(|b| b.bold != s.bold) {
            n = n.attr("font-weight", if s.bold { "bold" } else { "normal" });
        }
        if base.is_none_or(|b| b.italic != s.italic) && (s.italic || base.is_some()) {
            n = n.attr("font-style", if s.italic { "italic" } else { "normal" });
        }
        if base.is_none_or(|b| b.fill != s.fill) {
            n = n.attr("fill", s.fill);
        }
        n
    };
    let mut t = Node::svg("text")
        .attr("x", fmt1(x))
        .attr("y", fmt1(y))
        .attr("xml:space", "preserve");
    if anchor != "start" {
        t = t.attr("text-anchor", anchor);
    }
    let mut t = styled(t, &first.style, None).text(first.text.clone());
    for r in &runs[1..] {
        t.children
            .push(styled(Node::svg("tspan"), &r.style, Some(&first.style)).text(r.text.clone()));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> Run {
        Run {
            text: s.into(),
            style: Style {
                size: 10.0,
                bold: false,
                italic: false,
                fill: INK,
            },
        }
    }

    #[test]
    fn lines_break_at_spaces_and_keep_the_text() {
        let width = text::width("one two", 10.0);
        let lines = wrap(&[run("one two three")], width);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|r| r.text.as_str()).collect())
            .collect();
        assert_eq!(text, ["one two", "three"]);
    }

    #[test]
    fn a_word_longer_than_the_line_gets_a_line_of_its_own() {
        let lines = wrap(&[run("a extraordinarily b")], 20.0);
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn runs_in_different_styles_share_a_line() {
        let bold = Run {
            style: Style {
                bold: true,
                ..run("").style
            },
            ..run("£3 million")
        };
        let lines = wrap(&[bold, run(" in 2021")], 500.0);
        assert_eq!(lines.len(), 1);
        let t = text_line(0.0, 10.0, "start", &lines[0]);
        assert_eq!(t.text.as_deref(), Some("£3 million"));
        assert_eq!(t.children[0].text.as_deref(), Some(" in 2021"));
        assert_eq!(t.children[0].get("font-weight"), Some("normal"));
    }

    #[test]
    fn a_table_too_wide_is_set_smaller_and_kept_inside_the_column() {
        let cell = |t: &str| Node::html("td").text(t);
        let row =
            || Node::html("tr").children((0..8).map(|_| cell("a long cell of text in a table")));
        let table = Node::html("table").children((0..3).map(|_| row()));
        let mut col = Column::new(10.0, 0.0, 300.0, 10.0);
        col.block(&table);
        for n in &col.drawn {
            if let Some(x) = n.get("x").and_then(|x| x.parse::<f64>().ok()) {
                assert!((10.0..=310.0).contains(&x), "{x}");
            }
        }
        assert!(col.drawn.iter().any(|n| n.get("font-size") == Some("7")));
    }
}
