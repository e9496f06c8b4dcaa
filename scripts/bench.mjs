#!/usr/bin/env node
/**
 * `npm run bench`: the widget in real headless Chromium over generated feeds
 * of 100, 1,000 and 10,000 postings (native and Greenhouse), beside a static
 * floor (the same first cards as plain HTML). Prints a Markdown table of
 * medians over interleaved runs (see `scripts/bench/run.mjs` for what each
 * column measures) and checks that the JS bytes the browser downloaded
 * before the first card are the bytes `npm run size` counts for that path.
 *
 * Options: --runs N (5), --sizes 100,1000 (100,1000,10000),
 * --formats native,greenhouse, --json FILE (every run's figures), --dist DIR
 * (another build to bench, dist by default), --compare DIR,DIR,… (several
 * builds, e.g. before and after a change, interleaved run by run), --latency
 * MS (every request delayed, as over a real network; 0 by default).
 * Needs a build (`npm run bench` builds first; `node scripts/bench.mjs` does
 * not). Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { bench, summarize, table } from './bench/run.mjs';
import { atsSharedKey, downloadPaths, entryStarts, findEntry, totalOf } from './size-graph.mjs';

/**
 * Bytes before the first card per path, as `npm run size` counts them (gzip
 * -9 of each chunk): the bootstrap's imports read from the entry file, the
 * shared ATS chunk (detection and the adapter registry) on the ATS paths.
 */
export function sizePaths(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
  const formats = ['greenhouse'];
  const starts = entryStarts(manifest, readFileSync(`${dist}/${manifest[findEntry(manifest)].file}`, 'utf8'));
  const { paths } = downloadPaths(manifest, {
    pipeline: 'src/feed/pipeline.ts',
    formats,
    adapter: (f) => `src/feed/adapters/${f}.ts`,
    ats: [atsSharedKey(manifest)],
    starts,
  });
  const size = (key) => gzipSync(readFileSync(`${dist}/${manifest[key].file}`), { level: 9 }).length;
  return Object.fromEntries(paths.map((p) => [p.name, totalOf(p.keys, size)]));
}

const isMain = import.meta.url === new URL(process.argv[1] ?? '', 'file://').href;

if (isMain) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      sizes: { type: 'string', default: '100,1000,10000' },
      formats: { type: 'string', default: 'native,greenhouse' },
      json: { type: 'string' },
      dist: { type: 'string', default: 'dist' },
      compare: { type: 'string' },
      latency: { type: 'string', default: '0' },
    },
  });
  const load = loadavg()[0];
  const dists = values.compare ? values.compare.split(',') : [values.dist];
  const result = await bench({
    dists,
    runs: Number(values.runs),
    latency: Number(values.latency),
    sizes: values.sizes.split(',').map(Number),
    formats: values.formats.split(','),
    log: (line) => console.error(line),
  });
  const summaries = result.cases.map(summarize);
  const expected = Object.fromEntries(dists.map((dist) => [dist, sizePaths(dist)]));
  console.log(`\n${table(summaries)}\n`);
  console.log(
    `Medians of ${values.runs} interleaved runs${values.latency !== '0' ? `, ${values.latency} ms latency per request` : ''}; ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${result.chromium}, Node ${process.version}, load average ${load.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end.`,
  );
  let mismatch = false;
  for (const s of summaries) {
    const want = expected[s.dist][s.format] ?? expected[s.dist].native;
    const ok = s.jsBytes === want;
    mismatch ||= !ok;
    console.log(`${dists.length > 1 ? `[${s.dist}] ` : ''}${s.format}-${s.size}: ${s.jsBytes} B of JS before the first card (${s.jsFiles.join(', ')}${s.laterFiles.length ? `; also, once the feed arrived: ${s.laterFiles.join(', ')}` : ''}); npm run size: ${want} B ${ok ? '(same)' : '(DIFFERENT)'}`);
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...result, summaries }, null, 2)}\n`);
  if (mismatch) process.exitCode = 1;
}
