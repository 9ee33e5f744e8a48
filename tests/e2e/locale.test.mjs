// Languages: an Italian page (<html lang="it">) gets the widget in Italian from the first
// question to the printed result and the calendar file, data-locale="en" overrides it, a
// browser set to it-IT gets Italian on a page without lang, an English page never
// downloads Italian words, a bad data-locale warns naming the attribute, a result shared
// from English opens in Italian with the same ids, the Italian and English reports have the
// same nodes for every verdict, axe is clean on every Italian step (screenshots at 360 and
// 1280 px), and a right-to-left root mirrors the layout without overlaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { DIST, screenshot, serve, useBrowserAndDist, watch } from './harness.mjs';
import { answer, complete, currentStep, PATHS, rendered, resultIds, stepId } from './widget.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

/** A host page: its `<html lang>` (none when null) and the script tag's extra attributes. */
function page(lang, attributes = '') {
  return {
    html: `<!doctype html><html${lang === null ? '' : ` lang="${lang}"`}><head><meta charset="utf-8">
<title>Host</title><link rel="icon" href="data:,"></head><body><main><h1>Host</h1><div id="w"></div></main>
<script type="module" src="embed.js" data-target="#w" data-load="eager" ${attributes}></script></body></html>`,
    headers: { 'Content-Security-Policy': CSP },
  };
}

const env = useBrowserAndDist({
  pages: {
    '/it.html': page('it', 'data-currency="EUR"'),
    '/it-en.html': page('it', 'data-locale="en"'),
    '/it-fr.html': page('it-IT', 'data-locale="fr"'),
    '/nolang.html': page(null),
    '/en.html': page('en-GB', 'data-currency="EUR"'),
    '/element.html': {
      html: `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Elementi</title>
<link rel="icon" href="data:,"></head><body><main><h1>Elementi</h1>
<ai-sequencing-diagnostic id="a" storage-key="el-a" load="eager"></ai-sequencing-diagnostic>
<ai-sequencing-diagnostic id="b" storage-key="el-b" load="eager" locale="en"></ai-sequencing-diagnostic>
</main><script type="module" src="element.js"></script></body></html>`,
      headers: { 'Content-Security-Policy': CSP },
    },
  },
});

// A path through every step, with numbers typed the Italian way.
const EVERY_STEP = [
  ['bottleneck', ['both']],
  ['bottleneck-tiebreak', ['time-cost']],
  ['process-cost', ['measured']],
  ['numbers', { 'weekly-hours': '1.250', 'hourly-cost': '45,50' }],
  ['amplify', ['no']],
  ['situation', ['ops-efficient', 'several-projects']],
  ['foundation', ['crm-consistent']],
];

// The element the widget renders into, which carries its lang and dir.
// What the page itself fetched. The service worker of the widget's own pages precaches
// every file of the build, every language included, for offline use, after the widget
// is ready: that is not the page downloading a language.
function pageRequest(request, requested) {
  if (!request.serviceWorker()) requested.push(new URL(request.url()).pathname);
}

const root = (tab) => tab.locator('[lang]:has(> .aisd)');
const text = (tab) => root(tab).evaluate((element) => element.textContent);
// Words that only English has: an Italian screen holds none of them.
const ENGLISH = /\b(the|your|and|of|to|with|Next|Back|Step)\b/;

async function open(context, path) {
  const tab = await context.newPage();
  const problems = watch(tab);
  await tab.goto(`${env.server.url}${path.replace(/^\//, '')}`);
  await rendered(tab);
  await currentStep(tab).or(tab.locator('[data-verdict]')).first().waitFor();
  return { tab, problems };
}

async function axe(tab) {
  await tab.addScriptTag({ path: AXE });
  return tab.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
}

