import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, useBrowserAndDist, watch } from './harness.mjs';

const env = useBrowserAndDist();

test('the standalone page renders the widget inside a shadow root', async () => {
  const page = await env.browser.newPage();
  const problems = watch(page);
  const origins = new Set();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.goto(env.server.url);
  const heading = page.getByRole('heading', { level: 2 }).first();
  await heading.waitFor();
  assert.ok(await page.locator('#diagnostic').evaluate((el) => el.shadowRoot !== null));
  await screenshot(page, 'smoke-standalone');
  assert.deepEqual(problems, []);
  assert.deepEqual([...origins], [new URL(env.server.url).origin], 'no request may leave the widget\'s origin');
});
