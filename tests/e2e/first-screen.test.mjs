// The result's first screen answers "so what do I do?": at 360×740 and 1280×800, for
// every verdict, the verdict, its one-sentence reason, this week's step and (when the
// page set one) the call to action lie inside the viewport without scrolling past the
// widget's top, measured by their bounding boxes; the call to action comes again at the
// end; nothing, unfolded or on the demo page, makes the page scroll sideways. Screenshots
// of every verdict at both sizes, light and dark, folded and unfolded, and of the demo
// page go to test-artifacts/, for a look by eye: nothing compares them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, sidewaysOverflow, useBrowserAndDist, watch } from './harness.mjs';
import { complete, PATHS, started } from './widget.mjs';

const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const env = useBrowserAndDist();

const slug = (name) => name.replace(/[^a-z]+/gi, '-').toLowerCase();

/** Waits until the page has stopped scrolling (the host page may scroll smoothly). */
async function settled(page) {
  await page.waitForFunction(() => new Promise((resolve) => {
    const y = scrollY;
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY === y)));
  }));
}

/** Scrolls the page so the widget's top is the viewport's top. */
async function widgetAtTop(page) {
  await page.evaluate(() => {
    // The demo page's widget, or the standalone page's.
    const host = document.querySelector('#ai-diagnostic') ?? document.querySelector('#diagnostic');
    scrollTo({ top: host.getBoundingClientRect().top + scrollY, behavior: 'instant' });
  });
  await settled(page);
}

/**
 * What the first screen must show, each as [name, locator]: the verdict heading, the
 * sentence that describes it, this week's step, and the call to action if there is one.
 */
async function firstScreen(page) {
  const result = page.locator('[data-verdict]');
  const verdict = result.getByRole('heading', { level: 2 });
  const reason = result.locator(`#${await verdict.getAttribute('aria-describedby')}`);
  assert.match(await reason.innerText(), /^[^.]+\.$/, 'the reason is one sentence');
  const parts = [
    ['verdict', verdict],
    ['reason', reason],
    ['this week\'s step', result.locator('[data-first-step]')],
  ];
  if (await result.locator('a[part~="cta"]').count()) parts.push(['call to action', result.locator('a[part~="cta"]').first()]);
  return parts;
}

/** Fails with what lies outside the viewport, and by how much. */
async function assertOnScreen(page, parts, where) {
  const { width, height } = page.viewportSize();
  for (const [name, locator] of parts) {
    const box = await locator.boundingBox();
    assert.ok(box, `${where}: the ${name} is not shown`);
    assert.ok(
      box.y >= 0 && box.y + box.height <= height && box.x >= 0 && box.x + box.width <= width,
      `${where}: the ${name} is at x ${box.x}..${box.x + box.width}, y ${box.y}..${box.y + box.height}, outside the ${width}×${height} viewport`,
    );
  }
}

for (const { width, height } of SIZES) {
  describe(`the first screen at ${width}×${height}`, () => {
    for (const [name, path] of Object.entries(PATHS)) {
      test(`${name}, on the demo page, with a call to action`, async () => {
        // Reduced motion: the demo page scrolls smoothly otherwise, and a test's click
        // during a scroll lands where the button was, not where it is.
        const context = await env.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
        const page = await context.newPage();
        const problems = watch(page);
        await page.goto(`${env.server.url}demo.html`);
        await page.locator('#ai-diagnostic').scrollIntoViewIfNeeded();
        await started(page);
        await complete(page, path);
        const parts = await firstScreen(page);
        assert.equal(parts.length, 4, 'the demo page sets a call to action');

        // As the visitor is left after "See my result", and with the widget's top at the
        // top of the viewport.
        await settled(page);
        await assertOnScreen(page, parts, 'after the last step');
        await widgetAtTop(page);
        await screenshot(page, `first-screen-${width}-${slug(name)}`, { fullPage: false });
        await assertOnScreen(page, parts, 'with the widget at the top');

        // The call to action again at the very end, after the answers.
        const ctas = page.locator('[data-verdict] a[part~="cta"]');
        assert.equal(await ctas.count(), 2);
        const last = await ctas.last().boundingBox();
        const answers = await page.locator('summary', { hasText: 'Your answers' }).boundingBox();
        assert.ok(last.y > answers.y, 'the second call to action comes after the answers');
        assert.deepEqual(problems, []);
        await context.close();
      });

      test(`${name}, on the standalone page, without a call to action`, async () => {
        // No transitions, so the dark screenshots do not catch colours half-way.
        const context = await env.browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(env.server.url);
        await started(page);
        await complete(page, path);
        const parts = await firstScreen(page);
        assert.equal(parts.length, 3, 'the standalone page sets no call to action');
        await widgetAtTop(page);
        await assertOnScreen(page, parts, 'with the widget at the top');

        for (const scheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme: scheme });
          await screenshot(page, `result-${width}-${scheme}-${slug(name)}`);
        }
        const folded = page.locator('details:not([open]) > summary');
        while (await folded.count()) await folded.first().click();
        for (const scheme of ['light', 'dark']) {
          await page.emulateMedia({ colorScheme: scheme });
          await screenshot(page, `result-${width}-${scheme}-${slug(name)}-unfolded`);
        }
        assert.deepEqual(await sidewaysOverflow(page), [], 'the unfolded result scrolls sideways');
        await context.close();
      });
    }
  });
}

test('the demo page fits 360 px and 1280 px without sideways scrolling, light and dark, before and after a result (screenshots kept as artifacts)', async () => {
  for (const { width, height } of SIZES) {
    for (const scheme of ['light', 'dark']) {
      const context = await env.browser.newContext({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems = watch(page);
      const fits = async (where) => assert.deepEqual(await sidewaysOverflow(page), [], `${where} at ${width} px, ${scheme}`);
      await page.goto(`${env.server.url}demo.html`);
      await screenshot(page, `demo-${width}-${scheme}-top`, { fullPage: false });
      await page.locator('#ai-diagnostic').scrollIntoViewIfNeeded();
      await started(page);
      await screenshot(page, `demo-${width}-${scheme}`);
      await fits('the first question');
      await complete(page, PATHS['operations-first via time and cost']);
      await settled(page);
      await screenshot(page, `demo-${width}-${scheme}-result`);
      await fits('the result');
      assert.deepEqual(problems, []);
      await context.close();
    }
  }
});
