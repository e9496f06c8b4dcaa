/**
 * The product's rules as properties of the view, over generated postings
 * (test/support/postings.ts: a small vocabulary, so postings share
 * languages, countries and departments) and arbitrary filters, the
 * visitor's free text and junk values included:
 *
 * - the results are a subset of the postings;
 * - the country options are exactly the countries for which postings were
 *   published in the selected language, each counted once per posting;
 * - filtering is idempotent: the results, filtered again, are the results;
 * - sorting is deterministic: any order of the same postings sorts the
 *   same, and sorting sorted postings changes nothing.
 *
 * Seeds are pinned (`SEED`) so a CI failure replays exactly.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildView, type ViewLabels } from '../../src/model/view.js';
import { filterPostings } from '../../src/model/filter.js';
import { sortPostings, SORT_ORDERS } from '../../src/model/sort.js';
import { ALL_LANGUAGES, type Filters } from '../../src/model/filters.js';
import type { Posting } from '../../src/model/posting.js';
import { autonym, countryName } from '../../src/i18n/names.js';
import { EMPLOYMENT_TYPES, WORKPLACES } from '../../src/feed/values.js';
import { COUNTRY_CODES, LANGUAGE_TAGS, postingsArb } from '../support/postings.js';

const SEED = 20260315;
const RUNS = 300;

const labels = (locale: string): ViewLabels => ({
  locale,
  country: (code) => countryName(code, locale),
  language: autonym,
  workplace: (v) => `workplace:${v}`,
  employmentType: (v) => `type:${v}`,
});

/** What a visitor (or a shared link, or an attribute) may ask for: known values, other values and junk. */
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  language: fc.oneof(fc.constantFrom(...LANGUAGE_TAGS, 'FR', 'it', 'zz', ALL_LANGUAGES, ''), fc.string({ maxLength: 5 })),
  country: fc.oneof(fc.constantFrom(...COUNTRY_CODES, 'JP', 'XX', ''), fc.string({ maxLength: 3 })),
  department: fc.oneof(fc.constantFrom('', 'Engineering', 'Ingénierie', 'Design', 'Sales', 'engineering'), fc.string({ maxLength: 4 })),
  workplace: fc.constantFrom('', ...WORKPLACES) as fc.Arbitrary<Filters['workplace']>,
  employmentType: fc.constantFrom('', ...EMPLOYMENT_TYPES) as fc.Arbitrary<Filters['employmentType']>,
  query: fc.oneof(fc.constantFrom('', 'engineer', 'ZURICH', 'ingenieur design', 'straße', 'deutschland', 'germany'), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })),
});
const localeArb = fc.constantFrom('en', 'fr', 'de', 'es', 'fr-CA', 'ar');
const orderArb = fc.constantFrom(...SORT_ORDERS);

const ids = (postings: readonly Posting[]) => postings.map((p) => p.id);

describe('view rules (properties)', () => {
  it('the results are a subset of the postings, without duplicates', () => {
    fc.assert(
      fc.property(postingsArb, filtersArb, orderArb, localeArb, (postings, filters, order, locale) => {
        const { results } = buildView(postings, filters, order, labels(locale));
        const all = new Set(postings);
        expect(results.every((p) => all.has(p))).to.equal(true);
        expect(new Set(results).size).to.equal(results.length);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the country options are exactly the countries of the postings in the selected language, with their counts', () => {
    fc.assert(
      fc.property(postingsArb, filtersArb, localeArb, (postings, filters, locale) => {
        const view = buildView(postings, filters, 'newest', labels(locale));
        const language = view.filters.language;
        const inLanguage = postings.filter((p) => language === ALL_LANGUAGES || p.primaryLanguage === language);
        const expected = new Map<string, number>();
        for (const p of inLanguage) for (const c of new Set(p.countries)) expected.set(c, (expected.get(c) ?? 0) + 1);
        const offered = new Map(view.countries.map((c) => [c.value, c.count]));
        expect(offered.size, 'no country twice').to.equal(view.countries.length);
        expect([...offered].sort()).to.deep.equal([...expected].sort());
        // Whatever else the visitor asked for, the options follow the language alone.
        const other = buildView(postings, { ...filters, country: '', department: '', query: '' }, 'title', labels(locale));
        if (other.filters.language === language) expect(other.countries).to.deep.equal(view.countries);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('filtering is idempotent: the results, filtered again with the filters applied, are the same', () => {
    fc.assert(
      fc.property(postingsArb, filtersArb, orderArb, localeArb, (postings, filters, order, locale) => {
        const view = buildView(postings, filters, order, labels(locale));
        const again = buildView(view.results, view.filters, order, labels(locale));
        expect(ids(again.results)).to.deep.equal(ids(view.results));
        // With results left, each filter still has postings to offer it (with none, a country falls back to "any": no matter).
        if (view.results.length) expect(again.filters).to.deep.equal(view.filters);
        const once = filterPostings(postings, filters);
        expect(ids(filterPostings(once, filters))).to.deep.equal(ids(once));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('sorting is deterministic: any order of the same postings sorts the same, and sorted postings stay put', () => {
    // Random sort keys: a permutation of the postings, ties included.
    const shuffled = postingsArb.chain((postings) =>
      fc.array(fc.integer(), { minLength: postings.length, maxLength: postings.length }).map((keys) => ({
        postings,
        permuted: postings.map((p, i) => ({ p, k: keys[i]! })).sort((a, b) => a.k - b.k).map((e) => e.p),
      })),
    );
    fc.assert(
      fc.property(shuffled, orderArb, localeArb, ({ postings, permuted }, order, locale) => {
        const sorted = sortPostings(postings, order, locale);
        expect(ids(sortPostings(permuted, order, locale))).to.deep.equal(ids(sorted));
        expect(ids(sortPostings(sorted, order, locale))).to.deep.equal(ids(sorted));
        // The whole view orders the same way, whatever order the feed came in.
        const filters: Filters = { language: ALL_LANGUAGES, country: '', department: '', workplace: '', employmentType: '', query: '' };
        expect(ids(buildView(permuted, filters, order, labels(locale)).results)).to.deep.equal(ids(sorted));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
