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
// The name of the page registry's symbol, the Trusted Types policy and the custom element.
export const NAME = 'ai-sequencing-diagnostic';
const asset = (name) => new URL(`${name}?v=${BUILD}`, base).href;

// The languages this build speaks: English, compiled into the Wasm, then one per file in
// locales/. The build (.ci/precache.mjs) writes them into this string token, which
// survives minification.
const LANGUAGES = 'languages:en'.slice(10).split(' ');

// The language of a widget: data-locale, else the lang of the host's nearest ancestor,
// else the first of the visitor's languages this build speaks, else English. A BCP 47
// tag names a language by itself or by its primary subtag (it-CH is Italian). A
// data-locale that names none is reported, and the next choice used.
function speaks(tag) {
  const match = /^([a-z]{2,8})(?:[-_][a-z0-9]{1,8})*$/i.exec(tag?.trim() ?? '');
  return match && LANGUAGES.find((language) => language === match[1].toLowerCase());
}
function chooseLanguage(asked, host) {
  const chosen = [host.closest('[lang]')?.getAttribute('lang'), ...(navigator.languages ?? [])]
    .map(speaks).find(Boolean) ?? 'en';
  if (asked === undefined) return chosen;
  const language = speaks(asked);
  if (!language) console.warn(`${PREFIX} data-locale="${asked}" is not a language this widget speaks; using "${chosen}". Set it to one of: ${LANGUAGES.join(', ')}.`);
  return language || chosen;
}

// A language's files (its words, its first question) are fetched once per page, whatever
// the number of widgets; `undefined` if one cannot be had.
const texts = {};
function loadText(file) {
  texts[file] ??= fetch(asset(file)).then((response) => (response.ok ? response.text() : undefined), () => undefined);
  return texts[file];
}

