/**
 * Small helpers every ATS adapter shares: value coercion (text, ids, URLs,
 * dates, amounts), vocabulary mapping (employment type, workplace, salary
 * period), locations. HTML (text, list items, entities) is `html.ts`'s.
 *
 * Each helper takes `unknown` and returns a native value or `undefined`:
 * adapters map what they can and let the native schema skip the rest. No DOM
 * and no Node APIs: this runs in the browser and in Node.
 */
import type { EmploymentType, SalaryPeriod, Workplace } from '../values.js';
import type { FeedLocation, FeedSalary } from '../schema.js';
import type { UnresolvedPlace } from './types.js';

export type { UnresolvedPlace };
import { isLanguageTag, isRecord } from '../checks.js';

export { isRecord };

/** `value` as an array, or an empty one. */
export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `value` as a record, or an empty one. */
export function asRecord(value: unknown): Readonly<Record<string, unknown>> {
  return isRecord(value) ? value : {};
}

/**
 * A trimmed string with runs of whitespace collapsed to one space, or
 * `undefined` for empty text and non-strings. Finite numbers become text.
 */
export function cleanText(raw: unknown): string | undefined {
  let text: string;
  if (typeof raw === 'string') text = raw;
  else if (typeof raw === 'number' && Number.isFinite(raw)) text = String(raw);
  else return undefined;
  const cleaned = text.replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}

/** An id as a non-empty string: strings are trimmed, integers stringified. */
export function toId(raw: unknown): string | undefined {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) ? String(raw) : undefined;
  if (typeof raw !== 'string') return undefined;
  const id = raw.trim();
  return id === '' ? undefined : id;
}

/** An absolute http(s) URL, trimmed, or `undefined`. */
export function toWebUrl(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const url = raw.trim();
  if (!/^https?:\/\/\S+$/i.test(url)) return undefined;
  try {
    new URL(url);
    return url;
  } catch {
    return undefined;
  }
}

/**
 * A BCP 47 language tag from a source value ("en", "de-DE", "pt_BR" →
 * "pt-BR"), or `undefined`.
 */
export function toLanguage(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const tag = raw.trim().replace(/_/g, '-');
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) || !isLanguageTag(tag)) return undefined;
  return tag;
}

