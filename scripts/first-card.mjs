#!/usr/bin/env node
/**
 * How long a visitor waits for the first card, and how many bytes of script
 * come first: loads a plain page with `<careers-widget src="feed.json">` from
 * each build given (a folder holding `careers-widget.js` and `chunks/`;
 * default `dist`) in headless Chromium, over a throttled network, served
 * gzipped (level 9) by a local server. Prints, per build, the median of
 * `--runs` loads (default 7): time to the first card (from navigation
 * start), when the feed was requested (the end of the script chain: less
 * noisy than the first card, which also waits for the CPU), the script
 * files and their gzip bytes fetched by then, and how many were in a row
 * (each waiting for the one before).
 *
 *   node scripts/first-card.mjs [--runs N] [--latency ms] [--kbps N] dist other-build/dist
 *
 * Throttling default: 150 ms round trip, 1,600 kbit/s down (a slow 4G).
 * A development aid for the README's Performance figures, not a test: the
 * numbers vary from run to run and machine to machine.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const [, value] = args.splice(at, 2);
  return Number(value);
};
const runs = option('runs', 7);
const latency = option('latency', 150);
const kbps = option('kbps', 1600);
const builds = args.length > 0 ? args : ['dist'];
const FEED = readFileSync(new URL('../demo/feed.json', import.meta.url));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first card</title>
<script type="module" src="/careers-widget.js"></script></head>
<body><careers-widget src="/feed.json" locale="en"></careers-widget></body></html>`;

/** Serves `root` (the build) and the page and feed, gzipped, never cached. */
function serve(root) {
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let body;
    if (path === '/') body = Buffer.from(PAGE);
    else if (path === '/feed.json') body = FEED;
    else {
      const file = normalize(join(root, path));
      if (file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile()) body = readFileSync(file);
    }
    if (!body) return void res.writeHead(404).end();
    if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }));
    res.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? (path === '/' ? TYPES['.html'] : 'application/octet-stream'),
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(gzipped.get(path));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, server })));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
console.log(`first card: median of ${runs} loads, ${latency} ms round trip, ${kbps} kbit/s, gzip -9`);
try {
  for (const build of builds) {
    const root = resolve(build);
    const { url, server } = await serve(root);
    const times = [];
    const bytes = [];
    const files = [];
    const chains = [];
    const feedStarts = [];
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: (kbps * 1000) / 8, uploadThroughput: (kbps * 1000) / 8 });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const first = await page.waitForFunction(
        () => (document.querySelector('careers-widget')?.shadowRoot?.querySelector('.card') ? performance.now() : null),
        { polling: 'raf', timeout: 60_000 },
      );
      const at = await first.jsonValue();
      // Scripts that ended before the first card, with their gzip size on the wire and who started them.
      const scripts = await page.evaluate(
        (t) =>
          performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('.js') && e.responseEnd <= t)
            .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd, size: e.encodedBodySize })),
        at,
      );
      // Scripts in a row: each one that started after another ended.
      let chain = 0;
      let until = 0;
      for (const s of scripts.sort((a, b) => a.start - b.start)) {
        if (s.start >= until) chain += 1;
        until = Math.max(until, s.end);
      }
      const feedAt = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/feed.json'))?.startTime ?? NaN);
      feedStarts.push(feedAt);
      times.push(at);
      bytes.push(scripts.reduce((sum, s) => sum + s.size, 0));
      files.push(scripts.length);
      chains.push(chain);
      await page.close();
    }
    console.log(
      `  ${build}: first card ${Math.round(median(times))} ms (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}), ` +
        `feed requested at ${Math.round(median(feedStarts))} ms, ` +
        `${median(files)} script files, ${median(bytes)} B gzip, ${median(chains)} in a row`,
    );
    server.close();
    server.closeAllConnections();
  }
} finally {
  await browser.close();
}
