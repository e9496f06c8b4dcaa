/**
 * Lever Postings API adapter:
 * `GET https://api.lever.co/v0/postings/{site}?mode=json` (or
 * `api.eu.lever.co`) → a bare array of postings.
 */
import type { FeedLocation, FeedSection } from '../schema.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter } from './types.js';
import { countryFromLocationText, resolveCountry, splitLocationText } from './country.js';
import {
  addLocation,
  asArray,
  asRecord,
  cleanText,
  compactLocation,
  definedOnly,
  isRecord,
  mapEmploymentType,
  mapSalary,
  mapWorkplace,
  placeLocations,
  postedDate,
  toId,
  toWebUrl,
  workplaceFromText,
  unresolvedOf,
  type UnresolvedPlace,
} from './common.js';
import { htmlListItems, htmlToText, type HtmlParser } from './html.js';

/** `?group=team` answers `[{ title, postings: [...] }]`: flatten it. */
function flatten(input: readonly unknown[]): unknown[] {
  return input.flatMap((item) =>
    isRecord(item) && Array.isArray(item['postings']) && !('id' in item) ? item['postings'] : [item],
  );
}

/**
 * Locations from `categories.allLocations` (else `categories.location`).
 * Lever's `country` (ISO code) belongs to the primary location
 * (`categories.location`, or the only one); other locations take their
 * country from their text.
 */
function locationsOf(posting: Readonly<Record<string, unknown>>): { locations: FeedLocation[]; unresolved: string[] } {
  const categories = asRecord(posting['categories']);
  const primary = cleanText(categories['location']);
  const all = asArray(categories['allLocations']).map(cleanText).filter((t): t is string => t !== undefined);
  const texts = [...new Set(all.length > 0 ? all : primary ? [primary] : [])];
  const leverCountry = resolveCountry(typeof posting['country'] === 'string' ? posting['country'] : undefined);
  const locations: FeedLocation[] = [];
  const unresolved: string[] = [];
  for (const text of texts) {
    const isPrimary = texts.length === 1 || text === primary;
    const country = (isPrimary ? leverCountry : undefined) ?? countryFromLocationText(text);
    if (!country) unresolved.push(text);
    const location = compactLocation({ ...splitLocationText(text), country });
    if (location) addLocation(locations, location);
  }
  if (texts.length === 0 && leverCountry) locations.push({ country: leverCountry });
  return { locations, unresolved };
}

/** `lists` → sections: the list name is the title, each `<li>` an item. */
function sectionsOf(lists: unknown, parser: HtmlParser | undefined): FeedSection[] | undefined {
  const sections: FeedSection[] = [];
  for (const list of asArray(lists)) {
    if (!isRecord(list)) continue;
    const title = htmlToText(list['text'], parser);
    const items = htmlListItems(list['content'], parser);
    if (title && items.length > 0) sections.push({ title, items });
  }
  return sections.length > 0 ? sections : undefined;
}

function descriptionOf(posting: Readonly<Record<string, unknown>>): string | undefined {
  const parts = [posting['description'], posting['additional']]
    .map((part) => (typeof part === 'string' ? part.trim() : ''))
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/**
 * Maps a Lever Postings API answer (`?mode=json`, optionally `&group=…`) to
 * the native feed.
 *
 * - `id` → `id`; `text` → `title`; `hostedUrl` → `url`; `applyUrl` →
 *   `applyUrl`; `createdAt` (epoch ms) → `datePosted`.
 * - `categories.commitment` → `employmentType`; `.department`, `.team`;
 *   `workplaceType` (`on-site`, `remote`, `hybrid`; `unspecified` → none,
 *   then words in the location text).
 * - Locations from `categories.allLocations` (else `.location`); Lever's
 *   ISO `country` gives the primary location's country, the others are
 *   resolved from their text. Country-only locations of a remote posting
 *   become `remoteCountries`.
 * - `description` (opening and body, HTML) plus `additional` (closing HTML)
 *   → `description`; `openingPlain` → `summary`; `lists` → `sections`
 *   (items are the plain text of each `<li>`).
 * - `salaryRange` `{currency, interval, min, max}` → `salary`.
 *
 * Language: Lever postings carry none, so every posting gets
 * `options.language` (the widget's `feed-language`). Without it `language`
 * stays unset and validation skips each row with a "language" reason: a
 * wrong tag would silently hide postings behind the language filter, a
 * skipped row says exactly what to configure.
 */
export const adaptLever: SyncAdapter = (input, options): AdaptResult => {
  if (!Array.isArray(input)) {
    throw new FeedError('schema', 'Not a Lever Postings API payload: expected a JSON array of postings.');
  }
  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings = flatten(input).map((raw) => {
    const posting = asRecord(raw);
    const categories = asRecord(posting['categories']);
    const workplace = mapWorkplace(posting['workplaceType']) ?? workplaceFromText(categories['location']);
    const id = toId(posting['id']);
    const { locations, unresolved } = locationsOf(posting);
    unresolvedLocations.push(...unresolvedOf(id, unresolved));
    const range = asRecord(posting['salaryRange']);
    return definedOnly({
      id,
      title: cleanText(posting['text']),
      language: options.language,
      url: toWebUrl(posting['hostedUrl']),
      applyUrl: toWebUrl(posting['applyUrl']),
      ...placeLocations(locations, workplace),
      workplace,
      department: cleanText(categories['department']),
      team: cleanText(categories['team']),
      employmentType: mapEmploymentType(categories['commitment']),
      datePosted: postedDate(posting['createdAt']),
      summary: cleanText(posting['openingPlain']),
      description: descriptionOf(posting),
      sections: sectionsOf(posting['lists'], options.html),
      salary: mapSalary({ currency: range['currency'], min: range['min'], max: range['max'], period: range['interval'] }),
    });
  });
  return { feed: { version: 1, postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptLever as adapt };
