// The host stays in charge (spec §6c): where answers are kept (data-storage: local,
// session, none, consent, and moving between them at run time), every change kept (a tick
// survives a reload), "Start over" forgetting everywhere (the share code in the address
// included), the host API on the element and on a script tag's target (there before the
// Wasm, acting on storage at once), and a cancelled call to action. What is checked is
// what a host page can see: its storages, its events, the element's members.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostPage, openTab, STRICT_CSP, useBrowserAndDist } from './harness.mjs';
import { answer, complete, currentStep, PATHS, resultIds, started, stepId } from './widget.mjs';

const KEY = 'ai-sequencing-diagnostic';
const ELEMENT = 'ai-sequencing-diagnostic';
const element = (attributes) => hostPage(`<script type="module" src="element.js"></script>
  <${ELEMENT} id="w" load="eager" ${attributes}></${ELEMENT}>`);

const PAGES = {
  '/local.html': element(''),
  '/session.html': element('storage="session"'),
  '/none.html': element('storage="none" cta-href="/contact?r={result-url}"'),
  '/consent.html': element('storage="consent"'),
  '/unknown.html': element('storage="cookies"'),
  // Far below the fold: the widget waits to be scrolled into view (lazy loading).
  '/lazy.html': hostPage(`<script type="module" src="element.js"></script>
    <div style="height:5000px"></div><${ELEMENT} id="w"></${ELEMENT}>`, STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")),
  '/tag.html': hostPage(`<div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager" data-storage="consent"
            data-cta-href="/contact?v={verdict}"></script>`),
};

const env = useBrowserAndDist({ pages: PAGES });
const open = (path, options) => openTab(env.browser, `${env.server.url}${path}`, options);
const widget = (tab) => tab.locator('#w');

/** Everything a page can read that a widget might have written, Cache Storage beyond the
 * app's own files included (an entry naming the storage key, or holding a fragment). */
function everyStorage(tab) {
  return tab.evaluate(async (key) => {
    const cached = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
    }
    return {
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
      indexedDB: (await indexedDB.databases()).map((db) => db.name),
      cache: cached.filter((url) => url.includes(key) || url.includes('#')),
    };
  }, KEY);
}
const NOTHING = { local: [], session: [], cookies: '', indexedDB: [], cache: [] };

/** An init script that leaves an earlier visit's record, on the tab's first page only
 * (init scripts run again on a reload; the tab's name survives it). */
const EARLIER_VISIT = `if (!window.name) {
  window.name = 'seeded';
  localStorage.setItem('${KEY}', JSON.stringify({ v: 1, step: 'amplify', answers: '1t-m-----' }));
}`;

const record = (tab, area = 'localStorage') => tab.evaluate(([a, k]) => JSON.parse(globalThis[a].getItem(k)), [area, KEY]);

