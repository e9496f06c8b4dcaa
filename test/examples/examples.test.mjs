/**
 * The framework guides' examples (examples/), built or loaded as a reader
 * would use them, against this repository's build: `careers-widget` imports
 * resolve to dist/lib (the npm entry), the CDN script tag to
 * dist/careers-widget.js. Each is shown in headless Chromium and must render
 * its cards; the React and Vue ones must also hear `careers-load` through
 * their framework's event binding and pass a changed locale to the element.
 * The React example is type-checked against the package's declarations.
 * Needs `npm run build` first (`npm test` runs it).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'vite';
import { ROOT, cards, launch, openPage, serve } from '../dist/browser.mjs';

const EXAMPLES = join(ROOT, 'examples');
const CDN = 'https://cdn.example/careers-widget/dist/careers-widget.js';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const ENGLISH_IDS = ['ex-1', 'ex-2', 'ex-3'];

let browser;
let tmp;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'careers-examples-'));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every file under `dir` as a route (URL path → body). */
function routesOf(dir, base = dir, out = {}) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) routesOf(path, base, out);
    else out[`/${relative(base, path).split(sep).join('/')}`] = { body: readFileSync(path), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  }
  return out;
}

/** Builds examples/<name> with Vite (its own vite.config.ts, if any); the built files as routes, and the build's time. */
async function buildExample(name) {
  const root = join(EXAMPLES, name);
  const outDir = join(tmp, name);
  const config = join(root, 'vite.config.ts');
  const started = Date.now();
  await build({
    root,
    configFile: existsSync(config) ? config : false,
    logLevel: 'error',
    resolve: { alias: [{ find: /^careers-widget$/, replacement: join(ROOT, 'dist/lib/index.js') }] },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false },
  });
  const routes = routesOf(outDir);
  routes['/'] = routes['/index.html'];
  return { routes, ms: Date.now() - started };
}

/** An HTML file of the examples with its CDN script pointed at the built file; fails if the tag is not there. */
function withBuiltScript(html) {
  assert.equal(html.split(CDN).length - 1, 1, 'one script tag with the CDN address');
  return html.replace(CDN, '/dist/careers-widget.js');
}

/** Opens `path` on a server of `routes` (plus dist/); resolves to the tab once `#jobs`, or the first widget, has `n` cards. */
async function show(routes, path, check) {
  const site = await serve(routes);
  const { tab, pageErrors } = await openPage(browser);
  try {
    await tab.goto(`${site.url}${path}`);
    await check(tab);
    assert.deepEqual(pageErrors, [], 'no uncaught error');
  } finally {
    await tab.close();
    await site.close();
  }
}

const cardIds = (tab) =>
  tab.evaluate(async () => {
    const el = document.querySelector('careers-widget');
    await el.loadComplete;
    await el.updateComplete;
    return [...el.shadowRoot.querySelectorAll('.card')].map((c) => c.dataset.id).sort();
  });

/** React and Vue: the framework heard careers-load, then a new locale reached the element. */
async function frameworkChecks(tab) {
  assert.equal(await cards(tab, 'jobs', 3), 3);
  assert.deepEqual(await cardIds(tab), ENGLISH_IDS);
  const summary = await tab.waitForFunction(() => document.getElementById('summary')?.textContent || null, { polling: 50 });
  assert.equal(await summary.jsonValue(), '4 jobs loaded', 'the careers-load handler ran');
  await tab.select('select', 'fr');
  const french = await tab.waitForFunction(
    () => {
      const root = document.getElementById('jobs').shadowRoot;
      const ids = [...root.querySelectorAll('.card')].map((c) => c.dataset.id);
      return ids.length === 1 && root.querySelector('[lang="fr"]') ? ids : null;
    },
    { polling: 50 },
  );
  assert.deepEqual(await french.jsonValue(), ['ex-4'], 'the French UI shows the French posting');
  assert.equal(await tab.$eval('#jobs', (el) => el.locale), 'fr');
}

