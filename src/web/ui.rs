//! The built widget and the elements an action may change, found once when they
//! are drawn so that an action touches only them: a selection changes two
//! regions' classes, not every region, outline and force.

use web_sys::{Document, Element, HtmlElement};

use super::dom;
use super::error::WebError;
use crate::core::data::model::Network;
use crate::core::markup::details;
use crate::core::markup::diff::{self, Patch};
use crate::core::markup::node::Node;

/// The elements that show one region.
pub(crate) struct RegionParts {
    id: String,
    /// The `g[role=option]`, its outline and, for London, its inset, each
    /// with the classes it was drawn with.
    elements: Vec<(Element, String)>,
}

/// The drawn map: the tree it was built from (to patch it) and its parts.
pub(crate) struct Drawn {
    /// The tree the SVG was last built or patched to.
    tree: Node,
    /// The SVG element.
    pub svg: Element,
    regions: Vec<RegionParts>,
    /// Force code and one of its shapes or hit targets.
    forces: Vec<(String, Element)>,
    /// The keyboard focus ring's paths.
    focus: Vec<Element>,
    /// The group presentation mode zooms.
    pub zoom: Option<Element>,
}

/// A part of the widget rebuilt from a tree: patched in place when the tree
/// changes, so focus and state stay on its elements.
pub(crate) struct Part {
    tree: Node,
    pub element: Element,
}

/// The built widget of one map.
pub(crate) struct Ui {
    pub root: Element,
    pub area: Element,
    pub panel: Element,
    pub live: Element,
    pub tooltip: HtmlElement,
    pub step: Option<Element>,
    /// The key points under the map.
    pub points: Element,
    /// Where a presentation slide's figures go.
    pub slide: Element,
    pub drawn: Drawn,
    pub controls: Part,
    pub compare: Part,
    /// Panels built so far, by region (`None`: the list of regions); shown
    /// again as they are when the region is selected again.
    pub panels: Vec<(Option<String>, Element)>,
    /// The words the tooltip shows now.
    pub tip: Vec<String>,
    /// Where the pointer entered the shape under it (`pointerover`): the
    /// `pointermove` that follows at the same point has nothing new to show.
    pub entered_at: Option<(i32, i32)>,
    /// The map area's width in pixels, from the last layout.
    pub area_width: f64,
    /// The region whose outline the focus ring draws now (the ring is only
    /// drawn while it can be seen: see `effects::ring`).
    pub ring: Option<String>,
}

/// The element at `path` (child-element indices) under `root`.
fn at(root: &Element, path: &[usize]) -> Option<Element> {
    let mut el = root.clone();
    for &i in path {
        el = el.children().item(i as u32)?;
    }
    Some(el)
}

