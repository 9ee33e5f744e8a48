//! The widget's root: the theme's class, the notices, the polite announcement of each
//! new step, and the screen on show.

use yew::prelude::*;

/// The root around `screen`. `announcement` is read out by screen readers when it
/// changes (empty until the visitor has acted, so nothing is read on arrival).
pub(crate) fn frame(
    root_class: &'static str,
    notices: Html,
    announcement: String,
    screen: Html,
) -> Html {
    html! {
        <div class={root_class} part="root">
            { notices }
            <div class="sr-only" aria-live="polite" aria-atomic="true">{ announcement }</div>
            { screen }
        </div>
    }
}
