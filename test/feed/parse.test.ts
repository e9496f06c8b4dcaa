import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed, type DroppedField, type SkippedPosting } from '../../src/feed/parse.js';
import { describeDropped, describeSkipped } from '../../src/feed/console-report.js';
import { FeedError } from '../../src/feed/errors.js';
import { formatIssue, formatPath, issueReason } from '../../src/feed/issues.js';
import { feed, posting, rawPostingArb } from '../support/postings.js';

function schemaError(data: unknown): FeedError {
  try {
    parseFeed(data);
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('parseFeed did not throw');
}

describe('parseFeed', () => {
  describe('a valid feed', () => {
    it('returns every posting in order, the organization, and nothing skipped', () => {
      const rows = [posting({ id: 'a' }), posting({ id: 'b', language: 'fr' })];
      const parsed = parseFeed(feed(rows, { organization: { name: 'Acme', url: 'https://acme.example' } }));
      expect(parsed.postings).to.deep.equal(rows);
      expect(parsed.organization).to.deep.equal({ name: 'Acme', url: 'https://acme.example' });
      expect(parsed.skipped).to.deep.equal([]);
    });

    it('has no organization when the feed names none', () => {
      expect(parseFeed(feed([])).organization).to.equal(undefined);
    });

    it('ignores unknown fields of the envelope and of rows', () => {
      const parsed = parseFeed({ ...feed([{ ...posting({ id: 'a' }), extra: 1 }]), generator: 'x' });
      expect(parsed.postings).to.have.length(1);
      expect(parsed.postings[0]).to.not.have.property('extra');
    });
  });

  describe('bad rows', () => {
    const rows = [
      posting({ id: 'good-1' }),
      { ...posting({ id: 'no-title' }), title: undefined },
      posting({ id: 'js-url', url: 'javascript:alert(1)' }),
      posting({ id: 'bad-country', locations: [{ city: 'Nowhere', country: 'XX' }] }),
      posting({ id: 'good-1', title: 'Duplicate' }),
      'not an object',
      null,
      { id: '   ', title: 'Blank id' },
      posting({ id: 'good-2' }),
    ];
    const parsed = parseFeed(feed(rows));

    it('keeps the good rows, and the row whose only problem was an optional value', () => {
      expect(parsed.postings.map((p) => p.id)).to.deep.equal(['good-1', 'bad-country', 'good-2']);
      expect(parsed.postings[0]!.title).to.not.equal('Duplicate');
      // The unknown country is left out; the place itself stays.
      expect(parsed.postings[1]!.locations).to.deep.equal([{ city: 'Nowhere' }]);
      expect(parsed.dropped).to.deep.equal([
        {
          index: 3,
          id: 'bad-country',
          path: 'postings[3].locations[0].country',
          reason: 'is not a known ISO 3166-1 alpha-2 country code',
        },
      ]);
    });

    it('reports each bad row with its index, its id when usable, and the reasons', () => {
      const byIndex = new Map(parsed.skipped.map((s) => [s.index, s]));
      expect([...byIndex.keys()]).to.deep.equal([1, 2, 4, 5, 6, 7]);
      expect(byIndex.get(1)!.id).to.equal('no-title');
      expect(byIndex.get(1)!.reasons).to.deep.equal(['postings[1].title: expected string']);
      // The bad url is left out; then the row has nothing to link or show.
      expect(byIndex.get(2)).to.deep.equal({
        index: 2,
        id: 'js-url',
        reasons: ['postings[2].url: must be an http(s) URL', 'postings[2].url: needs a url, a description or sections'],
      });
      expect(byIndex.get(4)).to.deep.equal({ index: 4, id: 'good-1', reasons: ['postings[4].id: duplicate id "good-1"'] });
      expect(byIndex.get(5)!.id).to.equal(undefined);
      expect(byIndex.get(5)!.reasons).to.deep.equal(['postings[5]: expected object']);
      expect(byIndex.get(6)).to.deep.equal({ index: 6, id: undefined, reasons: ['postings[6]: expected object'] });
      expect(byIndex.get(7)!.id).to.equal(undefined);
      expect(byIndex.get(7)!.reasons).to.include('postings[7].id: must not be empty');
    });

    it('compares ids after trimming', () => {
      const result = parseFeed(feed([posting({ id: 'a', url: 'https://jobs.example/a' }), posting({ id: ' a ', url: 'https://jobs.example/a2' })]));
      expect(result.postings.map((p) => p.id)).to.deep.equal(['a']);
      expect(result.skipped).to.deep.equal([{ index: 1, id: 'a', reasons: ['postings[1].id: duplicate id "a"'] }]);
    });

    it('keeps a valid row whose id an earlier invalid row used', () => {
      const result = parseFeed(feed([posting({ id: 'a', title: '' }), posting({ id: 'a' })]));
      expect(result.postings.map((p) => p.id)).to.deep.equal(['a']);
      expect(result.skipped.map((s) => s.index)).to.deep.equal([0]);
    });
  });

  describe('optional values: left out, the posting kept', () => {
    /** Parses one row; returns the kept posting (or undefined), what was dropped and what was skipped. */
    const one = (row: unknown) => {
      const parsed = parseFeed(feed([row]));
      return { posting: parsed.postings[0], dropped: parsed.dropped, skipped: parsed.skipped };
    };
    const dropOf = (path: string, reason: string, id = 'r') => ({ index: 0, id, path, reason });

    it('a null summary', () => {
      const { posting: kept, dropped } = one({ ...posting({ id: 'r' }), summary: null });
      expect(kept).to.deep.equal(posting({ id: 'r', title: kept!.title }));
      expect(kept).to.not.have.property('summary');
      expect(dropped).to.deep.equal([dropOf('postings[0].summary', 'expected string')]);
    });

    it('an unknown employmentType or workplace, a bad applyUrl, validThrough, department', () => {
      const { posting: kept, dropped, skipped } = one({
        ...posting({ id: 'r' }),
        employmentType: 'permanent',
        workplace: 'office',
        applyUrl: 'javascript:alert(1)',
        validThrough: 'next month',
        department: '   ',
        team: 'Platform',
      });
      expect(skipped).to.deep.equal([]);
      expect(kept!.team).to.equal('Platform');
      for (const key of ['employmentType', 'workplace', 'applyUrl', 'validThrough', 'department']) {
        expect(kept, key).to.not.have.property(key);
      }
      expect(dropped.map((d) => `${d.path}: ${d.reason}`)).to.deep.equal([
        'postings[0].applyUrl: must be an http(s) or mailto: URL',
        'postings[0].workplace: must be one of "onsite", "hybrid", "remote"',
        'postings[0].department: must not be empty',
        'postings[0].employmentType: must be one of "full-time", "part-time", "contract", "temporary", "internship", "volunteer", "other"',
        'postings[0].validThrough: must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
      ]);
    });

    it('a salary goes whole when its currency or range is bad, and keeps the rest when only the period is', () => {
      const currency = one({ ...posting({ id: 'r' }), salary: { currency: 'EURO', min: 1, max: 2 } });
      expect(currency.posting).to.not.have.property('salary');
      expect(currency.dropped).to.deep.equal([dropOf('postings[0].salary', 'currency: must be an ISO 4217 currency code')]);
      const range = one({ ...posting({ id: 'r' }), salary: { currency: 'EUR', min: 90, max: 80 } });
      expect(range.posting).to.not.have.property('salary');
      expect(range.dropped).to.deep.equal([dropOf('postings[0].salary', 'min must not exceed max')]);
      const half = one({ ...posting({ id: 'r' }), salary: { currency: 'EUR', min: '80k', max: 100 } });
      expect(half.posting, 'never "up to 100" from a range with a bad minimum').to.not.have.property('salary');
      const period = one({ ...posting({ id: 'r' }), salary: { currency: 'EUR', min: 80, period: 'fortnight' } });
      expect(period.posting!.salary).to.deep.equal({ currency: 'EUR', min: 80 });
      expect(period.dropped).to.deep.equal([
        dropOf('postings[0].salary.period', 'must be one of "hour", "day", "week", "month", "year"'),
      ]);
      const nothing = one({ ...posting({ id: 'r' }), salary: { currency: 'EUR' } });
      expect(nothing.dropped).to.deep.equal([dropOf('postings[0].salary', 'needs min, max or both')]);
    });

    it('a bad location field goes alone, a location left empty or not an object goes whole', () => {
      const { posting: kept, dropped } = one({
        ...posting({ id: 'r' }),
        locations: [
          { city: 'Berlin', country: 'DE' },
          { city: 'Atlantis', region: 'Deep', country: 'XX' },
          { country: 'Germany' },
          'Paris',
          { city: '', region: 'BY', country: 'de' },
        ],
      });
      expect(kept!.locations).to.deep.equal([
        { city: 'Berlin', country: 'DE' },
        { city: 'Atlantis', region: 'Deep' },
        { region: 'BY', country: 'de' },
      ]);
      expect(dropped).to.deep.equal([
        dropOf('postings[0].locations[1].country', 'is not a known ISO 3166-1 alpha-2 country code'),
        dropOf('postings[0].locations[2].country', 'must be an ISO 3166-1 alpha-2 country code; is not a known ISO 3166-1 alpha-2 country code'),
        dropOf('postings[0].locations[3]', 'expected object'),
        dropOf('postings[0].locations[4].city', 'must not be empty'),
      ]);
    });

    it('locations that are not an array read as none', () => {
      for (const locations of [null, 'Berlin', { city: 'Berlin' }]) {
        const { posting: kept, dropped } = one({ ...posting({ id: 'r' }), locations });
        expect(kept!.locations, JSON.stringify(locations)).to.deep.equal([]);
        expect(dropped).to.deep.equal([dropOf('postings[0].locations', 'expected array')]);
      }
      const missing: Record<string, unknown> = { ...posting({ id: 'r' }) };
      delete missing['locations'];
      expect(one(missing).posting!.locations).to.deep.equal([]);
    });

    it('bad remote countries, sections and section items go one by one', () => {
      const { posting: kept, dropped } = one({
        ...posting({ id: 'r' }),
        remoteCountries: ['DE', 'XX', 'fr', 7],
        sections: [
          { title: '', items: ['a'] },
          { title: 'Requirements', items: ['TypeScript', '  ', 'Care'] },
          'Benefits',
          { title: 'Perks', items: 'all of them' },
        ],
      });
      expect(kept!.remoteCountries).to.deep.equal(['DE', 'fr']);
      expect(kept!.sections).to.deep.equal([{ title: 'Requirements', items: ['TypeScript', 'Care'] }]);
      expect(dropped.map((d) => d.path)).to.deep.equal([
        'postings[0].remoteCountries[1]',
        'postings[0].remoteCountries[3]',
        'postings[0].sections[0]',
        'postings[0].sections[1].items[1]',
        'postings[0].sections[2]',
        'postings[0].sections[3]',
      ]);
      expect(dropped[2]!.reason).to.equal('title: must not be empty');
      expect(dropped[5]!.reason).to.equal('items: expected array');
    });

    it('a section with a bad title and a bad item goes once, with both reasons', () => {
      const { posting: kept, dropped, skipped } = one({
        ...posting({ id: 'r' }),
        sections: [{ title: '', items: ['', 'b'] }, { title: 'Kept', items: ['x'] }],
      });
      expect(skipped).to.deep.equal([]);
      expect(kept!.sections).to.deep.equal([{ title: 'Kept', items: ['x'] }]);
      expect(dropped).to.deep.equal([dropOf('postings[0].sections[0]', 'title: must not be empty; items[0]: must not be empty')]);
    });

    it('a bad url is left out when a description or sections carry the posting', () => {
      const { posting: kept, dropped } = one({ ...posting({ id: 'r' }), url: '/jobs/r', description: '<p>All about it</p>' });
      expect(kept).to.not.have.property('url');
      expect(kept!.description).to.equal('<p>All about it</p>');
      expect(dropped).to.deep.equal([dropOf('postings[0].url', 'must be an http(s) URL')]);
    });

    it('never changes the data it was given', () => {
      const row = {
        ...posting({ id: 'r' }),
        summary: null,
        locations: [{ city: 'Atlantis', country: 'XX' }, 'x'],
        remoteCountries: ['XX'],
        sections: [{ title: 'T', items: ['', 'b'] }],
        salary: { currency: 'EUR', min: 1, period: 'fortnight' },
      };
      const before = JSON.stringify(row);
      const kept = one(row).posting!;
      expect(JSON.stringify(row)).to.equal(before);
      expect(kept.locations).to.deep.equal([{ city: 'Atlantis' }]);
      expect(kept.sections).to.deep.equal([{ title: 'T', items: ['b'] }]);
    });
  });

  describe('required values: the row skipped, with every reason', () => {
    it('a bad title, language or id skips the row, whatever else is fine', () => {
      for (const [key, value] of [['title', ''], ['language', 'english'], ['id', 42]] as const) {
        const parsed = parseFeed(feed([{ ...posting({ id: 'r' }), [key]: value, summary: null }]));
        expect(parsed.postings, key).to.deep.equal([]);
        expect(parsed.dropped, key).to.deep.equal([]);
        expect(parsed.skipped[0]!.reasons.some((r) => r.startsWith(`postings[0].${key}: `)), key).to.equal(true);
        expect(parsed.skipped[0]!.reasons, key).to.include('postings[0].summary: expected string');
      }
    });

    it('datePosted is optional: a bad one is dropped and reported, a missing one costs nothing', () => {
      const { datePosted: _, ...undated } = posting({ id: 'undated' });
      const parsed = parseFeed(feed([{ ...posting({ id: 'bad-date' }), datePosted: 'yesterday' }, undated]));
      expect(parsed.skipped).to.deep.equal([]);
      expect(parsed.postings.map((p) => [p.id, p.datePosted])).to.deep.equal([
        ['bad-date', undefined],
        ['undated', undefined],
      ]);
      expect(parsed.postings.every((p) => !('datePosted' in p))).to.equal(true);
      expect(parsed.dropped).to.deep.equal([
        { index: 0, id: 'bad-date', path: 'postings[0].datePosted', reason: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time' },
      ]);
    });

    it('a bad url without a description or sections skips the row', () => {
      const parsed = parseFeed(feed([{ ...posting({ id: 'r' }), url: 'ftp://jobs.example/r', sections: [{ title: '', items: [] }] }]));
      expect(parsed.postings).to.deep.equal([]);
      expect(parsed.dropped).to.deep.equal([]);
      expect(parsed.skipped).to.deep.equal([
        {
          index: 0,
          id: 'r',
          reasons: [
            'postings[0].url: must be an http(s) URL',
            'postings[0].sections[0]: title: must not be empty',
            'postings[0].url: needs a url, a description or sections',
          ],
        },
      ]);
    });

    it('a row with a bad optional value and a taken id is skipped as a duplicate, nothing dropped', () => {
      const parsed = parseFeed(feed([posting({ id: 'a' }), { ...posting({ id: 'a' }), summary: 1 }]));
      expect(parsed.skipped).to.deep.equal([{ index: 1, id: 'a', reasons: ['postings[1].id: duplicate id "a"'] }]);
      expect(parsed.dropped).to.deep.equal([]);
    });
  });

  describe('the organization: left out, never the feed', () => {
    it('null or not an object', () => {
      for (const organization of [null, 'Acme', ['Acme']]) {
        const parsed = parseFeed({ version: 1, organization, postings: [posting({ id: 'a' })] });
        expect(parsed.organization, JSON.stringify(organization)).to.equal(undefined);
        expect(parsed.postings.map((p) => p.id)).to.deep.equal(['a']);
        expect(parsed.dropped).to.deep.equal([{ path: 'organization', reason: 'expected object' }]);
      }
    });

    it('a blank name drops it whole', () => {
      const parsed = parseFeed(feed([posting()], { organization: { name: ' ', url: 'https://acme.example' } }));
      expect(parsed.organization).to.equal(undefined);
      expect(parsed.postings).to.have.length(1);
      expect(parsed.dropped).to.deep.equal([{ path: 'organization', reason: 'name: must not be empty' }]);
    });

    it('a relative logo or a bad url: just that field', () => {
      const parsed = parseFeed(
        feed([], { organization: { name: 'Acme', url: 'acme.example', logo: '/logo.svg' } as never }),
      );
      expect(parsed.organization).to.deep.equal({ name: 'Acme' });
      expect(parsed.dropped).to.deep.equal([
        { path: 'organization.url', reason: 'must be an http(s) URL' },
        { path: 'organization.logo', reason: 'must be an http(s) URL' },
      ]);
    });
  });

  describe('an invalid envelope', () => {
    it('throws a schema FeedError naming the problem', () => {
      const error = schemaError({ version: 2, postings: [] });
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('schema');
      expect(error.status).to.equal(undefined);
      expect(error.message).to.equal('The feed is not a careers feed v1: version: must be 1');
    });

    it('names every problem of the envelope, and none of the organization', () => {
      const error = schemaError({ version: 3, postings: 'x', organization: { name: '', url: 'ftp://x', logo: 1 } });
      expect(error.message).to.equal('The feed is not a careers feed v1: version: must be 1; postings: expected array');
    });

    it('throws for non-objects, arrays and a missing postings array', () => {
      for (const data of [null, undefined, 42, 'feed', [], { version: 1 }, { postings: [] }]) {
        expect(schemaError(data).kind, JSON.stringify(data)).to.equal('schema');
      }
      expect(schemaError([]).message).to.equal('The feed is not a careers feed v1: (root): expected object');
      expect(schemaError({ version: 1 }).message).to.equal('The feed is not a careers feed v1: postings: expected array');
    });

    it('still needs version 1 and a postings array when the organization is fine', () => {
      expect(schemaError({ organization: { name: 'Acme' }, postings: [posting()] }).message).to.equal(
        'The feed is not a careers feed v1: version: must be 1',
      );
    });
  });

  describe('properties', () => {
    it('never throws inside a valid envelope: every row is kept or skipped, exactly once', () => {
      const row = fc.oneof(
        fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        fc.jsonValue(),
        rawPostingArb.map((r) => ({ ...r, id: 'same' })),
        rawPostingArb,
        fc.tuple(rawPostingArb, fc.dictionary(fc.constantFrom('title', 'url', 'language', 'locations', 'datePosted', 'id', 'remoteCountries'), fc.jsonValue())).map(([r, patch]) => ({ ...r, ...patch })),
      );
      fc.assert(
        fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
          const parsed = parseFeed(feed(rows));
          expect(parsed.postings.length + parsed.skipped.length).to.equal(rows.length);
          const skippedIndexes = parsed.skipped.map((s) => s.index);
          expect(new Set(skippedIndexes).size).to.equal(skippedIndexes.length);
          for (const s of parsed.skipped) {
            expect(s.index).to.be.within(0, rows.length - 1);
            expect(s.reasons.length).to.be.greaterThan(0);
            for (const r of s.reasons) expect(r.startsWith(`postings[${s.index}]`), r).to.equal(true);
          }
          const ids = parsed.postings.map((p) => p.id);
          expect(new Set(ids).size).to.equal(ids.length);
        }),
        { numRuns: 300 },
      );
    });

    it('bad optional values never cost a posting: each is left out and reported, the rest kept as is', () => {
      const OPTIONAL = ['url', 'applyUrl', 'workplace', 'remoteCountries', 'department', 'team', 'employmentType', 'datePosted', 'validThrough', 'summary', 'sections', 'salary', 'translationOf'];
      const junk = fc.oneof(
        fc.jsonValue(),
        fc.constantFrom(null, '', ' ', 'constructor', '__proto__', 'XX', [null], [{}], { min: 2, max: 1, currency: 'EUR' }),
        fc.constantFrom([{ title: '', items: ['', 'b'] }, 'x'], [{ title: 'T', items: [' ', 1] }], ['DE', 'XX', ''], { currency: 'EUR', min: 1, period: 'x' }),
      );
      fc.assert(
        fc.property(fc.array(fc.tuple(rawPostingArb, fc.dictionary(fc.constantFrom(...OPTIONAL), junk)), { maxLength: 6 }), (pairs) => {
          const originals = pairs.map(([r], i) => ({ ...r, id: `r${i}`, description: 'Carried by its description.' }));
          const rows = pairs.map(([, patch], i) => ({ ...originals[i]!, ...patch }));
          const parsed = parseFeed(feed(rows));
          expect(parsed.skipped).to.deep.equal([]);
          expect(parsed.postings.map((p) => p.id)).to.deep.equal(originals.map((r) => r.id));
          parsed.postings.forEach((kept, i) => {
            const patched = new Set(Object.keys(pairs[i]![1]));
            for (const [key, value] of Object.entries(originals[i]!)) {
              if (!patched.has(key) && key !== 'locations') expect((kept as Record<string, unknown>)[key], key).to.deep.equal(value);
            }
          });
          for (const d of parsed.dropped) {
            const key = /^postings\[\d+\]\.(\w+)/u.exec(d.path)?.[1];
            expect(d.path.startsWith(`postings[${d.index}].`), d.path).to.equal(true);
            expect(Object.keys(pairs[d.index!]![1]), d.path).to.include(key);
            expect(d.reason).to.not.equal('');
          }
        }),
        { numRuns: 300 },
      );
    });

    it('keeps every row of a feed of valid rows with distinct ids', () => {
      fc.assert(
        fc.property(fc.array(rawPostingArb, { maxLength: 10 }), (rows) => {
          const withIds = rows.map((r, i) => ({ ...r, id: `r${i}` }));
          const parsed = parseFeed(feed(withIds));
          expect(parsed.skipped).to.deep.equal([]);
          expect(parsed.postings.map((p) => p.id)).to.deep.equal(withIds.map((r) => r.id));
        }),
      );
    });
  });
});

