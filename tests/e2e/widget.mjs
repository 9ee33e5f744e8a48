// How a visitor drives the widget, through the spec's public contract only: inputs by
// `name`/`value`, buttons by role and name, the result by data-verdict / data-reason /
// data-warning. Playwright's locators pierce open shadow roots.

/** Paths to every verdict, as the answers a visitor gives, in order. */
export const PATHS = {
  'growth-first via scenario B': {
    steps: [
      ['bottleneck', ['time-cost']],
      ['process-cost', ['measured']],
      ['numbers', { 'weekly-hours': '12', 'hourly-cost': '40' }],
      ['amplify', ['yes']],
      ['situation', ['validating-model']],
      ['foundation', ['crm-consistent', 'followup-reliable', 'qualification-owned']],
    ],
    verdict: 'growth-first',
    reasons: ['scenario-b'],
    warnings: [],
  },
  'growth-first via reach and growth': {
    steps: [
      ['bottleneck', ['reach-growth']],
      ['process-cost', ['measured']],
      ['numbers', {}],
      ['amplify', ['yes']],
      ['situation', ['fast-feedback']],
      ['foundation', ['crm-consistent', 'followup-reliable', 'qualification-owned']],
    ],
    verdict: 'growth-first',
    reasons: ['bottleneck-reach-growth', 'amplify', 'scenario-c'],
    warnings: [],
  },
  'operations-first via time and cost': {
    steps: [
      ['bottleneck', ['time-cost']],
      ['process-cost', ['measured']],
      ['numbers', { 'weekly-hours': '20' }],
      ['amplify', ['no']],
      ['situation', []],
      ['foundation', ['crm-consistent']],
    ],
    verdict: 'operations-first',
    reasons: ['bottleneck-time-cost'],
    warnings: ['error-02'],
  },
  'process-audit-first after the tie-break': {
    steps: [
      ['bottleneck', ['both']],
      ['bottleneck-tiebreak', ['reach-growth']],
      ['process-cost', ['not-measured']],
      ['amplify', ['yes']],
      ['situation', ['several-projects']],
      ['foundation', ['crm-consistent']],
    ],
    verdict: 'process-audit-first',
    reasons: ['foundation-gaps', 'unmeasured-costs'],
    warnings: ['parallel-projects'],
  },
};

/** The form of the step on screen. */
export function currentStep(page) {
  return page.locator('form[data-step]');
}

/**
 * Waits until the Wasm has rendered the widget (its `aisd:first-render` mark). A
 * first-time visitor's first question is static markup until then (tests/e2e/
 * instant.test.mjs tests that); the other tests drive the live widget, so that what they
 * check follows at once from what they do.
 */
export async function rendered(page) {
  await page.waitForFunction(() => performance.getEntriesByName('aisd:first-render').length > 0);
}

/** Waits until the Wasm has rendered the widget and a step's form is on screen. */
export async function started(page) {
  await rendered(page);
  await currentStep(page).waitFor();
}

/** Waits for a step and returns its id (`data-step`). */
export async function stepId(page) {
  return currentStep(page).getAttribute('data-step');
}

/** Ticks `values` of question `name` (radio or checkbox) and submits the step. */
export async function answer(page, name, values) {
  if (name === 'numbers') {
    for (const [field, value] of Object.entries(values)) {
      await page.locator(`input[name="${field}"]`).fill(value);
    }
  } else {
    for (const value of values) {
      await page.locator(`input[name="${name}"][value="${value}"]`).check();
    }
  }
  await next(page);
}

/**
 * Submits the step on screen with its primary button. The button is aria-disabled while
 * a required answer is missing, but still clickable (it then explains why), so the click
 * is forced past Playwright's actionability check.
 */
export async function next(page) {
  await currentStep(page).locator('button[type="submit"]').click({ force: true });
}

/** Answers every step of `path` from the first question. */
export async function complete(page, path) {
  for (const [name, values] of path.steps) await answer(page, name, values);
  await page.locator('[data-verdict]').waitFor();
}

/** What the result shows: verdict, reason ids and warning ids, in order. */
export async function resultIds(page) {
  const result = page.locator('[data-verdict]');
  await result.waitFor();
  return {
    verdict: await result.getAttribute('data-verdict'),
    reasons: await page.locator('[data-reason]').evaluateAll((els) => els.map((e) => e.dataset.reason)),
    warnings: await page.locator('[data-warning]').evaluateAll((els) => els.map((e) => e.dataset.warning)),
  };
}

/** The widget's stored record, parsed, or null. */
export function storedRecord(page, key = 'ai-sequencing-diagnostic') {
  return page.evaluate((k) => {
    const text = localStorage.getItem(k);
    return text === null ? null : JSON.parse(text);
  }, key);
}
