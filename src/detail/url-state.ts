/**
 * Shareable deep links: the visitor's filters and the open posting kept in
 * the page's query string, e.g.
 * `?job-country=FR&job-language=fr&job-type=full-time&job-q=engineer&job-id=be-2`.
 * Every parameter carries a prefix, so two widgets on one page, or the host's
 * own parameters, never collide. Pure functions over URLs; the element decides
 * when to read and when to push or replace history.
 */
import { EMPLOYMENT_TYPES, WORKPLACES } from '../feed/values.js';
import type { Filters } from '../model/filters.js';

export const DEFAULT_URL_PREFIX = 'job-';

/** What a URL says about one widget. Absent keys mean "not in the URL". */
export interface UrlState {
  readonly filters: Partial<Filters>;
  /** The open posting. Read back as written, even if no such posting exists any more. */
  readonly postingId?: string;
}

/** Longer values are not ours (we never write them) and are ignored. */
const MAX_VALUE_LENGTH = 200;

/** Letters, digits, `-` and `_`: safe unencoded in a query key, and short. */
const PREFIX_PATTERN = /^[A-Za-z0-9_-]{1,20}$/u;

/** Filter keys and their parameter names (after the prefix), in the order they are written. */
const FILTER_PARAMS: ReadonlyMap<keyof Filters, string> = new Map<keyof Filters, string>([
  ['country', 'country'],
  ['language', 'language'],
  ['department', 'department'],
  ['workplace', 'workplace'],
  ['employmentType', 'type'],
  ['query', 'q'],
]);

/** The parameter name of the open posting; written last. */
const ID_PARAM = 'id';

const WORKPLACE_SET: ReadonlySet<string> = new Set(WORKPLACES);
const EMPLOYMENT_TYPE_SET: ReadonlySet<string> = new Set(EMPLOYMENT_TYPES);

/** The prefix to use: the given one when valid, else the default. */
function validPrefix(prefix: string | undefined): string {
  return prefix !== undefined && PREFIX_PATTERN.test(prefix) ? prefix : DEFAULT_URL_PREFIX;
}

/**
 * A filter value as the URL should carry it, or undefined for "leave out":
 * trimmed, not empty, not too long; countries upper-case; workplace and
 * employment type only from their closed sets (any case). Reading and writing
 * share it, so the URL never holds a value that would not be read back.
 */
function cleanValue(key: keyof Filters | typeof ID_PARAM, raw: string): string | undefined {
  const value = normalizeValue(key, raw.trim());
  // Measured after case mapping, which can lengthen text ("ß" → "SS"): what
  // is written must be short enough to be read back.
  return value && value.length <= MAX_VALUE_LENGTH ? value : undefined;
}

function normalizeValue(key: keyof Filters | typeof ID_PARAM, value: string): string | undefined {
  switch (key) {
    case 'country':
      return value.toUpperCase();
    case 'workplace':
      return WORKPLACE_SET.has(value.toLowerCase()) ? value.toLowerCase() : undefined;
    case 'employmentType':
      return EMPLOYMENT_TYPE_SET.has(value.toLowerCase()) ? value.toLowerCase() : undefined;
    default:
      return value;
  }
}

/** Parses an absolute URL, or undefined. */
function parseUrl(url: string | URL): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** The first usable value of a parameter: a repeated parameter whose first copy is blank still counts. */
function firstValue(params: URLSearchParams, name: string, key: keyof Filters | typeof ID_PARAM): string | undefined {
  for (const raw of params.getAll(name)) {
    const value = cleanValue(key, raw);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Reads one widget's state from a URL's query. Parameters of other prefixes,
 * unknown names, blank, over-long and invalid values are ignored; values are
 * trimmed, the country upper-cased. A URL that does not parse has no state.
 */
export function readUrlState(url: string | URL, prefix?: string): UrlState {
  const parsed = parseUrl(url);
  if (!parsed) return { filters: {} };
  const p = validPrefix(prefix);
  const params = parsed.searchParams;
  const filters: { -readonly [K in keyof Filters]?: string } = {};
  for (const [key, name] of FILTER_PARAMS) {
    const value = firstValue(params, p + name, key);
    if (value !== undefined) filters[key] = value;
  }
  const postingId = firstValue(params, p + ID_PARAM, ID_PARAM);
  // The cast holds: cleanValue lets only members of the closed sets through
  // as a workplace or an employment type.
  const typed = filters as Partial<Filters>;
  return postingId === undefined ? { filters: typed } : { filters: typed, postingId };
}

/** The name a raw `key=value` query segment stands for, decoded as forms decode it. */
function segmentName(segment: string): string | undefined {
  for (const [name] of new URLSearchParams(segment)) return name;
  return undefined;
}

/**
 * The URL with this widget's parameters set to `state` and nothing else
 * changed. Other parameters (the host's, another widget's) are kept byte for
 * byte, in their order, and the hash stays: the raw query is edited segment
 * by segment instead of being re-serialized, which would re-encode them.
 * The widget's parameters go where its first one was (so updates do not move
 * them around), or at the end. Empty values, which mean "any" or "the
 * default" for a filter, are left out, so a cleared filter leaves no trace.
 * A URL that does not parse is returned as given: there is nothing to edit.
 */
export function writeUrlState(url: string | URL, state: UrlState, prefix?: string): string {
  const parsed = parseUrl(url);
  if (!parsed) return String(url);
  const p = validPrefix(prefix);
  const ours = new Set([...FILTER_PARAMS.values(), ID_PARAM].map((name) => p + name));

  const pairs = new URLSearchParams();
  for (const [key, name] of FILTER_PARAMS) {
    const raw = state.filters[key];
    const value = typeof raw === 'string' ? cleanValue(key, raw) : undefined;
    if (value !== undefined) pairs.append(p + name, value);
  }
  const id = state.postingId === undefined ? undefined : cleanValue(ID_PARAM, state.postingId);
  if (id !== undefined) pairs.append(p + ID_PARAM, id);
  const written = pairs.toString();

  const kept: string[] = [];
  let insertAt = -1;
  for (const segment of parsed.search.slice(1).split('&')) {
    if (!segment) continue; // `a=1&&b=2`: an empty segment carries nothing
    const name = segmentName(segment);
    if (name !== undefined && ours.has(name)) {
      if (insertAt < 0) insertAt = kept.length;
    } else {
      kept.push(segment);
    }
  }
  if (written) kept.splice(insertAt < 0 ? kept.length : insertAt, 0, written);
  parsed.search = kept.length ? `?${kept.join('&')}` : '';
  return parsed.href;
}
