//! Yew components: they render engine state and turn visitor input into engine actions.

mod app;

pub use app::{App, AppProps};
