import type { Posting } from './posting.js';
import { collator } from '../i18n/format.js';

/** Result orders. */
export const SORT_ORDERS = ['newest', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** A sorted copy: newest first (ties by title), or by title in the UI locale's collation. */
export function sortPostings(postings: readonly Posting[], order: SortOrder, locale: string): Posting[] {
  const { compare } = collator(locale);
  const byTitle = (a: Posting, b: Posting) => compare(a.title, b.title) || a.id.localeCompare(b.id);
  return [...postings].sort(order === 'title' ? byTitle : (a, b) => b.postedAt - a.postedAt || byTitle(a, b));
}
