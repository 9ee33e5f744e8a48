//! The Yew shell: one component (`App`) holding one model, drawn by the views of
//! `crate::views` (and the result's, here until it reads no browser API while drawing).
//! It holds no decision logic: every rule lives in `crate::engine`.

mod app;
mod result;

pub(crate) use app::{App, AppProps};
