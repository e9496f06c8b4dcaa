import type { Posting } from './posting.js';
import { collator } from '../i18n/format.js';

/** One option of a filter control: a value and how many postings it has. */
export interface Facet {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

/**
 * Counts postings per key (a posting with several keys counts once for each)
 * and labels and sorts the result with the UI locale's collation.
 */
export function facetsBy(
  postings: readonly Posting[],
  keys: (p: Posting) => readonly string[],
  label: (value: string) => string,
  locale: string,
): Facet[] {
  const counts = new Map<string, number>();
  for (const p of postings) {
    for (const key of new Set(keys(p))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const { compare } = collator(locale);
  return [...counts]
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => compare(a.label, b.label) || a.value.localeCompare(b.value));
}

/** Countries of the given postings, named in `locale`. */
export function countryFacets(postings: readonly Posting[], locale: string, name: (code: string) => string): Facet[] {
  return facetsBy(postings, (p) => p.countries, name, locale);
}

/** Posting languages (primary subtags), each named in itself. */
export function languageFacets(postings: readonly Posting[], locale: string, name: (code: string) => string): Facet[] {
  return facetsBy(postings, (p) => [p.primaryLanguage], name, locale);
}

/** Departments, as written in the feed. */
export function departmentFacets(postings: readonly Posting[], locale: string): Facet[] {
  return facetsBy(postings, (p) => (p.department ? [p.department] : []), (d) => d, locale);
}

/** Values of an optional enum field, labelled by the caller. */
export function enumFacets<K extends 'workplace' | 'employmentType'>(
  postings: readonly Posting[],
  field: K,
  label: (value: string) => string,
  locale: string,
): Facet[] {
  return facetsBy(postings, (p) => (p[field] ? [p[field]] : []), label, locale);
}
