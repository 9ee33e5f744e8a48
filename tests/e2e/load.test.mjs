// Under load (issue 18): ten widgets on one page, a visitor as fast as a script, and two
// tabs on the same storage key. Under the strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostPage, openTab, requestsTo, useBrowserAndDist } from './harness.mjs';
import { answer, complete, PATHS, resultIds, started, storedRecord } from './widget.mjs';

const TEN = Array.from({ length: 10 }, (_, i) => i);
const PAGES = {
  '/ten.html': hostPage(TEN.map((i) => `<div id="w${i}"></div>
<script type="module" src="embed.js" data-target="#w${i}" data-storage-key="widget-${i}" data-load="eager"></script>`).join('\n')),
  '/one.html': hostPage('<div id="w"></div><script type="module" src="embed.js" data-target="#w" data-load="eager"></script>'),
};

const env = useBrowserAndDist({ pages: PAGES });

test('ten widgets on a page: each usable, each with its own answers, one Wasm download', async () => {
  const { context, tab, problems } = await openTab(env.browser, 'about:blank');
  const wasm = requestsTo(tab, 'aisd_bg.wasm');
  await tab.goto(`${env.server.url}ten.html`);
  const values = ['time-cost', 'reach-growth', 'both'];
  for (const i of TEN) {
    const widget = tab.locator(`#w${i}`);
    await started(widget);
    await answer(widget, 'bottleneck', [values[i % 3]]);
  }
  for (const i of TEN) {
    const expected = values[i % 3] === 'both' ? 'bottleneck-tiebreak' : 'process-cost';
    await tab.locator(`#w${i} form[data-step="${expected}"]`).waitFor();
    const record = await storedRecord(tab, `widget-${i}`);
    assert.ok(record, `widget ${i} kept its answers under its own key`);
  }
  const records = await Promise.all(TEN.map((i) => storedRecord(tab, `widget-${i}`)));
  assert.equal(new Set(records.map((r) => JSON.stringify(r))).size, 3, 'three different answers, three different records');
  assert.equal(wasm.length, 1, wasm.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicks and typing as fast as a script can: no wrong step, no lost answer, no error', async () => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}one.html`);
  await started(tab);
  // 300 alternating ticks, then 100 submits, in one task: the last tick is the answer,
  // and the step advances exactly once.
  await tab.evaluate(() => {
    const root = document.querySelector('#w').shadowRoot;
    for (let i = 0; i < 300; i += 1) {
      root.querySelector(`input[value="${i % 2 ? 'time-cost' : 'reach-growth'}"]`).click();
    }
    for (let i = 0; i < 100; i += 1) root.querySelector('button[type="submit"]').click();
  });
  await tab.locator('form[data-step="process-cost"]').waitFor();
  // The same again, each action in its own task, so renders fall between them.
  await tab.evaluate(async () => {
    const root = document.querySelector('#w').shadowRoot;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (let i = 0; i < 100; i += 1) {
      root.querySelector('button[type="submit"]').click();
      await pause();
    }
    for (let i = 0; i < 100; i += 1) {
      root.querySelector(`input[value="${i % 2 ? 'measured' : 'not-measured'}"]`)?.click();
      if (i === 99) root.querySelector('button[type="submit"]').click();
      await pause();
    }
  });
  await tab.locator('form[data-step="cost-numbers"]').waitFor();
  // Typing: 200 input events, the last value wins.
  await tab.evaluate(async () => {
    const input = document.querySelector('#w').shadowRoot.querySelector('input[name="weekly-hours"]');
    for (let i = 0; i <= 200; i += 1) {
      input.value = String(i % 2 ? 7 : 20);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      if (i % 10 === 0) await Promise.resolve();
    }
  });
  await tab.locator('form[data-step="cost-numbers"] button[type="submit"]').click();
  const rest = PATHS['operations-first via time and cost'].steps.slice(3);
  for (const [name, values] of rest) await answer(tab, name, values);
  assert.deepEqual(await resultIds(tab), {
    verdict: 'operations-first',
    reasons: ['bottleneck-time-cost'],
    warnings: ['error-02'],
  });
  // The answers kept are exactly the path's, with the hours typed last (20, not 7).
  assert.deepEqual(await storedRecord(tab), { v: 1, step: 'result', answers: '1t-mxn01_h20' });
  const steps = await tab.evaluate(() => window.__events.filter((e) => e.name === 'aisd:step').map((e) => e.detail.step));
  assert.deepEqual(steps, ['bottleneck', 'process-cost', 'cost-numbers', 'amplify', 'situation', 'foundation', 'result']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs on one key: the record is always one whole session, the last one changed', async () => {
  const { context, tab: first, problems } = await openTab(env.browser, `${env.server.url}one.html`);
  const second = await context.newPage();
  await second.goto(`${env.server.url}one.html`);
  await started(first);
  await started(second);

  await answer(first, 'bottleneck', ['time-cost']);
  await first.locator('form[data-step="process-cost"]').waitFor();
  await answer(second, 'bottleneck', ['both']);
  await second.locator('form[data-step="bottleneck-tiebreak"]').waitFor();
  // Each tab keeps its own screen; the record is the second's whole session.
  assert.equal(await first.locator('form[data-step="process-cost"]').count(), 1);
  const third = await context.newPage();
  await third.goto(`${env.server.url}one.html`);
  await third.locator('form[data-step="bottleneck-tiebreak"]').waitFor();

  await answer(first, 'process-cost', ['measured']);
  await first.locator('form[data-step="cost-numbers"]').waitFor();
  await third.reload();
  await third.locator('form[data-step="cost-numbers"]').waitFor();
  assert.deepEqual(await storedRecord(third), { v: 1, step: 'cost-numbers', answers: '1t-m----' });
  assert.deepEqual(problems, []);
  await context.close();
});
