/**
 * Workday job postings (the JSON a Workday career site's own page reads) to
 * native postings: a pure mapping, no I/O. `workday.ts` fetches the records;
 * this module only reads them. CLI only: Workday answers no cross-origin
 * requests, so the widget never reads Workday itself and no browser chunk
 * imports this file.
 *
 * A record is one listing row (`POST …/wday/cxs/{tenant}/{site}/jobs` →
 * `jobPostings[]`: `title`, `externalPath`, `locationsText`, `postedOn`,
 * `bulletFields`) with its detail (`GET …/wday/cxs/{tenant}/{site}{externalPath}`
 * → `{ jobPostingInfo, hiringOrganization }`).
 */
import type { FeedLocation } from '../feed/schema.js';
import type { Workplace } from '../feed/values.js';
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
  toFeedDate,
  toId,
  toWebUrl,
  unresolvedOf,
  workplaceFromText,
  type UnresolvedPlace,
} from '../feed/adapters/common.js';
import { resolveCountry, splitLocationText, type SplitLocation } from '../feed/adapters/country.js';

/** One Workday posting as read: its listing row and its detail answer (raw JSON). */
export interface WorkdayRecord {
  readonly listing: unknown;
  readonly detail: unknown;
}

export interface WorkdayMapOptions {
  /** Language of every posting (the site's locale segment, else `--language`). */
  readonly language?: string;
  /** The moment "Posted 3 Days Ago" counts back from (the CLI's `--now`). */
  readonly now: Date;
  /**
   * The public page of a listing path, when the detail has no usable
   * `externalUrl`: `https://{host}/{locale}/{site}{externalPath}`.
   */
  readonly pageUrl?: (externalPath: string) => string | undefined;
}

/** A native feed (not yet validated) and the places that got no country. */
export interface WorkdayMapResult {
  readonly feed: { version: 1; organization?: { name: string }; postings: Record<string, unknown>[] };
  readonly unresolvedLocations: readonly UnresolvedPlace[];
}

const DAY_MS = 86_400_000;

/**
 * The date a listing's relative `postedOn` names, counted back from `now`
 * (UTC calendar days): "Posted Today" → now, "Posted Yesterday" → a day
 * before, "Posted 3 Days Ago" → three days before. "Posted 30+ Days Ago" is
 * only a bound: it gives the newest date it can be (30 days ago). Anything
 * else (other languages, no number) gives `undefined`.
 */
