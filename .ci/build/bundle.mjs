// Build step: the loader's ES modules (web/embed/) as the one shipped file, embed.js, and
// the standalone page's inline script (web/page/) as text for index.html. esbuild bundles
// (one scope, no module wrappers, unused exports dropped) and minifies; terser then takes
// another ~170 B gzip off embed.js.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { GLUE } from '../../web/embed/contract.js';
import { TERSER } from './minify.mjs';

// `charset: 'utf8'` keeps the Italian messages as written instead of \u escapes.
const ESBUILD = { bundle: true, minify: true, write: false, charset: 'utf8', legalComments: 'none' };

async function bundle(entry, format, plugins = []) {
  const { outputFiles } = await build({ ...ESBUILD, entryPoints: [entry], format, plugins });
  const { code } = await minify(outputFiles[0].text, { ...TERSER, module: format === 'esm' });
  return code;
}

// An ES module, so import.meta.url stays the shipped file's own address, and its exports
// (`NAME`, `attach`) stay as element.js imports them. The loader's `aisd-glue` is this
// build's JS glue, which is then not shipped on its own.
export async function bundleEmbed(stage) {
  const gluePath = join(stage, GLUE);
  const glue = {
    name: 'aisd-glue',
    setup(build) {
      build.onResolve({ filter: /^aisd-glue$/ }, () => ({ path: gluePath }));
    },
  };
  await writeFile(join(stage, 'embed.js'), await bundle('web/embed/main.js', 'esm', [glue]));
  await rm(gluePath);
}

// A classic script (inline scripts cannot be modules that import), run before the page
// first paints.
export const bundlePageScript = () => bundle('web/page/first-question-gate.js', 'iife');
