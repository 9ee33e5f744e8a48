// Build step: the standalone page, index.html. It carries the English first question in
// its own HTML, as a declarative shadow root with the widget's stylesheet (embed.js adopts
// it), and one inline script (web/page/first-question-gate.js, bundled) that hides that
// question from anyone but a first-time visitor before the page first paints; the page's
// Content-Security-Policy allows that script by its hash.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STYLESHEET, firstQuestionFile } from '../../web/embed/contract.js';
import { bundlePageScript } from './bundle.mjs';

const QUESTION_SLOT = '<!-- the first question: written here by the build -->';
const SCRIPT_SLOT = '<!-- the first question\'s inline script: written here by the build -->';

// A page written before (the offline test stamps a copy of dist/ again) keeps its own
// question and script; its script's hash is written again all the same.
export async function writeStandalonePage(stage) {
  const path = join(stage, 'index.html');
  let page = await readFile(path, 'utf8');
  if (page.includes(QUESTION_SLOT)) {
    const first = await readFile(join(stage, firstQuestionFile('en')), 'utf8');
    page = page.replace(QUESTION_SLOT, () => `<template shadowrootmode="open"><link rel="stylesheet" href="${STYLESHEET}?v=build-dev">${first}</template>`);
  } else if (!page.includes('shadowrootmode')) {
    throw new Error('index.html has no slot for the first question');
  }
  if (page.includes(SCRIPT_SLOT)) {
    const script = await bundlePageScript();
    page = page.replace(SCRIPT_SLOT, () => `<script>${script}</script>`);
  }
  // The page's comments are for whoever reads index.html in the repository; a visitor's
  // browser downloads them before anything shows (about 400 B gzip), so they go, with
  // each line's indentation.
  // Trunk leaves its (unused, since it injects no loader) link to the crate in place too.
  page = page
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<link data-trunk rel="rust"[^>]*>/, '')
    .replace(/\n\s+/g, '\n');
  const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  if (scripts.length !== 1) throw new Error(`index.html should have one inline script, not ${scripts.length}`);
  const hash = createHash('sha256').update(scripts[0][1]).digest('base64');
  const ALLOWED = /'sha256-[^']*'/;
  if (!ALLOWED.test(page)) throw new Error('index.html has no script hash in its CSP');
  await writeFile(path, page.replace(ALLOWED, `'sha256-${hash}'`));
}
