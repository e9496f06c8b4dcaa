/**
 * Builders for the pure-layer tests: valid raw feed rows, feeds, normalized
 * postings, and fast-check arbitraries over a small, known vocabulary of
 * languages and countries (small, so generated postings share values and
 * filters and facets have something to match).
 */
import fc from 'fast-check';
import type { FeedInput, FeedPosting } from '../../src/feed/schema.js';
import { normalizePosting } from '../../src/model/normalize.js';
import type { Posting } from '../../src/model/posting.js';
import { EMPLOYMENT_TYPES, WORKPLACES } from '../../src/feed/values.js';

let counter = 0;

/** A valid raw feed row; every call gets a fresh id unless one is given. */
export function posting(overrides: Partial<FeedPosting> = {}): FeedPosting {
  counter += 1;
  const id = overrides.id ?? `job-${counter}`;
  return {
    id,
    title: `Job ${counter}`,
    language: 'en',
    url: `https://jobs.example/${id}`,
    locations: [],
    datePosted: '2026-03-01',
    ...overrides,
  };
}

/** A native v1 feed around the given rows (which may be invalid on purpose). */
export function feed(postings: readonly unknown[], extra: Partial<Omit<FeedInput, 'postings'>> = {}) {
  return { version: 1 as const, ...extra, postings: [...postings] };
}

/** A normalized posting built from `posting(overrides)`. */
export function normalized(overrides: Partial<FeedPosting> = {}): Posting {
  return normalizePosting(posting(overrides));
}

/** Language tags of generated postings: several regional variants per language. */
export const LANGUAGE_TAGS = ['en', 'en-GB', 'en-US', 'fr', 'fr-CA', 'fr-BE', 'de', 'de-CH', 'es'] as const;
/** Country codes of generated postings, in mixed case as feeds write them. */
export const COUNTRY_CODES = ['DE', 'FR', 'CA', 'BE', 'GB', 'US', 'CH', 'AT', 'ES', 'EG', 'de', 'fr', 'gb'] as const;

const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const word = fc.constantFrom('Engineer', 'Ingénieur', 'Zürich', 'Straße', 'São Paulo', 'Design', 'Équipe', 'data');

/** Raw, valid feed rows with unique ids. */
export const rawPostingArb: fc.Arbitrary<FeedPosting> = fc
  .record({
    title: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    language: fc.constantFrom(...LANGUAGE_TAGS),
    locations: fc.array(
      fc.record(
        {
          city: optional(word),
          region: optional(fc.constantFrom('QC', 'Bayern', 'Île-de-France')),
          country: optional(fc.constantFrom(...COUNTRY_CODES)),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
    workplace: optional(fc.constantFrom(...WORKPLACES)),
    remoteCountries: optional(fc.array(fc.constantFrom(...COUNTRY_CODES), { maxLength: 3 })),
    department: optional(fc.constantFrom('Engineering', 'Ingénierie', 'Design', 'Sales')),
    team: optional(fc.constantFrom('Platform', 'Équipe Web')),
    employmentType: optional(fc.constantFrom(...EMPLOYMENT_TYPES)),
    // Optional: some sources (BambooHR's list) have no dates.
    datePosted: optional(fc.constantFrom('2026-01-05', '2026-02-10', '2026-02-10T09:30:00Z', '2026-03-01')),
  })
  .map((r) => {
    const row: Record<string, unknown> = { id: '', url: 'https://jobs.example/x', ...r };
    for (const key of Object.keys(row)) if (row[key] === undefined) delete row[key];
    for (const loc of row.locations as Record<string, unknown>[]) {
      for (const key of Object.keys(loc)) if (loc[key] === undefined) delete loc[key];
    }
    return row as unknown as FeedPosting;
  });

/** Lists of normalized postings with unique ids. */
export const postingsArb: fc.Arbitrary<Posting[]> = fc
  .array(rawPostingArb, { maxLength: 25 })
  .map((rows) => rows.map((r, i) => normalizePosting({ ...r, id: `p${i}`, url: `https://jobs.example/p${i}` })));

/** A language to select: a primary subtag, a regional tag, or one no posting has. */
export const languageChoiceArb = fc.constantFrom('en', 'fr', 'fr-CA', 'de', 'es', 'it');
