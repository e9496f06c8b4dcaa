/**
 * Right to left, as a visitor sees it (issue #12): screenshots of the built
 * widget in Chromium, compared with reviewed baselines in
 * test/dist/screenshots/:
 *
 * - `ar`: an Arabic widget (its `dir` follows its locale): the filter bar
 *   starts at the right, labels and names read right to left, cards mirror;
 * - `en-with-ar`: an English widget showing all languages: the Arabic
 *   postings' cards read right to left inside the left-to-right list, and
 *   the language names keep their own direction ("العربية (2)").
 *
 * The page pins what would make pixels vary: the clock (`now`), the size,
 * one font (DejaVu Sans, with Arabic glyphs; CI installs it), no caret, no
 * animation. A screenshot passes when it has the baseline's size and at most
 * 0.5 % of its pixels differ by more than 48 in a channel (anti-aliasing).
 * The geometry of the same cases is asserted exactly, font-independently, in
 * test/components/careers-widget/rtl.test.ts; this is the picture.
 *
 * `UPDATE_SCREENSHOTS=1 node --test test/dist/rtl-screenshots.test.mjs`
 * writes the baselines (review them before committing).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, launch, openPage, serve } from './browser.mjs';

const BASELINES = join(ROOT, 'test/dist/screenshots');
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
const NOW = '2026-03-15T12:00:00Z';
const MAX_DIFFERENT = 0.005;

const posting = (id, title, language, city, country, summary) => ({
  id,
  title,
  language,
  url: `https://jobs.example/${id}`,
  locations: [{ city, country }],
  workplace: 'hybrid',
  employmentType: 'full-time',
  datePosted: '2026-03-12',
  summary,
});

const FEED = {
  version: 1,
  postings: [
    posting('ar-1', 'مهندس برمجيات خلفية', 'ar', 'القاهرة', 'EG', 'بناء الخدمات التي تقف خلف منتجاتنا.'),
    posting('ar-2', 'مصمم منتجات', 'ar', 'دبي', 'AE', 'تصميم تجربة الباحثين عن عمل.'),
    posting('en-1', 'Backend Engineer', 'en', 'Berlin', 'DE', 'Build the APIs behind our products.'),
    posting('en-2', 'Product Designer', 'en', 'London', 'GB', 'Design the job seekers’ experience.'),
  ],
};

const page = (attributes) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rtl</title>
<script type="module" src="/dist/careers-widget.js"></script>
<style>
  body { margin: 0; padding: 16px; background: #fff; color: #1f2328; font: 16px/1.5 'DejaVu Sans'; caret-color: transparent; }
  careers-widget { inline-size: 640px; --careers-font-family: 'DejaVu Sans'; }
</style></head>
<body><careers-widget id="w" src="/rtl-feed.json" now="${NOW}" filters="language country search" ${attributes}></careers-widget></body></html>`;

const CASES = [
  { name: 'ar', attributes: 'locale="ar" posting-language="all"', cards: 4 },
  { name: 'en-with-ar', attributes: 'locale="en" posting-language="all"', cards: 4 },
];

let site;
let browser;

before(async () => {
  site = await serve({
    '/rtl-feed.json': { body: JSON.stringify(FEED), type: 'application/json' },
    ...Object.fromEntries(CASES.map((c) => [`/${c.name}.html`, { body: page(c.attributes) }])),
    '/compare.html': { body: '<!doctype html><title>compare</title>' },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** The widget's screenshot once its cards are there, with the font loaded and nothing moving. */
async function shoot(name, cards) {
  const { tab } = await openPage(browser);
  await tab.setViewport({ width: 700, height: 900, deviceScaleFactor: 1 });
  await tab.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await tab.goto(`${site.url}/${name}.html`);
  await tab.waitForFunction((n) => document.getElementById('w')?.shadowRoot?.querySelectorAll('.card').length === n, {}, cards);
  const font = await tab.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check("16px 'DejaVu Sans'", 'مهندس Backend');
  });
  assert.ok(font, 'the DejaVu Sans font is installed (Debian: fonts-dejavu-core)');
  const png = await (await tab.$('#w')).screenshot({ type: 'png' });
  await tab.close();
  return Buffer.from(png);
}

/** Compares two PNGs in the browser (a canvas each): their sizes and the share of pixels that differ. */
async function compare(actual, expected) {
  const { tab } = await openPage(browser);
  await tab.goto(`${site.url}/compare.html`);
  const result = await tab.evaluate(
    async (a, b) => {
      const pixels = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        return { width: image.naturalWidth, height: image.naturalHeight, data: context.getImageData(0, 0, image.naturalWidth, image.naturalHeight).data };
      };
      const [x, y] = [await pixels(a), await pixels(b)];
      if (x.width !== y.width || x.height !== y.height) return { size: `${x.width}×${x.height} vs ${y.width}×${y.height}` };
      let different = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        if ([0, 1, 2].some((c) => Math.abs(x.data[i + c] - y.data[i + c]) > 48)) different += 1;
      }
      return { share: different / (x.width * x.height) };
    },
    actual.toString('base64'),
    expected.toString('base64'),
  );
  await tab.close();
  return result;
}

describe('right to left, in screenshots of the built widget', () => {
  for (const c of CASES) {
    it(`${c.name}: matches the reviewed baseline`, async () => {
      const actual = await shoot(c.name, c.cards);
      const file = join(BASELINES, `${c.name}.png`);
      if (UPDATE || !existsSync(file)) {
        mkdirSync(BASELINES, { recursive: true });
        writeFileSync(file, actual);
        assert.ok(UPDATE, `no baseline: wrote ${file}; review it, then run again`);
        return;
      }
      const result = await compare(actual, readFileSync(file));
      if (result.size || result.share > MAX_DIFFERENT) writeFileSync(join(BASELINES, `${c.name}.actual.png`), actual);
      assert.equal(result.size, undefined, `size changed: ${result.size}`);
      assert.ok(result.share <= MAX_DIFFERENT, `${(result.share * 100).toFixed(2)} % of pixels differ (see ${c.name}.actual.png)`);
    });
  }

  it('the comparison notices a change: the Arabic widget is not the English one', async () => {
    const [ar, en] = [readFileSync(join(BASELINES, 'ar.png')), readFileSync(join(BASELINES, 'en-with-ar.png'))];
    const result = await compare(ar, en);
    assert.ok(result.size !== undefined || result.share > 0.05, JSON.stringify(result));
  });
});
