// The widget's stylesheet inside its shadow root: the host page's CSS cannot reach in, and
// a <link> (unlike a <style> element) is allowed by a strict style-src.
import { STYLESHEET } from './contract.js';
import { notLoaded } from './failures.js';
import { asset, integrity } from './files.js';

// Resolves once the stylesheet has loaded; rejects (a StartError) when it could not load
// or failed its integrity check, which the browser does not tell apart for a script: a
// widget without its styles, or with changed ones, is not shown.
export function loadStylesheet(shadow) {
  // The standalone page's declarative shadow root brings its own.
  const present = shadow.querySelector('link[rel="stylesheet"]');
  if (present?.sheet) return Promise.resolve();
  const link = present ?? document.createElement('link');
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => {
      notLoaded(link.href, new Error('the stylesheet was refused'), 'style-src', link.integrity).then(reject);
    }, { once: true });
  });
  if (!present) {
    link.rel = 'stylesheet';
    // Checked against this release's hash; a check needs a CORS request from another
    // origin (a CDN's), which is harmless on the page's own.
    link.integrity = integrity(STYLESHEET);
    link.crossOrigin = 'anonymous';
    link.href = asset(STYLESHEET);
    shadow.append(link);
  }
  return loaded;
}
