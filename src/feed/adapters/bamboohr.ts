/**
 * BambooHR careers adapter: `GET https://{company}.bamboohr.com/careers/list`
 * → `{ meta: { totalCount }, result: [...] }`, one row per open job.
 */
import type { Workplace } from '../values.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter } from './types.js';
import { resolveCountry } from './country.js';
import {
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

/** BambooHR career sites: `{company}.bamboohr.com`. */
const BAMBOO_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.bamboohr\.com$/i;

/** `locationType` → workplace (a Map: source text never reaches `Object.prototype`). */
const LOCATION_TYPES: ReadonlyMap<string, Workplace> = new Map<string, Workplace>([
  ['0', 'onsite'],
  ['1', 'remote'],
  ['2', 'hybrid'],
]);

/**
 * The career site's origin: the host of `options.url` when it is a BambooHR
 * site, else a `board` query parameter naming one (for a copy of the list
 * served from elsewhere, e.g. `/jobs.json?board=acme.bamboohr.com`).
 */
export function bambooOrigin(url: string | undefined): string | undefined {
  let source: URL;
  try {
    source = new URL(url ?? '');
  } catch {
    return undefined;
  }
  const host = /^https?:$/.test(source.protocol) && BAMBOO_HOST.test(source.hostname)
    ? source.hostname
    : source.searchParams.get('board')?.trim();
  return host && BAMBOO_HOST.test(host) ? `https://${host.toLowerCase()}` : undefined;
}

/** `locationType` ("0", "1", "2"), else `isRemote: true` → remote. */
function workplaceOf(job: Readonly<Record<string, unknown>>): Workplace | undefined {
  const type = job['locationType'];
  const workplace = typeof type === 'string' || typeof type === 'number' ? LOCATION_TYPES.get(String(type).trim()) : undefined;
  return workplace ?? (job['isRemote'] === true ? 'remote' : undefined);
}

/**
 * Maps a BambooHR careers list (`/careers/list`) to the native feed.
 *
 * - `id` → `id`; `jobOpeningName` → `title`; `departmentLabel` →
 *   `department`; `employmentStatusLabel` ("Full-Time", "Contractor",
 *   "Intern") → `employmentType`.
 * - `url`: `jobOpeningShareUrl` when a row has it (detail rows), else
 *   `https://{company}.bamboohr.com/careers/{id}`, on the host of
 *   `options.url` (`*.bamboohr.com`) or of its `board` query parameter. With
 *   any other source URL, or none, rows have no link; a row without a link
 *   or a description is skipped by validation with a "url" reason.
 * - One place per row: `atsLocation` (`city`, `state` else `province`,
 *   `country`), its gaps filled from `location` (`city`, `state`,
 *   `country` else `addressCountry`); the country is an ISO code or a name.
 *   A place without a country is kept and listed as unresolved.
 * - `locationType` "0" → onsite, "1" → remote, "2" → hybrid; without it
 *   `isRemote: true` → remote. A remote job's country-only place becomes
 *   `remoteCountries`.
 * - `datePosted` and `description` (HTML): the list has neither; the CLI
 *   adds them to each row from the job's `/careers/{id}/detail`. A row
 *   without a date is kept, undated (it shows no date and sorts after
 *   dated postings); none is made up.
 *
 * Language: BambooHR names none, so every posting gets `options.language`.
 */
export const adaptBambooHr: SyncAdapter = (input, options): AdaptResult => {
  if (!isRecord(input) || !Array.isArray(input['result'])) {
    throw new FeedError('schema', 'Not a BambooHR careers list: expected an object with a "result" array.');
  }
  const origin = bambooOrigin(options.url);
  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings = input['result'].map((raw) => {
    const job = asRecord(raw);
    const id = toId(job['id']);
    const ats = asRecord(job['atsLocation']);
    const place = asRecord(job['location']);
    const countryText = cleanText(ats['country']) ?? cleanText(place['country']) ?? cleanText(place['addressCountry']);
    const location = compactLocation({
      city: cleanText(ats['city']) ?? cleanText(place['city']),
      region: cleanText(ats['state']) ?? cleanText(ats['province']) ?? cleanText(place['state']),
      country: resolveCountry(countryText),
    });
    if (location && !location.country) {
      unresolvedLocations.push(...unresolvedOf(id, [[placeText(location), countryText].filter(Boolean).join(', ')]));
    }
    const workplace = workplaceOf(job);
    const description = typeof job['description'] === 'string' ? job['description'].trim() : '';
    return definedOnly({
      id,
      title: cleanText(job['jobOpeningName']),
      language: options.language,
      url: toWebUrl(job['jobOpeningShareUrl']) ?? (origin && id ? `${origin}/careers/${encodeURIComponent(id)}` : undefined),
      ...placeLocations(location ? [location] : [], workplace),
      workplace,
      department: cleanText(job['departmentLabel']),
      employmentType: mapEmploymentType(job['employmentStatusLabel']),
      datePosted: postedDate(job['datePosted']),
      description: description || undefined,
    });
  });
  return { feed: { version: 1, postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptBambooHr as adapt };
