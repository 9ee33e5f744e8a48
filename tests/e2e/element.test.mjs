// <ai-sequencing-diagnostic> from element.js (spec §6a), as frameworks use it: attributes
// for options, elements added after the script ran, removed (everything released) and
// inserted again (stored answers back), moved (nothing lost), and one Wasm load for a page
// that also has a script-tag widget. Under the strict CSP.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { hostPage, openTab, requestsTo, serve, serveDist, useBrowserAndDist } from './harness.mjs';
import { answer, complete, currentStep, PATHS, started, storedRecord } from './widget.mjs';

const ELEMENT = 'ai-sequencing-diagnostic';

const PAGES = {
  '/element.html': hostPage(`
    <script type="module" src="element.js"></script>
    <main id="app">
      <${ELEMENT} id="w" storage-key="pricing" load="eager" theme="dark"
                  cta-href="/contact?v={verdict}" cta-label="Book a call" datalayer></${ELEMENT}>
    </main>`),
  // A framework's page: the script first, the element only later.
  '/late.html': hostPage(`<script type="module" src="element.js"></script><div id="app"></div>`),
  '/both.html': hostPage(`
    <div id="tag"></div>
    <script type="module" src="embed.js" data-target="#tag" data-storage-key="tag" data-load="eager"></script>
    <script type="module" src="element.js"></script>
    <${ELEMENT} id="el" storage-key="el" load="eager"></${ELEMENT}>`),
};

const env = useBrowserAndDist({ pages: PAGES });
const servers = [];
after(async () => {
  for (const server of servers) await server.close();
});

/** The types of the event listeners on the element `expression` gives, as DevTools lists
 * them (the element's own, not its descendants'). */
async function listenersOn(tab, expression) {
  const cdp = await tab.context().newCDPSession(tab);
  const { result } = await cdp.send('Runtime.evaluate', { expression });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.detach();
  return listeners.map((l) => l.type);
}

