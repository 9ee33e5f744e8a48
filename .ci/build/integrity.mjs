// Build step: the Subresource Integrity value (SHA-256) of every file the loader fetches
// (the Wasm, the stylesheet, each language's words and first question), written into
// embed.js and element.js, which hand each to fetch() or the stylesheet's <link>: a file
// changed after the release was built, on a CDN or by a proxy, is refused by the browser.
// The JS glue needs none, being inside both, which the page's own integrity attribute
// covers.
// Run again on a re-stamped build (a changed file gets its new hash).
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ELEMENT, LOADER } from '../../web/embed/contract.js';
import { loadedByVersion } from './files.mjs';

// web/embed/files.js's token, a string literal that minification keeps, stamped or not.
const INTEGRITY_TOKEN = /aisd-integrity:[^'"`]*/g;

/**
 * The SRI value of `bytes`: `sha384-` and the digest in base64 (what the README's snippet
 * gives embed.js), or with another algorithm.
 */
export const sri = (bytes, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(bytes).digest('base64')}`;

// Writes the hashes of the files of `files` (listFiles) that embed.js loads; returns them.
export async function writeIntegrity(stage, files) {
  const hashes = [];
  for (const name of [...loadedByVersion(files)].sort()) {
    // SHA-256 inside embed.js: as safe here, and 20 incompressible bytes a file shorter
    // than SHA-384 on every page's download.
    hashes.push([name, sri(await readFile(join(stage, name)), 'sha256')]);
  }
  for (const name of [LOADER, ELEMENT]) {
    const path = join(stage, name);
    const text = await readFile(path, 'utf8');
    const tokens = text.match(INTEGRITY_TOKEN) ?? [];
    if (tokens.length !== 1) throw new Error(`${name} should have one ${INTEGRITY_TOKEN} token, not ${tokens.length}`);
    await writeFile(path, text.replace(INTEGRITY_TOKEN, `aisd-integrity:${hashes.map((pair) => pair.join(' ')).join(',')}`));
  }
  return hashes;
}
