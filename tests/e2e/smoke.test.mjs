import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshot, serveDist, watch } from './harness.mjs';

let browser;
let server;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the standalone page renders the widget inside a shadow root', async () => {
  const page = await browser.newPage();
  const problems = watch(page);
  await page.goto(server.url);
  const heading = page.getByRole('heading', { level: 2 }).first();
  await heading.waitFor();
  assert.ok(await page.locator('#diagnostic').evaluate((el) => el.shadowRoot !== null));
  await screenshot(page, 'smoke-standalone');
  assert.deepEqual(problems, []);
});
