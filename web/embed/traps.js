// A bug that panics in the Wasm is a trap (a `WebAssembly.RuntimeError`), after which every
// widget of this build stops responding. Rather than leave them frozen, each one says so.
// Only traps in this build's Wasm count: its URL is in the error's stack.
import { WASM } from './contract.js';
import { asset } from './files.js';
import { error } from './log.js';

const stopped = new Set();
let watching = false;

// Runs `stop` if this build's Wasm traps; returns the function that forgets it.
export function whenTrapped(stop) {
  if (!watching) watch();
  stopped.add(stop);
  return () => stopped.delete(stop);
}

function watch() {
  watching = true;
  const wasm = asset(WASM);
  const check = (problem) => {
    if (!(problem instanceof WebAssembly.RuntimeError) || !String(problem.stack).includes(wasm)) return;
    error(`stopped after an internal error (${problem.message}).`);
    for (const stop of stopped) stop();
    stopped.clear();
  };
  addEventListener('error', (event) => check(event.error));
  addEventListener('unhandledrejection', (event) => check(event.reason));
}
