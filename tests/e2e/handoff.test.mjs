// The call to action carries the result (spec §6a): {verdict} and {result-url} filled in,
// campaign parameters forwarded, mailto: links encoded, and hostile templates refused,
// under the strict CSP, on the same origin and on another one, with two widgets a page.
// It says what happens next and speaks the widget's language (spec §6c): one snippet with
// per-language labels and notes on an English and an Italian page, and on the element.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { hostPage, openTab, serve, serveDist, useBrowserAndDist } from './harness.mjs';
import { complete, PATHS, resultIds, started } from './widget.mjs';

const page = hostPage;

const BOOKING = 'https://book.example/call?topic={verdict}&answers={result-url}';

// One snippet for an English and an Italian page: a label for each, a note only in Italian.
const WORDED = `<div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager" data-cta-href="/contact"
            data-cta-label="Book a call" data-cta-label-it="Prenota una chiamata"
            data-cta-note-it="Ti richiamiamo entro un giorno lavorativo."></script>`;

const PAGES = {
  '/worded-en.html': page(WORDED),
  '/worded-it.html': page(WORDED, undefined, 'it'),
  '/defaults-it.html': page(`<div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager" data-cta-href="/contact"></script>`,
  undefined, 'it'),
  '/element-it.html': page(`
    <ai-sequencing-diagnostic load="eager" cta-href="/contact" cta-label="Book a call"
                              cta-label-it="Prenota una chiamata" cta-note=""></ai-sequencing-diagnostic>
    <script type="module" src="element.js"></script>`, undefined, 'it'),
  '/landing.html': page(`
    <div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager"
            data-cta-href="${BOOKING}" data-cta-label="Book a call" data-cta-forward="utm gclid"></script>`),
  '/two.html': page(`
    <div id="a"></div><div id="b"></div>
    <script type="module" src="embed.js" data-target="#a" data-storage-key="first" data-load="eager"
            data-cta-href="/contact?v={verdict}&amp;r={result-url}"></script>
    <script type="module" src="embed.js" data-target="#b" data-storage-key="second" data-load="eager"
            data-cta-href="/contact?v={verdict}&amp;r={result-url}" data-cta-forward="utm"></script>`),
  '/mailto.html': page(`
    <div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager" data-cta-forward="utm"
            data-cta-href="mailto:hello@consultancy.example?subject=My%20AI%20starting%20point%3A%20{verdict}&amp;body=My%20answers%3A%20{result-url}"
            data-cta-label="Email us"></script>`),
  '/hostile.html': page(`
    <div id="a"></div><div id="b"></div><div id="c"></div>
    <script type="module" src="embed.js" data-target="#a" data-storage-key="a" data-load="eager"
            data-cta-href="java{verdict}script:alert(1)" data-cta-label="Run"></script>
    <script type="module" src="embed.js" data-target="#b" data-storage-key="b" data-load="eager"
            data-cta-href="/contact?x={&quot;&gt;&lt;img src=x onerror=alert(1)&gt;}&amp;v={verdict}"
            data-cta-forward="utm &lt;script&gt;"></script>
    <script type="module" src="embed.js" data-target="#c" data-storage-key="c" data-load="eager"
            data-cta-href="{result-url}"></script>`),
};

const env = useBrowserAndDist({ pages: PAGES });
const servers = [];
after(async () => {
  for (const server of servers) await server.close();
});

const open = (url) => openTab(env.browser, url);

/** The call to action under the verdict; the one at the end of the result is the same
 * link (checked in the first test). */
function cta(scope) {
  return scope.locator('a[data-action="cta"]').first();
}

