// Where a widget's answers are kept (spec §6c, data-storage): the one place the widget
// touches Web Storage. It lives in the loader, not the Wasm, because the host API must act
// on storage at once, before the Wasm has arrived (a consent banner's withdrawal does not
// wait for the visitor to scroll). The record itself is opaque here: the Wasm writes it
// and checks it when read back (src/browser/storage.rs, src/engine/record.rs).
import { DEFAULT_STORAGE_KEY, FALLBACK_STORAGE, STORAGE_MODES, isUsableKey } from './contract.js';
import { warn } from './log.js';

// The Web Storage area of each mode that has one; `none` and `consent` keep answers in
// memory only (consent until the page grants storage).
const AREAS = { local: 'localStorage', session: 'sessionStorage' };

// The mode a data-storage value asks for: absent, the default; unknown, a warning and the
// fallback, which keeps the widget working and stores nothing.
export function storageMode(value) {
  if (value === undefined || value === null) return STORAGE_MODES[0];
  if (STORAGE_MODES.includes(value)) return value;
  warn(`storage "${value}" is not one of ${STORAGE_MODES}, so answers are kept in memory only (${FALLBACK_STORAGE}).`);
  return FALLBACK_STORAGE;
}

// Runs `use` on the area of `mode`, if it has one; false when the browser refused (storage
// disabled or sandboxed, quota exceeded): reading `localStorage` itself may throw.
function withArea(mode, use) {
  try {
    if (AREAS[mode]) use(globalThis[AREAS[mode]]);
    return true;
  } catch {
    return false;
  }
}

// One widget's storage under `key` (the Wasm's rule: an unusable key is the default) in
// `mode` (a value that is no mode reads and keeps nothing). `memory` is the record as last
// kept or read (the text; null for none), the only copy under `none` and `consent`.
export function keeper(key, mode) {
  key = isUsableKey(key ?? '') ? key : DEFAULT_STORAGE_KEY;
  let memory = null;
  // Removes the record from every area, wherever an earlier mode put it; nothing at all
  // before consent, which allows no access to storage.
  const forget = () => mode === 'consent' || Object.keys(AREAS).map((area) => withArea(area, (s) => s.removeItem(key)));
  // Read afresh from an area each time (another tab may have answered since).
  const read = () => {
    withArea(mode, (s) => { memory = s.getItem(key); });
    return memory;
  };
  // Keeps `text` (null: forgets); false when the browser refused.
  const keep = (text) => {
    memory = text;
    if (text === null) forget();
    return withArea(mode, (s) => (text === null ? s.removeItem(key) : s.setItem(key, text)));
  };
  return {
    key,
    read,
    keep,
    // Forgets the record, here and in every area (the host API's reset()).
    forget: () => keep(null),
    // Moves to `next`, losing no answer: the record leaves the old area (moving to `none`
    // or `consent` erases it) and is written into the new one, if it has one.
    move(next) {
      const text = read();
      if (AREAS[mode]) forget();
      mode = next;
      if (text !== null) keep(text);
    },
    get mode() {
      return mode;
    },
  };
}
