// When the page has painted a change: the Wasm's download waits for the static first
// question to be on screen, so that on a slow network the two do not share the bandwidth.

// Resolves once the page has painted what changed since `since` (performance.now()): the
// next largest-contentful-paint entry after it, or 300 ms at most (the browser reports
// none when something else on the page is larger, and Firefox and Safari none at all).
export function painted(since) {
  return new Promise((resolve) => {
    let observer;
    const done = () => {
      observer?.disconnect();
      resolve();
    };
    setTimeout(done, 300);
    if (PerformanceObserver.supportedEntryTypes?.includes('largest-contentful-paint')) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.startTime >= since)) done();
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
    }
  });
}
