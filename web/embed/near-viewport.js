// Lazy loading: a widget fetches the Wasm, glue and stylesheet only when it comes within
// about one screen of the viewport (spec §6), unless its page asks for data-load="eager".

// Runs `callback` once `element` is near the viewport (at once without
// IntersectionObserver). Returns the observer, to disconnect if the widget is released
// first.
export function whenNearViewport(element, callback) {
  if (!('IntersectionObserver' in window)) {
    callback();
    return undefined;
  }
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      observer.disconnect();
      callback();
    }
  }, { rootMargin: '100% 0px' });
  observer.observe(element);
  return observer;
}
