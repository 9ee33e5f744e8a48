// Trusted Types: on a page that enforces them, the Wasm writes its (escaped) markup and
// this loader shows the static first question and registers the service worker through
// one policy, made once per page and kept in the registry, so every widget and every copy
// of embed.js shares it (hosts that list allowed policies add
// `trusted-types ai-sequencing-diagnostic`; 'allow-duplicates' is not needed).
import { NAME } from './contract.js';
import { error } from './log.js';
import { registry } from './registry.js';

export function makePolicy() {
  if ('policy' in registry || !globalThis.trustedTypes?.createPolicy) return;
  try {
    registry.policy = trustedTypes.createPolicy(NAME, {
      // Only ever given markup the widget's own writer escaped (src/markup.rs): the Wasm's
      // screens, and the static first question (static/first/<tag>.html).
      createHTML: (html) => html,
      // The one script URL loaded through a sink: a service worker of this origin.
      createScriptURL: (url) => {
        const parsed = new URL(url, document.baseURI);
        if (parsed.origin !== location.origin || !parsed.pathname.endsWith('/sw.js')) {
          throw new TypeError(`the widget's policy refuses the script URL ${url}`);
        }
        return parsed.href;
      },
    });
  } catch {
    registry.policy = null;
    error(`this page's Content-Security-Policy does not allow the Trusted Types policy "${NAME}", so the widget cannot show its questions. Add it to the trusted-types directive: trusted-types ${NAME}`);
  }
}
