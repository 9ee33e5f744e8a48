// The elements the Wasm's Yew apps render into. Yew 0.23 puts its event-delegation
// listeners on an app's root element and never takes them off (yew/src/dom_bundle/
// subtree_root.rs, `HostHandlers::add_listener`: "Never drop the closure as this event
// handler is static"), and the forgotten closures keep the element alive from the Wasm
// side. A framework that inserts and removes the widget on every route change would pile
// up one element and its listeners per visit. So each root records the listeners Yew adds,
// a released root has them taken off, and the element itself, which cannot be freed, is
// handed to the next widget instead of a new one.
const spare = [];

/**
 * A root for one Yew app: `element`, `strip()` to take off the listeners Yew added so far
 * (before mounting a new app on the same element), and `release()` once the app is
 * destroyed, after which the element serves another widget.
 */
export function yewRoot() {
  const element = spare.pop() ?? document.createElement('div');
  let added = [];
  // Yew's glue calls the element's own addEventListener, so this sees each one.
  element.addEventListener = (...listener) => {
    added.push(listener);
    EventTarget.prototype.addEventListener.apply(element, listener);
  };
  const strip = () => {
    for (const listener of added) EventTarget.prototype.removeEventListener.apply(element, listener);
    added = [];
  };
  return {
    element,
    strip,
    release() {
      strip();
      delete element.addEventListener;
      element.remove();
      element.replaceChildren();
      for (const { name } of [...element.attributes]) element.removeAttribute(name);
      spare.push(element);
    },
  };
}
