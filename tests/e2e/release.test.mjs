// The release as a marketer gets it: packed by the release command, installed from the
// tarball with no network, served from a second origin as a CDN serves a package
// (`/<name>@<version>/…`, any origin allowed), and embedded in a page on another origin
// under the README's strict CSP with the CDN added, with `integrity` on embed.js. Also: a
// file changed on the CDN is refused, the types hold for TypeScript and React's JSX, and
// a bundler (esbuild) builds a page that imports the element.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { release } from '../../.ci/release.mjs';
import { sri } from '../../.ci/build/integrity.mjs';
import { NAME, VERSION } from '../../web/embed/contract.js';
import { ROOT, launch, openTab, serve } from './harness.mjs';
import { startWebKit } from './webkit/driver.mjs';
import { widget as inWebKitPage } from './webkit/widget.mjs';
import { complete, currentStep, PATHS, resultIds, started } from './widget.mjs';

const run = promisify(execFile);
const AT = `${NAME}@${VERSION}`;

let browser;
let work;
let packed;
let installed;
let cdn;
let cdnUrl;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'aisd-release-'));
  packed = await release();
  // An empty project installing the tarball as a user would, from the file alone.
  const project = join(work, 'project');
  await mkdir(project);
  await writeFile(join(project, 'package.json'), '{ "name": "a-marketers-site", "private": true }\n');
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(ROOT, packed.tarball)], { cwd: project });
  installed = join(project, 'node_modules', NAME);
  // The CDN: the installed package at /<name>@<version>/, and copies with one file changed.
  const root = join(work, 'cdn');
  await cp(installed, join(root, AT), { recursive: true });
  for (const [folder, file, change] of TAMPERED) {
    await cp(installed, join(root, folder), { recursive: true });
    const path = join(root, folder, file);
    await writeFile(path, change(await readFile(path)));
  }
  cdn = await serve(root, { headers: { 'Access-Control-Allow-Origin': '*' } });
  // Another origin than the pages' (127.0.0.1): the same server by another host name.
  cdnUrl = cdn.url.replace('127.0.0.1', 'localhost');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await cdn?.close();
  await rm(work, { recursive: true, force: true });
});

/** One byte changed in the middle of a file (`flip`), or a rule appended to a stylesheet. */
const flip = (bytes) => {
  const copy = Buffer.from(bytes);
  copy[copy.length >> 1] ^= 1;
  return copy;
};
const TAMPERED = [
  ['tampered-wasm', 'aisd_bg.wasm', flip],
  ['tampered-css', 'widget.css', (bytes) => Buffer.concat([bytes, Buffer.from('.aisd{display:none}')])],
  ['tampered-words', 'locales/it.txt', flip],
  ['tampered-first', 'first/en.html', flip],
];

/** The README's strict CSP with the CDN's origin added where the README says. */
const csp = () => {
  const origin = cdnUrl.slice(0, -1);
  return `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}; img-src 'self' data:`;
};

/**
 * A page on its own origin: `body` in a document of language `lang`, with the CSP (and
 * the test server's error catcher, which WebKit's tests read).
 */