export function dateFromPostedOn(raw: unknown, now: Date): string | undefined {
  const text = cleanText(raw)?.toLowerCase();
  if (!text || Number.isNaN(now.getTime())) return undefined;
  let days: number | undefined;
  if (/\btoday\b/.test(text)) days = 0;
  else if (/\byesterday\b/.test(text)) days = 1;
  else {
    const m = /\b(\d{1,4})\+?\s*days?\s+ago\b/.exec(text);
    if (m) days = Number(m[1]);
  }
  if (days === undefined) return undefined;
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A place from a location text. Workday sites often write the country
 * first ("Germany, Berlin", "USA, CA, San Francisco", "USA, TN, Remote"):
 * then the last other part is the city and the one before it the region
 * (a lone two-letter part is a region); workplace words are no place.
 * Otherwise the shared reading ("Berlin, Germany", "Toronto, ON, Canada").
 */
export function placeOf(text: string): SplitLocation {
  const split = splitLocationText(text);
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  if (!split.country || split.city || parts.length < 2 || resolveCountry(parts[0]) !== split.country) return split;
  const rest = parts.slice(1).filter((p) => workplaceFromText(p) === undefined);
  const city = rest.length === 1 && /^[A-Z]{2}$/.test(rest[0]!) ? undefined : rest.at(-1);
  const region = city === undefined ? rest[0] : rest.at(-2);
  return { ...(city ? { city } : {}), ...(region ? { region } : {}), country: split.country };
}

/** A location text from a string or a `{ descriptor }` object (tenants send either). */
function locationText(raw: unknown): string | undefined {
  const text = isRecord(raw) ? raw['descriptor'] : raw;
  return typeof text === 'string' ? cleanText(text) : undefined;
}

/**
 * One native location per place: `location` (its country from the text,
 * else from `country.descriptor`, which is the primary location's country),
 * then each `additionalLocations[]` entry (country from its text only). The
 * listing's `locationsText` ("2 Locations") is a summary, used only when the
 * detail names no place.
 */
function locationsOf(info: Readonly<Record<string, unknown>>, listing: Readonly<Record<string, unknown>>) {
  const locations: FeedLocation[] = [];
  const unresolved: string[] = [];
  const primaryCountry = resolveCountry(locationText(info['country']));
  const add = (text: string, fallbackCountry: string | undefined): void => {
    const split = placeOf(text);
    const country = split.country ?? fallbackCountry;
    if (!country) unresolved.push(text);
    const location = compactLocation({ ...split, country });
    if (location) addLocation(locations, location);
  };
  const primary = locationText(info['location']);
  if (primary) add(primary, primaryCountry);
  for (const raw of asArray(info['additionalLocations'])) {
    const text = locationText(raw);
    if (text) add(text, undefined);
  }
  if (!primary && locations.length === 0) {
    const summary = cleanText(listing['locationsText']);
    if (summary && !/^\d+\s+locations?$/i.test(summary)) add(summary, primaryCountry);
    else if (primaryCountry) locations.push({ country: primaryCountry });
  }
  return { locations, unresolved };
}

function workplaceOf(info: Readonly<Record<string, unknown>>, texts: readonly (string | undefined)[]): Workplace | undefined {
  const remoteType = info['remoteType'];
  return mapWorkplace(remoteType) ?? workplaceFromText(remoteType) ?? texts.map(workplaceFromText).find(Boolean);
}

/** The last segment of a listing path ("/job/Berlin/Engineer_R-1" → "Engineer_R-1"). */
function lastSegment(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  return toId(path.split('/').filter(Boolean).at(-1));
}

/**
 * Maps Workday records to a native v1 feed (not yet validated).
 *
 * - `id`: `jobReqId` (the requisition, "R-1234"), else the detail's `id`,
 *   else the listing's first `bulletFields` entry, else the last segment of
 *   `externalPath`. A requisition posted more than once keeps its
 *   `jobReqId` for the first posting; the others take their own `id`.
 * - `title`: the detail's `title`, else the listing's.
 * - `url` and `applyUrl`: `externalUrl` (only http(s)); without one, `url`
 *   is the public page built from the career site URL and `externalPath`.
 * - `locations`: `location` + `additionalLocations[]` (see `locationsOf`);
 *   `workplace` from `remoteType` ("Remote", "Hybrid", "On-site", "Fully
 *   Remote", …), else workplace words in the location texts.
 * - `employmentType` from `timeType` ("Full time", "Part time").
 * - `datePosted`: `startDate` (when the posting went up), else the
 *   listing's relative `postedOn` counted back from `now`, else none (the
 *   posting is kept, undated); `validThrough`: `endDate`.
 * - `description`: `jobDescription`, HTML kept as the source wrote it (the
 *   widget sanitizes it when it shows it, as for every adapter).
 * - `organization`: `hiringOrganization.name`, when every posting names the
 *   same one.
 */
export function mapWorkday(records: readonly WorkdayRecord[], options: WorkdayMapOptions): WorkdayMapResult {
  const postings: Record<string, unknown>[] = [];
  const unresolvedLocations: UnresolvedPlace[] = [];
  const usedIds = new Set<string>();
  const organizations: unknown[] = [];
  for (const { listing: rawListing, detail: rawDetail } of records) {
    const listing = asRecord(rawListing);
    const detail = asRecord(rawDetail);
    const info = asRecord(detail['jobPostingInfo']);
    organizations.push(asRecord(detail['hiringOrganization'])['name']);

    const reqId = toId(info['jobReqId']);
    const postingId = toId(info['id']);
    const id =
      (reqId && !usedIds.has(reqId) ? reqId : undefined) ??
      postingId ??
      reqId ??
      toId(asArray(listing['bulletFields'])[0]) ??
      lastSegment(listing['externalPath']);
    if (id) usedIds.add(id);

    const { locations, unresolved } = locationsOf(info, listing);
    unresolvedLocations.push(...unresolvedOf(id, unresolved));
    const workplace = workplaceOf(info, [locationText(info['location']), cleanText(listing['locationsText'])]);
    const externalUrl = toWebUrl(info['externalUrl']);
    const path = typeof listing['externalPath'] === 'string' ? listing['externalPath'] : undefined;
    const description = typeof info['jobDescription'] === 'string' ? info['jobDescription'].trim() : '';
    postings.push(
      definedOnly({
        id,
        title: cleanText(info['title']) ?? cleanText(listing['title']),
        language: options.language,
        url: externalUrl ?? (path === undefined ? undefined : toWebUrl(options.pageUrl?.(path))),
        applyUrl: externalUrl,
        ...placeLocations(locations, workplace),
        workplace,
        employmentType: mapEmploymentType(info['timeType']),
        datePosted: toFeedDate(info['startDate']) ?? dateFromPostedOn(listing['postedOn'] ?? info['postedOn'], options.now),
        validThrough: toFeedDate(info['endDate']),
        description: description || undefined,
      }),
    );
  }
  const organization = agreedOrganization(organizations);
  return { feed: { version: 1, ...(organization ? { organization } : {}), postings }, unresolvedLocations };
}
