/**
 * The built CDN file under a strict Content-Security-Policy with Trusted
 * Types, sent as a response header (issue #10, item 5):
 *
 *   default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none';
 *   base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html careers-widget
 *
 * With both policy names allowed, the widget renders its cards, its filters,
 * search and the posting's detail view (sanitized HTML, JSON-LD) without one
 * `securitypolicyviolation`. With `lit-html` refused, it fails where people
 * look: a message in every element, `careers-error`, and a console error
 * naming the policies to allow. The built files hold no `eval` or `new
 * Function`, and loading the widget adds no globals but those its libraries
 * share between copies (Lit's, zod's).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { LOGO, ROOT, cards, demoFeed, launch, openPage, page, serve, shadowText, strictCsp } from './browser.mjs';

const routes = {};
let site;
let browser;

before(async () => {
  site = await serve(routes);
  browser = await launch();
  routes['/feed.json'] = { body: JSON.stringify(demoFeed(site.url)), type: 'application/json' };
  routes['/logo.svg'] = LOGO;
  const widget = '<careers-widget id="w" src="/feed.json" locale="en" filters="country language search" detail="inline"></careers-widget>';
  routes['/strict.html'] = { body: page(widget), headers: { 'content-security-policy': strictCsp('lit-html careers-widget') } };
  routes['/refused.html'] = {
    body: page(`${widget}<div lang="de"><careers-widget id="de" src="/feed.json"></careers-widget></div>`),
    headers: { 'content-security-policy': strictCsp('careers-widget') },
  };
  routes['/plain.html'] = { body: page(widget) };
});

after(async () => {
  await browser?.close();
  await site?.close();
});

describe('dist/careers-widget.js under a strict CSP with Trusted Types', () => {
  it('renders cards, filters, search and the detail view with no CSP violation (lit-html and careers-widget allowed)', async () => {
    const { tab, consoleMessages, pageErrors, record } = await openPage(browser);
    try {
      await tab.goto(`${site.url}/strict.html`);
      const all = await cards(tab, 'w', 20);
      assert.equal(all, 20, 'the first page of cards');

      // Country filter: a native select inside the shadow root.
      const country = await tab.waitForSelector('careers-widget >>> #filter-country');
      await country.select('FR');
      const status = await tab.waitForFunction(
        () => {
          const text = document.getElementById('w').shadowRoot.querySelector('.status')?.textContent ?? '';
          return text.startsWith('France') ? text.trim() : null;
        },
        { polling: 50 },
      );
      assert.match(await status.jsonValue(), /^France: \d+ jobs?$/);
      await country.select('');

      // Search, typed as a visitor types.
      const search = await tab.waitForSelector('careers-widget >>> #filter-query');
      await search.type('backend');
      await tab.waitForFunction(
        () => {
          const titles = [...document.getElementById('w').shadowRoot.querySelectorAll('.card .title')].map((t) => t.textContent);
          return titles.length > 0 && titles.every((t) => /backend/i.test(t)) ? titles.length : null;
        },
        { polling: 50 },
      );

      // The detail view: sanitized HTML (our policy), the logo, JSON-LD in <head>.
      const open = await tab.waitForSelector('careers-widget >>> .card button.link');
      await open.click();
      const description = await tab.waitForFunction(
        () => {
          const detail = document.getElementById('w').shadowRoot.querySelector('careers-posting')?.shadowRoot;
          const box = detail?.querySelector('[part~="description"]');
          return box && box.querySelector('p') ? box.innerHTML : null;
        },
        { polling: 50 },
      );
      assert.match(await description.jsonValue(), /<p>/, 'the description is sanitized HTML, not plain text');
      const jsonLd = await tab.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]')?.textContent, {
        polling: 50,
      });
      assert.match(await jsonLd.jsonValue(), /"@type":"JobPosting"/);

      const { violations, errors } = await record();
      assert.deepEqual(violations, [], 'no securitypolicyviolation');
      assert.deepEqual(errors, [], 'no careers-error');
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(
        consoleMessages.filter((m) => m.type === 'error' || m.type === 'warn'),
        [],
        'nothing in the console',
      );
    } finally {
      await tab.close();
    }
  });

  it('fails visibly when the page refuses lit-html: a message in each element, careers-error, the policy names in the console', async () => {
    const { tab, consoleMessages, pageErrors, record } = await openPage(browser);
    try {
      await tab.goto(`${site.url}/refused.html`);
      assert.equal(await shadowText(tab, 'w', '[part="error"]'), "The job listings couldn't be loaded.");
      assert.equal(await shadowText(tab, 'de', '[part="error"]'), "The job listings couldn't be loaded.");
      // An element added later says so too.
      await tab.evaluate(() => {
        const late = document.createElement('careers-widget');
        late.id = 'late';
        late.setAttribute('locale', 'fr');
        document.body.append(late);
      });
      assert.equal(await shadowText(tab, 'late', '[part="error"]'), "The job listings couldn't be loaded.");
      assert.equal(await tab.evaluate(() => document.getElementById('w').shadowRoot.querySelector('[role="alert"]') !== null), true);

      const { errors, violations } = await record();
      assert.deepEqual(
        errors.map((e) => [e.target, e.kind]),
        [
          ['w', 'policy'],
          ['de', 'policy'],
          ['late', 'policy'],
        ],
      );
      assert.match(errors[0].message, /trusted-types lit-html careers-widget/);
      // The browser reports the refusal itself, once: Lit's policy.
      assert.deepEqual(
        violations.map((v) => [v.directive, v.sample]),
        [['trusted-types', 'lit-html']],
      );
      const ours = consoleMessages.filter((m) => m.type === 'error' && m.text.startsWith('careers-widget:'));
      assert.equal(ours.length, 1, 'one console error of ours');
      assert.match(ours[0].text, /Trusted Types policy.*allow: trusted-types lit-html careers-widget/);
      assert.deepEqual(pageErrors, [], 'nothing thrown into the page');
    } finally {
      await tab.close();
    }
  });

  it("adds no globals to the page but the custom elements and its libraries' shared ones (Lit, zod)", async () => {
    const { tab, pageErrors, record } = await openPage(browser);
    try {
      await tab.goto(`${site.url}/plain.html`);
      await cards(tab, 'w', 20);
      // Load the lazy parts too: a posting's detail, and a translation.
      const open = await tab.waitForSelector('careers-widget >>> .card button.link');
      await open.click();
      await tab.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('careers-posting')?.shadowRoot?.querySelector('h3, h4'), {
        polling: 50,
      });
      await tab.evaluate(() => document.getElementById('w').setAttribute('locale', 'fr'));
      await tab.waitForFunction(
        () => document.getElementById('w').shadowRoot.querySelector('careers-posting')?.shadowRoot?.textContent.includes('Retour à toutes les offres'),
        { polling: 50 },
      );
      const { keysBefore } = await record();
      const added = await tab.evaluate((before) => Object.keys(window).filter((key) => !before.includes(key)), keysBefore);
      // Puppeteer's own query helpers (the `>>>` selectors above) are the test's.
      const ours = added.filter((key) => !/^(?:puppeteer_)?_*ariaQuerySelector/.test(key)).sort();
      // Shared by every copy of the library on a page, by design: Lit's version lists and decorator
      // metadata, zod's configuration (which a page may set for all copies, e.g. `jitless`).
      assert.deepEqual(ours, ['__zod_globalConfig', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions']);
      assert.deepEqual(await tab.evaluate(() => ['careers-widget', 'careers-posting'].map((tag) => typeof customElements.get(tag))), [
        'function',
        'function',
      ]);
      assert.deepEqual(pageErrors, []);
    } finally {
      await tab.close();
    }
  });
});

describe('the built files', () => {
  const files = ['dist/careers-widget.js', 'dist/cdn.js', ...readdirSync(join(ROOT, 'dist/chunks')).filter((f) => f.endsWith('.js')).map((f) => `dist/chunks/${f}`)];

  it('hold no eval, no new Function, no Function called as a constructor', () => {
    assert.ok(files.length > 10);
    for (const file of files) {
      const code = readFileSync(join(ROOT, file), 'utf8');
      assert.doesNotMatch(code, /\beval\b/, `${file}: eval`);
      // DOMPurify checks `x instanceof Function`; any other use of the name could build code from text.
      const uses = [...code.matchAll(/(.{0,12})\bFunction\b/g)].filter(([, before]) => !/instanceof\s*$/.test(before));
      assert.deepEqual(uses.map(([text]) => text), [], `${file}: Function`);
      assert.doesNotMatch(code, /\bset(?:Timeout|Interval)\(\s*[`'"]/, `${file}: a timer given code as text`);
    }
  });
});
