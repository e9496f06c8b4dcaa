/**
 * When a feed request is tried again, and how long to wait first. Transient
 * failures are retried: network errors, timeouts, HTTP 5xx and 429; other
 * HTTP errors, unreadable bodies and aborts are not. Waits grow exponentially
 * with jitter, or follow the server's `Retry-After`, capped.
 *
 * Pure but for the defaults: the waits (`sleep`), the jitter (`random`) and
 * "now" (`clock`, for `Retry-After` dates) are injected, so tests never wait.
 * A lazy chunk: `loadSources` imports it after a first failure only.
 */
import { FeedError, isRetryable } from './errors.js';
import { systemClock, type Clock } from '../model/clock.js';
import type { Sleep } from './load.js';

export type { Sleep } from './load.js';
export { isRetryable };

export interface RetryOptions {
  /** Attempts after the first one; default 2. */
  readonly retries?: number;
  /** The first wait before jitter, in ms (default 500); it doubles with each retry. */
  readonly baseDelay?: number;
  /** The longest wait in ms, `Retry-After` included (default 10 000). */
  readonly maxDelay?: number;
  /** How to wait; `setTimeout` by default. */
  readonly sleep?: Sleep;
  /** A number in [0, 1) for the jitter; `Math.random` by default. */
  readonly random?: () => number;
  /** "Now", for a `Retry-After` given as an HTTP date; the system clock by default. */
  readonly clock?: Clock;
}

export const RETRY_DEFAULTS = { retries: 2, baseDelay: 500, maxDelay: 10_000 } as const;

/** `setTimeout` as a promise that an abort cuts short. */
export const sleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * `promise`, or a rejection with `signal.reason` as soon as `signal` aborts,
 * whichever comes first: for work that may ignore the signal (a stalled
 * body, an injected fetch or sleep). A later rejection of `promise` is
 * handled, never reported as unhandled.
 */
export function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A `Retry-After` header in ms from `now`: delay-seconds (`120`) or an HTTP
 * date (`Wed, 21 Oct 2026 07:28:00 GMT`; a past date is 0). `undefined` when
 * absent or unreadable.
 */
export function retryAfterMs(value: string | null | undefined, now: Date): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined; // "-1", "1.5": neither seconds nor a date
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * How long to wait before retry number `retry` (0 for the first): the
 * error's `Retry-After` when it has one, else `baseDelay · 2^retry` scaled by
 * a random factor in [0.5, 1); never more than `maxDelay`.
 */
export function retryDelay(error: unknown, retry: number, options: RetryOptions = {}): number {
  const base = options.baseDelay ?? RETRY_DEFAULTS.baseDelay;
  const max = options.maxDelay ?? RETRY_DEFAULTS.maxDelay;
  const fromServer =
    error instanceof FeedError ? retryAfterMs(error.retryAfter, (options.clock ?? systemClock)()) : undefined;
  const backoff = base * 2 ** retry * (0.5 + (options.random ?? Math.random)() / 2);
  return Math.min(max, Math.max(0, fromServer ?? backoff));
}

/**
 * Runs `attempt` (given its 0-based number) until it succeeds, fails for
 * good (an error `isRetryable` refuses), or has been retried `retries`
 * times; between attempts it waits `retryDelay`. A `FeedError` that failed
 * more than once says so ("… (3 attempts)"). An abort of `signal`, even
 * during a wait, rejects at once with its reason.
 */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryOptions & { readonly signal?: AbortSignal } = {},
): Promise<T> {
  const { signal } = options;
  const retries = options.retries ?? RETRY_DEFAULTS.retries;
  for (let n = 0; ; n++) {
    signal?.throwIfAborted();
    try {
      return await attempt(n);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (n >= retries || !isRetryable(error)) {
        if (n === 0 || !(error instanceof FeedError)) throw error;
        throw new FeedError(error.kind, `${error.message} (${n + 1} attempts)`, error.status, { retryAfter: error.retryAfter });
      }
      await abortable((options.sleep ?? sleep)(retryDelay(error, n, options), signal), signal);
    }
  }
}
