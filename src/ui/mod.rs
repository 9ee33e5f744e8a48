//! Yew components: they render engine state and turn visitor input into engine actions.
//! They hold no decision logic: every rule lives in `crate::engine`.

mod app;
mod notices;
mod result;
mod step;

pub use app::{App, AppProps};
