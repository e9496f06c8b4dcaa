/** bin/careers-feed.js without a build says so clearly instead of a module-not-found trace. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from './helpers.mjs';

test('bin without dist/ prints how to build and exits 3', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'careers-bin-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin/careers-feed.js'), join(dir, 'bin/careers-feed.js'));
  const result = spawnSync(process.execPath, [join(dir, 'bin/careers-feed.js'), '--help'], { encoding: 'utf8' });
  assert.equal(result.status, 3);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, 'careers-feed: dist/lib/cli/main.js is missing; in a source checkout run "npm run build" first.\n');
});

test('bin with the build runs the CLI', () => {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin/careers-feed.js'), '--help'], { encoding: 'utf8' });
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^Usage: careers-feed <command> \[options\]/);
});
