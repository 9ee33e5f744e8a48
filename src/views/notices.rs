//! Short, dismissible notices about things the visitor should know but need not act on.

use crate::content::Words;
use crate::markup::Markup;
use crate::state::Notice;

/// What finds a notice's Dismiss button from a click's target, for the shell, which
/// tells the notice by its place among the notices.
#[cfg(target_arch = "wasm32")]
pub(crate) const DISMISS: &str = ".notice > button";

/// The notice area; a polite live region, so notices are read out without stealing focus.
pub(crate) fn notices(m: &mut Markup, w: &Words, notices: &[Notice]) {
    m.open("div", &[("role", "status"), ("class", "notices")]);
    for &notice in notices {
        m.open("div", &[("part", "notice"), ("class", "notice")])
            .element("p", &[], w.notice(notice))
            .element(
                "button",
                &[("type", "button"), ("class", "link-button")],
                w.dismiss,
            )
            .close("div");
    }
    m.close("div");
}