test('local (the default): a tick not yet submitted survives a reload', async () => {
  const { context, tab, problems } = await open('local.html');
  await started(widget(tab));
  await answer(widget(tab), 'bottleneck', ['reach-growth']);
  await tab.locator('input[name="process-cost"][value="measured"]').check();
  await tab.waitForFunction((k) => localStorage.getItem(k)?.includes('process-cost'), KEY);
  assert.equal((await record(tab)).step, 'process-cost');
  await tab.reload();
  await started(widget(tab));
  assert.equal(await stepId(tab), 'process-cost');
  assert.equal(await tab.locator('input[name="process-cost"][value="measured"]').isChecked(), true, 'the tick is back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('session keeps the record in sessionStorage only: resumed in the tab, gone in a new one', async () => {
  const { context, tab, problems } = await open('session.html');
  await started(widget(tab));
  await answer(widget(tab), 'bottleneck', ['time-cost']);
  await currentStep(tab).and(tab.locator('[data-step="process-cost"]')).waitFor();
  assert.equal((await record(tab, 'sessionStorage')).step, 'process-cost');
  assert.deepEqual(await tab.evaluate(() => Object.keys(localStorage)), []);
  await tab.reload();
  await started(widget(tab));
  assert.equal(await stepId(tab), 'process-cost');
  const other = await context.newPage();
  await other.goto(`${env.server.url}session.html`);
  await started(other.locator('#w'));
  assert.equal(await stepId(other), 'bottleneck', 'a new tab starts afresh');
  assert.deepEqual(problems, []);
  await context.close();
});

test('none writes nothing anywhere after a full run, does not resume, and the share link still works', async () => {
  const { context, tab, problems } = await open('none.html');
  await started(widget(tab));
  await complete(widget(tab), PATHS['process-audit-first after the tie-break']);
  assert.deepEqual(await everyStorage(tab), NOTHING);
  const shared = new URL(await tab.locator('a[data-action="cta"]').first().getAttribute('href'), env.server.url).searchParams.get('r');
  await tab.reload();
  await started(widget(tab));
  assert.equal(await stepId(tab), 'bottleneck', 'nothing to resume');
  // Only the fragment differs: reload, as opening the link in a new tab would.
  await tab.goto(shared);
  await tab.reload();
  const shown = await resultIds(tab);
  assert.equal(shown.verdict, 'process-audit-first');
  assert.deepEqual(await everyStorage(tab), NOTHING);
  assert.deepEqual(problems, []);
  await context.close();
});

test('consent reads and writes nothing until granted, then writes the answers so far at once; withdrawing erases', async () => {
  const { context, tab, problems } = await open('consent.html', {
    // A record left by an earlier visit, which consent must not read.
    init: EARLIER_VISIT,
  });
  await started(widget(tab));
  assert.equal(await stepId(tab), 'bottleneck', 'the earlier record is not read');
  await answer(widget(tab), 'bottleneck', ['reach-growth']);
  await tab.locator('input[name="process-cost"][value="not-measured"]').check();
  const before = await everyStorage(tab);
  assert.deepEqual(before, { ...NOTHING, local: [KEY] });
  assert.equal((await record(tab)).step, 'amplify', 'the earlier record is untouched');

  await tab.evaluate(() => document.querySelector('#w').setStorage('local'));
  const granted = await record(tab);
  assert.equal(granted.step, 'process-cost', 'written the moment consent arrives');
  assert.match(granted.answers, /^1r/);
  assert.equal(await tab.locator('#w').getAttribute('storage'), 'local', 'the attribute follows');

  await tab.evaluate(() => document.querySelector('#w').setStorage('consent'));
  assert.deepEqual(await everyStorage(tab), NOTHING, 'withdrawn: erased');
  await tab.locator('input[name="process-cost"][value="measured"]').check();
  await next(tab);
  await currentStep(tab).and(tab.locator('[data-step="cost-numbers"]')).waitFor();
  assert.deepEqual(await everyStorage(tab), NOTHING, 'and nothing written after');
  assert.deepEqual(problems, []);
  await context.close();
});

async function next(tab) {
  await currentStep(tab).locator('button[type="submit"]').click({ force: true });
}

test('setting the storage attribute moves the answers; an unknown value warns and keeps nothing', async () => {
  const { context, tab, problems } = await open('local.html');
  await started(widget(tab));
  await answer(widget(tab), 'bottleneck', ['time-cost']);
  await tab.waitForFunction((k) => localStorage.getItem(k) !== null, KEY);
  await tab.evaluate(() => document.querySelector('#w').setAttribute('storage', 'session'));
  assert.deepEqual(await tab.evaluate(() => Object.keys(localStorage)), []);
  assert.equal((await record(tab, 'sessionStorage')).step, 'process-cost');
  await tab.evaluate(() => document.querySelector('#w').setAttribute('storage', 'none'));
  assert.deepEqual(await everyStorage(tab), NOTHING);
  assert.equal(await stepId(tab), 'process-cost', 'nothing lost on screen');
  assert.deepEqual(problems, []);
  await context.close();

  const unknown = await open('unknown.html');
  await started(widget(unknown.tab));
  await answer(widget(unknown.tab), 'bottleneck', ['time-cost']);
  await currentStep(unknown.tab).and(unknown.tab.locator('[data-step="process-cost"]')).waitFor();
  assert.deepEqual(await everyStorage(unknown.tab), NOTHING);
  assert.equal(unknown.problems.length, 1);
  assert.match(unknown.problems[0], /console\.warning: .*storage "cookies" is not one of local,session,none,consent/);
  await unknown.context.close();
});

test('Start over forgets everywhere, the share code in the address included, and says so', async () => {
  const { context, tab, problems } = await open(`local.html#other=1&${KEY}=1t-n-y00`);
  await resultIds(tab);
  await tab.evaluate((k) => sessionStorage.setItem(k, 'left by an earlier mode'), KEY);
  await tab.getByRole('button', { name: 'Start over' }).click();
  await currentStep(tab).and(tab.locator('[data-step="bottleneck"]')).waitFor();
  await tab.getByText('Your answers have been removed from this browser').waitFor();
  assert.equal(await tab.evaluate(() => location.hash), '#other=1');
  assert.deepEqual(await everyStorage(tab), NOTHING);
  await tab.reload();
  await started(widget(tab));
  assert.equal(await stepId(tab), 'bottleneck', 'the reload does not bring the result back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the host API: members before the Wasm, reset() and setStorage() acting on storage at once', async () => {
  const wasm = [];
  const { context, tab, problems } = await open('lazy.html', {
    init: EARLIER_VISIT,
    prepare: (c) => c.on('request', (r) => r.url().includes('.wasm') && wasm.push(r.url())),
  });
  await tab.waitForFunction((name) => customElements.get(name), ELEMENT);
  const members = await tab.evaluate(() => {
    const el = document.querySelector('#w');
    return { reset: typeof el.reset, setStorage: typeof el.setStorage, result: el.result, step: el.step, language: el.language };
  });
  assert.deepEqual(members, { reset: 'function', setStorage: 'function', result: null, step: null, language: 'en' });
  assert.deepEqual(wasm, [], 'the widget is still waiting to be scrolled into view');
  // A banner's withdrawal, then reset(): both at once.
  await tab.evaluate(() => {
    window.__resets = 0;
    document.querySelector('#w').addEventListener('aisd:reset', () => { window.__resets += 1; });
    document.querySelector('#w').setStorage('session');
  });
  assert.deepEqual(await tab.evaluate(() => Object.keys(localStorage)), []);
  assert.equal((await record(tab, 'sessionStorage')).step, 'amplify', 'moved, not lost');
  await tab.evaluate(() => document.querySelector('#w').reset());
  assert.deepEqual(await everyStorage(tab), NOTHING);
  assert.equal(await tab.evaluate(() => window.__resets), 1);
  await tab.locator('#w').scrollIntoViewIfNeeded();
  await started(widget(tab));
  assert.equal(await stepId(tab), 'bottleneck');
  assert.equal(await tab.evaluate(() => document.querySelector('#w').step), 'bottleneck');

  await complete(widget(tab), PATHS['operations-first via time and cost']);
  const expected = { verdict: 'operations-first', reasons: ['bottleneck-time-cost'], warnings: ['error-02'] };
  assert.deepEqual(await tab.evaluate(() => document.querySelector('#w').result), expected);
  assert.equal(await tab.evaluate(() => document.querySelector('#w').step), 'result');
  // Back to the page's own mode (local) for the reload, which reads the page afresh.
  await tab.evaluate(() => document.querySelector('#w').setStorage('local'));
  await tab.reload();
  await tab.locator('#w').scrollIntoViewIfNeeded();
  await resultIds(tab);
  await tab.waitForFunction(() => document.querySelector('#w').step === 'result');
  assert.deepEqual(await tab.evaluate(() => document.querySelector('#w').result), expected, 'known after a reload too');

  // reset() on the live widget: the first question, the record gone, aisd:reset.
  await tab.evaluate(() => {
    window.__resets = 0;
    document.querySelector('#w').addEventListener('aisd:reset', () => { window.__resets += 1; });
    document.querySelector('#w').reset();
  });
  await currentStep(tab).and(tab.locator('[data-step="bottleneck"]')).waitFor();
  assert.deepEqual(await everyStorage(tab), NOTHING);
  assert.equal(await tab.evaluate(() => window.__resets), 1);
  assert.equal(await tab.evaluate(() => document.querySelector('#w').result), null);
  // reset() on the first question with a tick not yet submitted unticks it.
  await tab.locator('input[name="bottleneck"][value="both"]').check();
  await tab.waitForFunction((k) => localStorage.getItem(k) !== null, KEY);
  await tab.evaluate(() => document.querySelector('#w').reset());
  await tab.waitForFunction((k) => localStorage.getItem(k) === null, KEY);
  assert.equal(await tab.locator('input[name="bottleneck"][value="both"]').isChecked(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('misuse warns and does nothing, never throws into the page', async () => {
  const { context, tab, problems } = await open('local.html');
  await started(widget(tab));
  const thrown = await tab.evaluate(async () => {
    const el = document.querySelector('#w');
    const errors = [];
    const attempt = (f) => { try { f(); } catch (e) { errors.push(e.message); } };
    attempt(() => el.setStorage('cookies'));
    attempt(() => { el.result = { verdict: 'growth-first' }; });
    el.remove();
    // Released once the removal is not a move (a microtask later).
    await new Promise((later) => setTimeout(later));
    attempt(() => el.reset());
    return errors;
  });
  assert.deepEqual(thrown, []);
  await tab.waitForTimeout(50);
  assert.equal(problems.length, 3, problems.join('\n'));
  assert.match(problems[0], /setStorage\("cookies"\) did nothing/);
  assert.match(problems[1], /result is read-only/);
  assert.match(problems[2], /reset\(\) did nothing/);
  await context.close();
});

test('a script tag\'s target has the same members; a cancelled aisd:cta keeps the visitor on the page', async () => {
  const { context, tab, problems } = await open('tag.html', { followLinks: true });
  await started(widget(tab));
  assert.equal(await tab.evaluate(() => typeof document.querySelector('#w').setStorage), 'function');
  await complete(widget(tab), PATHS['growth-first via reach and growth']);
  assert.equal(await tab.evaluate(() => document.querySelector('#w').result.verdict), 'growth-first');
  await tab.evaluate(() => {
    document.querySelector('#w').addEventListener('aisd:cta', (event) => {
      window.__cta = { href: event.detail.href, cancelable: event.cancelable };
      event.preventDefault();
    });
  });
  const before = tab.url();
  await tab.locator('a[data-action="cta"]').first().click();
  await tab.waitForTimeout(300);
  assert.equal(tab.url(), before, 'no navigation');
  assert.deepEqual(await tab.evaluate(() => window.__cta), { href: '/contact?v=growth-first', cancelable: true });
  assert.deepEqual(await everyStorage(tab), NOTHING, 'consent never granted: nothing kept');
  // Not cancelled, the link is followed.
  await tab.evaluate(() => { window.__follow = true; });
  await Promise.all([
    tab.waitForURL(/\/contact\?v=growth-first$/),
    tab.evaluate(() => {
      document.querySelector('#w').addEventListener('aisd:cta', (e) => e.stopImmediatePropagation(), { capture: true });
      document.querySelector('#w').shadowRoot.querySelector('a[data-action="cta"]').click();
    }),
  ]);
  // The booking page itself does not exist on the test server.
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  await context.close();
});

test('the consent demo page: nothing kept before Accept, resumed after it, erased by Decline', async () => {
  const { context, tab, problems } = await open('demo-consent.html');
  const record = () => tab.evaluate((key) => localStorage.getItem(key), KEY);
  const consent = () => tab.evaluate(() => window.dataLayer.filter((entry) => entry[0] === 'consent').map((entry) => `${entry[1]} ${entry[2].analytics_storage}`));
  await tab.locator('#ai-diagnostic').scrollIntoViewIfNeeded();
  await started(tab);
  await answer(tab, 'bottleneck', ['time-cost']);
  await currentStep(tab).and(tab.locator('[data-step="process-cost"]')).waitFor();
  assert.equal(await record(), null, 'nothing written before consent');
  await tab.getByRole('button', { name: 'Accept' }).click();
  assert.equal(JSON.parse(await record()).step, 'process-cost', 'the answers so far written at once');
  assert.deepEqual(await consent(), ['default denied', 'update granted']);
  await tab.reload();
  await tab.locator('#ai-diagnostic').scrollIntoViewIfNeeded();
  await started(tab);
  assert.equal(await stepId(tab), 'process-cost', 'an earlier grant resumes the visit');
  await tab.getByRole('button', { name: 'Decline' }).click();
  assert.equal(await record(), null, 'withdrawing erases the record');
  assert.equal(await stepId(tab), 'process-cost', 'and loses nothing on screen');
  assert.deepEqual(problems, []);
  await context.close();
});
