/**
 * The benchmark itself: real headless Chromium (puppeteer-core) over the
 * built `dist/`, generated feeds (`feeds.mjs`) served by `server.mjs`, the
 * probe (`probe.mjs`) in each page, a Chromium trace per run.
 *
 * One run opens one page in a fresh browser context (no cache, no compiled
 * code kept from a previous run) and records:
 *
 * - `jsBytes`: the gzip bytes of every JS file whose response ended before
 *   the first card (Resource Timing `encodedBodySize`; the server sends each
 *   chunk gzip -9 encoded, as `npm run size` counts it), and their names;
 * - `parse`: main-thread time from the feed's last byte to `careers-load`
 *   (decoding, JSON.parse, the adapter, validation, normalization): the sum
 *   of the main thread's tasks in that window, from the trace; `jsonParse`
 *   is the part spent in `JSON.parse`;
 * - `firstCard`: ms from navigation start until a card is in the shadow DOM;
 * - `filter`: the slower of "choose a country" and "back to all countries",
 *   from the change event until the update is in the DOM;
 * - `showMore`: "Show more" clicked until the next page is in the DOM;
 * - `keystroke`: the slowest of four keystrokes typed into the search field
 *   (real key events), from `keydown` until the update is in the DOM;
 * - `longestTask`: the longest main-thread task of the whole run (load and
 *   interactions), from the trace;
 * - `heap`: used JS heap after a forced garbage collection, once the feed
 *   is loaded and the interactions are done.
 *
 * The static floor's run records the same where it applies (first card,
 * longest task, heap; no script, so no bytes).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServer } from './server.mjs';

const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing'];
const QUERY = 'engi';

/** Median of numbers; undefined for none. */
export const median = (values) => {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (list.length === 0) return undefined;
  const mid = Math.floor(list.length / 2);
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
};

/**
 * The renderer main thread's tasks from a trace, and `toTrace(ms)` mapping a
 * page time (ms since navigation start) to trace time (µs): the thread and
 * the clock are found through the probe's `bench:anchor` mark.
 */
