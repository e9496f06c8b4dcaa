import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildView, type ViewLabels } from '../../src/model/view.js';
import { filterPostings, postingsInLanguage } from '../../src/model/filter.js';
import { SORT_ORDERS, sortPostings } from '../../src/model/sort.js';
import { ALL_LANGUAGES, NO_FILTERS, type Filters } from '../../src/model/filters.js';
import { autonym, countryName } from '../../src/i18n/names.js';
import { languageChoiceArb, normalized, postingsArb } from '../support/postings.js';

const labels = (locale: string): ViewLabels => ({
  locale,
  country: (code) => countryName(code, locale),
  language: autonym,
  workplace: (v) => `workplace:${v}`,
  employmentType: (v) => `type:${v}`,
});

const request = (f: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...f });

/**
 * English: DE; GB; remote IE+NL; GB+US. French: FR; CA (fr-CA); BE.
 * German: DE+AT. Spanish: none.
 */
const postings = [
  normalized({ id: 'en-1', title: 'Backend Engineer', language: 'en', department: 'Engineering', workplace: 'hybrid', employmentType: 'full-time', datePosted: '2026-03-09', locations: [{ city: 'Berlin', country: 'DE' }] }),
  normalized({ id: 'en-2', title: 'Product Designer', language: 'en', department: 'Design', workplace: 'onsite', datePosted: '2026-03-07', locations: [{ city: 'London', country: 'gb' }] }),
  normalized({ id: 'en-3', title: 'Support Specialist', language: 'en', department: 'Support', workplace: 'remote', datePosted: '2026-03-05', remoteCountries: ['IE', 'NL'] }),
  normalized({ id: 'en-4', title: 'Data Analyst', language: 'en-GB', department: 'Engineering', employmentType: 'contract', datePosted: '2026-03-03', locations: [{ city: 'Manchester', country: 'GB' }, { city: 'Austin', region: 'TX', country: 'US' }] }),
  normalized({ id: 'fr-1', title: 'Ingénieure backend', language: 'fr', department: 'Ingénierie', workplace: 'hybrid', datePosted: '2026-03-08', locations: [{ city: 'Paris', country: 'FR' }] }),
  normalized({ id: 'fr-2', title: 'Chargé·e de recrutement', language: 'fr-CA', department: 'Ressources humaines', datePosted: '2026-03-06', locations: [{ city: 'Montréal', region: 'QC', country: 'CA' }] }),
  normalized({ id: 'fr-3', title: 'Stage marketing', language: 'fr', department: 'Marketing', employmentType: 'internship', datePosted: '2026-03-04', locations: [{ city: 'Bruxelles', country: 'BE' }] }),
  normalized({ id: 'de-1', title: 'Softwareentwickler', language: 'de', department: 'Technik', datePosted: '2026-03-02', locations: [{ city: 'Berlin', country: 'DE' }, { city: 'Wien', country: 'AT' }] }),
];

const ids = (view: { results: readonly { id: string }[] }) => view.results.map((p) => p.id);

