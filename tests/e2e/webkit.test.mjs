// The main flows in WebKit, Safari's engine: Debian's WebKitGTK MiniBrowser driven over
// W3C WebDriver by WebKitWebDriver, on a private Xvfb display (tests/e2e/webkit/driver.mjs).
// Each test has a session (a fresh browser, empty storage) of its own.
//
// WebKit's driver has no console log, so the server adds a small same-origin script to
// every page it serves (server.mjs, `errors: true`) that records uncaught errors,
// unhandled rejections, console errors and warnings, failed loads and CSP violations;
// each test ends by asserting that list is empty, and the first test proves the list
// does fill when a page misbehaves.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { hostPage, serveDist } from './harness.mjs';
import { PATHS } from './widget.mjs';
import { startWebKit } from './webkit/driver.mjs';
import { clearSiteData, controlled, pause, widget } from './webkit/widget.mjs';

const ELEMENT = 'ai-sequencing-diagnostic';
const KEY = 'ai-sequencing-diagnostic';

const PAGES = {
  // Proves the error catcher works in WebKit: a page whose script warns, rejects and throws.
  '/misbehaves.html': hostPage('<p>Host</p><script src="misbehaves.js"></script>'),
  '/misbehaves.js': {
    html: "console.warn('a warning on purpose'); Promise.reject(new Error('rejected on purpose')); throw new Error('thrown on purpose');",
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  },
  // Two script-tag widgets, each with its own storage key, under the strict CSP header.
  '/two.html': hostPage(`
    <div id="first"></div><div id="second"></div>
    <script type="module" src="embed.js" data-target="#first" data-storage-key="first" data-load="eager"></script>
    <script type="module" src="embed.js" data-target="#second" data-storage-key="second" data-load="eager"></script>`),
  // The host in charge: consent before storage, and a call to action the page handles itself.
  '/host.html': hostPage(`<script type="module" src="element.js"></script>
    <ai-sequencing-diagnostic id="diagnostic" storage="consent" load="eager" cta-href="/booked.html"></ai-sequencing-diagnostic>`),
  // Faults: an Italian page (its words file may go missing), a target the page removes
  // before the Wasm arrives (remove-target.js runs after embed.js has started loading it),
  // and another page of the site to leave for and come back from.
  '/italian.html': hostPage(`<div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager"></script>`, undefined, 'it'),
  '/removed.html': hostPage(`<p id="host-text">The host page</p><div id="w"></div>
    <script type="module" src="embed.js" data-target="#w" data-load="eager"></script>
    <script type="module" src="remove-target.js"></script>`),
  '/remove-target.js': {
    html: "window.readyEvents = 0; const target = document.getElementById('w'); target.addEventListener('aisd:ready', () => { window.readyEvents += 1; }); target.remove();",
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  },
  '/elsewhere.html': hostPage('<p>Another page of the same site</p>'),
  // A framework's page: element.js first, the element inserted only later.
  '/late.html': hostPage(`<script type="module" src="element.js"></script><div id="app"></div>`),
};

let webkit;
let server;
const sessions = new Set();
before(async () => {
  server = await serveDist({ pages: PAGES, errors: true });
  webkit = await startWebKit();
});
after(async () => {
  for (const session of sessions) await session.close();
  await webkit?.stop();
  await server?.close();
});

/**
 * Runs `body(session, problems)` in a new WebKit session, closing it afterwards even when
 * the test fails. `problems()` resolves to what the error catcher recorded since the
 * session began: on pages left (reported to the server) and on the page on screen.
 */
async function inWebKit(body, options = {}, attempt = 1) {
  try {
    await inOneSession(body, options);
  } catch (error) {
    // The browser itself went away mid-test (WebKitWebDriver answers "invalid session
    // id"): the automation, not the page, failed, so the test runs once more in a new
    // browser, and says so. Any other failure, or a second loss, fails the test.
    if (attempt > 1 || !/invalid session id/.test(error.message)) throw error;
    console.error(`# WebKit: the browser session was lost (${error.message.split('\n')[0]}); running the test once more`);
    await inWebKit(body, options, attempt + 1);
  }
}

