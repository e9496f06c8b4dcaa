#!/usr/bin/env node
/**
 * `npm test`: build, type-check, size budgets (per download path), browser
 * tests (web-test-runner in headless Chromium, with coverage thresholds),
 * Node tests (the CLI run as a real binary, under c8 with the thresholds in
 * .c8rc.json; the build scripts; the package that `npm pack` publishes;
 * repository rules), then the release check (the packed package installed
 * and used in a Vite app and from the CDN file; CAREERS_RELEASE_CHECK=0 skips
 * it). Each step runs even when an earlier one failed, so one report shows
 * everything. The last line is a plain `N passed, N failed, N skipped` over
 * all tests (skipped includes todo); a step that fails without test results
 * (build, types, size, a coverage threshold) counts as one failure.
 * Exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
const steps = [];
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(name, command, args, options = {}) {
  const started = Date.now();
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: options.capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: { ...process.env, ...options.env }, encoding: 'utf8' });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  const ok = result.status === 0;
  steps.push(`${ok ? 'ok  ' : 'FAIL'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { ok, stdout: result.stdout ?? '' };
}

function plainStep(name, command, args) {
  const { ok } = run(name, command, args);
  if (!ok) totals.failed += 1;
  return ok;
}

const built = plainStep('build', npm, ['run', '--silent', 'build']);
plainStep('typecheck', npm, ['run', '--silent', 'typecheck']);
if (built) plainStep('size budget', npm, ['run', '--silent', 'size']);

// Browser tests; the summary reporter writes its totals to a file.
const summaryFile = join(mkdtempSync(join(tmpdir(), 'careers-wtr-')), 'summary.json');
// --coverage enforces the thresholds in web-test-runner.config.mjs (90 % of src/).
const browser = run('browser tests', npx, ['web-test-runner', '--coverage', ...process.argv.slice(2)], {
  env: { WTR_SUMMARY_FILE: summaryFile },
});
if (existsSync(summaryFile)) {
  const t = JSON.parse(readFileSync(summaryFile, 'utf8'));
  totals.passed += t.passed;
  totals.failed += t.failed;
  totals.skipped += t.skipped;
  if (!browser.ok && t.failed === 0) totals.failed += 1;
} else if (!browser.ok) totals.failed += 1;

// Node tests (the CLI, the build scripts, the published package, repository
// rules, the built CDN file in Chromium under a strict CSP and with chunks
// missing); they need the build. c8 measures
// coverage of the compiled CLI, mapped back to src/cli, child processes included.
const nodeDirs = ['test/cli', 'test/scripts', 'test/package', 'test/repo', 'test/dist', 'test/examples'].filter(
  (dir) => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.test.mjs')),
);
const nodeTests = nodeDirs.length > 0;
if (nodeTests && built) {
  const node = run('node tests', npx, ['c8', process.execPath, '--test', '--test-reporter=tap', ...nodeDirs.map((d) => `${d}/`)], {
    capture: true,
  });
  const tally = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(node.stdout)?.[1] ?? 0);
  const fail = tally('fail') + tally('cancelled');
  totals.passed += tally('pass');
  totals.failed += fail;
  totals.skipped += tally('skipped') + tally('todo');
  if (!node.ok && fail === 0) totals.failed += 1;
} else if (nodeTests) {
  totals.failed += 1;
  steps.push('FAIL node tests (not run: the build failed)');
}

// The release check (scripts/release-check.mjs): packs the build made above,
// installs it in a blank Vite + TypeScript app and on a plain page, and runs
// both in Chromium (~30 s). CAREERS_RELEASE_CHECK=0 skips it.
if (process.env.CAREERS_RELEASE_CHECK === '0') {
  steps.push('skip release check (CAREERS_RELEASE_CHECK=0)');
} else if (built) {
  const release = run('release check', process.execPath, ['scripts/release-check.mjs', '--no-build'], { capture: true });
  const summary = /^(\d+) passed, (\d+) failed$/m.exec(release.stdout);
  totals.passed += Number(summary?.[1] ?? 0);
  totals.failed += Number(summary?.[2] ?? 0);
  if (!release.ok && Number(summary?.[2] ?? 0) === 0) totals.failed += 1;
} else {
  totals.failed += 1;
  steps.push('FAIL release check (not run: the build failed)');
}

console.log(`\n${steps.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
