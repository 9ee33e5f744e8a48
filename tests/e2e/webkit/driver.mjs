// WebKit (Safari's engine) for the end-to-end tests: Debian's WebKitGTK MiniBrowser driven
// by WebKitWebDriver over W3C WebDriver, on a private Xvfb display. Never downloads a
// browser: both come from Debian's webkit2gtk-driver and xvfb packages (.ci/setup.sh).
//
// The client is a few dozen lines over `fetch` rather than an npm package: WebDriver's
// classic protocol is plain JSON over HTTP, the handful of commands the tests need
// (session, navigate, execute script, find elements, also in a shadow root, click, type,
// key actions, window size) map one to one onto endpoints, and a dependency such as webdriverio would bring a hundred-odd
// packages into the lock file for what these few lines do. It also keeps WebKit's own
// answers visible: an error is thrown with the driver's error code and message as sent.
import { spawn } from 'node:child_process';
import { access, readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export const WEBDRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.WEBKIT_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = process.env.XVFB ?? '/usr/bin/Xvfb';

/** W3C WebDriver's code points for the keys the tests press. */
export const KEYS = {
  Tab: '\uE004', Enter: '\uE007', Space: '\uE00D', Shift: '\uE008',
  ArrowUp: '\uE013', ArrowDown: '\uE015', ArrowLeft: '\uE012', ArrowRight: '\uE014',
};

/** How long one WebDriver command may take (a page load included). */
const COMMAND_TIMEOUT = Number(process.env.WEBKIT_COMMAND_TIMEOUT ?? 60_000);
/** How long starting a browser may take (usually about a second). */
const SESSION_TIMEOUT = 30_000;

/** The key W3C WebDriver uses for an element reference in JSON. */
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const exists = (path) => access(path).then(() => true, () => false);

/** A display number with neither a socket nor a lock file: no X server uses it. */
async function freeDisplay() {
  for (let n = 90; n < 190; n += 1) {
    if (!(await exists(`/tmp/.X11-unix/X${n}`)) && !(await exists(`/tmp/.X${n}-lock`))) return n;
  }
  throw new Error('no free X display between :90 and :189');
}

/** A TCP port of 127.0.0.1 that nothing listens on now. */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** The PIDs of the running processes whose parent is `pid` (read from /proc). */
async function childrenOf(pid) {
  const found = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // "pid (comm) state ppid …": the command name may hold spaces, so read after its ")".
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[1]) === pid && fields[0] !== 'Z') found.push(Number(entry));
  }
  return found;
}

