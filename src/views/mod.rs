//! The screens as Yew views: plain functions of the widget's model that draw it and turn
//! what the visitor does into messages. They touch no browser API, so they compile on
//! every target: the Wasm renders them live, and the native build renders the first
//! screen from them into static HTML (see [`first_screen`]).

mod frame;
mod notices;
mod step;

#[cfg(not(target_arch = "wasm32"))]
pub mod first_screen;

pub(crate) use frame::frame;
pub(crate) use notices::notices;
pub(crate) use step::view as step;
