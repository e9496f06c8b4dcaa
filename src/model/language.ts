import { memoized } from './memo.js';

/** The lower-case primary language subtag: `fr-CA` → `fr`. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/u)[0]!.toLowerCase();
}

/** The canonical form of a BCP 47 tag (`en-us` → `en-US`), or the input when malformed. Kept per tag. */
export const canonicalTag: (tag: string) => string = memoized((tag) => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
});
