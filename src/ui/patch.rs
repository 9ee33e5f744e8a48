//! Brings the widget's DOM to a new screen's markup by changing only what differs, so
//! what the browser holds in the nodes it keeps (focus, a caret in a number field, what
//! the visitor ticked, a `<details>` they opened) survives every update of the model.

use js_sys::Array;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, Node};

use crate::browser::html;

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
    match (old.dyn_ref::<Element>(), new.dyn_ref::<Element>()) {
        (Some(old), Some(new)) => ["data-step", "class", "id"]
            .iter()
            .all(|name| old.get_attribute(name) == new.get_attribute(name)),
        (None, None) => true,
        _ => false,
    }
}

/// Moves the children of `new` (a parsed, detached tree) into `old`, keeping each of
/// `old`'s children that is the [`same`] as the one in its place. A screen changes by
/// one part at a time (a hint or an error comes or goes), so a child that came or went
/// is told apart from one that changed by looking one node ahead: the nodes after it
/// keep their identity (a Next button the visitor is on stays the same element).
fn patch_children(old: &Node, new: &Node) {
    let mut kept = old.first_child();
    let mut next = new.first_child();
    while let Some(child) = next {
        next = child.next_sibling();
        kept = match kept {
            Some(current) if same(&current, &child) => {
                patch_node(&current, &child);
                current.next_sibling()
            }
            Some(current) => match current.next_sibling() {
                // `current` went: the one after it is `child`.
                Some(after) if same(&after, &child) => {
                    let _ = old.remove_child(&current);
                    patch_node(&after, &child);
                    after.next_sibling()
                }
                // `child` came: `current` is the one after it.
                _ if next.as_ref().is_some_and(|n| same(&current, n)) => {
                    let _ = old.insert_before(&child, Some(&current));
                    Some(current)
                }
                after => {
                    let _ = old.replace_child(&child, &current);
                    after
                }
            },
            None => {
                let _ = old.append_child(&child);
                None
            }
        };
    }
    while let Some(current) = kept {
        kept = current.next_sibling();
        let _ = old.remove_child(&current);
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

/// Gives `old` the attributes of `new`. A changed `value` or `checked` also changes what
/// the field holds (the attribute alone only sets its default); one that did not change
/// leaves what the visitor typed or ticked alone. A `<details>` stays as open as the
/// visitor left it.
fn patch_attributes(old: &Element, new: &Element) {
    let input = old.dyn_ref::<HtmlInputElement>();
    for name in names(new) {
        let value = new.get_attribute(&name);
        if old.get_attribute(&name) != value {
            let value = value.unwrap_or_default();
            let _ = old.set_attribute(&name, &value);
            match (input, name.as_str()) {
                (Some(input), "value") if input.value() != value => input.set_value(&value),
                (Some(input), "checked") => input.set_checked(true),
                _ => {}
            }
        }
    }
    for name in names(old) {
        if new.has_attribute(&name) || (name == "open" && old.local_name() == "details") {
            continue;
        }
        let _ = old.remove_attribute(&name);
        match (input, name.as_str()) {
            (Some(input), "value") => input.set_value(""),
            (Some(input), "checked") => input.set_checked(false),
            _ => {}
        }
    }
}

/// The names of `element`'s attributes.
fn names(element: &Element) -> Vec<String> {
    let names: Array = element.get_attribute_names();
    names.iter().filter_map(|name| name.as_string()).collect()
}
