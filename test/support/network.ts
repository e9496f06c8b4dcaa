/**
 * Stand-ins for a network that misbehaves, for the feed and element tests:
 * timers the test fires itself, servers that never answer or stall after
 * the headers, and a fetch answering from a script of responses. Like the
 * real `fetch`, every stub gives up when its request's signal aborts, so a
 * test waits for what it means (an event, a rejection), never for time.
 */
import type { FeedTimers } from '../../src/feed/pipeline.js';

export interface FakeTimers extends Required<Pick<FeedTimers, 'timeout' | 'sleep' | 'random'>> {
  /** The length of every request timeout started, in ms. */
  readonly timeouts: number[];
  /** The length of every retry wait, in ms. */
  readonly sleeps: number[];
  /** Fires every timeout started and not yet fired: "the time is up". */
  expire(): void;
  /** Timeouts started and not yet fired. */
  readonly pending: number;
}

/**
 * Timers for `loadSources`/`loadFeed`/the element's `timers`: a request
 * timeout fires only when the test (or a stub) calls `expire()`; a retry wait
 * is recorded and passes at once (or never, with `sleep: 'never'`); the
 * jitter is fixed at 0.5.
 */
export function fakeTimers(options: { sleep?: 'now' | 'never' } = {}): FakeTimers {
  const timeouts: number[] = [];
  const sleeps: number[] = [];
  let pending: (() => void)[] = [];
  return {
    timeouts,
    sleeps,
    timeout: (ms) => {
      timeouts.push(ms);
      return new Promise<void>((resolve) => pending.push(resolve));
    },
    sleep: (ms) => {
      sleeps.push(ms);
      return options.sleep === 'never' ? new Promise<void>(() => undefined) : Promise.resolve();
    },
    random: () => 0.5,
    expire() {
      const due = pending;
      pending = [];
      for (const fire of due) fire();
    },
    get pending() {
      return pending.length;
    },
  };
}

/** A fetch that never answers; `onCall` runs once it is waiting (a stub may call `timers.expire()` there). */
export function neverAnswers(init: RequestInit | undefined, onCall?: () => void): Promise<Response> {
  return new Promise<Response>((_, reject) => {
    const signal = init?.signal;
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    onCall?.();
  });
}

/**
 * A response whose headers arrive (200, `contentType`) and whose body sends
 * `head` and then nothing; `onStall` runs once the reader waits for more.
 * Aborting the request errors the body, as with the real `fetch`.
 */
export function stalledBody(
  init: RequestInit | undefined,
  head: string,
  onStall?: () => void,
  contentType = 'application/json',
): Response {
  const signal = init?.signal;
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
    },
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode(head));
        return;
      }
      onStall?.();
      return new Promise<void>(() => undefined); // the rest never comes
    },
  });
  return new Response(body, { headers: { 'content-type': contentType } });
}

/** A JSON response. */
export const jsonResponse = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

/** The bytes of `text` in ISO-8859-1 (every character must be below U+0100). */
export function latin1(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff) throw new Error(`"${c}" is not in ISO-8859-1`);
    return code;
  });
}

/** Awaits a promise that must reject and returns its reason; fails when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}