/** Kills every process below `pid` (not `pid` itself), deepest first. */
async function killTree(pid) {
  for (const child of await childrenOf(pid)) {
    await killTree(child);
    try {
      process.kill(child, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
  await until(async () => (await childrenOf(pid)).length === 0, `the processes below ${pid} did not end`, 5_000);
}

/** Waits until `check()` is truthy, polling; throws `message` after `timeout` ms. */
async function until(check, message, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(message);
    await sleep(50);
  }
}

/** Stops a child process we started (by its PID) and waits for it to exit. */
async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  process.kill(child.pid, 'SIGTERM');
  const killed = await Promise.race([exited.then(() => true), sleep(3000).then(() => false)]);
  if (!killed) {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

/**
 * Starts Xvfb on a free display and WebKitWebDriver on a free port. Resolves to
 * `{ url, display, newSession(), stop() }`; `stop()` ends both by PID (and is safe to call
 * twice or after a failed start).
 */
export async function startWebKit() {
  const children = [];
  const output = [];
  const keep = (child, name) => {
    children.push(child);
    child.stdout?.on('data', (d) => output.push(`${name}: ${d}`));
    child.stderr?.on('data', (d) => output.push(`${name}: ${d}`));
    return child;
  };
  const stopAll = async () => {
    for (const child of children.reverse()) await stop(child);
    children.length = 0;
  };
  try {
    const display = await freeDisplay();
    const xvfb = keep(spawn(XVFB, [`:${display}`, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] }), 'Xvfb');
    await until(() => exists(`/tmp/.X11-unix/X${display}`), `Xvfb did not start on :${display}\n${output.join('')}`);
    if (xvfb.exitCode !== null) throw new Error(`Xvfb exited\n${output.join('')}`);

    const port = await freePort();
    const driver = keep(spawn(WEBDRIVER, [`--port=${port}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DISPLAY: `:${display}` },
    }), 'WebKitWebDriver');
    const url = `http://127.0.0.1:${port}`;
    await until(async () => (await (await fetch(`${url}/status`)).json()).value?.ready, `WebKitWebDriver did not start on port ${port}\n${output.join('')}`);
    return {
      url,
      display,
      output,
      /**
       * A new browser session: a fresh MiniBrowser with its own storage. It starts once the
       * previous session's browser has quit, and a start that hangs (seen now and then
       * while the machine is busy) is abandoned after a while and tried once more.
       */
      async newSession() {
        for (let attempt = 1; ; attempt += 1) {
          // A browser that lost its session (seen now and then on a loaded machine) may
          // never quit: after 10 s it and its processes are killed, by PID, so one lost
          // session does not take every later test with it.
          const leftover = await until(async () => (await childrenOf(driver.pid)).length === 0, 'the previous MiniBrowser did not quit', 10_000)
            .then(() => false, () => true);
          if (leftover) {
            console.error('# WebKit: the previous MiniBrowser did not quit; killing it');
            await killTree(driver.pid);
          }
          try {
            return await Session.start(url);
          } catch (error) {
            if (attempt === 2 || error.code !== 'no answer') {
              error.message += `\n${output.join('').slice(-2000)}`;
              throw error;
            }
            console.error(`# WebKit: ${error.message}; trying once more`);
          }
        }
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** Thrown for a WebDriver error answer: `.code` is the W3C error code ("no such element"…). */
export class WebDriverError extends Error {
  constructor(code, message, command) {
    super(`${command}: ${code}: ${message}`);
    this.code = code;
  }
}

/** One WebDriver session: one MiniBrowser window. */
export class Session {
  static async start(url) {
    const started = Date.now();
    const response = await fetch(`${url}/session`, {
      method: 'POST',
      signal: AbortSignal.timeout(SESSION_TIMEOUT),
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            // Full screen: no tool bar, so the window's size is the page's viewport and a
            // window narrower than MiniBrowser's tool bar allows (a 390 px phone) is possible.
            'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
            pageLoadStrategy: 'normal',
          },
        },
      }),
    }).catch((error) => {
      throw new WebDriverError('no answer', `${error.name} after ${Date.now() - started} ms`, 'new session');
    });
    const { value } = await response.json();
    if (!value?.sessionId) throw new WebDriverError(value?.error, value?.message, 'new session');
    return new Session(`${url}/session/${value.sessionId}`, value.capabilities);
  }

  constructor(base, capabilities) {
    this.base = base;
    this.capabilities = capabilities;
  }

  /**
   * Sends one WebDriver command. A command that gets no answer within `COMMAND_TIMEOUT`
   * fails with its name, instead of waiting for fetch's own five-minute limit.
   */
  async command(method, path, body) {
    const started = Date.now();
    let response;
    try {
      response = await fetch(`${this.base}${path}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(COMMAND_TIMEOUT),
      });
    } catch (error) {
      throw new WebDriverError('no answer', `${error.name} after ${Date.now() - started} ms (${JSON.stringify(body)?.slice(0, 300)})`, `${method} ${path}`);
    }
    const { value } = await response.json();
    if (process.env.WEBKIT_DEBUG) console.error(`${method} ${path} ${Date.now() - started} ms`);
    if (!response.ok) throw new WebDriverError(value?.error, value?.message, `${method} ${path}`);
    return value;
  }

  /** Ends the session: MiniBrowser quits. */
  async close() {
    await fetch(this.base, { method: 'DELETE' }).catch(() => {});
  }

  /** Opens `url` and waits for its load event. */
  goto(url) { return this.command('POST', '/url', { url }); }

  /** Reloads the page and waits for its load event. */
  refresh() { return this.command('POST', '/refresh', {}); }

  currentUrl() { return this.command('GET', '/url'); }

  /**
   * Runs `fn` (a function, or the text of a function body) in the page with `args`; its
   * return value (a promise is awaited) comes back as JSON, elements as `Element`s.
   */
  async evaluate(fn, ...args) {
    const script = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.#revive(await this.command('POST', '/execute/sync', { script, args: args.map((a) => this.#serialise(a)) }));
  }

  /** Polls `fn(...args)` in the page until it returns a truthy value, which it resolves to. */
  async waitFor(fn, { timeout = 15_000, message, args = [] } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        const value = await this.evaluate(fn, ...args);
        if (value) return value;
      } catch (error) {
        // A navigation in progress discards the script's context; try again.
        last = error;
      }
      if (Date.now() > end) {
        throw new Error(`timed out after ${timeout} ms waiting for ${message ?? fn.toString().slice(0, 200)}${last ? ` (last error: ${last.message})` : ''}`);
      }
      await sleep(50);
    }
  }

  /** W3C actions: presses each key of `keys` (names of KEYS or single characters) in turn. */
  async press(...keys) {
    const actions = [];
    for (const key of keys) {
      const value = KEYS[key] ?? key;
      actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
    }
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  /** The first element matching the CSS selector `css`, or null. */
  async findElement(css) {
    return findIn(this, '', css);
  }

  /** Types `text` as key presses into whatever has focus. */
  type(text) { return this.press(...text); }

  /** Sets the outer window size; resolves to the page's resulting innerWidth. */
  async setWindowSize(width, height) {
    await this.command('POST', '/window/rect', { width, height });
    return this.evaluate(() => window.innerWidth);
  }

  #serialise(value) {
    return value instanceof Element ? { [ELEMENT]: value.id } : value;
  }

  #revive(value) {
    if (Array.isArray(value)) return value.map((v) => this.#revive(v));
    if (value && typeof value === 'object') {
      if (typeof value[ELEMENT] === 'string') return new Element(this, value[ELEMENT]);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.#revive(v)]));
    }
    return value;
  }
}

/** The W3C key for a shadow root reference in JSON. */
const SHADOW = 'shadow-6066-11e4-a52e-4f735466cecf';

/** Find Element under `scope` (the page, or "/shadow/<id>"): an `Element`, or null if none matches. */
async function findIn(session, scope, css) {
  try {
    const found = await session.command('POST', `${scope}/element`, { using: 'css selector', value: css });
    return new Element(session, found[ELEMENT]);
  } catch (error) {
    if (error.code === 'no such element') return null;
    throw error;
  }
}

/** An open shadow root, searched with WebDriver's own shadow-root commands. */
export class ShadowRoot {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  /** The first element of this root matching `css`, or null. */
  find(css) { return findIn(this.session, `/shadow/${this.id}`, css); }
}

/** A reference to an element of the page (also one inside a shadow root). */
export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  /** The element's open shadow root (Get Element Shadow Root), or null if it has none. */
  async shadowRoot() {
    try {
      return new ShadowRoot(this.session, (await this.session.command('GET', `/element/${this.id}/shadow`))[SHADOW]);
    } catch (error) {
      if (error.code === 'no such shadow root') return null;
      throw error;
    }
  }

  /** WebDriver's element click: scrolled into view, then a real pointer click at its centre. */
  click() { return this.session.command('POST', `/element/${this.id}/click`, {}); }

  /** Focuses the element and types `text` into it, as key presses. */
  type(text) { return this.session.command('POST', `/element/${this.id}/value`, { text }); }

  clear() { return this.session.command('POST', `/element/${this.id}/clear`, {}); }
}
