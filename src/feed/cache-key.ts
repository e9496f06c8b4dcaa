/**
 * Where the saved copies of feeds live in `localStorage` (see `cache.ts`).
 * Apart from the cache chunk so the pipeline can tell whether there is any
 * copy at all, and load that chunk before the first card only for a visitor
 * who has one.
 */

/** Bumped when the stored shape changes: copies under another version's key are never read. */
export const CACHE_VERSION = 1;

/** The start of every key this version writes. */
export const CACHE_PREFIX = `careers-widget:feed:v${CACHE_VERSION}:`;

/** The storage key of a feed URL's copy. */
export const cacheKey = (url: string): string => CACHE_PREFIX + url;

/**
 * Whether `storage` holds any copy this version saved (of any URL): a scan
 * of key names only, no value is read. Unavailable storage has none.
 */
export function hasSavedCopies(storage: () => Storage): boolean {
  try {
    const store = storage();
    for (let index = 0; index < store.length; index++) {
      if (store.key(index)?.startsWith(CACHE_PREFIX)) return true;
    }
  } catch {
    // SecurityError (sandboxed iframe, storage disabled): no copies.
  }
  return false;
}
