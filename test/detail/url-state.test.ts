import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_URL_PREFIX, readUrlState, writeUrlState, type UrlState } from '../../src/detail/url-state.js';
import { EMPLOYMENT_TYPES, WORKPLACES } from '../../src/feed/values.js';

const page = 'https://acme.example/careers';

describe('readUrlState', () => {
  it('reads every filter and the open posting', () => {
    const url = `${page}?job-country=FR&job-language=fr&job-department=Sales&job-workplace=remote&job-type=full-time&job-q=engineer&job-id=be-2`;
    expect(readUrlState(url)).to.deep.equal({
      filters: { country: 'FR', language: 'fr', department: 'Sales', workplace: 'remote', employmentType: 'full-time', query: 'engineer' },
      postingId: 'be-2',
    });
  });

  it('reads a URL object as well as a string', () => {
    expect(readUrlState(new URL(`${page}?job-q=design`))).to.deep.equal({ filters: { query: 'design' } });
  });

  it('has no state without its parameters', () => {
    expect(readUrlState(page)).to.deep.equal({ filters: {} });
    expect(readUrlState(`${page}?utm_source=x&country=FR&q=engineer&id=1#job-id=2`)).to.deep.equal({ filters: {} });
  });

  it('ignores unknown parameters of its prefix, including object property names', () => {
    const url = `${page}?job-page=2&job-__proto__=x&job-constructor=y&job-toString=z&job-hasOwnProperty=w&job-Country=FR`;
    const state = readUrlState(url);
    expect(state).to.deep.equal({ filters: {} });
    expect(Object.getPrototypeOf(state.filters)).to.equal(Object.prototype);
  });

  it('trims values and ignores blank ones', () => {
    expect(readUrlState(`${page}?job-q=+%20engineer%09&job-department=%20&job-id=&job-country=`)).to.deep.equal({
      filters: { query: 'engineer' },
    });
  });

  it('upper-cases the country', () => {
    expect(readUrlState(`${page}?job-country=fr`).filters.country).to.equal('FR');
  });

  it('reads workplace and employment type only from their closed sets, in any case', () => {
    expect(readUrlState(`${page}?job-workplace=Remote&job-type=PART-TIME`).filters).to.deep.equal({
      workplace: 'remote',
      employmentType: 'part-time',
    });
    expect(readUrlState(`${page}?job-workplace=moon&job-type=gig`).filters).to.deep.equal({});
    for (const w of WORKPLACES) expect(readUrlState(`${page}?job-workplace=${w}`).filters.workplace).to.equal(w);
    for (const t of EMPLOYMENT_TYPES) expect(readUrlState(`${page}?job-type=${t}`).filters.employmentType).to.equal(t);
  });

  it('ignores values longer than 200 characters', () => {
    const ok = 'a'.repeat(200);
    const long = 'a'.repeat(201);
    expect(readUrlState(`${page}?job-q=${ok}&job-department=${long}&job-id=${long}`)).to.deep.equal({ filters: { query: ok } });
  });

  it('takes the first usable copy of a repeated parameter', () => {
    expect(readUrlState(`${page}?job-q=&job-q=first&job-q=second`).filters.query).to.equal('first');
  });

  it('reads back a posting id as written, whether or not such a posting exists', () => {
    expect(readUrlState(`${page}?job-id=closed-in-2019`).postingId).to.equal('closed-in-2019');
  });

  it('has no state for a URL that does not parse', () => {
    expect(readUrlState('?job-q=x')).to.deep.equal({ filters: {} });
    expect(readUrlState('not a url')).to.deep.equal({ filters: {} });
  });

  describe('prefix', () => {
    it('defaults to job-', () => {
      expect(DEFAULT_URL_PREFIX).to.equal('job-');
    });

    it('reads only the parameters of the given prefix', () => {
      const url = `${page}?job-q=a&w2_q=b&careers-q=c`;
      expect(readUrlState(url).filters.query).to.equal('a');
      expect(readUrlState(url, 'w2_').filters.query).to.equal('b');
      expect(readUrlState(url, 'careers-').filters.query).to.equal('c');
    });

    it('falls back to the default for an invalid prefix', () => {
      const url = `${page}?job-q=a&x%3Dq=b&a.b.q=c&${'p'.repeat(21)}q=d&q=e`;
      for (const prefix of ['x=', 'a.b.', 'p'.repeat(21), '', 'a b', 'é-']) {
        expect(readUrlState(url, prefix).filters.query, JSON.stringify(prefix)).to.equal('a');
      }
      expect(readUrlState(`${page}?${'p'.repeat(20)}q=d`, 'p'.repeat(20)).filters.query).to.equal('d');
    });
  });
});