describe('examples/', () => {
  it('every example has a README and the same sample feed', () => {
    const feeds = ['plain-html/jobs.json', 'vite/public/jobs.json', 'react/public/jobs.json', 'vue/public/jobs.json', 'cms-block/jobs.json'];
    const first = readFileSync(join(EXAMPLES, feeds[0]), 'utf8');
    for (const feed of feeds) assert.equal(readFileSync(join(EXAMPLES, feed), 'utf8'), first, `${feed} is the shared sample`);
    for (const name of ['plain-html', 'vite', 'react', 'vue', 'cms-block']) assert.ok(existsSync(join(EXAMPLES, name, 'README.md')), `${name}/README.md`);
  });

  it('plain-html: the page with its CDN script tag renders the cards', async () => {
    const routes = {
      '/index.html': { body: withBuiltScript(readFileSync(join(EXAMPLES, 'plain-html/index.html'), 'utf8')) },
      '/jobs.json': { body: readFileSync(join(EXAMPLES, 'plain-html/jobs.json')), type: 'application/json' },
    };
    await show(routes, '/index.html', async (tab) => {
      await tab.waitForFunction(() => document.querySelector('careers-widget')?.shadowRoot?.querySelector('.card'), { polling: 50 });
      assert.deepEqual(await cardIds(tab), ENGLISH_IDS);
    });
  });

  it('cms-block: the block pasted into a blank page renders the cards in the brand colour', async () => {
    const block = withBuiltScript(readFileSync(join(EXAMPLES, 'cms-block/block.html'), 'utf8'));
    const routes = {
      '/index.html': { body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS</title></head><body><h1>Careers</h1>${block}</body></html>` },
      '/jobs.json': { body: readFileSync(join(EXAMPLES, 'cms-block/jobs.json')), type: 'application/json' },
    };
    await show(routes, '/index.html', async (tab) => {
      await tab.waitForFunction(() => document.querySelector('careers-widget')?.shadowRoot?.querySelector('.card'), { polling: 50 });
      assert.deepEqual(await cardIds(tab), ENGLISH_IDS);
      const accent = await tab.$eval('careers-widget', (el) => getComputedStyle(el).getPropertyValue('--careers-color-accent').trim());
      assert.equal(accent, '#0b5cad');
    });
  });

  it('vite: builds with Vite and renders the cards; main.ts hears careers-load', async () => {
    const { routes, ms } = await buildExample('vite');
    assert.ok(ms < 10_000, `built in ${ms} ms`);
    await show(routes, '/', async (tab) => {
      assert.equal(await cards(tab, 'jobs', 3), 3);
      assert.deepEqual(await cardIds(tab), ENGLISH_IDS);
      const summary = await tab.waitForFunction(() => document.getElementById('summary')?.textContent || null, { polling: 50 });
      assert.equal(await summary.jsonValue(), '4 jobs loaded');
    });
  });

  it('react: type-checks against the package types (props and events), builds, renders, binds events and props', async () => {
    const tsconfig = join(tmp, 'tsconfig.react.json');
    writeFileSync(
      tsconfig,
      JSON.stringify({
        extends: join(EXAMPLES, 'react/tsconfig.json'),
        compilerOptions: { paths: { 'careers-widget': [join(ROOT, 'dist/lib/index.d.ts')] } },
        include: [join(EXAMPLES, 'react/src'), join(ROOT, 'test/examples/react-types.tsx')],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], { encoding: 'utf8' });
    assert.equal(tsc.status, 0, `tsc:\n${tsc.stdout}${tsc.stderr}`);

    const { routes, ms } = await buildExample('react');
    assert.ok(ms < 10_000, `built in ${ms} ms`);
    await show(routes, '/', frameworkChecks);
  });

  it('vue: builds with the careers- tags as custom elements, renders, binds events and props', async () => {
    const { routes, ms } = await buildExample('vue');
    assert.ok(ms < 10_000, `built in ${ms} ms`);
    const app = Object.entries(routes).find(([path]) => path.endsWith('.js'))?.[1].body.toString() ?? '';
    assert.doesNotMatch(app, /resolveComponent\("careers-widget"\)/, 'Vue does not look for a component of that name');
    await show(routes, '/', frameworkChecks);
  });
});
