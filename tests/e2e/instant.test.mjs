// The first question before the Wasm (issue 17): a first-time visitor sees the first
// question as static markup as soon as it and the stylesheet arrive, and can answer it;
// when the Wasm is ready it renders its own first screen off the page and takes over. These
// tests hold the Wasm's download until they let it go, so "before" is certain:
// - the static and the live first screens are the same DOM (elements, attributes and
//   words), in English and Italian, in the page's theme, and nothing moves at the swap;
// - a tick, the focus and a press on Next made before the Wasm are kept;
// - Next with nothing ticked says why, before and after;
// - a returning visitor and a shared link never see the first question first;
// - on a host that enforces Trusted Types, the static markup goes through the policy;
// - a Wasm that cannot start replaces the static question with its message, and a
//   browser that cannot run the Wasm gets its message, never the question first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STRICT_CSP, hostPage, openTab, requestsTo, useBrowserAndDist } from './harness.mjs';
import { storedRecord } from './widget.mjs';

const embed = (attributes = '') => `<main><h1>Host</h1><div id="w"></div></main>
<script type="module" src="embed.js" data-target="#w" data-load="eager" ${attributes}></script>`;
const env = useBrowserAndDist({
  pages: {
    '/host.html': hostPage(embed()),
    '/host-it.html': hostPage(embed('data-theme="dark"'), STRICT_CSP, 'it'),
    '/host-tt.html': hostPage(embed(), `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types ai-sequencing-diagnostic`),
  },
});

/**
 * Opens `path` with the Wasm's download held until `release(respond)` is called, which
 * answers it with `respond(route)` (by default, the real Wasm). Returns the tab, its
 * context, its console problems, the release function and the URLs of every request for
 * the static first question.
 */
async function openHeld(path) {
  let release;
  const held = new Promise((resolve) => {
    release = (respond = (route) => route.continue()) => resolve(respond);
  });
  const opened = await openTab(env.browser, 'about:blank', {
    // A service worker would answer from its cache, out of the route's reach.
    contextOptions: { serviceWorkers: 'block' },
    prepare: (context) => context.route(/aisd_bg\.wasm/, async (route) => (await held)(route)),
  });
  const firstFetches = requestsTo(opened.tab, '/first/');
  await opened.tab.goto(`${env.server.url}${path}`);
  return { ...opened, release, firstFetches };
}

/** The console problems of a tab, but Playwright's word that it blocked the service worker. */
const unexpected = (problems) => problems.filter((problem) => !problem.includes('blocked by Playwright'));

/** Whether the live widget has started (its aisd:ready event). */
const started = (tab) => tab.evaluate(() => window.__events.some((e) => e.name === 'aisd:ready'));

/**
 * The widget's root (the static first question, or the live widget once it has taken
 * over) as a canonical tree: tag, attributes sorted by name, children; text as it is,
 * empty text left out.
 */
function shownTree(tab) {
  return tab.evaluate(() => {
    const tree = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.data;
      const attributes = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
      // An empty text node shows nothing, and a patched element may keep one.
      const children = [...node.childNodes].filter((child) => child.nodeType !== Node.TEXT_NODE || child.data !== '');
      return [node.localName, attributes, children.map(tree)];
    };
    const roots = [...document.querySelector('#w, #diagnostic').shadowRoot.children]
      .filter((element) => element.matches('div[lang]'));
    return roots.map(tree);
  });
}

/** Waits until the live widget shows `step` and the static question has gone. */
async function liveShows(tab, step) {
  await tab.waitForFunction((id) => {
    const shadow = document.querySelector('#w, #diagnostic').shadowRoot;
    const roots = [...shadow.children].filter((element) => element.matches('div[lang]'));
    return window.__events.some((e) => e.name === 'aisd:ready') && roots.length === 1
      && roots[0].querySelector(`form[data-step="${id}"]`);
  }, step);
}

