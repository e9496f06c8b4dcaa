#!/usr/bin/env node
/**
 * `npm run release:check`: installs the package as a stranger would and uses
 * it. Packs the project (`npm pack`, whose prepack runs the build), then:
 *
 *  1. a blank Vite + TypeScript app installs the tarball (with `vite`,
 *     `typescript` and the peer `lit`, at the versions this project uses),
 *     type-checks a `src/main.ts` that uses the element, its property and
 *     event types without casts, builds it with Vite, and shows it in
 *     headless Chromium: one card per posting;
 *  2. a plain HTML page loads only `dist/careers-widget.js` from the
 *     unpacked tarball, with `<careers-widget src="feed.json">`: one card
 *     per posting, every chunk found;
 *  3. `npx careers-feed --help` and `validate` work from the installed package.
 *
 * One line per check, then `N passed, N failed`; exits 1 on any failure.
 * Options: `--no-build` packs the existing dist/ (`npm pack --ignore-scripts`;
 * `npm test` uses it right after its own build); `--keep` keeps the temp dir.
 * Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const args = new Set(process.argv.slice(2));
const build = !args.has('--no-build');
const keep = args.has('--keep');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const versionOf = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Three postings in three languages; `posting-language="all"` shows them all. */
const FEED = {
  version: 1,
  organization: { name: 'Release Check Ltd', url: 'https://release-check.example' },
  postings: [
    {
      id: 'rc-1',
      title: 'Backend Engineer',
      language: 'en',
      url: 'https://release-check.example/jobs/rc-1',
      locations: [{ city: 'London', country: 'GB' }],
      workplace: 'hybrid',
      employmentType: 'full-time',
      datePosted: '2026-01-15',
      summary: 'Keep the feed flowing.',
    },
    {
      id: 'rc-2',
      title: 'Frontend-Entwicklerin',
      language: 'de',
      url: 'https://release-check.example/jobs/rc-2',
      locations: [{ city: 'Berlin', country: 'DE' }],
      workplace: 'remote',
      datePosted: '2026-01-10',
    },
    {
      id: 'rc-3',
      title: 'Développeur·se mobile',
      language: 'fr',
      url: 'https://release-check.example/jobs/rc-3',
      locations: [{ city: 'Lyon', country: 'FR' }],
      department: 'Mobile',
      datePosted: '2026-01-05',
    },
  ],
};

// ── reporting ────────────────────────────────────────────────────────────────
const counts = { passed: 0, failed: 0 };
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Runs one check; prints `ok` or `FAIL` with the reason. Resolves to success. */
async function check(name, body) {
  const since = Date.now();
  try {
    const note = await body();
    counts.passed += 1;
    console.log(`ok   ${name}${note ? `: ${note}` : ''} (${seconds(since)})`);
    return true;
  } catch (error) {
    counts.failed += 1;
    console.log(`FAIL ${name} (${seconds(since)})`);
    console.log(indent(error instanceof Error ? error.message : String(error)));
    return false;
  }
}

/** A skipped check (its setup failed) counts as failed, so the total stays honest. */
function blocked(name, reason) {
  counts.failed += 1;
  console.log(`FAIL ${name}: not run (${reason})`);
}

const indent = (text) =>
  text
    .trimEnd()
    .split('\n')
    .slice(-40)
    .map((line) => `     ${line}`)
    .join('\n');

// ── processes ────────────────────────────────────────────────────────────────
/** npm's own script variables would make a nested npm think it runs inside this project. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|config_(local_prefix|prefix|global|dry_run|json)$)/i.test(key)) delete env[key];
  }
  delete env.INIT_CWD;
  return env;
}

/** Runs a command; resolves to its output, rejects with its tail on a non-zero exit or timeout. */
function exec(command, commandArgs, { cwd, timeout = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else {
        const why = signal ? `killed (${signal}) after ${timeout / 1000} s` : `exit ${code}`;
        reject(new Error(`${command} ${commandArgs.join(' ')}: ${why}\n${stdout}\n${stderr}`));
      }
    });
  });
}

// ── a static server and a browser ────────────────────────────────────────────
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves `root` on 127.0.0.1 at a random port; remembers every path it could not serve. */
function serve(root) {
  const missing = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if ((file === root || file.startsWith(root.endsWith(sep) ? root : root + sep)) && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      createReadStream(file).pipe(res);
    } else {
      if (path !== '/favicon.ico') missing.push(path);
      res.writeHead(404).end();
    }
  });
  // The browser keeps its connections alive; close them, or close() waits for them.
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, missing, close }));
  });
}

