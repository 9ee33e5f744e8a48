// Trunk post_build hook: stamps the build id into embed.js and writes sw.js with the
// precache list of the files this build actually produced. Never hand-maintained, so it
// cannot go stale; the build id is a hash of every file, so a changed file means a new
// cache name.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

// Files embed.js loads by versioned name (?v=BUILD): read from its asset('…') calls, the
// one place they are named (.ci/size.sh reads them there too).
const VERSIONED = new Set([...(await readFile('static/embed.js', 'utf8')).matchAll(/\basset\('([^']+)'\)/g)]
  .map((match) => match[1]));
if (VERSIONED.size === 0) throw new Error("no asset('…') call found in static/embed.js");

async function list(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(entries.map((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? list(path) : [path];
  }));
  return files.flat();
}

const files = (await list(stage))
  .map((path) => relative(stage, path).split('\\').join('/'))
  .filter((name) => name !== 'sw.js')
  .sort();

// Every language's words (locales/<tag>.txt) and first question (first/<tag>.html) are
// loaded by versioned name too, and embed.js chooses among the languages: English,
// compiled in, and one per words file.
const LOCALE = /^locales\/([a-z]+)\.txt$/;
for (const name of files.filter((name) => LOCALE.test(name) || /^first\/[a-z]+\.html$/.test(name))) VERSIONED.add(name);
const languages = ['en', ...files.map((name) => LOCALE.exec(name)?.[1]).filter(Boolean)];

const build = createHash('sha256');
for (const name of files) {
  build.update(name).update('\0').update(await readFile(join(stage, name))).update('\0');
}
const id = `build-${build.digest('hex').slice(0, 12)}`;

// The build id token survives minification, and a dist/ that was already stamped can be
// stamped again (the offline test makes a second deployment that way).
const TOKEN = /build-(dev|[0-9a-f]{12})/g;
// The standalone page carries the English first question in its own HTML, as a
// declarative shadow root with the widget's stylesheet (embed.js adopts it), and allows
// its one inline script by the script's hash.
{
  const path = join(stage, 'index.html');
  let page = await readFile(path, 'utf8');
  // A page stamped before (the offline test stamps a copy of dist/ again) keeps its own.
  const SLOT = '<!-- the first question: written here by the build -->';
  if (page.includes(SLOT)) {
    const first = await readFile(join(stage, 'first/en.html'), 'utf8');
    page = page.replace(SLOT, () => `<template shadowrootmode="open"><link rel="stylesheet" href="widget.css?v=build-dev">${first}</template>`);
  } else if (!page.includes('shadowrootmode')) {
    throw new Error('index.html has no slot for the first question');
  }
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  if (scripts.length !== 1) throw new Error(`index.html should have one inline script, not ${scripts.length}`);
  const hash = createHash('sha256').update(scripts[0][1]).digest('base64');
  const ALLOWED = /'sha256-[^']*'/;
  if (!ALLOWED.test(page)) throw new Error('index.html has no script hash in its CSP');
  page = page.replace(ALLOWED, `'sha256-${hash}'`);
  await writeFile(path, page);
}

// embed.js names the files it loads with the build id; the standalone page preloads them
// by the same addresses, and names its own stylesheet and embed.js with it too.
const stamped = {};
for (const name of ['embed.js', 'index.html']) {
  const path = join(stage, name);
  const text = await readFile(path, 'utf8');
  if (!text.match(TOKEN)) throw new Error(`${name} has no build id token to stamp`);
  stamped[name] = text.replace(TOKEN, id);
  await writeFile(path, stamped[name]);
}
// The languages token survives minification, like the build id.
const LANGUAGES = /languages:[a-z ]+(?=['"`])/g;
const embedPath = join(stage, 'embed.js');
const embed = await readFile(embedPath, 'utf8');
if (!LANGUAGES.test(embed)) throw new Error('embed.js has no languages token to stamp');
await writeFile(embedPath, embed.replace(LANGUAGES, `languages:${languages.join(' ')}`));

// The standalone page names its own stylesheet and embed.js by versioned address too (so
// a returning visitor gets them from the cache at once); host pages keep embed.js's plain
// address.
const onPage = [...stamped['index.html'].matchAll(/(?:href|src)="([^"?]+)\?v=build-/g)].map((match) => match[1]);
const assets = ['./', ...files.flatMap((name) => [
  ...(VERSIONED.has(name) ? [] : [name]),
  ...(VERSIONED.has(name) || onPage.includes(name) ? [`${name}?v=${id}`] : []),
])];
const template = await readFile('static/sw.js', 'utf8');
const sw = template
  .replace(TOKEN, id)
  .replace(/^const ASSETS = \[\];$/m, `const ASSETS = ${JSON.stringify(assets)};`);
if (!sw.includes(id) || !sw.includes('embed.js')) throw new Error('static/sw.js is missing its BUILD or ASSETS line');
await writeFile(join(stage, 'sw.js'), sw);
console.log(`precache: build ${id}, ${assets.length} entries`);
