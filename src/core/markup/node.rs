//! A tiny element tree: what the core hands to the browser (which builds it with
//! `createElementNS` and `textContent`) and to the SVG/HTML string writer.
//! Text is always text: nothing here is parsed as markup.

use std::fmt::Write;

/// Which namespace an element belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// An HTML element.
    Html,
    /// An SVG element.
    Svg,
}

/// The SVG namespace URI.
pub const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// An element with attributes, optional text and children.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// Namespace.
    pub ns: Ns,
    /// Tag name.
    pub tag: &'static str,
    /// Attributes in order.
    pub attrs: Vec<(&'static str, String)>,
    /// Text content, written before the children.
    pub text: Option<String>,
    /// Child elements.
    pub children: Vec<Node>,
}

impl Node {
    /// A new SVG element.
    pub fn svg(tag: &'static str) -> Node {
        Node::new(Ns::Svg, tag)
    }

    /// A new HTML element.
    pub fn html(tag: &'static str) -> Node {
        Node::new(Ns::Html, tag)
    }

    /// A new element. Out of line, like the builders below: inlined at each of
    /// the hundreds of call sites it costs kilobytes of WebAssembly.
    #[inline(never)]
    pub fn new(ns: Ns, tag: &'static str) -> Node {
        Node {
            ns,
            tag,
            attrs: Vec::new(),
            text: None,
            children: Vec::new(),
        }
    }

    /// Adds an attribute.
    pub fn attr(self, name: &'static str, value: impl Into<String>) -> Node {
        self.with_attr(name, value.into())
    }

    // The builders' bodies are kept out of line: inlined at each of the hundreds
    // of call sites they cost several kilobytes of WebAssembly.
    #[inline(never)]
    fn with_attr(mut self, name: &'static str, value: String) -> Node {
        self.attrs.push((name, value));
        self
    }

    /// Sets the text.
    pub fn text(self, text: impl Into<String>) -> Node {
        self.with_text(text.into())
    }

    /// A name from the data as the text: its Welsh form in Welsh where the
    /// data gives one; else the English name, marked `lang="en"` when the map
    /// is in Welsh, so a screen reader reads it as English.
    pub fn name(self, english: &str, welsh: Option<&str>) -> Node {
        self.named(crate::core::lang::name(english, welsh), welsh.is_some())
    }

    /// `text`, a name made from the data's names: marked `lang="en"` when the
    /// map is in Welsh and the data has no Welsh form (`has_welsh` false).
    pub fn named(self, text: impl Into<String>, has_welsh: bool) -> Node {
        let n = self.text(text);
        if has_welsh {
            n
        } else {
            n.in_english()
        }
    }

