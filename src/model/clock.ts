/**
 * The one place that reads the wall clock. Everything that depends on the
 * date (expiry, "3 days ago") takes a `now` argument instead, so the element
 * (`now` property), the pipeline (`FeedRequest.now`) and the CLI (`--now`,
 * `CAREERS_NOW`) can pin it, and tests never depend on today's date.
 */

/** A source of "now". */
export type Clock = () => Date;

/** The system clock. */
export const systemClock: Clock = () => new Date();

/**
 * Milliseconds on the page's monotonic clock: how long work has run (the
 * pipeline's slices), never a date. Here too, so every read of a clock is in
 * this module.
 */
export const elapsed = (): number => performance.now();

/**
 * A date from an ISO 8601 string (`2026-11-15` or a date-time), or
 * `undefined` when it is empty or not a date. Used for `now` given as text
 * (the element's attribute, the CLI's `--now`).
 */
export function parseNow(value: string | null | undefined): Date | undefined {
  const text = value?.trim();
  if (!text || !/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u.test(text)) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00` : text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
