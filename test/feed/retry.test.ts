import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { fetchText } from '../../src/feed/load.js';
import { RETRY_DEFAULTS, abortable, isRetryable, retryAfterMs, retryDelay, sleep, withRetry } from '../../src/feed/retry.js';
import { fakeTimers, jsonResponse, neverAnswers, rejection } from '../support/network.js';

const NOW = new Date('2026-03-15T12:00:00Z');
const http = (status: number, retryAfter?: string) =>
  new FeedError('http', `https://feeds.example/jobs answered HTTP ${status}`, status, { retryAfter });

/** A fetch answering each call with the next response of `script` (the last one repeats); counts calls. */
function scripted(...script: (() => Response | Promise<Response>)[]) {
  let calls = 0;
  const impl = (async () => script[Math.min(calls++, script.length - 1)]!()) as typeof fetch;
  return { impl, calls: () => calls };
}

describe('isRetryable', () => {
  it('network errors, timeouts, HTTP 5xx and 429: yes', () => {
    expect(isRetryable(new FeedError('network', 'x'))).to.equal(true);
    expect(isRetryable(new FeedError('timeout', 'x'))).to.equal(true);
    for (const status of [500, 502, 503, 504, 429]) expect(isRetryable(http(status)), String(status)).to.equal(true);
  });

  it('other HTTP errors, unreadable feeds, aborts and anything else: no', () => {
    for (const status of [400, 401, 403, 404, 410, 418]) expect(isRetryable(http(status)), String(status)).to.equal(false);
    expect(isRetryable(new FeedError('http', 'no status'))).to.equal(false);
    expect(isRetryable(new FeedError('parse', 'x'))).to.equal(false);
    expect(isRetryable(new FeedError('schema', 'x'))).to.equal(false);
    expect(isRetryable(new DOMException('aborted', 'AbortError'))).to.equal(false);
    expect(isRetryable(new TypeError('bug'))).to.equal(false);
  });

  it('several sources that all failed: yes when one of them may recover', () => {
    const source = (kind: FeedError['kind'], status?: number) => ({ url: 'https://a.example/', kind, status, message: 'm' });
    const all = (...failedSources: ReturnType<typeof source>[]) => new FeedError('http', 'x', 404, { failedSources });
    expect(isRetryable(all(source('http', 404), source('timeout')))).to.equal(true);
    expect(isRetryable(all(source('http', 404), source('http', 502)))).to.equal(true);
    expect(isRetryable(all(source('http', 404), source('parse'), source('schema')))).to.equal(false);
  });
});

describe('retryAfterMs', () => {
  it('reads delay-seconds', () => {
    expect(retryAfterMs('2', NOW)).to.equal(2000);
    expect(retryAfterMs(' 0 ', NOW)).to.equal(0);
  });

  it('reads an HTTP date against the injected now; a past date is 0', () => {
    expect(retryAfterMs('Sun, 15 Mar 2026 12:00:07 GMT', NOW)).to.equal(7000);
    expect(retryAfterMs('Sun, 15 Mar 2026 11:00:00 GMT', NOW)).to.equal(0);
  });

  it('ignores what is absent or unreadable', () => {
    for (const value of [undefined, null, '', '  ', '-1', '1.5', 'soon']) expect(retryAfterMs(value, NOW), String(value)).to.equal(undefined);
  });
});

describe('retryDelay', () => {
  it('doubles from 500 ms, scaled by a jitter factor in [0.5, 1)', () => {
    expect(retryDelay(http(503), 0, { random: () => 0 })).to.equal(250);
    expect(retryDelay(http(503), 0, { random: () => 0.5 })).to.equal(375);
    expect(retryDelay(http(503), 1, { random: () => 0 })).to.equal(500);
    expect(retryDelay(http(503), 1, { random: () => 0.999 })).to.be.closeTo(1000, 1);
    expect(retryDelay(http(503), 3, { random: () => 0.5, baseDelay: 100 })).to.equal(600);
  });

  it('follows Retry-After (seconds, or a date against the clock) instead, capped at 10 s', () => {
    expect(retryDelay(http(429, '2'), 0, { random: () => 0.9 })).to.equal(2000);
    expect(retryDelay(http(503, 'Sun, 15 Mar 2026 12:00:03 GMT'), 1, { clock: () => NOW })).to.equal(3000);
    expect(retryDelay(http(429, '3600'), 0)).to.equal(RETRY_DEFAULTS.maxDelay);
    expect(retryDelay(http(503), 20, { random: () => 0 })).to.equal(10_000);
    expect(retryDelay(http(503, '30'), 0, { maxDelay: 5000 })).to.equal(5000);
  });
});

