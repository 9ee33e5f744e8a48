// One widget's life: from a placeholder (or the standalone page's written first question)
// through the static first question and the Wasm's start to the live widget, and its
// release. Used by the script tags (script-tags.js) and by element.js's custom element.
import { EVENTS, NAME, READY, RESET, firstQuestionFile, hasShareCode, withoutShareCode, wordsFile } from './contract.js';
import { pushToDataLayer } from './datalayer.js';
import { FAILURES, StartError } from './failures.js';
import { loadText } from './files.js';
import { keepAnswers, showFirstQuestion } from './first-question.js';
import { opensOnFirstQuestion } from './first-visit.js';
import { chooseLanguage } from './languages.js';
import { loadWasm } from './load-wasm.js';
import { mark } from './marks.js';
import { error, warn } from './log.js';
import { whenNearViewport } from './near-viewport.js';
import { painted } from './painted.js';
import { registry } from './registry.js';
import { registerServiceWorker } from './service-worker.js';
import { keeper, storageMode } from './storage.js';
import { loadStylesheet } from './stylesheet.js';
import { whenTrapped } from './traps.js';

/**
 * Starts a widget in `shadow`, the open shadow root of `host`, with the raw option
 * strings in `options` (`load`, `datalayer`, `locale`, `storage`, `storageKey` and `theme`
 * are read here too, the rest only by the Wasm), and gives the host API its controller.
 * Returns a function that releases it: no observer or listener is left behind,
 * and a load still under way mounts nothing.
 */
export function attach(host, shadow, options) {
  const language = chooseLanguage(options.locale, host);
  const store = keeper(options.storageKey, storageMode(options.storage));
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
  const fresh = opensOnFirstQuestion(store);
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
  let root;
  let forgetTraps;
  // The listener that starts the widget again on a page restored from the back/forward cache.
  let restored;
  // What the host API reads, followed from the widget's own events: the step on show, and
  // the result's ids while the result is on show (aisd:ready carries them on a reload).
  let step = null;
  let result = null;
  const follow = ({ type, detail }) => {
    // The Wasm's first render of this widget (the tests and the benchmark wait for it).
    if (type === READY) mark('aisd:first-render');
    step = detail.step ?? step;
    const { verdict, reasons, warnings } = detail;
    result = verdict ? { verdict, reasons, warnings } : step === 'result' ? result : null;
  };
  const followed = EVENTS.slice(0, 3);
  for (const type of followed) host.addEventListener(type, follow);
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
  const start = async () => {
    const stylesheet = loadStylesheet(shadow);
    // Awaited below; a widget released before then must not leave its failure unhandled.
    stylesheet.catch(() => {});
    // A first-time visitor gets the first question as static markup as soon as it and
    // the stylesheet are here; the Wasm then renders its own first screen off the page and
    // takes over what the visitor did (handOver). The Wasm's download starts once the
    // question has been painted (or after a second at most): on a slow network it would
    // otherwise share the bandwidth with the few KB the question needs, and delay it. A
    // browser that cannot run the Wasm gets its message, never a question first.
    let handOver = adopted?.handOver;
    // An adopted question paints with its stylesheet (if it has not already).
    const firstQuestion = adopted ? stylesheet.then(() => painted(performance.now())) : fresh
      && Promise.all([loadText(firstQuestionFile(language)), stylesheet]).then(([html]) => {
        if (html === undefined || released || settled) return undefined;
        const first = showFirstQuestion(placeholder, html, options.theme);
        if (!first) return undefined;
        ({ element: shown, handOver } = first);
        return painted(performance.now());
      });
    try {
      // The first question's own failure (its file, or the stylesheet, which the Wasm
      // awaits below too) only means it is not shown.
      await Promise.race([firstQuestion && firstQuestion.catch(() => {}), new Promise((later) => setTimeout(later, 1000))]);
      if (released) return;
      // A language other than English has its words in a file of its own, fetched
      // alongside the Wasm; pages in English never download it.
      const [module, words] = await Promise.all([
        loadWasm(),
        language === 'en' ? undefined : loadText(wordsFile(language)),
        stylesheet,
      ]);
      // A target the page has removed by now gets no widget: mounting one off the page
      // would only keep it alive.
      if (released || !host.isConnected) return;
      // The placeholder (or the static first question) stays, and the root off the page,
      // until the Wasm has drawn its first screen into it: one change, then the swap.
      // Off the page, not hidden: nothing (a test, an extension) ever finds two first
      // questions in the widget.
      root = document.createElement('div');
      host.addEventListener(READY, () => {
        settled = true;
        // After the Wasm's first draw has finished, not inside it: handing over clicks the
        // live inputs, which the Wasm handles as new messages.
        queueMicrotask(() => {
          if (handOver) handOver(root);
          else {
            placeholder.replaceWith(root);
            mark('aisd:first-question');
          }
          shown = root;
        });
      }, { once: true });
      host.addEventListener(READY, registerServiceWorker, { once: true });
      forgetTraps = whenTrapped(() => fail(say.stopped));
      // The Wasm's entry point (src/browser/mount.rs): its option warnings go to the console.
      const mount = () =>
        module.mount(host, root, { ...options, language, words, record: store.read() }, warn, store.keep);
      widget = mount();
      // A page restored from the back/forward cache shows the widget as the visitor left
      // it, but they may have answered since in another tab: it starts again from what
      // is stored (or from the shared link), as a reload would.
      restored = (event) => {
        if (!event.persisted || !widget) return;
        widget.destroy();
        widget = mount();
      };
      addEventListener('pageshow', restored);
    } catch (problem) {
      error(`could not start: ${problem.message ?? problem}`);
      fail(say[problem instanceof StartError ? problem.visible : 'couldNotLoad']);
    }
  };
  if (options.load === 'eager') start();
  else observer = whenNearViewport(host, start);

  registry.widgets.set(host, {
    // Acts on storage at once, whether or not the Wasm has arrived: the record is
    // forgotten everywhere, and so is a share code for this widget in the address.
    reset() {
      store.forget();
      if (hasShareCode(location.hash, store.key)) {
        history.replaceState(null, '', location.pathname + location.search + withoutShareCode(location.hash, store.key));
      }
      widget?.reset();
      // The live first question keeps its markup when the session does not change, so
      // its ticks are undone here (and the static first question's, before the Wasm).
      shadow.querySelector('form')?.reset();
      host.dispatchEvent(new CustomEvent(RESET, { bubbles: true, composed: true }));
    },
    setStorage(mode) {
      if (mode === store.mode) return;
      store.move(mode);
      // An element's attribute says its mode, so inserting it again keeps it.
      if (host.localName === NAME) host.setAttribute('storage', mode);
    },
    get result() {
      return structuredClone(result);
    },
    get step() {
      return step;
    },
    get language() {
      return shown.lang;
    },
  });

  return () => {
    released = true;
    registry.widgets.delete(host);
    for (const type of followed) host.removeEventListener(type, follow);
    observer?.disconnect();
    stopDataLayer();
    forgetTraps?.();
    if (restored) removeEventListener('pageshow', restored);
    widget?.destroy();
    widget = undefined;
    root?.remove();
    shadow.replaceChildren();
  };
}