async function inOneSession(body, { width, height } = {}) {
  const session = await webkit.newSession();
  sessions.add(session);
  const mark = server.errors.length;
  const problems = async () => {
    const here = await session.evaluate(() => window.__aisdErrors ?? null);
    assert.ok(Array.isArray(here), 'the error catcher runs on this page');
    return [...new Set([...server.errors.slice(mark).map((e) => `${e.entry} [${e.page}]`), ...here])];
  };
  try {
    if (width) await session.setWindowSize(width, height);
    await body(session, problems);
  } finally {
    sessions.delete(session);
    await session.close();
  }
}

/** Opens `url` and waits until the widget in `host` has started. */
async function open(session, url = server.url, host = '#diagnostic') {
  await session.goto(url);
  const w = widget(session, host);
  await w.started();
  return w;
}

test('WebKit: the error catcher records what a misbehaving page does (so an empty list means something)', async () => {
  await inWebKit(async (session, problems) => {
    await session.goto(`${server.url}misbehaves.html`);
    await session.waitFor(() => (window.__aisdErrors ?? []).length >= 3);
    const seen = (await problems()).join('\n');
    assert.match(seen, /console\.warn: a warning on purpose/);
    assert.match(seen, /uncaught: .*thrown on purpose/);
    assert.match(seen, /unhandled rejection: .*rejected on purpose/);
  });
});

for (const [name, path] of Object.entries(PATHS)) {
  test(`WebKit: ${name}, on the standalone page`, async () => {
    await inWebKit(async (session, problems) => {
      const w = await open(session);
      assert.equal(await w.step(), 'bottleneck');
      await w.complete(path);
      assert.deepEqual(await w.result(), { verdict: path.verdict, reasons: path.reasons, warnings: path.warnings });
      // The dated plan renders (WebKit's Intl formats its dates).
      const plan = await w.inRoot((root) => [...root.querySelectorAll('[data-plan-step] time')].map((t) => t.textContent.trim()));
      assert.equal(plan.length, 6, 'six dated plan steps');
      assert.ok(plan.every((date) => /\d/.test(date)), plan.join());
      assert.deepEqual(await problems(), []);
    });
  });
}

test('WebKit: a reload resumes mid-flow and after the result; start over clears the record', async () => {
  await inWebKit(async (session, problems) => {
    let w = await open(session);
    await w.answer('bottleneck', ['time-cost']);
    await w.answer('process-cost', ['not-measured']);
    await session.refresh();
    w = widget(session);
    await w.started();
    assert.equal(await w.step(), 'amplify');
    await w.answer('amplify', ['no']);
    await w.answer('situation', []);
    await w.answer('foundation', []);
    const before = await w.result();
    assert.equal(before.verdict, 'process-audit-first');
    await session.refresh();
    await w.started();
    assert.deepEqual(await w.result(), before);
    await w.click('[data-action="start-over"]');
    await w.waitForStep('bottleneck');
    assert.deepEqual(await w.checked('bottleneck'), []);
    assert.equal(await session.evaluate((k) => localStorage.getItem(k), KEY), null, 'start over removes the record');
    assert.deepEqual(await problems(), []);
  });
});

/**
 * Clicks "Copy link" and returns the link the widget gave: the text it put on the
 * clipboard, or the one it shows to copy by hand when the clipboard refuses (both are
 * what a Safari visitor may get).
 */
async function copyLink(w) {
  await w.session.evaluate(() => {
    window.__copied = null;
    const clipboard = navigator.clipboard;
    if (!clipboard) return;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text) => {
      window.__copied = text;
      return write(text);
    };
  });
  await w.click('[data-action="copy-link"]');
  return w.session.waitFor((h) => window.__copied && document.querySelector(h).shadowRoot.querySelector('.copy-status p')
    ? window.__copied
    : document.querySelector(h).shadowRoot.querySelector('.copy-status input')?.value, { args: [w.host], message: 'the copied or shown link' });
}

