//! The browser side of the shell: the entry point `embed.js` calls, and everything that
//! touches browser APIs outside of rendering (storage, events, URL, clipboard, clock).

pub(crate) mod events;
pub(crate) mod html;
mod mount;
pub(crate) mod page;
pub(crate) mod storage;

pub use mount::{mount, Widget};

/// The Wasm heap allocator. Single-threaded is sound here: this crate is only built for
/// `wasm32-unknown-unknown` without threads, where nothing can run concurrently.
#[global_allocator]
// SAFETY: see above; the widget never spawns a thread or uses shared memory.
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
