// Benchmark: how fast the widget starts and responds, and how much memory it uses.
// Not part of the test command's pass/fail (timings are noisy); run it with
// `bash .ci/bench.sh`. Prints medians and spreads and writes bench-results.json.
//
// Marks the widget emits: aisd:script-start (embed.js runs), aisd:first-question (the
// first question on screen and answerable: static markup for a first-time visitor, else
// the live widget), aisd:wasm-ready (Wasm instantiated), aisd:first-render (the Wasm's
// first screen in the DOM, listeners attached).
import { readFile, writeFile } from 'node:fs/promises';
import { launch, serveDist } from '../tests/e2e/harness.mjs';
import { PATHS, answer, complete, currentStep } from '../tests/e2e/widget.mjs';
import { counters, countersSession, cycles, CYCLES_PAGE } from '../tests/e2e/cycles.mjs';

const RUNS = Number(process.env.RUNS ?? 15);

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (x) => Math.round(x * 100) / 100;
  return { median: round(at(0.5)), min: round(sorted[0]), p90: round(at(0.9)), max: round(sorted[sorted.length - 1]), runs: values.length };
}

async function timings(page) {
  return page.evaluate(() => {
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const embed = performance.getEntriesByType('resource').find((e) => e.name.includes('/embed.js'));
    const start = embed?.startTime ?? mark('aisd:script-start');
    return {
      toScript: mark('aisd:script-start') - start,
      toFirstQuestion: mark('aisd:first-question') - start,
      toWasm: mark('aisd:wasm-ready') - start,
      toFirstRender: mark('aisd:first-render') - start,
    };
  });
}

async function firstRender(page) {
  await page.waitForFunction(() => performance.getEntriesByName('aisd:first-render').length > 0);
}

