//! The browser side of the shell: the entry point `embed.js` calls, and everything that
//! touches browser APIs outside of rendering (storage, events, URL, clipboard, clock).

pub mod events;
mod mount;
pub mod page;
pub mod storage;

pub use mount::mount;
