import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { campaignHref } from '../../src/model/campaign.js';

const apply = 'https://ats.example/apply?job=1#form';
const page = 'https://acme.example/careers';
const UTM = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'utm_id'];

describe('campaignHref', () => {
  describe('utm passthrough', () => {
    it("appends the page's campaign parameters, keeping the link's query and hash", () => {
      const pageUrl = `${page}?utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_term=rust&utm_content=hero&utm_id=42`;
      expect(campaignHref(apply, pageUrl)).to.equal(
        'https://ats.example/apply?job=1&utm_source=newsletter&utm_medium=email&utm_campaign=spring&utm_term=rust&utm_content=hero&utm_id=42#form',
      );
    });

    it('adds a query to a link that has none', () => {
      expect(campaignHref('https://ats.example/apply#form', `${page}?utm_source=x`)).to.equal('https://ats.example/apply?utm_source=x#form');
      expect(campaignHref('https://ats.example/apply?', `${page}?utm_source=x`)).to.equal('https://ats.example/apply?utm_source=x');
    });

    it('returns the very same string when the page has no campaign parameters', () => {
      for (const href of [apply, 'https://ATS.example', 'https://ats.example/a?b=%7e+c#d']) {
        expect(campaignHref(href, page)).to.equal(href);
        expect(campaignHref(href, `${page}?page=2&job-q=x#utm_source=hash`)).to.equal(href);
      }
    });

    it('takes only the six utm names, spelled exactly so', () => {
      const pageUrl = `${page}?utm_source=a&UTM_MEDIUM=b&utm_Campaign=c&utm_foo=d&gclid=e&fbclid=f&ref=g&utm_id=h`;
      expect(campaignHref(apply, pageUrl)).to.equal('https://ats.example/apply?job=1&utm_source=a&utm_id=h#form');
    });

    it('keeps a parameter the link already has, and adds each name once', () => {
      const out = campaignHref('https://ats.example/apply?utm_source=ats&job=1', `${page}?utm_source=news&utm_medium=mail&utm_medium=other`);
      expect(out).to.equal('https://ats.example/apply?utm_source=ats&job=1&utm_medium=mail');
    });

    it('skips blank campaign values', () => {
      expect(campaignHref(apply, `${page}?utm_source=&utm_medium=%20&utm_campaign=c`)).to.equal(
        'https://ats.example/apply?job=1&utm_campaign=c#form',
      );
    });

    it('keeps values through decoding and re-encoding, and never re-encodes the link', () => {
      const out = campaignHref('https://ats.example/apply?name=a%20b&x=1+2', `${page}?utm_campaign=spring%20sale%26more%3D%23%E2%9C%93`)!;
      expect(out.startsWith('https://ats.example/apply?name=a%20b&x=1+2&')).to.equal(true);
      expect(new URL(out).searchParams.get('utm_campaign')).to.equal('spring sale&more=#✓');
      expect(new URL(out).hash).to.equal('');
    });

    it('accepts the page as a URL object', () => {
      expect(campaignHref(apply, new URL(`${page}?utm_source=x`))).to.equal('https://ats.example/apply?job=1&utm_source=x#form');
    });

    it('treats a page URL that does not parse as one without parameters', () => {
      expect(campaignHref(apply, '?utm_source=x')).to.equal(apply);
      expect(campaignHref(apply, 'not a url', { param: 'src', value: 'careers' })).to.equal(
        'https://ats.example/apply?job=1&src=careers#form',
      );
    });
  });

  describe('source', () => {
    it('appends the configured source parameter', () => {
      expect(campaignHref(apply, page, { param: 'gh_src', value: 'abc' })).to.equal('https://ats.example/apply?job=1&gh_src=abc#form');
    });

    it('comes after the page campaign parameters', () => {
      expect(campaignHref(apply, `${page}?utm_medium=email`, { param: 'gh_src', value: 'abc' })).to.equal(
        'https://ats.example/apply?job=1&utm_medium=email&gh_src=abc#form',
      );
    });

    it('never overrides a campaign of the page or a parameter of the link', () => {
      const source = { param: 'utm_source', value: 'careers-page' };
      expect(campaignHref(apply, `${page}?utm_source=newsletter`, source)).to.equal(
        'https://ats.example/apply?job=1&utm_source=newsletter#form',
      );
      expect(campaignHref('https://ats.example/apply?utm_source=ats', page, source)).to.equal('https://ats.example/apply?utm_source=ats');
      expect(campaignHref(apply, page, source)).to.equal('https://ats.example/apply?job=1&utm_source=careers-page#form');
    });

    it('is not added when the page already has that parameter, even one it does not pass on', () => {
      expect(campaignHref(apply, `${page}?gh_src=board`, { param: 'gh_src', value: 'abc' })).to.equal(apply);
    });

    it('encodes the value', () => {
      const out = campaignHref(apply, page, { param: 'src', value: 'a b&c=d#e' })!;
      expect(out).to.equal('https://ats.example/apply?job=1&src=a+b%26c%3Dd%23e#form');
      expect(new URL(out).searchParams.get('src')).to.equal('a b&c=d#e');
    });

    it('ignores a name that is not a plain query key, and a blank value', () => {
      for (const param of ['', 'a b', 'a&b', 'a=b', 'a#b', 'é', 'x'.repeat(41)]) {
        expect(campaignHref(apply, page, { param, value: 'v' }), JSON.stringify(param)).to.equal(apply);
      }
      expect(campaignHref(apply, page, { param: 'x'.repeat(40), value: 'v' })).to.equal(
        `https://ats.example/apply?job=1&${'x'.repeat(40)}=v#form`,
      );
      expect(campaignHref(apply, page, { param: 'a.b-c_D9', value: 'v' })).to.equal('https://ats.example/apply?job=1&a.b-c_D9=v#form');
      expect(campaignHref(apply, page, { param: 'src', value: ' ' })).to.equal(apply);
    });
  });

  describe('schemes', () => {
    it('returns mailto links unchanged: an address never gets parameters', () => {
      for (const href of ['mailto:jobs@acme.example', 'mailto:jobs@acme.example?subject=Job%201']) {
        expect(campaignHref(href, `${page}?utm_source=x&utm_medium=y`, { param: 'src', value: 'z' })).to.equal(href);
      }
    });

    it('refuses script, other and invalid URLs', () => {
      for (const href of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'ftp://ats.example/a', '/apply', '', 'http://']) {
        expect(campaignHref(href, `${page}?utm_source=x`), href).to.equal(undefined);
      }
    });

    it('works for http links', () => {
      expect(campaignHref('http://ats.example/a', `${page}?utm_id=1`)).to.equal('http://ats.example/a?utm_id=1');
    });
  });

  it("keeps the link's own parameters first and unchanged, adds each page campaign once, nothing else", () => {
    const key = fc.oneof(fc.constantFrom(...UTM, 'UTM_SOURCE', 'gclid', 'job', 'src'), fc.string({ unit: 'grapheme', maxLength: 6 }));
    const params = fc.array(fc.tuple(key, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 6 });
    const source = fc.option(fc.record({ param: fc.constantFrom('src', 'utm_source', 'gh_src', 'bad name'), value: fc.constantFrom('v', '', 'a&b') }), {
      nil: undefined,
    });
    fc.assert(
      fc.property(params, params, fc.constantFrom('', '#form', '#a?b=c'), source, (linkQuery, pageQuery, hash, src) => {
        const search = new URLSearchParams(linkQuery).toString();
        const href = `https://ats.example/apply${search ? `?${search}` : ''}${hash}`;
        const pageUrl = `${page}?${new URLSearchParams(pageQuery).toString()}`;
        const out = campaignHref(href, pageUrl, src);
        expect(out).to.be.a('string');
        const url = new URL(out!);
        expect(url.hash).to.equal(new URL(href).hash);
        const got = [...url.searchParams];
        const own = [...new URL(href).searchParams];
        expect(got.slice(0, own.length)).to.deep.equal(own);
        const ownNames = new Set(own.map(([k]) => k));
        const expected: [string, string][] = [];
        for (const [k, v] of pageQuery) {
          if (UTM.includes(k) && v.trim() && !ownNames.has(k) && !expected.some(([e]) => e === k)) expected.push([k, v]);
        }
        const pageNames = new Set(pageQuery.map(([k]) => k));
        if (src && src.param !== 'bad name' && src.value && !ownNames.has(src.param) && !pageNames.has(src.param)) {
          expected.push([src.param, src.value]);
        }
        expect(got.slice(own.length)).to.deep.equal(expected);
        if (expected.length === 0) expect(out).to.equal(href);
      }),
      { numRuns: 500 },
    );
  });
});
