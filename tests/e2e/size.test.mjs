// The size report's figure for the standalone page counts what the browser really
// receives: every file `/` requests from navigation until aisd:ready, and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndDist, watch } from './harness.mjs';
import { SETS } from '../../.ci/size-sets.mjs';

const env = useBrowserAndDist();

test("the standalone page requests until aisd:ready exactly the files the size report counts for it", async () => {
  // A first visit: nothing cached, no service worker yet.
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  const requested = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    requested.push(pathname === '/' ? 'index.html' : pathname.slice(1));
  });
  // Called from the page at aisd:ready: the requests reported before it are the ones the
  // page made until then (the browser reports them in order).
  let atReady;
  let readyNow;
  const ready = new Promise((resolve) => { readyNow = resolve; });
  await page.exposeBinding('__sizeReady', () => {
    atReady = [...requested];
    readyNow();
  });
  await page.addInitScript(() => {
    document.addEventListener('aisd:ready', () => window.__sizeReady(), { once: true });
  });
  await page.goto(env.server.url);
  await ready;
  const counted = SETS.standalonePage.files;
  assert.deepEqual(atReady.filter((file) => !counted.includes(file)), [], 'requested but not counted by .ci/size-sets.mjs');
  assert.deepEqual(counted.filter((file) => !atReady.includes(file)), [], 'counted by .ci/size-sets.mjs but not requested');
  assert.deepEqual(problems, []);
  await context.close();
});
