// The page registry: the one global this file adds, keyed by a symbol. Shared by every
// copy of embed.js on the page (a second copy with another query string is a separate
// module) and by the Wasm, so no script tag or target is ever mounted twice, the Wasm is
// loaded once (`loads`) and there is one Trusted Types policy (`policy`). `widgets` maps
// each host element to its widget's controller, for the host API (host-api.js).
import { NAME } from './contract.js';

export const registry = (globalThis[Symbol.for(NAME)] ??= {
  scripts: new WeakSet(),
  targets: new WeakSet(),
});
// Not in the literal: a copy of an older build may have made the registry.
registry.widgets ??= new WeakMap();
