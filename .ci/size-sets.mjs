// The sets of files the size report (.ci/size.mjs) adds up, each a figure the project
// keeps small. Read by tests/e2e/size.test.mjs too, which fails when the standalone page
// requests a file its set does not count (or no longer requests one it counts).
import { STYLESHEET, WASM, WIDGET_FILES, firstQuestionFile } from '../web/embed/contract.js';

export const SETS = {
  // What a first-time visitor on a host page needs to see and answer the first question
  // (English), before the Wasm arrives.
  firstQuestion: {
    title: 'The first question (English; what a first-time visitor needs to see and answer it)',
    files: ['embed.js', STYLESHEET, firstQuestionFile('en')],
  },
  // embed.js and every file it loads by name: what a returning visitor waits for.
  wholeWidget: {
    title: 'The whole widget (embed.js and every file it loads by name)',
    files: ['embed.js', ...WIDGET_FILES],
  },
  // Everything the standalone page `/` receives from navigation until `aisd:ready`, in
  // the order Chromium requests it. Its first question is inside index.html; headless
  // Chromium does not fetch manifest.webmanifest (nothing asks for it before ready), so it
  // is not counted.
  standalonePage: {
    title: 'The standalone page / (everything it receives from navigation until aisd:ready)',
    files: ['index.html', 'page.css', 'embed.js', STYLESHEET, 'icon.svg', WASM],
  },
};
