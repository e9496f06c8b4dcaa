#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures. Drives headless Chromium
 * (puppeteer-core) over the BUILT widget (dist/careers-widget.js, so run
 * `npm run build` first) and the demo feed, with the clock pinned (`now`),
 * and writes PNGs at a device scale factor of 1 to docs/screenshots/: grid
 * and list layouts, light and dark themes, English and French, a 375 px
 * phone, and the configurator (demo/configurator.html, built with Vite).
 * Each image must stay under 200 KB; the script fails otherwise.
 * Options: `--out DIR`. Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildConfigurator } from './build-configurator.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const outIndex = process.argv.indexOf('--out');
const OUT = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(ROOT, 'docs/screenshots'));
const MAX_BYTES = 200 * 1024;
const NOW = '2026-12-01T12:00:00Z';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml' };

if (!existsSync(join(ROOT, 'dist/careers-widget.js'))) {
  console.error('dist/careers-widget.js is missing: run "npm run build" first');
  process.exit(1);
}

/** A page with the built widget, one `<careers-widget>` with `attributes`, and the page colours of `scheme`. */
function page({ attributes, lang = 'en', scheme = 'light' }) {
  const attrs = Object.entries({ src: '/demo/feed.json', now: NOW, ...attributes })
    .map(([name, value]) => ` ${name}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const colours = scheme === 'dark' ? 'background: #0d1117; color: #e6edf3; color-scheme: dark;' : 'background: #ffffff; color: #1f2328;';
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>careers-widget</title>
<script type="module" src="/dist/careers-widget.js"></script>
<style>body { margin: 0; padding: 1.5rem; font-family: system-ui, sans-serif; ${colours} } careers-widget { display: block; }</style>
</head>
<body><careers-widget id="w"${attrs}></careers-widget></body>
</html>`;
}

const SHOTS = [
  { file: 'grid-light-en.png', width: 1024, html: page({ attributes: { layout: 'grid', theme: 'light', 'page-size': 6 } }) },
  { file: 'list-light-en.png', width: 1024, html: page({ attributes: { layout: 'list', 'group-by': 'department', theme: 'light', 'page-size': 5 } }) },
  { file: 'grid-dark-en.png', width: 1024, html: page({ attributes: { layout: 'grid', theme: 'dark', 'page-size': 6 }, scheme: 'dark' }) },
  { file: 'compact-inherit-en.png', width: 1024, html: page({ attributes: { layout: 'compact', 'page-size': 8 }, scheme: 'dark' }) },
  { file: 'grid-light-fr.png', width: 1024, html: page({ attributes: { locale: 'fr', layout: 'grid', theme: 'light', 'page-size': 6 }, lang: 'fr' }) },
  { file: 'mobile-375-en.png', width: 375, html: page({ attributes: { filters: 'country language department search', 'page-size': 3 } }) },
];

async function main() {
  const built = mkdtempSync(join(tmpdir(), 'careers-screenshots-'));
  const routes = {};
  for (const [path, file] of Object.entries(await buildConfigurator(built))) routes[path] = { file };
  SHOTS.forEach((shot, i) => (routes[`/shot-${i}.html`] = { body: shot.html }));

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    const file = route?.file ?? normalize(join(ROOT, path));
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (route?.body) return void res.writeHead(200, { 'content-type': type }).end(route.body);
    const allowed = route || ['dist', 'demo', join('test', 'fixtures')].some((dir) => file.startsWith(join(ROOT, dir) + sep));
    if (allowed && existsSync(file) && statSync(file).isFile()) {
      res.writeHead(200, { 'content-type': type });
      createReadStream(file).pipe(res);
    } else res.writeHead(404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars', '--force-color-profile=srgb'],
  });
  mkdirSync(OUT, { recursive: true });
  const failures = [];
  const written = [];

  /** Waits for the widget `selector` to have settled with cards shown. */
  const settled = (tab, selector) =>
    tab.waitForFunction(
      async (sel) => {
        const el = document.querySelector(sel);
        if (!el?.shadowRoot?.querySelector('.card')) return false;
        await el.loadComplete;
        await el.updateComplete;
        await document.fonts.ready;
        return true;
      },
      { polling: 100, timeout: 15_000 },
      selector,
    );

  async function shoot(file, width, url, selector, capture) {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    try {
      await tab.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await tab.goto(url);
      await settled(tab, selector);
      const path = join(OUT, file);
      await capture(tab, path);
      const bytes = statSync(path).size;
      written.push(`${file} (${Math.round(bytes / 1024)} KB)`);
      if (bytes > MAX_BYTES) failures.push(`${file} is ${Math.round(bytes / 1024)} KB, over 200 KB`);
      if (errors.length) failures.push(`${file}: page errors: ${errors.join('; ')}`);
    } catch (error) {
      failures.push(`${file}: ${error.message}`);
    } finally {
      await tab.close();
    }
  }

  try {
    for (const [i, shot] of SHOTS.entries()) {
      await shoot(shot.file, shot.width, `${origin}/shot-${i}.html`, '#w', (tab, path) => tab.screenshot({ path, fullPage: true }));
    }
    await shoot('configurator.png', 1280, `${origin}/demo/configurator.html`, '#preview', (tab, path) => tab.screenshot({ path }));
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
    rmSync(built, { recursive: true, force: true });
  }

  console.log(`wrote to ${OUT}:\n  ${written.join('\n  ')}`);
  if (failures.length) {
    console.error(`\n${failures.join('\n')}`);
    process.exit(1);
  }
}

await main();