test('an Italian page shows Italian from the first question to the printed result and the calendar', async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const requested = [];
  context.on('request', (request) => pageRequest(request, requested));
  const { tab, problems } = await open(context, '/it.html');
  assert.equal(await root(tab).getAttribute('lang'), 'it');
  assert.equal(await root(tab).getAttribute('dir'), 'ltr');
  assert.ok(requested.includes('/locales/it.txt'), 'the Italian words were fetched');
  await assert.doesNotReject(tab.getByRole('heading', { name: 'Che cosa frena di più la tua azienda in questo momento?' }).waitFor());
  assert.match(await text(tab), /Domanda 1 di 5/);

  const live = tab.locator('[aria-live="polite"]:not([role])');
  for (const [name, values] of EVERY_STEP) {
    const shown = await text(tab);
    assert.doesNotMatch(shown, ENGLISH, `English on step ${await stepId(tab)}: ${shown}`);
    if (name === 'process-cost') {
      // What a screen reader hears, in Italian too.
      assert.match(await live.textContent(), /^Domanda 3 di \d: Sai quanto ti costano/);
    }
    if (name === 'numbers') {
      // A refusal is explained in Italian, with the Italian decimal comma.
      await tab.locator('input[name="weekly-hours"]').fill('tante');
      await currentStep(tab).getByRole('button', { name: 'Avanti' }).click();
      await assert.doesNotReject(tab.getByText('Inserisci un numero di ore, per esempio 12 o 7,5.').waitFor());
    }
    await answer(tab, name, values);
  }
  await tab.locator('[data-verdict="operations-first"]').waitFor();
  assert.equal(await live.textContent(), 'Il tuo risultato: Parti dall’IA per l’efficienza');
  assert.equal(
    await tab.getByRole('heading', { level: 2 }).textContent(),
    'Parti dall’IA per l’efficienza',
  );
  const result = await text(tab);
  assert.doesNotMatch(result, ENGLISH, result);
  // 1.250 typed in Italian is twelve hundred and fifty hours; money in euros, Italian style,
  // the estimates (56.875 and 2.957.500) to two significant figures.
  assert.ok(
    result.includes('1.250 ore alla settimana, cioè circa 57.000\u00a0€ alla settimana o 3.000.000\u00a0€ all’anno'),
    result,
  );
  assert.ok(result.includes('1.250 ore alla settimana a 45,50\u00a0€ all’ora'), result);
  const dates = await tab.locator('li[data-plan-step] time').allTextContents();
  assert.equal(dates.length, 6);
  for (const date of dates) {
    // The weekday written out: abbreviated, "mar" would be both Tuesday and March.
    assert.match(date, /^(lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica) \d{1,2} (gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic) \d{4}$/);
  }

  const [file] = await Promise.all([
    tab.waitForEvent('download'),
    tab.getByRole('button', { name: 'Aggiungi il piano al calendario' }).click(),
  ]);
  assert.equal(file.suggestedFilename(), 'piano-ia-90-giorni.ics');
  const ics = await readFile(await file.path(), 'utf8');
  assert.match(ics, /X-WR-CALNAME:Il tuo piano di 90 giorni/);
  assert.match(ics, /SUMMARY:Decidi come misurare il successo/);

  await tab.emulateMedia({ media: 'print' });
  const printed = await root(tab).evaluate((element) => element.innerText);
  assert.ok(printed.includes('Parti dall’IA per l’efficienza'), printed);
  assert.ok(printed.includes('IA per l’efficienza e IA per la crescita a confronto'), printed);
  assert.ok(printed.includes('Il tuo piano di 90 giorni'), printed);
  assert.doesNotMatch(printed, ENGLISH, printed);
  assert.ok(!printed.includes('Ricomincia'), 'the actions are not printed');
  assert.deepEqual(problems, []);
  await context.close();
});