test('attributes configure the element like data-* options configure the script tag', async () => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}element.html`);
  const widget = tab.locator(`${ELEMENT}#w`);
  await started(widget);
  assert.equal(await widget.locator('[part="root"]').getAttribute('class'), 'aisd dark');
  await complete(widget, PATHS['operations-first via time and cost']);
  assert.equal(await widget.locator('a[data-action="cta"]').first().getAttribute('href'), '/contact?v=operations-first');
  assert.equal((await storedRecord(tab, 'pricing')).v > 0, true);
  const layer = await tab.evaluate(() => window.dataLayer.map((e) => e.event));
  assert.equal(layer.at(-1), 'aisd_complete');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an element added late mounts; removed, it releases everything; inserted again, it resumes', async () => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}late.html`);
  await tab.waitForFunction((name) => customElements.get(name), ELEMENT);
  await tab.evaluate((name) => {
    const element = document.createElement(name);
    element.id = 'late';
    element.setAttribute('storage-key', 'late');
    element.setAttribute('load', 'eager');
    element.setAttribute('datalayer', '');
    document.querySelector('#app').append(element);
  }, ELEMENT);
  const widget = tab.locator('#late');
  await started(widget);
  await answer(widget, 'bottleneck', ['reach-growth']);
  await widget.locator('form[data-step="process-cost"]').waitFor();
  assert.ok((await listenersOn(tab, "document.querySelector('#late')")).includes('aisd:step'), 'the data layer listens while mounted');

  // A framework unmounts it: the widget goes, and so does everything it set up.
  await tab.evaluate(() => {
    window.__kept = document.querySelector('#late');
    window.__kept.remove();
  });
  await tab.waitForFunction(() => window.__kept.shadowRoot.childElementCount === 0);
  assert.deepEqual(await listenersOn(tab, 'window.__kept'), []);
  const entries = await tab.evaluate(() => window.dataLayer.length);
  // Nothing of it runs any more: no event, no data layer entry, no render.
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  assert.equal(await tab.evaluate(() => window.dataLayer.length), entries);

  // Inserted again, it opens where the visitor left off.
  await tab.evaluate(() => document.querySelector('#app').append(window.__kept));
  await widget.locator('form[data-step="process-cost"]').waitFor();
  assert.ok(
    (await tab.evaluate(() => window.dataLayer.slice(-2).map((e) => `${e.event} ${e.aisd_step}`)))
      .join() === 'aisd_ready process-cost,aisd_step process-cost',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('moved within the page (removed and inserted in one task), nothing is lost', async () => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}element.html`);
  const widget = tab.locator('#w');
  await started(widget);
  await widget.locator('input[value="time-cost"]').check();
  // Two DOM operations in one task, as a framework reordering its nodes may do: the
  // element is disconnected in between, so only the deferred release keeps the widget.
  await tab.evaluate(() => {
    const element = document.querySelector('#w');
    element.remove();
    document.body.prepend(element);
  });
  await tab.evaluate(() => new Promise(requestAnimationFrame));
  assert.equal(await widget.locator('input[value="time-cost"]').isChecked(), true, 'the unsent tick stays');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page with a script-tag widget and an element loads the Wasm once', async () => {
  const { context, tab, problems } = await openTab(env.browser, 'about:blank');
  const wasm = requestsTo(tab, 'aisd_bg.wasm');
  await tab.goto(`${env.server.url}both.html`);
  await currentStep(tab.locator('#tag')).waitFor();
  await currentStep(tab.locator('#el')).waitFor();
  await answer(tab.locator('#el'), 'bottleneck', ['both']);
  await tab.locator('#el form[data-step="bottleneck-tiebreak"]').waitFor();
  assert.equal(await tab.locator('#tag form[data-step="bottleneck"]').count(), 1, 'each widget has its own answers');
  assert.equal(wasm.length, 1, wasm.join('\n'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('from another origin: two elements, a data layer and a script tag, under the strict CSP', async () => {
  const widgets = await serveDist({ headers: { 'Access-Control-Allow-Origin': '*' } });
  servers.push(widgets);
  const csp = `default-src 'self' ${widgets.url}; script-src 'self' ${widgets.url} 'wasm-unsafe-eval'; style-src 'self' ${widgets.url}; img-src data:`;
  const host = await serve(process.cwd(), {
    pages: {
      '/host.html': hostPage(`
        <script type="module" src="${widgets.url}element.js"></script>
        <${ELEMENT} id="a" storage-key="a" load="eager" datalayer cta-href="/book?v={verdict}"></${ELEMENT}>
        <${ELEMENT} id="b" storage-key="b" load="eager"></${ELEMENT}>
        <div id="c"></div>
        <script type="module" src="${widgets.url}embed.js" data-target="#c" data-storage-key="c" data-load="eager" data-datalayer></script>`, csp),
    },
  });
  servers.push(host);
  const { context, tab, problems } = await openTab(env.browser, `${host.url}host.html`);
  for (const id of ['#a', '#b', '#c']) await currentStep(tab.locator(id)).waitFor();
  await complete(tab.locator('#a'), PATHS['growth-first via reach and growth']);
  await answer(tab.locator('#c'), 'bottleneck', ['time-cost']);
  await tab.locator('#c form[data-step="process-cost"]').waitFor();
  assert.equal(await tab.locator('#b form[data-step="bottleneck"]').count(), 1);
  const link = new URL(await tab.locator('#a a[data-action="cta"]').first().getAttribute('href'), host.url);
  assert.equal(link.origin, new URL(host.url).origin);
  assert.equal(link.searchParams.get('v'), 'growth-first');
  const entries = await tab.evaluate(() => window.dataLayer.map((e) => e.event));
  assert.equal(entries.filter((e) => e === 'aisd_complete').length, 1, entries.join());
  assert.equal(entries.filter((e) => e === 'aisd_ready').length, 2, 'a and c push, b does not');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});
