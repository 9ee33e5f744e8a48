// The main flows in a second engine: Debian's firefox-esr, driven through WebDriver BiDi
// by puppeteer-core (Playwright's Firefox needs its own patched build, which cannot be
// downloaded here). `>>>` selectors pierce the open shadow root.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import puppeteer from 'puppeteer-core';
import { controlled, hostPage, serveDist } from './harness.mjs';
import { PATHS } from './widget.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const W = '#diagnostic >>> ';
let browser;
let server;
before(async () => {
  server = await serveDist({
    pages: {
      '/element.html': hostPage(`<script type="module" src="element.js"></script>
<div id="app"><ai-sequencing-diagnostic id="diagnostic" storage-key="firefox" load="eager" datalayer></ai-sequencing-diagnostic></div>`),
      '/host.html': hostPage(`<script type="module" src="element.js"></script>
<ai-sequencing-diagnostic id="diagnostic" storage="consent" load="eager" cta-href="/booked.html"></ai-sequencing-diagnostic>`),
      '/it.html': hostPage(`<div id="diagnostic"></div>
<script type="module" src="embed.js" data-target="#diagnostic" data-load="eager" data-currency="EUR"></script>`, undefined, 'it'),
    },
  });
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Waits for the Wasm's first screen: a first-time visitor's first question is static until then. */
const rendered = (page) => page.waitForFunction(() => performance.getEntriesByName('aisd:first-render').length > 0);

async function open(url = server.url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  await page.goto(url);
  await rendered(page);
  await page.waitForSelector(`${W}form[data-step], ${W}[data-verdict]`);
  return { context, page, problems };
}

async function step(page) {
  return page.$eval(`${W}form[data-step]`, (f) => f.dataset.step);
}

async function submit(page) {
  const before = await step(page);
  await page.click(`${W}form[data-step] button[type="submit"]`);
  await page.waitForFunction(
    (previous) => {
      const root = document.querySelector('#diagnostic').shadowRoot;
      return root.querySelector('[data-verdict]') || root.querySelector('form[data-step]')?.dataset.step !== previous;
    },
    {},
    before,
  );
}

async function complete(page, path) {
  for (const [name, values] of path.steps) {
    if (name === 'numbers') {
      for (const [field, value] of Object.entries(values)) await page.type(`${W}input[name="${field}"]`, value);
    } else {
      for (const value of values) await page.click(`${W}input[name="${name}"][value="${value}"]`);
    }
    await submit(page);
  }
  await page.waitForSelector(`${W}[data-verdict]`);
}

async function result(page) {
  return page.$eval(`${W}[data-verdict]`, (el) => ({
    verdict: el.dataset.verdict,
    reasons: [...el.querySelectorAll('[data-reason]')].map((e) => e.dataset.reason),
    warnings: [...el.querySelectorAll('[data-warning]')].map((e) => e.dataset.warning),
  }));
}

for (const [name, path] of Object.entries(PATHS)) {
  test(`Firefox: ${name}`, async () => {
    const { context, page, problems } = await open();
    await complete(page, path);
    assert.deepEqual(await result(page), { verdict: path.verdict, reasons: path.reasons, warnings: path.warnings });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('Firefox: reload resumes, change an answer, start over', async () => {
  const { context, page, problems } = await open();
  await page.click(`${W}input[name="bottleneck"][value="reach-growth"]`);
  await submit(page);
  await page.reload();
  await page.waitForSelector(`${W}form[data-step="process-cost"]`);
  await complete(page, { steps: PATHS['operations-first via time and cost'].steps.slice(1) });
  assert.equal((await result(page)).verdict, 'operations-first');
  await page.reload();
  await page.waitForSelector(`${W}[data-verdict="operations-first"]`);
  // The answers are folded under their summary; open it, then change one.
  await page.click(`${W}details.answers > summary`);
  await page.click(`${W}button[aria-label^="Change Main bottleneck"]`);
  await page.waitForSelector(`${W}form[data-step="bottleneck"]`);
  await page.click(`${W}input[name="bottleneck"][value="time-cost"]`);
  await submit(page);
  assert.equal((await result(page)).verdict, 'operations-first');
  const buttons = await page.$$(`${W}.actions button`);
  await buttons[buttons.length - 1].click();
  await page.waitForSelector(`${W}form[data-step="bottleneck"]`);
  assert.equal(await page.evaluate(() => localStorage.getItem('ai-sequencing-diagnostic')?.includes('"step":"bottleneck"') ?? true), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Firefox: the comparison folds, and in a narrow widget each dimension is a block, the recommended side first', async () => {
  // growth-first: the growth column is the recommended one.
  const { context, page, problems } = await open(`${server.url}#ai-sequencing-diagnostic=1btmxy37_h12_c40`);
  const layout = () => page.$eval(`${W}[data-verdict]`, (result) => {
    const row = result.querySelector('tbody tr');
    const [operations, growth] = [...row.querySelectorAll('td')].map((cell) => cell.getBoundingClientRect().top);
    return {
      verdict: result.dataset.verdict,
      shown: row.checkVisibility(),
      order: growth < operations ? 'growth first' : growth === operations ? 'side by side' : 'operations first',
    };
  });
  assert.equal((await layout()).shown, false, 'the comparison starts folded');
  await page.click(`${W}details.compare > summary`);
  assert.deepEqual(await layout(), { verdict: 'growth-first', shown: true, order: 'side by side' });
  await page.setViewport({ width: 360, height: 740 });
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#diagnostic').shadowRoot.querySelector('tbody tr')).display === 'flex');
  assert.deepEqual(await layout(), { verdict: 'growth-first', shown: true, order: 'growth first' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('Firefox: a share link opens the result; a broken one shows the first question', async () => {
  const code = '1bmrxy1f7';
  const good = await open(`${server.url}#ai-sequencing-diagnostic=1btmxy37_h12_c40`);
  assert.equal((await result(good.page)).verdict, 'growth-first');
  await good.context.close();
  const bad = await open(`${server.url}#ai-sequencing-diagnostic=${code}`);
  assert.equal(await step(bad.page), 'bottleneck');
  assert.deepEqual(bad.problems, []);
  await bad.context.close();
});

test('Firefox: the plan downloads as a calendar file', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // Records the download link the widget clicks instead of saving a file, so the test
  // reads exactly what Firefox would save.
  await page.evaluateOnNewDocument(() => {
    window.__downloads = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function clickOrRecord() {
      if (!this.hasAttribute('download')) return click.call(this);
      window.__downloads.push({ name: this.getAttribute('download'), href: this.href });
      return undefined;
    };
  });
  await page.goto(server.url);
  await rendered(page);
  await page.waitForSelector(`${W}form[data-step]`);
  await complete(page, PATHS['operations-first via time and cost']);
  await page.click(`${W}button[data-action="add-to-calendar"]`);
  const downloads = await page.evaluate(() => window.__downloads);
  assert.equal(downloads.length, 1);
  assert.equal(downloads[0].name, 'ai-90-day-plan.ics');
  assert.match(downloads[0].href, /^data:text\/calendar;charset=utf-8,/);
  const text = decodeURIComponent(downloads[0].href.slice(downloads[0].href.indexOf(',') + 1));
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const uids = events.map((e) => e.getFirstPropertyValue('uid'));
  assert.deepEqual(uids, [
    'define-success', 'one-project', 'checkpoint', 'measure', 'if-it-worked', 'if-it-did-not',
  ].map((id) => `${id}.ai-sequencing-diagnostic@ai-sequencing-diagnostic`));
  assert.ok(events.every((e) => e.getFirstPropertyValue('dtstart').isDate));
  await context.close();
});

test('Firefox: the static first question comes before the Wasm, and a tick and Next made on it are kept', async () => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  // The Wasm is held until the visitor has answered on the static question.
  const held = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().includes('aisd_bg.wasm')) held.push(request);
    else request.continue();
  });
  await page.goto(`${server.url}it.html`);
  await page.waitForSelector(`${W}form[data-step="bottleneck"]`);
  await page.click(`${W}input[name="bottleneck"][value="reach-growth"]`);
  await page.click(`${W}form[data-step] button[type="submit"]`);
  assert.equal(await step(page), 'bottleneck');
  assert.equal(await page.evaluate(() => performance.getEntriesByName('aisd:first-render').length), 0);
  await page.waitForFunction(() => performance.getEntriesByName('aisd:first-question').length > 0);
  while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  for (const request of held) request.continue();
  await page.waitForSelector(`${W}form[data-step="process-cost"]`);
  assert.equal(await page.$eval(`${W}div[lang]`, (root) => root.lang), 'it');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Firefox: the custom element mounts, feeds the data layer, releases on removal and resumes', async () => {
  const { context, page, problems } = await open(`${server.url}element.html`);
  await page.click(`${W}input[name="bottleneck"][value="reach-growth"]`);
  await submit(page);
  assert.equal(await step(page), 'process-cost');
  await page.evaluate(() => {
    window.__kept = document.querySelector('#diagnostic');
    window.__kept.remove();
  });
  await page.waitForFunction(() => window.__kept.shadowRoot.childElementCount === 0);
  await page.evaluate(() => document.querySelector('#app').append(window.__kept));
  await page.waitForSelector(`${W}form[data-step="process-cost"]`);
  const entries = await page.evaluate(() => window.dataLayer.map((e) => `${e.event} ${e.aisd_step}`));
  assert.deepEqual(entries, [
    'aisd_ready bottleneck', 'aisd_step bottleneck', 'aisd_step process-cost',
    'aisd_ready process-cost', 'aisd_step process-cost',
  ]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Firefox: an Italian page speaks Italian and reads numbers the Italian way', async () => {
  const { context, page, problems } = await open(`${server.url}it.html`);
  const heading = () => page.$eval(`${W}h2`, (h) => h.textContent.trim());
  assert.equal(await heading(), 'Che cosa frena di più la tua azienda in questo momento?');
  assert.equal(await page.$eval(`${W}[lang]`, (root) => root.getAttribute('lang')), 'it');
  await complete(page, {
    steps: [
      ['bottleneck', ['time-cost']],
      ['process-cost', ['measured']],
      ['numbers', { 'weekly-hours': '1.250', 'hourly-cost': '45,50' }],
      ['amplify', ['no']],
      ['situation', []],
      ['foundation', ['crm-consistent']],
    ],
  });
  assert.equal((await result(page)).verdict, 'operations-first');
  assert.equal(await heading(), 'Parti dall’IA per l’efficienza');
  const text = await page.$eval(`${W}[data-verdict]`, (el) => el.textContent);
  assert.ok(text.includes('1.250 ore alla settimana, cioè circa 57.000\u00a0€ alla settimana'), text);
  assert.deepEqual(problems, []);
  await context.close();
});

// Firefox has no static routes: its worker's fetch handler answers every request.
test('Firefox: after one visit, the standalone page works with the server gone, having downloaded each versioned file once', async () => {
  const own = await serveDist();
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(own.url);
  await rendered(page);
  await controlled(page);
  const twice = [...own.served].filter(([address, count]) => address.includes('?v=') && count !== 1);
  assert.deepEqual(twice, [], 'the worker filled its cache from what the page had downloaded');

  own.offline();
  await page.reload();
  await rendered(page);
  await complete(page, PATHS['operations-first via time and cost']);
  assert.equal((await result(page)).verdict, 'operations-first');
  await context.close();
  await own.close();
});

/** Where the record under the default key is: [localStorage's, sessionStorage's] step. */
const stored = (page) => page.evaluate(() => [localStorage, sessionStorage]
  .map((area) => JSON.parse(area.getItem('ai-sequencing-diagnostic') ?? 'null')?.step ?? null));

test('Firefox: consent keeps nothing until granted; setStorage moves the record; reset() forgets it', async () => {
  const { context, page, problems } = await open(`${server.url}host.html`);
  await page.evaluate(() => document.addEventListener('aisd:reset', () => { window.__resets = (window.__resets ?? 0) + 1; }));
  await page.click(`${W}input[name="bottleneck"][value="time-cost"]`);
  await submit(page);
  assert.deepEqual(await stored(page), [null, null], 'consent: nothing written');
  const setStorage = (mode) => page.evaluate((m) => document.querySelector('#diagnostic').setStorage(m), mode);
  await setStorage('local');
  assert.deepEqual(await stored(page), ['process-cost', null], 'granted: the answers so far written at once');
  await setStorage('session');
  assert.deepEqual(await stored(page), [null, 'process-cost']);
  await setStorage('none');
  assert.deepEqual(await stored(page), [null, null]);
  await setStorage('local');
  assert.equal(await page.evaluate(() => document.querySelector('#diagnostic').step), 'process-cost');
  await page.evaluate(() => document.querySelector('#diagnostic').reset());
  await page.waitForSelector(`${W}form[data-step="bottleneck"]`);
  assert.deepEqual(await stored(page), [null, null]);
  assert.equal(await page.evaluate(() => window.__resets), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Firefox: a page that cancels aisd:cta keeps the visitor, with the final link in the event', async () => {
  const { context, page, problems } = await open(`${server.url}host.html`);
  await page.evaluate(() => document.addEventListener('aisd:cta', (e) => {
    e.preventDefault();
    window.__cta = e.detail.href;
  }));
  await complete(page, PATHS['growth-first via scenario B']);
  await page.click(`${W}a[data-action="cta"]`);
  await page.waitForFunction(() => window.__cta);
  assert.equal(await page.evaluate(() => window.__cta), '/booked.html');
  assert.equal(new URL(page.url()).pathname, '/host.html');
  assert.deepEqual(problems, []);
  await context.close();
});
