//! The smallest set of changes that turns one element tree into another, so
//! the page changes only what an action changed: a new overlay recolours the
//! drawn map without building its shapes again, and keyboard focus stays on
//! the element it was on.
//!
//! ```
//! use rocu_map::core::markup::diff::{diff, Patch};
//! use rocu_map::core::markup::node::Node;
//! let old = Node::svg("g").child(Node::svg("path").attr("fill", "red").attr("d", "M0 0"));
//! let new = Node::svg("g").child(Node::svg("path").attr("fill", "blue").attr("d", "M0 0"));
//! assert_eq!(diff(&old, &new), vec![Patch::Set { path: vec![0], name: "fill", value: "blue".into() }]);
//! ```

use super::node::Node;

/// One change to a built tree. A `path` lists child-element indices from the
/// root (text is not counted: it is the element's own text).
#[derive(Debug, Clone, PartialEq)]
pub enum Patch {
    /// Set an attribute.
    Set {
        /// Where the element is.
        path: Vec<usize>,
        /// Attribute name.
        name: &'static str,
        /// New value.
        value: String,
    },
    /// Remove an attribute.
    Remove {
        /// Where the element is.
        path: Vec<usize>,
        /// Attribute name.
        name: &'static str,
    },
    /// Set (or, with `None`, remove) the element's own text.
    Text {
        /// Where the element is.
        path: Vec<usize>,
        /// The new text.
        text: Option<String>,
    },
    /// Replace the element and everything in it.
    Replace {
        /// Where the element is.
        path: Vec<usize>,
        /// What replaces it.
        node: Node,
    },
    /// Remove `remove` children of the element from index `at`, and put
    /// `nodes` there instead.
    Splice {
        /// Where the element is.
        path: Vec<usize>,
        /// The first child changed.
        at: usize,
        /// How many children go.
        remove: usize,
        /// The children put in their place.
        nodes: Vec<Node>,
    },
}

/// The changes that turn the built tree `old` into `new`.
pub fn diff(old: &Node, new: &Node) -> Vec<Patch> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    walk(old, new, &mut path, &mut out);
    out
}

fn walk(old: &Node, new: &Node, path: &mut Vec<usize>, out: &mut Vec<Patch>) {
    if old.tag != new.tag || old.ns != new.ns {
        out.push(Patch::Replace {
            path: path.clone(),
            node: new.clone(),
        });
        return;
    }
    for (name, value) in &new.attrs {
        if old.get(name) != Some(value.as_str()) {
            out.push(Patch::Set {
                path: path.clone(),
                name,
                value: value.clone(),
            });
        }
    }
    for (name, _) in &old.attrs {
        if new.get(name).is_none() {
            out.push(Patch::Remove {
                path: path.clone(),
                name,
            });
        }
    }
    if old.text != new.text {
        out.push(Patch::Text {
            path: path.clone(),
            text: new.text.clone(),
        });
    }
    // Children that keep their kind (tag, class and id) at the start and the
    // end are changed in place; those between are replaced.
    let (a, b) = (&old.children, &new.children);
    let same = |x: &Node, y: &Node| key(x) == key(y);
    let head = a.iter().zip(b).take_while(|(x, y)| same(x, y)).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| same(x, y))
        .count();
    for i in 0..head {
        path.push(i);
        walk(&a[i], &b[i], path, out);
        path.pop();
    }
    let (gone, come) = (a.len() - head - tail, b.len() - head - tail);
    if gone > 0 || come > 0 {
        out.push(Patch::Splice {
            path: path.clone(),
            at: head,
            remove: gone,
            nodes: b[head..head + come].to_vec(),
        });
    }
    for k in 0..tail {
        let (i, j) = (a.len() - tail + k, b.len() - tail + k);
        path.push(j);
        walk(&a[i], &b[j], path, out);
        path.pop();
    }
}

/// What makes two elements the same kind for [`diff`]: tag, class and id.
fn key(n: &Node) -> (&'static str, Option<&str>, Option<&str>) {
    (n.tag, n.get("class"), n.get("id"))
}

/// True when a patch list rebuilds elements (rather than only changing
/// attributes and text), so references to built elements may be stale.
pub fn rebuilds(patches: &[Patch]) -> bool {
    patches
        .iter()
        .any(|p| matches!(p, Patch::Replace { .. } | Patch::Splice { .. }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(fill: &str, labels: &[&str]) -> Node {
        Node::svg("svg")
            .child(Node::svg("g").attr("fill", fill).attr("class", "rm-region"))
            .child(
                Node::svg("g")
                    .attr("class", "rm-labels")
                    .children(labels.iter().map(|l| Node::svg("text").text(*l))),
            )
    }

    #[test]
    fn same_tree_needs_nothing() {
        assert!(diff(&tree("red", &["A"]), &tree("red", &["A"])).is_empty());
    }

    #[test]
    fn attributes_and_text_change_in_place() {
        let patches = diff(&tree("red", &["A", "B"]), &tree("blue", &["A", "C"]));
        assert_eq!(
            patches,
            vec![
                Patch::Set {
                    path: vec![0],
                    name: "fill",
                    value: "blue".into()
                },
                Patch::Text {
                    path: vec![1, 1],
                    text: Some("C".into())
                },
            ]
        );
        assert!(!rebuilds(&patches));
    }

    #[test]
    fn a_child_added_in_the_middle_is_inserted_and_the_others_kept() {
        let old = Node::html("div")
            .child(Node::html("select").attr("id", "a"))
            .child(Node::html("button").text("Go"));
        let new = Node::html("div")
            .child(Node::html("select").attr("id", "a"))
            .child(Node::html("select").attr("id", "b"))
            .child(Node::html("button").text("Go now"));
        assert_eq!(
            diff(&old, &new),
            vec![
                Patch::Splice {
                    path: vec![],
                    at: 1,
                    remove: 0,
                    nodes: vec![Node::html("select").attr("id", "b")]
                },
                Patch::Text {
                    path: vec![2],
                    text: Some("Go now".into())
                },
            ]
        );
        let back = diff(&new, &old);
        assert_eq!(
            back[0],
            Patch::Splice {
                path: vec![],
                at: 1,
                remove: 1,
                nodes: vec![]
            }
        );
        assert!(rebuilds(&back));
    }

    #[test]
    fn removed_attributes_are_removed() {
        let old = Node::html("p").attr("hidden", "").attr("class", "x");
        let new = Node::html("p").attr("class", "x");
        assert_eq!(
            diff(&old, &new),
            vec![Patch::Remove {
                path: vec![],
                name: "hidden"
            }]
        );
    }

    #[test]
    fn another_tag_replaces_the_element() {
        let old = Node::html("div").child(Node::html("p"));
        let new = Node::html("div").child(Node::html("ul"));
        assert_eq!(
            diff(&old, &new),
            vec![Patch::Splice {
                path: vec![],
                at: 0,
                remove: 1,
                nodes: vec![Node::html("ul")]
            }]
        );
    }
}
