// Accessibility: axe-core (WCAG 2.2 AA rules and best practices) on every step and on the
// result (folded and unfolded), in light and dark, on screen and in print; focus and
// announcements; reduced motion; target sizes; printing shows the folded parts; every step
// fits 360 px and 1280 px, light and dark, without sideways scrolling (its screenshots go
// to test-artifacts/, for a look by eye: nothing compares them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { ARTIFACTS, screenshot, sidewaysOverflow, useBrowserAndDist, watch } from './harness.mjs';
import { answer, currentStep, started, stepId } from './widget.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// A path that visits every step, including both branches.
const EVERY_STEP = [
  ['bottleneck', ['both']],
  ['bottleneck-tiebreak', ['time-cost']],
  ['process-cost', ['measured']],
  ['numbers', { 'weekly-hours': '25', 'hourly-cost': '55' }],
  ['amplify', ['no']],
  ['situation', ['ops-efficient', 'several-projects']],
  ['foundation', ['crm-consistent']],
];

const env = useBrowserAndDist();

/** Opens every folded part of the result, as a visitor clicking each summary would. */
async function unfold(page) {
  const folded = page.locator('details:not([open]) > summary');
  while (await folded.count()) await folded.first().click();
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    const { violations } = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, TAGS);
  return result;
}

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on any step or the result (${scheme})`, async () => {
    const context = await env.browser.newContext({ colorScheme: scheme, bypassCSP: true });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(env.server.url);
    await started(page);
    for (const [name, values] of EVERY_STEP) {
      assert.deepEqual(await axe(page), [], `${scheme}, step ${await stepId(page)}`);
      await answer(page, name, values);
    }
    await page.locator('[data-verdict]').waitFor();
    assert.deepEqual(await axe(page), [], `${scheme}, result`);
    await unfold(page);
    assert.deepEqual(await axe(page), [], `${scheme}, result unfolded`);
    await page.emulateMedia({ media: 'print' });
    assert.deepEqual(await axe(page), [], `${scheme}, result in print`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('axe finds no violation on a 320 px phone, where each comparison dimension is a block', async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await started(page);
  for (const [name, values] of EVERY_STEP) {
    assert.deepEqual(await axe(page), [], `320 px, step ${await stepId(page)}`);
    await answer(page, name, values);
  }
  await page.locator('[data-verdict]').waitFor();
  await unfold(page);
  assert.deepEqual(await axe(page), [], '320 px, result');
  await context.close();
});

test('each new step moves focus to its heading and is announced with its progress', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url);
  await started(page);
  const focused = () => page.evaluate(() => {
    const active = document.querySelector('#diagnostic').shadowRoot.activeElement;
    return active ? `${active.tagName}:${active.textContent.trim()}` : 'none';
  });
  assert.equal(await focused(), 'none', 'the first render must not steal focus from the host page');
  await answer(page, 'bottleneck', ['reach-growth']);
  assert.match(await focused(), /^H2:Do you know what your core processes cost/);
  const live = page.locator('[aria-live="polite"]:not([role])');
  assert.match(await live.innerText(), /^Step 2 of 5: /);
  await answer(page, 'process-cost', ['not-measured']);
  assert.match(await live.innerText(), /^Step 3 of 5: /);
  await page.getByRole('button', { name: 'Back' }).click();
  assert.match(await focused(), /^H2:Do you know/);
  await context.close();
});

test('the progress bar has an accessible name and tracks the step', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url);
  const bar = page.getByRole('progressbar', { name: /Step 1 of 5/ });
  await bar.waitFor();
  assert.equal(await bar.getAttribute('value'), '1');
  await answer(page, 'bottleneck', ['both']);
  const next = page.getByRole('progressbar', { name: /Step 2 of 6/ });
  assert.equal(await next.getAttribute('max'), '6');
  await context.close();
});

test('reduced motion turns transitions off', async () => {
  const context = await env.browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await started(page);
  const duration = await page.locator('label.choice').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.match(duration, /^0s(, 0s)*$/);
  await context.close();

  const moving = await env.browser.newContext({ reducedMotion: 'no-preference' });
  const other = await moving.newPage();
  await other.goto(env.server.url);
  await started(other);
  const normal = await other.locator('label.choice').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.notEqual(normal.replace(/0s|,|\s/g, ''), '', 'without the preference there should be a transition');
  await moving.close();
});

test('tap targets are at least 44 px and nothing jumps between steps', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await started(page);
  const targets = 'label.choice, button, a, summary';
  const small = (selector) => page.locator(selector).evaluateAll((els) => els
    .map((el) => [el.textContent.trim().slice(0, 30), el.getBoundingClientRect()])
    .filter(([, r]) => r.height < 44 || r.width < 44)
    .map(([text, r]) => `${text}: ${r.width}x${r.height}`));
  assert.deepEqual(await small(targets), []);
  const top = (selector) => page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  const progress = await top('.progress');
  await answer(page, 'bottleneck', ['time-cost']);
  assert.equal(await top('.progress'), progress, 'the progress bar moved between steps');
  const heading = await top('form h2');
  await answer(page, 'process-cost', ['not-measured']);
  assert.equal(await top('form h2'), heading, 'the question moved between steps');
  for (const [name, values] of [['amplify', ['yes']], ['situation', []], ['foundation', []]]) await answer(page, name, values);
  await page.locator('[data-verdict]').waitFor();
  await unfold(page);
  assert.deepEqual(await small(targets), [], 'on the result');
  await context.close();
});

test('nothing shifts while the widget arrives, on the standalone and the demo page, at 360 and 1280 px', async () => {
  for (const width of [360, 1280]) {
    for (const path of ['', 'demo.html', '#ai-sequencing-diagnostic=1btmxy37_h12_c40']) {
      const context = await env.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${env.server.url}${path}`);
      // The demo loads the widget lazily: scroll towards it as a visitor would.
      if (path === 'demo.html') await page.mouse.wheel(0, 1400);
      await currentStep(page).or(page.locator('[data-verdict]')).waitFor();
      // Two frames, so a shift in the frame after the first render would be counted.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift < 0.005, `layout shift ${shift} at ${width} px on /${path}`);
      await context.close();
    }
  }
});

