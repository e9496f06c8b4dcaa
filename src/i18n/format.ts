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

/** How a list shows posting dates: see `datesRelative`. */
export const DATE_STYLES = ['auto', 'relative', 'absolute'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/**
 * `relative`: "yesterday", "3 days ago" within a month, else an absolute
 * medium date; otherwise always the date. Days are counted between calendar
 * days so "today" means today.
 */
export function formatPosted(datePosted: string, locale: string, now: Date, relative = true): string {
  const days = daysSince(datePosted, now);
  if (relative && days >= 0 && days < 31) {
    return relativeDays(locale).format(-days, 'day');
  }
  return dates(locale).format(parseFeedDate(datePosted));
}

/** Whole calendar days from the posting's date to `now` (0: today; negative: a future date). */
export function daysSince(datePosted: string, now: Date): number {
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOf(now) - startOf(parseFeedDate(datePosted))) / DAY);
}

/** Postings up to this many days old read as "3 days ago" under `date-style="auto"`. */
export const RELATIVE_DAYS = 14;

/**
 * Whether a list shows its dates as "3 days ago" (else as dates): one style
 * for the whole list, so "7 days ago" never sits beside "Oct 28, 2026".
 * `auto`: relative when every dated posting is at most 14 days old; an
 * undated one (`undefined`) shows no date and has no say.
 */
export function datesRelative(style: DateStyle, dates: readonly (string | undefined)[], now: Date): boolean {
  if (style !== 'auto') return style === 'relative';
  return dates.every((date) => {
    if (date === undefined) return true;
    const days = daysSince(date, now);
    return days >= 0 && days <= RELATIVE_DAYS;
  });
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
