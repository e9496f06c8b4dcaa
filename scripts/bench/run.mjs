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
 *   chunk gzip -9 encoded, as `npm run size` counts it), and their names,
 *   but for the saved-copies chunk (`src/feed/cache.ts`): a first visit
 *   loads it once the feed has arrived, to save it, beside the parsing
 *   rather than before it, and `npm run size` leaves it off the paths too;
 *   it is `laterFiles` when it came before the first card;
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
    .map((e) => ({ start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur }));
  const offset = anchor.ts - anchorMs * 1000;
  return { tasks, toTrace: (ms) => ms * 1000 + offset, toPage: (us) => (us - offset) / 1000 };
}

/**
 * Milliseconds of `tasks` inside [from, to] (trace µs): wall time, or with
 * `cpu` the thread time, counted in proportion to the part of each task in
 * the window.
 */
const busy = (tasks, from, to, cpu = false) =>
  tasks.reduce((sum, t) => {
    const inside = Math.max(0, Math.min(t.end, to) - Math.max(t.start, from));
    return sum + (cpu ? (t.cpu * inside) / (t.end - t.start) : inside);
  }, 0) / 1000;

/**
 * One page load (and, for the widget, its interactions) in a fresh context.
 * Without `trace` (the quick mode of the CI guard) the longest task comes
 * from the Long Tasks API (0 when none reached 50 ms) and parse + validation
 * is the wall time from the feed's last byte to `careers-load`.
 */
async function runOnce(browser, server, kind, feed, { trace: tracing = true, latency = 0 } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const client = await page.createCDPSession();
    await page.setViewport({ width: 1280, height: 900 });
    if (latency > 0) {
      // Every request waits `latency` ms, as over a real network (localhost answers at once).
      await client.send('Network.enable');
      await client.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
    }
    if (tracing) await page.tracing.start({ categories: TRACE_CATEGORIES });
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
      const toCountry = await page.evaluate(() => window.__bench.filterToCountry());
      const toAll = await page.evaluate(() => window.__bench.filterToAll());
      result.filter = Math.max(toCountry, toAll);
      result.showMore = await page.evaluate(() => window.__bench.showMore());
      await page.evaluate(() => window.__bench.focusSearch());
      await page.keyboard.type(QUERY, { delay: 30 });
      await page.waitForFunction((n) => window.__bench.keys.length >= n, { timeout: 30_000 }, QUERY.length);
      probe = await state();
      result.keystroke = Math.max(...probe.keys);
      result.status = await page.evaluate(() => window.__bench.status());
    }
    const anchorMs = await page.evaluate(() => window.__bench.anchor());
    const trace = tracing ? readTrace(await page.tracing.stop(), anchorMs) : undefined;
    probe = await state();
    const resources = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({
        name: new URL(e.name).pathname,
        startTime: e.startTime,
        responseEnd: e.responseEnd,
        encoded: e.encodedBodySize,
      })),
    );
    const before = resources.filter((r) => r.name.endsWith('.js') && r.responseEnd <= probe.firstCard);
    const scripts = before.filter((r) => !server.offPath.has(r.name));
    result.laterFiles = before.filter((r) => server.offPath.has(r.name)).map((r) => r.name);
    // When each script had arrived (ms since navigation start): what the feed request waited for.
    result.scriptEnds = Object.fromEntries(scripts.map((r) => [r.name, Math.round(r.responseEnd)]));
    result.jsBytes = scripts.reduce((sum, r) => sum + r.encoded, 0);
    result.jsFiles = scripts.map((r) => r.name);
    if (trace) {
      result.longestTask = Math.max(0, ...trace.tasks.map((t) => t.end - t.start)) / 1000;
      // The three longest tasks, as [start, wall ms, thread ms], start in ms since navigation start: where to look next.
      result.longTasks = [...trace.tasks]
        .sort((a, b) => b.end - b.start - (a.end - a.start))
        .slice(0, 3)
        .map((t) => [Math.round(trace.toPage(t.start)), Math.round((t.end - t.start) / 1000), Math.round(t.cpu / 1000)]);
      // The same by thread time: on a busy machine a task's wall time includes the moments the OS ran something else.
      result.longestTaskCpu = Math.max(0, ...trace.tasks.map((t) => t.cpu)) / 1000;
    } else {
      result.longestTask = probe.longTask;
    }
    result.marks = { feedEnd: undefined, loaded: probe.loaded, firstCard: probe.firstCard };
    if (kind === 'widget') {
      const feedEntry = resources.find((r) => r.name.startsWith('/feeds/'));
      result.feedRequestStart = feedEntry?.startTime;
      result.attached = probe.attached;
      result.marks.feedEnd = feedEntry?.responseEnd;
      result.parse = trace
        ? busy(trace.tasks, trace.toTrace(feedEntry.responseEnd), trace.toTrace(probe.loaded))
        : probe.loaded - feedEntry.responseEnd;
      if (trace) result.parseCpu = busy(trace.tasks, trace.toTrace(feedEntry.responseEnd), trace.toTrace(probe.loaded), true);
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
 * Benchmarks each `format` × `size` (or the `[format, size]` pairs of
 * `cases`): widget and static floor, `runs` times, interleaved (run 1 of
 * every case, then run 2 of every case, …) so a slower moment of a busy
 * machine does not land on one case. The static floor's page is the
 * widget's first render of run 1. With several `dists` (builds to compare,
 * e.g. before and after a change), each run loads every build's widget in
 * turn, beside one static floor. `trace: false` is the quick mode (see
 * `runOnce`); `latency` (ms) delays every request, as a real network does. Resolves to
 * `{ cases: [{ dist, format, size, widget: [runs], static: [runs] }], chromium }`.
 */
