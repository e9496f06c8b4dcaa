/**
 * HTML in Node: the adapters' HTML helpers with the CLI's parse5 parser
 * (compiled, in dist/lib), on the cases the browser tests run through
 * DOMParser (test/fixtures/html/cases.json), and through the real binary.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, runJson, tempDir } from './helpers.mjs';

const { decodeEntities, htmlListItems, htmlToText } = await import(join(ROOT, 'dist/lib/feed/adapters/html.js'));
const { htmlParser } = await import(join(ROOT, 'dist/lib/cli/html.js'));
const cases = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/html/cases.json'), 'utf8'));
const parser = htmlParser();

describe('HTML helpers with parse5', () => {
  for (const c of cases.text) {
    it(`text and list items: ${c.name}`, () => {
      assert.equal(htmlToText(c.html, parser) ?? null, c.text);
      assert.deepEqual(htmlListItems(c.html, parser), c.items);
    });
  }

  for (const c of cases.decode) {
    it(`decodeEntities: ${c.name}`, () => {
      assert.equal(decodeEntities(c.text, parser), c.decoded);
    });
  }

  it('parses and walks 100,000 levels of nesting without overflowing', () => {
    const deep = `<li>${'<span>'.repeat(100_000)}x`;
    assert.equal(htmlToText(deep, parser), 'x');
    assert.deepEqual(htmlListItems(deep, parser), ['x']);
  });

  it('throws a TypeError without a parser: Node has no DOMParser', () => {
    assert.equal(typeof globalThis.DOMParser, 'undefined');
    assert.throws(() => htmlToText('<p>x</p>'), { name: 'TypeError', message: /No HTML parser/ });
    assert.equal(htmlToText(undefined), undefined);
  });
});

describe('careers-feed convert reads HTML with parse5', () => {
  it('turns Lever list HTML into items and decodes escaped Greenhouse content once', async () => {
    const tmp = tempDir();
    try {
      const lever = tmp.write('lever.json', [
        {
          id: 'p1',
          text: 'Engineer',
          hostedUrl: 'https://jobs.lever.co/acme/p1',
          categories: { location: 'Berlin, Germany' },
          country: 'DE',
          createdAt: 1780000000000,
          lists: [
            {
              text: 'What you <b>bring</b> &amp; more',
              content: '<li title="a>b">Rust</li><li>Caf&eacute;<ul><li>nested</li></ul></li><li>Lit<!-- x --><script>no()</script>',
            },
          ],
        },
      ]);
      const { code, json } = await runJson(['convert', '--format', 'lever', '--language', 'en', lever]);
      assert.equal(code, 0);
      assert.deepEqual(json.postings[0].sections, [
        { title: 'What you bring & more', items: ['Rust', 'Café', 'nested', 'Lit'] },
      ]);

      const greenhouse = tmp.write('greenhouse.json', {
        jobs: [
          {
            id: 7,
            title: 'Designer',
            absolute_url: 'https://boards.greenhouse.io/acme/jobs/7',
            location: { name: 'Berlin, Germany' },
            updated_at: '2026-06-01T00:00:00Z',
            content: '&lt;p&gt;Tom &amp;amp; Jerry &amp;lt;3 &eacute;t&#233;&lt;/p&gt;',
          },
        ],
      });
      const gh = await runJson(['convert', '--format', 'greenhouse', '--language', 'en', greenhouse]);
      assert.equal(gh.code, 0);
      assert.equal(gh.json.postings[0].description, '<p>Tom &amp; Jerry &lt;3 été</p>');
    } finally {
      tmp.cleanup();
    }
  });
});