test('printing shows every folded part of the result, and the screen keeps them folded', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(env.server.url);
  await started(page);
  for (const [name, values] of EVERY_STEP) await answer(page, name, values);
  await page.locator('[data-verdict]').waitFor();
  const table = page.getByRole('table');
  const change = page.getByRole('button', { name: /^Change / }).first();
  const answers = page.locator('dl');
  assert.ok(!(await table.isVisible()) && !(await answers.isVisible()), 'the table and the answers start folded');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await table.isVisible(), 'the comparison prints');
  assert.ok(await answers.isVisible(), 'the answers print');
  assert.ok(await page.locator('[data-plan-step]').first().isVisible(), 'the plan prints');
  assert.ok(!(await change.isVisible()), 'controls do not print');
  await page.emulateMedia({ media: 'screen' });
  assert.ok(!(await table.isVisible()) && !(await answers.isVisible()), 'still folded on screen after printing');
  assert.ok(await page.locator('[data-plan-step]').first().isVisible(), 'the plan, open before, stays open');
  assert.deepEqual(problems, []);
  await context.close();
});

test('every step and the result fit 360 px and 1280 px without sideways scrolling, light and dark (screenshots kept as artifacts)', async () => {
  for (const width of [360, 1280]) {
    // No transitions: a screenshot right after the switch to dark would catch the cards
    // half-way between the two themes.
    const context = await env.browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(env.server.url);
    await started(page);
    const both = async (name) => {
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await screenshot(page, `step-${width}-${scheme}-${name}`);
        assert.deepEqual(await sidewaysOverflow(page), [], `${name} at ${width} px, ${scheme}`);
      }
    };
    for (const [name, values] of EVERY_STEP) {
      await both(await stepId(page));
      await answer(page, name, values);
    }
    await page.locator('[data-verdict]').waitFor();
    await both('result');
    // The printed result, for a look by eye only: what prints is checked by the test above.
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await screenshot(page, `step-${width}-result-print`);
    if (width === 1280) {
      // The printed result on A4 and Letter, for a look by eye (not committed).
      for (const format of ['A4', 'Letter']) {
        await page.pdf({ path: `${ARTIFACTS}/result-${format}.pdf`, format, printBackground: true });
      }
      const hidden = await page.locator('.actions, .notices, .answers button').evaluateAll((els) => els.every((el) => getComputedStyle(el).display === 'none'));
      assert.ok(hidden, 'controls must not print');
    }
    await context.close();
  }
});
