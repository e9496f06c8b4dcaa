/**
 * Folds text for matching: case- and diacritics-insensitive, so "zurich"
 * finds "Zürich" and "ingenieur" finds "Ingénieur".
 */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a search query, folded; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/u).filter(Boolean);
}
