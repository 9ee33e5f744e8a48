// The elements the Wasm's Yew apps render into. Yew 0.23 keeps what an app holds on its
// root element for the page's life: the event-delegation listeners it puts there, whose
// closures it forgets on purpose (yew/src/dom_bundle/subtree_root.rs, `HostHandlers::
// add_listener`: "Never drop the closure as this event handler is static"), and the
// subtree data they hold. So each root keeps one app (src/browser/mount.rs), and a
// released widget's root, with its app drawing nothing, is handed to the next widget
// rather than a new one: a framework that inserts and removes the widget on every route
// change leaves nothing behind.
const spare = [];

/**
 * A root for one widget: `element`, and `release()` once the widget is destroyed, after
 * which the element, and the app on it, serve another widget.
 */
export function yewRoot() {
  const element = spare.pop() ?? document.createElement('div');
  return {
    element,
    release() {
      element.remove();
      for (const { name } of [...element.attributes]) element.removeAttribute(name);
      spare.push(element);
    },
  };
}
