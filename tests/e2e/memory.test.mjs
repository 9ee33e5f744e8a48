// A framework inserts and removes <ai-sequencing-diagnostic> on every route change: each
// removal must leave nothing behind. After a warm-up, many more insert → first question →
// remove cycles must not grow the page's DOM nodes, event listeners or Wasm memory (counted
// by the DevTools protocol after a forced garbage collection; Chromium only).
//
// Each widget's listener comes off its root when it is released, and with the widget's
// last handle goes everything it held (src/ui/live.rs). The figures each run measures are
// printed with the result; the Wasm's memory is counted in 64 KiB pages, so
// `.ci/bench.mjs` runs 1,000 cycles to see a leak of a few bytes a cycle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openTab, useBrowserAndDist } from './harness.mjs';
import { counters, countersSession, cycles, CYCLES_PAGE } from './cycles.mjs';

const env = useBrowserAndDist({ pages: CYCLES_PAGE });

/** The counters after a warm-up of 20 cycles and after 60 more. */
async function warmAndLater(tab, cdp) {
  await cycles(tab, 20);
  const warm = await counters(tab, cdp);
  await cycles(tab, 60);
  return [warm, await counters(tab, cdp)];
}

test('inserting and removing the element many times leaves no node or listener behind', async (t) => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}cycles.html`);
  const cdp = await countersSession(context, tab);
  const [warm, later] = await warmAndLater(tab, cdp);
  t.diagnostic(`after 20 cycles ${JSON.stringify(warm)}; after 80 ${JSON.stringify(later)}`);
  assert.deepEqual(
    { nodes: later.nodes, listeners: later.listeners },
    { nodes: warm.nodes, listeners: warm.listeners },
    'after 60 more cycles (left: after them, right: after the warm-up)',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('inserting and removing the element many times keeps the Wasm memory flat', async (t) => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}cycles.html`);
  const cdp = await countersSession(context, tab);
  const [warm, later] = await warmAndLater(tab, cdp);
  t.diagnostic(`Wasm memory after 20 cycles ${warm.wasm} B, after 80 ${later.wasm} B: ${(later.wasm - warm.wasm) / 60} B a cycle`);
  assert.equal(later.wasm, warm.wasm);
  assert.deepEqual(problems, []);
  await context.close();
});
