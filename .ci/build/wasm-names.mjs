// Build step: short Wasm import and export names. wasm-bindgen names each import after
// its binding plus a 16-digit hash (`__wbg_set_capture_7526a72933d6e405`): about 100 such
// names, written once in the Wasm and once in the glue, that gzip cannot shrink (~3 KB
// gzip). wasm-opt renames them and prints the mapping; the glue is rewritten to match, and
// any name the glue does not mention exactly as expected fails the build instead of
// shipping a widget that cannot link.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GLUE, WASM } from '../../web/embed/contract.js';

export async function shortenWasmNames(stage) {
  const wasmPath = join(stage, WASM);
  // The same Wasm features Trunk's wasm-opt run was given, read from index.html so they
  // are written once.
  const features = (await readFile('index.html', 'utf8')).match(/--enable-[a-z-]+/g) ?? [];
  const mapping = JSON.parse(execFileSync('node_modules/.bin/wasm-opt', [
    wasmPath, '-o', wasmPath, '--minify-imports-and-exports-and-modules', ...features,
  ], { encoding: 'utf8' }));
  const gluePath = join(stage, GLUE);
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
}
