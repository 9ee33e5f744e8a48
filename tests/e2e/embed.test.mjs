// The widget as a customer embeds it: the demo landing page and its README snippet, a
// host page with hostile CSS (a fixture) under a strict CSP, several widgets on a page,
// events, bad attributes, and a widget on another origin.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ROOT, openTab, screenshot, serve, serveDist, useBrowserAndDist } from './harness.mjs';
import { complete, PATHS, resultIds, started } from './widget.mjs';

const fixture = (name) => readFile(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const page = (body) => ({
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body>${body}</body></html>`,
  headers: { 'Content-Security-Policy': `${CSP}; img-src 'self' data:` },
});

const PAGES = {
  // A host whose global CSS would break any widget it reached.
  '/hostile.html': { html: await fixture('hostile.html'), headers: {} },
  '/hostile.css': { html: await fixture('hostile.css'), headers: { 'Content-Type': 'text/css; charset=utf-8' } },
  '/two.html': page(`
    <div id="first"></div><div id="second"></div>
    <script type="module" src="embed.js" data-target="#first" data-storage-key="first" data-load="eager"></script>
    <script type="module" src="embed.js" data-target="#second" data-storage-key="second" data-load="eager"></script>`),
  '/bad-target.html': page(`
    <p id="host-text">Host content</p>
    <script type="module" src="embed.js" data-target="#nowhere" data-load="eager"></script>
    <script type="module" src="embed.js?copy" data-target="[[[" data-load="eager"></script>`),
  '/bad-options.html': page(`
    <div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager" data-theme="purple"
            data-cta-href="javascript:alert(1)" data-cta-label="Click"></script>`),
  '/default-target.html': page(`
    <p>Before</p><script type="module" src="embed.js" data-load="eager" data-theme="dark"></script><p id="after">After</p>`),
  '/lazy.html': page(`
    <canvas width="10" height="4000"></canvas><div id="w"></div>
    <script type="module" src="embed.js" data-target="#w"></script>`),
};

const env = useBrowserAndDist({ pages: PAGES });
let other;
after(async () => {
  await other?.close();
});

// Reduced motion: the demo page scrolls smoothly otherwise, and a click during a scroll
// lands where the button was, not where it is.
const open = (url, { init } = {}) => openTab(env.browser, url, {
  init,
  contextOptions: { reducedMotion: 'reduce' },
  followLinks: true,
});

test('a host page with hostile CSS: renders, completes, no CSP violation, host CSS kept out', async () => {
  const { context, tab, problems } = await open(`${env.server.url}hostile.html`);
  await started(tab);
  await screenshot(tab, 'embed-hostile-first-step');

  // The hostile `* { font: 20px serif; color: red }` and `button { display: none }` stop
  // at the shadow boundary.
  const styles = await tab.locator('form[data-step] button[type="submit"]').evaluate((el) => {
    const s = getComputedStyle(el);
    return { display: s.display, font: s.fontFamily, color: s.color, size: s.fontSize };
  });
  assert.notEqual(styles.display, 'none');
  assert.doesNotMatch(styles.font, /^serif$/);
  assert.notEqual(styles.color, 'rgb(255, 0, 0)');
  const label = await tab.locator('label.choice').first().evaluate((el) => getComputedStyle(el).display);
  assert.notEqual(label, 'none');

  // ...and the widget's CSS does not leak into the host.
  const hostButton = await tab.locator('.hero button').evaluate((el) => getComputedStyle(el).display);
  assert.equal(hostButton, 'none');
  const hostH2 = await tab.locator('.diagnostic > h2').evaluate((el) => getComputedStyle(el).textTransform);
  assert.equal(hostH2, 'uppercase');

  await complete(tab, PATHS['growth-first via reach and growth']);
  assert.equal((await resultIds(tab)).verdict, 'growth-first');
  const ctas = tab.locator('a[part~="cta"]');
  await ctas.first().waitFor();
  assert.deepEqual(await ctas.allInnerTexts(), ['Start a conversation', 'Start a conversation']);
  const folded = await tab.locator('details summary').evaluateAll((els) => els.map((el) => getComputedStyle(el).display));
  assert.ok(folded.length === 3 && !folded.includes('none'), `summaries: ${folded}`);
  await screenshot(tab, 'embed-hostile-result');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the demo landing page brings the widget in with the README snippet and nothing else', async () => {
  // The README's first embed snippet under "Embed it": a target element and one script
  // tag (the CDN snippet under "Install" before it adds only integrity and crossorigin).
  const readme = (await readFile(`${ROOT}/README.md`, 'utf8')).split('\n## Embed it\n')[1];
  const snippet = readme.match(/```html\n(<div id="[^"]+"><\/div>\n<script [^]*?<\/script>)\n```/)?.[1];
  assert.ok(snippet, 'the README has an embed snippet');
  const attributes = (html) => Object.fromEntries([...html.matchAll(/ (data-[a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
  const documented = attributes(snippet);

  const { context, tab, problems } = await open(`${env.server.url}demo.html`);
  await tab.locator('#ai-diagnostic').scrollIntoViewIfNeeded();
  await started(tab);
  const page = await tab.evaluate(() => ({
    scripts: [...document.scripts].map((s) => ({
      src: s.getAttribute('src'),
      type: s.type,
      attributes: Object.fromEntries(s.getAttributeNames().filter((n) => n.startsWith('data-')).map((n) => [n, s.getAttribute(n)])),
      previous: s.previousElementSibling?.id,
    })),
    frames: document.querySelectorAll('iframe, object, embed').length,
    shadowHosts: [...document.querySelectorAll('*')].filter((el) => el.shadowRoot).map((el) => el.id),
  }));
  assert.equal(page.scripts.length, 1, 'the snippet is the only script on the page');
  const [script] = page.scripts;
  assert.equal(script.type, 'module');
  assert.equal(script.src, 'embed.js');
  assert.deepEqual(Object.keys(script.attributes), Object.keys(documented), 'the same options as the README snippet');
  assert.equal(script.attributes['data-target'], documented['data-target']);
  assert.equal(script.attributes['data-cta-label'], documented['data-cta-label']);
  assert.equal(`#${script.previous}`, documented['data-target'], 'the target element comes right before the script, as in the README');
  assert.equal(page.frames, 0);
  assert.deepEqual(page.shadowHosts, ['ai-diagnostic']);

  // The call to action leads to the page's own contact section.
  assert.equal(script.attributes['data-cta-href'], '#contact');
  await complete(tab, PATHS['operations-first via time and cost']);
  await tab.locator('a[part~="cta"]').first().click();
  const contact = tab.getByRole('region', { name: /numbers together/ });
  await tab.waitForFunction(() => {
    const box = document.querySelector('#contact').getBoundingClientRect();
    return box.top >= 0 && box.top < innerHeight;
  });
  assert.ok(await contact.isVisible());
  assert.equal(await tab.evaluate(() => location.hash), '#contact');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('events reach the host with the documented detail', async () => {
  const { context, tab } = await open(`${env.server.url}demo.html`);
  // The demo loads the widget lazily, once the visitor scrolls near it.
  await tab.locator('#ai-diagnostic').scrollIntoViewIfNeeded();
  await started(tab);
  await complete(tab, PATHS['operations-first via time and cost']);
  await tab.locator('a[part~="cta"]').last().click();
  const events = await tab.evaluate(() => window.__events);
  const names = events.map((e) => e.name);
  assert.equal(names[0], 'aisd:ready');
  assert.deepEqual(
    events.filter((e) => e.name === 'aisd:step').map((e) => e.detail.step),
    ['bottleneck', 'process-cost', 'cost-numbers', 'amplify', 'situation', 'foundation', 'result'],
  );
  const done = events.find((e) => e.name === 'aisd:complete');
  assert.deepEqual(done.detail, { verdict: 'operations-first', reasons: ['bottleneck-time-cost'], warnings: ['error-02'] });
  assert.equal(done.target, 'ai-diagnostic');
  const cta = events.find((e) => e.name === 'aisd:cta');
  assert.equal(cta.detail.verdict, 'operations-first');
  await context.close();
});

test('the embed adds one symbol-keyed registry to the page and leaves history and scroll alone', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 500 } });
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    window.__before = Object.getOwnPropertyNames(window);
    window.__history = history.length;
  });
  // A host page whose widget is on the first screen, so it loads without a scroll.
  await tab.goto(`${env.server.url}hostile.html`);
  await started(tab);
  const state = await tab.evaluate(() => ({
    added: Object.getOwnPropertyNames(window).filter((n) => !window.__before.includes(n) && !n.startsWith('__')),
    symbols: Object.getOwnPropertySymbols(globalThis).map(String),
    history: history.length - window.__history,
    scroll: window.scrollY,
    hash: location.hash,
  }));
  assert.deepEqual(state.added, []);
  assert.deepEqual(state.symbols, ['Symbol(ai-sequencing-diagnostic)']);
  assert.equal(state.history, 0, 'the widget added history entries');
  assert.equal(state.scroll, 0, 'loading the widget must not scroll the host page');
  assert.equal(state.hash, '');
  await context.close();
});

test('two widgets on one page keep separate answers', async () => {
  const { context, tab, problems } = await open(`${env.server.url}two.html`);
  const first = tab.locator('#first');
  const second = tab.locator('#second');
  await first.locator('form[data-step]').waitFor();
  await second.locator('form[data-step]').waitFor();
  await first.locator('input[name="bottleneck"][value="time-cost"]').check();
  await first.locator('button[type="submit"]').click();
  await first.locator('form[data-step="process-cost"]').waitFor();
  assert.equal(await second.locator('form').getAttribute('data-step'), 'bottleneck');
  assert.equal(await second.locator('input:checked').count(), 0);
  const stored = await tab.evaluate(() => [localStorage.getItem('first'), localStorage.getItem('second')]);
  assert.ok(stored[0]?.includes('process-cost'));
  assert.ok(stored[1] === null || stored[1].includes('"bottleneck"'));
  await tab.reload();
  await tab.locator('#first form[data-step="process-cost"]').waitFor();
  assert.equal(await tab.locator('#second form').getAttribute('data-step'), 'bottleneck');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad data-target logs what to fix and leaves the page untouched', async () => {
  const { context, tab, problems } = await open(`${env.server.url}bad-target.html`);
  await tab.waitForFunction(() => performance.getEntriesByName('aisd:script-start').length > 0);
  await tab.waitForTimeout(300);
  const errors = problems.filter((p) => p.startsWith('console.error'));
  assert.equal(errors.length, 2, problems.join('\n'));
  assert.match(errors[0], /data-target="#nowhere" matched nothing/);
  assert.match(errors[1], /data-target="\[\[\[" is not a valid CSS selector/);
  assert.equal(await tab.locator('body > *:not(script)').count(), 1);
  assert.equal(await tab.locator('#host-text').innerText(), 'Host content');
  await context.close();
});

test('an unknown theme falls back with a warning; a javascript: call to action is refused', async () => {
  const { context, tab, problems } = await open(`${env.server.url}bad-options.html`);
  await started(tab);
  const warnings = problems.filter((p) => p.startsWith('console.warning')).join('\n');
  assert.match(warnings, /data-theme="purple"/);
  assert.match(warnings, /data-cta-href="javascript:alert\(1\)" was refused/);
  assert.ok(await tab.locator('#w .aisd.auto').count());
  await complete(tab, PATHS['growth-first via scenario B']);
  assert.equal(await tab.locator('a[part~="cta"]').count(), 0);
  assert.equal(await tab.locator('a[href^="javascript"]').count(), 0);
  await context.close();
});

test('without data-target the widget appears right after its script tag', async () => {
  const { context, tab, problems } = await open(`${env.server.url}default-target.html`);
  await started(tab);
  const order = await tab.evaluate(() => {
    const script = document.querySelector('script[src="embed.js"]');
    return script.nextElementSibling?.shadowRoot ? 'after-script' : 'elsewhere';
  });
  assert.equal(order, 'after-script');
  assert.ok(await tab.locator('.aisd.dark').count());
  assert.deepEqual(problems, []);
  await context.close();
});

test('by default nothing heavy loads until the widget nears the viewport', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 600 } });
  const tab = await context.newPage();
  const requested = [];
  tab.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await tab.goto(`${env.server.url}lazy.html`);
  await tab.waitForTimeout(500);
  assert.ok(requested.includes('/embed.js'));
  assert.ok(!requested.includes('/aisd_bg.wasm'), 'the Wasm loaded while far off-screen');
  const reserved = await tab.locator('#w').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(reserved > 300, `placeholder height ${reserved}`);
  await tab.locator('#w').scrollIntoViewIfNeeded();
  await started(tab);
  assert.ok(requested.includes('/aisd_bg.wasm'));
  await context.close();
});

test('the widget loads from another origin into a host page', async () => {
  other = await serveDist({ headers: { 'Access-Control-Allow-Origin': '*' } });
  const host = await serve(process.cwd(), {
    pages: {
      '/host.html': {
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Other origin</title>
<link rel="icon" href="data:,"></head><body><div id="w"></div>
<script type="module" src="${other.url}embed.js" data-target="#w" data-load="eager"></script></body></html>`,
        headers: {
          'Content-Security-Policy': `default-src 'self' ${other.url}; script-src 'self' ${other.url} 'wasm-unsafe-eval'; style-src 'self' ${other.url}; img-src data:`,
        },
      },
    },
  });
  try {
    const { context, tab, problems } = await open(`${host.url}host.html`);
    await started(tab);
    await complete(tab, PATHS['growth-first via scenario B']);
    assert.equal((await resultIds(tab)).verdict, 'growth-first');
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  } finally {
    await host.close();
  }
});
