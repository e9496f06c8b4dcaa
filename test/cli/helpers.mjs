/**
 * Shared helpers of the CLI tests: run the real `bin/careers-feed.js` (the
 * compiled CLI in dist/lib, built by `npm run build:lib`), temp files, and a
 * local HTTP server for URL sources.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/careers-feed.js');
export const ATS = join(ROOT, 'test/fixtures/ats');
export const fixture = (name) => join(ATS, name);

if (!existsSync(join(ROOT, 'dist/lib/cli/main.js'))) {
  throw new Error('dist/lib/cli/main.js is missing: run "npm run build:lib" before the CLI tests');
}

/**
 * The "now" every CLI run sees (`CAREERS_NOW`) unless a test says otherwise:
 * the fixtures were written in November 2026, and no test may depend on
 * today's date.
 */
export const TEST_NOW = '2026-11-15T12:00:00Z';

/**
 * Runs `node bin/careers-feed.js ...args` and resolves to its exit code and
 * output (never rejects on a non-zero exit). `input` is written to stdin;
 * `env` adds to (or, with `undefined` values, removes from) the environment.
 */
export function run(args, { input, cwd = ROOT, env = {} } = {}) {
  const childEnv = { ...process.env, CAREERS_NOW: TEST_NOW, ...env };
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 60_000, env: childEnv },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: error ? error.code : 0, stdout, stderr });
      },
    );
    child.stdin.end(input ?? '');
  });
}

/** Runs the CLI and parses its stdout as JSON. */
export async function runJson(args, options) {
  const result = await run(args, options);
  let json;
  try {
    json = JSON.parse(result.stdout);
  } catch (error) {
    throw new Error(`stdout is not JSON (exit ${result.code}): ${result.stdout.slice(0, 200)}\nstderr: ${result.stderr}`);
  }
  return { ...result, json };
}

/** A temporary directory, removed by the returned `cleanup`. */
export function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'careers-feed-test-'));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
      return path;
    },
    read: (name) => readFileSync(join(dir, name), 'utf8'),
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Serves `routes` ({ '/path': { body, type?, status? } }) on 127.0.0.1 at a
 * free port; anything else is a 404. Records request paths and Accept headers.
 */
export async function serve(routes) {
  const requests = [];
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    requests.push({ url: req.url, accept: req.headers.accept });
    const route = routes[pathname];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'application/json' }).end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A valid native posting. */
export const posting = (id, extra = {}) => ({
  id,
  title: `Job ${id}`,
  language: 'en',
  url: `https://jobs.example/${id}`,
  locations: [{ city: 'Berlin', country: 'DE' }],
  datePosted: '2026-10-01',
  ...extra,
});

/** Country codes and languages of a native feed, as the CLI counts them. */
export function found(feed) {
  const countries = new Set();
  for (const p of feed.postings) {
    for (const l of p.locations) if (l.country) countries.add(l.country.toUpperCase());
    for (const c of p.remoteCountries ?? []) countries.add(c.toUpperCase());
  }
  return { countries: [...countries].sort(), languages: [...new Set(feed.postings.map((p) => p.language))].sort() };
}
