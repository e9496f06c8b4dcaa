/**
 * Time is an input: nothing in src/ reads the wall clock except the one
 * clock module, which everything else receives `now` from.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const CLOCK = 'src/model/clock.ts';

/** Reads of "now": `Date.now()`, `new Date()` without arguments, `Temporal.Now`, `performance.now()` (elapsed time). */
const WALL_CLOCK = /\bDate\.now\s*\(|\bnew\s+Date\s*\(\s*\)|\bnew\s+Date\b(?!\s*\()|\bTemporal\.Now\b|\bperformance\.now\s*\(/g;

function sources() {
  const files = [];
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) files.push(join(entry.parentPath ?? entry.path, entry.name));
  }
  return files;
}

describe('the wall clock', () => {
  it('the pattern finds every way of reading it', () => {
    const found = (code) => (code.match(WALL_CLOCK) ?? []).length;
    assert.equal(found('const a = Date.now(); const b = new Date(); const c = new Date; Temporal.Now.instant(); performance.now();'), 5);
    assert.equal(found('new Date(value); new Date(2000, 0, 1); parseFeedDate(x)'), 0);
  });

  it(`is read only in ${CLOCK}`, () => {
    const readers = sources()
      .map((file) => [relative(ROOT, file), (readFileSync(file, 'utf8').match(WALL_CLOCK) ?? []).length])
      .filter(([, count]) => count > 0);
    assert.deepEqual(readers, [[CLOCK, 2]]);
  });
});
