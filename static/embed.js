// AI Sequencing Diagnostic: the embed loader.
//
// Paste into any page (see README, "Embed it"):
//   <div id="ai-diagnostic"></div>
//   <script type="module" src="https://example.com/ai-diagnostic/embed.js"
//           data-target="#ai-diagnostic"></script>
//
// This file stays tiny: it finds its own <script> tags, gives each target an open shadow
// root, and loads the Wasm, its JS glue and the stylesheet from its own directory only
// when a widget comes near the viewport (or at once with data-load="eager").
// It adds nothing to the page's globals but one symbol-keyed registry.

performance.mark('aisd:script-start');

// Written by the build (.ci/precache.mjs): names this build's files, so a page never
// combines the JS glue, Wasm or CSS of two different deployments.
const BUILD = 'build-dev';

const here = new URL(import.meta.url);
const base = new URL('./', here);
const PREFIX = '[AI Sequencing Diagnostic]';
const asset = (name) => new URL(`${name}?v=${BUILD}`, base).href;

// Shared by every copy of this file on the page (a second copy with another query string
// is a separate module), so no script tag or target is ever mounted twice.
const registry = (globalThis[Symbol.for('ai-sequencing-diagnostic')] ??= {
  scripts: new WeakSet(),
  targets: new WeakSet(),
});

// Trusted Types: on a page that enforces them, the Wasm writes its (escaped) markup and
// this file registers the service worker through one policy, made once per page and kept
// in the registry, so every widget and every copy of this file shares it (hosts that list
// allowed policies add `trusted-types ai-sequencing-diagnostic`; 'allow-duplicates' is
// not needed).
if (!('policy' in registry) && globalThis.trustedTypes?.createPolicy) {
  try {
    registry.policy = trustedTypes.createPolicy('ai-sequencing-diagnostic', {
      // Only ever given markup the widget's own writer escaped (src/markup.rs).
      createHTML: (html) => html,
      // The one script URL loaded through a sink: a service worker of this origin.
      createScriptURL: (url) => {
        const parsed = new URL(url, document.baseURI);
        if (parsed.origin !== location.origin || !parsed.pathname.endsWith('/sw.js')) {
          throw new TypeError(`${PREFIX} refuses the script URL ${url}`);
        }
        return parsed.href;
      },
    });
  } catch {
    registry.policy = null;
    console.error(`${PREFIX} this page's Content-Security-Policy does not allow the Trusted Types policy "ai-sequencing-diagnostic", so the widget cannot show its answer choices. Add it to the trusted-types directive: trusted-types ai-sequencing-diagnostic`);
  }
}

let glue;
function loadGlue() {
  // The Wasm download starts alongside the glue's instead of after it: one round trip less.
  glue ??= Promise.all([import(asset('aisd.js')), fetch(asset('aisd_bg.wasm'))]).then(async ([module, wasm]) => {
    await module.default({ module_or_path: wasm });
    performance.mark('aisd:wasm-ready');
    return module;
  });
  return glue;
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
    console.error(`${PREFIX} data-target="${selector}" is not a valid CSS selector. Set data-target on the <script> tag to a selector such as "#ai-diagnostic".`);
    return null;
  }
  if (!element) {
    console.error(`${PREFIX} data-target="${selector}" matched nothing on this page. Add an element such as <div id="ai-diagnostic"></div> before the <script> tag, or fix data-target.`);
    return null;
  }
  return element;
}

function whenNearViewport(element, callback) {
  if (!('IntersectionObserver' in window)) {
    callback();
    return;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      callback();
    }
  }, { rootMargin: '100% 0px' });
  observer.observe(element);
}

function loadStylesheet(shadow) {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = asset('widget.css');
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => {
      console.error(`${PREFIX} could not load ${link.href}.`);
      resolve();
    }, { once: true });
    shadow.append(link);
  });
}

// Offline support for pages served from the widget's own directory. A page on another
// origin cannot use a service worker from here, so it simply does without.
let registered = false;
function registerServiceWorker() {
  if (registered || base.origin !== location.origin || !('serviceWorker' in navigator)) return;
  registered = true;
  const unavailable = (error) => console.info(`${PREFIX} offline support is unavailable: ${error.message}`);
  // Where Trusted Types are enforced without the policy, register() throws at once.
  try {
    const url = new URL('sw.js', base).href;
    navigator.serviceWorker.register(registry.policy?.createScriptURL(url) ?? url, { scope: base.pathname }).catch(unavailable);
  } catch (error) {
    unavailable(error);
  }
}

// A bug that panics in the Wasm is a trap (a `WebAssembly.RuntimeError`), after which every
// widget of this build stops responding. Rather than leave them frozen, each one says so.
// Only traps in this build's Wasm count: its URL is in the error's stack.
const stopped = new Set();
let watchingForTraps = false;
function watchForTraps() {
  if (watchingForTraps) return;
  watchingForTraps = true;
  const wasm = asset('aisd_bg.wasm');
  const check = (error) => {
    if (!(error instanceof WebAssembly.RuntimeError) || !String(error.stack).includes(wasm)) return;
    console.error(`${PREFIX} stopped after an internal error (${error.message}).`);
    for (const stop of stopped) stop();
    stopped.clear();
  };
  addEventListener('error', (event) => check(event.error));
  addEventListener('unhandledrejection', (event) => check(event.reason));
}

function setUp(script) {
  registry.scripts.add(script);
  const target = findTarget(script);
  if (!target) return;
  if (registry.targets.has(target) || target.shadowRoot) {
    console.error(`${PREFIX} the element matched by data-target="${script.dataset.target}" already holds a widget or a shadow root. Give each widget its own target element.`);
    return;
  }
  registry.targets.add(target);

  const shadow = target.attachShadow({ mode: 'open' });
  // Reserve the widget's usual height so the page does not jump when it arrives.
  // CSSOM writes are allowed under a strict style-src, unlike style attributes.
  const placeholder = document.createElement('div');
  placeholder.style.minHeight = '34rem';
  shadow.append(placeholder);

  const options = {
    storageKey: script.dataset.storageKey,
    theme: script.dataset.theme,
    ctaHref: script.dataset.ctaHref,
    ctaLabel: script.dataset.ctaLabel,
    ctaForward: script.dataset.ctaForward,
  };

  // Whichever of the placeholder and the widget's root is in the shadow root.
  let shown = placeholder;
  const fail = (text) => {
    shown.textContent = text;
    shown.setAttribute('role', 'alert');
  };
  const start = async () => {
    try {
      const [module] = await Promise.all([loadGlue(), loadStylesheet(shadow)]);
      const root = document.createElement('div');
      placeholder.replaceWith(root);
      shown = root;
      // Offline support waits until the widget is up: installing the service worker
      // downloads every file again, which would compete with the first render.
      target.addEventListener('aisd:ready', registerServiceWorker, { once: true });
      watchForTraps();
      stopped.add(() => fail('The AI sequencing diagnostic stopped working. Please reload the page.'));
      module.mount(target, root, options);
    } catch (error) {
      console.error(`${PREFIX} could not start: ${error}`);
      fail('The AI sequencing diagnostic could not load. Please reload the page.');
    }
  };
  if (script.dataset.load === 'eager') start();
  else whenNearViewport(target, start);
}

for (const script of document.querySelectorAll('script[src]')) {
  if (!registry.scripts.has(script) && sameFile(script.src)) setUp(script);
}
