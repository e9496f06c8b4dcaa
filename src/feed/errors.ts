/**
 * Why a feed as a whole could not be used: the request failed (`network`),
 * took longer than the widget's `timeout` (`timeout`), the server answered
 * with an HTTP error (`http`), or the body is not a feed (`parse`, `schema`).
 */
export const FEED_ERROR_KINDS = ['network', 'timeout', 'http', 'parse', 'schema'] as const;
export type FeedErrorKind = (typeof FEED_ERROR_KINDS)[number];

/** Whether trying again may help: network errors, timeouts, HTTP 5xx and 429, not a feed that is wrong. */
export const isTransient = (kind: FeedErrorKind, status?: number): boolean =>
  kind === 'network' || kind === 'timeout' || (kind === 'http' && status !== undefined && (status >= 500 || status === 429));

/** One feed URL that could not be used, when the feed has several (or one). */
export interface FailedSource {
  /** The URL, resolved against the page. */
  readonly url: string;
  readonly kind: FeedErrorKind;
  /** HTTP status for `http` failures. */
  readonly status?: number;
  /** English, for developers; names the URL. */
  readonly message: string;
}

/**
 * A source shown from the copy the widget saved on an earlier visit, because
 * its request failed now: why (`kind`, `status`, `message`, as in
 * `FailedSource`) and how old the copy is.
 */
export interface CachedSource extends FailedSource {
  /** When the copy was saved, ISO 8601 (by the widget's `now`). */
  readonly savedAt: string;
}

export interface FeedErrorOptions {
  /** The `Retry-After` header of an HTTP error (seconds or an HTTP date), as sent. */
  readonly retryAfter?: string;
  /** Every source that failed, when the feed came from URLs. */
  readonly failedSources?: readonly FailedSource[];
}

/**
 * A feed that cannot be shown at all. `message` is for developers (English,
 * precise); the element shows a localized text chosen by `kind`.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  /** See `FeedErrorOptions.retryAfter`. */
  declare readonly retryAfter?: string;
  /** See `FeedErrorOptions.failedSources`. */
  declare readonly failedSources?: readonly FailedSource[];
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
    options?: FeedErrorOptions,
  ) {
    super(message);
    Object.assign(this, options);
  }
}

/**
 * A lazy chunk of the widget (the feed pipeline, XML, format detection, an
 * adapter, the merge): one that does not download is a `network` failure,
 * like the feed itself not downloading.
 */
export const lazyModule = <T>(load: Promise<T>, what: string): Promise<T> =>
  load.catch((error: unknown) => {
    throw new FeedError('network', `Could not load the widget's ${what} module: ${(error as Error).message}`);
  });

/**
 * Whether trying again may help: network errors, timeouts, HTTP 5xx and 429;
 * not other HTTP errors (404, 403, …) nor a body that is not a feed, which
 * would come back the same. An error of several sources may help when one
 * of them may. The retry policy (`retry.ts`) and the Retry button share it.
 */
export const isRetryable = (error: unknown): boolean =>
  error instanceof FeedError &&
  (error.failedSources ?? [error]).some(({ kind, status }) => isTransient(kind, status));
