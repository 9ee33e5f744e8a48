// Build step: the build id, the release's version (Cargo.toml's, through facts.js) and a
// hash of every file the build produced, stamped into embed.js (which then loads
// `aisd_bg.wasm?v=<id>` and the rest by that address, and opens with a comment naming
// it) and into the standalone page's own addresses; and the languages of locales/ into
// embed.js. A page never combines files of two releases or builds, and a changed file
// means a new id.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ELEMENT, LOADER, NAME, VERSION } from '../../web/embed/contract.js';
import { languagesOf } from './files.mjs';

// The tokens web/embed/ writes as string literals, which minification keeps: `build-dev`,
// or a stamped id, `<version>-<12 hex digits>`. A dist/ that was already stamped can be
// stamped again (the offline test makes a second deployment that way).
export const BUILD_TOKEN = /build-dev|\b\d+\.\d+\.\d+(?:-[0-9A-Za-z.]+)?-[0-9a-f]{12}\b/g;
const LANGUAGES_TOKEN = /languages:[a-z ]+(?=['"`])/g;
// embed.js's first line once stamped: what it is, which release and build (the id begins
// with the version), its license.
const HEADER = /^\/\*! .* \*\/\n/;

// Stamps the build of `files` (listFiles) in `stage`; returns its id.
export async function stampBuild(stage, files) {
  const hash = createHash('sha256');
  for (const name of files) {
    hash.update(name).update('\0').update(await readFile(join(stage, name))).update('\0');
  }
  const id = `${VERSION}-${hash.digest('hex').slice(0, 12)}`;
  const stamp = async (name, token, value) => {
    const path = join(stage, name);
    const text = await readFile(path, 'utf8');
    if (!token.test(text)) throw new Error(`${name} has no ${token} token to stamp`);
    await writeFile(path, text.replace(token, value));
  };
  for (const name of [LOADER, ELEMENT]) {
    const path = join(stage, name);
    const header = `/*! ${NAME} ${id} MIT */\n`;
    await writeFile(path, header + (await readFile(path, 'utf8')).replace(HEADER, ''));
    await stamp(name, BUILD_TOKEN, id);
    await stamp(name, LANGUAGES_TOKEN, `languages:${languagesOf(files).join(' ')}`);
  }
  await stamp('index.html', BUILD_TOKEN, id);
  return id;
}
