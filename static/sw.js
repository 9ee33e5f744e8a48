// AI Sequencing Diagnostic: service worker (offline support).
//
// The build writes the two constants below from the files it actually produced
// (.ci/build/precache.mjs), so every build gets its own cache name and its own list.
// Strategy:
//  - install: precache the whole build atomically (cache.addAll); if any file fails,
//    installation fails and nothing half-filled is ever used. The files the page has
//    already downloaded by versioned name are taken from the HTTP cache, not again;
//  - activate: delete caches of other builds of this widget;
//  - versioned build files (?v=BUILD: JS glue, Wasm, widget CSS, and the standalone
//    page's stylesheet and embed.js): cache first. Their names differ per build, so a
//    page never mixes files of two builds: a newer page or embed.js asks for names this
//    cache does not hold, and they come from the network;
//  - everything else (pages, embed.js as host pages name it): network first, the cached
//    copy when offline, so a new deployment is picked up on the next online visit.
// Where the browser has static routes (InstallEvent.addRoutes), it applies both rules
// itself, without waiting for the worker to start: this build's files straight from its
// cache (a miss goes to the network), everything else from the network raced against
// the worker (whose cached copy answers when the network fails or errs). A returning
// visitor's first question then waits for no worker. Elsewhere a page's own request
// starts while the worker boots (navigation preload).
// No skipWaiting: the new worker takes over once no page uses the old one, never in
// the middle of a page load.

const BUILD = 'build-dev';
const ASSETS = [];
const PREFIX = 'aisd-';
const CACHE = PREFIX + BUILD;

/** Whether `url` names a file by its build's address (`?v=BUILD`). */
const versioned = (url) => url.searchParams.has('v');

self.addEventListener('install', (event) => {
  const { protocol, hostname, port } = self.location;
  // The scope's path as a URL pattern: its pattern characters taken literally.
  const scopePath = new URL(self.registration.scope).pathname.replace(/[\\:*?+(){}]/g, '\\$&');
  const scope = { protocol: protocol.slice(0, -1), hostname, port, pathname: `${scopePath}*` };
  event.addRoutes?.([
    { condition: { urlPattern: { ...scope, search: `v=${BUILD}` } }, source: { cacheName: CACHE } },
    { condition: { urlPattern: scope, requestMethod: 'GET' }, source: 'race-network-and-fetch-handler' },
  ]).catch((error) => console.info(`AI Sequencing Diagnostic: the offline cache is read through the worker: ${error.message}`));
  // A versioned file's address names its build, so the copy the page has just downloaded
  // (in the HTTP cache) is the right one and is not fetched twice; anything else is checked
  // with the server first, so an old copy never enters this build's cache.
  const request = (path) => {
    const url = new URL(path, self.registration.scope);
    return new Request(url, { cache: versioned(url) ? 'default' : 'no-cache' });
  };
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map(request))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(
        names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
      ))
      .then(() => self.registration.navigationPreload?.enable())
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, preloaded) {
  const cache = await caches.open(CACHE);
  try {
    const response = (await preloaded) ?? await fetch(request);
    if (response.ok) return response;
    return (await cache.match(request)) ?? response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(versioned(url) ? cacheFirst(request) : networkFirst(request, event.preloadResponse));
});
