// The page registry: the one global this file adds, keyed by a symbol. Shared by every
// copy of embed.js on the page (a second copy with another query string is a separate
// module) and by the Wasm, so no script tag or target is ever mounted twice, the Wasm is
// loaded once (`loads`) and there is one Trusted Types policy (`policy`).
import { NAME } from './contract.js';

export const registry = (globalThis[Symbol.for(NAME)] ??= {
  scripts: new WeakSet(),
  targets: new WeakSet(),
});
