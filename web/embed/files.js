// Where this build's files are: next to the shipped embed.js, whatever page loads it
// (import.meta.url survives bundling, as the bundle is that one file), and named with the
// build's id so a page never combines the glue, Wasm or CSS of two deployments.

// Written by the build (.ci/build/stamp.mjs) into this string token, which survives
// minification.
const BUILD = 'build-dev';

export const here = new URL(import.meta.url);
export const base = new URL('./', here);

// The versioned address of one of this build's files.
export const asset = (name) => new URL(`${name}?v=${BUILD}`, base).href;

// A text file (a language's words or first question) is fetched once per page, whatever
// the number of widgets; `undefined` if it cannot be had.
const texts = {};
export function loadText(file) {
  texts[file] ??= fetch(asset(file)).then((response) => (response.ok ? response.text() : undefined), () => undefined);
  return texts[file];
}
