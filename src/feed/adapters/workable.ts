/**
 * Workable widget API adapter:
 * `GET https://apply.workable.com/api/v1/widget/accounts/{subdomain}?details=true`
 * → `{ name, description, jobs: [...] }`.
 */
import type { FeedLocation } from '../schema.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter } from './types.js';
import { countryFromLocationText, resolveCountry } from './country.js';
import {
  addLocation,
  asArray,
  asRecord,
  cleanText,
  compactLocation,
  definedOnly,
  isRecord,
  mapEmploymentType,
  placeLocations,
  postedDate,
  toId,
  toLanguage,
  toWebUrl,
  unresolvedOf,
  type UnresolvedPlace,
} from './common.js';

type Row = Readonly<Record<string, unknown>>;

/** `countryCode` (ISO) first, else the country name ("Spain", "Deutschland"). */
function countryOf(code: unknown, name: unknown): string | undefined {
  return resolveCountry(cleanText(code)) ?? countryFromLocationText(cleanText(name));
}

interface Group {
  readonly first: Row;
  readonly locations: FeedLocation[];
  /** Source locations that got no country: their text, by normalised text (one per place). */
  readonly unresolved: Map<string, string>;
}

/**
 * Adds one source location to `group`. A location whose country cannot be
 * resolved is kept (city/region only) and remembered as unresolved.
 */
function addSource(group: Group, city: unknown, region: unknown, code: unknown, name: unknown): void {
  const location = { city: cleanText(city), region: cleanText(region), country: countryOf(code, name) };
  if (!location.country && (location.city || location.region || cleanText(name))) {
    const text = [location.city, location.region, cleanText(name)].filter(Boolean).join(', ');
    group.unresolved.set(text.toLowerCase(), text);
  }
  const compact = compactLocation(location);
  if (compact) addLocation(group.locations, compact);
}

/**
 * A row's locations: its visible `locations[]` entries when the array is
 * there (`hidden: true` entries are left out), else its own
 * `city`/`state`/`country`.
 */
function addRow(group: Group, job: Row): void {
  const list = asArray(job['locations']).filter(isRecord);
  if (list.length > 0) {
    for (const l of list) {
      if (l['hidden'] !== true) addSource(group, l['city'], l['region'], l['countryCode'], l['country']);
    }
  } else {
    addSource(group, job['city'], job['state'], job['countryCode'] ?? job['country_code'], job['country']);
  }
}

/** The key jobs are merged by: `shortcode`, else `code`, else `url`. */
function keyOf(job: Row): string | undefined {
  return toId(job['shortcode']) ?? toId(job['code']) ?? toWebUrl(job['url']);
}

/**
 * Maps a Workable widget API payload (`?details=true`) to the native feed.
 *
 * - The widget API repeats a job once per location: rows are merged by
 *   `shortcode` into one posting whose locations are the union of the
 *   rows' locations (each row's visible `locations[]` entries, else its
 *   `city`/`state`/`country`; `hidden: true` entries are left out). The
 *   first row gives every other field.
 * - `shortcode` → `id`; `url` (else `shortlink`) → `url`;
 *   `application_url` → `applyUrl`; `published_on` (else `created_at`) →
 *   `datePosted`; `employment_type` → `employmentType`;
 *   `telecommuting: true` → `workplace: remote` (false says nothing);
 *   `department`; `description` (HTML) → `description`.
 * - Country from `countryCode`, else the `country` name.
 * - `name` → `organization.name`.
 * - Language: the job's `language` if present, else `options.language`.
 */
export const adaptWorkable: SyncAdapter = (input, options): AdaptResult => {
  if (!isRecord(input) || !Array.isArray(input['jobs'])) {
    throw new FeedError('schema', 'Not a Workable widget API payload: expected an object with a "jobs" array.');
  }
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  for (const raw of input['jobs']) {
    const job = asRecord(raw);
    const key = keyOf(job);
    let group = key === undefined ? undefined : byKey.get(key);
    if (!group) {
      group = { first: job, locations: [], unresolved: new Map() };
      groups.push(group);
      if (key !== undefined) byKey.set(key, group);
    }
    addRow(group, job);
  }

  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings = groups.map(({ first: job, locations, unresolved }) => {
    const id = toId(job['shortcode']) ?? toId(job['code']);
    unresolvedLocations.push(...unresolvedOf(id, [...unresolved.values()]));
    const workplace = job['telecommuting'] === true ? ('remote' as const) : undefined;
    const description = typeof job['description'] === 'string' ? job['description'].trim() : '';
    return definedOnly({
      id,
      title: cleanText(job['title']),
      language: toLanguage(job['language']) ?? options.language,
      url: toWebUrl(job['url']) ?? toWebUrl(job['shortlink']),
      applyUrl: toWebUrl(job['application_url']),
      ...placeLocations(locations, workplace),
      workplace,
      department: cleanText(job['department']),
      employmentType: mapEmploymentType(job['employment_type']),
      datePosted: postedDate(job['published_on'], job['created_at']),
      description: description || undefined,
    });
  });

  const name = cleanText(input['name']);
  return {
    feed: name ? { version: 1, organization: { name }, postings } : { version: 1, postings },
    unresolvedLocations,
  };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptWorkable as adapt };
