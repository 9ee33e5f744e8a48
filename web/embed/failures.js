// Why the Wasm could not start: the visitor's message for the widget's box, in the
// widget's language (these sentences cannot come from the Wasm), and, for the page's
// owner, the cause and the fix in the console.

// By language, then by a StartError's `visible`. A language missing here falls back to
// English.
export const FAILURES = {
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

// A failed start: `visible` is the key of the visitor's message, the error's message the
// cause for the console.
export class StartError extends Error {
  constructor(visible, cause) {
    super(cause);
    this.visible = visible;
  }
}

// A browser without WebAssembly.
export const oldBrowser = () => new StartError('oldBrowser', 'this browser does not run WebAssembly, which the widget needs: any current browser does.');

// Names the cause of a failed compile: the page's CSP, or a damaged download.
export function wasmFailure(error, url) {
  if (/eval|Content.Security|CSP/i.test(String(error?.message))) {
    return new StartError('cannotRun', `this page's Content-Security-Policy does not allow WebAssembly (${error.message}). Add 'wasm-unsafe-eval' to its script-src directive, e.g. script-src 'self' 'wasm-unsafe-eval'.`);
  }
  return new StartError('couldNotLoad', `${url} could not be compiled (${error?.message ?? error}): it arrived incomplete or is not this build's Wasm. Check that the server and any proxy or CDN serve it whole, as application/wasm.`);
}

// The error for a file that did not arrive or was refused, naming the CSP directive to
// check. A script is not told why a fetch or a <link> failed, so a file that was checked
// against its integrity hash is asked for again (HEAD, past any cache) to tell a missing
// file from a changed one.
export async function notLoaded(url, error, directive, checked) {
  let cause = error.message;
  if (checked) {
    const status = await fetch(url, { method: 'HEAD', cache: 'no-store' })
      .then((response) => (response.ok ? undefined : `HTTP ${response.status}`), () => cause);
    cause = status ?? 'it is not this release\'s file: it does not match its integrity hash, so it was changed after the release was built or arrived cut short';
  }
  return new StartError('couldNotLoad', `could not load ${url} (${cause}). Check that it is reachable from this page, that the page's ${directive} allows its origin, and that the server, any proxy or CDN serve this release's files whole and unchanged.`);
}
