/// <reference types="node" />
/**
 * Human-readable summaries of a validated feed: counts, skipped rows with
 * their reasons, dropped fields, countries and languages found.
 */
import type { ParsedFeed, SkippedPosting } from '../feed/parse.js';
import { isOpen } from '../model/dates.js';
import type { UnresolvedPlace } from '../feed/adapters/types.js';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Country codes (upper case) of every location and remote country, sorted. */
export function countriesOf(feed: ParsedFeed): string[] {
  const found = new Set<string>();
  for (const posting of feed.postings) {
    for (const location of posting.locations) if (location.country) found.add(location.country.toUpperCase());
    for (const country of posting.remoteCountries ?? []) found.add(country.toUpperCase());
  }
  return [...found].sort();
}

/** Posting languages, as written, sorted. */
export function languagesOf(feed: ParsedFeed): string[] {
  return [...new Set(feed.postings.map((p) => p.language))].sort();
}

const rowName = (s: SkippedPosting): string => `#${s.index}${s.id ? ` "${s.id}"` : ''}`;

/** `240 postings, 3 skipped: #3 "a", #7, #9 "b"`. */
export function summaryLine(feed: ParsedFeed, limit = 10): string {
  const head = `${plural(feed.postings.length, 'posting')}, ${feed.skipped.length} skipped`;
  if (feed.skipped.length === 0) return head;
  const shown = feed.skipped.slice(0, limit).map(rowName).join(', ');
  const more = feed.skipped.length > limit ? `, and ${feed.skipped.length - limit} more` : '';
  return `${head}: ${shown}${more}`;
}

/**
 * Every problem of every skipped row, one "path: reason" line each, with the
 * row's id and, when `origin` names it, where the row came from.
 */
export function problemLines(feed: ParsedFeed, origin?: (index: number) => string | undefined): string[] {
  return feed.skipped.flatMap((s) => {
    const notes = [s.id ? `id "${s.id}"` : undefined, origin?.(s.index)].filter(Boolean);
    return s.reasons.map((reason) => (notes.length ? `${reason} (${notes.join(', ')})` : reason));
  });
}

/**
 * One warning per invalid optional value that was left out of a kept
 * posting (or of the envelope), with its JSON path, the posting's id and,
 * when `origin` names it, where the row came from:
 * `warning: postings[3].salary dropped: currency: must be … (id "a")`.
 */
export function droppedLines(feed: ParsedFeed, origin?: (index: number) => string | undefined): string[] {
  return feed.dropped.map((d) => {
    const notes = [d.id ? `id "${d.id}"` : undefined, d.index === undefined ? undefined : origin?.(d.index)].filter(Boolean);
    return `warning: ${d.path} dropped: ${d.reason}${notes.length ? ` (${notes.join(', ')})` : ''}`;
  });
}

/**
 * What makes a feed imperfect but usable, for the last line and `--strict`:
 * `4 row(s) skipped and 2 field(s) dropped`; empty when there is nothing.
 */
export function warningCounts(feed: ParsedFeed): string {
  return [
    feed.skipped.length ? `${feed.skipped.length} row(s) skipped` : '',
    feed.dropped.length ? `${feed.dropped.length} field(s) dropped` : '',
  ]
    .filter(Boolean)
    .join(' and ');
}

/** The "countries" and "languages" lines. */
export function foundLines(feed: ParsedFeed): string[] {
  const countries = countriesOf(feed);
  const languages = languagesOf(feed);
  return [
    `countries (${countries.length}): ${countries.join(', ') || 'none'}`,
    `languages (${languages.length}): ${languages.join(', ') || 'none'}`,
  ];
}

/**
 * `3 locations without a country: "Dublin" (postings "7", "9"), "New York,
 * NY" (posting "8")`: the source places no country was found for, counted
 * per posting, each place named once with the ids of its postings; or
 * `undefined` when there are none.
 */
export function unresolvedLine(places: readonly UnresolvedPlace[], limit = 10): string | undefined {
  if (places.length === 0) return undefined;
  const byText = new Map<string, string[]>();
  for (const { text, id } of places) {
    const ids = byText.get(text) ?? [];
    if (id !== undefined && !ids.includes(id)) ids.push(id);
    byText.set(text, ids);
  }
  const shown = [...byText]
    .slice(0, limit)
    .map(([text, ids]) => {
      const named = ids.slice(0, 5).map((id) => JSON.stringify(id)).join(', ') + (ids.length > 5 ? ', …' : '');
      return `${JSON.stringify(text)}${ids.length ? ` (${ids.length === 1 ? 'posting' : 'postings'} ${named})` : ''}`;
    })
    .join(', ');
  const more = byText.size > limit ? `, and ${byText.size - limit} more` : '';
  return `${plural(places.length, 'location')} without a country: ${shown}${more}`;
}

/**
 * `2 postings closed before 2026-12-01 (validThrough passed): "a", "b"`, or
 * `undefined` when none has: those rows are valid, but the widget hides them.
 */
export function expiredLine(feed: ParsedFeed, now: Date, limit = 10): string | undefined {
  const closed = feed.postings.filter((p) => !isOpen(p.validThrough, now));
  if (closed.length === 0) return undefined;
  const shown = closed.slice(0, limit).map((p) => `"${p.id}"`).join(', ');
  const more = closed.length > limit ? `, and ${closed.length - limit} more` : '';
  return `${plural(closed.length, 'posting')} closed before ${now.toISOString()} (validThrough passed; the widget hides them): ${shown}${more}`;
}

/**
 * `2 postings without a date: "a", "b" (the widget shows none for them and
 * lists them last under "newest first")`, or `undefined` when every posting
 * has one. Information, not a warning: `datePosted` is optional, and a
 * source without dates (a BambooHR list) is not made worse by saying so.
 */
export function undatedLine(feed: ParsedFeed, limit = 10): string | undefined {
  const undated = feed.postings.filter((p) => p.datePosted === undefined);
  if (undated.length === 0) return undefined;
  const shown = undated.slice(0, limit).map((p) => `"${p.id}"`).join(', ');
  const more = undated.length > limit ? `, and ${undated.length - limit} more` : '';
  return `${plural(undated.length, 'posting')} without a date: ${shown}${more} (the widget shows none for them and lists them last under "newest first")`;
}
