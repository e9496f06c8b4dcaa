/**
 * Language tags from pages and feeds, made safe for `Intl`. A malformed tag
 * (`en_US`, `fr-`, `de_CH.UTF-8`, `@@`) given to an `Intl` constructor throws
 * a RangeError; these functions never throw, and what they return never
 * makes `Intl` throw.
 */
import { isLanguageTag } from '../feed/checks.js';

/**
 * A well-formed, canonical BCP 47 tag from `raw`, or `undefined`: `_`
 * becomes `-`, anything from the first character no tag has is cut
 * (`de-CH.UTF-8` → `de-CH`), empty subtags are dropped (`en-` → `en`), then
 * trailing subtags go one by one until `Intl` accepts the rest (`en-US-x` →
 * `en-US`); `Intl.getCanonicalLocales` gives the final form (`EN_us` →
 * `en-US`).
 */
export function cleanTag(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const subtags = raw.trim().slice(0, 100).replace(/_/g, '-').split(/[^\dA-Za-z-]/)[0]!.split('-').filter(Boolean);
  while (subtags.length > 0 && !isLanguageTag(subtags.join('-'))) subtags.pop();
  return subtags.length > 0 ? Intl.getCanonicalLocales(subtags.join('-'))[0] : undefined;
}

/** Every usable tag of `candidates`, cleaned (see `cleanTag`), in order; malformed ones left out. */
export function cleanTags(candidates: Iterable<unknown>): string[] {
  const tags: string[] = [];
  for (const raw of candidates) {
    const tag = cleanTag(raw);
    if (tag) tags.push(tag);
  }
  return tags;
}

/**
 * The first usable tag of `candidates` (cleaned, see `cleanTag`), else
 * `en`: a locale every `Intl` constructor accepts. Give the candidates best
 * first, e.g. the `locale` attribute, the nearest `lang`, `<html lang>`,
 * the browser's languages.
 */
export function safeLocale(candidates: Iterable<unknown>): string {
  return cleanTags(candidates)[0] ?? 'en';
}
