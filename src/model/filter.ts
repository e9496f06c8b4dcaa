import type { Posting } from './posting.js';
import { ALL_LANGUAGES, type Filters } from './filters.js';
import { foldText, queryTerms } from './text.js';
import { primaryLanguage } from './language.js';
import { memoized } from './memo.js';

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

/** The `SearchLabels` folded for matching (case and diacritics aside), each value once: what `matches` reads. */
export type SearchText = SearchLabels;

/** Folders of `labels`: each name is folded the first time a posting needs it, then kept. */
export function searchText(labels: SearchLabels): SearchText {
  const fold = (name: (value: string) => string) => memoized((value: string) => foldText(name(value)));
  return { country: fold(labels.country), workplace: fold(labels.workplace), employmentType: fold(labels.employmentType) };
}

/**
 * Whether `posting` passes every filter but the language (`country` upper
 * case) and has every search term in what its card shows: title, team,
 * department and places (its search key), its countries' names, its
 * workplace and job type labels, in the UI language of `text`. The one
 * matcher of `filterPostings` and of the element's view (`buildView`).
 */
export function matches(posting: Posting, filters: Filters, terms: readonly string[], text: SearchText): boolean {
  const { country, department, workplace, employmentType } = filters;
  return (
    (!country || posting.countries.includes(country)) &&
    (!department || posting.department === department) &&
    (!workplace || posting.workplace === workplace) &&
    (!employmentType || posting.employmentType === employmentType) &&
    terms.every(
      (t) =>
        posting.searchKey.includes(t) ||
        posting.countries.some((c) => text.country(c).includes(t)) ||
        (posting.workplace !== undefined && text.workplace(posting.workplace).includes(t)) ||
        (posting.employmentType !== undefined && text.employmentType(posting.employmentType).includes(t)),
    )
  );
}

/**
 * Applies every filter. The search matches what the card shows, in the UI
 * language: title, team, department and places (the posting's search key),
 * country names ("Allemagne" finds German postings in the French UI), and
 * the workplace and job type labels ("remote", "Télétravail", "Vollzeit");
 * case and diacritics aside.
 */
export function filterPostings(postings: readonly Posting[], filters: Filters, labels: SearchLabels = CODES): Posting[] {
  const terms = queryTerms(filters.query);
  const text = searchText(labels);
  const applied = { ...filters, country: filters.country.toUpperCase() };
  return postings.filter((p) => inLanguage(p, filters.language) && matches(p, applied, terms, text));
}