/// Carries out `patches` on the tree built under `root`.
fn patch(doc: &Document, root: &Element, patches: &[Patch]) -> Result<(), WebError> {
    for p in patches {
        match p {
            Patch::Set { path, name, value } => {
                if let Some(el) = at(root, path) {
                    el.set_attribute(name, value)?;
                    choose(&el, name, true);
                }
            }
            Patch::Remove { path, name } => {
                if let Some(el) = at(root, path) {
                    el.remove_attribute(name)?;
                    choose(&el, name, false);
                }
            }
            Patch::Text { path, text } => {
                if let Some(el) = at(root, path) {
                    set_own_text(doc, &el, text.as_deref())?;
                }
            }
            Patch::Replace { path, node } => {
                if let Some(el) = at(root, path) {
                    let fresh = dom::build(doc, node)?;
                    el.replace_with_with_node_1(&fresh)?;
                }
            }
            Patch::Splice {
                path,
                at: first,
                remove,
                nodes,
            } => {
                if let Some(el) = at(root, path) {
                    for _ in 0..*remove {
                        if let Some(c) = el.children().item(*first as u32) {
                            c.remove();
                        }
                    }
                    let before = el.children().item(*first as u32);
                    for n in nodes {
                        let child = dom::build(doc, n)?;
                        el.insert_before(&child, before.as_ref().map(|b| b as &web_sys::Node))?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// An option's `selected` attribute only chooses it until someone has chosen
/// another: the property chooses it whatever has happened.
fn choose(el: &Element, name: &str, on: bool) {
    if name == "selected" && el.tag_name() == "OPTION" {
        let _ = js_sys::Reflect::set(el, &"selected".into(), &on.into());
    }
}

/// Sets an element's own text (its first child, a text node) without touching
/// its child elements.
fn set_own_text(doc: &Document, el: &Element, text: Option<&str>) -> Result<(), WebError> {
    let first = el
        .first_child()
        .filter(|c| c.node_type() == web_sys::Node::TEXT_NODE);
    match (first, text) {
        (Some(t), Some(words)) => t.set_node_value(Some(words)),
        (Some(t), None) => {
            el.remove_child(&t)?;
        }
        (None, Some(words)) => {
            el.insert_before(&doc.create_text_node(words), el.first_child().as_ref())?;
        }
        (None, None) => {}
    }
    Ok(())
}

impl Part {
    /// A part already built from `tree`.
    pub fn adopt(element: Element, tree: Node) -> Part {
        Part { tree, element }
    }

    /// Changes the built part to `tree`, touching only what differs.
    pub fn update(&mut self, doc: &Document, tree: Node) -> Result<(), WebError> {
        patch(doc, &self.element, &diff::diff(&self.tree, &tree))?;
        self.tree = tree;
        Ok(())
    }
}

impl Drawn {
    /// Builds the SVG for `tree` and finds its parts.
    pub fn build(doc: &Document, tree: Node) -> Result<Drawn, WebError> {
        let svg = dom::build(doc, &tree)?;
        Ok(Drawn::index(svg, tree))
    }

    fn index(svg: Element, tree: Node) -> Drawn {
        // The elements come in document order, as the tree lists them, so
        // ids and classes as drawn are read from the tree, not the page
        // (where an element patched in place still carries its marks).
        let nodes = tree.walk();
        let drawn = |attr: &str| -> Vec<(Element, String, String)> {
            let with: Vec<&&Node> = nodes.iter().filter(|n| n.get(attr).is_some()).collect();
            dom::all(&svg, &format!("[{attr}]"))
                .into_iter()
                .zip(with)
                .map(|(el, n)| {
                    let id = n.get(attr).unwrap_or_default().to_string();
                    (el, id, n.get("class").unwrap_or_default().to_string())
                })
                .collect()
        };
        let mut regions: Vec<RegionParts> = Vec::new();
        for attr in ["data-region", "data-outline", "data-inset-region"] {
            for (el, id, class) in drawn(attr) {
                match regions.iter_mut().find(|r| r.id == id) {
                    Some(r) => r.elements.push((el, class)),
                    None => regions.push(RegionParts {
                        id,
                        elements: vec![(el, class)],
                    }),
                }
            }
        }
        let forces = drawn("data-force")
            .into_iter()
            .map(|(el, code, _)| (code, el))
            .collect();
        Drawn {
            regions,
            forces,
            focus: dom::all(&svg, ".rm-focus path"),
            zoom: dom::one(&svg, ".rm-zoom"),
            svg,
            tree,
        }
    }

    /// Changes the drawn SVG to `tree` in place (a new overlay or layout),
    /// keeping the element, its focus and its marks. True when elements were
    /// rebuilt, so marks must be drawn again.
    pub fn update(&mut self, doc: &Document, tree: Node) -> Result<bool, WebError> {
        let patches = diff::diff(&self.tree, &tree);
        patch(doc, &self.svg, &patches)?;
        let rebuilt = diff::rebuilds(&patches);
        if rebuilt {
            *self = Drawn::index(self.svg.clone(), tree);
        } else {
            self.tree = tree;
        }
        Ok(rebuilt)
    }

    /// Shows whether a region is selected and hovered.
    pub fn mark_region(&self, id: &str, selected: bool, hover: bool) {
        let Some(parts) = self.regions.iter().find(|r| r.id == id) else {
            return;
        };
        // The whole class attribute in one call, rather than a call to the
        // class list per mark: this runs on every hover.
        let mut marks = String::new();
        if selected {
            marks.push_str(" is-selected");
        }
        if hover {
            marks.push_str(" is-hover");
        }
        for (i, (el, class)) in parts.elements.iter().enumerate() {
            let _ = el.set_attribute("class", &format!("{class}{marks}"));
            // The first is the option (`[data-region]` is found first).
            if i == 0 {
                let _ = el.set_attribute("aria-selected", if selected { "true" } else { "false" });
            }
        }
    }

    /// Shows whether a force is highlighted.
    pub fn mark_force(&self, code: &str, on: bool) {
        for (_, el) in self.forces.iter().filter(|(c, _)| c == code) {
            dom::toggle(el, "is-force-selected", on);
        }
    }

    /// Puts the keyboard focus ring on `outline` (a region's outline path data)
    /// and names the active option.
    pub fn mark_active(&self, option: Option<&str>) {
        match option {
            Some(id) => {
                let _ = self.svg.set_attribute("aria-activedescendant", id);
            }
            None => {
                let _ = self.svg.remove_attribute("aria-activedescendant");
            }
        }
    }

    /// Draws the keyboard focus ring along `outline` (path data).
    pub fn draw_ring(&self, outline: &str) {
        for p in &self.focus {
            let _ = p.set_attribute("d", outline);
        }
    }

    /// True when the map shows keyboard focus (the ring is visible).
    pub fn focus_visible(&self) -> bool {
        self.svg.matches(":focus-visible").unwrap_or(true)
    }
}

impl Ui {
    /// True when the panel for a selection has been built.
    pub fn has_panel(&self, region: Option<&str>) -> bool {
        self.panels.iter().any(|(r, _)| r.as_deref() == region)
    }

    /// The panel for a selection (`None`: the list of regions): built the
    /// first time, then the same elements again.
    pub fn panel_for(
        &mut self,
        doc: &Document,
        network: &Network,
        region: Option<&str>,
        prefix: &str,
    ) -> Result<Element, WebError> {
        if let Some((_, el)) = self.panels.iter().find(|(r, _)| r.as_deref() == region) {
            return Ok(el.clone());
        }
        let el = dom::build(doc, &details::panel(network, region, None, prefix))?;
        self.panels.push((region.map(String::from), el.clone()));
        Ok(el)
    }
}
