// A small static file server for dist/, bound to 127.0.0.1. Used by the README's serve
// command and by the end-to-end tests, which start and stop their own instances.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

// Each file's compressed body with the size and modification time it was made from:
// compressed once, as a CDN keeps it, so that a burst of requests (a service worker filling
// its cache) does not stall the server's one thread at gzip level 9 and skew the
// benchmark's timings. A changed file replaces its entry.
const gzipped = new Map();
async function compressed(file, { size, mtimeMs }) {
  const stamp = `${size}:${mtimeMs}`;
  if (gzipped.get(file)?.stamp !== stamp) gzipped.set(file, { stamp, body: gzipSync(await readFile(file), { level: 9 }) });
  return gzipped.get(file).body;
}

/**
 * Serves `root` on 127.0.0.1:`port` (0 picks a free port).
 * `headers` are added to every response (e.g. CORS headers for a cross-origin embed test);
 * `pages` maps extra paths to in-memory HTML (test fixtures), each `{ html, headers }`
 * (a `Content-Type` in `headers` serves something else, such as a fixture's stylesheet).
 * `failing` paths are answered with 503 (a flaky deployment).
 * `offline()` makes every request fail (as a stopped server would) until `online()`.
 * `gzip` compresses every file for a client that accepts it, as a production server or
 * CDN would (the benchmark's Lighthouse figures count bytes on the wire).
 * `served` counts the files answered, by address (path and query).
 * Resolves to `{ url, port, served, close, offline, online, setRoot, setFailing }`.
 */
export async function serve(root, { port = 0, headers = {}, pages = {}, failing = [], log = false, gzip = false } = {}) {
  let base = resolve(root);
  let down = false;
  const served = new Map();
  const server = createServer(async (request, response) => {
    if (down) {
      request.socket.destroy();
      return;
    }
    const { pathname, search, searchParams } = new URL(request.url, 'http://127.0.0.1');
    const path = decodeURIComponent(pathname);
    // A file asked for by its build's address (?v=<build id>) never changes: cached for
    // long, as the README's "Caching and offline" advises a deployment to serve it.
    const versioned = searchParams.has('v');
    if (failing.includes(path)) {
      response.writeHead(503, headers).end();
      return;
    }
    const page = pages[path];
    if (page) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache', ...headers, ...page.headers });
      response.end(page.html);
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const body = compress ? await compressed(file, info) : await readFile(file);
      response.writeHead(200, {
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...headers,
      });
      const address = `${path}${search}`;
      served.set(address, (served.get(address) ?? 0) + 1);
      response.end(request.method === 'HEAD' ? undefined : body);
      if (log) console.log(`200 ${path}`);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end('Not found');
      if (log) console.log(`404 ${path}`);
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    url: `http://127.0.0.1:${actual}/`,
    port: actual,
    served,
    offline: () => { down = true; },
    /** Serves another directory from now on (a new deployment). */
    setRoot: (dir) => { base = resolve(dir); },
    /** Paths answered with 503 from now on (pass [] to heal). */
    setFailing: (paths) => { failing = paths; },
    online: () => { down = false; },
    close: () => new Promise((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await serve(root, { port });
  console.log(`Serving ${root}/ at ${url} (standalone page) and ${url}demo.html (embed demo). Ctrl+C stops.`);
}
