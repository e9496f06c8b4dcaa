/**
 * The last good body of each feed URL, kept in `localStorage`: a returning
 * visitor sees the postings at once while the feed loads again
 * (stale-while-revalidate), and a visitor whose network fails sees them with
 * a note that they may be out of date instead of an error.
 *
 * A lazy chunk: loaded beside the first request when the visitor has a
 * saved copy (`hasSavedCopies`), else only after a feed arrived, to save
 * it; no request waits for it. The pipeline (see `FeedRequest.cache`) hands it each body that came from
 * the network (`keep`) and each source that failed (`fallback`), and asks
 * it for the feed the copies make while the network answers (`preview`).
 *
 * What is kept is the body as it came (decoded text and content type), not
 * the adapted or validated feed. A copy is read by the same decoder, adapter
 * and validation as a fresh body, so a value that some other script or an
 * older version put under the key is untrusted input like any feed, and
 * what shapes the result today (`format`, `feed-language`, the UI language,
 * `now`) applies to it too.
 *
 * Storage is best effort: any access may throw (`SecurityError` in a
 * sandboxed iframe or with storage disabled, `QuotaExceededError` when it is
 * full), and a failure only ever means "no copy".
 */
import { FeedError } from './errors.js';
import { isRecord } from './checks.js';
import type { NativeResult, SourceHook } from './sources.js';
import type { FetchedText } from './load.js';
import type { FeedRequest, loadFeed } from './pipeline.js';

import { CACHE_VERSION, cacheKey } from './cache-key.js';

export { CACHE_VERSION, cacheKey } from './cache-key.js';

/**
 * Bodies longer than this (in UTF-16 code units, what `localStorage`
 * counts: about 1 MB of text) are not saved: a copy that large would crowd
 * out the page's own storage, which browsers cap at about 5 MB per origin.
 */
export const MAX_SAVED_LENGTH = 1_000_000;

/** How long a copy may be shown, in seconds, when `cache-ttl` is not a positive number: 7 days (the element's default). */
export const DEFAULT_CACHE_TTL_SECONDS = 604_800;

/** A saved body, and when it was saved (ms since the epoch, by the widget's `now`). */
export interface SavedBody extends FetchedText {
  readonly savedAt: number;
}

/**
 * The `cache-ttl` attribute (seconds, fractions allowed) in milliseconds;
 * anything else (0, negative, not a number, infinite) → 7 days.
 */
export function parseCacheTtl(value: unknown): number {
  const n = Number(value); // '' and null are 0, words NaN: both fail the test
  return (n > 0 && n < Infinity ? n : DEFAULT_CACHE_TTL_SECONDS) * 1000;
}

/** The copies of one load: read and written as of `now`. */
export class FeedCache {
  private readonly ttl: number;

  constructor(
    private readonly now: Date,
    ttl: unknown,
    /** Where copies live; a getter, because merely reading `localStorage` may throw. */
    private readonly storage: () => Storage = () => localStorage,
  ) {
    this.ttl = parseCacheTtl(ttl);
  }