let browser;
async function openBrowser() {
  if (!existsSync(chromePath)) throw new Error(`no Chromium at ${chromePath} (set CHROME_PATH)`);
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({
    executablePath: chromePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/**
 * Opens `url`, waits until `<careers-widget>` shows `expected` cards (its
 * shadow root's `[part~="card"]`), and fails on page errors, console errors
 * or files the server did not have.
 */
async function expectCards(site, url, expected, extra) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const count = () =>
      page.evaluate(() => document.querySelector('careers-widget')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? -1);
    try {
      await page.waitForFunction(
        (n) => (document.querySelector('careers-widget')?.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) >= n,
        { timeout: 20_000, polling: 50 },
        expected,
      );
    } catch {
      const shadow = await page.evaluate(() => document.querySelector('careers-widget')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 300) ?? '(no shadow root)');
      throw new Error(`expected ${expected} cards, found ${await count()}; the widget says: ${shadow}\n${[...problems, ...site.missing.map((p) => `404 ${p}`)].join('\n')}`);
    }
    // Let a late render settle, then count once more: exactly one card per posting.
    await new Promise((r) => setTimeout(r, 200));
    const found = await count();
    if (found !== expected) throw new Error(`expected ${expected} cards, found ${found}`);
    if (extra) await extra(page);
    if (site.missing.length > 0) throw new Error(`the page asked for files the server does not have: ${site.missing.join(', ')}`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return `${found} cards`;
  } finally {
    await page.close();
  }
}

// ── the consumer app ─────────────────────────────────────────────────────────
function writeApp(dir) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'careers-widget-consumer', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          // Check the package's own .d.ts files too, not only our use of them.
          skipLibCheck: false,
          types: [],
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>careers-widget consumer</title></head>
  <body>
    <main id="app"></main>
    <script type="module" src="/src/main.ts"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'src/main.ts'),
    `// A Vite + TypeScript app using the installed careers-widget package.
import { CareersWidget, type Feed } from 'careers-widget';

const feed: Feed = ${JSON.stringify(FEED, null, 2)};

// Typed through HTMLElementTagNameMap: no cast.
const el: CareersWidget = document.createElement('careers-widget');
if (!(el instanceof CareersWidget)) throw new Error('careers-widget is not the exported CareersWidget');

// Typed through GlobalEventHandlersEventMap: no cast.
el.addEventListener('careers-load', (e) => {
  const count: number = e.detail.count;
  const languages: readonly string[] = e.detail.languages;
  document.body.dataset.loaded = \`\${count} \${languages.join(',')}\`;
});
el.addEventListener('careers-error', (e) => {
  document.body.dataset.error = e.detail.kind;
});
el.addEventListener('careers-posting-click', (e) => e.detail.url.toUpperCase());

el.locale = 'en';
el.postingLanguage = 'all';
el.pageSize = 10;
el.feed = feed;
document.getElementById('app')!.append(el);
`,
  );
  // Type-only: the ./cdn entry's types, and @ts-expect-error lines that fail if the types were `any`.
  writeFileSync(
    join(dir, 'src/types-only.ts'),
    `import type { CareersWidget as CdnWidget, CareersLoadEvent } from 'careers-widget/cdn';

export function widgets(): CdnWidget[] {
  return [...document.querySelectorAll('careers-widget')];
}

export function onLoad(el: CdnWidget): void {
  el.addEventListener('careers-load', (e: CareersLoadEvent) => e.detail.skipped);
  el.addEventListener('careers-filter-change', (e) => {
    // @ts-expect-error the filter-change detail has no such field
    void e.detail.notAField;
  });
  // @ts-expect-error src is a string
  el.src = 42;
}
`,
  );
}

// ── main ─────────────────────────────────────────────────────────────────────
const tmp = mkdtempSync(join(tmpdir(), 'careers-release-'));
const appDir = join(tmp, 'app');
const unpacked = join(tmp, 'unpacked');
const packDir = join(tmp, 'pack');
mkdirSync(packDir);
let tarball;
let installed = false;
let appBuilt = false;

