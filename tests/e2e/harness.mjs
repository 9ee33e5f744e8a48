// Shared set-up for the end-to-end tests: the system Chromium (never a downloaded one),
// a static server over dist/, and a watcher that fails a test on any console error.
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export { serve };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DIST = join(root, 'dist');
export const ARTIFACTS = join(root, 'test-artifacts');

const FLAGS = [
  '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/** Launches headless Debian Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

/** Serves dist/ on a free port of 127.0.0.1. */
export function serveDist(options) {
  return serve(DIST, options);
}

/**
 * Starts a browser and a dist/ server before the file's tests and stops them after.
 * Returns an object whose `browser` and `server` are set once the tests run.
 */
export function useBrowserAndDist(options) {
  const env = {};
  before(async () => {
    env.server = await serveDist(options);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Records console errors and warnings, uncaught exceptions and failed requests of a page,
 * so a test can assert that normal use produced none.
 */
export function watch(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A request the page itself abandons (a reload while the favicon loads) is not a fault.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
  });
  return problems;
}

/** Saves a screenshot under test-artifacts/ (not committed). */
export async function screenshot(page, name) {
  const path = join(ARTIFACTS, `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
