import type { FeedPosting } from '../feed/schema.js';
import type { Posting } from './posting.js';
import { canonicalTag, primaryLanguage } from './language.js';
import { foldText } from './text.js';
import { isOpen, parseFeedDate } from './dates.js';
import { drain } from '../feed/slices.js';
import { memoized } from './memo.js';

/** `datePosted` as epoch ms, per date: a feed repeats a few hundred dates thousands of times. */
const postedAt = memoized((date) => parseFeedDate(date).getTime());

/** Turns one validated feed row into a display-ready `Posting`. */
export function normalizePosting(row: FeedPosting): Posting {
  const language = canonicalTag(row.language);
  const locations = row.locations.map((l) => (l.country ? { ...l, country: l.country.toUpperCase() } : l));
  const remoteCountries = (row.remoteCountries ?? []).map((c) => c.toUpperCase());
  const countries = [
    ...new Set([...locations.flatMap((l) => (l.country ? [l.country] : [])), ...remoteCountries]),
  ];
  const searchKey = foldText(
    [
      row.title,
      row.department,
      row.team,
      ...locations.flatMap((l) => [l.city, l.region, l.country]),
      ...remoteCountries,
    ]
      .filter(Boolean)
      .join(' \u0000 '),
  );
  return {
    ...row,
    language,
    primaryLanguage: primaryLanguage(language),
    locations,
    remoteCountries,
    countries,
    searchKey,
    postedAt: row.datePosted === undefined ? undefined : postedAt(row.datePosted),
  };
}

/** Normalizes rows and drops postings whose `validThrough` has passed at `now`. */
export function normalizePostings(rows: readonly FeedPosting[], now: Date): Posting[] {
  return drain(normalizeSteps(rows, now));
}

/** `normalizePostings` one row at a time: yields after each row, returns the postings (see `sliced`). */
export function* normalizeSteps(rows: readonly FeedPosting[], now: Date): Generator<void, Posting[], void> {
  const postings: Posting[] = [];
  for (const row of rows) {
    if (isOpen(row.validThrough, now)) postings.push(normalizePosting(row));
    yield;
  }
  return postings;
}
