// Build step: the build id, a hash of every file the build produced, stamped into
// embed.js (which then loads `aisd_bg.wasm?v=<id>` and the rest by that address) and into the
// standalone page's own addresses; and the languages of locales/ into embed.js. A page
// never combines files of two builds, and a changed file means a new id.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { languagesOf } from './files.mjs';

// The tokens web/embed/ writes as string literals, which minification keeps. A dist/ that
// was already stamped can be stamped again (the offline test makes a second deployment
// that way).
export const BUILD_TOKEN = /build-(dev|[0-9a-f]{12})/g;
const LANGUAGES_TOKEN = /languages:[a-z ]+(?=['"`])/g;

// Stamps the build of `files` (listFiles) in `stage`; returns its id.
export async function stampBuild(stage, files) {
  const hash = createHash('sha256');
  for (const name of files) {
    hash.update(name).update('\0').update(await readFile(join(stage, name))).update('\0');
  }
  const id = `build-${hash.digest('hex').slice(0, 12)}`;
  const stamp = async (name, token, value) => {
    const path = join(stage, name);
    const text = await readFile(path, 'utf8');
    if (!token.test(text)) throw new Error(`${name} has no ${token} token to stamp`);
    await writeFile(path, text.replace(token, value));
  };
  await stamp('embed.js', BUILD_TOKEN, id);
  await stamp('index.html', BUILD_TOKEN, id);
  await stamp('embed.js', LANGUAGES_TOKEN, `languages:${languagesOf(files).join(' ')}`);
  return id;
}