// One and ten widgets on a host page (issue 18): the cost of more widgets should grow far
// less than tenfold, since they share one module.
const host = (n) => ({
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${n}</title></head><body>${
    Array.from({ length: n }, (_, i) => `<div id="w${i}"></div><script type="module" src="embed.js" data-target="#w${i}" data-storage-key="w${i}" data-load="eager"></script>`).join('')
  }</body></html>`,
});
const WIDGET_COUNTS = [1, 10];

/** JS heap plus Wasm memory of `page`, in bytes, after a garbage collection. */
async function memory(context, page) {
  const { heap, wasm } = await counters(page, await countersSession(context, page));
  return { heap, wasm, total: heap + wasm };
}

// The yardstick (issue 17): the same first question drawn by plain JavaScript. And the
// same page with the simplest offline support (a network-first service worker), to tell
// the cost of working offline from the cost of the widget.
const plain = { html: await readFile('tests/bench/plain-first-question.html', 'utf8') };
const plainOffline = {
  html: plain.html.replace('</body>', `<script>navigator.serviceWorker.register('plain-offline-sw.js', { scope: 'plain-offline.html' });</script></body>`),
};
const plainOfflineWorker = {
  html: await readFile('tests/bench/plain-offline-sw.js', 'utf8'),
  headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
};

// First visible: the first animation frame in which the question's heading is in the
// widget's shadow root with the stylesheet applied. Installed before the page's scripts.
function watchVisible() {
  window.__visible = null;
  const frame = () => {
    const root = document.querySelector('#diagnostic')?.shadowRoot;
    const heading = root?.querySelector('form[data-step] .question-title');
    const sheet = root && [...root.querySelectorAll('link[rel="stylesheet"]')].some((link) => link.sheet);
    if (heading && sheet) window.__visible = performance.now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * First-visible and first-interactive times of `url` from navigation start, when the page
 * itself had arrived (the navigation's last byte: where a service worker's cost shows) and
 * first visible counted from then, and when the `live` mark (if any) came: for the widget,
 * the Wasm's first render, after which it has taken over from the static first question.
 */
async function firstQuestion(page, url, mark, live) {
  await page.goto(url);
  await page.waitForFunction((names) => window.__visible !== null
    && names.every((name) => performance.getEntriesByName(name).length > 0), [mark, live].filter(Boolean));
  return page.evaluate(([name, last]) => {
    const arrived = performance.getEntriesByType('navigation')[0].responseEnd;
    return {
      visible: window.__visible,
      interactive: performance.getEntriesByName(name)[0].startTime,
      arrived,
      afterArrival: window.__visible - arrived,
      live: last && performance.getEntriesByName(last)[0].startTime,
    };
  }, [mark, live]);
}

/**
 * Waits until `page`'s visit has finished its background work: its service worker (if it
 * registered one) active with the offline cache filled, then a second of quiet.
 */
async function settled(page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker?.getRegistration();
    if (registration) await Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 10000))]);
  });
  await page.waitForTimeout(1000);
}

// Compressed, as any production server or CDN would send the files.
const server = await serveDist({
  gzip: true,
  pages: { '/plain.html': plain, '/plain-offline.html': plainOffline, '/plain-offline-sw.js': plainOfflineWorker, ...Object.fromEntries(WIDGET_COUNTS.map((n) => [`/widgets-${n}.html`, host(n)])), ...CYCLES_PAGE },
});
const browser = await launch();
const results = { versus: Object.fromEntries(['widget', 'plain', 'plainOffline'].map((name) => [name, { cold: [], atOnce: [], warm: [] }])), cold: [], warm: [], click: [], submit: [], memory: [], widgets: Object.fromEntries(WIDGET_COUNTS.map((n) => [n, []])) };
try {
  for (let i = 0; i < RUNS; i += 1) {
    // The widget and the two plain pages take turns, each in a fresh context (cold), then
    // reloaded at once, while the first visit's background work (the offline cache being
    // filled) still runs, then visited again once that work is over (warm: a returning
    // visitor, who does not come back within a tenth of a second).
    // The widget's first question is interactive when it is on screen, static or live:
    // ticks and Next made before the Wasm are handed over to it (tests/e2e/instant.test.mjs).
    const pages = [
      ['widget', server.url, 'aisd:first-question', 'aisd:first-render'],
      ['plain', `${server.url}plain.html`, 'plain:interactive'],
      ['plainOffline', `${server.url}plain-offline.html`, 'plain:interactive'],
    ];
    for (const [name, url, mark, live] of [...pages.slice(i % 3), ...pages.slice(0, i % 3)]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(watchVisible);
      results.versus[name].cold.push(await firstQuestion(page, url, mark, live));
      results.versus[name].atOnce.push(await firstQuestion(page, url, mark, live));
      await settled(page);
      results.versus[name].warm.push(await firstQuestion(page, url, mark, live));
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await firstRender(page);
    results.cold.push(await timings(page));

    // Warm as above: a returning visitor, once the first visit has settled.
    await settled(page);
    await page.reload();
    await firstRender(page);
    results.warm.push(await timings(page));

    // A click on an answer: time until the widget has drawn again (the Next button's state
    // changes), measured inside the page.
    results.click.push(await page.evaluate(async () => {
      const root = document.querySelector('#diagnostic').shadowRoot;
      const input = root.querySelector('input[name="bottleneck"][value="time-cost"]');
      const button = root.querySelector('button[type="submit"]');
      const changed = new Promise((ok) => new MutationObserver((_, o) => { o.disconnect(); ok(); })
        .observe(button, { attributes: true }));
      const t0 = performance.now();
      input.click();
      await changed;
      return performance.now() - t0;
    }));
    // Submitting a step: time until the next step's form is in the DOM.
    results.submit.push(await page.evaluate(async () => {
      const root = document.querySelector('#diagnostic').shadowRoot;
      const changed = new Promise((ok) => new MutationObserver((_, o) => {
        if (root.querySelector('form[data-step="process-cost"]')) { o.disconnect(); ok(); }
      }).observe(root, { subtree: true, childList: true, attributes: true }));
      const t0 = performance.now();
      root.querySelector('button[type="submit"]').click();
      await changed;
      return performance.now() - t0;
    }));

    const path = PATHS['operations-first via time and cost'];
    for (const [name, values] of path.steps.slice(1)) await answer(page, name, values);
    await page.locator('[data-verdict]').waitFor();
    results.memory.push(await memory(context, page));
    await context.close();

    // Every widget's first question on screen, then the memory they hold.
    for (const n of WIDGET_COUNTS) {
      const many = await browser.newContext();
      const tab = await many.newPage();
      await tab.goto(`${server.url}widgets-${n}.html`);
      await tab.waitForFunction((count) => performance.getEntriesByName('aisd:first-render').length === count, n);
      const allFirstQuestionsMs = await tab.evaluate(() => {
        const embed = performance.getEntriesByType('resource').find((e) => e.name.includes('/embed.js'));
        return Math.max(...performance.getEntriesByName('aisd:first-render').map((m) => m.startTime)) - embed.startTime;
      });
      results.widgets[n].push({ allFirstQuestionsMs, ...(await memory(many, tab)) });
      await many.close();
    }
  }

  // A framework's route changes: CYCLES (default 1,000) insert → first question → remove
  // cycles of <ai-sequencing-diagnostic>, with what the page holds every 100.
  const routes = await browser.newContext();
  const tab = await routes.newPage();
  await tab.goto(`${server.url}cycles.html`);
  const cdp = await countersSession(routes, tab);
  const total = Number(process.env.CYCLES ?? 1000);
  results.cycles = [];
  for (let done = 0; done < total; done += 100) {
    await cycles(tab, Math.min(100, total - done));
    results.cycles.push({ cycles: Math.min(done + 100, total), ...(await counters(tab, cdp)) });
  }
  await routes.close();
} finally {
  await browser.close();
  await server.close();
}

const median = (values) => stats(values).median;
const ratio = (cache, what, to = 'plain') => Math.round(100 * median(results.versus.widget[cache].map((r) => r[what]))
  / median(results.versus[to][cache].map((r) => r[what]))) / 100;
const TITLES = { cold: 'cold', atOnce: 'reloaded at once', warm: 'warm' };
// Issue 17's goals, as ratios to the plain page in the same run.
const GOALS = { visible: 1.05, interactive: 1.25 };
const MEASURES = {
  visible: 'first visible',
  interactive: 'first interactive',
  arrived: 'the page arrived',
  afterArrival: 'first visible, from the page\'s arrival',
};
const versusPlain = Object.fromEntries(['cold', 'warm', 'atOnce'].flatMap((cache) => Object.keys(MEASURES).map((what) => [
  `${TITLES[cache]}: ${MEASURES[what]}`,
  {
    widgetMs: median(results.versus.widget[cache].map((r) => r[what])),
    plainMs: median(results.versus.plain[cache].map((r) => r[what])),
    ratio: ratio(cache, what),
    ...(cache === 'atOnce' || !(what in GOALS) ? {} : { target: GOALS[what] }),
    plainOfflineMs: median(results.versus.plainOffline[cache].map((r) => r[what])),
    ratioToOffline: ratio(cache, what, 'plainOffline'),
  },
])));
for (const cache of ['cold', 'atOnce', 'warm']) {
  versusPlain[`${TITLES[cache]}: the Wasm takes over`] = { widgetMs: median(results.versus.widget[cache].map((r) => r.live)) };
}
console.log('The first question against a plain-JS page drawing it, and that page working offline (medians, ms from navigation start):');
console.table(versusPlain);

const summary = {
  runs: RUNS,
  versusPlain,
  coldFirstQuestionMs: stats(results.cold.map((r) => r.toFirstQuestion)),
  coldWasmReadyMs: stats(results.cold.map((r) => r.toWasm)),
  coldWasmFirstRenderMs: stats(results.cold.map((r) => r.toFirstRender)),
  warmFirstQuestionMs: stats(results.warm.map((r) => r.toFirstQuestion)),
  warmWasmFirstRenderMs: stats(results.warm.map((r) => r.toFirstRender)),
  clickRerenderMs: stats(results.click),
  stepSubmitRerenderMs: stats(results.submit),
  memoryAfterCompletionMB: stats(results.memory.map((m) => m.total / 1048576)),
  jsHeapMB: stats(results.memory.map((m) => m.heap / 1048576)),
  wasmMemoryMB: stats(results.memory.map((m) => m.wasm / 1048576)),
  ...Object.fromEntries(WIDGET_COUNTS.flatMap((n) => [
    [`widgets${n}AllFirstQuestionsMs`, stats(results.widgets[n].map((r) => r.allFirstQuestionsMs))],
    [`widgets${n}MemoryMB`, stats(results.widgets[n].map((r) => r.total / 1048576))],
  ])),
  targets: { coldFirstQuestionMs: 150, clickRerenderMs: 16, memoryAfterCompletionMB: 4 },
};
console.table(Object.fromEntries(Object.entries(summary).filter(([, v]) => v && v.median !== undefined)));

// After the first 100 cycles (warm-up), what each further cycle leaves behind.
const [warm] = results.cycles;
const last = results.cycles.at(-1);
const perCycle = (what) => Math.round((last[what] - warm[what]) / (last.cycles - warm.cycles));
summary.routeCycles = {
  cycles: last.cycles,
  perCycleAfterWarmUp: { nodes: perCycle('nodes'), listeners: perCycle('listeners'), jsHeapBytes: perCycle('heap'), wasmBytes: perCycle('wasm') },
};
console.log('Insert → first question → remove <ai-sequencing-diagnostic> (after a forced GC, every 100 cycles):');
console.table(results.cycles.map(({ cycles: n, nodes, listeners, heap, wasm }) => ({ cycles: n, nodes, listeners, jsHeapKB: Math.round(heap / 1024), wasmKB: wasm / 1024 })));
console.log('Left behind by each cycle after the first 100:', summary.routeCycles.perCycleAfterWarmUp);

// Lighthouse (mobile, simulated slow 4G), when bench.sh has installed it.
let lighthouse;
try {
  lighthouse = (await import(process.env.LIGHTHOUSE ?? 'lighthouse')).default;
} catch {
  console.log('Lighthouse is not installed: run through bash .ci/bench.sh for its scores.');
}
if (lighthouse) {
  const { chromium } = await import('playwright-core');
  const again = await serveDist({ gzip: true, pages: { '/plain.html': plain } });
  const port = 9300 + Math.floor(Math.random() * 600);
  const chrome = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: [`--remote-debugging-port=${port}`] });
  const scores = {};
  try {
    for (const [name, path] of [['standalone', ''], ['demo', 'demo.html'], ['plain', 'plain.html']]) {
      const runs = [];
      for (let i = 0; i < Number(process.env.LIGHTHOUSE_RUNS ?? 3); i += 1) {
        const { lhr } = await lighthouse(`${again.url}${path}`, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        runs.push({ score: lhr.categories.performance.score * 100, lcp: lhr.audits['largest-contentful-paint'].numericValue });
      }
      scores[name] = { performance: median(runs.map((r) => r.score)), lcpMs: Math.round(median(runs.map((r) => r.lcp))), runs: runs.length };
    }
  } finally {
    await chrome.close();
    await again.close();
  }
  console.log('Lighthouse, mobile (medians):');
  console.table(scores);
  summary.lighthouse = scores;
}
await writeFile('bench-results.json', `${JSON.stringify({ summary, raw: results }, null, 2)}\n`);
console.log('written bench-results.json');
