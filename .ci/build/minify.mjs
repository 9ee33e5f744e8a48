// Build step: minifies the files Trunk copied as written, element.js and the widget's
// stylesheet. Every byte of the stylesheet is downloaded before a widget is interactive.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';
import { STYLESHEET } from '../../web/embed/contract.js';

// Also embed.js's last pass (bundle.mjs). Terser may rename any variable, but it keeps
// string literals, so the tokens the stamp step replaces (`build-dev`, `languages:en`)
// survive.
export const TERSER = { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } };

// element.js, shipped as written; the glue is minified inside embed.js (bundle.mjs).
export async function minifyScripts(stage) {
  const path = join(stage, 'element.js');
  const { code } = await minify(await readFile(path, 'utf8'), TERSER);
  await writeFile(path, code);
}

// Comments and insignificant whitespace only; no reordering or rewriting.
export async function minifyStylesheet(stage) {
  const path = join(stage, STYLESHEET);
  const css = (await readFile(path, 'utf8'))
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    // Only the space after a colon: one before it can be a descendant combinator
    // (`.aisd :focus-visible`).
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}')
    .trim();
  await writeFile(path, css);
}
