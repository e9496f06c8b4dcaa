/**
 * Country resolution for the ATS adapters: ISO 3166-1 alpha-2 codes and
 * country names in several languages become an upper-case alpha-2 code.
 *
 * Names come from `Intl.DisplayNames` (built lazily, once), not from typed
 * tables, so every region the engine knows is covered in every listed
 * language. A small alias table adds the common spellings Intl does not
 * produce ("USA", "UK", "Holland", "Czech Republic", …). Anything unknown or
 * ambiguous resolves to `undefined`: this module never guesses.
 *
 * Pure ECMAScript (Intl only): runs in the browser and in Node.
 */
import { memoized } from '../../model/memo.js';
import { drain } from '../slices.js';
import { normalizeKey } from './place-key.js';

/**
 * Languages whose region names are recognised. The seven the widget is most
 * used with, plus the Nordic, Polish and Czech endonyms ("Sverige", "Polska",
 * "Česko") that ATS users type as country names.
 */
const NAME_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'sv', 'da', 'nb', 'fi', 'pl', 'cs'] as const;

/**
 * Two-letter codes Intl names that are not a country for filtering:
 * groupings (EU, EZ, UN, QO), unknown (ZZ), pseudo-locales (XA, XB) and the
 * exceptionally reserved territories that belong to another country's entry
 * (AC, CP, CQ, DG, EA, IC, TA), plus the deprecated codes Intl silently maps
 * to a current one (UK→GB, DD→DE, SU→RU, …). The test suite checks that
 * every code left over is its own canonical form in the running engine.
 */
const NOT_COUNTRIES = new Set([
  'EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB',
  'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA',
  'AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'RH', 'SU', 'TP', 'UK', 'VD', 'YD', 'YU', 'ZR',
]);

/**
 * Common names Intl does not produce (checked against its output in the
 * listed languages), a line per country code. Keys are written plainly and
 * normalised like input. A Map, like every table keyed by source text.
 */
const ALIASES: ReadonlyMap<string, string> = new Map(
  [
    'US:US;USA;U.S.;U.S.A.;United States of America;US of A;Estados Unidos de America;Vereinigte Staaten von Amerika',
    'GB:UK;U.K.;Great Britain;Britain;England;Scotland;Wales;Northern Ireland;United Kingdom of Great Britain and Northern Ireland',
    'NL:Holland',
    'KR:Korea;Republic of Korea;Korea, Republic of',
    'RU:Russian Federation',
    'CZ:Czech Republic',
    'SK:Slovak Republic',
    'TR:Turkey;Türkiye',
    'AE:UAE;U.A.E.',
    'SA:KSA;Kingdom of Saudi Arabia',
    'CI:Ivory Coast',
    'SZ:Swaziland',
    'MK:Macedonia;Republic of North Macedonia',
    'MM:Burma',
    'VA:Holy See;Vatican',
    'CD:Democratic Republic of the Congo;DR Congo;DRC',
    'CG:Republic of the Congo',
    'TL:East Timor',
    'IE:Republic of Ireland;Eire',
    "CN:Mainland China;PRC;People's Republic of China",
    'HK:Hong Kong SAR',
    'MO:Macau SAR',
    'TW:Taiwan, Province of China',
    "LA:Lao PDR;Lao People's Democratic Republic",
    'IR:Iran, Islamic Republic of',
    'SY:Syrian Arab Republic',
    'MD:Moldova, Republic of',
    'TZ:Tanzania, United Republic of',
    'VE:Venezuela, Bolivarian Republic of',
    'BO:Bolivia, Plurinational State of',
    'BN:Brunei Darussalam',
    'VN:Viet Nam',
    'VI:US Virgin Islands',
    'BA:Bosnia-Herzegovina;Bosnia Herzegovina',
  ].flatMap((line) => {
    const [code, names] = line.split(':') as [string, string];
    return names.split(';').map((name) => [name, code] as const);
  }),
);

/**
 * Words that name no single country: workplace words, macro-regions and
 * "anywhere". They resolve to `undefined` and are never taken as a city.
 */
