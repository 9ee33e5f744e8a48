// The benchmark's second yardstick (issue 17): the least a hand-written widget would do to
// work offline after one visit, as the widget's pages do: take over the page, answer from
// the network, keep a copy of each answer, and give that copy when the network fails.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  event.respondWith(fetch(event.request).then((response) => {
    const copy = response.clone();
    event.waitUntil(caches.open('plain').then((cache) => cache.put(event.request, copy)));
    return response;
  }).catch(() => caches.match(event.request)));
});
