// The widget's stylesheet inside its shadow root: the host page's CSS cannot reach in, and
// a <link> (unlike a <style> element) is allowed by a strict style-src.
import { STYLESHEET } from './contract.js';
import { asset } from './files.js';
import { error } from './log.js';

// Resolves once the stylesheet has loaded or failed (the widget shows either way).
export function loadStylesheet(shadow) {
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
    link.href = asset(STYLESHEET);
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', () => {
      error(`could not load ${link.href}.`);
      resolve();
    }, { once: true });
    shadow.append(link);
  });
}
