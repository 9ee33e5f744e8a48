// Build step: the loader's ES modules (web/embed/) as the one shipped file, embed.js, and
// the standalone page's inline script (web/page/) as text for index.html. esbuild bundles
// (one scope, no module wrappers, unused exports dropped) and minifies; terser then takes
// another ~170 B gzip off embed.js.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { ELEMENT, GLUE, LOADER } from '../../web/embed/contract.js';
import { TERSER } from './minify.mjs';

// `charset: 'utf8'` keeps the Italian messages as written instead of \u escapes.
const ESBUILD = { bundle: true, minify: true, write: false, charset: 'utf8', legalComments: 'none' };

async function bundle(entry, format, plugins = []) {
  const { outputFiles } = await build({ ...ESBUILD, entryPoints: [entry], format, plugins });
  const { code } = await minify(outputFiles[0].text, { ...TERSER, module: format === 'esm' });
  return code;
}

// The two entry files, each an ES module that imports nothing, so import.meta.url stays
// the shipped file's own address and its own integrity attribute covers all it runs:
// embed.js (the script tag's, from main.js) and element.js (the custom element's). The
// loader's `aisd-glue` is this build's JS glue, bundled into both and then not shipped on
// its own.
export async function bundleEmbed(stage) {
  const gluePath = join(stage, GLUE);
  const glue = {
    name: 'aisd-glue',
    setup(build) {
      build.onResolve({ filter: /^aisd-glue$/ }, () => ({ path: gluePath }));
    },
  };
  await writeFile(join(stage, LOADER), await bundle('web/embed/main.js', 'esm', [glue]));
  await writeFile(join(stage, ELEMENT), await bundle('web/embed/element.js', 'esm', [glue]));
  await rm(gluePath);
}

// A classic script (inline scripts cannot be modules that import), run before the page
// first paints.
export const bundlePageScript = () => bundle('web/page/first-question-gate.js', 'iife');
