#!/usr/bin/env node
/**
 * Size budget for the CDN build. "Initial" is what a page downloads before
 * the widget's first render: `dist/careers-widget.js` plus every chunk it
 * imports statically, transitively. Lazy chunks (validation, adapters,
 * translations) are listed separately. Exits 1 when the budget is exceeded.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 20 * 1024;
const entry = 'dist/careers-widget.js';
if (!existsSync(entry)) {
  console.error(`size: ${entry} is missing; run "npm run build" first.`);
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
// Static imports in minified output: `import{…}from"./x.js"` or `import"./x.js"`.
const staticImports = (code) =>
  [...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]);
const dynamicImports = (code) => [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);

const initial = new Set();
const lazy = new Set();
const visit = (file) => {
  if (initial.has(file)) return;
  initial.add(file);
  const code = readFileSync(file, 'utf8');
  for (const spec of staticImports(code)) visit(join(dirname(file), spec));
  for (const spec of dynamicImports(code)) lazy.add(join(dirname(file), spec));
};
visit(entry);
// Chunks reachable only through dynamic imports, from anywhere.
for (const file of lazy) {
  if (!existsSync(file)) continue;
  for (const spec of dynamicImports(readFileSync(file, 'utf8'))) lazy.add(join(dirname(file), spec));
}

const row = (file) => `  ${relative('dist', file).padEnd(40)} ${String(gz(file)).padStart(7)} B gzip`;
const total = [...initial].reduce((sum, f) => sum + gz(f), 0);
console.log('Initial download (entry + static imports):');
for (const f of initial) console.log(row(f));
const lazyOnly = [...lazy].filter((f) => !initial.has(f) && existsSync(f));
if (lazyOnly.length) {
  console.log('Lazy chunks (loaded on demand):');
  for (const f of lazyOnly.sort()) console.log(row(f));
}
const pipeline = lazyOnly.find((f) => /\/pipeline-[\w-]+\.js$/.test(f));
if (pipeline) {
  // Honest second figure: cards of a native feed also need the validation chunk.
  console.log(`size: first cards of a native feed (English) need ${total + gz(pipeline)} B gzip in all`);
}
const verdict = total <= BUDGET ? 'within' : 'OVER';
console.log(`size: initial bundle ${total} B gzip (${(total / 1024).toFixed(1)} KiB), budget ${BUDGET} B: ${verdict} budget`);
process.exit(total <= BUDGET ? 0 : 1);
