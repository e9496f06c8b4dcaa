import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { filterPostings, inLanguage, postingsInLanguage } from '../../src/model/filter.js';
import { ALL_LANGUAGES, NO_FILTERS, type Filters } from '../../src/model/filters.js';
import { countryName } from '../../src/i18n/names.js';
import { languageChoiceArb, normalized, postingsArb } from '../support/postings.js';
import type { Posting } from '../../src/model/posting.js';

const ids = (ps: readonly Posting[]) => ps.map((p) => p.id);
const filters = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

const postings = [
  normalized({ id: 'en-berlin', title: 'Backend Engineer', language: 'en', department: 'Engineering', team: 'Platform', workplace: 'hybrid', employmentType: 'full-time', locations: [{ city: 'Berlin', country: 'DE' }] }),
  normalized({ id: 'en-remote', title: 'Support Specialist', language: 'en-GB', department: 'Support', workplace: 'remote', employmentType: 'part-time', remoteCountries: ['IE', 'NL'] }),
  normalized({ id: 'fr-paris', title: 'Ingénieure backend', language: 'fr', department: 'Ingénierie', workplace: 'hybrid', employmentType: 'full-time', locations: [{ city: 'Paris', region: 'Île-de-France', country: 'FR' }] }),
  normalized({ id: 'fr-montreal', title: 'Chargé·e de recrutement', language: 'fr-CA', department: 'Ressources humaines', locations: [{ city: 'Montréal', region: 'QC', country: 'CA' }] }),
  normalized({ id: 'de-zurich', title: 'Softwareentwickler', language: 'de-CH', department: 'Technik', locations: [{ city: 'Zürich', country: 'CH' }, { city: 'Wien', country: 'AT' }] }),
];

describe('inLanguage / postingsInLanguage', () => {
  it('matches by primary subtag in both directions', () => {
    const montreal = postings[3]!;
    expect(inLanguage(montreal, 'fr')).to.equal(true);
    expect(inLanguage(montreal, 'fr-CA')).to.equal(true);
    expect(inLanguage(montreal, 'fr-FR')).to.equal(true);
    expect(inLanguage(montreal, 'FR')).to.equal(true);
    expect(inLanguage(montreal, 'en')).to.equal(false);
  });

  it('matches every posting for `all`', () => {
    expect(postings.every((p) => inLanguage(p, ALL_LANGUAGES))).to.equal(true);
  });

  it('a fr-CA UI language selects the fr and fr-* postings', () => {
    expect(ids(postingsInLanguage(postings, 'fr-CA'))).to.deep.equal(['fr-paris', 'fr-montreal']);
    expect(ids(postingsInLanguage(postings, 'de'))).to.deep.equal(['de-zurich']);
    expect(ids(postingsInLanguage(postings, 'es'))).to.deep.equal([]);
  });
});

