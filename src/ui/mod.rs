//! The Yew shell: one component (`App`) holding one model, and the screens as functions
//! of it. They render engine state and turn visitor input into messages; they hold no
//! decision logic: every rule lives in `crate::engine`.

mod app;
mod notices;
mod result;
mod step;

pub(crate) use app::{App, AppProps};