test('data-locale="en" overrides an Italian page', async () => {
  const context = await env.browser.newContext();
  const requested = [];
  context.on('request', (request) => pageRequest(request, requested));
  const { tab, problems } = await open(context, '/it-en.html');
  assert.equal(await root(tab).getAttribute('lang'), 'en');
  await assert.doesNotReject(tab.getByRole('heading', { name: 'What holds your business back most right now?' }).waitFor());
  assert.ok(!requested.some((path) => path.startsWith('/locales/')), `${requested}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser set to Italian gets Italian on a page without lang, and English pages stay English', async () => {
  const italian = await env.browser.newContext({ locale: 'it-IT' });
  const { tab, problems } = await open(italian, '/nolang.html');
  assert.equal(await root(tab).getAttribute('lang'), 'it');
  await assert.doesNotReject(tab.getByRole('heading', { name: 'Che cosa frena di più la tua azienda in questo momento?' }).waitFor());
  assert.deepEqual(problems, []);
  // The page's own language comes before the visitor's.
  const english = await open(italian, '/en.html');
  assert.equal(await root(english.tab).getAttribute('lang'), 'en');
  await italian.close();

  const context = await env.browser.newContext({ locale: 'en-GB' });
  const requested = [];
  context.on('request', (request) => pageRequest(request, requested));
  const plain = await open(context, '/nolang.html');
  assert.equal(await root(plain.tab).getAttribute('lang'), 'en');
  assert.ok(!requested.some((path) => path.startsWith('/locales/')), `${requested}`);
  await context.close();
});

test('the custom element speaks its page\'s language, or the one its locale attribute names', async () => {
  const context = await env.browser.newContext();
  const { tab, problems } = await open(context, '/element.html');
  await assert.doesNotReject(tab.locator('#a').getByRole('heading', { name: 'Che cosa frena di più la tua azienda in questo momento?' }).waitFor());
  await assert.doesNotReject(tab.locator('#b').getByRole('heading', { name: 'What holds your business back most right now?' }).waitFor());
  assert.equal(await tab.locator('#a [lang]:has(> .aisd)').getAttribute('lang'), 'it');
  assert.equal(await tab.locator('#b [lang]:has(> .aisd)').getAttribute('lang'), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a data-locale the widget does not speak warns, naming the attribute, and the page language is used', async () => {
  const context = await env.browser.newContext();
  const { tab, problems } = await open(context, '/it-fr.html');
  assert.equal(await root(tab).getAttribute('lang'), 'it');
  await assert.doesNotReject(tab.getByRole('heading', { name: 'Che cosa frena di più la tua azienda in questo momento?' }).waitFor());
  assert.equal(problems.length, 1, `${problems}`);
  assert.match(problems[0], /^console\.warning: .*data-locale="fr" is not a language this widget speaks; using "it"/);
  await context.close();
});

test('a result shared from an English page opens in Italian with the same ids', async () => {
  const context = await env.browser.newContext();
  const path = PATHS['process-audit-first after the tie-break'];
  const english = await open(context, '/en.html');
  await complete(english.tab, path);
  const ids = await resultIds(english.tab);
  const key = 'ai-sequencing-diagnostic';
  const record = await english.tab.evaluate((k) => localStorage.getItem(k), key);
  // The same stored record, read by the Italian page of the same site.
  const italian = await open(context, '/it.html');
  assert.deepEqual(await resultIds(italian.tab), ids);
  assert.equal(await italian.tab.evaluate((k) => localStorage.getItem(k), key), record);
  assert.equal(await italian.tab.getByRole('heading', { level: 2 }).textContent(), 'Parti da un’analisi dei processi');
  // And a share link.
  await italian.tab.evaluate((k) => localStorage.removeItem(k), key);
  const shared = await open(context, `/it.html#${key}=1btn-y07`);
  assert.equal(await shared.tab.locator('[data-verdict]').getAttribute('data-verdict'), 'process-audit-first');
  assert.ok((await text(shared.tab)).includes('Stai guardando un risultato che qualcuno ha condiviso con te'));
  await context.close();
});

test('when the Wasm cannot load, an Italian page says so in Italian', async () => {
  const server = await serve(DIST, { pages: { '/it.html': page('it') }, failing: ['/aisd_bg.wasm'] });
  const context = await env.browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${server.url}it.html`);
    const alert = tab.getByRole('alert');
    await alert.waitFor();
    assert.equal(await alert.textContent(), 'Non è stato possibile caricare il questionario sull’IA. Controlla la connessione e ricarica la pagina.');
    assert.equal(await alert.getAttribute('lang'), 'it');
  } finally {
    await context.close();
    await server.close();
  }
});

/** The result's nodes without their words: tags, attributes (aria-label blanked), text runs. */
function skeleton(tab) {
  return tab.locator('[data-verdict]').evaluate((result) => {
    const nodes = [];
    const walk = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        if (node.textContent.trim()) nodes.push('#text');
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const attributes = [...node.attributes]
        .map((a) => `${a.name}=${a.name === 'aria-label' ? '…' : a.value}`)
        .join(' ');
      nodes.push(`<${node.tagName} ${attributes}>`);
      node.childNodes.forEach(walk);
      nodes.push(`</${node.tagName}>`);
    };
    walk(result);
    return nodes;
  });
}

test('the Italian and English reports have the same nodes, ids and events for every verdict', async () => {
  const verdicts = new Set();
  for (const [name, path] of Object.entries(PATHS)) {
    const skeletons = [];
    const events = [];
    for (const host of ['/en.html', '/it.html']) {
      const context = await env.browser.newContext();
      const { tab, problems } = await open(context, host);
      await tab.evaluate(() => {
        window.seen = [];
        document.querySelector('#w').addEventListener('aisd:complete', (e) => window.seen.push(e.detail));
      });
      await complete(tab, path);
      events.push(await tab.evaluate(() => window.seen));
      assert.deepEqual(await resultIds(tab), { verdict: path.verdict, reasons: path.reasons, warnings: path.warnings }, `${name} on ${host}`);
      skeletons.push(await skeleton(tab));
      assert.deepEqual(problems, []);
      await context.close();
    }
    assert.ok(skeletons[0].length > 100, 'the skeleton sees the report');
    assert.deepEqual(skeletons[1], skeletons[0], name);
    assert.equal(events[0].length, 1, name);
    assert.deepEqual(events[1], events[0], `${name}: the host hears the same ids`);
    verdicts.add(path.verdict);
  }
  assert.deepEqual([...verdicts].sort(), ['growth-first', 'operations-first', 'process-audit-first']);
});

for (const width of [360, 1280]) {
  test(`axe finds no violation on any Italian step or result at ${width} px (screenshots in test-artifacts/)`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    const { tab, problems } = await open(context, '/it.html');
    for (const [name, values] of EVERY_STEP) {
      const step = await stepId(tab);
      await screenshot(tab, `it/${width}-${step}`);
      assert.deepEqual(await axe(tab), [], `${width} px, step ${step}`);
      await answer(tab, name, values);
    }
    await tab.locator('[data-verdict]').waitFor();
    await screenshot(tab, `it/${width}-result`);
    assert.deepEqual(await axe(tab), [], `${width} px, result`);
    await tab.emulateMedia({ media: 'print' });
    await screenshot(tab, `it/${width}-result-print`);
    assert.deepEqual(await axe(tab), [], `${width} px, result in print`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/**
 * The box of every element of the widget that is not inline, relative to the root, keyed
 * by its path in the tree; and every pair of such siblings that overlap (absolutely
 * placed ones aside: the timeline's marks are drawn on purpose over its line).
 */
function layout(tab) {
  return root(tab).evaluate((rootElement) => {
    const base = rootElement.getBoundingClientRect();
    const boxes = {};
    const overlaps = [];
    const visible = (element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return style.display !== 'inline' && style.display !== 'none' && box.width > 1 && box.height > 1;
    };
    const walk = (element, path) => {
      const children = [...element.children];
      children.forEach((child, i) => {
        if (!visible(child)) return;
        const box = child.getBoundingClientRect();
        boxes[`${path}/${i}:${child.tagName}`] = {
          left: box.left - base.left, right: base.right - box.right, top: box.top - base.top, width: box.width,
        };
        walk(child, `${path}/${i}`);
      });
      const placed = children.filter((c) => visible(c) && getComputedStyle(c).position !== 'absolute');
      for (let a = 0; a < placed.length; a += 1) {
        for (let b = a + 1; b < placed.length; b += 1) {
          const [p, q] = [placed[a].getBoundingClientRect(), placed[b].getBoundingClientRect()];
          const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
          const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
          if (x > 1 && y > 1) overlaps.push(`${path}: ${placed[a].className || placed[a].tagName} / ${placed[b].className || placed[b].tagName}`);
        }
      }
    };
    walk(rootElement, '');
    // The timeline's labels are placed absolutely: they must not cover each other.
    const labels = [...rootElement.querySelectorAll('.timeline b')].map((b) => b.getBoundingClientRect());
    for (let a = 1; a < labels.length; a += 1) {
      if (labels[a - 1].right > labels[a].left && labels[a].right > labels[a - 1].left) overlaps.push('timeline labels');
    }
    return { boxes, overlaps };
  });
}

for (const width of [360, 1280]) {
  test(`a right-to-left root mirrors the layout and nothing overlaps (${width} px)`, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 900 } });
    const { tab } = await open(context, '/it.html');
    const screens = [['first question', async () => {}], ['result', () => complete(tab, PATHS['growth-first via scenario B'])]];
    for (const [screen, reach] of screens) {
      await reach();
      const ltr = await layout(tab);
      await root(tab).evaluate((element) => element.setAttribute('dir', 'rtl'));
      const rtl = await layout(tab);
      await screenshot(tab, `rtl/${width}-${screen.replace(' ', '-')}`);
      assert.deepEqual(rtl.overlaps, [], `${screen}: overlapping boxes in right-to-left`);
      assert.deepEqual(ltr.overlaps, [], `${screen}: overlapping boxes in left-to-right`);
      assert.deepEqual(Object.keys(rtl.boxes), Object.keys(ltr.boxes), screen);
      let mirrored = 0;
      for (const [key, box] of Object.entries(ltr.boxes)) {
        const other = rtl.boxes[key];
        // Mirrored: the distance from the left edge becomes the distance from the right.
        assert.ok(Math.abs(other.right - box.left) <= 1.5 && Math.abs(other.width - box.width) <= 1.5,
          `${screen}: ${key} is not mirrored (${JSON.stringify(box)} vs ${JSON.stringify(other)})`);
        if (Math.abs(box.left - box.right) > 8) mirrored += 1;
      }
      assert.ok(mirrored > 5, `${screen}: only ${mirrored} boxes are off-centre; the check would prove nothing`);
      await root(tab).evaluate((element) => element.setAttribute('dir', 'ltr'));
    }
    await context.close();
  });
}
