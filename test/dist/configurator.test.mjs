/**
 * The configurator (demo/configurator.html, built with Vite) driven in
 * headless Chromium as a site owner would: choose options with the mouse and
 * keyboard, press Copy, then paste what the clipboard holds into a blank page
 * that loads the BUILT dist/careers-widget.js. That page must show the same
 * cards (ids and titles) as the preview, and its element must carry the
 * same attributes and brand colour.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildConfigurator } from '../../scripts/build-configurator.mjs';
import { launch, openPage, serve } from './browser.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const routes = {};
let site;
let browser;
let outDir;

before(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'careers-configurator-'));
  const files = await buildConfigurator(outDir);
  for (const [path, file] of Object.entries(files)) routes[path] = { body: readFileSync(file), type: TYPES[extname(path)] ?? 'application/octet-stream' };
  site = await serve(routes);
  browser = await launch();
  await browser.defaultBrowserContext().overridePermissions(site.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
});

after(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Once the page's first <careers-widget> has settled: its attributes, accent colour and cards. */
function widgetState(tab, selector) {
  return tab.evaluate(async (sel) => {
    await customElements.whenDefined('careers-widget');
    const el = document.querySelector(sel);
    await el.loadComplete;
    await el.updateComplete;
    return {
      attributes: Object.fromEntries([...el.attributes].filter((a) => a.name !== 'id' && a.name !== 'dir' && a.name !== 'style').map((a) => [a.name, a.value])),
      accent: getComputedStyle(el).getPropertyValue('--careers-color-accent').trim(),
      cards: [...el.shadowRoot.querySelectorAll('.card')].map((c) => ({ id: c.dataset.id, title: c.querySelector('.title')?.textContent.trim() })),
      lang: el.shadowRoot.querySelector('[lang]')?.getAttribute('lang'),
    };
  }, selector);
}

describe('demo/configurator.html → copied code → a blank page with dist/careers-widget.js', () => {
  it('the pasted code shows the same postings with the same attributes as the preview', async () => {
    const { tab, pageErrors } = await openPage(browser);
    try {
      await tab.goto(`${site.url}/demo/configurator.html`);
      await tab.waitForFunction(() => document.getElementById('preview')?.shadowRoot?.querySelector('.card'), { polling: 50 });

      // A site owner's choices: French UI, a list of 7, department filter instead of search, a brand colour.
      await tab.select('#cfg-locale', 'fr');
      await tab.click('#cfg-layout-list');
      await tab.click('#cfg-filter-search');
      await tab.click('#cfg-filter-department');
      await tab.click('#cfg-page-size', { count: 3 });
      await tab.keyboard.type('7');
      await tab.keyboard.press('Tab');
      await tab.select('#cfg-group-by', 'department');
      await tab.$eval('#cfg-accent', (input) => {
        input.value = '#7a1fa2';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      // Where this test serves the built widget.
      await tab.click('#cfg-script-url', { count: 3 });
      await tab.keyboard.type('/dist/careers-widget.js');
      await tab.keyboard.press('Tab');

      await tab.click('#cfg-copy');
      await tab.waitForFunction(() => document.getElementById('cfg-copy-status').textContent.startsWith('Code copied'), { polling: 50 });
      const code = await tab.evaluate(() => navigator.clipboard.readText());
      assert.equal(code, await tab.$eval('#cfg-snippet', (t) => t.value), 'the clipboard holds the code shown');
      assert.match(code, /^<script type="module" src="\/dist\/careers-widget\.js"><\/script>\n/);
      assert.match(code, /<style>\n {2}careers-widget \{\n {4}--careers-color-accent: #7a1fa2;\n {2}\}\n<\/style>\n$/);

      const preview = await widgetState(tab, '#preview');
      assert.deepEqual(preview.attributes, {
        src: '/demo/feed.json',
        locale: 'fr',
        filters: 'country language department',
        'page-size': '7',
        layout: 'list',
        'group-by': 'department',
      });
      assert.equal(preview.cards.length, 7, 'one page of 7 cards');
      assert.equal(preview.lang, 'fr');

      routes['/pasted.html'] = {
        body: `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Pasted</title></head>\n<body>\n${code}</body>\n</html>\n`,
      };
      const pasted = await browser.newPage();
      try {
        await pasted.goto(`${site.url}/pasted.html`);
        const result = await widgetState(pasted, 'careers-widget');
        assert.deepEqual(result.attributes, preview.attributes, 'the same attributes');
        assert.deepEqual(result.cards, preview.cards, 'the same cards, ids and titles, in the same order');
        assert.equal(result.accent, '#7a1fa2');
        assert.equal(preview.accent, '#7a1fa2');
        assert.equal(result.lang, 'fr');
      } finally {
        await pasted.close();
      }
      assert.deepEqual(pageErrors, []);
    } finally {
      await tab.close();
    }
  });

  it('keyboard only: Tab reaches every control in order, and Space copies', async () => {
    const { tab } = await openPage(browser);
    try {
      await tab.goto(`${site.url}/demo/configurator.html`);
      const reached = [];
      for (let i = 0; i < 150 && !reached.includes('cfg-copy'); i += 1) {
        await tab.keyboard.press('Tab');
        reached.push(await tab.evaluate(() => document.activeElement?.id || document.activeElement?.localName));
      }
      for (const id of ['cfg-sample', 'cfg-src', 'cfg-format', 'cfg-locale', 'cfg-filter-type', 'cfg-page-size', 'cfg-accent', 'cfg-accent-reset', 'cfg-snippet', 'cfg-copy']) {
        assert.ok(reached.includes(id), `Tab reaches #${id} (reached: ${[...new Set(reached)].join(', ')})`);
      }
      assert.ok(reached.indexOf('cfg-sample') < reached.indexOf('cfg-copy'));
      await tab.keyboard.press('Space');
      await tab.waitForFunction(() => document.getElementById('cfg-copy-status').textContent.startsWith('Code copied'), { polling: 50 });
    } finally {
      await tab.close();
    }
  });

  it('works at 320 px: nothing wider than the viewport', async () => {
    const { tab } = await openPage(browser);
    try {
      await tab.setViewport({ width: 320, height: 800 });
      await tab.goto(`${site.url}/demo/configurator.html`);
      await tab.waitForFunction(() => document.getElementById('preview')?.shadowRoot?.querySelector('.card'), { polling: 50 });
      const widths = await tab.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(widths.scroll <= widths.client, `page scrolls sideways: ${widths.scroll} > ${widths.client}`);
    } finally {
      await tab.close();
    }
  });
});
