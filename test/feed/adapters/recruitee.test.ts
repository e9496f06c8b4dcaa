import { expect } from '@open-wc/testing';
import { adaptRecruitee } from '../../../src/feed/adapters/recruitee.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { parseFeed, type ParsedFeed } from '../../../src/feed/parse.js';
import { adaptFixture, expectFeedError, postingById } from './support.js';

describe('adaptRecruitee', () => {
  let result: AdaptResult;
  let feed: ParsedFeed;

  before(async () => {
    ({ result, feed } = await adaptFixture(adaptRecruitee, 'recruitee.json', { language: 'en' }));
  });

  it('emits one posting per translation, primary language first, and skips the broken offers', () => {
    // 1204900-es has no careers_url but a description: the widget shows it in its detail view.
    expect(feed.postings.map((p) => [p.id, p.language, p.translationOf])).to.deep.equal([
      ['1204511-en', 'en', '1204511'],
      ['1204511-de', 'de', '1204511'],
      ['1204620-de', 'de', '1204620'],
      ['1204733-fr', 'fr', '1204733'],
      ['1204733-en', 'en', '1204733'],
      ['1204800', 'en', undefined],
      ['1204850-en', 'en', '1204850'],
      ['1204900-es', 'es', '1204900'],
    ]);
    expect(feed.postings.find((p) => p.id === '1204900-es')!.url).to.equal(undefined);
    expect(feed.skipped.map((s) => [s.index, s.id])).to.deep.equal([[8, undefined]]);
  });

  it('names the location without a country (Springfield) once', () => {
    expect(result.unresolvedLocations).to.deep.equal([{ text: 'Springfield', id: '1204850' }]);
  });

  it('takes the organization from company_name', () => {
    expect(feed.organization).to.deep.equal({ name: 'Northwind Travel' });
  });

  it('maps a multi-location, multi-language offer completely', () => {
    const shared = {
      url: 'https://northwind.recruitee.com/o/senior-frontend-engineer',
      applyUrl: 'https://northwind.recruitee.com/o/senior-frontend-engineer/c/new',
      locations: [
        { city: 'Amsterdam', region: 'North Holland', country: 'NL' },
        { city: 'Berlin', region: 'Berlin', country: 'DE' },
      ],
      workplace: 'hybrid',
      department: 'Engineering',
      employmentType: 'full-time',
      datePosted: '2026-09-18T13:27:28Z',
      validThrough: '2026-12-31T23:00:00Z',
      salary: { currency: 'EUR', min: 65000, max: 85000, period: 'year' },
      translationOf: '1204511',
    };
    expect(postingById(feed, '1204511-en')).to.deep.equal({
      ...shared,
      id: '1204511-en',
      title: 'Senior Frontend Engineer',
      language: 'en',
      summary: 'Hybrid, 4 days a week, R&D budget',
      description:
        '<p>Build the booking flow used by 2&nbsp;million travellers.</p>\n<ul><li>5+ years of TypeScript</li><li>Accessibility know-how</li></ul>',
    });
    expect(postingById(feed, '1204511-de')).to.deep.equal({
      ...shared,
      id: '1204511-de',
      title: 'Senior Frontend-Entwickler (m/w/d)',
      language: 'de',
      description:
        '<p>Baue den Buchungsprozess für 2&nbsp;Millionen Reisende.</p>\n<ul><li>5+ Jahre TypeScript</li><li>Erfahrung mit Barrierefreiheit</li></ul>',
    });
  });

  it('lists the country of a remote offer in remoteCountries and drops an empty salary', () => {
    const posting = postingById(feed, '1204620-de');
    expect([posting.workplace, posting.locations, posting.remoteCountries]).to.deep.equal(['remote', [], ['DE']]);
    expect(posting.employmentType).to.equal('part-time');
    expect(posting.salary).to.equal(undefined);
    expect(posting.description).to.equal(
      '<p>Betreue unsere Partnerhotels in Deutschland, Österreich und der Schweiz.</p>',
    );
  });

  it('reads string salary bounds, a lower-case currency, a department object and a lower-case country code', () => {
    const posting = postingById(feed, '1204733-fr');
    expect(posting.salary).to.deep.equal({ currency: 'EUR', min: 1200, period: 'month' });
    expect(posting.department).to.equal('Data');
    expect(posting.locations).to.deep.equal([{ city: 'Lyon', region: 'Auvergne-Rhône-Alpes', country: 'FR' }]);
    expect([posting.workplace, posting.employmentType, posting.validThrough]).to.deep.equal([
      'onsite',
      'internship',
      '2026-10-31T22:59:59Z',
    ]);
  });

  it('maps an offer without translations in options.language, from its own fields', () => {
    expect(postingById(feed, '1204800')).to.deep.equal({
      id: '1204800',
      title: 'Warehouse Associate',
      language: 'en',
      url: 'https://northwind.recruitee.com/o/warehouse-associate',
      applyUrl: 'https://northwind.recruitee.com/o/warehouse-associate/c/new',
      locations: [{ city: 'Rotterdam', region: 'South Holland', country: 'NL' }],
      workplace: 'onsite',
      department: 'Operations',
      employmentType: 'temporary',
      datePosted: '2026-09-15T07:00:00Z',
      description: '<p>Six-month contract in our Rotterdam warehouse.</p>',
    });
  });

  it('falls back on the code prefix for unknown employment codes and leaves the workplace unset without flags', () => {
    const posting = postingById(feed, '1204850-en');
    expect(posting.employmentType).to.equal('part-time');
    expect(posting.workplace).to.equal(undefined);
    expect(posting.locations).to.deep.equal([{ city: 'Springfield' }]);
  });

  it('uses the offer fields only for the primary translation, never in another language', () => {
    const offer = {
      id: 9,
      title: 'Top-level title',
      description: '<p>Top-level</p>',
      careers_url: 'https://x.recruitee.com/o/nine',
      published_at: '2026-09-18 13:27:28 UTC',
      primary_lang_code: 'nl',
      country_code: 'NL',
      translations: { de: { description: '<p>DE</p>' }, nl: { description: '<p>NL</p>' } },
    };
    const { feed: out } = adaptRecruitee({ offers: [offer] }, {});
    const rows = out.postings as Record<string, unknown>[];
    expect(rows.map((r) => [r['id'], r['title'], r['description']])).to.deep.equal([
      ['9-nl', 'Top-level title', '<p>NL</p>'],
      ['9-de', undefined, '<p>DE</p>'],
    ]);
    const parsed = parseFeed(out);
    expect(parsed.postings.map((p) => p.id)).to.deep.equal(['9-nl']);
    expect(parsed.skipped[0]!.reasons).to.deep.equal(['postings[1].title: expected string']);
  });

  it('falls back on the offer fields for a single translation and on the free-text location', () => {
    const { feed: out, unresolvedLocations } = adaptRecruitee(
      {
        offers: [
          {
            id: 10,
            title: 'Barista',
            location: 'Porto, Portugal',
            careers_url: 'https://x.recruitee.com/o/ten',
            created_at: '2026-09-01 10:00:00 UTC',
            translations: { pt: {} },
          },
        ],
      },
      {},
    );
    expect(unresolvedLocations).to.deep.equal([]);
    expect(parseFeed(out).postings).to.deep.equal([
      {
        id: '10-pt',
        title: 'Barista',
        language: 'pt',
        url: 'https://x.recruitee.com/o/ten',
        locations: [{ city: 'Porto', country: 'PT' }],
        datePosted: '2026-09-01T10:00:00Z',
        translationOf: '10',
      },
    ]);
  });

  it('maps full-time codes it does not know by prefix, and ignores unknown codes', () => {
    // A word naming a limited term wins over the prefix (see mapEmploymentType).
    const types = ['fulltime_special', 'fulltime_seasonal_special', 'parttime_minijob', 'apprenticeship', 'mystery', 42].map(
      (code) => (adaptRecruitee({ offers: [{ employment_type_code: code }] }, {}).feed.postings[0] as Record<string, unknown>)['employmentType'],
    );
    expect(types).to.deep.equal(['full-time', 'temporary', 'part-time', 'internship', undefined, undefined]);
  });

  it('leaves an offer without translations unlabelled when no language is configured', () => {
    const { feed: out } = adaptRecruitee(
      { offers: [{ id: 11, title: 'Cook', careers_url: 'https://x.recruitee.com/o/c', published_at: '2026-09-01 10:00:00 UTC' }] },
      {},
    );
    const parsed = parseFeed(out);
    expect(parsed.postings).to.deep.equal([]);
    expect(parsed.skipped[0]!.reasons).to.deep.equal(['postings[0].language: expected string']);
  });

  it('maps odd rows without throwing and lets validation skip them', () => {
    const { feed: out, unresolvedLocations } = adaptRecruitee(
      { offers: [1, 'x', [], { translations: 'nope', locations: 'nope', salary: 7 }, { id: 5, translations: { en: null } }] },
      { language: 'en' },
    );
    expect(out.postings).to.have.length(5);
    expect(unresolvedLocations).to.deep.equal([]);
    const parsed = parseFeed(out);
    expect(parsed.postings).to.deep.equal([]);
    expect(parsed.skipped).to.have.length(5);
    expect(parsed.organization).to.equal(undefined);
  });

  it('turns an empty offer list into an empty feed', () => {
    expect(adaptRecruitee({ offers: [] }, {})).to.deep.equal({ feed: { version: 1, postings: [] }, unresolvedLocations: [] });
  });

  it('rejects a payload that is not a Recruitee offers list', () => {
    for (const input of [null, 'offers', [], {}, { offers: {} }, { jobs: [] }]) {
      expectFeedError(() => adaptRecruitee(input, {}), 'schema', JSON.stringify(input));
    }
  });
});
