// The diagnostic as a visitor uses it on the standalone page: every verdict, reloads,
// changing an answer, starting over, share links, bad stored data, keyboard only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndDist, watch } from './harness.mjs';
import { answer, complete, currentStep, next, PATHS, rendered, resultIds, started, stepId, storedRecord } from './widget.mjs';

const KEY = 'ai-sequencing-diagnostic';
const env = useBrowserAndDist();

/** A fresh visitor (empty storage) on the standalone page. */
async function visit({ init, url, permissions } = {}) {
  const context = await env.browser.newContext({ permissions });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(url ?? env.server.url);
  await rendered(page);
  await currentStep(page).or(page.locator('[data-verdict]')).waitFor();
  return { context, page, problems };
}

describe('every verdict is reachable and explained', () => {
  for (const [name, path] of Object.entries(PATHS)) {
    test(name, async () => {
      const { context, page, problems } = await visit();
      await complete(page, path);
      assert.deepEqual(await resultIds(page), {
        verdict: path.verdict,
        reasons: path.reasons,
        warnings: path.warnings,
      });
      // Reasons and warnings are never folded; the plan starts open, the comparison and
      // the answers folded, each opened by its summary.
      for (const finding of await page.locator('[data-reason], [data-warning]').all()) {
        assert.ok(await finding.isVisible(), 'a reason or warning is hidden');
      }
      assert.equal(await page.locator('[data-plan-step]').count(), 6, 'the 90-day plan has six dated steps');
      assert.ok(await page.locator('[data-plan-step]').first().isVisible(), 'the plan starts open');
      assert.ok(!(await page.getByRole('table').isVisible()), 'the comparison starts folded');
      assert.ok(!(await page.getByRole('button', { name: /^Change / }).first().isVisible()), 'the answers start folded');
      await page.locator('summary', { hasText: 'compared' }).click();
      await page.getByRole('table').waitFor();
      await page.locator('summary', { hasText: 'Your answers' }).click();
      await page.getByRole('button', { name: /^Change / }).first().waitFor();
      await page.locator('summary', { hasText: 'plan' }).click();
      await page.locator('[data-plan-step]').first().waitFor({ state: 'hidden' });
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

test('the first question is on screen at once, with an introduction and no start screen', async () => {
  const { context, page, problems } = await visit();
  assert.equal(await stepId(page), 'bottleneck');
  assert.equal(await page.locator('input[name="bottleneck"]').count(), 3);
  assert.match(await page.locator('.progress').innerText(), /1\D+5/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('submitting a step without an answer says so and stays put', async () => {
  const { context, page } = await visit();
  await next(page);
  assert.equal(await stepId(page), 'bottleneck');
  assert.notEqual((await page.getByRole('alert').allInnerTexts()).join('').trim(), '');
  await context.close();
});

test('invalid numbers are refused with a message next to the field', async () => {
  const { context, page } = await visit();
  await answer(page, 'bottleneck', ['time-cost']);
  await answer(page, 'process-cost', ['measured']);
  for (const bad of ['-1', 'abc', '10001', '1e309', 'NaN']) {
    await page.locator('input[name="weekly-hours"]').fill(bad);
    await next(page);
    assert.equal(await stepId(page), 'cost-numbers', `"${bad}" was accepted`);
    assert.equal(await page.locator('input[name="weekly-hours"]').getAttribute('aria-invalid'), 'true');
    assert.notEqual((await page.locator('#weekly-hours-error').innerText()).trim(), '');
  }
  await page.locator('input[name="weekly-hours"]').fill('7.5');
  await next(page);
  assert.equal(await stepId(page), 'amplify');
  await context.close();
});

test('Back keeps answers and a changed branch drops answers no longer on the path', async () => {
  const { context, page } = await visit();
  await answer(page, 'bottleneck', ['both']);
  assert.equal(await stepId(page), 'bottleneck-tiebreak');
  await answer(page, 'bottleneck-tiebreak', ['time-cost']);
  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back' }).click();
  assert.equal(await stepId(page), 'bottleneck');
  assert.ok(await page.locator('input[name="bottleneck"][value="both"]').isChecked());
  await answer(page, 'bottleneck', ['reach-growth']);
  assert.equal(await stepId(page), 'process-cost');
  const record = await storedRecord(page);
  assert.equal(record.v, 1);
  assert.equal(record.step, 'process-cost');
  await context.close();
});

test('a reload resumes mid-flow and after the result', async () => {
  const { context, page, problems } = await visit();
  await answer(page, 'bottleneck', ['time-cost']);
  await answer(page, 'process-cost', ['not-measured']);
  await page.reload();
  await started(page);
  assert.equal(await stepId(page), 'amplify');
  await page.getByRole('button', { name: 'Back' }).click();
  assert.ok(await page.locator('input[name="process-cost"][value="not-measured"]').isChecked());
  await next(page);
  await answer(page, 'amplify', ['no']);
  await answer(page, 'situation', []);
  await answer(page, 'foundation', []);
  const before = await resultIds(page);
  await page.reload();
  assert.deepEqual(await resultIds(page), before);
  assert.equal(before.verdict, 'process-audit-first');
  assert.deepEqual(problems, []);
  await context.close();
});

test('changing an answer from the result goes to that question and keeps the rest', async () => {
  const { context, page } = await visit();
  await complete(page, PATHS['operations-first via time and cost']);
  await page.locator('summary', { hasText: 'Your answers' }).click();
  await page.getByRole('button', { name: /Change.*bottleneck/i }).first().click();
  assert.equal(await stepId(page), 'bottleneck');
  assert.ok(await page.locator('input[name="bottleneck"][value="time-cost"]').isChecked());
  await answer(page, 'bottleneck', ['reach-growth']);
  const { verdict, reasons } = await resultIds(page);
  assert.equal(verdict, 'operations-first');
  assert.deepEqual(reasons, ['foundation-gaps']);
  await context.close();
});

test('start over clears the stored answers', async () => {
  const { context, page } = await visit();
  await complete(page, PATHS['growth-first via scenario B']);
  assert.notEqual(await storedRecord(page), null);
  await page.getByRole('button', { name: 'Start over' }).click();
  assert.equal(await stepId(page), 'bottleneck');
  assert.equal(await page.locator('input[name="bottleneck"]:checked').count(), 0);
  assert.equal(await storedRecord(page), null, 'start over must remove the stored record');
  await page.reload();
  await started(page);
  assert.equal(await page.locator('input[name="bottleneck"]:checked').count(), 0);
  await context.close();
});

describe('bad stored data never breaks the widget', () => {
  const cases = {
    'not JSON': '{"v":1,',
    'wrong shape': '{"hello":"world"}',
    'a newer version': '{"v":999,"step":"result","answers":"zz"}',
    'unknown answer values': '{"v":1,"step":"amplify","answers":"1-not-a-code"}',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, async () => {
      const { context, page, problems } = await visit({
        init: `localStorage.setItem(${JSON.stringify(KEY)}, ${JSON.stringify(text)})`,
      });
      assert.equal(await stepId(page), 'bottleneck');
      assert.notEqual((await page.locator('.notice').allInnerTexts()).join('').trim(), '');
      await complete(page, PATHS['growth-first via reach and growth']);
      assert.deepEqual(problems.filter((p) => !p.startsWith('console.warning')), []);
      await context.close();
    });
  }
});

test('storage that throws on write: the widget works in memory and says so once', async () => {
  const { context, page, problems } = await visit({
    init: `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
  });
  await answer(page, 'bottleneck', ['time-cost']);
  assert.equal(await page.locator('.notice').count(), 1);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await complete(page, { steps: PATHS['operations-first via time and cost'].steps.slice(1) });
  assert.equal(await page.locator('.notice').count(), 0, 'a dismissed notice came back');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a share link shows the same result in a fresh browser', async () => {
  const { context, page } = await visit({ permissions: ['clipboard-read', 'clipboard-write'] });
  await complete(page, PATHS['process-audit-first after the tie-break']);
  const expected = await resultIds(page);
  await page.getByRole('button', { name: /copy link/i }).click();
  await page.getByText(/copied/i).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#ai-sequencing-diagnostic=/);
  await context.close();

  const other = await visit({ url: link });
  assert.deepEqual(await resultIds(other.page), expected);
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

test('once the visitor acts on a shared result, a reload no longer brings it back', async () => {
  const { context, page, problems } = await visit({ url: `${env.server.url}#top&${KEY}=1btmxy37_h12_c40` });
  assert.equal((await resultIds(page)).verdict, 'growth-first');
  await page.getByRole('button', { name: 'Start over' }).click();
  assert.equal(await page.evaluate(() => location.hash), '#top', 'other fragment content is kept');
  assert.equal(await page.evaluate(() => history.length), 2, 'no history entry was added');
  await page.reload();
  await started(page);
  assert.equal(await stepId(page), 'bottleneck');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a broken or hostile share link shows the first question with a notice', async () => {
  for (const fragment of ['1', '9zzzz', '<script>alert(1)</script>', '%00%00', 'x'.repeat(100_000)]) {
    const { context, page, problems } = await visit({ url: `${env.server.url}#${KEY}=${fragment}` });
    assert.equal(await stepId(page), 'bottleneck', `fragment ${fragment.slice(0, 20)}`);
    assert.ok((await page.locator('.notice').count()) >= 1);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the whole diagnostic, changing an answer and starting over work with the keyboard alone', async () => {
  const { context, page, problems } = await visit();
  const focused = () => page.evaluate(() => {
    const active = document.querySelector('#diagnostic').shadowRoot.activeElement;
    return active ? `${active.tagName}:${active.getAttribute('name') ?? active.textContent.trim()}` : 'none';
  });
  // Radio groups: Tab enters the group, arrows move the choice, Enter submits the form.
  const radios = async (moves) => {
    await page.keyboard.press('Tab');
    for (let i = 0; i < moves; i += 1) await page.keyboard.press('ArrowDown');
    if (moves === 0) await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
  };
  // Checkbox groups: Tab to each box, Space ticks it, Enter submits.
  const checkboxes = async (ticks) => {
    for (const tick of ticks) {
      await page.keyboard.press('Tab');
      if (tick) await page.keyboard.press('Space');
    }
    await page.keyboard.press('Enter');
  };

  await radios(1); // bottleneck: reach-growth
  assert.equal(await stepId(page), 'process-cost');
  assert.match(await focused(), /^H2:/, 'focus moves to the new step heading');
  await radios(0); // measured
  assert.equal(await stepId(page), 'cost-numbers');
  await page.keyboard.press('Tab');
  await page.keyboard.type('12');
  await page.keyboard.press('Enter');
  assert.equal(await stepId(page), 'amplify');
  await radios(0); // yes
  await checkboxes([false, false, true]); // situation: fast-feedback
  await checkboxes([true, true, true]); // every foundation
  const first = await resultIds(page);
  assert.equal(first.verdict, 'growth-first');
  assert.deepEqual(first.reasons, ['bottleneck-reach-growth', 'amplify', 'scenario-c']);
  assert.match(await focused(), /^H2:Start with growth AI/);

  // Tabs until `read()` matches `pattern`; fails, naming where focus stopped, if `limit`
  // presses never get there (rather than pressing Enter on whatever has focus).
  const tabTo = async (pattern, read = focused, limit = 80) => {
    for (let presses = 0; !pattern.test(await read()); presses += 1) {
      if (presses === limit) assert.fail(`${limit} presses of Tab never reached ${pattern}; focus is on ${await focused()}`);
      await page.keyboard.press('Tab');
    }
  };
  const label = () => page.evaluate(() => document.querySelector('#diagnostic').shadowRoot.activeElement?.getAttribute('aria-label') ?? '');

  // Open the folded answers: Tab to their summary, Enter.
  await tabTo(/^SUMMARY:Your answers$/);
  await page.keyboard.press('Enter');
  // Change the first answer: Tab to its Change button, Enter, pick time-cost, Enter.
  await tabTo(/Change Main bottleneck/, label);
  await page.keyboard.press('Enter');
  assert.equal(await stepId(page), 'bottleneck');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  assert.equal((await resultIds(page)).verdict, 'operations-first');

  // Start over, by keyboard.
  await tabTo(/^BUTTON:Start over$/);
  await page.keyboard.press('Enter');
  assert.equal(await stepId(page), 'bottleneck');
  assert.deepEqual(problems, []);
  await context.close();
});