describe('describeSkipped', () => {
  const skipped: SkippedPosting[] = [
    { index: 1, id: 'a', reasons: ['postings[1].title: must not be empty', 'postings[1].url: bad', 'postings[1].x: third'] },
    { index: 4, reasons: ['postings[4]: Invalid input'] },
    { index: 5, id: 'b', reasons: ['postings[5].id: duplicate id "b"'] },
    { index: 9, id: 'c', reasons: ['postings[9].language: bad'] },
    { index: 12, id: 'd', reasons: ['postings[12].language: bad'] },
  ];

  it('names the first three rows with at most two reasons each, and counts the rest', () => {
    expect(describeSkipped(skipped)).to.equal(
      'careers-widget: skipped 5 invalid posting(s): ' +
        '#1 "a" (postings[1].title: must not be empty; postings[1].url: bad), ' +
        '#4 (postings[4]: Invalid input), ' +
        '#5 "b" (postings[5].id: duplicate id "b"), and 2 more.',
    );
  });

  it('names every row when there are no more than the limit', () => {
    expect(describeSkipped(skipped.slice(1, 2))).to.equal('careers-widget: skipped 1 invalid posting(s): #4 (postings[4]: Invalid input).');
    expect(describeSkipped(skipped, 5)).to.not.contain('more');
    expect(describeSkipped(skipped, 1)).to.match(/, and 4 more\.$/u);
  });
});