    /// `sentence` as the text, with `part` in it (the data's own words, such
    /// as a source's title, which are English) marked `lang="en"` when the
    /// map is in Welsh. (In the English map it is plain text.)
    #[cfg_attr(
        all(target_arch = "wasm32", not(feature = "cy")),
        allow(unused_variables)
    )]
    pub fn text_with_english(self, sentence: String, part: &str) -> Node {
        // (Not in the English WebAssembly, which has nothing to mark.)
        #[cfg(any(not(target_arch = "wasm32"), feature = "cy"))]
        return self.text_with_english_names(sentence, &[part]);
        #[cfg(all(target_arch = "wasm32", not(feature = "cy")))]
        self.text(sentence)
    }

    /// `sentence` as the text, with each of `names` in it (in that order)
    /// marked `lang="en"` when the map is in Welsh: the data's names that
    /// have no Welsh form. A name not found is left; so is the sentence in
    /// the English map. (Not in the English WebAssembly.)
    #[cfg(any(not(target_arch = "wasm32"), feature = "cy"))]
    pub fn text_with_english_names(self, sentence: String, names: &[&str]) -> Node {
        if crate::core::lang::current() != crate::core::lang::Lang::Cy {
            return self.text(sentence);
        }
        let mut node = self;
        let mut marked = false;
        let mut rest = sentence.as_str();
        for name in names {
            let Some((before, after)) = around(rest, name) else {
                continue;
            };
            node = match (marked, before.is_empty()) {
                (false, _) => node.text(before),
                (true, true) => node,
                (true, false) => node.child(Node::html("span").text(before)),
            }
            .child(Node::html("span").attr("lang", "en").text(*name));
            marked = true;
            rest = after;
        }
        match (marked, rest.is_empty()) {
            (false, _) => node.text(sentence),
            (true, true) => node,
            (true, false) => node.child(Node::html("span").text(rest)),
        }
    }

    /// Marks the element as English when the map is in Welsh: it holds the
    /// data's own words (a note, a role, a source's title), which are English.
    pub fn in_english(self) -> Node {
        match crate::core::lang::current() {
            crate::core::lang::Lang::En => self,
            crate::core::lang::Lang::Cy => self.attr("lang", "en"),
        }
    }

    /// Marks the element as in the language in use, inside one marked as
    /// English (in the English map there is nothing to mark).
    pub fn in_language(self) -> Node {
        match crate::core::lang::current() {
            crate::core::lang::Lang::En => self,
            welsh => self.attr("lang", welsh.tag()),
        }
    }

    #[inline(never)]
    fn with_text(mut self, text: String) -> Node {
        self.text = Some(text);
        self
    }

    /// Adds a child.
    #[inline(never)]
    pub fn child(mut self, child: Node) -> Node {
        self.children.push(child);
        self
    }

    /// Adds children.
    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Node {
        self.children.extend(children);
        self
    }

    /// The value of an attribute.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The first element (self or a descendant, in document order) with
    /// `class` among its classes.
    ///
    /// ```
    /// use rocu_map::core::markup::node::Node;
    /// let n = Node::html("div").child(Node::html("p").attr("class", "a b").text("x"));
    /// assert_eq!(n.find_class("b").and_then(|p| p.text.as_deref()), Some("x"));
    /// assert!(n.find_class("c").is_none());
    /// ```
    pub fn find_class(&self, class: &str) -> Option<&Node> {
        self.walk().into_iter().find(|n| {
            n.get("class")
                .is_some_and(|c| c.split(' ').any(|x| x == class))
        })
    }

    /// Every descendant (and self) in document order.
    pub fn walk(&self) -> Vec<&Node> {
        let mut out = vec![self];
        for c in &self.children {
            out.extend(c.walk());
        }
        out
    }

    /// The tree as markup. The root SVG element gets its namespace declaration.
    ///
    /// ```
    /// use rocu_map::core::markup::node::Node;
    /// let n = Node::svg("svg").child(Node::svg("text").text("A & <B>"));
    /// assert_eq!(n.to_markup(), "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>A &amp; &lt;B&gt;</text></svg>");
    /// ```
    pub fn to_markup(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, true);
        out
    }

    fn write(&self, out: &mut String, root: bool) {
        let _ = write!(out, "<{}", self.tag);
        if root && self.ns == Ns::Svg && self.tag == "svg" {
            let _ = write!(out, " xmlns=\"{SVG_NS}\"");
        }
        for (name, value) in &self.attrs {
            let _ = write!(out, " {name}=\"{}\"", escape(value));
        }
        if self.text.is_none() && self.children.is_empty() {
            if self.ns == Ns::Svg {
                out.push_str("/>");
            } else if is_void(self.tag) {
                out.push('>');
            } else {
                let _ = write!(out, "></{}>", self.tag);
            }
            return;
        }
        out.push('>');
        if let Some(t) = &self.text {
            out.push_str(&escape(t));
        }
        for c in &self.children {
            c.write(out, false);
        }
        let _ = write!(out, "</{}>", self.tag);
    }
}

fn is_void(tag: &str) -> bool {
    matches!(tag, "br" | "hr" | "img" | "input" | "meta" | "link")
}

/// Escapes text for markup (content and attribute values). Control
/// characters that XML does not allow at all, even escaped (all below U+0020
/// but tab, line feed and carriage return, and the noncharacters U+FFFE and
/// U+FFFF), become U+FFFD, so an SVG always reads back.
///
/// ```
/// use rocu_map::core::markup::node::escape;
/// assert_eq!(escape("a<b & \"c\"\u{0}"), "a&lt;b &amp; &quot;c&quot;\u{fffd}");
/// assert_eq!(escape("\u{fffe}\u{ffff}"), "\u{fffd}\u{fffd}");
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            _ => out.push(c),
        }
    }
    out
}

/// What comes before and after `part` in `text`, if it is there. (A plain
/// scan and `get`: `split_once`'s general string search and slicing's panic
/// message are about 5 KB of the Welsh WebAssembly.)
#[cfg(any(not(target_arch = "wasm32"), feature = "cy"))]
fn around<'a>(text: &'a str, part: &str) -> Option<(&'a str, &'a str)> {
    let at = text
        .as_bytes()
        .windows(part.len().max(1))
        .position(|w| w == part.as_bytes())?;
    Some((text.get(..at)?, text.get(at + part.len()..)?))
}
