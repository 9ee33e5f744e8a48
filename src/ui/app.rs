//! The root component.

use web_sys::Element;
use yew::prelude::*;

/// Properties the mount function passes to the root component.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The host page's element, which receives the widget's events.
    pub host: Element,
}

/// The whole widget.
#[function_component(App)]
pub fn app(_props: &AppProps) -> Html {
    html! { <h2 part="heading">{ "AI Sequencing Diagnostic" }</h2> }
}