/**
 * Areas larger than a country that postings name ("Remote - EMEA"): never a
 * country or a city, but what a person would write on the card, so
 * `splitLocationText` keeps one as the location's region.
 */
const AREAS = new Set(
  [
    'eu', 'europe', 'european union', 'emea', 'apac', 'latam', 'amer', 'americas', 'north america',
    'south america', 'latin america', 'asia', 'asia pacific', 'africa', 'middle east', 'mena',
    'nordics', 'dach', 'benelux', 'worldwide', 'global', 'anywhere',
  ].map(normalizeKey),
);

/** Workplace words and areas: segments of a location text that name no city or country. */
const NON_PLACES = new Set([
  ...[
    'remote', 'fully remote', 'remote first', 'hybrid', 'on site', 'onsite', 'in office', 'office',
    'home office', 'homeoffice', 'work from home', 'wfh', 'international', 'multiple locations',
    'various', 'telecommute', 'distributed',
  ].map(normalizeKey),
  ...AREAS,
]);

/**
 * Names that are also a US state: in free-text locations ("Atlanta, Georgia")
 * they are not resolved unless they stand alone.
 */
const AMBIGUOUS_IN_TEXT = new Set(['georgia']);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

let countryCodes: ReadonlySet<string> | undefined;
let countryNames: ReadonlyMap<string, string | null> | undefined;

function regionNames(language: string, style: 'long' | 'short'): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([language], { type: 'region', style, fallback: 'none' });
  } catch {
    return undefined;
  }
}

function nameOf(names: Intl.DisplayNames, code: string): string | undefined {
  try {
    return names.of(code);
  } catch {
    return undefined;
  }
}

/** Every current country code Intl names, AA–ZZ, minus `NOT_COUNTRIES`. */
function knownCountryCodes(): ReadonlySet<string> {
  if (countryCodes) return countryCodes;
  const codes = new Set<string>();
  const english = regionNames('en', 'long');
  if (english) {
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const code = a + b;
        if (!NOT_COUNTRIES.has(code) && nameOf(english, code) !== undefined) codes.add(code);
      }
    }
  }
  countryCodes = codes;
  return codes;
}

/**
 * Name key → code, or `null` when two countries share the name in some
 * language (Polish "Kongo"): an ambiguous name resolves to nothing.
 */
function names(): ReadonlyMap<string, string | null> {
  if (!countryNames) drain(countryNameSteps());
  return countryNames!;
}

/**
 * Builds the name table (some 6,500 `Intl.DisplayNames` lookups), yielding
 * after each lookup, so an adapter that works in steps can spread it over
 * several tasks (`Adapter.steps`); done once per page, at the first need
 * otherwise. Nothing when it is built.
 */
export function* countryNameSteps(): Generator<void, void, void> {
  if (countryNames) return;
  const map = new Map<string, string | null>();
  const codes = knownCountryCodes();
  for (const language of NAME_LANGUAGES) {
    for (const style of ['long', 'short'] as const) {
      const display = regionNames(language, style);
      if (!display) continue;
      for (const code of codes) {
        yield;
        const name = nameOf(display, code);
        if (!name) continue;
        const key = normalizeKey(name);
        // Abbreviations ("VS", "É.-U.", "EUA", "RU" for the UK in Spanish)
        // collide with codes and each other: names under four letters are
        // kept only when written out ("Irã", "Omã"). The alias table adds
        // the abbreviations worth keeping ("US", "UK", "USA").
        const letters = key.replace(/ /g, '').length;
        if (letters < 3 || (letters === 3 && (style === 'short' || name === name.toUpperCase()))) continue;
        const previous = map.get(key);
        if (previous === undefined) map.set(key, code);
        else if (previous !== code) map.set(key, null);
      }
    }
  }
  for (const [alias, code] of ALIASES) map.set(normalizeKey(alias), code);
  for (const word of NON_PLACES) map.delete(word);
  countryNames ??= map;
}