describe('withRetry over fetchText', () => {
  const url = 'https://feeds.example/jobs';
  const feed = { version: 1, postings: [] };

  it('500, then 200: one retry after a backoff wait, and the answer', async () => {
    const timers = fakeTimers();
    const server = scripted(
      () => new Response('oops', { status: 500 }),
      () => jsonResponse(feed),
    );
    const result = await withRetry(() => fetchText(url, { fetch: server.impl }), timers);
    expect(JSON.parse(result.text)).to.deep.equal(feed);
    expect(server.calls()).to.equal(2);
    expect(timers.sleeps).to.deep.equal([375]);
  });

  it('429 with Retry-After: 2 waits 2000 ms', async () => {
    const timers = fakeTimers();
    const server = scripted(
      () => new Response('slow down', { status: 429, headers: { 'retry-after': '2' } }),
      () => jsonResponse(feed),
    );
    await withRetry(() => fetchText(url, { fetch: server.impl }), timers);
    expect(timers.sleeps).to.deep.equal([2000]);
  });

  it('404: no retry', async () => {
    const timers = fakeTimers();
    const server = scripted(() => new Response('gone', { status: 404 }));
    const error = (await rejection(withRetry(() => fetchText(url, { fetch: server.impl }), timers))) as FeedError;
    expect([error.kind, error.status, error.message]).to.deep.equal(['http', 404, `${url} answered HTTP 404`]);
    expect(server.calls()).to.equal(1);
    expect(timers.sleeps).to.deep.equal([]);
  });

  it('3 × 503: the error after 2 retries, saying how many attempts', async () => {
    const timers = fakeTimers();
    const server = scripted(() => new Response('down', { status: 503 }));
    const error = (await rejection(withRetry(() => fetchText(url, { fetch: server.impl }), timers))) as FeedError;
    expect([error.kind, error.status, error.message]).to.deep.equal(['http', 503, `${url} answered HTTP 503 (3 attempts)`]);
    expect(server.calls()).to.equal(3);
    expect(timers.sleeps).to.deep.equal([375, 750]);
  });

  it('timeouts are retried too', async () => {
    const timers = fakeTimers();
    let calls = 0;
    const error = (await rejection(
      withRetry(
        () =>
          fetchText(url, {
            timeout: 15_000,
            wait: timers.timeout,
            fetch: (_, init) => {
              calls += 1;
              return neverAnswers(init, () => timers.expire());
            },
          }),
        { ...timers, retries: 1 },
      ),
    )) as FeedError;
    expect([error.kind, error.message]).to.deep.equal(['timeout', `${url} did not answer within 15 s (2 attempts)`]);
    expect(calls).to.equal(2);
    expect(timers.timeouts).to.deep.equal([15_000, 15_000]);
  });

  it('an abort during the wait stops at once, with the abort reason and no further attempt', async () => {
    let waiting!: () => void;
    const began = new Promise<void>((resolve) => (waiting = resolve));
    // A wait that would never end, and ignores the signal.
    const never = (): Promise<void> => {
      waiting();
      return new Promise<void>(() => undefined);
    };
    const controller = new AbortController();
    const server = scripted(() => new Response('down', { status: 503 }));
    const pending = withRetry(() => fetchText(url, { fetch: server.impl }), { sleep: never, signal: controller.signal });
    await began;
    const reason = new DOMException('superseded', 'AbortError');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    expect(server.calls()).to.equal(1);
  });

  it('an aborted signal: no attempt at all', async () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const error = (await rejection(withRetry(async () => (calls += 1), { signal: controller.signal }))) as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(calls).to.equal(0);
  });

  it('an error that is not a FeedError passes through unchanged', async () => {
    const bug = new TypeError('bug');
    expect(await rejection(withRetry(() => Promise.reject(bug)))).to.equal(bug);
  });
});

describe('sleep and abortable', () => {
  it('sleep resolves after its time, and rejects at once on abort', async () => {
    await sleep(0);
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    expect(((await rejection(pending)) as Error).message).to.equal('stop');
    const aborted = AbortSignal.abort(new Error('already'));
    expect(((await rejection(sleep(60_000, aborted))) as Error).message).to.equal('already');
  });

  it('abortable: the value, the error, or the abort reason first; a late rejection is handled', async () => {
    expect(await abortable(Promise.resolve(1))).to.equal(1);
    expect(await abortable(Promise.resolve(2), new AbortController().signal)).to.equal(2);
    const failure = new Error('failed');
    expect(await rejection(abortable(Promise.reject(failure), new AbortController().signal))).to.equal(failure);
    let rejectLate!: (error: Error) => void;
    const late = new Promise<never>((_, reject) => (rejectLate = reject));
    const controller = new AbortController();
    const pending = abortable(late, controller.signal);
    controller.abort(new Error('aborted'));
    expect(((await rejection(pending)) as Error).message).to.equal('aborted');
    rejectLate(new Error('too late')); // handled inside abortable: mocha would report an unhandled rejection
    expect(((await rejection(abortable(late, AbortSignal.abort(new Error('before'))))) as Error).message).to.equal('before');
  });
});
