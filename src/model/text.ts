/**
 * Folds text for matching: case- and diacritics-insensitive, so "zurich"
 * finds "Zürich", "ingenieur" finds "Ingénieur" and "strasse" finds "Straße".
 * Upper- then lower-casing applies the full case mappings (ß → ss, ẞ → ß,
 * ı → i); two rounds make the result a fixed point, so folding folded text
 * changes nothing. Greek final sigma folds to σ.
 */
export function foldText(value: string): string {
  // ASCII needs only lower-casing (no marks, no special mappings): most feed text, several times faster.
  if (!/[^\0-\x7f]/u.test(value)) return value.toLowerCase();
  return foldOnce(foldOnce(value)).replace(/ς/gu, 'σ');
}

function foldOnce(value: string): string {
  return value.toUpperCase().toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The words of a search query, folded; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/u).filter(Boolean);
}