/** The code for a two-letter value when Intl knows it as a country. */
function fromCode(value: string): string | undefined {
  if (!/^[A-Za-z]{2}$/.test(value)) return undefined;
  const code = value.toUpperCase();
  return knownCountryCodes().has(code) ? code : undefined;
}

/** The code for a full country name (or alias), else undefined. */
function fromName(value: string): string | undefined {
  const key = normalizeKey(value);
  if (!key) return undefined;
  return names().get(key) ?? undefined;
}

/**
 * Resolves a country code or name to an upper-case ISO 3166-1 alpha-2 code.
 *
 * - a two-letter code in any case ("de", "DE") when Intl knows it as a
 *   country ("UK" → "GB" through the alias table);
 * - a country name in English, French, German, Spanish, Italian, Dutch,
 *   Portuguese, Swedish, Danish, Norwegian, Finnish, Polish or Czech,
 *   matched ignoring case, diacritics, punctuation and a leading "the"
 *   ("Deutschland", "ESPAÑA", "the Netherlands", "Côte d'Ivoire");
 * - common aliases Intl does not produce ("USA", "Great Britain",
 *   "Holland", "Czech Republic", "Turkey", "UAE", …).
 *
 * Groupings and non-places ("EU", "Europe", "EMEA", "Remote", "Worldwide")
 * and anything unknown give `undefined`.
 */
export function resolveCountry(value: string | null | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  return fromCode(trimmed) ?? fromName(trimmed);
}

interface Segment {
  readonly text: string;
  /** Index of the comma-separated group the segment belongs to. */
  readonly group: number;
}

/**
 * Splits a free-text location: first into groups at commas, semicolons and
 * `|`, then each group into segments at `/`, parentheses, brackets and a
 * dash with spaces around it. Empty pieces are dropped.
 */
