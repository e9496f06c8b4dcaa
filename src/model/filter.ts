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

/** How search names what a card shows in the UI language (see `ViewLabels`). */
export interface SearchLabels {
  readonly country: (code: string) => string;
  readonly workplace: (value: string) => string;
  readonly employmentType: (value: string) => string;
}

const CODES: SearchLabels = { country: (code) => code, workplace: (value) => value, employmentType: (value) => value };

/**
 * Applies every filter. The search matches what the card shows, in the UI
 * language: title, team, department and places (the posting's search key),
 * country names ("Allemagne" finds German postings in the French UI), and
 * the workplace and job type labels ("remote", "Télétravail", "Vollzeit");
 * case and diacritics aside.
 */
export function filterPostings(postings: readonly Posting[], filters: Filters, labels: SearchLabels = CODES): Posting[] {
  const terms = queryTerms(filters.query);
  const country = filters.country.toUpperCase();
  return postings.filter((p) => {
    if (!inLanguage(p, filters.language)) return false;
    if (country && !p.countries.includes(country)) return false;
    if (filters.department && p.department !== filters.department) return false;
    if (filters.workplace && p.workplace !== filters.workplace) return false;
    if (filters.employmentType && p.employmentType !== filters.employmentType) return false;
    if (terms.length === 0) return true;
    const shown = [
      ...p.countries.map(labels.country),
      p.workplace ? labels.workplace(p.workplace) : '',
      p.employmentType ? labels.employmentType(p.employmentType) : '',
    ];
    const haystack = `${p.searchKey} ${foldText(shown.join(' '))}`;
    return terms.every((t) => haystack.includes(t));
  });
}
