/**
 * Runtime checks that a regular expression alone cannot express. They back the
 * zod refinements in `schema.ts`; the patterns there keep the generated JSON
 * Schema useful in editors, these keep the runtime strict.
 */

let regionNames: Intl.DisplayNames | undefined;

/** True for an ISO 3166-1 alpha-2 code that `Intl` knows, in any case. */
export function isKnownRegion(code: string): boolean {
  if (!/^[A-Za-z]{2}$/.test(code)) return false;
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  try {
    return regionNames.of(code.toUpperCase()) !== undefined;
  } catch {
    return false;
  }
}

/** True for a well-formed BCP 47 language tag ("en", "fr-CA", "zh-Hant-TW"). */
export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

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
