// Hosts that enforce Trusted Types (`require-trusted-types-for 'script'`): the widget's
// markup goes through its one policy, "ai-sequencing-diagnostic", both when the host
// lists no policies and when it allows only this one (without 'allow-duplicates'), with
// two widgets and two copies of embed.js on the page. No violation, no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowserAndDist, watch } from './harness.mjs';
import { PATHS, complete, resultIds } from './widget.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const BODY = `
  <div id="a"></div><div id="b"></div>
  <script type="module" src="embed.js" data-target="#a" data-storage-key="a" data-load="eager"></script>
  <script type="module" src="embed.js?copy" data-target="#b" data-storage-key="b" data-load="eager"></script>`;
const page = (csp) => ({
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Trusted Types host</title>
<link rel="icon" href="data:,"></head><body>${BODY}</body></html>`,
  headers: { 'Content-Security-Policy': csp },
});

const env = useBrowserAndDist({
  pages: {
    '/tt-any.html': page(`${STRICT}; require-trusted-types-for 'script'`),
    '/tt-listed.html': page(`${STRICT}; require-trusted-types-for 'script'; trusted-types ai-sequencing-diagnostic`),
    '/tt-other.html': page(`${STRICT}; require-trusted-types-for 'script'; trusted-types host-policy`),
  },
});

async function open(path) {
  const context = await env.browser.newContext();
  const tab = await context.newPage();
  const problems = watch(tab);
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.sample}`);
    });
  });
  await tab.goto(`${env.server.url}${path}`);
  return { context, tab, problems };
}

for (const [path, what] of [
  ['tt-any.html', 'no trusted-types directive'],
  ['tt-listed.html', 'only the widget\'s policy allowed'],
]) {
  test(`Trusted Types enforced, ${what}: both widgets work to the result`, async () => {
    const { context, tab, problems } = await open(path);
    for (const [id, name] of [['#a', 'operations-first via time and cost'], ['#b', 'process-audit-first after the tie-break']]) {
      const widget = tab.locator(id);
      await widget.locator('input[name="bottleneck"]').first().waitFor();
      await complete(widget, PATHS[name]);
      assert.equal((await resultIds(widget)).verdict, PATHS[name].verdict);
      // The report's markup arrived through the policy: its sections and buttons are there.
      assert.equal(await widget.locator('[data-plan-step]').count(), 6);
    }
    assert.equal(await tab.evaluate(() => typeof window.trustedTypes?.createPolicy), 'function');
    assert.deepEqual(await tab.evaluate(() => window.__violations), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a host that does not allow the policy gets a console error naming the fix, and its visitors a message', async () => {
  const { context, tab, problems } = await open('tt-other.html');
  // The page refuses every markup the widget writes: in its place, the widget says why
  // rather than showing an empty box.
  await tab.locator('#a').getByText("This page's security settings stop the diagnostic from showing.").waitFor();
  assert.equal(await tab.locator('#a form').count(), 0);
  assert.ok(
    problems.some((p) => /trusted-types ai-sequencing-diagnostic/.test(p)),
    problems.join('\n'),
  );
  await context.close();
});
