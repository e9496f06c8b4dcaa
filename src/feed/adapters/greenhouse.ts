/**
 * Greenhouse Job Board API adapter:
 * `GET https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true`
 * → `{ jobs: [...], meta: { total } }`.
 */
import type { FeedLocation } from '../schema.js';
import type { Workplace } from '../values.js';
import { FeedError } from '../errors.js';
import type { AdaptOptions, AdaptResult, SyncAdapter } from './types.js';
import { drain } from '../slices.js';
import { countryFromLocationText, countryNameSteps, splitLocationText } from './country.js';
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
  mapWorkplace,
  placeLocations,
  postedDate,
  toId,
  toLanguage,
  toWebUrl,
  workplaceFromText,
  unresolvedOf,
  type UnresolvedPlace,
} from './common.js';
import { decodeEntities, type HtmlParser } from './html.js';

/** An office's location text: a string, or `{ name }` on some boards. */
function officeText(office: Readonly<Record<string, unknown>>): string | undefined {
  const location = office['location'];
  return cleanText(isRecord(location) ? location['name'] : location);
}

/** One native location per office, country from its location then its name. */
function officeLocations(offices: readonly unknown[]): { locations: FeedLocation[]; unresolved: string[] } {
  const locations: FeedLocation[] = [];
  const seen = new Set<string>();
  const unresolved: string[] = [];
  for (const raw of offices) {
    if (!isRecord(raw)) continue;
    const text = officeText(raw);
    const name = cleanText(raw['name']);
    const key = `${text ?? ''}\u0000${name ?? ''}`;
    if ((!text && !name) || seen.has(key)) continue;
    seen.add(key);
    const country = countryFromLocationText(text) ?? countryFromLocationText(name);
    if (!country) unresolved.push((text ?? name)!);
    const location = compactLocation({ ...splitLocationText(text ?? name), country });
    if (location) addLocation(locations, location);
  }
  return { locations, unresolved };
}

/**
 * Offices first; when no office yields a country, the free-text
 * `location.name`; when that has none either, the offices again (cities
 * without a country). Returns the unresolved count of what was used.
 */
function locationsOf(job: Readonly<Record<string, unknown>>, locationName: string | undefined) {
  const offices = officeLocations(asArray(job['offices']));
  if (offices.locations.some((l) => l.country)) return offices;
  const fromName = compactLocation(splitLocationText(locationName));
  if (fromName?.country) return { locations: [fromName], unresolved: [] };
  if (offices.locations.length > 0) return offices;
  return { locations: fromName ? [fromName] : [], unresolved: locationName ? [locationName] : [] };
}

/**
 * `content` is entity-escaped HTML ("&lt;p&gt;…"): decode it once. Content
 * that already holds raw tags (a proxy that unescaped it) is kept as is, so
 * text such as "&lt;script&gt;" is never turned into markup twice.
 */
function contentHtml(raw: unknown, parser: HtmlParser | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const html = (raw.includes('<') ? raw : decodeEntities(raw, parser)).trim();
  return html === '' ? undefined : html;
}

/** The value of the first metadata field whose name matches `pattern`. */
function metadataValue(metadata: unknown, pattern: RegExp): unknown {
  for (const field of asArray(metadata)) {
    if (isRecord(field) && typeof field['name'] === 'string' && pattern.test(field['name'])) {
      return field['value'];
    }
  }
  return undefined;
}

function workplaceOf(job: Readonly<Record<string, unknown>>, locationName: string | undefined): Workplace | undefined {
  const fromField = metadataValue(job['metadata'], /workplace|remote|location type/i);
  return workplaceFromText(locationName) ?? mapWorkplace(fromField) ?? workplaceFromText(fromField);
}

/**
 * Maps a Greenhouse Job Board API payload (`?content=true`) to the native
 * feed.
 *
 * - `id` (number) → `id` (string); `absolute_url` → `url`.
 * - `content` is entity-escaped HTML: it is decoded once and kept as
 *   `description` (already-raw HTML is kept unchanged). It is source HTML:
 *   whoever renders it must sanitize it.
 * - Locations: one per office, the country from `offices[].location`, else
 *   the office name; when no office yields a country, `location.name`
 *   (free text such as "Remote - US") is used instead. Each source location
 *   without a country counts as unresolved.
 * - `workplace` from "Remote"/"Hybrid"/"On-site" in `location.name`, else a
 *   metadata field named like "Workplace type"; `employmentType` from a
 *   metadata field named like "Employment type".
 * - `language` from the job's `language`, else `options.language`.
 * - `datePosted` from `first_published`, else `updated_at`.
 * - Job posts that share an `internal_job_id` in different languages are
 *   translations: each one points at the lowest-id post (`translationOf`).
 */
export const adaptGreenhouse: SyncAdapter = Object.assign((input: unknown, options: AdaptOptions) => drain(greenhouseSteps(input, options)), {
  steps: greenhouseSteps,
});

/** `adaptGreenhouse` one job at a time: yields after each job (see `Adapter.steps`). */
function* greenhouseSteps(input: unknown, options: AdaptOptions): Generator<void, AdaptResult, void> {
  if (!isRecord(input) || !Array.isArray(input['jobs'])) {
    throw new FeedError('schema', 'Not a Greenhouse Job Board API payload: expected an object with a "jobs" array.');
  }
  // Country names first, in steps of their own: the first ATS feed of a page builds the table.
  yield* countryNameSteps();
  const unresolvedLocations: UnresolvedPlace[] = [];
  const postings: Record<string, unknown>[] = [];
  const jobGroups = new Map<string, Record<string, unknown>[]>();

  for (const raw of input['jobs']) {
    const job = asRecord(raw);
    const locationName = cleanText(asRecord(job['location'])['name']);
    const id = toId(job['id']);
    const { locations, unresolved } = locationsOf(job, locationName);
    unresolvedLocations.push(...unresolvedOf(id, unresolved));

    const workplace = workplaceOf(job, locationName);
    const content = contentHtml(job['content'], options.html);
    const departments = asArray(job['departments']).filter(isRecord);
    const posting = definedOnly({
      id,
      title: cleanText(job['title']),
      language: toLanguage(job['language']) ?? options.language,
      url: toWebUrl(job['absolute_url']),
      ...placeLocations(locations, workplace),
      workplace,
      department: cleanText(departments[0]?.['name']),
      employmentType: mapEmploymentType(metadataValue(job['metadata'], /employment|job type|contract type/i)),
      datePosted: postedDate(job['first_published'], job['updated_at']),
      description: content,
    });
    postings.push(posting);

    const internalId = toId(job['internal_job_id']);
    if (internalId && typeof posting['id'] === 'string') {
      const group = jobGroups.get(internalId) ?? [];
      group.push(posting);
      jobGroups.set(internalId, group);
    }
    yield;
  }

  for (const group of jobGroups.values()) linkTranslations(group);
  const organization = agreedOrganization(input['jobs'].map((job) => asRecord(job)['company_name']));
  return { feed: { version: 1, ...(organization ? { organization } : {}), postings }, unresolvedLocations };
}

/** Within one Greenhouse job, posts in other languages translate the lowest-id post. */
function linkTranslations(group: Record<string, unknown>[]): void {
  if (group.length < 2) return;
  const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
    String(a['id']).padStart(20, '0').localeCompare(String(b['id']).padStart(20, '0'));
  const [original, ...others] = [...group].sort(byId);
  const language = original!['language'];
  if (typeof language !== 'string') return;
  for (const post of others) {
    if (typeof post['language'] === 'string' && post['language'] !== language) post['translationOf'] = original!['id'];
  }
}

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptGreenhouse as adapt };
