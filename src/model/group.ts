/**
 * Groups of postings under a heading (`group-by`): by department, or by
 * country (a posting's first country). Pure: names come from the caller, in
 * the UI language.
 */
import type { Posting } from './posting.js';

export interface PostingGroup {
  /** The department, the country code, or '' for postings that have none. */
  readonly key: string;
  readonly label: string;
  readonly postings: readonly Posting[];
}

/**
 * The postings of `shown` in groups, each in list order; groups sorted by
 * name in the UI locale, the one of postings without a value (`other`) last.
 * Keys are feed text: a Map, never a plain object.
 */
export function groupPostings(
  shown: readonly Posting[],
  by: 'department' | 'country',
  name: (key: string) => string,
  other: string,
  locale: string,
): PostingGroup[] {
  const groups = new Map<string, Posting[]>();
  for (const posting of shown) {
    const key = (by === 'department' ? posting.department : posting.countries[0]) ?? '';
    const group = groups.get(key);
    if (group) group.push(posting);
    else groups.set(key, [posting]);
  }
  const collator = new Intl.Collator(locale);
  return [...groups]
    .map(([key, postings]) => ({ key, label: key ? name(key) : other, postings }))
    .sort((a, b) => Number(!a.key) - Number(!b.key) || collator.compare(a.label, b.label));
}