export async function bench({
  dists = ['dist'],
  formats = ['native', 'greenhouse'],
  sizes = [100, 1000, 10000],
  cases: only,
  runs = 5,
  trace = true,
  latency = 0,
  chromePath,
  log = () => {},
} = {}) {
  for (const dist of dists) {
    if (!existsSync(join(resolve(dist), 'careers-widget.js'))) throw new Error(`${dist}/careers-widget.js is missing; run "npm run build" first`);
  }
  const { default: puppeteer } = await import('puppeteer-core');
  const servers = await Promise.all(dists.map((dist) => startServer(resolve(dist))));
  const browser = await puppeteer.launch({
    executablePath: chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });
  try {
    const pairs = only ?? formats.flatMap((format) => sizes.map((size) => [format, size]));
    const cases = pairs.map(([format, size]) => ({ format, size, feed: `${format}-${size}`, static: [], widgets: dists.map(() => []) }));
    for (const c of cases) for (const server of servers) server.warm(c.feed);
    for (let run = 1; run <= runs; run++) {
      for (const c of cases) {
        for (const [i, server] of servers.entries()) {
          const result = await runOnce(browser, server, 'widget', c.feed, { trace, latency });
          // The first build's first render is the static floor's page.
          if (run === 1 && i === 0) servers[0].setStatic(c.feed, result.snapshot);
          delete result.snapshot;
          c.widgets[i].push(result);
          const label = dists.length > 1 ? ` [${dists[i]}]` : '';
          log(`run ${run}/${runs} ${c.feed}${label}: ${result.count} postings, first card ${result.firstCard.toFixed(0)} ms, parse ${result.parse.toFixed(0)} ms, longest task ${result.longestTask.toFixed(0)} ms`);
        }
        c.static.push(await runOnce(browser, servers[0], 'static', c.feed, { trace, latency }));
      }
    }
    return {
      cases: cases.flatMap((c) => dists.map((dist, i) => ({ dist, format: c.format, size: c.size, widget: c.widgets[i], static: c.static }))),
      chromium: await browser.version(),
    };
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

/** The medians of one case, as the table shows them. */
export function summarize(c) {
  const m = (kind, key) => median(c[kind].map((r) => r[key]));
  const firstCard = m('widget', 'firstCard');
  const staticCard = m('static', 'firstCard');
  return {
    dist: c.dist,
    format: c.format,
    size: c.size,
    count: c.widget[0]?.count,
    jsBytes: m('widget', 'jsBytes'),
    jsFiles: c.widget[0]?.jsFiles ?? [],
    laterFiles: c.widget[0]?.laterFiles ?? [],
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
    longestTaskCpu: m('widget', 'longestTaskCpu'),
    parseCpu: m('widget', 'parseCpu'),
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
  const several = new Set(summaries.map((s) => s.dist)).size > 1;
  const head = [
    ...(several ? ['build'] : []),
    'feed',
    'postings',
    'JS before 1st card (B gzip)',
    'parse + validation (ms main thread; thread time)',
    'of which JSON.parse (ms)',
    'first card (ms)',
    'static floor (ms)',
    'ratio',
    'filter → DOM (ms)',
    'Show more → DOM (ms)',
    'keystroke → DOM (ms)',
    'longest task (ms; thread time)',
    'JS heap (MB; static)',
  ];
  const withThread = (wall, thread) => (thread === undefined ? ms(wall) : `${ms(wall)} (${ms(thread)})`);
  const rows = summaries.map((s) => [
    ...(several ? [s.dist] : []),
    s.format,
    int(s.size),
    int(s.jsBytes),
    withThread(s.parse, s.parseCpu),
    ms(s.jsonParse),
    ms(s.firstCard),
    ms(s.staticCard),
    `${s.ratio.toFixed(2)}×`,
    ms(s.filter),
    ms(s.showMore),
    ms(s.keystroke),
    withThread(s.longestTask, s.longestTaskCpu),
    `${mb(s.heap)} (${mb(s.staticHeap)})`,
  ]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const align = head.map((_, i) => (i < (several ? 2 : 1) ? '---' : '---:'));
  return [line(head), line(align), ...rows.map(line)].join('\n');
}
