// When the Wasm cannot start (issue 18): a host CSP without 'wasm-unsafe-eval', a Wasm
// served as text/plain or cut short, a browser without WebAssembly, a glue file that does
// not arrive, an embed.js that never runs. Each ends in a clear message (in the widget's
// box, or the host's own fallback content) and a console error naming the cause and the
// fix, or, where the widget can still work, a working widget and a warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, hostPage, openTab, useBrowserAndDist } from './harness.mjs';
import { currentStep, started } from './widget.mjs';

const WIDGET = '<div id="w"></div><script type="module" src="embed.js" data-target="#w" data-load="eager"></script>';
const PAGES = {
  '/page.html': hostPage(WIDGET),
  '/no-wasm-csp.html': hostPage(WIDGET, "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"),
  '/fallback.html': hostPage(`<div id="w"><p id="fallback">Talk to us about where to start with AI: <a href="/contact">contact</a></p></div>
<script type="module" src="missing/embed.js" data-target="#w" data-load="eager"></script>`),
  '/fallback-working.html': hostPage(`<div id="w"><p id="fallback">Talk to us: <a href="/contact">contact</a></p></div>
<script type="module" src="embed.js" data-target="#w" data-load="eager"></script>`),
};

const env = useBrowserAndDist({ pages: PAGES });

/** The widget's own message in its box, once it shows one. */
async function message(tab) {
  const alert = tab.locator('#w [role="alert"]', { hasText: /\S/ });
  await alert.waitFor();
  return alert.textContent();
}

const errors = (problems) => problems.filter((p) => p.startsWith('console.error'));

test("a host CSP without 'wasm-unsafe-eval': the box says so, the console names the directive", async () => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}no-wasm-csp.html`);
  assert.match(await message(tab), /cannot start on this page/);
  assert.ok(errors(problems).some((e) => /Add 'wasm-unsafe-eval' to its script-src/.test(e)), problems.join('\n'));
  await context.close();
});

test('a Wasm served as text/plain still starts, with a warning naming application/wasm', async () => {
  const { context, tab, problems } = await openTab(env.browser, 'about:blank');
  await tab.route('**/aisd_bg.wasm*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
  });
  await tab.goto(`${env.server.url}page.html`);
  await started(tab);
  assert.equal(errors(problems).length, 0, problems.join('\n'));
  assert.ok(problems.some((p) => /served as text\/plain.*Serve \.wasm files as application\/wasm/.test(p)), problems.join('\n'));
  await context.close();
});

test('a Wasm cut short: refused by its integrity check, the box asks for a reload, the console blames the download', async () => {
  const wasm = await readFile(join(DIST, 'aisd_bg.wasm'));
  const { context, tab, problems } = await openTab(env.browser, 'about:blank');
  await tab.route('**/aisd_bg.wasm*', (route) => route.fulfill({
    body: wasm.subarray(0, wasm.length >> 1),
    headers: { 'content-type': 'application/wasm' },
  }));
  await tab.goto(`${env.server.url}page.html`);
  assert.match(await message(tab), /could not load\. Please check your connection and reload/);
  assert.ok(errors(problems).some((e) => /could not load .*aisd_bg\.wasm\?v=.* does not match its integrity hash.*serve this release's files whole and unchanged/.test(e)), problems.join('\n'));
  await context.close();
});

test('a browser without WebAssembly: the box says a newer browser is needed', async () => {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}page.html`, {
    init: () => { delete globalThis.WebAssembly; },
  });
  assert.match(await message(tab), /needs a more recent browser/);
  assert.ok(errors(problems).some((e) => /does not run WebAssembly/.test(e)), problems.join('\n'));
  await context.close();
});

test('a Wasm file that does not arrive (404): the box asks for a reload, the console names the file', async () => {
  const { context, tab, problems } = await openTab(env.browser, 'about:blank');
  await tab.route('**/aisd_bg.wasm*', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await tab.goto(`${env.server.url}page.html`);
  assert.match(await message(tab), /could not load/);
  assert.ok(errors(problems).some((e) => /could not load http:\/\/127\.0\.0\.1:\d+\/aisd_bg\.wasm\?v=.*HTTP 404/.test(e)), problems.join('\n'));
  await context.close();
});

test("an embed.js that never runs leaves the host's fallback content in view; a working one hides it", async () => {
  const broken = await openTab(env.browser, `${env.server.url}fallback.html`);
  await broken.tab.waitForLoadState('load');
  assert.equal(await broken.tab.locator('#fallback').isVisible(), true);
  await broken.context.close();

  const working = await openTab(env.browser, `${env.server.url}fallback-working.html`);
  await currentStep(working.tab).waitFor();
  assert.equal(await working.tab.locator('#fallback').isVisible(), false);
  assert.deepEqual(working.problems, []);
  await working.context.close();
});
