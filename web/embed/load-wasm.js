// One load per build and page, shared by every widget, every copy of embed.js and
// element.js: the glue and the Wasm are fetched, compiled and instantiated once, and the
// load is kept in the page registry under the glue's versioned address.
import { GLUE, WASM } from './contract.js';
import { failedToLoad, oldBrowser, wasmFailure } from './failures.js';
import { asset } from './files.js';
import { warn } from './log.js';
import { registry } from './registry.js';

// Resolves to the glue's module, its Wasm instantiated.
export function loadWasm() {
  const glueUrl = asset(GLUE);
  registry.loads ??= new Map();
  if (!registry.loads.has(glueUrl)) registry.loads.set(glueUrl, instantiate(glueUrl, asset(WASM)));
  return registry.loads.get(glueUrl);
}

async function instantiate(glueUrl, wasmUrl) {
  if (typeof WebAssembly !== 'object') throw oldBrowser();
  // The Wasm download starts alongside the glue's instead of after it: one round trip less.
  const [module, wasm] = await Promise.all([
    import(glueUrl).catch((error) => failedToLoad(glueUrl, error, 'script-src')),
    fetch(wasmUrl).then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response;
    }).catch((error) => failedToLoad(wasmUrl, error, 'connect-src')),
  ]);
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
