// Trunk post_build hook, first step: minifies the JS glue, embed.js and the widget CSS in
// the staging directory. Every byte here is downloaded before the first question shows.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

// Short import and export names. wasm-bindgen names each import after its binding plus a
// 16-digit hash (`__wbg_set_capture_7526a72933d6e405`): about 100 such names, written
// once in the Wasm and once in the glue, that gzip cannot shrink (~3 KB gzip). wasm-opt
// renames them and prints the mapping; the glue is rewritten to match, and any name the
// glue does not mention exactly as expected fails the build instead of shipping a widget
// that cannot link.
const wasmPath = join(stage, 'aisd_bg.wasm');
// The same Wasm features Trunk's wasm-opt run was given, read from index.html so they are
// written once.
const FEATURES = (await readFile('index.html', 'utf8')).match(/--enable-[a-z-]+/g) ?? [];
const mapping = JSON.parse(execFileSync('node_modules/.bin/wasm-opt', [
  wasmPath, '-o', wasmPath, '--minify-imports-and-exports-and-modules', ...FEATURES,
], { encoding: 'utf8' }));
const gluePath = join(stage, 'aisd.js');
let glue = await readFile(gluePath, 'utf8');
const escape = (name) => name.replace(/[$]/g, '\\$');
// [pattern, new name, old name, whether the glue must mention it]. Exports the glue never
// calls (e.g. abort hooks) are fine to rename unseen.
const renames = [
  ...mapping.imports.map(([, from, to]) => [new RegExp(`(?<=^\\s*)${escape(from)}(?=: function)`, 'gm'), to, from, true]),
  ...mapping.exports.map(([from, to]) => [new RegExp(`(?<=\\bwasm\\.)${escape(from)}\\b`, 'g'), to, from, false]),
];
const modules = new Set(mapping.imports.map(([module]) => module));
const renamedModules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(await readFile(wasmPath)))
  .map(({ module }) => module));
if (modules.size !== 1 || !modules.has('./aisd_bg.js') || renamedModules.size !== 1) {
  throw new Error(`expected one import module, ./aisd_bg.js; wasm-bindgen changed: ${[...modules]}`);
}
renames.push([/"\.\/aisd_bg\.js": import0/g, `${JSON.stringify([...renamedModules][0])}: import0`, './aisd_bg.js', true]);
for (const [pattern, to, from, required] of renames) {
  if (required && !pattern.test(glue)) throw new Error(`${from}: not found in the glue; cannot rename it`);
  pattern.lastIndex = 0;
  glue = glue.replace(pattern, () => to);
}
await writeFile(gluePath, glue);

// Terser may rename `BUILD`, but it keeps the string token `build-dev`, which
// .ci/precache.mjs then replaces with this build's id.
const TERSER = { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } };

for (const name of ['aisd.js', 'embed.js', 'element.js']) {
  const path = join(stage, name);
  const source = await readFile(path, 'utf8');
  const { code } = await minify(source, TERSER);
  await writeFile(path, code);
}

// CSS: comments and insignificant whitespace only; no reordering or rewriting.
const cssPath = join(stage, 'widget.css');
const css = (await readFile(cssPath, 'utf8'))
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  // Only the space after a colon: one before it can be a descendant combinator
  // (`.aisd :focus-visible`).
  .replace(/:\s+/g, ':')
  .replace(/\s+!important/g, '!important')
  .replace(/;}/g, '}')
  .trim();
await writeFile(cssPath, css);
console.log('minify: aisd.js, embed.js, widget.css');