  /**
   * The copy of `url`, when there is one this version wrote for this URL and
   * it is younger than the TTL. A copy past its TTL is removed; anything
   * else under the key (not JSON, another shape) is left alone and ignored.
   */
  get(url: string): SavedBody | undefined {
    const key = cacheKey(url);
    let value: unknown;
    try {
      const text = this.storage().getItem(key);
      if (text === null) return undefined;
      value = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (
      !isRecord(value) ||
      value['v'] !== CACHE_VERSION ||
      value['url'] !== url ||
      typeof value['body'] !== 'string' ||
      (value['type'] !== null && typeof value['type'] !== 'string') ||
      typeof value['savedAt'] !== 'number'
    ) {
      return undefined;
    }
    const age = this.now.getTime() - value['savedAt'];
    // A copy saved "after" now (a clock set back, a pinned `now`) has no age we can trust.
    if (!(age >= 0 && age < this.ttl)) {
      if (age >= this.ttl) this.remove(key);
      return undefined;
    }
    return { text: value['body'], contentType: value['type'], savedAt: value['savedAt'] };
  }

  /**
   * Saves each body as its URL's copy, in place of the one before. A body
   * too long to keep, or one the storage refuses (full, disabled), leaves
   * no copy: the one before goes all the same, so a copy is always the last
   * feed seen, never an older one.
   */
  save(bodies: Iterable<readonly [url: string, body: FetchedText]>): void {
    for (const [url, { text, contentType }] of bodies) {
      const key = cacheKey(url);
      // Removing first also frees the old copy's room for the new one.
      if (!this.remove(key) || text.length > MAX_SAVED_LENGTH) continue;
      const value = JSON.stringify({ v: CACHE_VERSION, url, savedAt: this.now.getTime(), type: contentType, body: text });
      try {
        this.storage().setItem(key, value);
      } catch {
        // Full (QuotaExceededError) or not allowed: no copy this time.
      }
    }
  }

  /**
   * A body that came from the network and read as `result`: saved when the
   * validation will take it, i.e. it has the v1 envelope, the one thing
   * `parseFeed` refuses a whole feed for (invalid rows are only skipped).
   * So a body that reads but is no feed (with `format="careers"`, which
   * reads anything) never replaces a good copy.
   */
  keep(url: string, body: FetchedText, result: NativeResult): void {
    const { feed } = result;
    if (isRecord(feed) && feed['version'] === 1 && Array.isArray(feed['postings'])) this.save([[url, body]]);
  }

  /** Removes a key; false when the storage cannot be used at all. */
  private remove(key: string): boolean {
    try {
      this.storage().removeItem(key);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * `url`'s request or body failed with `error`: read its copy instead, and
   * say so (`cached`, a console warning). Without a usable copy, or when the
   * copy cannot be read either, `error` stands; an abort (not a `FeedError`)
   * always does.
   */
  async fallback(
    url: string,
    error: unknown,
    read: (body: FetchedText) => Promise<NativeResult>,
  ): Promise<NativeResult> {
    const saved = error instanceof FeedError ? this.get(url) : undefined;
    if (!saved) throw error;
    let result: NativeResult;
    try {
      result = await read(saved);
    } catch {
      throw error;
    }
    const { kind, status, message } = error as FeedError;
    const savedAt = new Date(saved.savedAt).toISOString();
    console.warn(`careers-widget: ${message}; showing the copy saved at ${savedAt} instead.`);
    return { ...result, cached: { url, kind, ...(status === undefined ? {} : { status }), message, savedAt } };
  }

  /**
   * Stale-while-revalidate: reads the feed the copies make (with `load`, the
   * pipeline's `loadFeed`, quietly and from the copies only) and hands it to
   * `request.onCached`, unless it has no posting to show, `signal` aborted,
   * or `answer` (the sources from the network) settled first. Never
   * rejects: no usable copy means "Loading jobs…" until the network answers.
   * (`load` is passed in: importing the pipeline here would split its chunk
   * in two.)
   */
  preview(load: typeof loadFeed, request: FeedRequest, signal: AbortSignal, answer: Promise<unknown>): void {
    let answered = false;
    answer.then(
      () => (answered = true),
      () => (answered = true),
    );
    load({ ...request, cache: undefined, through: this.read }, signal, true).then(
      (feed) => {
        if (feed?.postings.length && !answered && !signal.aborted) request.onCached?.(feed);
      },
      () => undefined,
    );
  }

  /**
   * A `through` hook (see `loadSources`) that reads each source from its
   * copy and never asks the network: the feed for the moment before the
   * network answers. A source without a usable copy fails.
   */
  readonly read: SourceHook = (url, _fetch, read) => {
    const saved = this.get(url);
    return saved ? read(saved) : Promise.reject(new FeedError('network', `${url}: no saved copy`));
  };
}

/** The copies as of `now`, kept `ttl` seconds (the `cache-ttl` attribute, parsed leniently). */
export const openCache = (now: Date, ttl: unknown, storage?: () => Storage): FeedCache => new FeedCache(now, ttl, storage);