describe('issueReason', () => {
  it('keeps a specific message', () => {
    expect(issueReason({ path: [], message: 'must not be empty', code: 'custom' })).to.equal('must not be empty');
  });

  it('explains the generic zod/mini message from the issue kind', () => {
    expect(issueReason({ path: [], message: 'Invalid input', code: 'invalid_type', expected: 'string' })).to.equal('expected string');
    expect(issueReason({ path: [], message: 'Invalid input', code: 'invalid_value', values: [1] })).to.equal('must be 1');
    expect(issueReason({ path: [], message: 'Invalid input', code: 'invalid_value', values: ['onsite', 'hybrid'] })).to.equal(
      'must be one of "onsite", "hybrid"',
    );
  });

  it('leaves the generic message when there is nothing better to say', () => {
    expect(issueReason({ path: [], message: 'Invalid input', code: 'invalid_union' })).to.equal('Invalid input');
    expect(issueReason({ path: [], message: 'Invalid input', code: 'invalid_value', values: [] })).to.equal('Invalid input');
    expect(issueReason({ path: [], message: 'Invalid input' })).to.equal('Invalid input');
  });

  it('explains real zod issues of a row', () => {
    const parsed = parseFeed(feed([{ ...posting({ id: 'r' }), workplace: 'office', datePosted: '01/03/2026', title: 7 }]));
    expect(parsed.skipped[0]!.reasons).to.deep.equal([
      'postings[0].title: expected string',
      'postings[0].workplace: must be one of "onsite", "hybrid", "remote"',
      'postings[0].datePosted: must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
    ]);
  });
});

