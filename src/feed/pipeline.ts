/**
 * The whole way from a feed source to display-ready postings: fetch, decode
 * (JSON or XML), read the source format (native or an ATS), validate,
 * normalize. The widget imports this module lazily, in parallel with its
 * first render, so zod and the validation code are not part of the script a
 * page must download before anything shows. Each ATS adapter is a further
 * lazy chunk, loaded only when a feed needs it.
 */
import { loadSources, toNativeFeed, type SourceHook, type XmlParser } from './sources.js';
import { parseJson } from './load.js';
import { parseFeedSteps } from './parse.js';
import { nextTask, sliced } from './slices.js';
import type { FeedOrganization } from './schema.js';
import type { FeedFormat, SourceFormat } from './formats.js';
import type { CachedSource, FailedSource } from './errors.js';
import type { UnresolvedPlace } from './adapters/types.js';
import type { RetryOptions } from './retry.js';
import type { Sleep, StartedRequests } from './load.js';
import type { FeedCache } from './cache.js';
import { hasSavedCopies } from './cache-key.js';
import { normalizeSteps } from '../model/normalize.js';
import type { Posting } from '../model/posting.js';
import { systemClock } from '../model/clock.js';

// For the wording overrides' chunk, which thus shares this chunk's zod (see wording-schema.ts).
export { wording, wordingTable } from '../i18n/wording-schema.js';

/** Where the feed comes from; the first one set wins, in this order. */
export interface FeedRequest {
  /** Feed data set as a property. */
  readonly feed?: unknown;
  /** Feed URLs, fetched in parallel and merged. */
  readonly urls?: readonly string[];
  /** The text of an inline `<script type="application/json">`. */
  readonly inline?: string | null;
  /** Source format; `auto` detects it by shape. */
  readonly format: FeedFormat;
  /** Language of postings whose source does not name one. */
  readonly language?: string;
  /** Base for relative URLs. */
  readonly baseUrl?: string;
  /**
   * The moment postings are checked for expiry (`validThrough`); the system
   * clock by default. Pin it for tests and frozen snapshots.
   */
  readonly now?: Date;
  /** For XML sources; the browser's `DOMParser` by default. */
  readonly xmlParser?: XmlParser;
  /** Milliseconds each request may take (headers and body); none by default. */
  readonly timeout?: number;
  /** Replace the timers of requests (tests): see `FeedTimers`. */
  readonly timers?: FeedTimers;
  /** Requests of `urls` already sent (`startRequests`), used for their first attempt. */
  readonly started?: StartedRequests;
  /**
   * The copies of `urls` saved on earlier visits (`savedCopies()`, `cache.ts`):
   * requests never wait for them. A source whose request fails, or whose body
   * cannot be read, is read from its copy instead (listed in `fromCache`);
   * the bodies of the others are saved. Unset: no copies.
   */
  readonly cache?: SavedCopies;
  /**
   * Called with the feed read from the saved copies, when it is ready before
   * the network's answer (stale-while-revalidate); the load goes on.
   */
  readonly onCached?: (feed: LoadedFeed) => void;
  /** How each of `urls` is answered when there is no `cache`: see `LoadSourcesOptions.through`. */
  readonly through?: SourceHook;
}

/**
 * The waits of feed requests, for tests: `timeout` is how a request's
 * timeout waits, `sleep` how a retry waits, `random` the jitter, `clock` the
 * "now" of `Retry-After` dates. Each defaults to the real thing.
 */
export interface FeedTimers {
  readonly timeout?: Sleep;
  readonly sleep?: Sleep;
  readonly random?: () => number;
  readonly clock?: RetryOptions['clock'];
}

/** A loaded feed, ready to filter. */
export interface LoadedFeed {
  readonly organization?: FeedOrganization;
  readonly postings: readonly Posting[];
  /** How many rows were invalid and left out. */
  readonly skipped: number;
  /** How many invalid optional values were left out of kept postings and of the envelope. */
  readonly droppedFields: number;
  /** The format each source was read as. */
  readonly formats: readonly SourceFormat[];
  /** How many source locations could not be placed in a country (per posting and place). */
  readonly unresolvedLocations: number;
  /** Those locations as the source wrote them, with their posting's id, at most `MAX_PLACES`. */
  readonly unresolvedPlaces: readonly UnresolvedPlace[];
  /** Feed URLs that could not be used while others could, in `src` order. */
  readonly failedSources: readonly FailedSource[];
  /** Feed URLs read from a saved copy because their request failed, in `src` order (see `FeedRequest.cache`). */
  readonly fromCache: readonly CachedSource[];
  /** Settles when the bodies that came from the network are saved (see `FeedRequest.cache`). */
  readonly saved?: Promise<unknown>;
}