test('WebKit: the share link opens the same result in a fresh browser', async () => {
  let link;
  let expected;
  await inWebKit(async (session, problems) => {
    const w = await open(session);
    await w.complete(PATHS['process-audit-first after the tie-break']);
    expected = await w.result();
    link = await copyLink(w);
    assert.match(link, new RegExp(`^${server.url}#${KEY}=`));
    assert.deepEqual(await problems(), []);
  });
  await inWebKit(async (session, problems) => {
    const w = await open(session, link);
    assert.deepEqual(await w.result(), expected);
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit: a broken share link shows the first question with a notice', async () => {
  await inWebKit(async (session, problems) => {
    const w = await open(session, `${server.url}#${KEY}=1bmrxy1f7`);
    assert.equal(await w.step(), 'bottleneck');
    assert.notEqual(await w.notices(), '');
    assert.deepEqual(await problems(), []);
  });
});

// Safari deletes all storage a script wrote (localStorage, caches, service workers) for a
// site not visited for seven days. Simulated by clearing it between two visits, once the
// record, the offline cache and the worker all exist.
const EVERYTHING_DELETED = { before: { local: 1, caches: 1, workers: 1 }, after: { local: 0, caches: 0, workers: 0 } };

test('WebKit, Safari\'s seven-day storage policy: a share link still restores its result after the site\'s storage is deleted', async () => {
  await inWebKit(async (session, problems) => {
    const w = await open(session);
    await w.complete(PATHS['growth-first via reach and growth']);
    const expected = await w.result();
    const link = await copyLink(w);
    await controlled(session);
    assert.deepEqual(await clearSiteData(session), EVERYTHING_DELETED);
    // Away and back: a real navigation, not a fragment change on the same page.
    await session.goto('about:blank');
    await session.goto(link);
    await w.started();
    assert.deepEqual(await w.result(), expected);
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit, Safari\'s seven-day storage policy: when the record has vanished the widget starts cleanly at the first question', async () => {
  await inWebKit(async (session, problems) => {
    let w = await open(session);
    await w.answer('bottleneck', ['both']);
    await w.answer('bottleneck-tiebreak', ['time-cost']);
    await controlled(session);
    assert.deepEqual(await clearSiteData(session), EVERYTHING_DELETED);
    await session.goto('about:blank');
    w = await open(session);
    // A first-time visitor's screen: the first question, nothing ticked, no notice (a
    // vanished record is not a broken one).
    assert.equal(await w.step(), 'bottleneck');
    assert.deepEqual(await w.checked('bottleneck'), []);
    assert.equal(await w.notices(), '');
    // And it keeps answers again from there.
    await w.answer('bottleneck', ['reach-growth']);
    await w.waitForStep('process-cost');
    const record = JSON.parse(await session.evaluate((k) => localStorage.getItem(k), KEY));
    assert.equal(record.v, 1);
    assert.equal(record.step, 'process-cost');
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit: the demo landing page embeds the widget in an open shadow root under its strict CSP, loaded when scrolled to', async () => {
  await inWebKit(async (session, problems) => {
    await session.goto(`${server.url}demo.html`);
    const w = widget(session, '#ai-diagnostic');
    await session.evaluate(() => document.querySelector('#ai-diagnostic').scrollIntoView());
    await w.started();
    const page = await session.evaluate(() => ({
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content,
      mode: document.querySelector('#ai-diagnostic').shadowRoot?.mode,
      // The host's CSS does not reach inside, and the widget's stylesheet is in the root.
      sheets: [...document.querySelector('#ai-diagnostic').shadowRoot.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname),
    }));
    assert.match(page.csp, /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
    assert.equal(page.mode, 'open');
    assert.deepEqual(page.sheets, ['/widget.css']);
    await w.complete(PATHS['operations-first via time and cost']);
    assert.equal((await w.result()).verdict, 'operations-first');
    const cta = await w.inRoot((root) => root.querySelector('a[data-action="cta"]')?.textContent.trim());
    assert.equal(cta, 'Start a conversation');
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit: two widgets on a strict-CSP page work independently, each with its own storage key', async () => {
  await inWebKit(async (session, problems) => {
    await session.goto(`${server.url}two.html`);
    const first = widget(session, '#first');
    const second = widget(session, '#second');
    await first.started({ renders: 2 });
    await second.started({ renders: 2 });
    await second.answer('bottleneck', ['both']);
    assert.equal(await second.step(), 'bottleneck-tiebreak');
    assert.equal(await first.step(), 'bottleneck', 'the other widget did not move');
    await first.complete(PATHS['growth-first via scenario B']);
    assert.equal((await first.result()).verdict, 'growth-first');
    assert.equal(await second.step(), 'bottleneck-tiebreak');
    const records = await session.evaluate(() => ({ first: localStorage.getItem('first'), second: localStorage.getItem('second') }));
    assert.match(records.first, /"step":"result"/);
    assert.match(records.second, /"step":"bottleneck-tiebreak"/);
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit: the custom element inserted late mounts; removed, it empties; inserted again, it resumes', async () => {
  await inWebKit(async (session, problems) => {
    await session.goto(`${server.url}late.html`);
    await session.waitFor((name) => customElements.get(name), { args: [ELEMENT] });
    await session.evaluate((name) => {
      const element = document.createElement(name);
      element.id = 'late';
      element.setAttribute('storage-key', 'late');
      element.setAttribute('load', 'eager');
      document.querySelector('#app').append(element);
    }, ELEMENT);
    const w = widget(session, '#late');
    await w.started();
    await w.answer('bottleneck', ['reach-growth']);
    assert.equal(await w.step(), 'process-cost');
    await session.evaluate(() => {
      window.__kept = document.querySelector('#late');
      window.__kept.remove();
    });
    await session.waitFor(() => window.__kept.shadowRoot.childElementCount === 0, { message: 'the removed element to release its widget' });
    await session.evaluate(() => document.querySelector('#app').append(window.__kept));
    await w.waitForStep('process-cost');
    await w.answer('process-cost', ['measured']);
    assert.equal(await w.step(), 'cost-numbers');
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit: the Italian demo page speaks Italian and reads numbers the Italian way', async () => {
  await inWebKit(async (session, problems) => {
    await session.goto(`${server.url}demo-it.html`);
    const w = widget(session, '#ai-diagnostic');
    await session.evaluate(() => document.querySelector('#ai-diagnostic').scrollIntoView());
    await w.started();
    const heading = () => w.inRoot((root) => root.querySelector('h2').textContent.trim());
    assert.equal(await heading(), 'Che cosa frena di più la tua azienda in questo momento?');
    assert.equal(await w.inRoot((root) => root.querySelector('[lang]').getAttribute('lang')), 'it');
    await w.complete({
      steps: [
        ['bottleneck', ['time-cost']],
        ['process-cost', ['measured']],
        ['numbers', { 'weekly-hours': '1.250', 'hourly-cost': '45,50' }],
        ['amplify', ['no']],
        ['situation', []],
        ['foundation', ['crm-consistent']],
      ],
    });
    assert.equal((await w.result()).verdict, 'operations-first');
    assert.equal(await heading(), 'Parti dall’IA per l’efficienza');
    const text = await w.inRoot((root) => root.querySelector('[data-verdict]').textContent);
    assert.ok(text.includes('1.250 ore alla settimana, cioè circa 57.000\u00a0€ alla settimana'), text);
    assert.deepEqual(await problems(), []);
  });
});

/**
 * What would make a phone scroll sideways or cut text: the page's scroll width, and each
 * visible element of the widget that reaches past the viewport's edges or whose text
 * overflows its own box.
 */
const overflow = (w) => w.inRoot((root) => {
  const width = window.innerWidth;
  const outside = [];
  let checked = 0;
  for (const element of root.querySelectorAll('*')) {
    if (!element.checkVisibility() || element.closest('.sr-only')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0) continue;
    checked += 1;
    const name = `${element.tagName.toLowerCase()}.${element.className}`;
    if (box.left < -0.5 || box.right > width + 0.5) outside.push(`${name} ${Math.round(box.left)}..${Math.round(box.right)}`);
    if (/^(H2|P|LABEL|SPAN|LI|TD|TH|BUTTON|A|SUMMARY)$/.test(element.tagName) && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible') {
      outside.push(`${name} text ${element.scrollWidth} > ${element.clientWidth}`);
    }
  }
  return { viewport: width, page: document.documentElement.scrollWidth, outside, measured: checked > 20 };
});

test('WebKit on a 390 px phone: no sideways scroll, the first question and the result fit and read at a normal size', async () => {
  await inWebKit(async (session, problems) => {
    const w = await open(session);
    assert.equal(await session.evaluate(() => window.innerWidth), 390, 'the viewport is a phone\'s');
    let layout = await overflow(w);
    assert.deepEqual(layout, { viewport: 390, page: 390, outside: [], measured: true });
    const question = await w.inRoot((root) => {
      const h2 = root.querySelector('h2');
      const choices = [...root.querySelectorAll('label.choice')].map((l) => l.getBoundingClientRect());
      return {
        text: h2.textContent.trim(),
        size: parseFloat(getComputedStyle(h2).fontSize),
        body: parseFloat(getComputedStyle(root.querySelector('.choice-desc')).fontSize),
        tallEnough: choices.every((box) => box.height >= 44),
        wide: Math.min(...choices.map((box) => box.width)),
      };
    });
    assert.equal(question.text, 'What holds your business back most right now?');
    assert.ok(question.size >= 18 && question.body >= 14, JSON.stringify(question));
    assert.ok(question.tallEnough, 'each choice is a tap target of at least 44 px');
    assert.ok(question.wide >= 300, `choices use the width (${question.wide} px)`);
    await w.complete(PATHS['growth-first via reach and growth']);
    // The comparison and the answers open too: in a narrow widget each dimension is a block.
    await w.click('details.compare > summary');
    await w.click('details.answers > summary');
    layout = await overflow(w);
    assert.deepEqual(layout, { viewport: 390, page: 390, outside: [], measured: true });
    const verdict = await w.inRoot((root) => {
      const h2 = root.querySelector('[data-verdict] h2');
      const box = h2.getBoundingClientRect();
      return { text: h2.textContent.trim(), size: parseFloat(getComputedStyle(h2).fontSize), left: box.left, right: box.right };
    });
    assert.equal(verdict.text, 'Start with growth AI');
    assert.ok(verdict.size >= 18 && verdict.left >= 0 && verdict.right <= 390, JSON.stringify(verdict));
    assert.deepEqual(await problems(), []);
  }, { width: 390, height: 844 });
});

test('WebKit: the whole diagnostic with the keyboard alone', async () => {
  await inWebKit(async (session, problems) => {
    const w = await open(session);
    // Radio groups: Tab enters the group, arrows move the choice, Enter submits the form.
    const radios = async (moves) => {
      await session.press('Tab');
      for (let i = 0; i < moves; i += 1) await session.press('ArrowDown');
      if (moves === 0) await session.press('Space');
      await session.press('Enter');
    };
    // Checkbox groups: Tab to each box, Space ticks it, Enter submits.
    const checkboxes = async (ticks) => {
      for (const tick of ticks) {
        await session.press('Tab');
        if (tick) await session.press('Space');
      }
      await session.press('Enter');
    };
    const next = async (id) => w.waitForStep(id);

    await radios(1); // bottleneck: reach-growth
    await next('process-cost');
    assert.match(await w.focused(), /^H2:/, 'focus moves to the new step heading');
    await radios(0); // measured
    await next('cost-numbers');
    await session.press('Tab');
    await session.type('12');
    await session.press('Enter');
    await next('amplify');
    await radios(0); // yes
    await next('situation');
    await checkboxes([false, false, true]); // fast-feedback
    await next('foundation');
    await checkboxes([true, true, true]);
    await w.waitForResult();
    assert.deepEqual(await w.result(), {
      verdict: 'growth-first',
      reasons: ['bottleneck-reach-growth', 'amplify', 'scenario-c'],
      warnings: [],
    });
    assert.match(await w.focused(), /^H2:Start with growth AI/);

    // Start over by keyboard: Tab to the button, Enter.
    let guard = 0;
    while (!/^BUTTON:Start over$/.test(await w.focused()) && guard < 80) {
      await session.press('Tab');
      guard += 1;
    }
    await session.press('Enter');
    await next('bottleneck');
    assert.deepEqual(await problems(), []);
  });
});

// WebKit has no static routes (InstallEvent.addRoutes): the worker's fetch handler serves.
test('WebKit: after one visit, the standalone page works with the server gone', async () => {
  const own = await serveDist({ errors: true });
  try {
    await inWebKit(async (session) => {
      let w = await open(session, own.url);
      await controlled(session);
      // The error catcher is the test server's, not the widget's, so the worker has not
      // cached it, and WebKit's worker does not find it in the HTTP cache either: the
      // test puts it into the worker's cache itself, so that the offline visit is watched
      // too. The widget's own files are only what the worker cached.
      await session.evaluate(async () => {
        const names = (await caches.keys()).filter((name) => name.startsWith('aisd-'));
        if (names.length !== 1) throw new Error(`caches: ${names}`);
        await (await caches.open(names[0])).add('/__aisd-test/errors.js');
        return true;
      });
      await own.close();
      // A new visit (a reload would revalidate the catcher script, which needs the server).
      await session.goto('about:blank');
      w = await open(session, own.url);
      assert.equal(await session.evaluate(() => navigator.serviceWorker.controller !== null), true, 'the worker answered the page');
      await w.complete(PATHS['operations-first via time and cost']);
      assert.equal((await w.result()).verdict, 'operations-first');
      // The server is gone, so what the catcher saw is on the page only.
      const seen = await session.evaluate(() => window.__aisdErrors ?? null);
      assert.deepEqual(seen, [], 'the catcher ran offline (from the HTTP cache) and saw nothing');
    });
  } finally {
    await own.close();
  }
});

/** Where the record under the default key is: [localStorage's, sessionStorage's] step. */
const stored = (session) => session.evaluate((k) => [localStorage, sessionStorage]
  .map((area) => JSON.parse(area.getItem(k) ?? 'null')?.step ?? null), KEY);

test('WebKit: consent keeps nothing until granted; setStorage moves the record; reset() forgets it', async () => {
  await inWebKit(async (session, problems) => {
    const w = await open(session, `${server.url}host.html`);
    await session.evaluate(() => document.addEventListener('aisd:reset', () => { window.__resets = (window.__resets ?? 0) + 1; }));
    await w.answer('bottleneck', ['time-cost']);
    assert.deepEqual(await stored(session), [null, null], 'consent: nothing written');
    const setStorage = (mode) => session.evaluate((m) => document.querySelector('#diagnostic').setStorage(m), mode);
    await setStorage('local');
    assert.deepEqual(await stored(session), ['process-cost', null], 'granted: the answers so far written at once');
    await setStorage('session');
    assert.deepEqual(await stored(session), [null, 'process-cost']);
    await setStorage('none');
    assert.deepEqual(await stored(session), [null, null]);
    await setStorage('local');
    assert.equal(await session.evaluate(() => document.querySelector('#diagnostic').step), 'process-cost');
    await session.evaluate(() => document.querySelector('#diagnostic').reset());
    await w.waitForStep('bottleneck');
    assert.deepEqual(await stored(session), [null, null]);
    assert.equal(await session.evaluate(() => window.__resets), 1);
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit: a page that cancels aisd:cta keeps the visitor, with the final link in the event', async () => {
  await inWebKit(async (session, problems) => {
    const w = await open(session, `${server.url}host.html`);
    await session.evaluate(() => document.addEventListener('aisd:cta', (e) => {
      e.preventDefault();
      window.__cta = e.detail.href;
    }));
    await w.complete(PATHS['growth-first via scenario B']);
    await w.click('a[data-action="cta"]');
    assert.equal(await session.waitFor(() => window.__cta, { message: 'aisd:cta' }), '/booked.html');
    assert.equal(new URL(await session.currentUrl()).pathname, '/host.html');
    assert.deepEqual(await problems(), []);
  });
});

/** The widget's message when the Wasm could not start (the placeholder's text). */
const startMessage = (session, host = '#diagnostic') => session.waitFor(
  (h) => document.querySelector(h)?.shadowRoot?.querySelector('[role="alert"]')?.textContent,
  { args: [host], message: 'the message in the widget' },
);

test('WebKit: a Wasm that fails or arrives truncated: a message, the page untouched; the next visit works', async () => {
  const wasm = '/aisd_bg.wasm';
  const whole = await readFile(new URL('../../dist/aisd_bg.wasm', import.meta.url));
  try {
    await inWebKit(async (session, problems) => {
      server.setFailing([wasm]);
      await session.goto(server.url);
      assert.match(await startMessage(session), /could not load\. Please check your connection and reload/);
      assert.equal(await session.evaluate(() => document.querySelector('h1').textContent), 'Operations AI or growth AI: where should you start?');
      server.setFailing([]);
      PAGES[wasm] = { html: whole.subarray(0, whole.length / 2), headers: { 'Content-Type': 'application/wasm' } };
      await session.refresh();
      assert.match(await startMessage(session), /\S/);
      // Only the widget's own report of each failure, and no uncaught error.
      const seen = await problems();
      assert.ok(seen.length > 0 && seen.every((p) => /ai-sequencing-diagnostic|aisd_bg\.wasm/.test(p) && !/uncaught|unhandled/.test(p)), seen.join('\n'));
      delete PAGES[wasm];
      await session.refresh();
      const w = widget(session);
      await w.started();
      assert.equal(await w.step(), 'bottleneck');
    });
  } finally {
    server.setFailing([]);
    delete PAGES[wasm];
  }
});

test('WebKit: a missing language file: the widget speaks English and the console says why', async () => {
  try {
    await inWebKit(async (session, problems) => {
      server.setFailing(['/locales/it.txt']);
      const w = await open(session, `${server.url}italian.html`, '#w');
      assert.equal(await w.inRoot((root) => root.querySelector('[part="root"]').parentElement.lang), 'en');
      assert.equal(await w.inRoot((root) => root.querySelector('.question-title').textContent.trim()), 'What holds your business back most right now?');
      const seen = (await problems()).join('\n');
      assert.match(seen, /the words for "it" could not be loaded; showing English/);
    });
  } finally {
    server.setFailing([]);
  }
});

test('WebKit: a target removed before the Wasm arrives: no widget, no error, the page untouched', async () => {
  await inWebKit(async (session, problems) => {
    await session.goto(`${server.url}removed.html`);
    await session.waitFor(() => performance.getEntriesByName('aisd:wasm-ready').length > 0, { message: 'the Wasm to arrive' });
    // A moment for a mount that should not happen to show itself.
    await pause(300);
    assert.equal(await session.evaluate(() => window.readyEvents), 0, 'no widget mounted off the page');
    assert.equal(await session.evaluate(() => document.getElementById('host-text').textContent), 'The host page');
    assert.deepEqual(await problems(), []);
  });
});

test('WebKit: a page restored from the back/forward cache shows what the visitor answered since in another tab', async (t) => {
  await inWebKit(async (session, problems) => {
    const w = await open(session);
    await w.answer('bottleneck', ['time-cost']);
    await w.waitForStep('process-cost');
    // Kept only if the page itself (its scripts' state) comes back from the cache.
    await session.evaluate(() => { window.leftAt = 'process-cost'; });
    await session.goto(`${server.url}elsewhere.html`);
    // Meanwhile another tab of the site moved on: it wrote the record this one reads.
    await session.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: 1, step: 'cost-numbers', answers: '1t-m----' })), KEY);
    await session.command('POST', '/back', {});
    await session.waitFor(() => document.readyState === 'complete' && location.pathname === '/');
    if (await session.evaluate(() => window.leftAt ?? null) !== 'process-cost') {
      t.skip('WebKitGTK under WebDriver loaded the page again instead of restoring it from the back/forward cache');
      return;
    }
    await w.waitForStep('cost-numbers');
    assert.deepEqual(await problems(), []);
  });
});
