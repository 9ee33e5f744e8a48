//! Brings the widget's DOM to a new screen's markup by changing only what differs, so
//! what the browser holds in the nodes it keeps (focus, a caret in a number field, what
//! the visitor ticked, a `<details>` they opened) survives every update of the model.

use js_sys::Array;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

use crate::browser::html;
use crate::reconcile::{reconcile, Change};

/// Makes the children of `root` what `markup` (from `crate::views`) describes. `false`
/// when the page refused the markup (see `browser::html`), and nothing changed.
pub(crate) fn patch(root: &Element, markup: &str) -> bool {
    let Some(scratch) = root
        .owner_document()
        .and_then(|document| document.create_element("div").ok())
    else {
        return false;
    };
    if !html::set_html(&scratch, markup) {
        return false;
    }
    patch_children(root, &scratch);
    true
}

/// Whether `old` can be kept and changed into `new`: the same kind of node with the same
/// tag, class and id, and the same step for a step's form (each step gets fresh inputs,
/// since what the browser holds in the last step's would not belong to it).
fn same(old: &Node, new: &Node) -> bool {
    if old.node_name() != new.node_name() {
        return false;
    }
    // The same name: both texts, or both elements.
    let (Some(old), Some(new)) = (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) else {
        return true;
    };
    ["data-step", "class", "id"]
        .iter()
        .all(|name| old.get_attribute(name) == new.get_attribute(name))
}

/// The children of `parent`, in order.
fn children(parent: &Node) -> Vec<Node> {
    let mut children = Vec::new();
    let mut next = parent.first_child();
    while let Some(child) = next {
        next = child.next_sibling();
        children.push(child);
    }
    children
}

/// Moves the children of `new` (a parsed, detached tree) into `old` as
/// [`reconcile`] says: each of `old`'s children kept is changed into its new one.
fn patch_children(old: &Node, new: &Node) {
    let (before, after) = (children(old), children(new));
    let changes = reconcile(before.len(), after.len(), |o, n| {
        same(&before[o], &after[n])
    });
    for change in changes {
        match change {
            Change::Keep(o, n) => patch_node(&before[o], &after[n]),
            Change::Drop(o) => {
                let _ = old.remove_child(&before[o]);
            }
            Change::Insert(n, at) => {
                let _ = old.insert_before(&after[n], at.and_then(|o| before.get(o)));
            }
        }
    }
}

/// Changes `old` into `new`, which is the [`same`] kind of node: a text's words, or an
/// element's attributes and then its children. Most of a screen is unchanged by any one
/// message, and the browser tells an equal subtree in one call, far quicker than reading
/// its attributes one by one.
fn patch_node(old: &Node, new: &Node) {
    if old.is_equal_node(Some(new)) {
        return;
    }
    match (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) {
        (Some(old), Some(new)) => {
            patch_attributes(old, new);
            patch_children(old, new);
        }
        _ => {
            let text = new.node_value();
            if old.node_value() != text {
                old.set_node_value(text.as_deref());
            }
        }
    }
}

/// Gives `old` the attributes of `new`. A `checked` that goes also unticks the box (the
/// attribute alone only sets its default): the page started over on the step on show. The
/// attributes never tick a box, nor set a field's text, that the visitor has not: a
/// step's answers and numbers change only by what they tick and type, which the browser
/// already shows. An `open` stays as the visitor left it (only a `<details>` has one).
fn patch_attributes(old: &Element, new: &Element) {
    for name in names(new) {
        let value = new.get_attribute(&name);
        if old.get_attribute(&name) != value {
            let _ = old.set_attribute(&name, &value.unwrap_or_default());
        }
    }
    for name in names(old) {
        if new.has_attribute(&name) || name == "open" {
            continue;
        }
        let _ = old.remove_attribute(&name);
        if let (Some(input), "checked") = (old.dyn_ref::<HtmlInputElement>(), name.as_str()) {
            input.set_checked(false);
        }
    }
}

/// The names of `element`'s attributes.
fn names(element: &Element) -> Vec<String> {
    let names: Array = element.get_attribute_names();
    names.iter().filter_map(|name| name.as_string()).collect()
}
