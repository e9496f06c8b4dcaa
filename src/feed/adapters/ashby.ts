/**
 * Ashby Job Postings API adapter:
 * `GET https://api.ashbyhq.com/posting-api/job-board/{name}?includeCompensation=true`
 * → `{ apiVersion, jobs: [...] }`.
 */
import type { FeedLocation, FeedSalary } from '../schema.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter } from './types.js';
import { countryFromLocationText, isArea, resolveCountry, splitLocationText } from './country.js';
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
  placeText,
  unresolvedOf,
  type UnresolvedPlace,
} from './common.js';

/**
 * One Ashby location: the structured `postalAddress` first
 * (`addressCountry` is a name such as "United States", sometimes a code,
 * and for a remote role sometimes an area such as "EMEA", which is kept as
 * the region so the card says where), the free-text name for what it lacks.
 */
function locationOf(name: unknown, address: unknown): { location?: FeedLocation; resolved: boolean } {
  const text = cleanText(name);
  const postal = asRecord(asRecord(address)['postalAddress']);
  const fromText = splitLocationText(text);
  const addressCountry = cleanText(postal['addressCountry']);
  const country = resolveCountry(addressCountry) ?? countryFromLocationText(text);
  const location = compactLocation({
    city: cleanText(postal['addressLocality']) ?? fromText.city,
    region: cleanText(postal['addressRegion']) ?? fromText.region ?? (addressCountry && isArea(addressCountry) ? addressCountry : undefined),
    country,
  });
  return { location, resolved: country !== undefined };
}

function locationsOf(job: Readonly<Record<string, unknown>>): { locations: FeedLocation[]; unresolved: string[] } {
  const sources: [unknown, unknown][] = [[job['location'], job['address']]];
  for (const secondary of asArray(job['secondaryLocations'])) {
    if (isRecord(secondary)) sources.push([secondary['location'], secondary['address']]);
  }
  const locations: FeedLocation[] = [];
  const unresolved: string[] = [];
  for (const [name, address] of sources) {
    if (cleanText(name) === undefined && !isRecord(address)) continue;
    const { location, resolved } = locationOf(name, address);
    if (!resolved) unresolved.push(placeText(location, cleanText(name)));
    if (location) addLocation(locations, location);
  }
  return { locations, unresolved };
}

/**
 * The salary component: `compensation.summaryComponents` first, else the
 * first tier's components; `compensationType: "Salary"` only (equity and
 * bonus are not pay ranges). Omitted when the employer chose not to show
 * compensation on postings.
 */
function salaryOf(job: Readonly<Record<string, unknown>>): FeedSalary | undefined {
  if (job['shouldDisplayCompensationOnJobPostings'] === false) return undefined;
  const compensation = asRecord(job['compensation']);
  const tiers = asArray(compensation['compensationTiers']).filter(isRecord);
  const candidates = [...asArray(compensation['summaryComponents']), ...asArray(tiers[0]?.['components'])];
  for (const component of candidates) {
    if (!isRecord(component) || String(component['compensationType']).toLowerCase() !== 'salary') continue;
    const salary = mapSalary({
      currency: component['currencyCode'],
      min: component['minValue'],
      max: component['maxValue'],
      period: component['interval'],
    });
    if (salary) return salary;
  }
  return undefined;
}

/** The last path segment of `jobUrl` (Ashby's posting UUID). */
function idFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const segments = new URL(url).pathname.split('/').filter((s) => s !== '');
    return segments.length >= 2 ? decodeURIComponent(segments[segments.length - 1]!) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Maps an Ashby Job Postings API payload to the native feed.
 *
 * - Jobs with `isListed: false` are dropped before validation (they are
 *   not public), so they are not reported as skipped rows.
 * - `id` → `id`, else the last path segment of `jobUrl`; `jobUrl` → `url`;
 *   `applyUrl` → `applyUrl`; `publishedAt` → `datePosted`.
 * - `employmentType` (FullTime, PartTime, Intern, Contract, Temporary) →
 *   `employmentType`; `workplaceType` (OnSite, Hybrid, Remote), else
 *   `isRemote: true`, → `workplace`.
 * - `location`/`address` and each `secondaryLocations[]` entry → one
 *   location: city, region and country from `address.postalAddress`
 *   (`addressCountry` is a name, resolved in many languages), else from
 *   the location text.
 * - `descriptionHtml` → `description`; the "Salary" compensation
 *   component → `salary`.
 * - Language: Ashby postings carry none; `options.language` is used
 *   (unset → rows skipped, as for Lever).
 */
export const adaptAshby: SyncAdapter = (input, options): AdaptResult => {
  if (!isRecord(input) || !Array.isArray(input['jobs'])) {
    throw new FeedError('schema', 'Not an Ashby Job Postings API payload: expected an object with a "jobs" array.');
  }
  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings: Record<string, unknown>[] = [];
  for (const raw of input['jobs']) {
    const job = asRecord(raw);
    if (job['isListed'] === false) continue;
    const url = toWebUrl(job['jobUrl']);
    const workplace = mapWorkplace(job['workplaceType']) ?? (job['isRemote'] === true ? 'remote' : undefined);
    const id = toId(job['id']) ?? idFromUrl(url);
    const { locations, unresolved } = locationsOf(job);
    unresolvedLocations.push(...unresolvedOf(id, unresolved));
    const description = typeof job['descriptionHtml'] === 'string' ? job['descriptionHtml'].trim() : '';
    postings.push(
      definedOnly({
        id,
        title: cleanText(job['title']),
        language: options.language,
        url,
        applyUrl: toWebUrl(job['applyUrl']),
        ...placeLocations(locations, workplace),
        workplace,
        department: cleanText(job['department']),
        team: cleanText(job['team']),
        employmentType: mapEmploymentType(job['employmentType']),
        datePosted: postedDate(job['publishedAt']),
        description: description || undefined,
        salary: salaryOf(job),
      }),
    );
  }
  return { feed: { version: 1, postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptAshby as adapt };
