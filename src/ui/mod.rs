//! The Yew shell: one component (`App`) holding one model, drawn by the views of
//! `crate::views`, and doing what the visitor's controls ask of the browser. It holds no
//! decision logic: every rule lives in `crate::engine`.

mod app;

pub(crate) use app::{App, AppProps, Remote};
