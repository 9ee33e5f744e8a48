//! AI Sequencing Diagnostic: a self-assessment widget that recommends whether a
//! company should start its AI work with operations AI, growth AI, or a process audit.
//!
//! See `ARCHITECTURE.md` for the map: `engine` is the pure decision model, `ui` and
//! `browser` are the thin shell that only exists on `wasm32`.

// The public surface is what the native and component tests drive: the engine, the
// widget's state machine, its words, the markup it shows (cards and report) and the
// embed options. Everything else is crate-private, so the compiler reports what nothing
// uses.
#![warn(unreachable_pub)]

pub mod choices;
pub mod content;
pub mod contract;
pub mod cta;
pub mod engine;
pub mod options;
pub mod reconcile;
pub mod report;
pub mod share_link;
pub mod state;

pub mod views;

mod markup;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
pub use browser::{mount, Widget};
