import type { FeedPosting } from '../feed/schema.js';
import type { Posting } from './posting.js';
import { canonicalTag, primaryLanguage } from './language.js';
import { foldText } from './text.js';
import { isOpen, parseFeedDate } from './dates.js';

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
    postedAt: parseFeedDate(row.datePosted).getTime(),
  };
}

/** Normalizes rows and drops postings whose `validThrough` has passed at `now`. */
export function normalizePostings(rows: readonly FeedPosting[], now: Date): Posting[] {
  return rows.filter((r) => isOpen(r.validThrough, now)).map(normalizePosting);
}
