//! The browser side of the shell: the entry point `embed.js` calls, and everything that
//! touches the DOM or browser APIs outside of rendering.

mod mount;

pub use mount::mount;
