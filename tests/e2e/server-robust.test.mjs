// The README's serve command (.ci/serve.sh runs tests/e2e/server.mjs) against hostile and
// broken requests: several hundred of them, generated, sent over raw sockets (node:net)
// so that no HTTP client tidies them first. The server runs as its own process, exactly
// as the serve command starts it, so a crash would show as a dead process. It must answer
// each one as HTTP says, keep serving, and never send a byte of a file outside its root.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, launch } from './harness.mjs';
import { rendered, stepId } from './widget.mjs';

// A secret next to the served directory and one inside a directory of its own: if any
// answer ever carries either token, a file outside the root was served.
const SECRET = `outside-the-root-${randomBytes(12).toString('hex')}`;
const DEEP_SECRET = `far-outside-${randomBytes(12).toString('hex')}`;

let work;
let site;
let server;
let url;
let port;
let stderr = '';
/** sha256 of every file under the served directory: the only bodies a 200 may carry. */
const servable = new Set();

async function hashTree(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await hashTree(path);
    else if (entry.isFile()) servable.add(createHash('sha256').update(await readFile(path)).digest('hex'));
  }
}

before(async () => {
  // work/secret.txt, work/deep/secret.txt, and work/site/ (a copy of dist/) served, with
  // symbolic links inside it that point out of it: a link must not be a way out either.
  work = await mkdtemp(join(tmpdir(), 'aisd-serve-'));
  site = join(work, 'site');
  await cp(DIST, site, { recursive: true });
  await writeFile(join(work, 'secret.txt'), `${SECRET}\n`);
  await mkdir(join(work, 'deep'));
  await writeFile(join(work, 'deep', 'secret.txt'), `${DEEP_SECRET}\n`);
  await symlink('../secret.txt', join(site, 'escape.txt'));
  await symlink('..', join(site, 'escape-dir'));
  await symlink(join(work, 'deep'), join(site, 'first', 'deep'));
  await hashTree(site);

  // The serve command's own process: `node tests/e2e/server.mjs <dir> <port>`.
  server = spawn(process.execPath, [join(ROOT, 'tests/e2e/server.mjs'), site, '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr.on('data', (data) => { stderr += data; });
  url = await new Promise((ok, fail) => {
    let out = '';
    server.stdout.on('data', (data) => {
      out += data;
      const found = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (found) ok(found[0]);
    });
    server.once('exit', (code) => fail(new Error(`the server exited (${code}) before serving: ${stderr}`)));
  });
  port = Number(new URL(url).port);
});

after(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((ok) => server.once('exit', ok));
    process.kill(server.pid, 'SIGTERM');
    await exited;
  }
  if (work) await rm(work, { recursive: true, force: true });
});

/** The body of a chunked message (RFC 9112 §7.1), or null while it is incomplete. */
function unchunk(bytes) {
  const parts = [];
  let at = 0;
  for (;;) {
    const eol = bytes.indexOf('\r\n', at);
    if (eol < 0) return null;
    const size = parseInt(bytes.subarray(at, eol).toString('latin1'), 16);
    if (Number.isNaN(size)) return null;
    if (size === 0) return Buffer.concat(parts);
    if (bytes.length < eol + 2 + size + 2) return null;
    parts.push(bytes.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/**
 * Sends `raw` (a string of bytes: each char one byte) on a new connection and reads one
 * response: `{ status, headers, body, raw }`, or `{ status: 0, raw }` when the server closed
 * or stayed silent without answering. `head` is true for a HEAD request (no body follows).
 */
function send(raw, { head = false, timeout = 5000 } = {}) {
  return new Promise((ok) => {
    const chunks = [];
    let done = false;
    const socket = connect(port, '127.0.0.1', () => socket.write(Buffer.from(raw, 'latin1')));
    /** The response so far, if it is complete: headers, then a whole body. */
    const parse = (final) => {
      const bytes = Buffer.concat(chunks);
      const end = bytes.indexOf('\r\n\r\n');
      const text = bytes.toString('latin1');
      const status = Number(text.match(/^HTTP\/1\.[01] (\d{3}) /)?.[1] ?? 0);
      if (end < 0 || status === 0) return final ? { status: 0, raw: text } : null;
      const headers = Object.fromEntries(text.slice(0, end).split('\r\n').slice(1).map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()];
      }));
      let body = bytes.subarray(end + 4);
      if (head) body = Buffer.alloc(0);
      else if (headers['transfer-encoding'] === 'chunked') body = unchunk(body);
      else if (headers['content-length'] !== undefined) {
        const length = Number(headers['content-length']);
        if (body.length < length) body = null;
        else body = body.subarray(0, length);
      } else if (!final) body = null; // Delimited by the connection's end.
      if (body === null) return final ? { status: 0, raw: text } : null;
      return { status, headers, body, raw: text };
    };
    const finish = (final) => {
      if (done) return;
      const response = parse(final);
      if (!response) return;
      done = true;
      socket.destroy();
      ok(response);
    };
    // A complete response ends the read even on a kept-alive connection.
    socket.on('data', (data) => {
      chunks.push(data);
      finish(false);
    });
    socket.on('error', () => finish(true));
    socket.on('close', () => finish(true));
    socket.setTimeout(timeout, () => finish(true));
  });
}

