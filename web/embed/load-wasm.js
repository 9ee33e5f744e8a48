// One load per build and page, shared by every widget, every copy of embed.js and
// element.js: the Wasm is fetched, compiled and instantiated once, and the load is kept
// in the page registry under the Wasm's versioned address. The JS glue that wasm-bindgen
// writes for it is bundled into embed.js (the build resolves `aisd-glue` to it): one
// request fewer, and the glue is covered by whatever checks embed.js itself.
import * as glue from 'aisd-glue';
import { WASM } from './contract.js';
import { notLoaded, oldBrowser, wasmFailure } from './failures.js';
import { asset, integrity } from './files.js';
import { warn } from './log.js';
import { registry } from './registry.js';

// Resolves to the glue's module, its Wasm instantiated. (A second copy of embed.js on the
// page, with its own copy of the glue, uses the first copy's.)
export function loadWasm() {
  const wasmUrl = asset(WASM);
  registry.loads ??= new Map();
  if (!registry.loads.has(wasmUrl)) registry.loads.set(wasmUrl, instantiate(glue, wasmUrl));
  return registry.loads.get(wasmUrl);
}

async function instantiate(module, wasmUrl) {
  if (typeof WebAssembly !== 'object') throw oldBrowser();
  // Checked against this release's hash: a Wasm changed on its way never runs.
  const hash = integrity(WASM);
  const wasm = await fetch(wasmUrl, { integrity: hash }).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response;
  }).catch(async (error) => {
    throw await notLoaded(wasmUrl, error, 'connect-src', hash && !/^HTTP/.test(error.message));
  });
  // Streaming compilation insists on the right type; anything else (a proxy that
  // rewrites it) is compiled once it has all arrived, slower but still working.
  const type = wasm.headers.get('Content-Type');
  let source = wasm;
  if (!/^application\/wasm\b/.test(type ?? '')) {
    warn(`${wasmUrl} is served as ${type}, so it is compiled only after it has fully arrived. Serve .wasm files as application/wasm to compile while downloading.`);
    source = await wasm.arrayBuffer();
  }
  try {
    await module.default({ module_or_path: source });
  } catch (error) {
    throw wasmFailure(error, wasmUrl);
  }
  performance.mark('aisd:wasm-ready');
  return module;
}
