// Trunk's post_build hook (Trunk.toml): everything the build does after Trunk, in this one
// order. Trunk has compiled the crate (cargo build), written the glue (wasm-bindgen),
// shrunk the Wasm (wasm-opt -Oz) and copied the static files into its staging directory;
// then, there:
//   1. wasm-names   short Wasm import/export names, the glue rewritten to match
//   2. minify       the stylesheet, now final
//   3. bundle       web/embed/ and the glue into embed.js and element.js; the glue is
//                   not shipped on its own
//   4. integrity    the SHA-256 of every file the loader fetches (all final by now)
//                   into embed.js and element.js, which check each against it
//   5. page         index.html: the English first question and the inline script
//                   (bundled from web/page/), allowed by its hash in the page's CSP
//   6. stamp        the build id, the release's version and a hash of every file so far
//                   (the page included, so a change to it is a new build), into
//                   embed.js (and its opening comment) and index.html; the languages of
//                   locales/ into embed.js
//   7. precache     sw.js, listing the files 1-6 left, under the build id
// With --restamp, only 4-7, on a directory already built (the offline test makes a
// second deployment from a copy of dist/ that way). The release (.ci/release.mjs) then
// packs what this left.
import { bundleEmbed } from './build/bundle.mjs';
import { listFiles } from './build/files.mjs';
import { minifyStylesheet } from './build/minify.mjs';
import { writeStandalonePage } from './build/page.mjs';
import { writeIntegrity } from './build/integrity.mjs';
import { writePrecache } from './build/precache.mjs';
import { stampBuild } from './build/stamp.mjs';
import { shortenWasmNames } from './build/wasm-names.mjs';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

if (!process.argv.includes('--restamp')) {
  await shortenWasmNames(stage);
  await minifyStylesheet(stage);
  await bundleEmbed(stage);
}
await writeIntegrity(stage, await listFiles(stage));
await writeStandalonePage(stage);
const files = await listFiles(stage);
const id = await stampBuild(stage, files);
const entries = await writePrecache(stage, files, id);
console.log(`post-build: build ${id}, ${entries} precache entries`);
