/**
 * Breezy HR adapter: `GET https://{company}.breezy.hr/json` → a bare array
 * of published positions.
 */
import type { FeedLocation } from '../schema.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter } from './types.js';
import { countryFromLocationText, resolveCountry, splitLocationText } from './country.js';
import {
  addLocation,
  agreedOrganization,
  asArray,
  asRecord,
  cleanText,
  compactLocation,
  definedOnly,
  isRecord,
  mapEmploymentType,
  placeLocations,
  placeText,
  postedDate,
  toId,
  toWebUrl,
  unresolvedOf,
  type UnresolvedPlace,
} from './common.js';

type Row = Readonly<Record<string, unknown>>;

/** `{ id, name }` (Breezy's `country`, `state`, `type`) or plain text: the name, else the id. */
const nameOf = (value: unknown): unknown => (isRecord(value) ? (value['name'] ?? value['id']) : value);

/**
 * A position's places: its `locations[]` when there are any, else its
 * `location`. Each is structured (`city`, `state`, `country: { id, name }`);
 * one with none of those is read from its display `name` ("Lisbon,
 * Portugal"; "Worldwide" stays as the region). Places without a country
 * are kept and listed as unresolved.
 */
function locationsOf(position: Row): { locations: FeedLocation[]; unresolved: string[]; remote: boolean } {
  const list = asArray(position['locations']).filter(isRecord);
  const sources = list.length > 0 ? list : [asRecord(position['location'])];
  const locations: FeedLocation[] = [];
  const unresolved: string[] = [];
  let remote = false;
  for (const place of sources) {
    if (place['is_remote'] === true) remote = true;
    const country = asRecord(place['country']);
    const city = cleanText(place['city']);
    const region = cleanText(nameOf(place['state']));
    const countryName = cleanText(country['name']);
    const name = cleanText(place['name']);
    const location = compactLocation(
      city || region || countryName || country['id']
        ? { city, region, country: resolveCountry(cleanText(country['id'])) ?? countryFromLocationText(countryName) }
        : splitLocationText(name),
    );
    if (!location) continue;
    if (!location.country) unresolved.push(name ?? placeText(location));
    addLocation(locations, location);
  }
  return { locations, unresolved: [...new Set(unresolved)], remote };
}

/**
 * Maps a Breezy HR positions array (`/json`) to the native feed.
 *
 * - `id` → `id`; `name` → `title`; `url` (the position's page, where the
 *   visitor applies) → `url` and `applyUrl`; `published_date` (else
 *   `creation_date`) → `datePosted`; `department` → `department`;
 *   `description` (HTML, in feeds that carry it) → `description`.
 * - `type` (`{ id: "fullTime", name: "Full-Time" }`) → `employmentType`,
 *   by its name, else its id.
 * - Places from `locations[]` (else `location`): `city`, `state.name` as the
 *   region, the country from `country.id` (ISO) else `country.name`; a
 *   place with only a display `name` is read from that text.
 *   `is_remote: true` on any place → `workplace: remote`, and its
 *   country-only places become `remoteCountries`; `false` says nothing.
 * - `company.name` → `organization.name`, when every position names the
 *   same company.
 * - Not mapped: `salary` (free text such as "$50,000 - $60,000 / year", no
 *   currency code), `friendly_id`, `category`, `experience`, `education`.
 *
 * Language: Breezy names none, so every posting gets `options.language`;
 * without it validation skips each row with a "language" reason.
 */
export const adaptBreezy: SyncAdapter = (input, options): AdaptResult => {
  if (!Array.isArray(input)) {
    throw new FeedError('schema', 'Not a Breezy HR positions payload: expected a JSON array of positions.');
  }
  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings = input.map((raw) => {
    const position = asRecord(raw);
    const id = toId(position['id']);
    const { locations, unresolved, remote } = locationsOf(position);
    unresolvedLocations.push(...unresolvedOf(id, unresolved));
    const workplace = remote ? ('remote' as const) : undefined;
    const type = position['type'];
    const url = toWebUrl(position['url']);
    const description = typeof position['description'] === 'string' ? position['description'].trim() : '';
    return definedOnly({
      id,
      title: cleanText(position['name']),
      language: options.language,
      url,
      applyUrl: url,
      ...placeLocations(locations, workplace),
      workplace,
      department: cleanText(position['department']),
      employmentType: mapEmploymentType(nameOf(type)) ?? mapEmploymentType(asRecord(type)['id']),
      datePosted: postedDate(position['published_date'], position['creation_date']),
      description: description || undefined,
    });
  });
  const organization = agreedOrganization(input.map((raw) => asRecord(asRecord(raw)['company'])['name']));
  return { feed: { version: 1, ...(organization ? { organization } : {}), postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptBreezy as adapt };
