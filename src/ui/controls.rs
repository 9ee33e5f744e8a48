//! What the result's controls ask of the browser: a change of step or a start over goes
//! to the model; printing, the calendar file, the call to action's event (on the host
//! element) and the clipboard are the page's.

use std::rc::Rc;

use web_sys::Element;

use crate::browser::{events, page};
use crate::engine::{encode_share, Action, Stamp};
use crate::report::{calendar, Control};
use crate::share_link::share_url;
use crate::state::{CopyStatus, Msg};
use crate::ui::live::Live;
use crate::views::result_cta;

/// Does what `control` asks; `element` is the control's own. Returns `false` when the
/// click's default must not happen: the page cancelled `aisd:cta` to open its own
/// booking dialog.
pub(crate) fn run_control(live: &Rc<Live>, element: &Element, control: Control) -> bool {
    let model = live.model();
    let Some(outcome) = model.outcome.as_deref() else {
        return true;
    };
    let settings = &live.settings;
    let (locale, options) = (&settings.locale, &settings.options);
    let key = &options.storage_key;
    match control {
        Control::Change(step) => live.send(Msg::Act(Action::Edit(step))),
        Control::StartOver => live.send(Msg::Act(Action::StartOver)),
        Control::Print => page::print(),
        Control::AddToCalendar => {
            // Day precision is enough: a calendar importing the file matches events by
            // UID, and DTSTAMP only has to be a valid UTC moment.
            let today = model.page.today;
            let stamp = Stamp {
                date: today,
                seconds: 0,
            };
            let file = calendar(locale, outcome, today, key, stamp);
            page::download(element, locale.calendar_file, "text/calendar", &file);
        }
        Control::Cta => {
            let answers = &model.session.answers;
            if let Some(cta) = result_cta(options, outcome, answers, &model.page, locale) {
                return events::cta(&settings.host, outcome, &cta.href);
            }
        }
        Control::CopyLink => {
            // Read and built on click, not on every draw: most visitors never copy it.
            let url = share_url(&page::url(), key, &encode_share(&model.session.answers));
            let live = Rc::clone(live);
            wasm_bindgen_futures::spawn_local(async move {
                let copied = page::copy_text(&url).await;
                live.send(Msg::Copied(if copied {
                    CopyStatus::Copied
                } else {
                    CopyStatus::Refused(url)
                }));
            });
        }
    }
    true
}
