// Build step: minifies the widget's stylesheet, which Trunk copied as written (every byte
// of it is downloaded before a widget is interactive), and holds terser's options for
// the bundles (bundle.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STYLESHEET } from '../../web/embed/contract.js';

// embed.js's and element.js's last pass (bundle.mjs). Terser may rename any variable, but it keeps
// string literals, so the tokens the stamp step replaces (`build-dev`, `languages:en`)
// survive.
export const TERSER = { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } };

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
