//! The Yew shell: one component (`App`) per root element, holding the model of the widget
//! on show, drawn by the views of
//! `crate::views`, and doing what the visitor's controls ask of the browser. It holds no
//! decision logic: every rule lives in `crate::engine`.

mod app;

pub(crate) use app::{App, Remote, RootProps, Settings, Slot};
