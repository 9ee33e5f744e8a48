// Where this build's files are: next to the shipped embed.js (or element.js), whatever page loads it
// (import.meta.url survives bundling, as the bundle is that one file), named with the
// build's id (the release's version and a hash of the build) so a page or a CDN never
// combines the files of two releases or deployments, and checked against the hashes the
// build wrote, so a file changed on its way (a CDN, a proxy) is never used.
import { ELEMENT, LOADER } from './contract.js';

// Written by the build into these string tokens, which survive minification: the id by
// .ci/build/stamp.mjs, and each loaded file's Subresource Integrity value by
// .ci/build/integrity.mjs (`aisd-integrity:<file> <sha256-…>,…`; none in a build that was not
// stamped, whose files then go unchecked).
const BUILD = 'build-dev';
const HASHES = new Map('aisd-integrity:'.slice(15).split(',').filter(Boolean).map((entry) => entry.split(' ')));

/** The integrity value `fetch` and `<link>` check `name` against ('' when there is none). */
export const integrity = (name) => HASHES.get(name) ?? '';

export const here = new URL(import.meta.url);
export const base = new URL('./', here);
// Which shipped file this is (embed.js or element.js), or none: a site's own bundle that
// imported the package, whose script tag is not an embed and has no worker next to it.
const file = here.pathname.slice(here.pathname.lastIndexOf('/') + 1);
export const isLoader = file === LOADER;
export const shipped = isLoader || file === ELEMENT;

// The versioned address of one of this build's files.
export const asset = (name) => new URL(`${name}?v=${BUILD}`, base).href;

// A text file (a language's words or first question) is fetched once per page, whatever
// the number of widgets; `undefined` if it cannot be had (a file that fails its integrity
// check included: the browser's console names it).
const texts = {};
export function loadText(file) {
  texts[file] ??= fetch(asset(file), { integrity: integrity(file) }).then((response) => (response.ok ? response.text() : undefined), () => undefined);
  return texts[file];
}