// Shared by every copy of this file on the page (a second copy with another query string
// is a separate module), so no script tag or target is ever mounted twice.
const registry = (globalThis[Symbol.for(NAME)] ??= {
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
    registry.policy = trustedTypes.createPolicy(NAME, {
      // Only ever given markup the widget's own writer escaped (src/markup.rs): the Wasm's
      // cards and report, and the static first question (static/first/<tag>.html).
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

// What went wrong when the Wasm could not start: the visitor's message for the widget's
// box (a key of FAILURES) and, for the page's owner, the cause and the fix in the console.
class StartError extends Error {
  constructor(visible, cause) {
    super(cause);
    this.visible = visible;
  }
}
const CANNOT_RUN = 'cannotRun';
const COULD_NOT_LOAD = 'couldNotLoad';

// What a widget says when its Wasm cannot run, in each language it speaks (these
// sentences cannot come from the Wasm). A language missing here falls back to English.
const FAILURES = {
  en: {
    cannotRun: 'The AI sequencing diagnostic cannot start on this page. The site\'s owner can find why in the browser console.',
    couldNotLoad: 'The AI sequencing diagnostic could not load. Please check your connection and reload the page.',
    oldBrowser: 'The AI sequencing diagnostic needs a more recent browser.',
    stopped: 'The AI sequencing diagnostic stopped working. Please reload the page.',
  },
  it: {
    cannotRun: 'Il questionario sull’IA non può partire su questa pagina. Chi gestisce il sito trova il motivo nella console del browser.',
    couldNotLoad: 'Non è stato possibile caricare il questionario sull’IA. Controlla la connessione e ricarica la pagina.',
    oldBrowser: 'Il questionario sull’IA richiede un browser più recente.',
    stopped: 'Il questionario sull’IA ha smesso di funzionare. Ricarica la pagina.',
  },
};

// Names the cause of a failed compile: the page's CSP, or a damaged download.
function wasmFailure(error, url) {
  if (/eval|Content.Security|CSP/i.test(String(error?.message))) {
    return new StartError(CANNOT_RUN, `this page's Content-Security-Policy does not allow WebAssembly (${error.message}). Add 'wasm-unsafe-eval' to its script-src directive, e.g. script-src 'self' 'wasm-unsafe-eval'.`);
  }
  return new StartError(COULD_NOT_LOAD, `${url} could not be compiled (${error?.message ?? error}): it arrived incomplete or is not this build's Wasm. Check that the server and any proxy or CDN serve it whole, as application/wasm.`);
}

// Throws the error for a file that did not arrive, naming the CSP directive to check.
function failedToLoad(url, error, directive) {
  throw new StartError(COULD_NOT_LOAD, `could not load ${url} (${error.message}). Check that it is reachable from this page, and that the page's ${directive} allows its origin.`);
}

// One load per build and page, shared by every widget, every copy of this file and
// element.js: the glue and the Wasm are fetched, compiled and instantiated once.
function loadGlue() {
  const glueUrl = asset('aisd.js');
  const wasmUrl = asset('aisd_bg.wasm');
  registry.loads ??= new Map();
  if (!registry.loads.has(glueUrl)) {
    registry.loads.set(glueUrl, (async () => {
      if (typeof WebAssembly !== 'object') {
        throw new StartError('oldBrowser', 'this browser does not run WebAssembly, which the widget needs: any current browser does.');
      }
      // The Wasm download starts alongside the glue's instead of after it: one round trip less.
      const [module, wasm] = await Promise.all([
        import(glueUrl).catch((error) => failedToLoad(glueUrl, error, 'script-src')),
        fetch(wasmUrl).then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response;
        }).catch((error) => failedToLoad(wasmUrl, error, 'connect-src')),
      ]);
      // Streaming compilation insists on the right type; anything else (a proxy that
      // rewrites it) is compiled once it has all arrived, slower but still working.
      const type = wasm.headers.get('Content-Type');
      let source = wasm;
      if (!/^application\/wasm\b/.test(type ?? '')) {
        console.warn(`${PREFIX} ${wasmUrl} is served as ${type}, so it is compiled only after it has fully arrived. Serve .wasm files as application/wasm to compile while downloading.`);
        source = await wasm.arrayBuffer();
      }
      try {
        await module.default({ module_or_path: source });
      } catch (error) {
        throw wasmFailure(error, wasmUrl);
      }
      performance.mark('aisd:wasm-ready');
      return module;
    })());
  }
  return registry.loads.get(glueUrl);
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

// Returns the observer (to disconnect if the widget is released first), if any.
function whenNearViewport(element, callback) {
  if (!('IntersectionObserver' in window)) {
    callback();
    return undefined;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      callback();
    }
  }, { rootMargin: '100% 0px' });
  observer.observe(element);
  return observer;
}

// Whether this widget opens on its first question: nothing stored under its storage key
// and no share code for it in the URL (the Wasm decides the same way, see
// src/ui/app.rs). A returning visitor or a shared link sees the placeholder until their
// own screen, never a flash of the first question. A key the Wasm would replace by the
// default, or storage that cannot be read, is left to the Wasm as well.
function opensOnFirstQuestion(options) {
  const key = options.storageKey ?? NAME;
  if (!/^[\w.-]{1,64}$/.test(key)) return false;
  try {
    if (localStorage.getItem(key) !== null) return false;
  } catch {
    return false;
  }
  return !location.hash.slice(1).split('&').some((pair) => pair.startsWith(`${key}=`));
}

// Shows the static first question in place of `placeholder` (see keepAnswers); nothing
// if the page refused the markup (Trusted Types enforced without the widget's policy).
function showFirstQuestion(placeholder, html, theme) {
  const template = document.createElement('template');
  try {
    template.innerHTML = registry.policy ? registry.policy.createHTML(html) : html;
  } catch {
    return undefined;
  }
  const first = template.content.firstElementChild;
  if (!first?.querySelector('form')) return undefined;
  // The page's theme, as the Wasm reads data-theme (anything else is the default, auto).
  if (theme === 'light' || theme === 'dark') first.firstElementChild.className = `aisd ${theme}`;
  placeholder.replaceWith(first);
  return keepAnswers(first);
}

// Keeps what the visitor does with the static first question `first` (ticks, focus, a
// press on Next) for the Wasm to take over. Returns the element and the hand-over
// function, which the caller runs with the live root once the live first screen is
// rendered (off the page).
function keepAnswers(first) {
  const form = first.querySelector('form');
  // The few behaviours of the live first step, so nothing changes when the Wasm takes
  // over: a tick enables Next and clears the error; Next with nothing ticked says why.
  // Next with an answer is kept for the Wasm, and the step shows it is on its way
  // (aria-busy) rather than seeming to ignore the press on a slow network.
  const error = form.querySelector('.error');
  const hint = form.querySelector('#next-hint');
  const button = form.querySelector('button[type="submit"]');
  let pressed = false;
  form.addEventListener('change', () => {
    pressed = false;
    form.removeAttribute('aria-busy');
    hint?.remove();
    error.textContent = '';
    button.setAttribute('aria-disabled', 'false');
    button.removeAttribute('aria-describedby');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    pressed = true;
    if (form.querySelector('input:checked')) {
      form.setAttribute('aria-busy', 'true');
    } else if (hint?.isConnected) {
      error.textContent = hint.textContent;
      hint.remove();
      button.removeAttribute('aria-describedby');
    }
  });
  performance.mark('aisd:first-question');
  const handOver = (root) => {
    const shadow = first.getRootNode();
    const focused = first.contains(shadow.activeElement) ? shadow.activeElement : null;
    const twin = (element) => {
      if (element instanceof HTMLInputElement) return root.querySelector(`input[name="${CSS.escape(element.name)}"][value="${CSS.escape(element.value)}"]`);
      return element === button ? root.querySelector('button[type="submit"]') : null;
    };
    first.replaceWith(root);
    for (const input of form.querySelectorAll('input')) {
      const live = twin(input);
      if (live && live.checked !== input.checked) live.click();
    }
    twin(focused)?.focus({ preventScroll: true });
    if (pressed) root.querySelector('form')?.requestSubmit();
  };
  return { element: first, handOver };
}

// Resolves once the page has painted what changed since `since` (performance.now()): the
// next largest-contentful-paint entry after it, or 300 ms at most (the browser reports
// none when something else on the page is larger, and Firefox and Safari none at all).
function painted(since) {
  return new Promise((resolve) => {
    let observer;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    setTimeout(done, 300);
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.startTime >= since)) done();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    }
  });
}

