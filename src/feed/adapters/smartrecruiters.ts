/**
 * SmartRecruiters Posting API adapter:
 * `GET https://api.smartrecruiters.com/v1/companies/{companyIdentifier}/postings`
 * → `{ offset, limit, totalFound, content: [...] }`.
 */
import type { FeedLocation } from '../schema.js';
import type { Workplace } from '../values.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter } from './types.js';
import { countryFromLocationText, resolveCountry, splitLocationText } from './country.js';
import {
  asArray,
  asRecord,
  cleanText,
  compactLocation,
  definedOnly,
  isRecord,
  mapEmploymentType,
  mapSalary,
  placeLocations,
  postedDate,
  toId,
  toLanguage,
  toWebUrl,
  workplaceFromText,
  placeText,
  unresolvedOf,
  type UnresolvedPlace,
} from './common.js';

type Rec = Readonly<Record<string, unknown>>;

/** Public job pages live here: `{host}/{companyIdentifier}/{postingId}`. */
const PUBLIC_HOST = 'https://jobs.smartrecruiters.com';

/** `…/companies/{identifier}/postings…` in an API URL (`ref`, `options.url`). */
const COMPANY_IN_PATH = /\/companies\/([^/?#]+)\/postings(?:[/?#]|$)/;

function companyFromUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const match = COMPANY_IN_PATH.exec(url);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/**
 * The public job page: the posting's own `postingUrl` (posting details
 * payloads carry it), else `https://jobs.smartrecruiters.com/{company}/{id}`
 * with the company identifier from `company.identifier`, the `ref` API URL
 * or the URL the payload came from.
 */
function urlOf(posting: Rec, id: string | undefined, sourceUrl: string | undefined): string | undefined {
  const own = toWebUrl(posting['postingUrl']);
  if (own || !id) return own;
  const company =
    cleanText(asRecord(posting['company'])['identifier']) ?? companyFromUrl(posting['ref']) ?? companyFromUrl(sourceUrl);
  return company ? `${PUBLIC_HOST}/${encodeURIComponent(company)}/${encodeURIComponent(id)}` : undefined;
}

/** A city or region that is really a workplace word ("Remote") or the country itself. */
function isNoise(text: string | undefined, country: string | undefined): boolean {
  if (!text) return true;
  return workplaceFromText(text) !== undefined || (country !== undefined && resolveCountry(text) === country);
}

/**
 * The single `location`: `city`, `region`, `country` (lower-case ISO code);
 * the free-text `fullLocation` ("Berlin, BE, Germany") supplies the country
 * when the code is missing or unknown, and city and region when those
 * fields are empty. "Remote" and the country's own name as city or region
 * are dropped.
 */
function locationOf(raw: Rec): { location?: FeedLocation; unresolved: string[] } {
  const full = cleanText(raw['fullLocation']);
  let country =
    resolveCountry(typeof raw['country'] === 'string' ? raw['country'] : undefined) ?? countryFromLocationText(full);
  let city = cleanText(raw['city']);
  let region = cleanText(raw['region']);
  if (!city && !region && full) {
    const split = splitLocationText(full);
    city = split.city;
    region = split.region;
    country ??= split.country;
  }
  const location = compactLocation({
    city: isNoise(city, country) ? undefined : city,
    region: isNoise(region, country) ? undefined : region,
    country,
  });
  if (!location) return { unresolved: [] };
  return { location, unresolved: location.country ? [] : [placeText(location, full)] };
}

/**
 * `location.remote` / `location.hybrid`: hybrid wins; `remote: false` with
 * `hybrid: false` is on-site. Without a `hybrid` flag (older payloads) a
 * non-remote posting's workplace stays unknown.
 */
function workplaceOf(location: Rec): Workplace | undefined {
  if (location['hybrid'] === true) return 'hybrid';
  if (location['remote'] === true) return 'remote';
  if (location['remote'] === false && location['hybrid'] === false) return 'onsite';
  return undefined;
}

const SECTION_ORDER = ['companyDescription', 'jobDescription', 'qualifications', 'additionalInformation'] as const;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * `jobAd.sections` (present in posting details, not in the list): each
 * non-empty section's HTML under an `<h3>` of its (localized) title, in the
 * order company, job, qualifications, additional information.
 */
function descriptionOf(jobAd: unknown): string | undefined {
  const sections = asRecord(asRecord(jobAd)['sections']);
  const parts: string[] = [];
  for (const key of SECTION_ORDER) {
    const section = asRecord(sections[key]);
    const html = typeof section['text'] === 'string' ? section['text'].trim() : '';
    if (!html) continue;
    const title = cleanText(section['title']);
    parts.push(title ? `<h3>${escapeHtml(title)}</h3>\n${html}` : html);
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/**
 * The team a posting belongs to: `department.label`, unless it only repeats
 * the company's name (many SmartRecruiters accounts keep one department
 * named after the company), then `function.label` ("Engineering").
 */
function departmentOf(posting: Rec): string | undefined {
  const department = cleanText(asRecord(posting['department'])['label']);
  const company = cleanText(asRecord(posting['company'])['name']);
  const sameAsCompany = department !== undefined && company !== undefined && department.toLowerCase() === company.toLowerCase();
  return (sameAsCompany ? undefined : department) ?? cleanText(asRecord(posting['function'])['label']) ?? department;
}

/** The company, when every posting that names one names the same. */
function organizationOf(postings: readonly Rec[]): { name: string } | undefined {
  const names = new Set(
    postings.map((p) => cleanText(asRecord(p['company'])['name'])).filter((n): n is string => n !== undefined),
  );
  return names.size === 1 ? { name: [...names][0]! } : undefined;
}

/**
 * Maps a SmartRecruiters Posting API list (`/v1/companies/{id}/postings`) to
 * the native feed. Posting details (`…/postings/{id}`) merged into the rows
 * are used too.
 *
 * - `id` → `id`; `name` → `title`; `language.code` ("en", "fr-CA") →
 *   `language`, else `options.language`.
 * - `url`: `postingUrl` when present, else the public job page
 *   `https://jobs.smartrecruiters.com/{company.identifier}/{id}` (the form
 *   of the details endpoint's `postingUrl`; the identifier falls back on
 *   the `ref` API URL, then on `options.url`). `applyUrl` when present.
 * - `location` `{city, region, country, remote, hybrid, fullLocation}` →
 *   one location (lower-case `country` code upper-cased; `fullLocation`
 *   text when the parts give nothing); "Remote" or the country's own name
 *   as city/region is dropped. `remote`/`hybrid` → `workplace`; a remote
 *   posting without a city or region lists its country in
 *   `remoteCountries`.
 * - `department.label` → `department`, unless it is just the company's
 *   name, then `function.label`; `typeOfEmployment.label`, else
 *   `.id` → `employmentType` (labels may be localized: "Praktikum").
 * - `releasedDate` → `datePosted`.
 * - `jobAd.sections` (details only) → `description` HTML with `<h3>`
 *   headings; the list endpoint carries no description.
 * - `compensation` `{min, max, currency, period}` → `salary` when present.
 * - `company.name` → `organization.name` when all postings agree.
 * - Not mapped: `industry`, `experienceLevel`, `customField`,
 *   `refNumber`, `creator`.
 */
export const adaptSmartRecruiters: SyncAdapter = (input, options): AdaptResult => {
  if (!isRecord(input) || !Array.isArray(input['content'])) {
    throw new FeedError(
      'schema',
      'Not a SmartRecruiters Posting API payload: expected an object with a "content" array.',
    );
  }
  const rows = asArray(input['content']).map(asRecord);
  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings = rows.map((posting) => {
    const id = toId(posting['id']);
    const rawLocation = asRecord(posting['location']);
    const { location, unresolved } = locationOf(rawLocation);
    unresolvedLocations.push(...unresolvedOf(id, unresolved));
    const workplace = workplaceOf(rawLocation);
    const employment = asRecord(posting['typeOfEmployment']);
    const compensation = asRecord(posting['compensation']);
    return definedOnly({
      id,
      title: cleanText(posting['name']),
      language: toLanguage(asRecord(posting['language'])['code']) ?? options.language,
      url: urlOf(posting, id, options.url),
      applyUrl: toWebUrl(posting['applyUrl']),
      ...placeLocations(location ? [location] : [], workplace),
      workplace,
      department: departmentOf(posting),
      employmentType: mapEmploymentType(employment['label']) ?? mapEmploymentType(employment['id']),
      datePosted: postedDate(posting['releasedDate']),
      description: descriptionOf(posting['jobAd']),
      salary: mapSalary({
        currency: compensation['currency'],
        min: compensation['min'],
        max: compensation['max'],
        period: compensation['period'],
      }),
    });
  });
  const organization = organizationOf(rows);
  return { feed: { version: 1, ...(organization ? { organization } : {}), postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptSmartRecruiters as adapt };
