// The host API (spec §6c; README, "Host API"): reset(), setStorage(mode), result, step
// and language, on <ai-sequencing-diagnostic> (its prototype, from element.js) and on a
// script tag's target element (script-tags.js), there as soon as the loader has run, lazy
// loading included. Each widget's controller (attach.js) is found in the page registry,
// so every copy of embed.js reaches every widget. Misuse is a console warning and
// nothing else: an exception would break the host page's own script.
import { STORAGE_MODES } from './contract.js';
import { registry } from './registry.js';
import { warn } from './log.js';

const widget = (host) => registry.widgets.get(host);

// The controller of `host`'s widget for the method `name`, or a warning.
const live = (host, name) => widget(host)
  ?? warn(`${name}() did nothing: this element holds no widget (not inserted, or removed).`);

// A read-only property: assigning to it (which throws in strict code for a bare getter)
// warns instead.
const readOnly = (name) => ({
  get() {
    return widget(this)?.[name] ?? null;
  },
  set() {
    warn(`${name} is read-only.`);
  },
});

export const members = {
  reset: {
    value() {
      live(this, 'reset')?.reset();
    },
  },
  setStorage: {
    value(mode) {
      if (STORAGE_MODES.includes(mode)) live(this, 'setStorage')?.setStorage(mode);
      else warn(`setStorage(${JSON.stringify(mode)}) did nothing: give one of ${STORAGE_MODES}.`);
    },
  },
  result: readOnly('result'),
  step: readOnly('step'),
  language: readOnly('language'),
};
