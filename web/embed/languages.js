// The language of a widget: data-locale, else the lang of the host's nearest ancestor,
// else the first of the visitor's languages this build speaks, else English. A BCP 47
// tag names a language by itself or by its primary subtag (it-CH is Italian). A
// data-locale that names none is reported, and the next choice used.
import { warn } from './log.js';

// The languages this build speaks: English, compiled into the Wasm, then one per file in
// locales/. The build (.ci/build/stamp.mjs) writes them into this string token, which
// survives minification.
const LANGUAGES = 'languages:en'.slice(10).split(' ');

function speaks(tag) {
  const match = /^([a-z]{2,8})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag?.trim() ?? '');
  return match && LANGUAGES.find((language) => language === match[1].toLowerCase());
}

export function chooseLanguage(asked, host) {
  const chosen = [host.closest('[lang]')?.getAttribute('lang'), ...(navigator.languages ?? [])]
    .map(speaks).find(Boolean) ?? 'en';
  if (asked === undefined) return chosen;
  const language = speaks(asked);
  if (!language) warn(`data-locale="${asked}" is not a language this widget speaks; using "${chosen}". Set it to one of: ${LANGUAGES.join(', ')}.`);
  return language || chosen;
}
