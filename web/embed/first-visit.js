// Whether a widget opens on its first question: the browser runs WebAssembly, nothing is
// stored for it (read through its storage layer: `consent` and `none` read nothing, so a
// visitor before consent always opens on the first question) and the URL has no share
// code for it (the Wasm decides the same way, see src/ui/app.rs). Only then may a static
// first question be shown before the Wasm: a returning visitor or a shared link sees the
// placeholder until their own screen, never a flash of the first question. Storage that
// cannot be read holds nothing for it: the Wasm starts afresh too. Shared by embed.js and
// the standalone page's inline script (web/page/), which decides before the page first
// paints.
import { hasShareCode } from './contract.js';

export function opensOnFirstQuestion(store) {
  return typeof WebAssembly === 'object' && store.read() === null && !hasShareCode(location.hash, store.key);
}
