// How a visitor drives the widget in WebKit, over WebDriver: the same public contract as
// tests/e2e/widget.mjs (inputs by name/value, the result by data-verdict, data-reason,
// data-warning). What a test acts on is found with WebDriver's shadow-root commands
// (WebKitGTK 2.50 has Get Element Shadow Root and Find Element From Shadow Root), and
// clicked and typed into with WebDriver's own pointer and key events, never by script.
// What a test reads (the step on screen, the result's ids) is read by a script in the
// page, which is quicker than one command per attribute.
import { setTimeout as sleep } from 'node:timers/promises';

/** The widget whose shadow host `host` (a CSS selector) selects, in `session`'s page. */
export function widget(session, host = '#diagnostic') {
  /** The first element of the shadow root matching `css`, as a WebDriver element (or null). */
  const find = async (css) => {
    const root = await (await session.findElement(host))?.shadowRoot();
    return root ? root.find(css) : null;
  };

  const w = {
    session,
    host,
    find,

    /** Runs `fn(root, ...args)` in the page with the widget's shadow root. */
    inRoot: (fn, ...args) => session.evaluate(
      `const root = document.querySelector(arguments[0])?.shadowRoot; return (${fn}).apply(null, [root, ...Array.from(arguments).slice(1)]);`,
      host,
      ...args,
    ),

    /**
     * Waits until the Wasm has rendered (its `aisd:first-render` mark, `renders` times on a
     * page with several widgets) and this widget shows a step or a result.
     */
    async started({ renders = 1, timeout } = {}) {
      await session.waitFor((h, n) => performance.getEntriesByName('aisd:first-render').length >= n
        && document.querySelector(h)?.shadowRoot?.querySelector('form[data-step], [data-verdict]'), { args: [host, renders], timeout, message: `the widget in ${host} to start` });
    },

    /** The id of the step on screen (`data-step`), or null on the result. */
    step: () => w.inRoot((root) => root.querySelector('form[data-step]')?.dataset.step ?? null),

    /** Waits until the step on screen is `id`. */
    waitForStep: (id) => session.waitFor((h, s) => document.querySelector(h)?.shadowRoot?.querySelector(`form[data-step="${s}"]`), { args: [host, id], message: `step ${id} in ${host}` }),

    /**
     * Clicks the element `css` of the shadow root with WebDriver's pointer. It is first
     * scrolled to the middle of the viewport at once: WebDriver's own scroll would follow
     * a page's `scroll-behavior: smooth` (the demo page's), and WebKit's driver refuses a
     * click on an element that is still on its way into view.
     */
    async click(css) {
      const element = await find(css);
      if (!element) throw new Error(`no ${css} in ${host}`);
      await session.evaluate((e) => e.scrollIntoView({ block: 'center', behavior: 'instant' }), element);
      await element.click();
    },

    /** Clicks the step's submit button and waits until another step or the result shows. */
    async submit() {
      const before = await w.step();
      await w.click('form[data-step] button[type="submit"]');
      await session.waitFor((h, previous) => {
        const root = document.querySelector(h).shadowRoot;
        return root.querySelector('[data-verdict]') || root.querySelector('form[data-step]')?.dataset.step !== previous;
      }, { args: [host, before], message: `a step after ${before}` });
    },

    /** Ticks `values` of question `name` (or types the `numbers`) and submits the step. */
    async answer(name, values) {
      if (name === 'numbers') {
        for (const [field, value] of Object.entries(values)) {
          const input = await find(`input[name="${field}"]`);
          await input.clear();
          await input.type(value);
        }
      } else {
        for (const value of values) await w.click(`input[name="${name}"][value="${value}"]`);
      }
      await w.submit();
    },

    /** Answers every step of `path` (tests/e2e/widget.mjs's PATHS) and waits for the result. */
    async complete(path) {
      for (const [name, values] of path.steps) await w.answer(name, values);
      await w.waitForResult();
    },

    waitForResult: () => session.waitFor((h) => document.querySelector(h)?.shadowRoot?.querySelector('[data-verdict]'), { args: [host], message: `the result in ${host}` }),

    /** What the result shows: verdict, reason ids and warning ids, in order. */
    result: () => w.inRoot((root) => {
      const result = root.querySelector('[data-verdict]');
      return result && {
        verdict: result.dataset.verdict,
        reasons: [...result.querySelectorAll('[data-reason]')].map((e) => e.dataset.reason),
        warnings: [...result.querySelectorAll('[data-warning]')].map((e) => e.dataset.warning),
      };
    }),

    /** The checked values of question `name`. */
    checked: (name) => w.inRoot((root, n) => [...root.querySelectorAll(`input[name="${n}"]:checked`)].map((i) => i.value), name),

    /** The visible text of the notices (storage, share link), trimmed. */
    notices: () => w.inRoot((root) => [...root.querySelectorAll('.notice')].map((n) => n.textContent.trim()).join(' ').trim()),

    /** The shadow root's focused element, as "TAG:name-or-text". */
    focused: () => w.inRoot((root) => {
      const active = root.activeElement;
      return active ? `${active.tagName}:${active.getAttribute('name') ?? active.getAttribute('aria-label') ?? active.textContent.trim()}` : 'none';
    }),
  };
  return w;
}

/**
 * Waits until the page is controlled by its service worker: installed, its offline cache
 * filled, active and claiming the page.
 */
export async function controlled(session) {
  await session.waitFor(() => {
    // Asked once, answered on a later poll: the worker's readiness is a promise.
    if (!window.__aisdReady) {
      window.__aisdReady = 'waiting';
      navigator.serviceWorker.ready.then(() => { window.__aisdReady = 'ready'; });
    }
    return window.__aisdReady === 'ready' && navigator.serviceWorker.controller !== null;
  }, { timeout: 30_000, message: 'the service worker to control the page' });
}

/**
 * Removes everything a script wrote for this origin, as Safari's storage policy does after
 * seven days without a visit: localStorage, sessionStorage, Cache Storage, service workers
 * and IndexedDB. Resolves to what was there before and what is left after (nothing).
 */
export function clearSiteData(session) {
  return session.evaluate(async () => {
    const count = async () => ({
      local: localStorage.length,
      caches: (await caches.keys()).length,
      workers: (await navigator.serviceWorker.getRegistrations()).length,
    });
    const before = await count();
    localStorage.clear();
    sessionStorage.clear();
    for (const name of await caches.keys()) await caches.delete(name);
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const database of (await indexedDB.databases?.()) ?? []) indexedDB.deleteDatabase(database.name);
    return { before, after: await count() };
  });
}

/** A short pause, where a test must show that something does not happen. */
export const pause = (ms) => sleep(ms);
