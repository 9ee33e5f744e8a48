//! The widget's root: the theme's class, the notices, the polite announcement of each
//! new step, and the screen on show.

use crate::markup::Markup;

/// Writes the root around what `screen` writes. `announcement` is read out by screen
/// readers when it changes (empty until the visitor has acted, so nothing is read on
/// arrival).
pub(crate) fn frame(
    m: &mut Markup,
    root_class: &'static str,
    notices: impl FnOnce(&mut Markup),
    announcement: &str,
    screen: impl FnOnce(&mut Markup),
) {
    m.open("div", &[("part", "root"), ("class", root_class)]);
    notices(m);
    m.element(
        "div",
        &[
            ("aria-live", "polite"),
            ("aria-atomic", "true"),
            ("class", "sr-only"),
        ],
        announcement,
    );
    screen(m);
    m.close("div");
}