describe('filterPostings', () => {
  describe('single filters', () => {
    it('without filters keeps everything in order', () => {
      expect(ids(filterPostings(postings, NO_FILTERS))).to.deep.equal(ids(postings));
    });

    it('by language', () => {
      expect(ids(filterPostings(postings, filters({ language: 'en' })))).to.deep.equal(['en-berlin', 'en-remote']);
    });

    it('by country, counting remote countries, in any case', () => {
      expect(ids(filterPostings(postings, filters({ country: 'IE' })))).to.deep.equal(['en-remote']);
      expect(ids(filterPostings(postings, filters({ country: 'AT' })))).to.deep.equal(['de-zurich']);
      expect(ids(filterPostings(postings, filters({ country: 'ca' })))).to.deep.equal(['fr-montreal']);
      expect(ids(filterPostings(postings, filters({ country: 'JP' })))).to.deep.equal([]);
    });

    it('by department, workplace and employment type', () => {
      expect(ids(filterPostings(postings, filters({ department: 'Support' })))).to.deep.equal(['en-remote']);
      expect(ids(filterPostings(postings, filters({ workplace: 'hybrid' })))).to.deep.equal(['en-berlin', 'fr-paris']);
      expect(ids(filterPostings(postings, filters({ employmentType: 'full-time' })))).to.deep.equal(['en-berlin', 'fr-paris']);
    });

    it('combines filters with AND', () => {
      expect(ids(filterPostings(postings, filters({ language: 'fr', workplace: 'hybrid', country: 'FR' })))).to.deep.equal(['fr-paris']);
      expect(ids(filterPostings(postings, filters({ language: 'en', country: 'FR' })))).to.deep.equal([]);
    });
  });

  describe('search', () => {
    const codes = (value: string) => value;
    const search = (query: string, name?: (code: string) => string) =>
      ids(filterPostings(postings, filters({ query }), name && { country: name, workplace: codes, employmentType: codes }));

    it('ignores case and diacritics in the query and in the postings', () => {
      expect(search('INGENIEURE')).to.deep.equal(['fr-paris']);
      expect(search('zurich')).to.deep.equal(['de-zurich']);
      expect(search('MONTRÉAL')).to.deep.equal(['fr-montreal']);
      expect(search('ile-de-france')).to.deep.equal(['fr-paris']);
    });

    it('searches title, department, team, city and region', () => {
      expect(search('specialist')).to.deep.equal(['en-remote']);
      expect(search('ressources')).to.deep.equal(['fr-montreal']);
      expect(search('platform')).to.deep.equal(['en-berlin']);
      expect(search('wien')).to.deep.equal(['de-zurich']);
      expect(search('qc')).to.deep.equal(['fr-montreal']);
    });

    it('requires every term, in any field and order', () => {
      expect(search('backend berlin')).to.deep.equal(['en-berlin']);
      expect(search('berlin backend')).to.deep.equal(['en-berlin']);
      expect(search('backend')).to.deep.equal(['en-berlin', 'fr-paris']);
      expect(search('backend montreal')).to.deep.equal([]);
    });

    it('finds country names in the UI language, remote countries included', () => {
      const fr = (code: string) => countryName(code, 'fr');
      const en = (code: string) => countryName(code, 'en');
      expect(search('allemagne', fr)).to.deep.equal(['en-berlin']);
      expect(search('Irlande', fr)).to.deep.equal(['en-remote']);
      expect(search('pays-bas', fr)).to.deep.equal(['en-remote']);
      expect(search('suisse', fr)).to.deep.equal(['de-zurich']);
      expect(search('germany', en)).to.deep.equal(['en-berlin']);
      expect(search('allemagne', en)).to.deep.equal([]);
    });

    it('matches country names only through the given namer (codes by default)', () => {
      expect(search('germany')).to.deep.equal([]);
    });

    it('finds the workplace and job type as the card names them in the UI language', () => {
      // A French UI's labels, as the widget's messages give them.
      const fr = {
        country: (code: string) => countryName(code, 'fr'),
        workplace: (value: string) => ({ hybrid: 'Hybride', remote: 'Télétravail', onsite: 'Sur site' })[value] ?? value,
        employmentType: (value: string) => ({ 'full-time': 'Temps plein', 'part-time': 'Temps partiel' })[value] ?? value,
      };
      const inFrench = (query: string) => ids(filterPostings(postings, filters({ query }), fr));
      expect(inFrench('teletravail')).to.deep.equal(['en-remote']);
      expect(inFrench('hybride')).to.deep.equal(['en-berlin', 'fr-paris']);
      expect(inFrench('temps plein')).to.deep.equal(['en-berlin', 'fr-paris']);
      expect(inFrench('temps partiel irlande')).to.deep.equal(['en-remote']);
      expect(inFrench('remote'), 'the code is not what a French card shows').to.deep.equal([]);
    });

    it('a blank query filters nothing', () => {
      expect(search('   ')).to.deep.equal(ids(postings));
    });
  });

  describe('properties', () => {
    const filtersArb = fc.record({
      language: fc.oneof(languageChoiceArb, fc.constant(ALL_LANGUAGES)),
      country: fc.constantFrom('', 'DE', 'FR', 'CA', 'GB', 'US', 'JP', 'de'),
      department: fc.constantFrom('', 'Engineering', 'Design'),
      workplace: fc.constantFrom('', 'onsite', 'hybrid', 'remote') as fc.Arbitrary<Filters['workplace']>,
      employmentType: fc.constantFrom('', 'full-time', 'contract') as fc.Arbitrary<Filters['employmentType']>,
      query: fc.constantFrom('', 'engineer', 'ZURICH', 'ingenieur design', 'straße', 'xyz'),
    });

    it('returns an order-preserving subset, all in the selected language and matching every filter', () => {
      fc.assert(
        fc.property(postingsArb, filtersArb, (ps, f) => {
          const out = filterPostings(ps, f);
          const positions = out.map((p) => ps.indexOf(p));
          expect(positions.every((i) => i >= 0)).to.equal(true);
          expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
          for (const p of out) {
            if (f.language !== ALL_LANGUAGES) expect(p.primaryLanguage).to.equal(f.language.split('-')[0]);
            if (f.country) expect(p.countries).to.include(f.country.toUpperCase());
            if (f.department) expect(p.department).to.equal(f.department);
            if (f.workplace) expect(p.workplace).to.equal(f.workplace);
            if (f.employmentType) expect(p.employmentType).to.equal(f.employmentType);
          }
        }),
      );
    });

    it('drops no posting that matches every filter (no query)', () => {
      fc.assert(
        fc.property(postingsArb, filtersArb, (ps, f) => {
          const out = new Set(filterPostings(ps, { ...f, query: '' }));
          for (const p of ps) {
            const matches =
              (f.language === ALL_LANGUAGES || p.primaryLanguage === f.language.split('-')[0]) &&
              (!f.country || p.countries.includes(f.country.toUpperCase())) &&
              (!f.department || p.department === f.department) &&
              (!f.workplace || p.workplace === f.workplace) &&
              (!f.employmentType || p.employmentType === f.employmentType);
            expect(out.has(p)).to.equal(matches);
          }
        }),
      );
    });

    it('finds every posting by any word of its title, in any case', () => {
      fc.assert(
        fc.property(postingsArb, fc.nat(), (ps, pick) => {
          fc.pre(ps.length > 0);
          const target = ps[pick % ps.length]!;
          const word = target.title.split(' ')[0]!;
          expect(filterPostings(ps, filters({ query: word.toUpperCase() }))).to.include(target);
          expect(filterPostings(ps, filters({ query: word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() }))).to.include(target);
        }),
      );
    });
  });
});
