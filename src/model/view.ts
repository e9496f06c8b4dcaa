import type { Posting } from './posting.js';
import { ALL_LANGUAGES, type Filters } from './filters.js';
import { countryFacets, departmentFacets, enumFacets, languageFacets, type Facet } from './facets.js';
import { matches, postingsInLanguage, searchText } from './filter.js';
import { queryTerms } from './text.js';
import { sortPostings, type SortOrder } from './sort.js';
import { primaryLanguage } from './language.js';

/** How the view names things in the UI language. */
export interface ViewLabels {
  readonly locale: string;
  readonly country: (code: string) => string;
  /** A language's name in itself. */
  readonly language: (code: string) => string;
  readonly workplace: (value: string) => string;
  readonly employmentType: (value: string) => string;
}

/** Everything the element renders, derived from postings and the visitor's filters. */
export interface View {
  /** The filters actually applied, after fallbacks (e.g. a country with no postings → ''). */
  readonly filters: Filters;
  readonly languages: readonly Facet[];
  /** Countries with postings in the selected language: the rule of the product brief. */
  readonly countries: readonly Facet[];
  readonly departments: readonly Facet[];
  readonly workplaces: readonly Facet[];
  readonly employmentTypes: readonly Facet[];
  /** How many postings the selected language has, before the other filters. */
  readonly inLanguageCount: number;
  readonly results: readonly Posting[];
}

const keepIfOffered = (value: string, facets: readonly Facet[]) =>
  value && facets.some((f) => f.value === value) ? value : '';

/**
 * The language options, plus the selected language with a count of 0 when it
 * has no postings: the control then shows what the list is filtered to (not
 * "All languages"), and choosing "All languages" is a real change.
 */
function withSelected(facets: Facet[], language: string, name: (code: string) => string): Facet[] {
  if (language === ALL_LANGUAGES || facets.some((f) => f.value === language)) return facets;
  return [...facets, { value: language, label: name(language), count: 0 }];
}

/**
 * Work a view repeats for the same feed: per labels object (weakly held, so
 * a new UI locale lets the old work go) and postings array (the last one),
 * by key. A filter change or a keystroke then only walks the sorted
 * postings of one language; sorting, counting and naming happen once per
 * feed, language, sort and locale.
 */
const memos = new WeakMap<ViewLabels, Map<unknown, unknown>>();

function memo<T>(postings: readonly Posting[], labels: ViewLabels, key: string, make: () => T): T {
  let cache = memos.get(labels);
  // Under the key `memos` itself: the postings the cache is for. Another feed starts a new cache.
  if (cache?.get(memos) !== postings) memos.set(labels, (cache = new Map<unknown, unknown>([[memos, postings]])));
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

/**
 * Derives the view. Facets other than language are computed from the postings
 * in the selected language only, so the country list holds just the countries
 * that have postings in that language; a selected value that no longer has
 * postings falls back to "any". Results are in `sort` order, by the same
 * matcher as `filterPostings` (`matches`: a country, workplace or job type
 * named in the UI language matches a search).
 *
 * Memoized per `postings` array and `labels` object: pass the same objects
 * again (the element keeps one labels object per locale) and only the
 * filtering runs.
 */
export function buildView(
  postings: readonly Posting[],
  requested: Filters,
  sort: SortOrder,
  labels: ViewLabels,
): View {
  // A primary subtag (`fr-CA` → `fr`, what the language control offers), or `all`.
  const language = requested.language ? primaryLanguage(requested.language) : ALL_LANGUAGES;
  const { locale } = labels;
  const key = language + sort;
  // The postings of one language in display order, and their facets: the same whatever the other filters.
  const { base, countries, departments, workplaces, employmentTypes } = memo(postings, labels, key, () => {
    const base = sortPostings(postingsInLanguage(postings, language), sort, locale);
    return {
      base,
      countries: countryFacets(base, locale, labels.country),
      departments: departmentFacets(base, locale),
      workplaces: enumFacets(base, 'workplace', labels.workplace, locale),
      employmentTypes: enumFacets(base, 'employmentType', labels.employmentType, locale),
    };
  });
  const filters: Filters = {
    language,
    country: keepIfOffered(requested.country.toUpperCase(), countries),
    department: keepIfOffered(requested.department, departments),
    workplace: keepIfOffered(requested.workplace, workplaces) as Filters['workplace'],
    employmentType: keepIfOffered(requested.employmentType, employmentTypes) as Filters['employmentType'],
    query: requested.query,
  };
  const terms = queryTerms(filters.query);
  // The names a search matches, folded once per value and feed ("Allemagne", "Télétravail", "Vollzeit").
  const text = memo(postings, labels, 'search', () => searchText(labels));
  const results = base.filter((p) => matches(p, filters, terms, text));
  return {
    filters,
    languages: withSelected(
      memo(postings, labels, '', () => languageFacets(postings, locale, labels.language)),
      language,
      labels.language,
    ),
    countries,
    departments,
    workplaces,
    employmentTypes,
    inLanguageCount: base.length,
    results,
  };
}
