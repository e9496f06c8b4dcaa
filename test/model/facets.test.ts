import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countryFacets, departmentFacets, enumFacets, facetsBy, languageFacets } from '../../src/model/facets.js';
import { postingsInLanguage } from '../../src/model/filter.js';
import { autonym, countryName } from '../../src/i18n/names.js';
import { languageChoiceArb, normalized, postingsArb } from '../support/postings.js';

const inCountries = (codes: string[], language = 'en') =>
  normalized({ language, locations: codes.map((country) => ({ country })) });

describe('countryFacets', () => {
  const postings = [
    inCountries(['EG']),
    inCountries(['ES', 'EE']),
    inCountries(['US']),
    inCountries(['DE']),
    inCountries(['FR', 'DE']),
    normalized({ workplace: 'remote', remoteCountries: ['ES', 'FR'] }),
  ];

  it('counts each country, names it in the UI language and sorts with its collation (fr)', () => {
    expect(countryFacets(postings, 'fr', (c) => countryName(c, 'fr'))).to.deep.equal([
      { value: 'DE', label: 'Allemagne', count: 2 },
      { value: 'EG', label: 'Égypte', count: 1 },
      { value: 'ES', label: 'Espagne', count: 2 },
      { value: 'EE', label: 'Estonie', count: 1 },
      { value: 'US', label: 'États-Unis', count: 1 },
      { value: 'FR', label: 'France', count: 2 },
    ]);
  });

  it('names and sorts in English for an English UI', () => {
    expect(countryFacets(postings, 'en', (c) => countryName(c, 'en')).map((f) => f.label)).to.deep.equal([
      'Egypt',
      'Estonia',
      'France',
      'Germany',
      'Spain',
      'United States',
    ]);
  });

  it('names and sorts in German and Spanish', () => {
    expect(countryFacets(postings, 'de', (c) => countryName(c, 'de')).map((f) => f.label)).to.deep.equal([
      'Ägypten',
      'Deutschland',
      'Estland',
      'Frankreich',
      'Spanien',
      'Vereinigte Staaten',
    ]);
    expect(countryFacets(postings, 'es', (c) => countryName(c, 'es')).map((f) => f.label)).to.deep.equal([
      'Alemania',
      'Egipto',
      'España',
      'Estados Unidos',
      'Estonia',
      'Francia',
    ]);
  });

  it('counts a posting once per country even when several locations share it', () => {
    const p = normalized({ locations: [{ city: 'Berlin', country: 'DE' }, { city: 'Munich', country: 'de' }], remoteCountries: ['DE'] });
    expect(countryFacets([p], 'en', (c) => c)).to.deep.equal([{ value: 'DE', label: 'DE', count: 1 }]);
  });

  it('is empty for postings without countries', () => {
    expect(countryFacets([normalized({ locations: [{ city: 'Online' }] })], 'en', (c) => c)).to.deep.equal([]);
  });
});

describe('facetsBy', () => {
  it('breaks label ties by value', () => {
    const ps = [normalized({ department: 'b' }), normalized({ department: 'a' })];
    expect(facetsBy(ps, (p) => [p.department!], () => 'Same', 'en').map((f) => f.value)).to.deep.equal(['a', 'b']);
  });

  it('sorts numbers in labels numerically', () => {
    const ps = ['Team 10', 'Team 9', 'team 1'].map((department) => normalized({ department }));
    expect(departmentFacets(ps, 'en').map((f) => f.label)).to.deep.equal(['team 1', 'Team 9', 'Team 10']);
  });
});

describe('languageFacets', () => {
  it('lists only languages that have postings, by primary subtag, each named in itself', () => {
    const ps = [
      normalized({ language: 'fr' }),
      normalized({ language: 'fr-CA' }),
      normalized({ language: 'de-CH' }),
      normalized({ language: 'en-GB' }),
      normalized({ language: 'en' }),
      normalized({ language: 'en-US' }),
    ];
    expect(languageFacets(ps, 'en', autonym)).to.deep.equal([
      { value: 'de', label: 'Deutsch', count: 1 },
      { value: 'en', label: 'English', count: 3 },
      { value: 'fr', label: 'Français', count: 2 },
    ]);
  });
});

describe('departmentFacets and enumFacets', () => {
  const ps = [
    normalized({ department: 'Engineering', workplace: 'remote', employmentType: 'full-time' }),
    normalized({ department: 'Design', workplace: 'remote' }),
    normalized({ department: 'Engineering', employmentType: 'contract' }),
    normalized({}),
  ];

  it('lists departments as written, with counts, skipping postings without one', () => {
    expect(departmentFacets(ps, 'en')).to.deep.equal([
      { value: 'Design', label: 'Design', count: 1 },
      { value: 'Engineering', label: 'Engineering', count: 2 },
    ]);
  });

  it('lists enum values labelled by the caller', () => {
    expect(enumFacets(ps, 'workplace', (v) => v.toUpperCase(), 'en')).to.deep.equal([{ value: 'remote', label: 'REMOTE', count: 2 }]);
    expect(enumFacets(ps, 'employmentType', (v) => `type ${v}`, 'en')).to.deep.equal([
      { value: 'contract', label: 'type contract', count: 1 },
      { value: 'full-time', label: 'type full-time', count: 1 },
    ]);
  });
});

describe('facet properties', () => {
  const name = (c: string) => countryName(c, 'fr');

  it('every country facet count equals the number of postings in that language with that country', () => {
    fc.assert(
      fc.property(postingsArb, languageChoiceArb, (ps, language) => {
        const base = postingsInLanguage(ps, language);
        const facets = countryFacets(base, 'fr', name);
        for (const f of facets) {
          const expected = ps.filter((p) => p.primaryLanguage === language.split('-')[0] && p.countries.includes(f.value)).length;
          expect(f.count, f.value).to.equal(expected);
          expect(f.count).to.be.greaterThan(0);
        }
      }),
    );
  });

  it('facets from language X list exactly the countries of X postings, once each', () => {
    fc.assert(
      fc.property(postingsArb, languageChoiceArb, (ps, language) => {
        const base = postingsInLanguage(ps, language);
        const values = countryFacets(base, 'fr', name).map((f) => f.value);
        expect(new Set(values).size).to.equal(values.length);
        expect([...values].sort()).to.deep.equal([...new Set(base.flatMap((p) => p.countries))].sort());
      }),
    );
  });

  it('country facets are sorted by label with the UI collation', () => {
    fc.assert(
      fc.property(postingsArb, fc.constantFrom('en', 'fr', 'de', 'es'), (ps, locale) => {
        const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
        const labels = countryFacets(ps, locale, (c) => countryName(c, locale)).map((f) => f.label);
        for (let i = 1; i < labels.length; i += 1) expect(collator.compare(labels[i - 1]!, labels[i]!)).to.be.at.most(0);
      }),
    );
  });

  it('language facet counts add up to the number of postings', () => {
    fc.assert(
      fc.property(postingsArb, (ps) => {
        const facets = languageFacets(ps, 'en', autonym);
        expect(facets.reduce((sum, f) => sum + f.count, 0)).to.equal(ps.length);
        for (const f of facets) expect(f.value).to.match(/^[a-z]{2,3}$/u);
      }),
    );
  });
});
