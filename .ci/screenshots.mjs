// The README's pictures: the first question and a result, taken in headless Chromium from
// the built dist/ at a fixed clock (the plan's dates follow it), so they change only when
// the widget's look or words do. `bash .ci/screenshots.sh` builds, then runs this.
import { launch, serveDist } from '../tests/e2e/harness.mjs';
import { complete, PATHS, started } from '../tests/e2e/widget.mjs';

const CLOCK = new Date('2026-03-02T09:00:00Z');
const OUT = 'docs/images';

const server = await serveDist();
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 720, height: 900 }, colorScheme: 'light', locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto(server.url);
  await started(page);
  // Fixed once the widget runs (fixed before, it kept the page's own timers from firing);
  // the shell reads the clock on every change, so the result's dates follow it.
  await page.clock.setFixedTime(CLOCK);
  const widget = page.locator('#diagnostic');
  await widget.screenshot({ path: `${OUT}/first-question.png`, animations: 'disabled' });
  await complete(page, PATHS['operations-first via time and cost']);
  // The result's first screen, as a visitor sees it on arriving there.
  await page.locator('[data-verdict]').evaluate((result) => {
    result.scrollIntoView({ block: 'start', behavior: 'instant' });
    scrollBy({ top: -24, behavior: 'instant' });
  });
  await page.screenshot({ path: `${OUT}/result.png`, animations: 'disabled' });
  console.log(`${OUT}/first-question.png, ${OUT}/result.png (clock ${CLOCK.toISOString()})`);
} finally {
  await browser.close();
  await server.close();
}