test('the call to action carries the verdict, a link to the result and the campaign', async () => {
  const landing = `${env.server.url}landing.html?utm_source=newsletter&utm_campaign=spring%20offer&gclid=g-1&session=secret`;
  const { context, tab, problems } = await open(landing);
  await started(tab);
  await complete(tab, PATHS['growth-first via scenario B']);
  const href = await cta(tab).getAttribute('href');
  const both = await tab.locator('a[data-action="cta"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  assert.deepEqual(both, [href, href], 'the call to action under the verdict and at the end');
  const link = new URL(href);
  assert.equal(link.origin + link.pathname, 'https://book.example/call');
  assert.equal(link.searchParams.get('topic'), 'growth-first');
  assert.equal(link.searchParams.get('utm_source'), 'newsletter');
  assert.equal(link.searchParams.get('utm_campaign'), 'spring offer');
  assert.equal(link.searchParams.get('gclid'), 'g-1');
  assert.equal(link.searchParams.get('session'), null, 'only the listed parameters travel');

  // {result-url} is the same link "Copy link" gives: this page with the share code.
  const resultUrl = new URL(link.searchParams.get('answers'));
  assert.equal(resultUrl.origin + resultUrl.pathname, `${env.server.url}landing.html`);
  assert.match(resultUrl.hash, /^#ai-sequencing-diagnostic=1t-mxy27_h12_c40$/);

  await cta(tab).click();
  const events = await tab.evaluate(() => window.__events.filter((e) => e.name === 'aisd:cta'));
  assert.deepEqual(events, [{
    name: 'aisd:cta',
    target: 'w',
    detail: { verdict: 'growth-first', reasons: ['scenario-b'], warnings: [], href },
  }]);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();

  // The consultant opening that link sees the visitor's result.
  const consultant = await open(resultUrl.href);
  assert.deepEqual(await resultIds(consultant.tab), {
    verdict: 'growth-first',
    reasons: ['scenario-b'],
    warnings: [],
  });
  await consultant.context.close();
});

test('two widgets each hand over their own result', async () => {
  const { context, tab, problems } = await open(`${env.server.url}two.html?utm_medium=cpc`);
  const first = tab.locator('#a');
  const second = tab.locator('#b');
  await first.locator('form[data-step]').waitFor();
  await second.locator('form[data-step]').waitFor();
  await complete(first, PATHS['operations-first via time and cost']);
  await complete(second, PATHS['process-audit-first after the tie-break']);
  const a = new URL(await cta(first).getAttribute('href'), env.server.url);
  const b = new URL(await cta(second).getAttribute('href'), env.server.url);
  assert.equal(a.searchParams.get('v'), 'operations-first');
  assert.equal(b.searchParams.get('v'), 'process-audit-first');
  assert.match(new URL(a.searchParams.get('r')).hash, /^#first=1t-mxn01_h20$/);
  assert.match(new URL(b.searchParams.get('r')).hash, /^#second=1brn-yg1$/);
  assert.equal(a.searchParams.get('utm_medium'), null, 'the first widget forwards nothing');
  assert.equal(b.searchParams.get('utm_medium'), 'cpc');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a mailto: call to action gets an encoded subject and body and no campaign', async () => {
  const { context, tab, problems } = await open(`${env.server.url}mailto.html?utm_source=x`);
  await started(tab);
  await complete(tab, PATHS['process-audit-first after the tie-break']);
  const href = await cta(tab).getAttribute('href');
  assert.match(href, /^mailto:hello@consultancy\.example\?/);
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1).replaceAll('+', '%2B'));
  assert.equal(query.get('subject'), 'My AI starting point: process-audit-first');
  assert.equal(
    query.get('body'),
    `My answers: ${env.server.url}mailto.html?utm_source=x#ai-sequencing-diagnostic=1brn-yg1`,
  );
  assert.equal(query.get('utm_source'), null);
  assert.doesNotMatch(href, / /, 'spaces are encoded as %20');
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile templates give a console warning and a safe link, never a broken page', async () => {
  const { context, tab, problems } = await open(`${env.server.url}hostile.html?utm_source=x`);
  for (const id of ['#a', '#b', '#c']) {
    await tab.locator(`${id} form[data-step]`).waitFor();
    await complete(tab.locator(id), PATHS['growth-first via reach and growth']);
  }
  // A template that becomes javascript:… once filled in is refused: no call to action.
  assert.equal(await cta(tab.locator('#a')).count(), 0);
  // An unknown {…} stays as written, inert inside the attribute; the verdict is filled in.
  const b = cta(tab.locator('#b'));
  const href = await b.getAttribute('href');
  assert.ok(href.startsWith('/contact?x={"><img src=x onerror=alert(1)>}&v=growth-first'), href);
  assert.ok(href.endsWith('&utm_source=x'), href);
  assert.equal(await tab.locator('#b').locator('img').count(), 0);
  // A template that is only the result link becomes a relative, encoded link: harmless.
  const c = await cta(tab.locator('#c')).getAttribute('href');
  assert.match(c, /^http%3A%2F%2F127\.0\.0\.1%3A\d+%2Fhostile\.html/);
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  const warnings = problems.filter((p) => p.startsWith('console.warning'));
  assert.equal(problems.length, warnings.length, problems.join('\n'));
  assert.ok(warnings.some((w) => /data-cta-href="java\{verdict\}script:alert\(1\)" was refused/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /data-cta-href holds \{"><img/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /data-cta-forward names "<script>"/.test(w)), warnings.join('\n'));
  await context.close();
});

test('the hand-off works when the widget comes from another origin', async () => {
  const widgets = await serveDist({ headers: { 'Access-Control-Allow-Origin': '*' } });
  servers.push(widgets);
  const host = await serve(process.cwd(), {
    pages: {
      '/host.html': page(`<div id="w"></div>
<script type="module" src="${widgets.url}embed.js" data-target="#w" data-load="eager"
        data-cta-href="/book?v={verdict}&amp;r={result-url}" data-cta-forward="utm"></script>`,
      `default-src 'self' ${widgets.url}; script-src 'self' ${widgets.url} 'wasm-unsafe-eval'; style-src 'self' ${widgets.url}; img-src data:`),
    },
  });
  servers.push(host);
  const { context, tab, problems } = await open(`${host.url}host.html?utm_source=partner`);
  await started(tab);
  await complete(tab, PATHS['growth-first via reach and growth']);
  const link = new URL(await cta(tab).getAttribute('href'), host.url);
  assert.equal(link.origin, new URL(host.url).origin, 'a relative link stays on the host page');
  assert.equal(link.searchParams.get('v'), 'growth-first');
  assert.equal(link.searchParams.get('utm_source'), 'partner');
  const resultUrl = new URL(link.searchParams.get('r'));
  assert.equal(resultUrl.origin, new URL(host.url).origin, 'the result link is the host page');
  assert.deepEqual(await tab.evaluate(() => window.__violations), []);
  assert.deepEqual(problems, []);
  await context.close();
});

/** What the visitor reads around each call to action: the line above it (null when there
 * is none) and the link's text, under the verdict and at the end. */
function ctaWords(tab) {
  return tab.locator('[data-verdict] a[data-action="cta"]').evaluateAll((links) => links.map((a) => {
    const above = a.previousElementSibling;
    return { note: above?.matches('.cta-note') ? above.textContent : null, label: a.textContent };
  }));
}

test('the call to action says what happens next, in the language of the page', async () => {
  const cases = [
    // English: the English label, and English's own line (the snippet words only Italian's).
    ['worded-en.html', 'Book a call', 'Next: we go through your result with you before you spend anything on AI. No sales pitch.'],
    // Italian, same snippet: the Italian label and note win over the unsuffixed ones.
    ['worded-it.html', 'Prenota una chiamata', 'Ti richiamiamo entro un giorno lavorativo.'],
    // Italian with nothing but the link: the language's own invitation and line.
    ['defaults-it.html', 'Iniziamo a parlarne', 'Il passo successivo: rivediamo insieme il tuo risultato, prima di qualsiasi investimento in IA. Senza impegno.'],
    // The element takes the same options as attributes; an empty note means no line.
    ['element-it.html', 'Prenota una chiamata', null],
  ];
  for (const [path, label, note] of cases) {
    const { context, tab, problems } = await open(`${env.server.url}${path}`);
    await started(tab);
    await complete(tab, PATHS['operations-first via time and cost']);
    await tab.locator('[data-verdict] a[data-action="cta"]').first().waitFor();
    assert.deepEqual(await ctaWords(tab), [{ note, label }, { note, label }], path);
    if (note) {
      // The line sits right above its button, and is not printed without it.
      const line = tab.locator('[data-verdict] .cta-note').first();
      const [above, link] = [await line.boundingBox(), await line.locator('+ a').boundingBox()];
      assert.ok(above.y + above.height <= link.y, `${path}: ${JSON.stringify([above, link])}`);
      await tab.emulateMedia({ media: 'print' });
      assert.equal(await line.isVisible(), false, `${path}: the line is not printed`);
    }
    assert.deepEqual(problems, [], path);
    await context.close();
  }
});
