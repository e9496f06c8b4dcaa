/**
 * `npm run bench` as a regression guard: the quick subset (native at 100
 * and 1,000 postings, Greenhouse at 1,000; 3 interleaved runs; no trace) in
 * real headless Chromium over the build `npm test` has just made. The
 * limits are generous, three to four times what a busy 2-core machine
 * measured (load average 11: first card 500-710 ms, 7.5-9.6x the static
 * floor, filter and keystroke 10-14 ms, longest task 81-95 ms, heap
 * 1.8-3.0 MB), so only a real regression fails: a long task that came
 * back, a keystroke that re-sorts the feed, a chunk that joined the
 * first-card path. The bytes must match `npm run size` exactly. Also the
 * bench's own arithmetic, on hand-made numbers.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bench, median, summarize, table } from '../../scripts/bench/run.mjs';
import { sizePaths } from '../../scripts/bench.mjs';

const MB = 1024 * 1024;

/** The quick subset: native at 100 and 1,000 postings, Greenhouse at 1,000. */
const CASES = [
  ['native', 100],
  ['native', 1000],
  ['greenhouse', 1000],
];

/** Upper limits per feed size: ms unless named otherwise (the longest task as the Long Tasks API reports it, 0 under 50 ms). */
const LIMITS = {
  100: { firstCard: 2500, ratio: 30, parse: 400, filter: 50, showMore: 200, keystroke: 60, longestTask: 350, heap: 6 * MB },
  1000: { firstCard: 3000, ratio: 30, parse: 1500, filter: 50, showMore: 200, keystroke: 60, longestTask: 350, heap: 10 * MB },
};

describe('bench arithmetic', () => {
  it('median: the middle value, the mean of the two middle ones, undefined for none; non-numbers ignored', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([]), undefined);
    assert.equal(median([undefined, 2, Number.NaN]), 2);
  });

  it('summarize takes medians per measure and the ratio to the static floor; table prints one row per case', () => {
    const run = (firstCard, extra = {}) => ({ firstCard, jsBytes: 100, jsFiles: ['/dist/a.js'], parse: 10, jsonParse: 1, filter: 2, showMore: 3, keystroke: 4, longestTask: 20, heap: 2 * MB, count: 10, ...extra });
    const summary = summarize({
      dist: 'dist',
      format: 'native',
      size: 10,
      widget: [run(300), run(100), run(200)],
      static: [run(50, { heap: MB }), run(40, { heap: MB }), run(60, { heap: MB })],
    });
    assert.equal(summary.firstCard, 200);
    assert.equal(summary.staticCard, 50);
    assert.equal(summary.ratio, 4);
    assert.equal(summary.staticHeap, MB);
    const lines = table([summary]).split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '| native | 10 | 100 | 10 | 1.0 | 200 | 50 | 4.00× | 2.0 | 3.0 | 4.0 | 20 | 2.0 (1.0) |');
    const traced = summarize({ dist: 'dist', format: 'native', size: 10, widget: [run(200, { parseCpu: 8, longestTaskCpu: 15 })], static: [run(50)] });
    assert.match(table([traced]).split('\n')[2], /^\| native \| 10 \| 100 \| 10 \(8\.0\) \| 1\.0 \| .* \| 20 \(15\) \| 2\.0 \(2\.0\) \|$/);
  });
});

describe('bench regression guard', () => {
  const built = existsSync('dist/careers-widget.js') && existsSync('dist/.vite/manifest.json');

  it('native at 100 and 1,000 postings, Greenhouse at 1,000: every measure within its limit, bytes as npm run size counts them', { skip: !built && 'no build (npm run build)', timeout: 120_000 }, async () => {
    const expected = sizePaths('dist');
    const result = await bench({ cases: CASES, runs: 3, trace: false });
    const problems = [];
    for (const c of result.cases) {
      const s = summarize(c);
      const name = `${s.format}-${s.size}`;
      const limits = LIMITS[s.size];
      if (s.count !== s.size) problems.push(`${name}: ${s.count} postings loaded, not ${s.size}`);
      if (s.jsBytes !== expected[s.format]) problems.push(`${name}: ${s.jsBytes} B of JS before the first card, npm run size counts ${expected[s.format]} B`);
      for (const [measure, limit] of Object.entries(limits)) {
        if (!(s[measure] <= limit)) problems.push(`${name}: ${measure} ${s[measure]?.toFixed(1)} over ${limit}`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
