// AI Sequencing Diagnostic as a custom element, for pages built by frameworks:
//   <script type="module" src="https://example.com/ai-diagnostic/element.js"></script>
//   …
//   <ai-sequencing-diagnostic storage-key="pricing" cta-href="/contact"></ai-sequencing-diagnostic>
//
// Renders nothing by itself. Its attributes are the script tag's data-* options without
// "data-" (storage-key becomes the option storageKey, as in a dataset). The build bundles
// this file with the loader's modules into the one shipped element.js, which imports
// nothing: its own integrity attribute covers all of it. A page that also has an
// embed.js script tag runs two copies of the loader, which share the page registry, so
// the Wasm is still loaded once (README, "As a custom element").
import { NAME } from './contract.js';
import { attach } from './attach.js';
import { members } from './host-api.js';
import { registry } from './registry.js';
import { storageMode } from './storage.js';
import { makePolicy } from './trusted-types.js';

performance.mark('aisd:script-start');
makePolicy();

// An element mounts whenever it is inserted, also long after this file ran, reading its
// attributes then, and releases its widget when removed; inserted again, it mounts again
// with the stored answers. A move within the page (removed and inserted in one task)
// keeps the widget as it is.
// The host API (reset(), setStorage(), result, step, language) is on the prototype, so
// it is there as soon as this file has run, before the element is even inserted. Setting
// the storage attribute at run time moves the answers as setStorage() does (an unknown
// value: a warning and "none").
if (!customElements.get(NAME)) {
  const Diagnostic = class extends HTMLElement {
    static observedAttributes = ['storage'];

    #release;

    attributeChangedCallback(_, __, value) {
      registry.widgets.get(this)?.setStorage(storageMode(value ?? undefined));
    }

    connectedCallback() {
      if (this.#release) return;
      const options = {};
      for (const { name, value } of this.attributes) {
        options[name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())] = value;
      }
      this.#release = attach(this, this.shadowRoot ?? this.attachShadow({ mode: 'open' }), options);
    }

    disconnectedCallback() {
      queueMicrotask(() => {
        if (this.isConnected || !this.#release) return;
        this.#release();
        this.#release = undefined;
      });
    }
  };
  Object.defineProperties(Diagnostic.prototype, members);
  customElements.define(NAME, Diagnostic);
}
