/**
 * Country and language names from `Intl.DisplayNames`, cached per locale.
 * Never hand-written tables.
 */
import { memoized } from '../model/memo.js';

const regions = memoized((locale) => new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' }));
const languages = memoized((locale) => new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' }));

/** "Germany" / "Allemagne" for `DE`; the code itself if unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return regions(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Upper-cases the first letter the way `locale` does ("français" → "Français"). */
export function capitalize(text: string, locale: string): string {
  const code = text.codePointAt(0);
  if (code === undefined) return text;
  const first = String.fromCodePoint(code);
  let upper: string;
  try {
    upper = first.toLocaleUpperCase(locale);
  } catch {
    upper = first.toUpperCase(); // a malformed locale tag
  }
  return upper + text.slice(first.length);
}

/**
 * A language's name in `locale`, cased as inside a sentence ("allemand" in
 * French, "German" in English), for messages such as "no jobs in …".
 */
export function languageName(tag: string, locale: string): string {
  try {
    return languages(locale).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A language's name in itself, capitalized as pickers show it ("Deutsch", "Français"). */
export function autonym(tag: string): string {
  return capitalize(languageName(tag, tag), tag);
}