function loadStylesheet(shadow) {
  // The standalone page's declarative shadow root brings its own.
  const present = shadow.querySelector('link[rel="stylesheet"]');
  if (present?.sheet) return Promise.resolve();
  return new Promise((resolve) => {
    if (present) {
      present.addEventListener('load', resolve, { once: true });
      present.addEventListener('error', resolve, { once: true });
      return;
    }
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

// Google Tag Manager's data layer (data-datalayer / datalayer): one entry per aisd:* event
// of this widget, derived from the event itself so the two can never disagree, carrying
// ids only. Every entry sets all four aisd_* keys (undefined where the event has no
// value), so GTM's merged data model never mixes one moment's step with another's verdict.
const DATALAYER_EVENTS = ['aisd:ready', 'aisd:step', 'aisd:complete', 'aisd:cta'];
function dataLayerFor(option) {
  let name = option || 'dataLayer';
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) {
    console.warn(`${PREFIX} data-datalayer="${name}" is not a JavaScript name, so entries go to window.dataLayer. Leave it empty for dataLayer, or give the name your Google Tag Manager snippet uses.`);
    name = 'dataLayer';
  }
  try {
    globalThis[name] ??= [];
    if (Array.isArray(globalThis[name])) return globalThis[name];
  } catch {
    // A read-only or throwing global: the same answer as any other non-array below.
  }
  console.warn(`${PREFIX} window.${name} already exists and is not an array, so no analytics entries are pushed. Set data-datalayer to the name your Google Tag Manager snippet uses.`);
  return null;
}
function pushToDataLayer(host, name) {
  const layer = dataLayerFor(name);
  if (!layer) return () => {};
  const push = ({ type, detail }) => {
    const list = (ids) => (Array.isArray(ids) ? ids.join(',') : undefined);
    layer.push({
      event: type.replace(':', '_'),
      aisd_step: detail?.step ?? 'result',
      aisd_verdict: detail?.verdict,
      aisd_reasons: list(detail?.reasons),
      aisd_warnings: list(detail?.warnings),
    });
  };
  for (const type of DATALAYER_EVENTS) host.addEventListener(type, push);
  return () => {
    for (const type of DATALAYER_EVENTS) host.removeEventListener(type, push);
  };
}

/**
 * Starts a widget in `shadow`, the open shadow root of `host`, with the raw option
 * strings in `options` (`load`, `datalayer` and `locale` are read here, the rest by the
 * Wasm). Returns a function that releases it: no observer, listener or Yew app is left
 * behind, and a load still under way mounts nothing.
 */
export function attach(host, shadow, options) {
  const language = chooseLanguage(options.locale, host);
  const say = FAILURES[language] ?? FAILURES.en;
  // Reserve the first question's usual height (taller in a narrow column) so the page
  // does not jump when it arrives; a custom element is inline, so 0 wide, until the
  // stylesheet arrives, and then its container's width counts. CSSOM writes are allowed
  // under a strict style-src, unlike style attributes.
  const placeholder = document.createElement('div');
  placeholder.style.minHeight = (host.clientWidth || host.parentElement?.clientWidth) < 560 ? '880px' : '700px';
  placeholder.lang = language;
  // The standalone page carries a first-time visitor's first question in its own HTML (a
  // declarative shadow root the build writes, see index.html), already on screen.
  const written = [...shadow.children].find((element) => element.matches('div[lang]'));
  const fresh = typeof WebAssembly === 'object' && opensOnFirstQuestion(options);
  let adopted;
  if (written && fresh) {
    adopted = keepAnswers(written);
    // A press on Next that the page's inline script kept, made before this file ran.
    const form = written.querySelector('form');
    if (form.pressedEarly) form.requestSubmit();
  } else {
    shadow.replaceChildren(placeholder);
  }

  const stopDataLayer = options.datalayer === undefined ? () => {} : pushToDataLayer(host, options.datalayer);
  let released = false;
  let observer;
  let widget;
  // Whichever of the placeholder, the static first question and the widget's root is on
  // show; and whether the widget has settled (the Wasm rendered, or could not start),
  // after which the static first question never shows.
  let shown = adopted?.element ?? placeholder;
  let settled = false;
  const fail = (text) => {
    settled = true;
    shown.textContent = text;
    shown.setAttribute('role', 'alert');
  };
  const stop = () => fail(say.stopped);
  const start = async () => {
    const stylesheet = loadStylesheet(shadow);
    // A first-time visitor gets the first question as static markup as soon as it and
    // the stylesheet are here; the Wasm then renders its own first screen off the page and
    // takes over what the visitor did (handOver). The Wasm's download starts once the
    // question has been painted (or after a second at most): on a slow network it would
    // otherwise share the bandwidth with the few KB the question needs, and delay it. A
    // browser that cannot run the Wasm gets its message, never a question first.
    let handOver = adopted?.handOver;
    // An adopted question paints with its stylesheet (if it has not already).
    const firstQuestion = adopted ? stylesheet.then(() => painted(performance.now())) : fresh
      && Promise.all([loadText(`first/${language}.html`), stylesheet]).then(([html]) => {
        if (html === undefined || released || settled) return undefined;
        const first = showFirstQuestion(placeholder, html, options.theme?.trim());
        if (!first) return undefined;
        ({ element: shown, handOver } = first);
        return painted(performance.now());
      });
    try {
      await Promise.race([firstQuestion, new Promise((later) => setTimeout(later, 1000))]);
      if (released) return;
      // A language other than English has its words in a file of its own, fetched
      // alongside the Wasm; pages in English never download it.
      const [module, words] = await Promise.all([
        loadGlue(),
        language === 'en' ? undefined : loadText(`locales/${language}.txt`),
        stylesheet,
      ]);
      if (released) return;
      // The placeholder (or the static first question) stays, and the root off the page,
      // until the first screen is whole: its answer cards are written just after Yew's
      // render, and showing the root before that let the page paint the screen without
      // them, then move what follows. Off the page, not hidden: nothing (a test, an
      // extension) ever finds two first questions in the widget.
      const root = document.createElement('div');
      host.addEventListener('aisd:ready', () => {
        settled = true;
        // After Yew's first render has finished, not inside it: handing over clicks the
        // live inputs, which Yew handles as new messages.
        queueMicrotask(() => {
          if (handOver) handOver(root);
          else {
            placeholder.replaceWith(root);
            performance.mark('aisd:first-question');
          }
          shown = root;
        });
      }, { once: true });
      // Offline support waits until the widget is up: installing the service worker
      // downloads every file again, which would compete with the first render.
      host.addEventListener('aisd:ready', registerServiceWorker, { once: true });
      watchForTraps();
      stopped.add(stop);
      widget = module.mount(host, root, { ...options, language, words }, (message) => console.warn(`${PREFIX} ${message}`));
    } catch (error) {
      console.error(`${PREFIX} could not start: ${error.message ?? error}`);
      fail(say[error instanceof StartError ? error.visible : COULD_NOT_LOAD]);
    }
  };
  if (options.load === 'eager') start();
  else observer = whenNearViewport(host, start);

  return () => {
    released = true;
    observer?.disconnect();
    stopDataLayer();
    stopped.delete(stop);
    widget?.destroy();
    widget = undefined;
    shadow.replaceChildren();
  };
}

function setUp(script) {
  registry.scripts.add(script);
  const target = findTarget(script);
  if (!target) return;
  // A shadow root is the target's own unless it holds nothing but what the build writes
  // into the standalone page (a stylesheet and the first question), or nothing at all.
  const ours = (shadow) => [...shadow.children].every((element) => element.matches('link[rel="stylesheet"], div[lang]'));
  if (registry.targets.has(target) || (target.shadowRoot && !ours(target.shadowRoot))) {
    console.error(`${PREFIX} the element matched by data-target="${script.dataset.target}" already holds a widget or a shadow root. Give each widget its own target element.`);
    return;
  }
  registry.targets.add(target);
  attach(target, target.shadowRoot ?? target.attachShadow({ mode: 'open' }), { ...script.dataset });
}

for (const script of document.querySelectorAll('script[src]')) {
  if (!registry.scripts.has(script) && sameFile(script.src)) setUp(script);
}
