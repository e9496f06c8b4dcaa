import type { Posting } from './posting.js';
import { ALL_LANGUAGES, type Filters } from './filters.js';
import { countryFacets, departmentFacets, enumFacets, languageFacets, type Facet } from './facets.js';
import { filterPostings, postingsInLanguage } from './filter.js';
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
 * Derives the view. Facets other than language are computed from the postings
 * in the selected language only, so the country list holds just the countries
 * that have postings in that language; a selected value that no longer has
 * postings falls back to "any".
 */
export function buildView(
  postings: readonly Posting[],
  requested: Filters,
  sort: SortOrder,
  labels: ViewLabels,
): View {
  const { locale } = labels;
  // A primary subtag (`fr-CA` → `fr`, what the language control offers), or `all`.
  const language = requested.language ? primaryLanguage(requested.language) : ALL_LANGUAGES;
  const base = postingsInLanguage(postings, language);
  const countries = countryFacets(base, locale, labels.country);
  const departments = departmentFacets(base, locale);
  const workplaces = enumFacets(base, 'workplace', labels.workplace, locale);
  const employmentTypes = enumFacets(base, 'employmentType', labels.employmentType, locale);
  const filters: Filters = {
    language,
    country: keepIfOffered(requested.country.toUpperCase(), countries),
    department: keepIfOffered(requested.department, departments),
    workplace: keepIfOffered(requested.workplace, workplaces) as Filters['workplace'],
    employmentType: keepIfOffered(requested.employmentType, employmentTypes) as Filters['employmentType'],
    query: requested.query,
  };
  return {
    filters,
    languages: withSelected(languageFacets(postings, locale, labels.language), language, labels.language),
    countries,
    departments,
    workplaces,
    employmentTypes,
    inLanguageCount: base.length,
    results: sortPostings(filterPostings(base, filters, labels), sort, locale),
  };
}
