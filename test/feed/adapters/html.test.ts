import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  decodeEntities,
  htmlListItems,
  htmlToText,
  type HtmlNode,
  type HtmlParser,
} from '../../../src/feed/adapters/html.js';
import { htmlParser } from '../../../src/cli/html.js';
import { adaptGreenhouse } from '../../../src/feed/adapters/greenhouse.js';
import { adaptJsonLd } from '../../../src/feed/adapters/jsonld.js';
import { adaptLever } from '../../../src/feed/adapters/lever.js';
import { adaptRecruitee } from '../../../src/feed/adapters/recruitee.js';
import type { Adapter } from '../../../src/feed/adapters/types.js';
import { fixtureJson, servedJson } from './support.js';

interface TextCase {
  readonly name: string;
  readonly html: string;
  readonly text: string | null;
  readonly items: string[];
}
interface DecodeCase {
  readonly name: string;
  readonly text: string;
  readonly decoded: string;
}
interface Cases {
  readonly text: TextCase[];
  readonly decode: DecodeCase[];
}

/** The CLI's parser (parse5), run here in the browser beside DOMParser. */
const parse5 = htmlParser();

/** Every parser the helpers must agree under: the default, DOMParser given, and parse5. */
const PARSERS: ReadonlyArray<[string, HtmlParser | undefined]> = [
  ['the default (DOMParser)', undefined],
  ['a DOMParser given', new DOMParser()],
  ['parse5 (the CLI)', parse5],
];

/** `node`'s subtree as lines "depth name value", in document order (no recursion). */
function outline(root: HtmlNode): string[] {
  const lines: string[] = [];
  const stack: Array<[HtmlNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    lines.push(`${depth} ${node.nodeName} ${JSON.stringify(node.nodeValue)}`);
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push([node.childNodes[i]!, depth + 1]);
  }
  return lines;
}