/** Lower-case letters and digits only: "Full-Time" → "fulltime". */
function squash(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The native employment type for an ATS value, ignoring case and
 * punctuation ("FullTime", "FULL_TIME", "Full-time", "fulltime_permanent"
 * → full-time). For an array (JSON-LD) the first mappable item wins.
 *
 * Decisions: a *working student* (German "Werkstudent": an enrolled
 * student employed for up to 20 hours a week) is part-time employment, not
 * an internship; *fixed-term* contracts ("fulltime_fixed_term") are
 * temporary; apprenticeships and traineeships are internships; freelance
 * and contractor roles are contract.
 */
export function mapEmploymentType(raw: unknown): EmploymentType | undefined {
  // One level of array only: no recursion over source data (nested arrays name no type).
  for (const item of Array.isArray(raw) ? raw : [raw]) {
    if (typeof item !== 'string') continue;
    const words = ` ${item.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
    const rule = EMPLOYMENT_WORDS.find(([pattern]) => pattern.test(words));
    if (rule) return rule[1];
  }
  return undefined;
}

/**
 * The words of each type, tried in order on the value's words, so the
 * vendors' codes ("FULL_TIME", "FullTime", "fulltime_permanent",
 * "working_student") and free text ("Fixed Term (12 months)", "6 month
 * contract", "Part time - 20 hours") read alike. Order decides mixed
 * values: an internship or a working-student job stays that even when
 * limited in time (they always are); otherwise a limited term wins over the
 * hours ("Full-time, fixed term" → temporary), because a visitor filtering
 * for temporary work wants to see it.
 */
const EMPLOYMENT_WORDS: readonly (readonly [RegExp, EmploymentType])[] = [
  [/ (intern(ship)?|apprentice(ship)?|trainee(ship)?|graduate programm?e?|praktikum|ausbildung|stage|alternance) /, 'internship'],
  [/ (working ?student|werkstudent(in)?|student job) /, 'part-time'],
  [/ ((fixed|short|limited) ?term|temp(orary)?|seasonal|maternity cover|cdd|\d+ (month|week)s? (contract|fixed term|role|position)|befristet) /, 'temporary'],
  [/ (contract(or)?|freelancer?|consultant) /, 'contract'],
  [/ (part ?time|teilzeit|temps partiel|mini ?job) /, 'part-time'],
  [/ (full ?time|permanent|regular|vollzeit|festanstellung|cdi|temps plein) /, 'full-time'],
  [/ (volunteer(ing)?|benevole) /, 'volunteer'],
  [/ (other|per ?diem) /, 'other'],
];

/**
 * Squashed source value → native workplace (a Map: source text never
 * reaches `Object.prototype`), from each workplace's squashed words.
 */
const WORKPLACES: ReadonlyMap<string, Workplace> = new Map(
  (
    [
      ['onsite', 'onsite inoffice office officebased inperson onpremise onpremises'],
      ['hybrid', 'hybrid partiallyremote flexible'],
      ['remote', 'remote fullyremote remoteonly remotefirst fullremote telecommute workfromhome wfh'],
    ] as const
  ).flatMap(([workplace, words]) => words.split(' ').map((word) => [word, workplace] as const)),
);

/**
 * The native workplace for an ATS value, ignoring case and punctuation
 * ("On-site", "in_office", "OnSite" → onsite; "TELECOMMUTE", "Fully
 * remote" → remote). "unspecified" and anything unknown give `undefined`.
 */
export function mapWorkplace(raw: unknown): Workplace | undefined {
  if (typeof raw !== 'string') return undefined;
  return WORKPLACES.get(squash(raw));
}

/**
 * The workplace a free-text location mentions ("Remote - US" → remote,
 * "Paris, France (Hybrid)" → hybrid, "Berlin (on-site)" → onsite), else
 * `undefined`. Hybrid wins over remote ("Remote/Hybrid").
 */
export function workplaceFromText(raw: unknown): Workplace | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.toLowerCase();
  if (/\bhybrid\b/.test(text)) return 'hybrid';
  if (/\b(remote|telecommute|work from home|home[- ]?office)\b/.test(text)) return 'remote';
  if (/\b(on[- ]?site|in[- ]office|office[- ]based)\b/.test(text)) return 'onsite';
  return undefined;
}

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Milliseconds since the epoch → "YYYY-MM-DDTHH:mm:ss(.sss)Z". */
function isoFromEpoch(ms: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (Number.isNaN(date.getTime()) || year < 1970 || year > 9999) return undefined;
  return date.toISOString().replace('.000Z', 'Z');
}

/** Epoch seconds or milliseconds: values below 1e11 are taken as seconds. */
function fromEpoch(value: number): string | undefined {
  if (value <= 0) return undefined;
  return isoFromEpoch(value < 1e11 ? value * 1000 : value);
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes);
}

/**
 * A source's `datePosted`: the first of `raws` that `toFeedDate` reads; else
 * the first non-blank string or number as written, which validation then
 * drops from its (kept) posting and reports ("last tuesday" is not a date);
 * else `undefined`: the posting is undated. Never a made-up date.
 */
export function postedDate(...raws: unknown[]): string | undefined {
  for (const raw of raws) {
    const date = toFeedDate(raw);
    if (date) return date;
  }
  const given = raws.find((raw) => typeof raw === 'number' || (typeof raw === 'string' && raw.trim()));
  return given === undefined ? undefined : String(given).trim();
}

/**
 * A date the schema accepts: "YYYY-MM-DD" for a date alone, else a UTC
 * datetime "YYYY-MM-DDTHH:mm:ss(.sss)Z". Accepts epoch numbers and numeric
 * strings (seconds below 1e11, else milliseconds), ISO dates, ISO datetimes
 * with or without an offset (no offset is read as UTC), a space instead of
 * "T" and a "UTC"/"GMT" suffix ("2026-09-18 13:27:28 UTC"). Impossible
 * dates ("2026-02-30") and other strings give `undefined`.
 */
export function toFeedDate(raw: unknown): string | undefined {
  if (typeof raw === 'number') return fromEpoch(raw);
  if (raw instanceof Date) return isoFromEpoch(raw.getTime());
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (/^\d{9,16}$/.test(text)) return fromEpoch(Number(text));
  const m = DATE_TIME.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    return undefined;
  }
  if (h === undefined) return `${y}-${mo}-${d}`;
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes(zone) * 60_000;
  return isoFromEpoch(utc);
}

/**
 * A non-negative amount: numbers, and strings such as "50000", "50000.50"
 * or "50,000" (commas only as thousands separators). Else `undefined`.
 */
export function toAmount(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (!/^(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
}

/**
 * The native salary period for an ATS interval: "per-year-salary",
 * "1 YEAR", "YEARLY", "annual" → year; likewise month, week, day, hour.
 */
export function mapSalaryPeriod(raw: unknown): SalaryPeriod | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.toLowerCase();
  if (/year|annual|\bpa\b/.test(text)) return 'year';
  if (/month/.test(text)) return 'month';
  if (/week/.test(text)) return 'week';
  if (/day|daily/.test(text)) return 'day';
  if (/hour/.test(text)) return 'hour';
  return undefined;
}

/** What `mapSalary` reads; every field is raw source data. */
export interface RawSalary {
  readonly currency?: unknown;
  readonly min?: unknown;
  readonly max?: unknown;
  readonly period?: unknown;
}

/**
 * A native salary, or `undefined` when it cannot be valid: no ISO 4217
 * currency, no amount, or min above max. A broken salary is dropped so
 * the posting itself survives validation.
 */
export function mapSalary(raw: RawSalary): FeedSalary | undefined {
  const currency = typeof raw.currency === 'string' ? raw.currency.trim().toUpperCase() : '';
  if (!/^[A-Z]{3}$/.test(currency)) return undefined;
  const min = toAmount(raw.min);
  const max = toAmount(raw.max);
  if (min === undefined && max === undefined) return undefined;
  if (min !== undefined && max !== undefined && min > max) return undefined;
  const salary: FeedSalary = { currency };
  if (min !== undefined) salary.min = min;
  if (max !== undefined) salary.max = max;
  const period = mapSalaryPeriod(raw.period);
  if (period) salary.period = period;
  return salary;
}

/** Adds `location` to `list` unless an equal one is already there. */
export function addLocation(list: FeedLocation[], location: FeedLocation): void {
  const same = list.some(
    (l) =>
      (l.city ?? '').toLowerCase() === (location.city ?? '').toLowerCase() &&
      (l.region ?? '').toLowerCase() === (location.region ?? '').toLowerCase() &&
      (l.country ?? '') === (location.country ?? ''),
  );
  if (!same) list.push(location);
}

/** A location object without its undefined fields (undefined if empty). */
/** The unresolved `texts` of the posting `id` (`undefined` when the row has none). */
export const unresolvedOf = (id: string | undefined, texts: readonly string[]): UnresolvedPlace[] =>
  texts.map((text) => (id === undefined ? { text } : { text, id }));

/** How a place the adapter could not put in a country is named to the site owner: `City, Region`. */
export function placeText(location: FeedLocation | undefined, source?: string): string {
  return source ?? ([location?.city, location?.region].filter(Boolean).join(', ') || '?');
}

export function compactLocation(location: {
  city?: string | undefined;
  region?: string | undefined;
  country?: string | undefined;
}): FeedLocation | undefined {
  const result: FeedLocation = {};
  if (location.city) result.city = location.city;
  if (location.region) result.region = location.region;
  if (location.country) result.country = location.country;
  return Object.keys(result).length > 0 ? result : undefined;
}

/** Copies the defined values of `fields` onto a new object. */
export function definedOnly<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const result: Partial<T> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

/**
 * Where a posting can be done. For a remote posting, a country-only
 * location ("Remote - US") means "remote from that country" and moves to
 * `remoteCountries`; locations with a city or region stay in `locations`.
 */
export function placeLocations(
  locations: readonly FeedLocation[],
  workplace: Workplace | undefined,
): { locations: FeedLocation[]; remoteCountries?: string[] } {
  if (workplace !== 'remote') return { locations: [...locations] };
  const kept: FeedLocation[] = [];
  const remoteCountries: string[] = [];
  for (const location of locations) {
    if (location.country && !location.city && !location.region) {
      if (!remoteCountries.includes(location.country)) remoteCountries.push(location.country);
    } else {
      kept.push(location);
    }
  }
  return remoteCountries.length > 0 ? { locations: kept, remoteCountries } : { locations: kept };
}

/** How many of `locations` have no country. */
export function countUnresolved(locations: readonly FeedLocation[]): number {
  return locations.filter((l) => !l.country).length;
}

/**
 * The feed's organization from the company names of its rows, when every row
 * that names one names the same one (Greenhouse, Recruitee `company_name`).
 */
export function agreedOrganization(names: readonly unknown[]): { name: string } | undefined {
  const distinct = new Set(names.map(cleanText).filter((n): n is string => n !== undefined));
  return distinct.size === 1 ? { name: [...distinct][0]! } : undefined;
}
