//! Short, dismissible notices about things the visitor should know but need not act on.

use yew::prelude::*;

use crate::content::Words;
use crate::state::{Msg, Notice};

/// The notice area; a polite live region, so notices are read out without stealing focus.
/// A plain function rather than a component: it has no state of its own.
pub(crate) fn notices(w: &Words, notices: &[Notice], send: &Callback<Msg>) -> Html {
    html! {
        <div class="notices" role="status">
            { for notices.iter().map(|&notice| {
                let onclick = send.reform(move |_| Msg::Dismiss(notice));
                html! {
                    <div class="notice" part="notice">
                        <p>{ w.notice(notice) }</p>
                        <button type="button" class="link-button" {onclick}>
                            { w.dismiss }
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}