describe('writeUrlState', () => {
  it('appends the state after the host parameters, keeping them and the hash', () => {
    const out = writeUrlState(`${page}?utm_source=x&page=2#top`, { filters: { country: 'FR', query: 'engineer' }, postingId: 'be-2' });
    expect(out).to.equal(`${page}?utm_source=x&page=2&job-country=FR&job-q=engineer&job-id=be-2#top`);
  });

  it('writes every filter under its short name, in a fixed order', () => {
    const out = writeUrlState(page, {
      postingId: 'be-2',
      filters: { query: 'engineer', employmentType: 'full-time', workplace: 'remote', department: 'Sales', language: 'fr', country: 'FR' },
    });
    expect(out).to.equal(
      `${page}?job-country=FR&job-language=fr&job-department=Sales&job-workplace=remote&job-type=full-time&job-q=engineer&job-id=be-2`,
    );
  });

  it('replaces its parameters where the first one was, leaving the others in place', () => {
    const out = writeUrlState(`${page}?a=1&job-country=DE&b=2&job-q=old&c=3`, { filters: { country: 'FR', department: 'Sales' } });
    expect(out).to.equal(`${page}?a=1&job-country=FR&job-department=Sales&b=2&c=3`);
  });

  it('removes its parameters, and an empty query, when the state is empty', () => {
    expect(writeUrlState(`${page}?job-country=FR&job-id=1#top`, { filters: {} })).to.equal(`${page}#top`);
    expect(writeUrlState(`${page}?a=1&job-country=FR`, { filters: {} })).to.equal(`${page}?a=1`);
  });

  it('leaves out empty and blank values: they mean "any" or "the default"', () => {
    const state: UrlState = {
      filters: { country: '', language: '', department: '  ', workplace: '', employmentType: '', query: '' },
      postingId: '',
    };
    expect(writeUrlState(`${page}?job-q=x`, state)).to.equal(page);
  });

  it('writes the "all" language, which is a choice and not the default', () => {
    expect(writeUrlState(page, { filters: { language: 'all' } })).to.equal(`${page}?job-language=all`);
  });

  it('keeps host parameters byte for byte, however they are encoded', () => {
    const query = '?q=a+b&x=%20%2b&flag&y=%E2%9C%93&z=caf%C3%A9&empty=&a=1&a=2&%6Aob-q=host';
    const out = writeUrlState(`${page}${query}#frag?x&y`, { filters: { query: 'rust' } });
    // `%6Aob-q` decodes to `job-q`: it is ours, so it is replaced.
    expect(out).to.equal(`${page}?q=a+b&x=%20%2b&flag&y=%E2%9C%93&z=caf%C3%A9&empty=&a=1&a=2&job-q=rust#frag?x&y`);
  });

  it("leaves another widget's parameters alone, so two widgets coexist", () => {
    let url = writeUrlState(`${page}?page=2`, { filters: { country: 'FR' }, postingId: 'fr-1' });
    url = writeUrlState(url, { filters: { country: 'DE', query: 'sales' } }, 'team-');
    url = writeUrlState(url, { filters: { country: 'ES' } });
    expect(url).to.equal(`${page}?page=2&job-country=ES&team-country=DE&team-q=sales`);
    expect(readUrlState(url)).to.deep.equal({ filters: { country: 'ES' } });
    expect(readUrlState(url, 'team-')).to.deep.equal({ filters: { country: 'DE', query: 'sales' } });
  });

  it('keeps unknown parameters that merely share its prefix', () => {
    expect(writeUrlState(`${page}?job-board=1&job-q=x`, { filters: {} })).to.equal(`${page}?job-board=1`);
  });

  it('encodes unicode and &, =, #, + and % in values', () => {
    const query = 'R&D = #1 + 100% Zürich 東京 🚀';
    const out = writeUrlState(`${page}#top`, { filters: { query, department: 'a=b&c' }, postingId: 'x#y' });
    const parsed = new URL(out);
    expect(parsed.hash).to.equal('#top');
    expect([...parsed.searchParams]).to.deep.equal([
      ['job-department', 'a=b&c'],
      ['job-q', query],
      ['job-id', 'x#y'],
    ]);
    // Every special character is escaped: three `name=value` segments of printable ASCII.
    expect(parsed.search.slice(1).split('&').map((seg) => seg.split('=').length)).to.deep.equal([2, 2, 2]);
    expect(parsed.search).to.match(/^\?[\x21-\x22\x24-\x7e]+$/u);
    expect(readUrlState(out)).to.deep.equal({ filters: { query, department: 'a=b&c' }, postingId: 'x#y' });
  });

  it('writes values cleaned as they would be read: trimmed, country upper-case, unknown workplace dropped', () => {
    const state = { filters: { country: ' fr ', query: ' x ', workplace: 'moon' } } as unknown as UrlState;
    expect(writeUrlState(page, state)).to.equal(`${page}?job-country=FR&job-q=x`);
  });

  it('does not write a value too long to be read back', () => {
    expect(writeUrlState(page, { filters: { query: 'q'.repeat(201) } })).to.equal(page);
    // Upper-casing "ß" doubles it: still measured as read back.
    expect(writeUrlState(page, { filters: { country: 'ß'.repeat(101) } })).to.equal(page);
  });

  it('uses the default prefix for an invalid one', () => {
    expect(writeUrlState(page, { filters: { query: 'x' } }, 'a&b=')).to.equal(`${page}?job-q=x`);
  });

  it('returns a URL that does not parse unchanged', () => {
    expect(writeUrlState('/careers?a=1', { filters: { query: 'x' } })).to.equal('/careers?a=1');
  });

  it('accepts a URL object and does not change it', () => {
    const url = new URL(`${page}?a=1`);
    expect(writeUrlState(url, { filters: { query: 'x' } })).to.equal(`${page}?a=1&job-q=x`);
    expect(url.href).to.equal(`${page}?a=1`);
  });

  describe('properties', () => {
    /** Values as the widget holds them: trimmed, non-empty, within the length limit, any characters. */
    const value = fc
      .oneof(
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.array(fc.constantFrom('&', '=', '#', '+', '%', '%20', '?', ' ', '/', 'é', '東', '🚀', 'a', 'job-q=', '\u2028'), { maxLength: 12 }).map((a) => a.join('')),
      )
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const option = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
    const stateArb = fc.record({
      country: option(value.map((s) => s.toUpperCase()).filter((s) => s.trim() === s && s.length <= 200)),
      language: option(value),
      department: option(value),
      workplace: option(fc.constantFrom(...WORKPLACES)),
      employmentType: option(fc.constantFrom(...EMPLOYMENT_TYPES)),
      query: option(value),
      postingId: option(value),
    });
    const hostParams = fc.array(
      fc.tuple(
        fc.string({ unit: 'grapheme', maxLength: 8 }).filter((k) => !k.startsWith('job-') && !k.startsWith('w2_')),
        fc.string({ unit: 'grapheme', maxLength: 8 }),
      ),
      { maxLength: 4 },
    );
    const hash = fc.constantFrom('', '#top', '#job-id=x', '#a?b&c=d');

    type GeneratedState = typeof stateArb extends fc.Arbitrary<infer T> ? T : never;
    const toState = (s: GeneratedState): UrlState => {
      const filters = Object.fromEntries(Object.entries(s).filter(([k, v]) => k !== 'postingId' && v !== undefined));
      return s.postingId === undefined ? { filters } : { filters, postingId: s.postingId };
    };

    it('reads back exactly the state it wrote, whatever the values and the host query', () => {
      fc.assert(
        fc.property(stateArb, hostParams, hash, (s, host, h) => {
          const base = `${page}?${new URLSearchParams(host).toString()}${h}`;
          const state = toState(s);
          const out = writeUrlState(base, state);
          expect(readUrlState(out)).to.deep.equal(state);
          const parsed = new URL(out);
          expect(parsed.hash).to.equal(new URL(base).hash);
          expect([...parsed.searchParams].filter(([k]) => !k.startsWith('job-'))).to.deep.equal([...new URL(base).searchParams]);
        }),
        { numRuns: 500 },
      );
    });

    it('keeps two widgets apart: writing one never changes what the other reads', () => {
      fc.assert(
        fc.property(stateArb, stateArb, stateArb, (a, b, a2) => {
          let url = writeUrlState(page, toState(a));
          url = writeUrlState(url, toState(b), 'w2_');
          url = writeUrlState(url, toState(a2));
          expect(readUrlState(url)).to.deep.equal(toState(a2));
          expect(readUrlState(url, 'w2_')).to.deep.equal(toState(b));
        }),
        { numRuns: 200 },
      );
    });

    it('is idempotent: writing the state it reads changes nothing', () => {
      fc.assert(
        fc.property(stateArb, hostParams, hash, (s, host, h) => {
          const once = writeUrlState(`${page}?${new URLSearchParams(host).toString()}${h}`, toState(s));
          expect(writeUrlState(once, readUrlState(once))).to.equal(once);
        }),
        { numRuns: 300 },
      );
    });
  });
});
