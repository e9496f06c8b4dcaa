/**
 * Personio XML feed adapter:
 * `GET https://{company}.jobs.personio.de/xml?language=de` (or `.com`) →
 * `<workzag-jobs><position>…</position></workzag-jobs>`, given as the
 * `XmlNode` tree `parseXml` builds.
 */
import type { FeedLocation } from '../schema.js';
import type { EmploymentType, Workplace } from '../values.js';
import { FeedError } from '../errors.js';
import type { AdaptResult, SyncAdapter, XmlNode } from './types.js';
import { splitLocationText } from './country.js';
import { addLocation, cleanText, compactLocation, definedOnly, mapEmploymentType, placeLocations, postedDate, toId, toLanguage, workplaceFromText, unresolvedOf, type UnresolvedPlace } from './common.js';
import { child, children, childText, isXmlNode } from './xml.js';

/** Personio job boards: `{company}.jobs.personio.de` / `.com`. */
const PERSONIO_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.jobs\.personio\.(?:de|com)$/i;

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * The board's origin: the host of `options.url` when it is a Personio job
 * board, else a `board` query parameter naming one (for a copy of the XML
 * hosted elsewhere, e.g. `/jobs-de.xml?language=de&board=acme.jobs.personio.de`,
 * since Personio's own XML cannot be fetched cross-origin).
 */
function boardOrigin(source: URL | undefined): string | undefined {
  if (!source) return undefined;
  if (/^https?:$/.test(source.protocol) && PERSONIO_HOST.test(source.hostname)) {
    return `https://${source.hostname.toLowerCase()}`;
  }
  const board = source.searchParams.get('board')?.trim().toLowerCase();
  return board && PERSONIO_HOST.test(board) ? `https://${board}` : undefined;
}

/**
 * The native employment type from `employmentType` and `schedule`: a
 * permanent position is part-time when its schedule says so, else
 * full-time (also for "full-or-part-time"); the other types map through the
 * shared vocabulary (intern/trainee → internship, freelance → contract,
 * working_student → part-time, temporary → temporary).
 */
function employmentTypeOf(type: string | undefined, schedule: string | undefined): EmploymentType | undefined {
  if (type === undefined || /^permanent$/i.test(type)) {
    if (schedule && /^part[-_ ]?time$/i.test(schedule)) return 'part-time';
    if (type !== undefined || (schedule && /^full[-_ ]?time$/i.test(schedule))) return 'full-time';
    return undefined;
  }
  return mapEmploymentType(type);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The job descriptions, each non-empty block under an `<h3>` of its name. */
function descriptionOf(position: XmlNode): string | undefined {
  const parts: string[] = [];
  for (const block of children(child(position, 'jobDescriptions'), 'jobDescription')) {
    const html = child(block, 'value')?.text.trim() ?? '';
    if (!html) continue;
    const name = cleanText(childText(block, 'name'));
    parts.push(name ? `<h3>${escapeHtml(name)}</h3>\n${html}` : html);
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** Main office first, then `additionalOffices`, as written. */
function officesOf(position: XmlNode): string[] {
  const texts = [childText(position, 'office'), ...children(child(position, 'additionalOffices'), 'office').map((o) => o.text)]
    .map(cleanText)
    .filter((t): t is string => t !== undefined);
  return [...new Set(texts)];
}

/** Offices → locations; an office naming no country counts as unresolved. */
function locationsOf(offices: readonly string[]): { locations: FeedLocation[]; unresolved: string[] } {
  const locations: FeedLocation[] = [];
  const unresolved: string[] = [];
  for (const office of offices) {
    const location = compactLocation(splitLocationText(office));
    if (!location?.country) unresolved.push(office);
    if (location) addLocation(locations, location);
  }
  return { locations, unresolved };
}

/** "Remote"/"Hybrid"/"Homeoffice" in the main office, else in any office. */
function workplaceOf(offices: readonly string[]): Workplace | undefined {
  for (const office of offices) {
    const workplace = workplaceFromText(office);
    if (workplace) return workplace;
  }
  return undefined;
}

/** `<subcompany>` as the organization, when every position names the same one. */
function organizationOf(positions: readonly XmlNode[]): { name: string } | undefined {
  const names = new Set(positions.map((p) => cleanText(childText(p, 'subcompany'))).filter((n): n is string => n !== undefined));
  return names.size === 1 && positions.every((p) => childText(p, 'subcompany') !== undefined)
    ? { name: [...names][0]! }
    : undefined;
}

/**
 * Maps a Personio XML feed (one language per document) to the native feed.
 *
 * - Language: `options.language`, else the `language` query parameter of
 *   `options.url`, else none: Personio's default (German) depends on the
 *   account, and a wrong tag would hide postings behind the language
 *   filter, so rows without a language are skipped by validation with a
 *   "language" reason.
 * - `id` → `id` `${id}-${language}` and `translationOf` `${id}`: Personio
 *   shares ids across languages, so the documents of one board fetched in
 *   several languages merge without clashes and their versions group.
 * - `url`: `https://{company}.jobs.personio.de/job/{id}?language={language}`,
 *   on the board host of `options.url` (`*.jobs.personio.de` or `.com`) or
 *   of its `board` query parameter; with any other source URL there is no job page to
 *   point at, and validation skips the rows with a "url" reason.
 * - `name` → `title`; `department` → `department`; `createdAt` →
 *   `datePosted`.
 * - `office` and `additionalOffices/office` → `locations`: office names are
 *   usually bare city names ("München"), which never resolve to a country
 *   (no guessing); "Berlin, Deutschland" or "Remote (Spanien)" do. Each
 *   office without a country counts as unresolved. "Remote", "Hybrid" or
 *   "Homeoffice" in an office name sets `workplace`; a remote position's
 *   country-only offices become `remoteCountries`.
 * - `employmentType` + `schedule` → `employmentType` (see above).
 * - `jobDescriptions/jobDescription` → `description`: each block's HTML
 *   under an `<h3>` of its name, in order (blocks are free-form HTML, not
 *   lists, so no `sections`).
 * - `subcompany` → `organization.name` when every position has the same.
 * - Not mapped: `recruitingCategory`, `seniority`, `yearsOfExperience`,
 *   `keywords`, `occupation`, `occupationCategory`.
 */
export const adaptPersonio: SyncAdapter = (input, options): AdaptResult => {
  if (!isXmlNode(input)) {
    throw new FeedError('schema', 'Not a Personio XML feed: expected a parsed XML document.');
  }
  let positions: XmlNode[];
  if (input.name === 'workzag-jobs') positions = children(input, 'position');
  else if (input.name === 'position') positions = [input];
  else if (input.children.length > 0 && input.children.every((c) => c.name === 'position')) positions = [...input.children];
  else throw new FeedError('schema', `Not a Personio XML feed: the root element is <${input.name}>, not <workzag-jobs>.`);

  const source = parseUrl(options.url);
  const language = toLanguage(options.language) ?? toLanguage(source?.searchParams.get('language') ?? undefined);
  const origin = boardOrigin(source);
  const unresolvedLocations: UnresolvedPlace[] = [];

  const postings = positions.map((position) => {
    const id = toId(childText(position, 'id'));
    const offices = officesOf(position);
    const { locations, unresolved } = locationsOf(offices);
    unresolvedLocations.push(...unresolvedOf(id, unresolved));
    const workplace = workplaceOf(offices);
    const url =
      origin && id
        ? `${origin}/job/${encodeURIComponent(id)}${language ? `?language=${encodeURIComponent(language)}` : ''}`
        : undefined;
    return definedOnly({
      id: id && language ? `${id}-${language}` : id,
      title: cleanText(childText(position, 'name')),
      language,
      url,
      ...placeLocations(locations, workplace),
      workplace,
      department: cleanText(childText(position, 'department')),
      employmentType: employmentTypeOf(childText(position, 'employmentType'), childText(position, 'schedule')),
      datePosted: postedDate(childText(position, 'createdAt')),
      description: descriptionOf(position),
      translationOf: id && language ? id : undefined,
    });
  });

  const organization = organizationOf(positions);
  return { feed: { version: 1, ...(organization ? { organization } : {}), postings }, unresolvedLocations };
};

/** The adapter under the name every adapter module shares, for the registry's lazy loaders. */
export { adaptPersonio as adapt };
