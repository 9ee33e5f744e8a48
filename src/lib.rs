//! AI Sequencing Diagnostic: a self-assessment widget that recommends whether a
//! company should start its AI work with operations AI, growth AI, or a process audit.
//!
//! See `ARCHITECTURE.md` for the map: `engine` is the pure decision model, `ui` and
//! `browser` are the thin shell that only exists on `wasm32`.

pub mod choices;
pub mod content;
pub mod embedding;
pub mod engine;
pub mod markup;
pub mod report;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
mod ui;

#[cfg(target_arch = "wasm32")]
pub use browser::mount;