for (const [path, language, theme] of [['', 'en', 'auto'], ['host-it.html', 'it', 'dark']]) {
  test(`the static and the live first screens are the same (${language}, ${theme} theme${path ? '' : ', in the standalone page\'s own HTML'}), and nothing moves at the swap`, async () => {
    const { tab, context, problems, release, firstFetches } = await openHeld(path);
    await tab.locator('form[data-step="bottleneck"]').waitFor();
    assert.equal(await started(tab), false, 'the question is shown before the Wasm');
    const before = await shownTree(tab);
    assert.equal(before.length, 1);
    assert.equal(await tab.locator('div[lang]').first().getAttribute('lang'), language);
    assert.equal(await tab.locator('div[part="root"]').getAttribute('class'), `aisd ${theme}`);
    // The standalone page carries its first question in its HTML; a host page fetches it.
    assert.equal(firstFetches.length, path ? 1 : 0);
    const box = () => tab.locator('form[data-step]').boundingBox();
    const staticBox = await box();
    // Layout shifts from here on (the swap), as the browser counts them.
    await tab.evaluate(() => {
      window.__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__shifts += entry.value;
      }).observe({ type: 'layout-shift' });
    });
    release();
    await liveShows(tab, 'bottleneck');
    assert.deepEqual(await shownTree(tab), before, 'the live first screen differs from the static one');
    assert.deepEqual(await box(), staticBox);
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    assert.equal(await tab.evaluate(() => window.__shifts), 0, 'layout shift at the swap');
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });
}

