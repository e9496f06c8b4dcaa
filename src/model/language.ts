/** The lower-case primary language subtag: `fr-CA` → `fr`. */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/u)[0]!.toLowerCase();
}

/** The canonical form of a BCP 47 tag (`en-us` → `en-US`), or the input when malformed. */
export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}
