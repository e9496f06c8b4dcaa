/** Numbers, lists, dates and money via `Intl`, in the UI locale. */
import type { FeedSalary } from '../feed/schema.js';
import { parseFeedDate } from '../model/dates.js';
import { memoized } from '../model/memo.js';

// One formatter per locale, made at first use (see memo.ts).
const numbers = memoized((locale) => new Intl.NumberFormat(locale));
const lists = memoized((locale) => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }));
const relativeDays = memoized((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const dates = memoized((locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));

export function formatNumber(value: number, locale: string): string {
  return numbers(locale).format(value);
}

export function formatList(items: readonly string[], locale: string): string {
  return lists(locale).format(items);
}

const DAY = 86_400_000;

/**
 * "yesterday", "3 days ago" within a month, else an absolute medium date.
 * Days are counted between calendar days so "today" means today.
 */
export function formatPosted(datePosted: string, locale: string, now: Date): string {
  const date = parseFeedDate(datePosted);
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((startOf(date) - startOf(now)) / DAY);
  if (days <= 0 && days > -31) {
    return relativeDays(locale).format(days, 'day');
  }
  return dates(locale).format(date);
}

/** The collation of names and titles in `locale`: case- and accent-blind, numbers by value. */
export const collator = memoized((locale) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));

/** "€80,000–100,000", "from €80,000" style ranges, without the period. */
export function formatSalaryAmount(salary: FeedSalary, locale: string): string {
  const nf = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: salary.currency.toUpperCase(),
    maximumFractionDigits: 0,
  });
  if (salary.min !== undefined && salary.max !== undefined && salary.min !== salary.max) {
    return nf.formatRange(salary.min, salary.max);
  }
  return nf.format((salary.min ?? salary.max)!);
}
