#!/usr/bin/env node
/**
 * Size budgets for the CDN build, in bytes a page downloads before its first
 * card (gzip level 9), read from Vite's build manifest so every chunk on the
 * way counts, shared chunks included:
 *
 * - native path: `dist/careers-widget.js` and every chunk it imports at
 *   once (the bootstrap's `import()`s, read from the file itself too: the
 *   build points its import of the widget at the core chunk after writing
 *   the manifest), plus the pipeline chunk (`src/feed/pipeline.ts`, which
 *   the bootstrap starts and the element imports when it connects), each
 *   with its static imports. English is the source locale: no locale chunk.
 * - one ATS path per adapter format: the native path plus the adapter's
 *   chunk (`src/feed/adapters/<format>.ts`) and its static imports.
 *
 * Every chunk counts once per path. Chunks that join a path only in some
 * cases (a returning visitor's saved copies; JSON-LD's HTML decoder, for
 * entity-escaped descriptions) are shown with what they add, for
 * information; so are lazy chunks on no path (translations). Exits 1 when a path is over its budget, or
 * when the manifest does not hold the chunks the paths need.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { atsSharedKey, downloadPaths, entryStarts, findEntry, offPath, totalOf } from './size-graph.mjs';

const BUDGETS = { native: 32 * 1024, ats: 40 * 1024 };
const DIST = 'dist';
const MANIFEST = join(DIST, '.vite/manifest.json');
const FORMATS_MODULE = join(DIST, 'lib/feed/formats.js');
const PIPELINE = 'src/feed/pipeline.ts';
const adapter = (format) => `src/feed/adapters/${format}.ts`;

function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}

for (const file of [MANIFEST, FORMATS_MODULE]) {
  if (!existsSync(file)) fail(`${file} is missing; run "npm run build" first.`);
}
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
// The formats the widget reads; `auto` detects, `careers` is native (no adapter).
const { FEED_FORMATS } = await import(new URL(`../${FORMATS_MODULE}`, import.meta.url).href);
const formats = FEED_FORMATS.filter((f) => f !== 'auto' && f !== 'careers');

let graph;
let starts;
try {
  starts = entryStarts(manifest, readFileSync(join(DIST, manifest[findEntry(manifest)].file), 'utf8'));
  // Every ATS path also detects (or checks) the format and loads its adapter first: a lazy chunk the native path skips.
  graph = downloadPaths(manifest, { pipeline: PIPELINE, formats, adapter, ats: [atsSharedKey(manifest)], starts });
} catch (error) {
  fail(error.message);
}
const { entry, firstRender, paths } = graph;

const sizes = new Map();
const size = (key) => {
  if (!sizes.has(key)) {
    const file = join(DIST, manifest[key].file);
    if (!existsSync(file)) fail(`${file} (chunk "${key}") is in the manifest but not on disk`);
    sizes.set(key, gzipSync(readFileSync(file), { level: 9 }).length);
  }
  return sizes.get(key);
};

const bytes = (n) => `${String(n).padStart(7)} B`;
const line = (label, n, note = '') => console.log(`  ${label.padEnd(46)}${bytes(n)}${note ? `   ${note}` : ''}`);
const budgetOf = (path) => (path.base ? BUDGETS.ats : BUDGETS.native);

console.log('size: bytes before the first card (gzip -9, each chunk once per path), from dist/.vite/manifest.json');
console.log(`the entry starts at once: ${starts.map((key) => manifest[key].file).join(', ') || '(nothing)'}`);
const results = [];
for (const path of paths) {
  const total = totalOf(path.keys, size);
  const budget = budgetOf(path);
  results.push({ name: path.name, total, budget });
  console.log('');
  if (path.base) {
    const base = results.find((r) => r.name === path.base);
    console.log(`${path.name} path: the ${path.base} path plus the adapter`);
    line(`(${path.base} path, ${paths.find((p) => p.name === path.base).keys.length} chunks)`, base.total);
    for (const key of path.extra) line(manifest[key].file, size(key));
  } else {
    console.log(`${path.name} path`);
    for (const key of path.keys) line(manifest[key].file, size(key));
  }
  const verdict = total <= budget ? `within ${budget} B` : `OVER ${budget} B by ${total - budget} B`;
  line('total', total, verdict);
  if (!path.base) line('(first render alone: entry + what it starts, but the pipeline)', totalOf(firstRender, size));
}

// Chunks some visits add before the first card: shown, not budgeted (the places dataset is large by
// nature, and loads only for the feeds that need it).
const SOMETIMES = [
  ['src/feed/cache.ts', 'a returning visitor with a saved copy (src feeds; usually from the HTTP cache by then)'],
  ['src/feed/adapters/html.ts', 'jsonld, when a description is entity-escaped (&lt;p&gt;) instead of HTML'],
  ['src/feed/adapters/geo.ts', 'an ATS feed with a place that codes and country names left without a country'],
  ['src/model/campaign.ts', 'a page with a campaign to pass on to Apply links (source, utm_* in its URL)'],
];
const sometimes = SOMETIMES.filter(([key]) => manifest[key]);
if (sometimes.length > 0) {
  console.log('\nsometimes before the first card, on top of the path:');
  for (const [key, when] of sometimes) line(manifest[key].file, size(key), when);
}

const lazy = offPath(manifest, [entry, ...starts], paths);
if (lazy.length > 0) {
  console.log('\nlazy chunks on no path (translations, loaded on demand):');
  for (const key of lazy) line(manifest[key].file, size(key));
}

console.log(`\n  ${'path'.padEnd(16)}${'total'.padStart(9)}${'budget'.padStart(9)}`);
for (const r of results) {
  console.log(`  ${r.name.padEnd(16)}${bytes(r.total)}${bytes(r.budget)}   ${r.total <= r.budget ? 'ok' : 'OVER'}`);
}
const over = results.filter((r) => r.total > r.budget);
if (over.length > 0) {
  const list = over.map((r) => `${r.name} (${r.total} B > ${r.budget} B)`).join(', ');
  console.error(`size: over budget: ${list}`);
  process.exit(1);
}
console.log(`size: all ${results.length} paths within budget (native ${BUDGETS.native} B, ATS ${BUDGETS.ats} B)`);
