// Build step, the last: sw.js, from static/sw.js, with this build's id as its cache name
// and the list of the files this build actually produced as its precache. Never
// hand-maintained, so it cannot go stale.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadedByVersion } from './files.mjs';
import { BUILD_TOKEN } from './stamp.mjs';

export async function writePrecache(stage, files, id) {
  const versioned = loadedByVersion(files);
  // The standalone page names its own stylesheet and embed.js by versioned address too
  // (so a returning visitor gets them from the cache at once); host pages keep embed.js's
  // plain address.
  const page = await readFile(join(stage, 'index.html'), 'utf8');
  const onPage = [...page.matchAll(/(?:href|src)="([^"?]+)\?v=([^"]+)"/g)].filter((match) => match[2] === id).map((match) => match[1]);
  const assets = ['./', ...files.flatMap((name) => [
    ...(versioned.has(name) ? [] : [name]),
    ...(versioned.has(name) || onPage.includes(name) ? [`${name}?v=${id}`] : []),
  ])];
  const sw = (await readFile('static/sw.js', 'utf8'))
    .replace(BUILD_TOKEN, id)
    .replace(/^const ASSETS = \[\];$/m, `const ASSETS = ${JSON.stringify(assets)};`);
  if (!sw.includes(id) || !sw.includes('embed.js')) throw new Error('static/sw.js is missing its BUILD or ASSETS line');
  await writeFile(join(stage, 'sw.js'), sw);
  return assets.length;
}
