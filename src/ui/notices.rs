//! Short, dismissible notices about things the visitor should know but need not act on.

use yew::prelude::*;

use crate::content;
use crate::ui::app::Msg;

/// Something the widget had to work around, told to the visitor once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Stored answers were unreadable (corrupt, foreign or unknown values): fresh start.
    StoredUnreadable,
    /// Stored answers come from a newer version of the widget: fresh start.
    StoredNewer,
    /// `localStorage` is unavailable or refused a write: answers live in memory only.
    StorageUnavailable,
    /// The share link in the URL could not be read: first question shown.
    ShareLinkBroken,
    /// The result on screen comes from a share link.
    SharedResult,
}

impl Notice {
    fn text(self) -> &'static str {
        match self {
            Notice::StoredUnreadable => content::NOTICE_STORED_UNREADABLE,
            Notice::StoredNewer => content::NOTICE_STORED_NEWER,
            Notice::StorageUnavailable => content::NOTICE_STORAGE_UNAVAILABLE,
            Notice::ShareLinkBroken => content::NOTICE_SHARE_LINK_BROKEN,
            Notice::SharedResult => content::NOTICE_SHARED_RESULT,
        }
    }
}

/// The notice area; a polite live region, so notices are read out without stealing focus.
/// A plain function rather than a component: it has no state of its own.
pub fn notices(notices: &[Notice], send: &Callback<Msg>) -> Html {
    html! {
        <div class="notices" role="status">
            { for notices.iter().map(|&notice| {
                let onclick = send.reform(move |_| Msg::Dismiss(notice));
                html! {
                    <div class="notice" part="notice">
                        <p>{ notice.text() }</p>
                        <button type="button" class="link-button" {onclick}>
                            { content::DISMISS }
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}
