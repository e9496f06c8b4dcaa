import type { Posting } from './posting.js';
import { collator } from '../i18n/format.js';

/** Result orders. */
export const SORT_ORDERS = ['newest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/**
 * A sorted copy: newest first (ties by title), or by title in the UI locale's
 * collation. Under "newest first", undated postings come after every dated
 * one, by title among themselves.
 */
export function sortPostings(postings: readonly Posting[], order: SortOrder, locale: string): Posting[] {
  const { compare } = collator(locale);
  const byTitle = (a: Posting, b: Posting) => compare(a.title, b.title) || a.id.localeCompare(b.id);
  const newest = (a: Posting, b: Posting) =>
    (b.postedAt ?? -Infinity) - (a.postedAt ?? -Infinity) || byTitle(a, b);
  return [...postings].sort(order === 'title' ? byTitle : newest);
}
