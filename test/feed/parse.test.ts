import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeSkipped, parseFeed, type SkippedPosting } from '../../src/feed/parse.js';
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

    it('keeps the good rows', () => {
      expect(parsed.postings.map((p) => p.id)).to.deep.equal(['good-1', 'good-2']);
      expect(parsed.postings[0]!.title).to.not.equal('Duplicate');
    });

    it('reports each bad row with its index, its id when usable, and the reasons', () => {
      const byIndex = new Map(parsed.skipped.map((s) => [s.index, s]));
      expect([...byIndex.keys()]).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
      expect(byIndex.get(1)!.id).to.equal('no-title');
      expect(byIndex.get(1)!.reasons).to.deep.equal(['postings[1].title: expected string']);
      expect(byIndex.get(2)).to.deep.equal({
        index: 2,
        id: 'js-url',
        reasons: ['postings[2].url: must be an http(s) URL', 'postings[2].url: must be an http(s) URL'],
      });
      expect(byIndex.get(3)).to.deep.equal({
        index: 3,
        id: 'bad-country',
        reasons: ['postings[3].locations[0].country: is not a known ISO 3166-1 alpha-2 country code'],
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

  describe('an invalid envelope', () => {
    it('throws a schema FeedError naming the problem', () => {
      const error = schemaError({ version: 2, postings: [] });
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('schema');
      expect(error.status).to.equal(undefined);
      expect(error.message).to.equal('The feed is not a careers feed v1: version: must be 1');
    });

    it('names at most three problems', () => {
      const error = schemaError({ version: 3, postings: 'x', organization: { name: '', url: 'ftp://x', logo: 1 } });
      expect(error.message).to.equal(
        'The feed is not a careers feed v1: version: must be 1; organization.name: must not be empty; organization.url: must be an http(s) URL',
      );
    });

    it('throws for non-objects, arrays and a missing postings array', () => {
      for (const data of [null, undefined, 42, 'feed', [], { version: 1 }, { postings: [] }]) {
        expect(schemaError(data).kind, JSON.stringify(data)).to.equal('schema');
      }
      expect(schemaError([]).message).to.equal('The feed is not a careers feed v1: (root): expected object');
      expect(schemaError({ version: 1 }).message).to.equal('The feed is not a careers feed v1: postings: expected array');
    });

    it('throws when the organization is invalid, however good the rows', () => {
      const error = schemaError(feed([posting()], { organization: { name: ' ' } }));
      expect(error.message).to.equal('The feed is not a careers feed v1: organization.name: must not be empty');
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
