/**
 * Helpers of the Node tests that load the BUILT CDN file in headless
 * Chromium (puppeteer-core): a small server for `dist/`, the demo feed and
 * pages written by the test, each with the response headers it asks for (a
 * Content-Security-Policy); a recorder installed before any script of the
 * page (CSP violations, `careers-error` events, the window's keys); request
 * blocking, to take a chunk away as a network failure would. Needs `npm run
 * build` first (`npm test` runs it). Chromium: CHROME_PATH, else
 * /usr/bin/chromium.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

if (!existsSync(join(ROOT, 'dist/careers-widget.js'))) {
  throw new Error('dist/careers-widget.js is missing: run "npm run build" before the dist tests');
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/** The strict policy of issue #10, with the Trusted Types policy names `names` allowed. */
export const strictCsp = (names) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types ${names}`;

/** A page that loads the CDN file and holds `body`. */
export const page = (body, { lang = 'en' } = {}) => `<!doctype html>
<html lang="${lang}">
  <head><meta charset="utf-8"><title>careers-widget</title>
    <script type="module" src="/dist/careers-widget.js"></script>
  </head>
  <body>${body}</body>
</html>
`;

/**
 * Serves the repository's `dist/`, `demo/` and `test/fixtures/` on 127.0.0.1,
 * plus `routes` (path → `{ body, type?, headers?, status? }`), which win.
 */
export async function serve(routes = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    // No favicon: a data: icon would be a CSP violation of the test page's own.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const route = routes[path];
    if (route) {
      res.writeHead(route.status ?? 200, { 'content-type': route.type ?? TYPES[extname(path)] ?? 'text/html; charset=utf-8', 'cache-control': 'no-store', ...route.headers });
      res.end(route.body);
      return;
    }
    const file = normalize(join(ROOT, path));
    const allowed = ['dist', 'demo', join('test', 'fixtures')].some((dir) => file.startsWith(join(ROOT, dir) + sep));
    if (allowed && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

export const launch = () =>
  puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });

/**
 * Runs in the page before any of its scripts: remembers the window's keys,
 * every CSP violation and every `careers-error`, on a property that
 * `Object.keys` does not list.
 */
function recorder() {
  const record = { keysBefore: Object.keys(window), violations: [], errors: [] };
  Object.defineProperty(window, '__careersRecord', { value: record, enumerable: false });
  document.addEventListener('securitypolicyviolation', (e) =>
    record.violations.push({ directive: e.effectiveDirective, sample: e.sample, blocked: e.blockedURI }),
  );
  document.addEventListener('careers-error', (e) =>
    record.errors.push({ kind: e.detail.kind, message: e.detail.message, target: e.composedPath()[0]?.id ?? '' }),
  );
}

/**
 * A new tab that records what happens (see `recorder`), the console and page
 * errors, and aborts every request whose path `block` matches (as a failed
 * network would: `net::ERR_FAILED`).
 */
export async function openPage(browser, { block } = {}) {
  const tab = await browser.newPage();
  const consoleMessages = [];
  const pageErrors = [];
  tab.on('console', (m) => consoleMessages.push({ type: m.type(), text: m.text() }));
  tab.on('pageerror', (e) => pageErrors.push(e.message));
  await tab.evaluateOnNewDocument(recorder);
  if (block) {
    await tab.setRequestInterception(true);
    tab.on('request', (request) => {
      if (block.test(new URL(request.url()).pathname)) void request.abort('failed');
      else void request.continue();
    });
  }
  return {
    tab,
    consoleMessages,
    pageErrors,
    record: () => tab.evaluate(() => window.__careersRecord),
  };
}

/** The text of the first `selector` inside the shadow root of `<careers-widget id>`, whitespace collapsed, once there is one. */
export async function shadowText(tab, id, selector, timeout = 10_000) {
  const handle = await tab.waitForFunction(
    (host, sel) => {
      const found = document.getElementById(host)?.shadowRoot?.querySelector(sel);
      return found ? found.textContent.replace(/\s+/g, ' ').trim() : null;
    },
    { timeout, polling: 50 },
    id,
    selector,
  );
  return handle.jsonValue();
}

/** Resolves once `<careers-widget id>` shows at least `n` cards; their count. */
export async function cards(tab, id, n = 1, timeout = 10_000) {
  const handle = await tab.waitForFunction(
    (host, min) => {
      const count = document.getElementById(host)?.shadowRoot?.querySelectorAll('.card').length ?? 0;
      return count >= min ? count : null;
    },
    { timeout, polling: 50 },
    id,
    n,
  );
  return handle.jsonValue();
}

/** The demo feed, with its organization's logo at `origin` (the test server: no other origin). */
export function demoFeed(origin) {
  const feed = JSON.parse(readFileSync(join(ROOT, 'demo/feed.json'), 'utf8'));
  feed.organization.logo = `${origin}/logo.svg`;
  return feed;
}

export const LOGO = { body: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/></svg>', type: 'image/svg+xml' };
