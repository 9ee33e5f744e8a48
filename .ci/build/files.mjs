// What a build produced, for the steps that stamp it and list it for the offline cache.
import { readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { WIDGET_FILES, firstQuestionFile, wordsFile } from '../../web/embed/contract.js';

// Every file under `stage`, by its address relative to it, sorted; sw.js (written from
// this list, last) left out.
export async function listFiles(stage) {
  const list = async (dir) => (await Promise.all((await readdir(dir, { withFileTypes: true }))
    .map((entry) => (entry.isDirectory() ? list(join(dir, entry.name)) : [join(dir, entry.name)])))).flat();
  return (await list(stage))
    .map((path) => relative(stage, path).split('\\').join('/'))
    .filter((name) => name !== 'sw.js')
    .sort();
}

// The language whose words or first question `name` is, if it is one (the tag is the file
// name before its extension).
const tagOf = (name, fileOf) => {
  const tag = basename(name).split('.')[0];
  return fileOf(tag) === name ? tag : undefined;
};

// The languages a build speaks: English, compiled into the Wasm, then one per words file.
export const languagesOf = (files) => ['en', ...files.map((name) => tagOf(name, wordsFile)).filter(Boolean)];

// The files embed.js loads by versioned address (?v=<build id>).
export const loadedByVersion = (files) => new Set([
  ...WIDGET_FILES,
  ...files.filter((name) => tagOf(name, wordsFile) || tagOf(name, firstQuestionFile)),
]);
