// Offline after one visit, safe updates between deployments, and a failed first visit
// that leaves nothing broken behind.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DIST, controlled, launch, serve, watch } from './harness.mjs';
import { complete, currentStep, PATHS, resultIds, started } from './widget.mjs';

const run = promisify(execFile);
let browser;
let work;
before(async () => {
  browser = await launch();
  work = await mkdtemp(join(tmpdir(), 'aisd-offline-'));
});
after(async () => {
  await browser?.close();
  await rm(work, { recursive: true, force: true });
});

/** A copy of dist/ with a changed widget.css, re-stamped as the build hook would. */
async function secondBuild() {
  const dir = join(work, 'build-b');
  await cp(DIST, dir, { recursive: true });
  await appendFile(join(dir, 'widget.css'), '\n/* second deployment */\n');
  await run('node', ['.ci/post-build.mjs', '--restamp'], { env: { ...process.env, TRUNK_STAGING_DIR: dir } });
  return dir;
}

async function buildId(dir) {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  return sw.match(/const BUILD = '([^']+)'/)[1];
}

test('after one online visit, the standalone and demo pages work offline', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(server.url);
  await started(page);
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await started(page);
  await complete(page, PATHS['operations-first via time and cost']);
  assert.equal((await resultIds(page)).verdict, 'operations-first');
  assert.equal(await page.locator('[data-plan-step] time').count(), 6, 'the dated plan renders offline');

  await page.goto(`${server.url}demo.html`);
  await page.locator('#ai-diagnostic').scrollIntoViewIfNeeded();
  await currentStep(page).or(page.locator('[data-verdict]')).waitFor();

  // Also with the server gone rather than the browser offline.
  await context.setOffline(false);
  server.offline();
  await page.goto(server.url);
  await page.locator('[data-verdict]').waitFor();
  await page.getByRole('button', { name: 'Start over' }).click();
  await complete(page, PATHS['growth-first via scenario B']);
  assert.equal((await resultIds(page)).verdict, 'growth-first');
  assert.deepEqual(problems.filter((p) => !p.startsWith('request failed') && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)), []);
  await context.close();
  await server.close();
});

/**
 * A server of dist/ (or of `root`, opened at `path`), and a page in a fresh context after
 * one visit, under its worker.
 */
async function visitedOnce(root = DIST, path = '') {
  const server = await serve(root);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await started(page);
  await controlled(page);
  return { server, context, page };
}

test('filling the offline cache downloads no file the page already has', async () => {
  const { server, context } = await visitedOnce();
  const versioned = [...server.served].filter(([address]) => address.includes('?v='));
  assert.ok(versioned.some(([address]) => address.startsWith('/aisd_bg.wasm?')), 'the Wasm was downloaded');
  // Each versioned file once: by the page, or by the worker's install for those the page
  // did not need (the other languages' files).
  assert.deepEqual(versioned.filter(([, count]) => count !== 1), []);
  await context.close();
  await server.close();
});

// The worker's routes are URL patterns of its scope; a directory whose name holds pattern
// characters must be taken literally.
for (const directory of ['', 'ai+(tools):v1/']) {
  test(`a returning visitor does not wait for the worker: the build's files from its cache, the page from the network (${directory || 'at the root'})`, async () => {
    const root = join(work, 'routes');
    await cp(DIST, join(root, directory), { recursive: true });
    const { server, context, page } = await visitedOnce(root, encodeURI(directory));
    await page.reload();
    await started(page);
    // How each request was answered, as Chromium reports it: 'cache' and 'network' by the
    // static routes the worker declared at install, 'fetch-event' by its fetch handler,
    // '' without the worker.
    const answered = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource')
      .concat(performance.getEntriesByType('navigation'))
      .map((entry) => [new URL(entry.name).pathname.split('/').pop() || 'page', entry.workerFinalSourceType])));
    // The page names its stylesheet and embed.js by this build's address, as embed.js
    // names the widget's files.
    assert.deepEqual(
      {
        css: answered['widget.css'], wasm: answered['aisd_bg.wasm'],
        pageCss: answered['page.css'], embed: answered['embed.js'],
      },
      { css: 'cache', wasm: 'cache', pageCss: 'cache', embed: 'cache' },
    );
    // The page itself goes to the network at once (raced with the worker, whose cached copy
    // answers when the network does not), so a new deployment is seen.
    assert.ok(['network', 'fetch-event'].includes(answered.page), `the page answered by ${answered.page || 'the worker alone'}`);
    await rm(root, { recursive: true, force: true });
    await context.close();
    await server.close();
  });
}

test('a server answering errors after one visit: the cached page and widget still work', async () => {
  const { server, context, page } = await visitedOnce();
  server.setFailing(['/', '/page.css', '/embed.js']);
  const response = await page.reload();
  assert.equal(response.status(), 200, 'the cached page, not the server\'s 503');
  await started(page);
  await complete(page, PATHS['operations-first via time and cost']);
  assert.equal((await resultIds(page)).verdict, 'operations-first');
  await context.close();
  await server.close();
});

test('a new deployment is picked up on the next online visit, never mixed with the old one', async () => {
  const first = await buildId(DIST);
  const dirB = await secondBuild();
  const second = await buildId(dirB);
  assert.notEqual(first, second, 'a changed file must give a new build id');

  const { server, context, page } = await visitedOnce();
  await page.close();

  server.setRoot(dirB);
  const next = await context.newPage();
  const requested = [];
  const failed = [];
  next.on('request', (r) => requested.push(r.url()));
  next.on('requestfailed', (r) => failed.push(r.url()));
  await next.goto(server.url);
  await started(next);
  const versions = new Set(requested.map((u) => new URL(u).searchParams.get('v')).filter(Boolean));
  assert.deepEqual([...versions], [second], `files of builds ${[...versions]} were requested`);
  assert.deepEqual(failed, []);
  await complete(next, PATHS['growth-first via scenario B']);

  // The new worker takes over once the old one has no page, and drops the old cache.
  await next.close();
  const last = await context.newPage();
  await last.goto(server.url);
  await last.locator('[data-verdict]').waitFor();
  await last.waitForFunction(async (id) => (await caches.keys()).every((k) => k === `aisd-${id}`), second);
  await context.close();
  await server.close();
});

test('a failing first visit leaves no half-filled cache behind', async () => {
  const server = await serve(DIST, { failing: ['/demo.css'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await started(page);
  const installed = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const worker = registration?.installing ?? registration?.waiting ?? registration?.active;
    if (worker && worker.state !== 'activated' && worker.state !== 'redundant') {
      await new Promise((ok) => worker.addEventListener('statechange', () => {
        if (worker.state === 'redundant' || worker.state === 'activated') ok();
      }));
    }
    const keys = await caches.keys();
    const entries = await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).length));
    return { active: Boolean(registration?.active), entries };
  });
  assert.equal(installed.active, false, 'the worker activated without its whole build');
  assert.ok(installed.entries.every((n) => n === 0), `cached entries: ${installed.entries}`);

  // The next visit, with the network healthy, installs properly and works offline.
  server.setFailing([]);
  await page.reload();
  await started(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await started(page);
  await context.close();
  await server.close();
});
