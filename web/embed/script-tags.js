// The script-tag embed (README, "Embed it"): every <script> on the page that loads this
// very file gets a widget in the element its data-target names (or a new one right after
// it), each tag and each target once, however many copies of embed.js run. Inside a
// site's own bundle there is no such tag: the site uses the custom element.
import { here, isLoader } from './files.js';
import { error } from './log.js';
import { registry } from './registry.js';
import { attach } from './attach.js';
import { members } from './host-api.js';

export function setUpScriptTags() {
  if (!isLoader) return;
  for (const script of document.querySelectorAll('script[src]')) {
    if (!registry.scripts.has(script) && sameFile(script.src)) setUp(script);
  }
}

function sameFile(src) {
  const url = new URL(src, document.baseURI);
  return url.origin === here.origin && url.pathname === here.pathname;
}

function findTarget(script) {
  const selector = script.dataset.target;
  if (selector === undefined) {
    const element = document.createElement('div');
    script.after(element);
    return element;
  }
  let element;
  try {
    element = document.querySelector(selector);
  } catch {
    error(`data-target="${selector}" is not a valid CSS selector. Set data-target on the <script> tag to a selector such as "#ai-diagnostic".`);
    return null;
  }
  if (!element) {
    error(`data-target="${selector}" matched nothing on this page. Add an element such as <div id="ai-diagnostic"></div> before the <script> tag, or fix data-target.`);
    return null;
  }
  return element;
}

function setUp(script) {
  registry.scripts.add(script);
  const target = findTarget(script);
  if (!target) return;
  // A shadow root is the target's own unless it holds nothing but what the build writes
  // into the standalone page (a stylesheet and the first question), or nothing at all.
  const ours = (shadow) => [...shadow.children].every((element) => element.matches('link[rel="stylesheet"], div[lang]'));
  if (registry.targets.has(target) || (target.shadowRoot && !ours(target.shadowRoot))) {
    error(`the element matched by data-target="${script.dataset.target}" already holds a widget or a shadow root. Give each widget its own target element.`);
    return;
  }
  registry.targets.add(target);
  Object.defineProperties(target, members);
  attach(target, target.shadowRoot ?? target.attachShadow({ mode: 'open' }), { ...script.dataset });
}
