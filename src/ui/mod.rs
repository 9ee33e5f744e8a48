//! The shell's drawing side: each widget's one model (`live`), every screen drawn from it
//! by `crate::views` and brought onto the page by `patch`, what the visitor does read
//! back from DOM events (`listen`), and what the result's controls ask of the browser
//! (`controls`). It holds no decision logic: every rule lives in `crate::engine`.

mod controls;
mod listen;
mod live;
mod patch;

pub(crate) use listen::listen;
pub(crate) use live::{Live, Settings};
