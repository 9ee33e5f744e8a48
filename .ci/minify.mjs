// Trunk post_build hook, first step: minifies the JS glue, embed.js and the widget CSS in
// the staging directory. Every byte here is downloaded before the first question shows.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { minify } from 'terser';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

// Keeps the `const BUILD = '…';` line intact for .ci/precache.mjs to stamp.
const TERSER = { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } };

for (const name of ['aisd.js', 'embed.js']) {
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
  .replace(/;}/g, '}')
  .trim();
await writeFile(cssPath, css);
console.log('minify: aisd.js, embed.js, widget.css');