describe('buildView', () => {
  describe('undated postings', () => {
    const undated = normalized({ id: 'en-undated', title: 'Account Manager', language: 'en', department: 'Sales', datePosted: undefined, locations: [{ city: 'Berlin', country: 'DE' }] });
    const all = [undated, ...postings];

    it('come after the dated ones under newest first, and by title under title', () => {
      expect(ids(buildView(all, request({ language: 'en' }), 'newest', labels('en')))).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4', 'en-undated']);
      expect(ids(buildView(all, request({ language: 'en' }), 'title', labels('en')))).to.deep.equal(['en-undated', 'en-1', 'en-4', 'en-2', 'en-3']);
    });

    it('count in every facet and match filters and search like any posting', () => {
      const view = buildView(all, request({ language: 'en', country: 'DE', query: 'account' }), 'newest', labels('en'));
      expect(ids(view)).to.deep.equal(['en-undated']);
      expect(view.inLanguageCount).to.equal(5);
      expect(view.countries.find((f) => f.value === 'DE')?.count).to.equal(2);
      expect(view.departments.find((f) => f.value === 'Sales')?.count).to.equal(1);
    });
  });

  describe('language', () => {
    it('fr-CA selects the fr and fr-* postings', () => {
      const view = buildView(postings, request({ language: 'fr-CA' }), 'newest', labels('fr-CA'));
      expect(view.filters.language).to.equal('fr');
      expect(ids(view)).to.deep.equal(['fr-1', 'fr-2', 'fr-3']);
      expect(view.inLanguageCount).to.equal(3);
    });

    it('`all` and an empty language show every language', () => {
      for (const language of [ALL_LANGUAGES, '']) {
        const view = buildView(postings, request({ language }), 'newest', labels('en'));
        expect(view.filters.language).to.equal(ALL_LANGUAGES);
        expect(ids(view)).to.deep.equal(['en-1', 'fr-1', 'en-2', 'fr-2', 'en-3', 'fr-3', 'en-4', 'de-1']);
        expect(view.inLanguageCount).to.equal(8);
      }
    });

    it('lists the languages that have postings, with their counts', () => {
      const view = buildView(postings, request({ language: 'fr' }), 'newest', labels('en'));
      expect(view.languages).to.deep.equal([
        { value: 'de', label: 'Deutsch', count: 1 },
        { value: 'en', label: 'English', count: 4 },
        { value: 'fr', label: 'Français', count: 3 },
      ]);
    });

    it('adds the selected language with 0 when it has no postings, so the control shows what the list is filtered to', () => {
      const view = buildView(postings, request({ language: 'es' }), 'newest', labels('en'));
      expect(view.languages.map((f) => [f.value, f.count])).to.deep.equal([
        ['de', 1],
        ['en', 4],
        ['fr', 3],
        ['es', 0],
      ]);
      expect(view.languages.at(-1)?.label).to.equal('Español');
      const all = buildView(postings, request({ language: ALL_LANGUAGES }), 'newest', labels('en'));
      expect(all.languages.map((f) => f.value)).to.deep.equal(['de', 'en', 'fr']);
    });

    it('a language without postings yields no results and no country options', () => {
      const view = buildView(postings, request({ language: 'es' }), 'newest', labels('es'));
      expect(view.inLanguageCount).to.equal(0);
      expect(view.results).to.deep.equal([]);
      expect(view.countries).to.deep.equal([]);
      expect(view.departments).to.deep.equal([]);
    });
  });

  describe('countries', () => {
    it('offers only the countries of the selected language, counted, named in the UI language', () => {
      const view = buildView(postings, request({ language: 'fr' }), 'newest', labels('fr'));
      expect(view.countries).to.deep.equal([
        { value: 'BE', label: 'Belgique', count: 1 },
        { value: 'CA', label: 'Canada', count: 1 },
        { value: 'FR', label: 'France', count: 1 },
      ]);
    });

    it('counts remote countries and multi-location postings', () => {
      const view = buildView(postings, request({ language: 'en' }), 'newest', labels('en'));
      expect(view.countries).to.deep.equal([
        { value: 'DE', label: 'Germany', count: 1 },
        { value: 'IE', label: 'Ireland', count: 1 },
        { value: 'NL', label: 'Netherlands', count: 1 },
        { value: 'GB', label: 'United Kingdom', count: 2 },
        { value: 'US', label: 'United States', count: 1 },
      ]);
    });

    it('names the English postings’ countries in German for a German UI', () => {
      const view = buildView(postings, request({ language: 'en' }), 'newest', labels('de'));
      expect(view.countries.map((f) => f.label)).to.deep.equal(['Deutschland', 'Irland', 'Niederlande', 'Vereinigte Staaten', 'Vereinigtes Königreich']);
    });

    it('filters by a selected country, in any case', () => {
      const view = buildView(postings, request({ language: 'en', country: 'gb' }), 'newest', labels('en'));
      expect(view.filters.country).to.equal('GB');
      expect(ids(view)).to.deep.equal(['en-2', 'en-4']);
    });

    it('a remote country selects the remote posting', () => {
      const view = buildView(postings, request({ language: 'en', country: 'NL' }), 'newest', labels('en'));
      expect(ids(view)).to.deep.equal(['en-3']);
    });

    it('falls back to all countries when the selected one has no posting in the language', () => {
      const view = buildView(postings, request({ language: 'fr', country: 'DE' }), 'newest', labels('fr'));
      expect(view.filters.country).to.equal('');
      expect(ids(view)).to.deep.equal(['fr-1', 'fr-2', 'fr-3']);
    });

    it('keeps the country when it has postings in the new language', () => {
      const view = buildView(postings, request({ language: 'de', country: 'DE' }), 'newest', labels('de'));
      expect(view.filters.country).to.equal('DE');
      expect(ids(view)).to.deep.equal(['de-1']);
      expect(view.countries.map((f) => f.value)).to.deep.equal(['DE', 'AT']);
    });
  });

  describe('other filters', () => {
    it('offers departments, workplaces and employment types of the selected language only', () => {
      const view = buildView(postings, request({ language: 'en' }), 'newest', labels('en'));
      expect(view.departments.map((f) => [f.value, f.count])).to.deep.equal([
        ['Design', 1],
        ['Engineering', 2],
        ['Support', 1],
      ]);
      expect(view.workplaces).to.deep.equal([
        { value: 'hybrid', label: 'workplace:hybrid', count: 1 },
        { value: 'onsite', label: 'workplace:onsite', count: 1 },
        { value: 'remote', label: 'workplace:remote', count: 1 },
      ]);
      expect(view.employmentTypes).to.deep.equal([
        { value: 'contract', label: 'type:contract', count: 1 },
        { value: 'full-time', label: 'type:full-time', count: 1 },
      ]);
    });

    it('falls back to any for values the language does not offer', () => {
      const view = buildView(
        postings,
        request({ language: 'fr', department: 'Engineering', workplace: 'remote', employmentType: 'contract' }),
        'newest',
        labels('fr'),
      );
      expect(view.filters).to.deep.equal({ ...NO_FILTERS, language: 'fr' });
      expect(ids(view)).to.deep.equal(['fr-1', 'fr-2', 'fr-3']);
    });

    it('applies offered values', () => {
      const view = buildView(postings, request({ language: 'en', department: 'Engineering', employmentType: 'contract' }), 'newest', labels('en'));
      expect(view.filters.department).to.equal('Engineering');
      expect(ids(view)).to.deep.equal(['en-4']);
    });

    it('searches within the language, country names in the UI language', () => {
      const fr = buildView(postings, request({ language: 'en', query: 'royaume-uni' }), 'newest', labels('fr'));
      expect(ids(fr)).to.deep.equal(['en-2', 'en-4']);
      const en = buildView(postings, request({ language: 'en', query: 'berlin' }), 'newest', labels('en'));
      expect(ids(en)).to.deep.equal(['en-1']);
      expect(en.filters.query).to.equal('berlin');
    });
  });

  it('sorts the results by the requested order', () => {
    const view = buildView(postings, request({ language: 'en' }), 'title', labels('en'));
    expect(view.results.map((p) => p.title)).to.deep.equal(['Backend Engineer', 'Data Analyst', 'Product Designer', 'Support Specialist']);
  });

  describe('properties', () => {
    const requestArb = fc.record({
      language: fc.oneof(languageChoiceArb, fc.constant(ALL_LANGUAGES), fc.constant('')),
      country: fc.constantFrom('', 'DE', 'fr', 'CA', 'GB', 'JP', 'EG'),
      department: fc.constantFrom('', 'Engineering', 'Design', 'Sales'),
      workplace: fc.constantFrom('', 'onsite', 'hybrid', 'remote') as fc.Arbitrary<Filters['workplace']>,
      employmentType: fc.constantFrom('', 'full-time', 'contract') as fc.Arbitrary<Filters['employmentType']>,
      query: fc.constantFrom('', 'engineer', 'zurich'),
    });

    it('applied filters are always offered, and results are in the language and the country', () => {
      fc.assert(
        fc.property(postingsArb, requestArb, fc.constantFrom('en', 'fr', 'de'), (ps, req, locale) => {
          const view = buildView(ps, req, 'newest', labels(locale));
          const f = view.filters;
          if (f.country) expect(view.countries.map((c) => c.value)).to.include(f.country);
          if (f.department) expect(view.departments.map((c) => c.value)).to.include(f.department);
          if (f.workplace) expect(view.workplaces.map((c) => c.value)).to.include(f.workplace);
          if (f.employmentType) expect(view.employmentTypes.map((c) => c.value)).to.include(f.employmentType);
          for (const p of view.results) {
            if (f.language !== ALL_LANGUAGES) expect(p.primaryLanguage).to.equal(f.language);
            if (f.country) expect(p.countries).to.include(f.country);
          }
          const selectedCountry = view.countries.find((c) => c.value === f.country);
          if (selectedCountry && !f.department && !f.workplace && !f.employmentType && !f.query) {
            expect(view.results.length).to.equal(selectedCountry.count);
          }
          expect(view.inLanguageCount).to.equal(
            f.language === ALL_LANGUAGES ? ps.length : ps.filter((p) => p.primaryLanguage === f.language).length,
          );
        }),
      );
    });

    it('reusing a labels object gives the same view as a fresh one (the index is kept per labels and postings), and the results are filterPostings in sort order', () => {
      const shared = { en: labels('en'), fr: labels('fr') };
      fc.assert(
        fc.property(
          postingsArb,
          fc.array(fc.tuple(requestArb, fc.constantFrom(...SORT_ORDERS), fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>), { minLength: 1, maxLength: 6 }),
          (ps, requests) => {
            for (const [req, sort, locale] of requests) {
              const kept = buildView(ps, req, sort, shared[locale]);
              const fresh = buildView(ps, req, sort, labels(locale));
              expect(kept).to.deep.equal(fresh);
              const reference = sortPostings(filterPostings(postingsInLanguage(ps, fresh.filters.language), fresh.filters, labels(locale)), sort, locale);
              expect(ids(kept)).to.deep.equal(reference.map((p) => p.id));
            }
          },
        ),
      );
    });

    it('a new postings array is a new index, with the same labels object', () => {
      const shared = labels('en');
      const before = buildView(postings, request({ language: 'en' }), 'newest', shared);
      const fewer = postings.filter((p) => p.id !== 'en-1');
      const after = buildView(fewer, request({ language: 'en' }), 'newest', shared);
      expect(ids(before)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      expect(ids(after)).to.deep.equal(['en-2', 'en-3', 'en-4']);
      expect(after.countries.find((c) => c.value === 'DE')).to.equal(undefined);
      expect(buildView(postings, request({ language: 'en' }), 'newest', shared).results).to.have.length(4);
    });

    it('country facets never list a country without a posting in the selected language', () => {
      fc.assert(
        fc.property(postingsArb, languageChoiceArb, (ps, language) => {
          const view = buildView(ps, request({ language }), 'newest', labels('fr'));
          for (const c of view.countries) {
            expect(ps.some((p) => p.primaryLanguage === language.split('-')[0] && p.countries.includes(c.value))).to.equal(true);
          }
        }),
      );
    });
  });
});
