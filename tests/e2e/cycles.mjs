// What a framework does to the widget on every route change, and what it costs: used by
// tests/e2e/memory.test.mjs (a check) and .ci/bench.mjs (1,000 cycles, printed).
import { hostPage } from './harness.mjs';

export const ELEMENT = 'ai-sequencing-diagnostic';

/** An empty app shell that loads element.js, at /cycles.html. */
export const CYCLES_PAGE = {
  '/cycles.html': hostPage(`<script type="module" src="element.js"></script><main id="app"></main>`),
};

/** Inserts the element, waits for its first question, removes it; `times` times. */
export async function cycles(tab, times) {
  await tab.evaluate(async ([name, n]) => {
    const app = document.getElementById('app');
    for (let i = 0; i < n; i += 1) {
      const element = document.createElement(name);
      element.setAttribute('load', 'eager');
      element.setAttribute('storage', 'none');
      const ready = new Promise((resolve) => element.addEventListener('aisd:ready', resolve, { once: true }));
      app.append(element);
      await ready;
      element.remove();
      // The element releases its widget a microtask after it leaves the page.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, [ELEMENT, times]);
}

/**
 * DOM nodes, event listeners, JS heap and Wasm memory of the page (bytes), after a
 * garbage collection, through the DevTools protocol session `cdp` (Performance enabled).
 */
export async function counters(tab, cdp) {
  // Let the page settle (the last cycle's events and timers) before counting.
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  const wasm = await tab.evaluate(async () => {
    // The glue is bundled into embed.js; its module is kept in the page registry. Export
    // names are shortened by the build, so the memory is found by its type.
    const registry = globalThis[Symbol.for('ai-sequencing-diagnostic')];
    const glue = await [...registry.loads.values()][0];
    const exports = await glue.default();
    return Object.values(exports).find((value) => value instanceof WebAssembly.Memory).buffer.byteLength;
  });
  return { nodes, listeners: jsEventListeners, heap, wasm };
}

/** A DevTools protocol session on `tab` that `counters` can read. */
export async function countersSession(context, tab) {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  return cdp;
}
