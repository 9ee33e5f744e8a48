// A framework inserts and removes <ai-sequencing-diagnostic> on every route change: each
// removal must leave nothing behind. After a warm-up, many more insert → first question →
// remove cycles must not grow the page's DOM nodes, event listeners or Wasm memory (counted
// by the DevTools protocol after a forced garbage collection; Chromium only).
//
// Known to fail, so marked as a to-do rather than left out: Yew 0.23 registers its event
// delegation listeners on each app's root element and forgets their closures on purpose
// (yew/src/dom_bundle/subtree_root.rs, `HostHandlers::add_listener`: "Never drop the
// closure as this event handler is static"), so every unmounted app keeps its root
// element, two listeners (submit and change, on the first question) and the closures'
// memory. The figures each run measures are printed with the result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostPage, openTab, useBrowserAndDist } from './harness.mjs';

const ELEMENT = 'ai-sequencing-diagnostic';
const env = useBrowserAndDist({
  pages: { '/cycles.html': hostPage(`<script type="module" src="element.js"></script><main id="app"></main>`) },
});

/** Inserts the element, waits for its first question, removes it; `times` times. */
async function cycles(tab, times) {
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

/** DOM nodes, event listeners and Wasm memory of the page, after a garbage collection. */
async function counters(tab, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const wasm = await tab.evaluate(async () => {
    const registry = globalThis[Symbol.for('ai-sequencing-diagnostic')];
    const glue = await [...registry.loads.values()][0];
    const exports = await glue.default();
    return Object.values(exports).find((value) => value instanceof WebAssembly.Memory).buffer.byteLength;
  });
  return { nodes, listeners: jsEventListeners, wasm };
}

const YEW_LEAK = "Yew 0.23 forgets each app's root listeners (see the comment at the top)";

test('inserting and removing the element many times leaves no node, listener or Wasm memory behind', { todo: YEW_LEAK }, async (t) => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}cycles.html`);
  const cdp = await context.newCDPSession(tab);
  await cycles(tab, 20);
  const warm = await counters(tab, cdp);
  await cycles(tab, 60);
  const later = await counters(tab, cdp);
  t.diagnostic(`after 20 cycles ${JSON.stringify(warm)}; after 80 ${JSON.stringify(later)}; per cycle: ${(later.nodes - warm.nodes) / 60} nodes, ${(later.listeners - warm.listeners) / 60} listeners, ${(later.wasm - warm.wasm) / 60} B of Wasm memory`);
  assert.deepEqual(later, warm, 'after 60 more cycles (left: after them, right: after the warm-up)');
  assert.deepEqual(problems, []);
  await context.close();
});
