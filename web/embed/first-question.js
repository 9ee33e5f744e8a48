// The static first question a first-time visitor sees and answers before the Wasm
// arrives (static/first/<tag>.html, or the standalone page's own copy), and the hand-over
// of what the visitor did with it to the Wasm's live first screen, so nothing is lost.
import { rootClass } from './contract.js';
import { mark } from './marks.js';
import { registry } from './registry.js';

// Shows the static first question in place of `placeholder` (see keepAnswers); nothing
// if the page refused the markup (Trusted Types enforced without the widget's policy).
export function showFirstQuestion(placeholder, html, theme) {
  const template = document.createElement('template');
  try {
    template.innerHTML = registry.policy ? registry.policy.createHTML(html) : html;
  } catch {
    return undefined;
  }
  const first = template.content.firstElementChild;
  if (!first?.querySelector('form')) return undefined;
  // The page's theme, as the Wasm reads data-theme.
  first.firstElementChild.className = rootClass(theme);
  placeholder.replaceWith(first);
  return keepAnswers(first);
}

// Keeps what the visitor does with the static first question `first` (ticks, focus, a
// press on Next) for the Wasm to take over. Returns the element and the hand-over
// function, which the caller runs with the live root once the live first screen is
// rendered (off the page).
export function keepAnswers(first) {
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
  mark('aisd:first-question');
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
