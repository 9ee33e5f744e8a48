// A small static file server for dist/, bound to 127.0.0.1. Used by the README's serve
// command and by the end-to-end tests, which start and stop their own instances.
import { createServer, STATUS_CODES } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
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

// The longest request-target answered (RFC 9112 §3 recommends at least 8000 octets);
// longer is 414. Node itself answers 431 when the request line and headers together pass
// its header limit (16 KB by default).
const MAX_TARGET = 8192;

/**
 * Reads an HTTP request-target (`request.url`) as a path inside the served directory,
 * without ever throwing: `{ segments, path, search }`, or `{ status }` (400, 414) for a
 * target that is not a request for a file. Each segment of the path is percent-decoded
 * on its own, so an encoded separator (`%2f`, `%5c`) or NUL cannot create a segment the
 * raw path did not have; those are refused. Dot segments (also encoded ones, `%2e%2e`,
 * as browsers read them) are resolved as RFC 3986's remove_dot_segments does, which
 * never climbs above the root; empty segments (`//`) are dropped. A double-encoded dot
 * (`%252e`) decodes once, to the literal name `%2e`, which no file has.
 */
export function parseTarget(target) {
  if (target.length > MAX_TARGET) return { status: 414 };
  let raw = target;
  if (!raw.startsWith('/')) {
    // The absolute form (`GET http://host/path`), which a server must accept
    // (RFC 9112 §3.2.2). Anything else (`*`, a bare name, another scheme) names no file.
    if (!/^https?:\/\//i.test(raw)) return { status: 400 };
    try {
      const url = new URL(raw);
      raw = `${url.pathname}${url.search}`;
    } catch {
      return { status: 400 };
    }
  }
  // A fragment is never part of a request-target (RFC 9112 §3.2).
  if (raw.includes('#')) return { status: 400 };
  const query = raw.indexOf('?');
  const rawPath = query < 0 ? raw : raw.slice(0, query);
  const search = query < 0 ? '' : raw.slice(query);
  const segments = [];
  // Whether the path names a directory: it ends in a slash or a dot segment ("/a/." is "/a/").
  let directory = false;
  for (const piece of rawPath.split('/')) {
    let segment;
    try {
      segment = decodeURIComponent(piece);
    } catch {
      return { status: 400 };
    }
    if (/[/\\\0]/.test(segment)) return { status: 400 };
    directory = segment === '' || segment === '.' || segment === '..';
    if (segment === '..') segments.pop();
    else if (!directory) segments.push(segment);
  }
  return { segments, path: `/${segments.join('/')}${directory && segments.length > 0 ? '/' : ''}`, search };
}

/** A whole, minimal HTTP/1.1 answer written straight to a socket (before Node's parser has a request). */
function rawAnswer(status, extra = '') {
  const body = `${STATUS_CODES[status]}\n`;
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: text/plain; charset=utf-8\r\n${extra}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}

// What the end-to-end tests of a browser without a console log (WebKit's WebDriver) add to
// every page with `errors: true`: the first script of <head>, from the page's own origin
// (an inline one would break the strict-CSP pages), which records uncaught errors,
// unhandled rejections, console errors and warnings, failed loads and CSP violations in
// `window.__aisdErrors` and sends each to the server, which keeps them in `errors` (so
// that one on a page since left is not lost). Cached for long: after one visit, a page
// whose server has gone (offline tests) still gets it from the browser's HTTP cache.
const CATCHER = '/__aisd-test/errors.js';
const CATCHER_REPORT = '/__aisd-test/errors';
const CATCHER_SCRIPT = `(() => {
  const seen = (window.__aisdErrors = []);
  const report = (kind, text) => {
    const entry = kind + ': ' + text;
    seen.push(entry);
    try {
      navigator.sendBeacon(${JSON.stringify(CATCHER_REPORT)}, JSON.stringify({ page: location.href, entry }));
    } catch (_) {
      // Reported in window.__aisdErrors all the same.
    }
  };
  addEventListener('error', (event) => {
    // In the capture phase this also sees a script, stylesheet or image that failed to load.
    if (event.target !== window && event.target instanceof Element) {
      report('failed to load', event.target.src || event.target.href || event.target.tagName);
    } else {
      report('uncaught', event.message + ' (' + event.filename + ':' + event.lineno + ')');
    }
  }, true);
  addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    report('unhandled rejection', reason instanceof Error ? reason.name + ': ' + reason.message + ' ' + reason.stack : String(reason));
  });
  document.addEventListener('securitypolicyviolation', (event) => report('CSP violation', event.violatedDirective + ' ' + event.blockedURI));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      report('console.' + level, args.map(String).join(' '));
      return original.apply(this, args);
    };
  }
})();
`;

/** `html` with the error catcher as the first element of its <head> (unchanged if it has none). */
function withCatcher(html) {
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}<script src="${CATCHER}"></script>`);
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
 * `errors` adds the error catcher above to every HTML page and collects what it reports
 * in `errors` (`{ page, entry }` each).
 * `served` counts the files answered, by address (path and query).
 * Only GET and HEAD are implemented (any other method is 501); a malformed request is a
 * 4xx; no file outside `root` is ever served, symbolic links included.
 * Resolves to `{ url, port, served, errors, close, offline, online, setRoot, setFailing }`.
 */
export async function serve(root, { port = 0, headers = {}, pages = {}, failing = [], log = false, gzip = false, errors: catcher = false } = {}) {
  let base = resolve(root);
  let down = false;
  const served = new Map();
  const errors = [];

  /** A short plain-text answer with `status` (an error), closing the connection. */
  const refuse = (response, status, extra = {}) => {
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close', ...extra });
    response.end(`${STATUS_CODES[status]}\n`);
  };

  async function answer(request, response) {
    // Only HTTP/1.x (Node's parser also lets "HTTP/2.0" through): 505 (RFC 9110 §15.6.6).
    if (request.httpVersionMajor !== 1) return refuse(response, 505);
    // More than one Host is a 400 (RFC 9112 §3.2); Node checks only that there is one.
    if ((request.headersDistinct.host?.length ?? 0) > 1) return refuse(response, 400);
    // Only GET and HEAD are implemented, whatever the target (RFC 9110 §9.1): even
    // "OPTIONS *" is 501. The error catcher's reports are the one POST, when it is on.
    const report = catcher && request.method === 'POST';
    if (request.method !== 'GET' && request.method !== 'HEAD' && !report) {
      return refuse(response, 501, { Allow: 'GET, HEAD' });
    }
    const target = parseTarget(request.url ?? '');
    if (target.status) return refuse(response, target.status);
    const { segments, path, search } = target;
    if (report) {
      if (path !== CATCHER_REPORT) return refuse(response, 501, { Allow: 'GET, HEAD' });
      let body = '';
      request.setEncoding('utf8');
      for await (const chunk of request) {
        body += chunk;
        if (body.length > 65536) break;
      }
      try {
        const { page, entry } = JSON.parse(body);
        errors.push({ page: String(page), entry: String(entry) });
      } catch {
        errors.push({ page: '?', entry: `unreadable report: ${body.slice(0, 200)}` });
      }
      response.writeHead(204).end();
      return;
    }
    if (catcher && path === CATCHER) {
      response.writeHead(200, { 'Content-Type': TYPES['.js'], 'Cache-Control': 'public, max-age=31536000, immutable' });
      response.end(CATCHER_SCRIPT);
      return;
    }
    // A file asked for by its build's address (?v=<build id>) never changes: cached for
    // long, as the README's "Caching and offline" advises a deployment to serve it.
    const versioned = new URLSearchParams(search).has('v');
    if (failing.includes(path)) {
      response.writeHead(503, headers).end();
      return;
    }
    const page = pages[path];
    if (page) {
      response.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-cache', ...headers, ...page.headers });
      const type = page.headers?.['Content-Type'];
      response.end(catcher && (!type || type.startsWith('text/html')) ? withCatcher(page.html) : page.html);
      return;
    }
    try {
      // The real path, symbolic links followed, must still be inside the real root.
      const top = await realpath(base);
      let file = await realpath(join(base, ...segments));
      if (file !== top && !file.startsWith(top + sep)) throw new Error('outside the root');
      let info = await stat(file);
      // "/index.html/" names a directory, which that file is not.
      if (path.endsWith('/') && !info.isDirectory()) throw new Error('not a directory');
      if (info.isDirectory()) {
        file = await realpath(join(file, 'index.html'));
        if (!file.startsWith(top + sep)) throw new Error('outside the root');
        info = await stat(file);
      }
      if (!info.isFile()) throw new Error('not a file');
      const compress = gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      let body;
      if (catcher && extname(file) === '.html') {
        body = Buffer.from(withCatcher(await readFile(file, 'utf8')));
        if (compress) body = gzipSync(body);
      } else {
        body = compress ? await compressed(file, info) : await readFile(file);
      }
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
  }

  const server = createServer((request, response) => {
    if (down) {
      request.socket.destroy();
      return;
    }
    answer(request, response).catch((error) => {
      // A fault of this server, not of the request: answered, logged, and the server goes on.
      console.error(`500 ${JSON.stringify(request.url)}: ${error.stack ?? error}`);
      if (!response.headersSent) response.writeHead(500, { Connection: 'close' });
      response.end();
    });
  });
  // A request Node's parser refuses never reaches the handler above. Answered as HTTP
  // says: an unknown method is 501 (RFC 9110 §9.1), an unknown version 505, headers too
  // large 431, a target too long 414, a request that took too long 408, anything else
  // unreadable 400.
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    // What the parser calls an invalid method or version may be a malformed request line
    // instead: 501 only for a method that is a well-formed token (RFC 9110 §5.6.2) followed
    // by a space, 505 only for a well-formed version that is not 1.x (a bare LF after the
    // version also counts as an invalid version).
    const line = error.rawPacket?.toString('latin1') ?? '';
    const method = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ /.test(line);
    const version = /^[^\r\n]* HTTP\/\d\.\d\r\n/.test(line);
    const status = {
      HPE_INVALID_METHOD: method ? 501 : 400,
      HPE_INVALID_VERSION: version ? 505 : 400,
      HPE_HEADER_OVERFLOW: 431,
      HPE_URI_TOO_LONG: 414,
      ERR_HTTP_REQUEST_TIMEOUT: 408,
    }[error.code] ?? 400;
    socket.end(rawAnswer(status, status === 501 ? 'Allow: GET, HEAD\r\n' : ''));
  });
  // CONNECT (a proxy's method) goes to its own event, and the connection would be dropped
  // unanswered without a listener.
  server.on('connect', (request, socket) => {
    socket.end(rawAnswer(501, 'Allow: GET, HEAD\r\n'));
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
    errors,
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
