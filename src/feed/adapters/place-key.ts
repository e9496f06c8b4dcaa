/**
 * The key places are compared by: case, diacritics and punctuation aside,
 * "&" as "and", a leading or trailing "the" dropped, "St" as "Saint". A
 * module of its own, without imports, because scripts/geo.mjs writes the
 * places dataset already in this form (so the browser does not fold some
 * 30,000 names) and must fold exactly as the resolver does.
 */
export function normalizeKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ the$/, '')
    .replace(/\bst\b/g, 'saint');
}
