/**
 * Runtime checks that a regular expression alone cannot express. They back the
 * zod refinements in `schema.ts`; the patterns there keep the generated JSON
 * Schema useful in editors, these keep the runtime strict. Also the one
 * shape guard for raw JSON objects that the parser and adapters share.
 */
import type { XmlNode } from './adapters/types.js';
import { memoized } from '../model/memo.js';

/** A plain object (not null, not an array): a JSON object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * True for the element tree `parseXml` produces. Here, with the other shape
 * guards, so format detection tells XML apart without the XML parser's chunk
 * (and without a chunk of its own on every ATS path).
 */
export function isXmlNode(value: unknown): value is XmlNode {
  return (
    isRecord(value) &&
    typeof value['name'] === 'string' &&
    Array.isArray(value['children']) &&
    isRecord(value['attributes']) &&
    typeof value['text'] === 'string'
  );
}

let regionNames: Intl.DisplayNames | undefined;

/**
 * Two-letter codes `Intl` names that are no ISO 3166-1 country: groupings
 * (EU, EZ, UN, QO), "Unknown Region" (ZZ), pseudo-locales (XA, XB) and the
 * exceptionally reserved territories that belong to another country's entry.
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

/**
 * True for an ISO 3166-1 alpha-2 country code that `Intl` knows, in any case.
 * Deprecated codes that `Intl` silently maps to a current one (UK→GB, SU→RU)
 * are refused: accepting them would list one country twice in the filter.
 */
export function isKnownRegion(code: string): boolean {
  return /^[A-Za-z]{2}$/.test(code) && isKnownUpper(code.toUpperCase());
}

/** Two upper-case ASCII letters: a valid region subtag, so neither `Intl` call can throw. Kept per code. */
const isKnownUpper = memoized((upper) => {
  if (NOT_COUNTRIES.has(upper)) return false;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  return regionNames.of(upper) !== undefined && new Intl.Locale(`und-${upper}`).region === upper;
});

/** True for a well-formed BCP 47 language tag ("en", "fr-CA", "zh-Hant-TW"). Kept per tag. */
export const isLanguageTag: (tag: string) => boolean = memoized((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
});

/** True when `value` parses as an absolute URL whose scheme is in `schemes`. */
export function hasScheme(value: string, schemes: readonly string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export const WEB_SCHEMES = ['http:', 'https:'] as const;
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:'] as const;
