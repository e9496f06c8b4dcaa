import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalizePosting, normalizePostings } from '../../src/model/normalize.js';
import { posting, rawPostingArb } from '../support/postings.js';

describe('normalizePosting', () => {
  describe('language', () => {
    it('canonicalizes the tag and splits out its primary subtag', () => {
      const p = normalizePosting(posting({ language: 'fr-ca' }));
      expect(p.language).to.equal('fr-CA');
      expect(p.primaryLanguage).to.equal('fr');
    });

    it('keeps a plain language as is', () => {
      const p = normalizePosting(posting({ language: 'de' }));
      expect([p.language, p.primaryLanguage]).to.deep.equal(['de', 'de']);
    });
  });

  describe('countries', () => {
    it('upper-cases location and remote countries and collects them once each, locations first', () => {
      const p = normalizePosting(
        posting({
          locations: [{ city: 'Berlin', country: 'de' }, { city: 'Paris', country: 'FR' }, { city: 'Munich', country: 'DE' }, { city: 'Online' }],
          workplace: 'remote',
          remoteCountries: ['ie', 'FR', 'nl'],
        }),
      );
      expect(p.locations).to.deep.equal([
        { city: 'Berlin', country: 'DE' },
        { city: 'Paris', country: 'FR' },
        { city: 'Munich', country: 'DE' },
        { city: 'Online' },
      ]);
      expect(p.remoteCountries).to.deep.equal(['IE', 'FR', 'NL']);
      expect(p.countries).to.deep.equal(['DE', 'FR', 'IE', 'NL']);
    });

    it('has no countries and no remote countries when the row names none', () => {
      const p = normalizePosting(posting({ locations: [{ city: 'Somewhere' }] }));
      expect(p.countries).to.deep.equal([]);
      expect(p.remoteCountries).to.deep.equal([]);
    });

    it('does not modify the input row', () => {
      const row = posting({ locations: [{ country: 'de' }], remoteCountries: ['fr'] });
      const copy = structuredClone(row);
      normalizePosting(row);
      expect(row).to.deep.equal(copy);
    });
  });

  describe('search key', () => {
    it('folds title, department, team, city, region and country codes', () => {
      const p = normalizePosting(
        posting({
          title: 'Ingénieure Backend',
          department: 'Ingénierie',
          team: 'Équipe Plateforme',
          locations: [{ city: 'Zürich', region: 'Zürich', country: 'ch' }],
        }),
      );
      expect(p.searchKey.split(' \u0000 ')).to.deep.equal([
        'ingenieure backend',
        'ingenierie',
        'equipe plateforme',
        'zurich',
        'zurich',
        'ch',
      ]);
    });

    it('leaves out absent fields', () => {
      const p = normalizePosting(posting({ title: 'Designer', locations: [] }));
      expect(p.searchKey).to.equal('designer');
    });

    it('does not include the summary or the description', () => {
      const p = normalizePosting(posting({ title: 'Designer', summary: 'Paris', description: 'Kubernetes' }));
      expect(p.searchKey).to.not.contain('paris');
      expect(p.searchKey).to.not.contain('kubernetes');
    });
  });

  describe('dates', () => {
    it('turns a bare datePosted into local midnight, in ms', () => {
      expect(normalizePosting(posting({ datePosted: '2026-02-10' })).postedAt).to.equal(new Date(2026, 1, 10).getTime());
    });

    it('turns a date-time datePosted into its instant', () => {
      expect(normalizePosting(posting({ datePosted: '2026-02-10T09:30:00Z' })).postedAt).to.equal(Date.UTC(2026, 1, 10, 9, 30));
    });

    it('gives an undated posting no date at all, never a made-up one', () => {
      const row = posting({ id: 'undated' });
      delete (row as { datePosted?: string }).datePosted;
      const p = normalizePosting(row);
      expect(p.postedAt).to.equal(undefined);
      expect('datePosted' in p).to.equal(false);
    });
  });

  it('keeps every other field as written', () => {
    const row = posting({
      id: 'keep-1',
      title: 'Designer',
      url: 'https://jobs.example/keep-1',
      applyUrl: 'mailto:jobs@example.com',
      department: 'Design',
      employmentType: 'part-time',
      workplace: 'hybrid',
      summary: 'Short.',
      salary: { currency: 'EUR', min: 1, max: 2, period: 'year' },
      translationOf: 'en-1',
    });
    const p = normalizePosting(row);
    for (const key of ['id', 'title', 'url', 'applyUrl', 'department', 'employmentType', 'workplace', 'summary', 'salary', 'translationOf', 'datePosted'] as const) {
      expect(p[key], key).to.deep.equal(row[key]);
    }
  });

  it('always yields upper-case, unique countries made of the row countries', () => {
    fc.assert(
      fc.property(rawPostingArb, (row) => {
        const p = normalizePosting(row);
        const expected = new Set(
          [...row.locations.map((l) => l.country), ...(row.remoteCountries ?? [])].filter(Boolean).map((c) => c!.toUpperCase()),
        );
        expect([...p.countries].sort()).to.deep.equal([...expected].sort());
        expect(p.countries.length).to.equal(expected.size);
        for (const c of p.countries) expect(c).to.match(/^[A-Z]{2}$/u);
      }),
    );
  });
});

describe('normalizePostings', () => {
  const now = new Date(2026, 2, 15, 12, 0);

  it('drops postings whose validThrough has passed at `now`, keeps the rest in order', () => {
    const rows = [
      posting({ id: 'open-no-end' }),
      posting({ id: 'expired-yesterday', validThrough: '2026-03-14' }),
      posting({ id: 'last-day-today', validThrough: '2026-03-15' }),
      posting({ id: 'expired-instant', validThrough: new Date(2026, 2, 15, 11, 59).toISOString() }),
      posting({ id: 'open-instant', validThrough: new Date(2026, 2, 15, 12, 1).toISOString() }),
      posting({ id: 'expired-long-ago', validThrough: '2020-01-01' }),
      posting({ id: 'future', validThrough: '2027-01-01' }),
    ];
    expect(normalizePostings(rows, now).map((p) => p.id)).to.deep.equal(['open-no-end', 'last-day-today', 'open-instant', 'future']);
  });

  it('judges an undated posting by its validThrough alone: open without one, closed once it has passed', () => {
    const undated = (overrides: Parameters<typeof posting>[0]) => {
      const row = posting(overrides);
      delete (row as { datePosted?: string }).datePosted;
      return row;
    };
    const rows = [undated({ id: 'undated-open' }), undated({ id: 'undated-closed', validThrough: '2026-03-14' }), undated({ id: 'undated-future', validThrough: '2026-03-15' })];
    expect(normalizePostings(rows, now).map((p) => p.id)).to.deep.equal(['undated-open', 'undated-future']);
  });

  it('drops a posting the day after its last day', () => {
    const rows = [posting({ id: 'a', validThrough: '2026-03-15' })];
    expect(normalizePostings(rows, new Date(2026, 2, 16, 0, 0))).to.deep.equal([]);
  });

  it('normalizes each kept row', () => {
    const [p] = normalizePostings([posting({ language: 'en-gb', locations: [{ country: 'gb' }] })], now);
    expect([p!.language, p!.primaryLanguage, p!.countries]).to.deep.equal(['en-GB', 'en', ['GB']]);
  });
});