function readTrace(buffer, anchorMs) {
  const events = JSON.parse(new TextDecoder().decode(buffer)).traceEvents ?? [];
  const anchor = events.find((e) => e.name === 'bench:anchor');
  if (!anchor) throw new Error('the trace has no bench:anchor mark');
  const main = events.find(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === anchor.pid && e.args?.name === 'CrRendererMain',
  );
  const tid = main?.tid ?? anchor.tid;
  const tasks = events
    .filter((e) => e.pid === anchor.pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask' && e.dur > 0)
    .map((e) => ({ start: e.ts, end: e.ts + e.dur }));
  const offset = anchor.ts - anchorMs * 1000;
  return { tasks, toTrace: (ms) => ms * 1000 + offset };
}

/** Milliseconds of `tasks` inside [from, to] (trace µs). */
const busy = (tasks, from, to) =>
  tasks.reduce((sum, t) => sum + Math.max(0, Math.min(t.end, to) - Math.max(t.start, from)), 0) / 1000;

/** One page load (and, for the widget, its interactions) in a fresh context. */
async function runOnce(browser, server, kind, feed, { interact = true } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const client = await page.createCDPSession();
    await page.setViewport({ width: 1280, height: 900 });
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(`${server.url}/${kind}/${feed}.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(
      (widget) => window.__bench.errors.length > 0 || (window.__bench.firstCard > 0 && (!widget || window.__bench.loaded > 0)),
      { timeout: 120_000, polling: 'raf' },
      kind === 'widget',
    );
    const state = () => page.evaluate(() => ({ ...window.__bench }));
    let probe = await state();
    if (probe.errors.length > 0) throw new Error(`${kind} ${feed}: ${probe.errors.join('; ')}`);
    const result = { firstCard: probe.firstCard };
    if (kind === 'widget') {
      result.count = probe.count;
      result.cards = await page.evaluate(() => window.__bench.cards());
      result.snapshot = await page.evaluate(() => window.__bench.snapshot());
      if (interact) {
        const toCountry = await page.evaluate(() => window.__bench.filterToCountry());
        const toAll = await page.evaluate(() => window.__bench.filterToAll());
        result.filter = Math.max(toCountry, toAll);
        result.showMore = await page.evaluate(() => window.__bench.showMore());
        await page.evaluate(() => window.__bench.focusSearch());
        await page.keyboard.type(QUERY, { delay: 50 });
        await page.waitForFunction((n) => window.__bench.keys.length >= n, { timeout: 30_000 }, QUERY.length);
        probe = await state();
        result.keystroke = Math.max(...probe.keys);
        result.status = await page.evaluate(() => window.__bench.status());
      }
    }
    const anchorMs = await page.evaluate(() => window.__bench.anchor());
    const trace = readTrace(await page.tracing.stop(), anchorMs);
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: new URL(e.name).pathname,
        startTime: e.startTime,
        responseEnd: e.responseEnd,
        encoded: e.encodedBodySize,
      })),
    );
    const scripts = resources.filter((r) => r.name.endsWith('.js') && r.responseEnd <= probe.firstCard);
    result.jsBytes = scripts.reduce((sum, r) => sum + r.encoded, 0);
    result.jsFiles = scripts.map((r) => r.name);
    result.longestTask = Math.max(0, ...trace.tasks.map((t) => t.end - t.start)) / 1000;
    if (kind === 'widget') {
      const feedEntry = resources.find((r) => r.name.startsWith('/feeds/'));
      result.feedRequestStart = feedEntry?.startTime;
      result.parse = busy(trace.tasks, trace.toTrace(feedEntry.responseEnd), trace.toTrace(probe.loaded));
      result.jsonParse = probe.jsonParse;
    }
    await client.send('HeapProfiler.collectGarbage');
    result.heap = (await client.send('Runtime.getHeapUsage')).usedSize;
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Benchmarks each `format` × `size`: widget and static floor, `runs` times,
 * interleaved (run 1 of every case, then run 2 of every case, …) so a
 * slower moment of a busy machine does not land on one case. Resolves to
 * `{ cases: [{ format, size, widget: [runs], static: [runs] }], chromium }`.
 */
export async function bench({ dist = 'dist', formats = ['native', 'greenhouse'], sizes = [100, 1000, 10000], runs = 5, chromePath, log = () => {} } = {}) {
  const root = resolve(dist);
  if (!existsSync(join(root, 'careers-widget.js'))) throw new Error(`${dist}/careers-widget.js is missing; run "npm run build" first`);
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startServer(root);
  const browser = await puppeteer.launch({
    executablePath: chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });
  try {
    const cases = formats.flatMap((format) => sizes.map((size) => ({ format, size, feed: `${format}-${size}`, widget: [], static: [] })));
    // Warm-up: compress the feeds, and capture each case's first render for its static floor.
    for (const c of cases) {
      server.warm(c.feed);
      const first = await runOnce(browser, server, 'widget', c.feed, { interact: false });
      server.setStatic(c.feed, first.snapshot);
      log(`warm ${c.feed}: ${first.count} postings, ${first.cards} cards`);
    }
    for (let run = 1; run <= runs; run++) {
      for (const c of cases) {
        for (const kind of ['widget', 'static']) {
          const result = await runOnce(browser, server, kind, c.feed);
          delete result.snapshot;
          c[kind].push(result);
        }
        const w = c.widget.at(-1);
        log(`run ${run}/${runs} ${c.feed}: first card ${w.firstCard.toFixed(0)} ms (static ${c.static.at(-1).firstCard.toFixed(0)} ms), parse ${w.parse.toFixed(0)} ms, longest task ${w.longestTask.toFixed(0)} ms`);
      }
    }
    return { cases: cases.map(({ feed, ...c }) => c), chromium: await browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The medians of one case, as the table shows them. */
export function summarize(c) {
  const m = (kind, key) => median(c[kind].map((r) => r[key]));
  const firstCard = m('widget', 'firstCard');
  const staticCard = m('static', 'firstCard');
  return {
    format: c.format,
    size: c.size,
    count: c.widget[0]?.count,
    jsBytes: m('widget', 'jsBytes'),
    jsFiles: c.widget[0]?.jsFiles ?? [],
    parse: m('widget', 'parse'),
    jsonParse: m('widget', 'jsonParse'),
    feedRequestStart: m('widget', 'feedRequestStart'),
    firstCard,
    staticCard,
    ratio: firstCard / staticCard,
    filter: m('widget', 'filter'),
    showMore: m('widget', 'showMore'),
    keystroke: m('widget', 'keystroke'),
    longestTask: m('widget', 'longestTask'),
    staticLongestTask: m('static', 'longestTask'),
    heap: m('widget', 'heap'),
    staticHeap: m('static', 'heap'),
    runs: c.widget.length,
  };
}

const ms = (v) => (v === undefined ? '–' : `${v.toFixed(v < 10 ? 1 : 0)}`);
const mb = (v) => (v === undefined ? '–' : `${(v / 1048576).toFixed(1)}`);
const int = (v) => (v === undefined ? '–' : Math.round(v).toLocaleString('en-US'));

/** A Markdown table of the summaries (what `npm run bench` prints and the README shows). */
export function table(summaries) {
  const head = [
    'feed',
    'postings',
    'JS before 1st card (B gzip)',
    'parse + validation (ms main thread; JSON.parse)',
    'first card (ms)',
    'static floor (ms)',
    'ratio',
    'filter → DOM (ms)',
    'Show more → DOM (ms)',
    'keystroke → DOM (ms)',
    'longest task (ms)',
    'JS heap (MB; static)',
  ];
  const rows = summaries.map((s) => [
    s.format,
    int(s.size),
    int(s.jsBytes),
    `${ms(s.parse)} (${ms(s.jsonParse)})`,
    ms(s.firstCard),
    ms(s.staticCard),
    `${s.ratio.toFixed(2)}×`,
    ms(s.filter),
    ms(s.showMore),
    ms(s.keystroke),
    ms(s.longestTask),
    `${mb(s.heap)} (${mb(s.staticHeap)})`,
  ]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const align = head.map((_, i) => (i === 0 ? '---' : '---:'));
  return [line(head), line(align), ...rows.map(line)].join('\n');
}