test('a tick and a press on Next made before the Wasm are kept, and focus goes to the next question', async () => {
  const { tab, context, problems, release } = await openHeld('host.html');
  const step = tab.locator('form[data-step]');
  await tab.getByRole('radio', { name: /Time and cost/ }).check();
  await tab.getByRole('button', { name: 'Next' }).click({ force: true });
  assert.equal(await step.getAttribute('aria-busy'), 'true', 'the step shows the press is on its way');
  // Another answer takes the press back: Next is to be pressed again for it.
  await tab.getByRole('radio', { name: /Reach and growth/ }).check();
  assert.equal(await step.getAttribute('aria-busy'), null);
  await tab.getByRole('button', { name: 'Next' }).click({ force: true });
  assert.equal(await step.getAttribute('aria-busy'), 'true');
  assert.equal(await started(tab), false);
  assert.equal(await step.getAttribute('data-step'), 'bottleneck');
  release();
  await liveShows(tab, 'process-cost');
  assert.equal((await storedRecord(tab))?.step, 'process-cost');
  const steps = await tab.evaluate(() => window.__events.filter((e) => e.name === 'aisd:step').map((e) => e.detail.step));
  assert.deepEqual(steps, ['bottleneck', 'process-cost']);
  assert.equal(await tab.evaluate(() => document.querySelector('#w').shadowRoot.activeElement?.textContent.trim()),
    await tab.getByRole('heading', { level: 2 }).innerText());
  await tab.getByRole('button', { name: 'Back' }).click();
  await liveShows(tab, 'bottleneck');
  assert.equal(await tab.getByRole('radio', { name: /Reach and growth/ }).isChecked(), true);
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

test('a tick made with the keyboard before the Wasm keeps its focus, and Next is enabled, after', async () => {
  const { tab, context, problems, release } = await openHeld('host.html');
  const radio = tab.getByRole('radio', { name: /Time and cost/ });
  await radio.focus();
  await tab.keyboard.press('Space');
  assert.equal(await radio.isChecked(), true);
  const next = tab.getByRole('button', { name: 'Next' });
  assert.equal(await next.getAttribute('aria-disabled'), 'false');
  release();
  await liveShows(tab, 'bottleneck');
  await tab.waitForFunction(() => document.querySelector('#w').shadowRoot
    .querySelector('button[type="submit"]').getAttribute('aria-disabled') === 'false');
  assert.equal(await radio.isChecked(), true);
  assert.equal(await tab.evaluate(() => document.querySelector('#w').shadowRoot.activeElement?.value), 'time-cost');
  // The live widget goes on from there.
  await tab.keyboard.press('Enter');
  await liveShows(tab, 'process-cost');
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

test('Next with nothing ticked says why, before the Wasm and after it takes over', async () => {
  const { tab, context, problems, release } = await openHeld('host.html');
  await tab.getByRole('button', { name: 'Next' }).click({ force: true });
  const alert = tab.locator('form[data-step] p[role="alert"]');
  const message = await alert.innerText();
  assert.match(message, /Choose one answer/);
  assert.equal(await tab.locator('form[data-step]').getAttribute('aria-busy'), null, 'busy with nothing to send');
  release();
  await liveShows(tab, 'bottleneck');
  await tab.waitForFunction(() => document.querySelector('#w').shadowRoot.querySelector('p.error').textContent !== '');
  assert.equal(await alert.innerText(), message);
  assert.equal(await tab.locator('#next-hint').count(), 0);
  assert.equal(await tab.getByRole('button', { name: 'Next' }).getAttribute('aria-describedby'), null);
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

for (const [page, path] of [['a host page', 'host.html'], ['the standalone page', '']]) {
for (const [who, arrange, step] of [
  ['a returning visitor', async (tab) => {
    await tab.getByRole('radio', { name: /Time and cost/ }).check();
    await tab.getByRole('button', { name: 'Next' }).click({ force: true });
    await tab.locator('form[data-step="process-cost"]').waitFor();
  }, 'process-cost'],
  ['a shared link', async (tab) => tab.evaluate(() => { location.hash = 'ai-sequencing-diagnostic=1btmxy37_h12_c40'; }), null],
]) {
  test(`${who} never sees the first question first (${page})`, async () => {
    const { tab, context, problems, release } = await openHeld(path);
    release();
    await arrange(tab);
    // Held again for the reload.
    let letGo;
    const held = new Promise((resolve) => { letGo = resolve; });
    await context.unrouteAll();
    await context.route(/aisd_bg\.wasm/, async (route) => {
      await held;
      await route.continue();
    });
    // embed.js too, at first: the standalone page's own HTML must not show the question.
    let embedGo;
    const embedHeld = new Promise((resolve) => { embedGo = resolve; });
    await context.route(/\/embed\.js/, async (route) => {
      await embedHeld;
      await route.continue();
    });
    const fetched = requestsTo(tab, '/first/');
    await tab.reload({ waitUntil: 'commit' });
    await tab.waitForFunction(() => document.readyState !== 'loading');
    assert.equal(await tab.locator('form').count(), 0, 'a form is in the page before embed.js runs');
    embedGo();
    await tab.waitForFunction(() => [...(document.querySelector('#w, #diagnostic').shadowRoot?.querySelectorAll('link') ?? [])].some((l) => l.sheet));
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    assert.equal(await started(tab), false);
    assert.equal(await tab.locator('form').count(), 0, 'a form is shown before the Wasm');
    assert.deepEqual(fetched, []);
    letGo();
    if (step) await liveShows(tab, step);
    else await tab.locator('[data-verdict]').waitFor();
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  });
}
}

test('on the standalone page, a tick and a press on Next made before embed.js runs are kept, and the page stays', async () => {
  let letGo;
  const embedHeld = new Promise((resolve) => { letGo = resolve; });
  const { tab, context, problems } = await openTab(env.browser, 'about:blank', {
    contextOptions: { serviceWorkers: 'block' },
    prepare: (ctx) => ctx.route(/\/embed\.js/, async (route) => {
      await embedHeld;
      await route.continue();
    }),
  });
  await tab.goto(env.server.url, { waitUntil: 'commit' });
  await tab.getByRole('radio', { name: /Both, equally/ }).check();
  await tab.getByRole('button', { name: 'Next' }).click({ force: true });
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
  assert.equal(new URL(tab.url()).search, '', 'the form was submitted to the server');
  assert.equal(await started(tab), false);
  letGo();
  await liveShows(tab, 'bottleneck-tiebreak');
  assert.equal((await storedRecord(tab))?.step, 'bottleneck-tiebreak');
  await tab.getByRole('button', { name: 'Back' }).click();
  await liveShows(tab, 'bottleneck');
  assert.equal(await tab.getByRole('radio', { name: /Both, equally/ }).isChecked(), true);
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

test('on a host that enforces Trusted Types, the static first question goes through the policy', async () => {
  const { tab, context, problems, release, firstFetches } = await openHeld('host-tt.html');
  await tab.locator('form[data-step="bottleneck"]').waitFor();
  assert.equal(await started(tab), false);
  assert.equal(firstFetches.length, 1);
  release();
  await liveShows(tab, 'bottleneck');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});

test('a Wasm that cannot start after the static first question shows: the message takes its place', async () => {
  const { tab, context, release } = await openHeld('host.html');
  await tab.locator('form[data-step="bottleneck"]').waitFor();
  release((route) => route.fulfill({ body: 'not wasm', headers: { 'content-type': 'application/wasm' } }));
  await tab.getByRole('alert').filter({ hasText: /could not load/ }).waitFor();
  assert.equal(await tab.locator('form').count(), 0);
  await context.close();
});

test('a browser without WebAssembly gets its message, never the first question first', async () => {
  const { tab, context } = await openTab(env.browser, 'about:blank', { init: () => { delete globalThis.WebAssembly; } });
  const fetched = requestsTo(tab, '/first/');
  await tab.goto(`${env.server.url}host.html`);
  await tab.getByRole('alert').filter({ hasText: /needs a more recent browser/ }).waitFor();
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  assert.equal(await tab.locator('form').count(), 0);
  assert.deepEqual(fetched, []);
  await context.close();
});
