// Whether a widget opens on its first question: the browser runs WebAssembly, nothing is
// stored under its storage key and the URL has no share code for it (the Wasm decides the
// same way, see src/ui/app.rs). Only then may a static first question be shown before the
// Wasm: a returning visitor or a shared link sees the placeholder until their own screen,
// never a flash of the first question. A key the Wasm would replace by the default, or
// storage that cannot be read, is left to the Wasm as well. Shared by embed.js and the
// standalone page's inline script (web/page/), which decides before the page first paints.
import { hasShareCode, isUsableKey } from './contract.js';

export function opensOnFirstQuestion(key) {
  if (typeof WebAssembly !== 'object' || !isUsableKey(key)) return false;
  try {
    if (localStorage.getItem(key) !== null) return false;
  } catch {
    return false;
  }
  return !hasShareCode(location.hash, key);
}
