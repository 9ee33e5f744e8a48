// The standalone page's one inline script, which the build bundles into index.html (and
// allows by its hash in the page's Content-Security-Policy). The build writes a first-time
// visitor's first question into the page as a declarative shadow root, on screen before
// any script; a returning visitor or a shared link must not see it, so this decides, with
// embed.js's own rule, before the page first paints. For a first-time visitor, a press on
// Next before embed.js runs is kept for it (embed.js submits again), and the question is
// marked answerable once its stylesheet has applied.
// Under data-storage="consent" (or "none") it reads nothing, as embed.js does.
import { STORAGE_MODES } from '../embed/contract.js';
import { opensOnFirstQuestion } from '../embed/first-visit.js';
import { keeper } from '../embed/storage.js';

// The widget's element, which the page's own script tag (just before this script) names
// in data-target.
const shadow = document.getElementById('diagnostic').shadowRoot;
const { storage = STORAGE_MODES[0], storageKey } = document.querySelector('script[data-target="#diagnostic"]').dataset;
if (!opensOnFirstQuestion(keeper(storageKey, storage))) {
  shadow?.replaceChildren();
} else if (shadow) {
  const form = shadow.querySelector('form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    form.pressedEarly = true;
  });
  const ready = () => performance.mark('aisd:first-question');
  const link = shadow.querySelector('link');
  if (link.sheet) ready();
  else link.addEventListener('load', ready, { once: true });
}