try {
  await check(build ? 'npm pack (prepack builds dist/)' : 'npm pack (existing dist/)', async () => {
    await exec(npm, ['pack', '--pack-destination', packDir, ...(build ? [] : ['--ignore-scripts'])], { cwd: ROOT });
    const found = readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    if (found.length !== 1) throw new Error(`expected one tarball in ${packDir}, found ${found.join(', ') || 'none'}`);
    tarball = join(packDir, found[0]);
    return `${found[0]}, ${(statSync(tarball).size / 1024).toFixed(0)} KiB`;
  });

  if (tarball) {
    writeApp(appDir);
    installed = await check('consumer app: npm install the tarball, vite, typescript, lit', async () => {
      const deps = [tarball, `vite@${versionOf('vite')}`, `typescript@${versionOf('typescript')}`, `lit@${versionOf('lit')}`];
      await exec(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...deps], { cwd: appDir });
      const version = JSON.parse(readFileSync(join(appDir, 'node_modules/careers-widget/package.json'), 'utf8')).version;
      if (version !== pkg.version) throw new Error(`installed careers-widget ${version}, expected ${pkg.version}`);
      return `careers-widget ${version}`;
    });
  } else {
    blocked('consumer app: npm install', 'no tarball');
  }

  if (installed) {
    await check('consumer app: tsc --noEmit (element, events, feed and ./cdn types, no casts)', () =>
      exec(process.execPath, [join(appDir, 'node_modules/typescript/bin/tsc'), '-p', appDir], { cwd: appDir }).then(() => ''),
    );
    appBuilt = await check('consumer app: vite build', async () => {
      await exec(process.execPath, [join(appDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: appDir });
      const assets = readdirSync(join(appDir, 'dist/assets'));
      if (!assets.some((f) => f.endsWith('.js'))) throw new Error('vite build wrote no JavaScript');
      return `${assets.length} assets`;
    });
  } else {
    blocked('consumer app: tsc --noEmit', 'install failed');
    blocked('consumer app: vite build', 'install failed');
  }

  const browserReady = tarball ? await check('headless Chromium starts', async () => void (await openBrowser())) : false;

  if (appBuilt && browserReady) {
    await check('consumer app in Chromium: one card per posting, careers-load fired', async () => {
      const site = await serve(join(appDir, 'dist'));
      try {
        return await expectCards(site, site.url, FEED.postings.length, async (page) => {
          const loaded = await page.evaluate(() => document.body.dataset.loaded ?? '');
          if (loaded !== `${FEED.postings.length} de,en,fr`) throw new Error(`careers-load detail: "${loaded}"`);
        });
      } finally {
        await site.close();
      }
    });
  } else {
    blocked('consumer app in Chromium', appBuilt ? 'no browser' : 'no build');
  }

  if (tarball && browserReady) {
    await check('CDN file alone (package/dist/careers-widget.js) on a plain page: one card per posting', async () => {
      mkdirSync(unpacked);
      await exec('tar', ['-xzf', tarball, '-C', unpacked]);
      const root = join(unpacked, 'package');
      writeFileSync(join(root, 'feed.json'), JSON.stringify(FEED));
      writeFileSync(
        join(root, 'release-check.html'),
        `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><link rel="icon" href="data:,"><title>CDN check</title>
    <script type="module" src="dist/careers-widget.js"></script>
  </head>
  <body><careers-widget src="feed.json" posting-language="all"></careers-widget></body>
</html>
`,
      );
      const site = await serve(root);
      try {
        return await expectCards(site, `${site.url}release-check.html`, FEED.postings.length);
      } finally {
        await site.close();
      }
    });
  } else {
    blocked('CDN file on a plain page', tarball ? 'no browser' : 'no tarball');
  }

  if (installed) {
    await check('npx careers-feed --help (installed package)', async () => {
      const { stdout } = await exec(npx, ['--no', '--', 'careers-feed', '--help'], { cwd: appDir, timeout: 60_000 });
      if (!stdout.startsWith('Usage: careers-feed <command> [options]')) throw new Error(`unexpected help:\n${stdout}`);
      return '';
    });
    await check('npx careers-feed validate feed.json (installed package)', async () => {
      writeFileSync(join(appDir, 'feed.json'), JSON.stringify(FEED));
      const { stdout, stderr } = await exec(npx, ['--no', '--', 'careers-feed', 'validate', 'feed.json'], { cwd: appDir, timeout: 60_000 });
      const said = `${stdout}${stderr}`;
      if (!said.includes(`${FEED.postings.length} postings`)) throw new Error(`unexpected report:\n${said}`);
      return said.trim().split('\n').at(-1);
    });
  } else {
    blocked('npx careers-feed --help', 'install failed');
    blocked('npx careers-feed validate', 'install failed');
  }
} finally {
  await browser?.close().catch(() => {});
  if (keep) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

console.log(`release check took ${seconds(started)}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed === 0 ? 0 : 1);