describe('formatPath / formatIssue', () => {
  it('writes object keys with dots and array indexes in brackets', () => {
    expect(formatPath(['postings', 3, 'locations', 0, 'country'])).to.equal('postings[3].locations[0].country');
    expect(formatPath(['salary'])).to.equal('salary');
    expect(formatPath([0, 'title'])).to.equal('[0].title');
  });

  it('appends to a prefix', () => {
    expect(formatPath(['title'], 'postings[2]')).to.equal('postings[2].title');
    expect(formatPath([1], 'postings[2].remoteCountries')).to.equal('postings[2].remoteCountries[1]');
    expect(formatPath([], 'postings[2]')).to.equal('postings[2]');
  });

  it('names the root', () => {
    expect(formatPath([])).to.equal('(root)');
  });

  it('prints symbol keys', () => {
    expect(formatPath([Symbol('k')])).to.equal('Symbol(k)');
  });

  it('formats an issue as "path: message"', () => {
    expect(formatIssue({ path: ['postings', 1, 'url'], message: 'must be an http(s) URL' })).to.equal('postings[1].url: must be an http(s) URL');
    expect(formatIssue({ path: [], message: 'bad' }, 'postings[0]')).to.equal('postings[0]: bad');
    expect(formatIssue({ path: ['locations'], message: 'Invalid input', code: 'invalid_type', expected: 'array' }, 'postings[0]')).to.equal(
      'postings[0].locations: expected array',
    );
  });
});

describe('describeDropped', () => {
  const dropped: DroppedField[] = [
    { index: 1, id: 'a', path: 'postings[1].salary', reason: 'currency: must be an ISO 4217 currency code' },
    { path: 'organization.logo', reason: 'must be an http(s) URL' },
    { index: 4, id: 'b', path: 'postings[4].locations[0].country', reason: 'is not a known ISO 3166-1 alpha-2 country code' },
    { index: 5, id: 'c', path: 'postings[5].summary', reason: 'expected string' },
  ];

  it('names the first three with their paths and reasons, and counts the rest', () => {
    expect(describeDropped(dropped)).to.equal(
      'careers-widget: left out 4 invalid field(s) and kept the rest: ' +
        'postings[1].salary of "a" (currency: must be an ISO 4217 currency code), ' +
        'organization.logo (must be an http(s) URL), ' +
        'postings[4].locations[0].country of "b" (is not a known ISO 3166-1 alpha-2 country code), and 1 more.',
    );
    expect(describeDropped(dropped.slice(3))).to.equal(
      'careers-widget: left out 1 invalid field(s) and kept the rest: postings[5].summary of "c" (expected string).',
    );
  });
});