/** The saved copies a load may use: see `savedCopies()`. */
export interface SavedCopies {
  /** Whether there may be a copy to read: only then are they opened before the network answers. */
  readonly any: boolean;
  /** The copies (a chunk of their own, loaded on the first call); `undefined` when it did not download. */
  readonly open: () => Promise<FeedCache | undefined>;
}

/**
 * The widget's saved copies of `src` feeds as of `now`, kept `ttl` seconds.
 * Their chunk loads before the first card only for a visitor who has a copy
 * (a returning one); for the others, after a feed arrived, to save it.
 */
export function savedCopies(now: Date, ttl: unknown, storage: () => Storage = () => localStorage): SavedCopies {
  let opened: Promise<FeedCache | undefined> | undefined;
  return {
    any: hasSavedCopies(storage),
    open: () =>
      (opened ??= import('./cache.js').then(
        (chunk) => chunk.openCache(now, ttl, storage),
        () => undefined, // a chunk that does not download: no copies this time
      )),
  };
}

/** The most unresolved places named to the site owner: enough to act on, bounded for a huge feed. */
export const MAX_PLACES = 100;


// HTML inside payloads needs no parser here: the adapters' HTML helpers
// default to the platform's DOMParser (adapters/html.ts).
const domParser = (): XmlParser | undefined => (typeof DOMParser === 'undefined' ? undefined : new DOMParser());

/**
 * Loads, adapts, validates and normalizes a feed. Resolves to `null` when
 * there is no source at all; rejects with a `FeedError` when the feed is
 * unusable, or with the abort reason when `signal` aborts. Invalid rows are
 * skipped, counted and named in one console warning (unless `quiet`).
 */
export async function loadFeed(request: FeedRequest, signal: AbortSignal, quiet?: boolean): Promise<LoadedFeed | null> {
  const { format, language, urls } = request;
  const single = async (payload: unknown) => {
    const result = await toNativeFeed(payload, { format, language });
    return { ...result, formats: [result.format], failedSources: [], fromCache: [] };
  };
  let native: {
    feed: unknown;
    formats: readonly SourceFormat[];
    unresolvedLocations: readonly UnresolvedPlace[];
    failedSources: readonly FailedSource[];
    fromCache: readonly CachedSource[];
    saved?: Promise<unknown>;
  };
  if (request.feed !== undefined && request.feed !== null) native = await single(request.feed);
  else if (urls?.length) {
    const copies = request.cache;
    const early = copies?.any ? copies.open() : undefined;
    const saves: Promise<unknown>[] = [];
    const loading = loadSources(urls, {
      format,
      language,
      signal,
      baseUrl: request.baseUrl,
      xmlParser: request.xmlParser ?? domParser(),
      timeout: request.timeout,
      wait: request.timers?.timeout,
      retry: request.timers, // its sleep, random and clock
      started: request.started,
      // The request starts at once; a saved copy is read only when it fails.
      through: !copies
        ? request.through
        : (url, fetch, read) =>
          fetch()
            .then(async (body) => {
              const result = await read(body);
              saves.push(copies.open().then((saved) => saved?.keep(url, body, result)));
              return result;
            })
            .catch(async (error: unknown) => {
              const saved = await early;
              if (!saved) throw error;
              return saved.fallback(url, error, read);
            }),
    });
    // Stale-while-revalidate: the saved copies show while the network answers.
    void early?.then((saved) => saved?.preview(loadFeed, request, signal, loading));
    native = { ...(await loading), saved: Promise.all(saves) };
  } else if (request.inline) native = await single(parseJson(request.inline, 'The inline feed'));
  else return null;
  signal.throwIfAborted();
  // Validation and normalization give the main thread back every few milliseconds (slices.ts).
  const parsed = await sliced(parseFeedSteps(native.feed), signal);
  const places = native.unresolvedLocations.slice(0, MAX_PLACES);
  // The console's account for site owners is a chunk of its own, loaded only when there is something
  // to say; one that does not download leaves the console silent, never the feed unloaded.
  if (!quiet && (native.failedSources.length || parsed.skipped.length || parsed.dropped.length || places.length)) {
    await import('./console-report.js').then((chunk) => chunk.reportLoad(native, parsed, places), () => undefined);
  }
  const postings = await sliced(normalizeSteps(parsed.postings, request.now ?? systemClock()), signal);
  // The first render (sorting, counting, the cards) comes in a task of its own.
  await nextTask();
  return {
    organization: parsed.organization,
    postings,
    skipped: parsed.skipped.length,
    droppedFields: parsed.dropped.length,
    formats: native.formats,
    unresolvedLocations: native.unresolvedLocations.length,
    unresolvedPlaces: places,
    failedSources: native.failedSources,
    fromCache: native.fromCache,
    saved: native.saved,
  };
}