function segmentsOf(text: string): { segments: Segment[]; groups: string[] } {
  const groups = text
    .split(/[,;|]/)
    .map((g) => g.trim())
    .filter((g) => g !== '');
  const segments = groups.flatMap((group, index) =>
    group
      .split(/\s*(?:\/|\(|\)|\[|\]|\s[-–—]\s)\s*/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
      .map((s) => ({ text: s, group: index })),
  );
  return { segments, groups };
}

interface Located {
  readonly segments: readonly Segment[];
  readonly country?: string;
  /** Indexes in `segments` of the segments that named the country. */
  readonly used?: readonly number[];
}

function isNonPlace(segment: string): boolean {
  return NON_PLACES.has(normalizeKey(segment));
}

/** The segments of a location text that may name a place: not workplace words, not areas ("Remote - San Francisco, CA" → San Francisco, CA). */
export const placeParts = (text: string): string[] => segmentsOf(text).segments.map((s) => s.text).filter((s) => !isNonPlace(s));

/** True for an area larger than a country ("EMEA", "North America", "DACH"). */
export function isArea(text: string): boolean {
  return AREAS.has(normalizeKey(text));
}

function isAmbiguous(text: string): boolean {
  return AMBIGUOUS_IN_TEXT.has(normalizeKey(text));
}

/** `findCountry`, kept per text: an ATS feed repeats a few hundred location texts thousands of times. */
const locate = memoized(findCountry);

function findCountry(text: string): Located {
  const { segments, groups } = segmentsOf(text);
  const last = segments.length - 1;
  if (last < 0) return { segments };
  const final = segments[last]!.text;
  const finalName = fromName(final);
  if (finalName) {
    // "Atlanta, Georgia": the final segment names the state, not the country.
    if (segments.length > 1 && isAmbiguous(final)) return { segments };
    // "Myanmar (Burma)": the whole last group is the name.
    const group = segments[last]!.group;
    const used = fromName(groups[group]!) === finalName ? segments.flatMap((s, i) => (s.group === group ? [i] : [])) : [last];
    return { segments, country: finalName, used };
  }
  if (/^[A-Za-z]{2}$/.test(final)) {
    // "Toronto, ON, CA" or a bare "DE": an ISO code. "San Francisco, CA",
    // "Portland, OR": a US state or Canadian province; stop, never guess.
    if (segments.length === 1 || segments.length >= 3) {
      const code = fromCode(final);
      return code ? { segments, country: code, used: [last] } : { segments };
    }
    return { segments };
  }
  // Groups from last to first: the whole group ("Congo - Kinshasa",
  // "Myanmar (Burma)"), then its segments from last to first.
  for (let g = groups.length - 1; g >= 0; g--) {
    const members = segments.flatMap((s, i) => (s.group === g ? [i] : []));
    const whole = groups[g]!;
    if (members.length > 1 && !isAmbiguous(whole)) {
      const code = fromName(whole);
      if (code) return { segments, country: code, used: members };
    }
    for (const i of [...members].reverse()) {
      if (i === last || isAmbiguous(segments[i]!.text)) continue;
      const code = fromName(segments[i]!.text);
      if (code) return { segments, country: code, used: [i] };
    }
  }
  // Last resort for "Remote-US", "US-Remote": split on bare hyphens and
  // look for a full name among the pieces (names only, no codes).
  for (let i = last; i >= 0; i--) {
    const pieces = segments[i]!.text.split('-').map((p) => p.trim());
    if (pieces.length < 2) continue;
    for (const piece of pieces.reverse()) {
      if (isAmbiguous(piece)) continue;
      const code = fromName(piece);
      if (code) return { segments, country: code, used: [i] };
    }
  }
  return { segments };
}

/**
 * The country named in a free-text location, or `undefined`.
 *
 * The text is split on commas, semicolons, `|`, `/`, parentheses and a dash
 * with spaces around it (" - ", " – "); segments are tried from last to
 * first as full country names or aliases ("London, England, United Kingdom"
 * → GB, "Hybrid - Berlin, Germany" → DE, "Paris, France (Hybrid)" → FR,
 * "Remote - US" → US). A comma-separated part is also tried whole, so names
 * that contain a separator still match ("Kinshasa, Congo - Kinshasa" → CD).
 * As a last resort a bare hyphen splits too ("Remote-US" → US).
 *
 * A bare two-letter final segment counts as an ISO code only when it is the
 * only segment ("DE") or is preceded by at least two segments
 * ("Toronto, ON, CA" → CA): with just one segment before it, it is a US
 * state or Canadian province ("San Francisco, CA", "Portland, OR"), so the
 * country stays unknown and earlier segments are not searched either
 * ("Lebanon, NH" is not Lebanon). "US" and "UK" are names as well as codes
 * and always resolve ("Remote - US", "Leeds, UK").
 *
 * A city alone is never resolved ("Hybrid - London" → undefined); nor are
 * groupings and workplace words ("Remote", "EMEA"); nor is "Georgia" next to
 * other segments, which is as likely to be the US state.
 */
export function countryFromLocationText(text: string | null | undefined): string | undefined {
  if (typeof text !== 'string') return undefined;
  return locate(text).country;
}

/** A best-effort native location from free text. */
export interface SplitLocation {
  city?: string;
  region?: string;
  country?: string;
}

/**
 * Best-effort split of a free-text location into a native location.
 * Workplace words ("Remote", "Hybrid", "On-site") are dropped; the country
 * is found as in `countryFromLocationText`; the first remaining segment
 * before the country is the city and the next one the region ("Toronto, ON,
 * CA" → Toronto / ON / CA; "San Francisco, CA" → San Francisco / CA / –).
 * An area larger than a country ("Remote - EMEA", "North America") names no
 * city or country, but is kept as the region when nothing else is, so the
 * card says where a remote role is open.
 */
export function splitLocationText(text: string | null | undefined): SplitLocation {
  if (typeof text !== 'string') return {};
  const { segments, country, used } = locate(text);
  const first = used ? Math.min(...used) : segments.length;
  const before = segments.slice(0, first).map((s) => s.text);
  const rest = before.filter((s) => !isNonPlace(s));
  const result: SplitLocation = {};
  if (rest[0]) result.city = rest[0];
  if (rest[1]) result.region = rest[1];
  if (country) result.country = country;
  const area = before.find(isArea);
  if (!rest.length && !country && area) result.region = area;
  return result;
}
