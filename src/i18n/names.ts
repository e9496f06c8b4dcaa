/**
 * Country and language names from `Intl.DisplayNames`, cached per locale.
 * Never hand-written tables.
 */
const cache = new Map<string, Intl.DisplayNames>();

function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${type}:${locale}`;
  let names = cache.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' });
    cache.set(key, names);
  }
  return names;
}

/** "Germany" / "Allemagne" for `DE`; the code itself if unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return displayNames(locale, 'region').of(code) ?? code;
  } catch {
    return code;
  }
}

/** Upper-cases the first letter the way `locale` does ("français" → "Français"). */
export function capitalize(text: string, locale: string): string {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 32);
  return first.toLocaleUpperCase(locale) + text.slice(first.length);
}

/** A language's name in `locale` ("allemand" in French). */
export function languageName(tag: string, locale: string): string {
  try {
    return capitalize(displayNames(locale, 'language').of(tag) ?? tag, locale);
  } catch {
    return tag;
  }
}

/** A language's name in itself ("Deutsch", "Français"), as language pickers show it. */
export function autonym(tag: string): string {
  return languageName(tag, tag);
}
