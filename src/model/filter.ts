import type { Posting } from './posting.js';
import { ALL_LANGUAGES, type Filters } from './filters.js';
import { foldText, queryTerms } from './text.js';
import { primaryLanguage } from './language.js';

/** True when the posting is in `language` (a tag, matched by primary subtag, or `all`). */
export function inLanguage(posting: Posting, language: string): boolean {
  const primary = primaryLanguage(language);
  return primary === ALL_LANGUAGES || posting.primaryLanguage === primary;
}

/** The postings in one language: the base of every facet and of the results. */
export function postingsInLanguage(postings: readonly Posting[], language: string): Posting[] {
  return postings.filter((p) => inLanguage(p, language));
}

/**
 * Applies every filter. `countryName` names a country in the UI language so
 * a search for "Allemagne" finds German postings in the French UI.
 */
export function filterPostings(
  postings: readonly Posting[],
  filters: Filters,
  countryName: (code: string) => string = (code) => code,
): Posting[] {
  const terms = queryTerms(filters.query);
  const country = filters.country.toUpperCase();
  return postings.filter((p) => {
    if (!inLanguage(p, filters.language)) return false;
    if (country && !p.countries.includes(country)) return false;
    if (filters.department && p.department !== filters.department) return false;
    if (filters.workplace && p.workplace !== filters.workplace) return false;
    if (filters.employmentType && p.employmentType !== filters.employmentType) return false;
    if (terms.length === 0) return true;
    const haystack = `${p.searchKey} ${foldText(p.countries.map(countryName).join(' '))}`;
    return terms.every((t) => haystack.includes(t));
  });
}
