// Shared set-up for the end-to-end tests: the system Chromium (never a downloaded one),
// a static server over dist/, and a watcher that fails a test on any console error.
import { mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export { serve };

/** The repository's root. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built widget the tests serve: `dist/`, or `AISD_DIST` (the benchmark compares two builds). */
export const DIST = process.env.AISD_DIST ? resolve(process.env.AISD_DIST) : join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

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

/**
 * Saves a screenshot under test-artifacts/ (not committed): the whole page, or with
 * `{ fullPage: false }` only what the viewport shows.
 */
export async function screenshot(page, name, { fullPage = true } = {}) {
  const path = join(ARTIFACTS, `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * What would make a page scroll sideways or cut the widget off at this viewport: the
 * page wider than its viewport, and each visible element of a widget (in an open shadow
 * root) reaching past the viewport's left or right edge. Empty when the layout fits; it
 * also says so when it saw too little of a widget to judge.
 */
export async function sidewaysOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems = [];
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > width) problems.push(`the page is ${pageWidth} px wide in a ${width} px viewport`);
    let measured = 0;
    for (const host of document.querySelectorAll('*')) {
      for (const element of host.shadowRoot?.querySelectorAll('*') ?? []) {
        if (!element.checkVisibility() || element.closest('.sr-only')) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0) continue;
        measured += 1;
        if (box.left < -0.5 || box.right > width + 0.5) {
          problems.push(`${element.tagName.toLowerCase()}.${element.className} at ${Math.round(box.left)}..${Math.round(box.right)} px`);
        }
      }
    }
    if (measured < 20) problems.push(`only ${measured} elements of a widget were measured`);
    return problems;
  });
}

/** The strict CSP of spec §6, as a host page sends it. */
/**
 * Resolves once `page` (Playwright's or Puppeteer's) is controlled by its service worker:
 * the worker installed, its offline cache filled, and active.
 */
export async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** A host page for `serve`'s `pages`: `body` in a minimal document, sent with `csp`. */
export function hostPage(body, csp = STRICT_CSP, lang = 'en') {
  return {
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body>${body}</body></html>`,
    headers: { 'Content-Security-Policy': csp },
  };
}

/** The events of the widget's public contract (spec §6). */
export const EVENTS = ['aisd:ready', 'aisd:step', 'aisd:complete', 'aisd:cta'];

/**
 * Opens `url` in a fresh browser context, recording what a test may assert on: console
 * problems (`problems`), CSP violations (`window.__violations`) and every widget event
 * (`window.__events`: name, the target's id, detail). `init` runs before the page's
 * scripts. Unless `followLinks`, any click on a link is kept from leaving the page, so a
 * test can follow a call to action and stay. `prepare(context)` runs before the page
 * opens (to route its requests, say).
 */
export async function openTab(browser, url, { init, contextOptions, followLinks = false, prepare } = {}) {
  const context = await browser.newContext(contextOptions);
  await prepare?.(context);
  const tab = await context.newPage();
  const problems = watch(tab);
  await tab.addInitScript(({ names, followLinks }) => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    window.__events = [];
    for (const name of names) {
      document.addEventListener(name, (e) => {
        window.__events.push({ name, target: e.target.id, detail: e.detail });
      });
    }
    if (followLinks) return;
    document.addEventListener('click', (e) => {
      if (e.composedPath().some((el) => el instanceof HTMLAnchorElement)) e.preventDefault();
    }, true);
  }, { names: EVENTS, followLinks });
  if (init) await tab.addInitScript(init);
  await tab.goto(url);
  return { context, tab, problems };
}

/** The URLs `tab` requests from now on whose address contains `part` (filled as it goes). */
export function requestsTo(tab, part) {
  const urls = [];
  tab.on('request', (request) => {
    if (request.url().includes(part)) urls.push(request.url());
  });
  return urls;
}