async function hostPage(body, lang = 'en') {
  const site = await serve(work, {
    errors: true,
    pages: {
      '/page.html': {
        html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>A marketer's page</title>
<link rel="icon" href="data:,"></head><body><h1 id="host-text">Our services</h1>${body}</body></html>`,
        headers: { 'Content-Security-Policy': csp() },
      },
    },
  });
  return site;
}

/** The snippet of the packed README, for the package on the CDN at `folder`. */
const snippet = (folder = AT, extra = '') => `<div id="ai-diagnostic"><p id="fallback">Talk to us</p></div>
<script type="module" src="${cdnUrl}${folder}/embed.js" integrity="${packed.integrity}" crossorigin="anonymous"
        data-target="#ai-diagnostic" ${extra}></script>`;

/** Opens `body` on a host page; closes both after `check`. */
async function onHostPage(body, check, lang = 'en') {
  const site = await hostPage(body, lang);
  const opened = await openTab(browser, `${site.url}page.html`);
  try {
    await check(opened);
  } finally {
    await opened.context.close();
    await site.close();
  }
}

/** The text of the widget's alert (its message when it could not start). */
const startMessage = (tab) => tab.locator('#ai-diagnostic [role="alert"]', { hasText: /\S/ }).textContent();

test('the release packs the built files, one version everywhere, and installs from the tarball alone', async () => {
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  assert.equal(manifest.name, NAME);
  assert.equal(manifest.version, VERSION);
  assert.match((await readFile(join(ROOT, 'Cargo.toml'), 'utf8')), new RegExp(`^version = "${VERSION.replaceAll('.', '\\.')}"$`, 'm'));
  assert.equal(manifest.license, 'MIT');
  assert.ok(manifest.repository?.url);
  assert.equal(manifest.dependencies, undefined, 'no dependencies: it installs offline');
  for (const entry of ['./embed.js', './element.js', './widget.css', './react']) assert.ok(manifest.exports[entry], entry);
  const { stdout } = await run('tar', ['tzf', join(ROOT, packed.tarball)]);
  const files = stdout.trim().split('\n').map((line) => line.replace(/^package\//, '')).sort();
  assert.deepEqual(files.filter((name) => /demo|\.map$|fixture|\.rs$|test/.test(name)), [], 'nothing a page does not need');
  for (const name of ['embed.js', 'element.js', 'aisd_bg.wasm', 'widget.css', 'locales/it.txt', 'first/en.html', 'first/it.html',
    'sw.js', 'types/index.d.ts', 'types/react.d.ts', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    assert.ok(files.includes(name), `${name} is packed`);
  }
  const embed = await readFile(join(installed, 'embed.js'), 'utf8');
  assert.match(embed.split('\n')[0], new RegExp(`^/\\*! ${NAME} ${VERSION.replaceAll('.', '\\.')}-[0-9a-f]{12} MIT \\*/$`));
  // The packed README has the real hash where the repository's has a placeholder.
  const readme = await readFile(join(installed, 'README.md'), 'utf8');
  assert.equal(packed.integrity, sri(embed));
  assert.ok(readme.includes(`integrity="${packed.integrity}"`));
  assert.ok(!readme.includes('printed-by-the-release-command'));
  assert.ok(readme.includes(`/npm/${AT}/embed.js`));
  assert.ok(!readme.includes('](docs/'), 'no link to a file the package does not have');
  assert.ok(!readme.includes('\n# Development'), "only the README's part for the people who use the widget");
  assert.ok((await readFile(join(ROOT, 'README.md'), 'utf8')).includes(`/npm/${AT}/embed.js`), "the repository's README names this version");
  // The worker precaches exactly what the package has.
  const sw = await readFile(join(installed, 'sw.js'), 'utf8');
  assert.ok(!sw.includes('demo'), 'no demo page in the precache');
});

test('from a CDN origin with integrity under a strict CSP: every verdict, the version everywhere, no worker, no error', async () => {
  const verdicts = new Map(Object.entries(PATHS).map(([name, path]) => [path.verdict, name]));
  for (const name of verdicts.values()) {
    await onHostPage(snippet(), async ({ tab, problems }) => {
      await started(tab);
      await complete(tab, PATHS[name]);
      assert.equal((await resultIds(tab)).verdict, PATHS[name].verdict);
      const ready = await tab.evaluate(() => window.__events.find((e) => e.name === 'aisd:ready').detail);
      assert.equal(ready.version, VERSION);
      const requests = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      const fromCdn = requests.filter((url) => url.startsWith(cdnUrl));
      assert.ok(fromCdn.length >= 4, fromCdn.join('\n'));
      assert.deepEqual(fromCdn.filter((url) => !url.includes(`/${AT}/`)), [], 'every address names the version');
      const own = await tab.evaluate(() => location.origin);
      assert.deepEqual(requests.filter((url) => !url.startsWith(cdnUrl) && new URL(url).origin !== own), [], "no request to any origin but the page's and the CDN's");
      assert.equal(await tab.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length)), 0);
      assert.deepEqual(await tab.evaluate(() => window.__violations), []);
      assert.deepEqual(problems, []);
    });
  }
});

test('from a CDN origin: an Italian page, and the custom element inserted late and loaded lazily', async () => {
  await onHostPage(snippet(), async ({ tab, problems }) => {
    await started(tab);
    assert.equal(await tab.locator('.question-title').first().textContent().then((t) => t.trim()), 'Che cosa frena di più la tua azienda in questo momento?');
    assert.deepEqual(problems, []);
  }, 'it');
  const element = `<canvas width="10" height="4000"></canvas><div id="slot"></div>
<script type="module" src="${cdnUrl}${AT}/element.js" integrity="${packed.elementIntegrity}" crossorigin="anonymous"></script>`;
  await onHostPage(element, async ({ tab, problems }) => {
    const wasm = [];
    tab.on('request', (request) => { if (request.url().includes('.wasm')) wasm.push(request.url()); });
    await tab.waitForFunction(() => customElements.get('ai-sequencing-diagnostic'));
    await tab.evaluate(() => {
      const widget = document.createElement('ai-sequencing-diagnostic');
      widget.id = 'late';
      document.getElementById('slot').append(widget);
    });
    await tab.waitForTimeout(500);
    assert.deepEqual(wasm, [], 'nothing heavy loads until the widget nears the viewport');
    await tab.locator('#late').scrollIntoViewIfNeeded();
    await started(tab);
    await complete(tab, PATHS['operations-first via time and cost']);
    assert.equal(await tab.evaluate(() => document.getElementById('late').result.verdict), 'operations-first');
    assert.equal(wasm.length, 1);
    assert.deepEqual(problems, []);
  });
});

test('a file changed on the CDN is refused: the Wasm or the stylesheet gives a message and no widget; words and first question fall back', async () => {
  for (const folder of ['tampered-wasm', 'tampered-css']) {
    await onHostPage(snippet(folder, 'data-load="eager"'), async ({ tab, problems }) => {
      assert.match(await startMessage(tab), /could not load/);
      assert.equal(await currentStep(tab).count(), 0, `${folder}: no widget`);
      assert.equal(await tab.locator('#host-text').textContent(), 'Our services');
      assert.ok(problems.some((p) => /does not match its integrity hash/.test(p)), `${folder}:\n${problems.join('\n')}`);
      assert.deepEqual(problems.filter((p) => /uncaught|unhandled|pageerror/i.test(p)), []);
    });
  }
  await onHostPage(snippet('tampered-words', 'data-load="eager"'), async ({ tab, problems }) => {
    await started(tab);
    assert.equal(await tab.locator('.question-title').first().textContent().then((t) => t.trim()), 'What holds your business back most right now?');
    assert.ok(problems.some((p) => /could not be loaded; showing English/.test(p)), problems.join('\n'));
  }, 'it');
  await onHostPage(snippet('tampered-first', 'data-load="eager"'), async ({ tab, problems }) => {
    await started(tab);
    await complete(tab, PATHS['growth-first via scenario B']);
    assert.equal((await resultIds(tab)).verdict, 'growth-first');
    assert.ok(problems.every((p) => /integrity|first\/en\.html/.test(p)), problems.join('\n'));
  });
});

test("an embed.js changed on the CDN does not run: the page keeps its fallback content", async () => {
  const changed = join(work, 'cdn', 'tampered-embed');
  await cp(installed, changed, { recursive: true });
  await writeFile(join(changed, 'embed.js'), `${await readFile(join(installed, 'embed.js'), 'utf8')}\n;`);
  await onHostPage(snippet('tampered-embed', 'data-load="eager"'), async ({ tab }) => {
    await tab.waitForLoadState('load');
    assert.equal(await tab.locator('#fallback').isVisible(), true);
    assert.equal(await tab.evaluate(() => globalThis[Symbol.for('ai-sequencing-diagnostic')]), undefined);
  });
});

/** Compiles `source` as `file` in a folder inside the installed project with tsc --strict. */
async function compile(file, source, { react = false } = {}) {
  const dir = join(installed, '..', '..', 'consumer');
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, file), source);
  const options = {
    compilerOptions: {
      strict: true, noEmit: true, target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'],
      jsx: 'react-jsx', skipLibCheck: false, types: [],
      // React's types come from the repository's tools (a site has its own React).
      typeRoots: [], paths: react ? { react: [join(ROOT, 'node_modules/@types/react')], 'react/jsx-runtime': [join(ROOT, 'node_modules/@types/react/jsx-runtime')] } : {},
    },
    files: [file],
  };
  await writeFile(join(dir, 'tsconfig.json'), JSON.stringify(options));
  return run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', dir]).then(() => '', (failure) => failure.stdout);
}

test('the types: tsc --strict accepts the documented use and rejects a wrong value, event name or detail field', async () => {
  const good = `import 'ai-sequencing-diagnostic';
import type { DiagnosticHost, Verdict } from 'ai-sequencing-diagnostic';
const el = document.querySelector('ai-sequencing-diagnostic');
if (el) {
  el.setStorage('session');
  el.reset();
  const verdict: Verdict | undefined = el.result?.verdict;
  const step: string | null = el.step;
  el.addEventListener('aisd:cta', (event) => { event.preventDefault(); console.log(event.detail.href, event.detail.reasons[0], verdict, step); });
  el.addEventListener('aisd:ready', (event) => console.log(event.detail.version));
}
document.addEventListener('aisd:complete', (event) => console.log(event.detail.verdict));
const host = document.getElementById('ai-diagnostic') as unknown as DiagnosticHost;
host.setStorage('none');
`;
  assert.equal(await compile('good.ts', good), '');
  const wrong = {
    'a wrong property value': `document.querySelector('ai-sequencing-diagnostic')?.setStorage('cookies');`,
    'a read-only property set': `const el = document.querySelector('ai-sequencing-diagnostic'); if (el) el.step = 'result';`,
    'a wrong event name': `document.querySelector('ai-sequencing-diagnostic')?.addEventListener('aisd:redy', (event) => console.log(event.detail.step));`,
    'a wrong detail field': `document.querySelector('ai-sequencing-diagnostic')?.addEventListener('aisd:cta', (event) => console.log(event.detail.url));`,
    'a wrong verdict id': `import type { Verdict } from 'ai-sequencing-diagnostic'; const v: Verdict = 'growth-later'; console.log(v);`,
  };
  for (const [what, line] of Object.entries(wrong)) {
    assert.match(await compile('wrong.ts', `import 'ai-sequencing-diagnostic';\n${line}\nexport {};\n`), /error TS\d+/, what);
  }
  const jsx = (attributes) => `import type {} from 'ai-sequencing-diagnostic/react';
export const Page = () => <main><ai-sequencing-diagnostic ${attributes} /></main>;
`;
  assert.equal(await compile('good.tsx', jsx('storage="consent" theme="dark" load="eager" storage-key="pricing" cta-href="/book"'), { react: true }), '');
  assert.match(await compile('wrong.tsx', jsx('storage="cookies"'), { react: true }), /error TS\d+/);
  assert.match(await compile('wrong.tsx', jsx('theme="purple"'), { react: true }), /error TS\d+/);
});

test('a site that bundles: esbuild builds a page importing the element, with the files copied next to the bundle', async () => {
  const site = join(work, 'bundled');
  await mkdir(site, { recursive: true });
  const entry = join(installed, '..', '..', 'app.js');
  await writeFile(entry, `import 'ai-sequencing-diagnostic';
const widget = document.createElement('ai-sequencing-diagnostic');
widget.setAttribute('load', 'eager');
document.body.append(widget);
`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', outfile: join(site, 'app.js'), logLevel: 'silent' });
  for (const name of ['aisd_bg.wasm', 'widget.css', 'locales', 'first']) {
    await cp(join(installed, name), join(site, name), { recursive: true });
  }
  const server = await serve(site, {
    pages: {
      '/index.html': {
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bundled</title><link rel="icon" href="data:,"></head>
<body><script type="module" src="app.js"></script></body></html>`,
        headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src data:" },
      },
    },
  });
  const { context, tab, problems } = await openTab(browser, `${server.url}index.html`);
  try {
    await started(tab);
    await complete(tab, PATHS['process-audit-first after the tie-break']);
    assert.equal((await resultIds(tab)).verdict, 'process-audit-first');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

test('in WebKit, from the CDN origin with integrity: a verdict, and a changed Wasm refused with a message', async () => {
  const webkit = await startWebKit();
  const site = await hostPage(snippet());
  const changed = await hostPage(snippet('tampered-wasm', 'data-load="eager"'));
  const session = await webkit.newSession();
  try {
    await session.goto(`${site.url}page.html`);
    const w = inWebKitPage(session, '#ai-diagnostic');
    await w.started();
    const path = PATHS['operations-first via time and cost'];
    await w.complete(path);
    assert.deepEqual(await w.result(), { verdict: path.verdict, reasons: path.reasons, warnings: path.warnings });
    assert.deepEqual(await session.evaluate(() => window.__aisdErrors), []);
    await session.goto(`${changed.url}page.html`);
    const message = await session.waitFor(
      () => document.querySelector('#ai-diagnostic')?.shadowRoot?.querySelector('[role="alert"]')?.textContent,
      { message: 'the changed Wasm\'s message' },
    );
    assert.match(message, /could not load/);
    const seen = await session.evaluate(() => window.__aisdErrors);
    assert.ok(seen.every((p) => /tampered-wasm|integrity|aisd_bg\.wasm/.test(p) && !/uncaught|unhandled/.test(p)), seen.join('\n'));
  } finally {
    await session.close();
    await webkit.stop();
    await site.close();
    await changed.close();
  }
});
