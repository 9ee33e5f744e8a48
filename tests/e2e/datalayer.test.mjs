// Analytics with no code (spec §6a): data-datalayer pushes one entry per aisd:* event to
// Google Tag Manager's data layer, ids only, derived from the events; nothing without the
// attribute; hostile names give a warning and a safe default. Under the strict CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostPage, openTab, useBrowserAndDist } from './harness.mjs';
import { answer, complete, PATHS, started } from './widget.mjs';

const CTA = 'data-cta-href="/contact?v={verdict}"';
const widget = (attributes, id = 'w') => `<div id="${id}"></div>
<script type="module" src="embed.js" data-target="#${id}" data-load="eager" ${attributes}></script>`;

const PAGES = {
  '/gtm.html': hostPage(widget(`data-datalayer ${CTA}`)),
  '/renamed.html': hostPage(widget('data-datalayer="analyticsQueue"')),
  '/none.html': hostPage(widget(CTA)),
  '/hostile.html': hostPage(`${widget('data-datalayer="location" data-storage-key="a"', 'a')}
${widget('data-datalayer="no such name();" data-storage-key="b"', 'b')}`),
};

const env = useBrowserAndDist({ pages: PAGES });

/** The entry a data layer should hold for one recorded aisd:* event. */
function expectedEntry({ name, detail }) {
  return {
    event: name.replace(':', '_'),
    aisd_step: detail.step ?? 'result',
    aisd_verdict: detail.verdict,
    aisd_reasons: detail.reasons?.join(','),
    aisd_warnings: detail.warnings?.join(','),
  };
}

test('each aisd:* event becomes one data layer entry with ids only', async () => {
  // GTM replaces dataLayer.push once it loads; entries must go through that push.
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}gtm.html`, {
    init: () => {
      window.dataLayer = [{ event: 'gtm.js' }];
      window.__pushed = 0;
      window.dataLayer.push = function push(...entries) {
        window.__pushed += entries.length;
        return Array.prototype.push.apply(this, entries);
      };
    },
  });
  const path = PATHS['growth-first via scenario B'];
  await started(tab);
  await complete(tab, path);
  await tab.locator('a[data-action="cta"]').first().click();

  const { layer, events, pushed } = await tab.evaluate(() => ({
    layer: window.dataLayer.slice(1).map((entry) => ({ ...entry })),
    events: window.__events,
    pushed: window.__pushed,
  }));
  assert.equal(pushed, layer.length, 'every entry went through dataLayer.push');
  assert.deepEqual(layer, events.map(expectedEntry));
  assert.deepEqual(layer.map((e) => e.event), [
    'aisd_ready', ...path.steps.map(() => 'aisd_step'), 'aisd_step', 'aisd_complete', 'aisd_cta',
  ]);
  assert.deepEqual(layer.at(-2), {
    event: 'aisd_complete',
    aisd_step: 'result',
    aisd_verdict: 'growth-first',
    aisd_reasons: 'scenario-b',
    aisd_warnings: '',
  });
  assert.equal(layer.at(-1).aisd_verdict, 'growth-first');
  // The typed hours (12) and cost (40) never reach analytics.
  assert.doesNotMatch(JSON.stringify(layer), /\b(12|40)\b/);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a named data layer is created if absent; without the attribute nothing is', async () => {
  const renamed = await openTab(env.browser, `${env.server.url}renamed.html`);
  await started(renamed.tab);
  await answer(renamed.tab, 'bottleneck', ['time-cost']);
  await renamed.tab.locator('form[data-step="process-cost"]').waitFor();
  assert.deepEqual(
    await renamed.tab.evaluate(() => ({
      queue: window.analyticsQueue.map((e) => `${e.event} ${e.aisd_step}`),
      dataLayer: typeof window.dataLayer,
    })),
    { queue: ['aisd_ready bottleneck', 'aisd_step bottleneck', 'aisd_step process-cost'], dataLayer: 'undefined' },
  );
  assert.deepEqual(renamed.problems, []);
  await renamed.context.close();

  const none = await openTab(env.browser, `${env.server.url}none.html`);
  await started(none.tab);
  await complete(none.tab, PATHS['operations-first via time and cost']);
  await none.tab.locator('a[data-action="cta"]').first().click();
  assert.equal(await none.tab.evaluate(() => typeof window.dataLayer), 'undefined');
  assert.ok((await none.tab.evaluate(() => window.__events.length)) > 0, 'the events still fire');
  await none.context.close();
});

test('a name that is not an array or not a name: a warning, a safe default, a working widget', async () => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}hostile.html`);
  // Both widgets live (the Wasm renders each), not their static first questions: a click
  // during the hand-over would race it.
  await tab.waitForFunction(() => performance.getEntriesByName('aisd:first-render').length >= 2);
  for (const id of ['#a', '#b']) await tab.locator(`${id} form[data-step]`).waitFor();
  await answer(tab.locator('#a'), 'bottleneck', ['reach-growth']);
  await answer(tab.locator('#b'), 'bottleneck', ['reach-growth']);
  await tab.locator('#b [data-step="process-cost"]').waitFor();
  // window.location is left alone; the unusable name falls back to dataLayer.
  assert.equal(await tab.evaluate(() => typeof window.location.href), 'string');
  const entries = await tab.evaluate(() => window.dataLayer.map((e) => `${e.event} ${e.aisd_step}`));
  assert.deepEqual(entries, ['aisd_ready bottleneck', 'aisd_step bottleneck', 'aisd_step process-cost']);
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /console\.warning: .*window\.location already exists and is not an array/);
  assert.match(problems[1], /console\.warning: .*data-datalayer="no such name\(\);" is not a JavaScript name/);
  await context.close();
});
