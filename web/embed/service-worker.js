// Offline support for pages served from the widget's own directory (static/sw.js). A page
// on another origin cannot use a service worker from here, so it simply does without.
// Registered only once a widget is ready: installing the worker downloads the build's
// files, which would compete with the first render.
import { base, shipped } from './files.js';
import { info } from './log.js';
import { registry } from './registry.js';

// Nor does a loader a site has bundled into its own script (its address is the bundle's,
// next to which there is no worker).
let registered = false;
export function registerServiceWorker() {
  if (registered || base.origin !== location.origin || !shipped || !('serviceWorker' in navigator)) return;
  registered = true;
  const unavailable = (error) => info(`offline support is unavailable: ${error.message}`);
  // Where Trusted Types are enforced without the policy, register() throws at once.
  try {
    const url = new URL('sw.js', base).href;
    navigator.serviceWorker.register(registry.policy?.createScriptURL(url) ?? url, { scope: base.pathname }).catch(unavailable);
  } catch (error) {
    unavailable(error);
  }
}