/** A request with `method` and `target`, closing the connection after it. */
const request = (method, target, extra = '') => `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}Connection: close\r\n\r\n`;

// What is allowed as an answer: `ok` a 200 with the file; `refused` a 4xx; `method` 501;
// `version` 505; `safe` a 4xx, or a 200 whose body is one of the served files (a climb
// above the root is clamped at the root, as URL resolution does).
const EXPECT = {
  ok: (s) => s === 200,
  refused: (s) => s >= 400 && s < 500,
  method: (s) => s === 501,
  version: (s) => s === 505,
  safe: (s) => s === 200 || (s >= 400 && s < 500),
};

/** Every malformed or hostile request, generated: `{ name, raw, expect, head? }`. */
function cases() {
  const all = [];
  const add = (name, raw, expect, extra = {}) => all.push({ name, raw, expect, ...extra });

  // Traversal, in every spelling of "..", of the separator, at several depths, towards
  // the secret next to the root, one in another directory, and /etc/passwd.
  const dots = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '%e0%80%ae%e0%80%ae', '..%00', '.%00.', '%u002e%u002e', '...', '..;'];
  const separators = ['/', '%2f', '%2F', '%5c', '%255c', '%252f', '%c0%af', '%e0%80%af', '//', '/./'];
  const targets = ['secret.txt', 'deep/secret.txt', 'etc/passwd'];
  for (const dot of dots) {
    for (const separator of separators) {
      for (const depth of [1, 4]) {
        const target = targets[(dots.indexOf(dot) + separators.indexOf(separator) + depth) % targets.length];
        add(`traversal ${dot} ${separator} ×${depth}`, request('GET', `/${`${dot}${separator}`.repeat(depth)}${target}`), 'safe');
      }
    }
  }
  // Raw backslashes, which Node's parser refuses before the server sees them.
  for (const target of ['/..\\secret.txt', '/..\\..\\etc\\passwd', '/first\\..\\..\\secret.txt']) add(`backslash ${target}`, request('GET', target), 'refused');
  // Through symbolic links inside the root that point out of it.
  for (const target of ['/escape.txt', '/escape-dir/secret.txt', '/escape-dir/site/index.html', '/first/deep/secret.txt', '/escape-dir/', '/first/deep/']) {
    add(`symbolic link ${target}`, request('GET', target), 'safe');
  }
  // Absolute paths of this machine, plain and encoded.
  for (const target of ['/etc/passwd', `/${work}/secret.txt`, `/${encodeURIComponent(`${work}/secret.txt`)}`, `/%2f${work.slice(1)}/secret.txt`]) {
    add(`absolute ${target}`, request('GET', target), 'safe');
  }

  // Bad percent-encodings, alone, before and after a real file, and in the query.
  const encodings = ['%', '%%', '%z', '%zz', '%2', '%G0', '%ff', '%c0%ae', '%ed%a0%80', '%f8%80%80%80%af', '%u002e', '%%32%65', '%00', '%0a', '%0d%0a'];
  for (const bad of encodings) {
    add(`bad encoding ${bad}`, request('GET', `/${bad}`), bad.startsWith('%0') && bad !== '%00' ? 'safe' : 'refused');
    add(`bad encoding ${bad} before a file`, request('GET', `/${bad}/index.html`), bad.startsWith('%0') && bad !== '%00' ? 'safe' : 'refused');
    add(`bad encoding index.html${bad}`, request('GET', `/index.html${bad}`), bad.startsWith('%0') && bad !== '%00' ? 'safe' : 'refused');
    // The query is not a path: a broken one does not make the page any less valid.
    add(`bad encoding in the query ${bad}`, request('GET', `/index.html?v=${bad}`), 'ok');
  }

  // Odd but valid spellings of real files: each is the file.
  for (const target of ['//', '///', '//index.html', '/./index.html', '/first/../index.html', '/%69ndex.html', '/index%2ehtml',
    '/first//en.html', '/first/./en.html', '/index.html?', '/index.html??', '/?&&=', '/embed.js?v=1&v=2', '/../index.html',
    '/%2e%2e/index.html', '/first/%2e%2e/demo.html', 'http://127.0.0.1/index.html', 'HTTP://example.com//demo.html', 'http://u:p@x/../index.html']) {
    add(`valid ${target}`, request('GET', target), 'ok');
    add(`valid HEAD ${target}`, request('HEAD', target), 'ok', { head: true });
  }
  // Names that are not files here.
  for (const target of ['/index.html/', '/first', '/nothing', '/%252e', '/index.html%20', '/index.html.', '/index.html;x', '/~root', '/.git/HEAD', '/first/deep']) {
    add(`missing ${target}`, request('GET', target), 'refused');
  }
  // Request-targets that are not paths.
  for (const target of ['*', 'index.html', 'file:///etc/passwd', 'ftp://x/', 'javascript:alert(1)', '/#fragment', '/index.html#x', 'http://', 'http://[::1', '?x']) {
    add(`not a path ${target}`, request('GET', target), 'refused');
  }

  // Methods: every one that is not GET or HEAD is 501, known to HTTP or not, on a file
  // that exists and on one that does not, and whatever the target.
  const methods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'CONNECT', 'PROPFIND', 'MKCOL', 'LOCK', 'COPY', 'MOVE',
    'SEARCH', 'PURGE', 'BREW', 'FOO', 'get', 'Get', 'GETS', 'X-GET', 'G3T'];
  for (const method of methods) {
    for (const target of method === 'CONNECT' ? ['127.0.0.1:22', 'example.com:443'] : ['/', '/index.html', '/nothing', '*']) {
      add(`method ${method} ${target}`, request(method, target, method === 'POST' || method === 'PUT' ? 'Content-Length: 3\r\n' : '') + (method === 'POST' || method === 'PUT' ? 'abc' : ''), 'method');
    }
  }
  add('a method of garbage bytes', request('\x01\x02\x03', '/'), 'refused');

  // Huge: targets near and past the limits, and headers past them.
  for (const length of [1000, 8000, 8193, 12000, 17000, 100_000]) {
    add(`target of ${length} bytes`, request('GET', `/${'a'.repeat(length)}`), 'refused');
    add(`query of ${length} bytes`, request('GET', `/index.html?${'q'.repeat(length)}`), length < 8180 ? 'ok' : 'refused');
  }
  for (const size of [20_000, 70_000, 1_000_000]) add(`a ${size}-byte header`, request('GET', '/', `X-Big: ${'b'.repeat(size)}\r\n`), 'refused');
  add('3000 headers', request('GET', '/', Array.from({ length: 3000 }, (_, i) => `X-H${i}: ${i}\r\n`).join('')), 'refused');
  add('500 small headers', request('GET', '/', Array.from({ length: 500 }, (_, i) => `X-H${i}: ${i}\r\n`).join('')), 'ok');

  // The protocol itself: versions, line endings, headers.
  add('HTTP/9.9', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 'version');
  add('HTTP/2.0 as text', 'GET / HTTP/2.0\r\nHost: x\r\n\r\n', 'version');
  add('HTTP/1.0 without Host', 'GET / HTTP/1.0\r\n\r\n', 'ok');
  add('HTTP/1.1 without Host', 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n', 'refused');
  add('two Host headers', 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n', 'refused');
  add('bare LF line endings', 'GET / HTTP/1.1\nHost: x\nConnection: close\n\n', 'refused');
  add('a version of garbage', 'GET / HTTZ/1.1\r\nHost: x\r\n\r\n', 'refused');
  add('spaces in the target', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n', 'refused');
  add('a tab in the target', 'GET /\t/ HTTP/1.1\r\nHost: x\r\n\r\n', 'refused');
  add('a raw NUL in the target', 'GET /index.html\x00.css HTTP/1.1\r\nHost: x\r\n\r\n', 'refused');
  add('a raw NUL in a header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n', 'refused');
  add('raw 8-bit bytes in the target', 'GET /\xe9\xff HTTP/1.1\r\nHost: x\r\n\r\n', 'refused');
  add('a header without a colon', 'GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n', 'refused');
  add('a header name with a space', 'GET / HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n', 'refused');
  // RFC 9112 §5.2 allows either refusing a folded header or unfolding it.
  add('an obsolete folded header', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n', 'safe');
  add('a negative Content-Length', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n', 'refused');
  add('two different Content-Lengths', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 'refused');
  add('Content-Length and chunked together', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n', 'refused');
  add('a broken chunk', 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n\r\n', 'refused');
  add('an unknown transfer coding', 'GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n', 'refused');
  add('garbage for a request line', 'GARBAGE\r\n\r\n', 'refused');
  add('a request line with no target', 'GET  HTTP/1.1\r\nHost: x\r\n\r\n', 'refused');
  add('a request line with extra words', 'GET / / HTTP/1.1\r\nHost: x\r\n\r\n', 'refused');
  add('an upgrade to WebSocket', request('GET', '/', 'Upgrade: websocket\r\n'), 'ok');
  add('an Expect it does not know', request('GET', '/', 'Expect: 200-ok\r\n'), 'refused');
  return all;
}

test('several hundred malformed and hostile requests are each answered as HTTP says, and no file from outside the root is ever sent', async (t) => {
  const all = cases();
  assert.ok(all.length >= 400, `only ${all.length} requests`);
  const wrong = [];
  const leaked = [];
  const foreign = [];
  const statuses = new Map();
  for (const { name, raw, expect, head } of all) {
    const response = await send(raw, { head });
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (!EXPECT[expect](response.status)) wrong.push(`${name}: ${response.status} (expected ${expect}) ${response.raw.split('\r\n')[0]}`);
    if (response.raw.includes(SECRET) || response.raw.includes(DEEP_SECRET) || /root:.*:0:0:/.test(response.raw)) leaked.push(name);
    // A body sent with a 200 is, byte for byte, one of the served directory's files.
    if (response.status === 200 && !head) {
      const hash = createHash('sha256').update(response.body).digest('hex');
      if (!servable.has(hash)) foreign.push(`${name}: ${response.body.length} bytes`);
    }
    assert.equal(server.exitCode, null, `the server stopped after "${name}": ${stderr}`);
  }
  t.diagnostic(`${all.length} requests; answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  assert.deepEqual(leaked, [], 'answers carried a file from outside the root');
  assert.deepEqual(foreign, [], 'a 200 carried something that is not a file of the root');
  assert.deepEqual(wrong, [], `statuses seen: ${JSON.stringify(Object.fromEntries(statuses))}`);
  assert.equal(stderr, '', 'the server reported no fault of its own (a 500)');
});

test('"GET //" serves the page and "GET /%" is a 400, and the server goes on serving', async () => {
  const slashes = await send(request('GET', '//'));
  assert.equal(slashes.status, 200);
  assert.deepEqual(slashes.body, await readFile(join(site, 'index.html')));
  assert.equal((await send(request('GET', '/%'))).status, 400);
  assert.equal((await send(request('GET', '/index.html'))).status, 200);
  assert.equal(server.exitCode, null);
});

test('on a kept-alive connection, requests before a malformed one are answered, then the 400, then the connection closes', async () => {
  const pipelined = `GET /icon.svg HTTP/1.1\r\nHost: x\r\n\r\nGET /% HTTP/1.1\r\nHost: x\r\n\r\nGET /index.html HTTP/1.1\r\nHost: x\r\n\r\n`;
  const text = await new Promise((ok) => {
    const chunks = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(pipelined));
    socket.on('data', (data) => chunks.push(data));
    socket.on('close', () => ok(Buffer.concat(chunks).toString('latin1')));
    socket.setTimeout(5000, () => socket.destroy());
  });
  const lines = [...text.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => Number(m[1]));
  assert.deepEqual(lines, [200, 400]);
});

test('after all of them the page still loads and the widget starts', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(url);
    await rendered(page);
    assert.equal(await stepId(page), 'bottleneck');
    assert.ok(await page.locator('input[name="bottleneck"][value="time-cost"]').isVisible());
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
  assert.equal(server.exitCode, null);
});
