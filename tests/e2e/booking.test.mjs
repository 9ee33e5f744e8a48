// The booking hand-off (spec §6c): the README's recipes for Cal.com, Calendly, HubSpot
// meetings and mailto: each built by the widget in Chromium and read back as the scheduler
// would read it; {summary} in the widget's language, typed numbers only with
// data-cta-share-numbers; paid-search and social click ids (gclid gbraid wbraid fbclid
// msclkid) and every utm_* forwarded together, anything else left behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { hostPage, openTab, useBrowserAndDist } from './harness.mjs';
import { complete, PATHS, started } from './widget.mjs';

const CLICK_IDS = 'gclid gbraid wbraid fbclid msclkid utm';

/** Each recipe's data-cta-href exactly as the README gives it. */
const RECIPES = {
  calcom: 'https://cal.com/your-team/intro-call?notes={summary}',
  calendly: 'https://calendly.com/your-team/intro-call?a1={summary}',
  hubspot: 'https://meetings.hubspot.com/your-name?aisd_summary={summary}',
  mailto: 'mailto:hello@your-company.example?subject={verdict}&body={summary}',
};

const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const script = (href, extra = '') => `<div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager"
            data-cta-href="${escape(href)}" data-cta-forward="${CLICK_IDS}" ${extra}></script>`;

const PAGES = {
  '/calcom.html': hostPage(script(RECIPES.calcom)),
  '/calendly.html': hostPage(script(RECIPES.calendly, 'data-cta-share-numbers')),
  '/hubspot-it.html': hostPage(script(RECIPES.hubspot), undefined, 'it'),
  '/mailto.html': hostPage(script(RECIPES.mailto)),
  '/element.html': hostPage(`
    <ai-sequencing-diagnostic load="eager" cta-href="${escape(RECIPES.calcom)}" cta-share-numbers
                              cta-forward="${CLICK_IDS}"></ai-sequencing-diagnostic>
    <script type="module" src="element.js"></script>`),
};

const env = useBrowserAndDist({ pages: PAGES });

// 'growth-first via scenario B': time and cost, measured (12 hours at 40 an hour), something
// to amplify; the three deciding answers as "Your answers" words them.
const PATH = PATHS['growth-first via scenario B'];
const SUMMARY_EN =
  'Start with growth AI. Main bottleneck: Time and cost; Process costs: Yes, we have measured them; Something working to scale: Yes.';
const SUMMARY_EN_NUMBERS =
  'Start with growth AI. Main bottleneck: Time and cost; Process costs: Yes, we have measured them; Your numbers: 12 hours a week at 40 an hour; Something working to scale: Yes.';
const SUMMARY_IT =
  'Parti dall’IA per la crescita. Freno principale: Tempo e costi; Costo dei processi: Sì, l’abbiamo misurato; Qualcosa che funziona già: Sì.';

const CAMPAIGN =
  'utm_source=google&utm_medium=cpc&utm_campaign=ai%20audit&gclid=G-1&gbraid=GB-2&wbraid=WB-3&fbclid=FB-4&msclkid=MS-5&session=private';

/** Completes the path on `page` and returns the call to action's link and the aisd:cta
 * event's href after a click the page cancels. */
async function handOff(page) {
  const { context, tab, problems } = await openTab(env.browser, `${env.server.url}${page}?${CAMPAIGN}`);
  await tab.evaluate(() => document.addEventListener('aisd:cta', (e) => e.preventDefault()));
  await started(tab);
  await complete(tab, PATH);
  const link = tab.locator('a[data-action="cta"]').first();
  const href = await link.getAttribute('href');
  await link.click();
  const event = await tab.evaluate(() => window.__events.findLast((e) => e.name === 'aisd:cta')?.detail.href);
  assert.equal(event, href, 'aisd:cta carries the final link');
  assert.equal(new URL(tab.url()).pathname, `/${page}`, 'the cancelled click keeps the visitor on the page');
  assert.deepEqual(problems, []);
  await context.close();
  return href;
}

/** The campaign the page's address carried, minus what was not asked for. */
function assertForwarded(params) {
  for (const [name, value] of [
    ['utm_source', 'google'], ['utm_medium', 'cpc'], ['utm_campaign', 'ai audit'], ['gclid', 'G-1'],
    ['gbraid', 'GB-2'], ['wbraid', 'WB-3'], ['fbclid', 'FB-4'], ['msclkid', 'MS-5'],
  ]) {
    assert.equal(params.get(name), value, name);
  }
  assert.equal(params.get('session'), null, 'a parameter not listed stays behind');
}

test('Cal.com: the notes hold the summary without typed numbers, and every click id is forwarded', async () => {
  const link = new URL(await handOff('calcom.html'));
  assert.equal(link.origin + link.pathname, 'https://cal.com/your-team/intro-call');
  assert.equal(link.searchParams.get('notes'), SUMMARY_EN);
  assertForwarded(link.searchParams);
});

test('Calendly with data-cta-share-numbers: the first answer holds the summary with the typed numbers', async () => {
  const link = new URL(await handOff('calendly.html'));
  assert.equal(link.searchParams.get('a1'), SUMMARY_EN_NUMBERS);
  assertForwarded(link.searchParams);
});

test('HubSpot meetings on an Italian page: the contact property gets the summary in Italian', async () => {
  const link = new URL(await handOff('hubspot-it.html'));
  assert.equal(link.origin + link.pathname, 'https://meetings.hubspot.com/your-name');
  assert.equal(link.searchParams.get('aisd_summary'), SUMMARY_IT);
  assertForwarded(link.searchParams);
});

test('mailto: the subject is the verdict, the body the summary, and no campaign joins an e-mail', async () => {
  const href = await handOff('mailto.html');
  assert.match(href, /^mailto:hello@your-company\.example\?/);
  assert.doesNotMatch(href, /[ +]/, 'spaces are %20, which every mail client reads');
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  assert.equal(query.get('subject'), 'growth-first');
  assert.equal(query.get('body'), SUMMARY_EN);
  assert.equal(query.get('gclid'), null);
});

test('the element takes cta-share-numbers as the script tag takes data-cta-share-numbers', async () => {
  const link = new URL(await handOff('element.html'));
  assert.equal(link.searchParams.get('notes'), SUMMARY_EN_NUMBERS);
  assertForwarded(link.searchParams);
});

test('the README gives each recipe as tested here', async () => {
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  for (const [name, href] of Object.entries(RECIPES)) {
    assert.ok(readme.includes(`data-cta-href="${href}"`), `${name}: ${href}`);
  }
  assert.ok(readme.includes(`data-cta-forward="${CLICK_IDS}"`));
});