describe('HTML helpers', () => {
  let cases: Cases;
  before(async () => {
    cases = (await servedJson('/test/fixtures/html/cases.json')) as Cases;
  });

  for (const [label, parser] of PARSERS) {
    it(`htmlToText and htmlListItems read the shared cases with ${label}`, () => {
      for (const c of cases.text) {
        expect(htmlToText(c.html, parser) ?? null, `htmlToText: ${c.name}`).to.equal(c.text);
        expect(htmlListItems(c.html, parser), `htmlListItems: ${c.name}`).to.deep.equal(c.items);
      }
    });

    it(`decodeEntities reads the shared cases with ${label}`, () => {
      for (const c of cases.decode) expect(decodeEntities(c.text, parser), c.name).to.equal(c.decoded);
    });

    it(`walks 5,000 levels of nesting without overflowing, with ${label}`, function () {
      // parse5 checks element scopes by scanning its stack of open elements,
      // so very deep markup costs it time quadratic in the depth.
      this.timeout(30_000);
      const divs = `${'<div><span>'.repeat(2500)}deep${'</span></div>'.repeat(2500)}`;
      expect(htmlToText(divs, parser)).to.equal('deep');
      expect(htmlListItems(divs, parser)).to.deep.equal(['deep']);
      // <ul><li> 2,500 times: 5,000 levels.
      const words = Array.from({ length: 2500 }, (_, i) => `w${i}`);
      const lists = words.map((w) => `<ul><li>${w}`).join('');
      expect(htmlListItems(lists, parser)).to.deep.equal(words);
      expect(htmlToText(lists, parser)).to.equal(words.join(' '));
      expect(decodeEntities(`${'<b>'.repeat(5000)}&amp;`, parser)).to.equal('&');
    });
  }

  it('walks a tree far deeper than any call stack (200,000 levels)', () => {
    // Browsers cap the DOM depth their parser builds (Chromium at 512), so
    // this tree comes from a stand-in parser: the walk itself must not recurse.
    const text = (value: string): HtmlNode => ({ nodeName: '#text', nodeValue: value, childNodes: [] });
    const element = (name: string, ...childNodes: HtmlNode[]): HtmlNode => ({ nodeName: name, nodeValue: null, childNodes });
    let node = element('LI', text('bottom'));
    for (let i = 0; i < 200_000; i++) node = element(i % 2 ? 'LI' : 'SPAN', text(i === 199_999 ? 'top' : ''), node);
    const deep: HtmlParser = { parseFromString: () => element('#document', node) };
    expect(htmlToText('ignored', deep)).to.equal('top bottom');
    expect(htmlListItems('ignored', deep)).to.deep.equal(['top', 'bottom']);
    expect(decodeEntities('ignored', deep)).to.equal('topbottom');
  });

  it('parse5 trees have the DOM shape DOMParser gives', () => {
    const html =
      '<!DOCTYPE html><body><p class="a>b">x &amp; y<br>z</p><!--c--><ul><li>1<li>2</ul>' +
      '<svg viewBox="0 0 1 1"><foreignObject><i>f</i></foreignObject></svg><template><b>t</b></template>' +
      '<table><td>cell</table><script>if (a < b) {}</script>';
    expect(outline(parse5.parseFromString(html, 'text/html'))).to.deep.equal(
      outline(new DOMParser().parseFromString(html, 'text/html')),
    );
  });

  it('DOMParser and parse5 agree on arbitrary markup (property)', () => {
    const token = fc.constantFrom(
      '<li>', '</li>', '<ul>', '</ul>', '<ol>', '<p>', '</p>', '<br>', '<b>', '</b>', '<div>', '</div>',
      '<table>', '<td>', '<li title="a>b">', '<!--', '-->', '<script>', '</script>', '<style>', '</style>',
      '<template>', '</template>', 'x', 'y z', ' ', '\n', '&amp;', '&lt;', '&eacute;', '&#233;', '&copy', '<', '>', '"', 'é',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const html = tokens.join('');
        expect(htmlToText(html, parse5), html).to.equal(htmlToText(html));
        expect(htmlListItems(html, parse5), html).to.deep.equal(htmlListItems(html));
        expect(decodeEntities(html, parse5), html).to.equal(decodeEntities(html));
      }),
      { numRuns: 300 },
    );
  });

  it('parses inertly: nothing in the markup runs', async () => {
    const flag = '__careersHtmlRan';
    const html = `<img src="data:," onerror="window.${flag} = 1"><script>window.${flag} = 2</script><li>ok</li>`;
    expect(htmlListItems(html)).to.deep.equal(['ok']);
    expect(htmlToText(html)).to.equal('ok');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
  });

  it('needs a parser where there is no DOMParser, except for non-strings and text without markup', () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, 'DOMParser')!;
    delete (globalThis as { DOMParser?: unknown }).DOMParser;
    try {
      expect(() => htmlToText('<p>x</p>')).to.throw(TypeError, /No HTML parser/);
      expect(() => htmlListItems('x')).to.throw(TypeError, /No HTML parser/);
      expect(() => decodeEntities('<b>&amp;</b>')).to.throw(TypeError, /No HTML parser/);
      // Text without markup is read by an inert <template> of the page's document.
      expect(decodeEntities('R&amp;D &lt;p&gt;')).to.equal('R&D <p>');
      expect(htmlToText(null)).to.equal(undefined);
      expect(htmlListItems(undefined)).to.deep.equal([]);
      expect(htmlToText('<p>x</p>', parse5)).to.equal('x');
    } finally {
      Object.defineProperty(globalThis, 'DOMParser', saved);
    }
    expect(htmlToText('<p>x</p>')).to.equal('x');
  });
});

describe('adapters and the HTML parser option', () => {
  const ADAPTERS: ReadonlyArray<[string, Adapter, string]> = [
    ['Greenhouse', adaptGreenhouse, 'greenhouse.json'],
    ['JSON-LD', adaptJsonLd, 'jsonld.json'],
    ['Lever', adaptLever, 'lever.json'],
    ['Recruitee', adaptRecruitee, 'recruitee.json'],
  ];

  for (const [name, adapt, fixture] of ADAPTERS) {
    it(`${name} reads its HTML with options.html, to the same feed as with DOMParser`, async () => {
      const input = await fixtureJson(fixture);
      let calls = 0;
      const counting: HtmlParser = {
        parseFromString: (html, type) => {
          calls += 1;
          return parse5.parseFromString(html, type);
        },
      };
      const withParse5 = await adapt(input, { language: 'en', html: counting });
      expect(calls, 'parser calls').to.be.greaterThan(0);
      expect(withParse5).to.deep.equal(await adapt(input, { language: 'en' }));
    });
  }

  it('Lever list items survive attributes holding ">" and unclosed <li>s', () => {
    const posting = {
      id: 'p1',
      text: 'Engineer',
      hostedUrl: 'https://jobs.lever.co/x/p1',
      lists: [{ text: 'What you <b>bring</b>', content: '<li title="a>b">Rust</li><li data-x=">">Go<li>Lit' }],
    };
    for (const [, parser] of PARSERS) {
      const [row] = adaptLever([posting], { language: 'en', html: parser }).feed.postings as Array<Record<string, unknown>>;
      expect(row!['sections']).to.deep.equal([{ title: 'What you bring', items: ['Rust', 'Go', 'Lit'] }]);
    }
  });
});
