/**
 * The saved copies of feed bodies (src/feed/cache.ts) on a storage the test
 * controls, and how the pipeline uses them: the request never waits for
 * them, a failed source falls back to its copy, a good feed is saved, and
 * the copies give a feed to show before the network answers.
 */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { CACHE_VERSION, FeedCache, MAX_SAVED_LENGTH, cacheKey, openCache, parseCacheTtl } from '../../src/feed/cache.js';
import { loadFeed, savedCopies, type FeedRequest, type LoadedFeed } from '../../src/feed/pipeline.js';
import { CACHE_PREFIX, hasSavedCopies } from '../../src/feed/cache-key.js';
import { loadSources, type NativeResult } from '../../src/feed/sources.js';
import type { FetchedText } from '../../src/feed/load.js';
import { fakeTimers, jsonResponse, rejection } from '../support/network.js';

const NOW = new Date('2026-03-15T12:00:00Z');
const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
const URL_A = 'https://feeds.example/a.json';
const URL_B = 'https://feeds.example/b.json';

/** A `Storage` in memory whose every method can be made to throw, with a quota in UTF-16 code units. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  /** Thrown by the next `getItem` / `setItem` / `removeItem` calls while set. */
  failGet?: Error;
  failSet?: Error;
  failRemove?: Error;
  quota = Infinity;

  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    if (this.failGet) throw this.failGet;
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw this.failSet;
    let used = 0;
    for (const [k, v] of this.items) if (k !== key) used += k.length + v.length;
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    if (this.failRemove) throw this.failRemove;
    this.items.delete(key);
  }
}

const row = (id: string) => ({ id, title: `Job ${id}`, language: 'en', url: `https://jobs.example/${id}`, locations: [{ country: 'DE' }], datePosted: '2026-03-01' });
const feedText = (...ids: string[]) => JSON.stringify({ version: 1, postings: ids.map(row) });
const body = (text: string, contentType: string | null = 'application/json'): FetchedText => ({ text, contentType });
const later = (ms: number) => new Date(NOW.getTime() + ms);
/**
 * One task later. Reading copies of a careers feed takes microtasks only (no
 * chunk to load, no request), so by then such a read has run to its end.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A cache on `storage` as of `now`, with `ttl` seconds. */
const cacheOn = (storage: MemoryStorage, now = NOW, ttl: unknown = undefined) => new FeedCache(now, ttl, () => storage);

/** What is stored under `url`'s key, parsed. */
const stored = (storage: MemoryStorage, url: string) => {
  const text = storage.items.get(cacheKey(url));
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
};

describe('parseCacheTtl', () => {
  it('reads seconds (fractions allowed) as milliseconds', () => {
    expect(parseCacheTtl(60)).to.equal(60_000);
    expect(parseCacheTtl('3600')).to.equal(3_600_000);
    expect(parseCacheTtl('0.5')).to.equal(500);
  });

  it('anything else is 7 days', () => {
    for (const value of [undefined, null, '', 0, -5, 'soon', Number.NaN, Infinity, '1e400']) {
      expect(parseCacheTtl(value), String(value)).to.equal(7 * DAY);
    }
  });
});

describe('FeedCache', () => {
  it('keys are versioned and name the URL', () => {
    expect(CACHE_VERSION).to.equal(1);
    expect(cacheKey(URL_A)).to.equal(`careers-widget:feed:v1:${URL_A}`);
  });

  it('saves a body with its content type and the time, and reads it back', () => {
    const storage = new MemoryStorage();
    const cache = cacheOn(storage);
    expect(cache.get(URL_A)).to.equal(undefined);
    cache.save([[URL_A, body(feedText('a1'), 'application/json; charset=utf-8')]]);
    expect(stored(storage, URL_A)).to.deep.equal({
      v: 1,
      url: URL_A,
      savedAt: NOW.getTime(),
      type: 'application/json; charset=utf-8',
      body: feedText('a1'),
    });
    expect(cacheOn(storage, later(SECOND)).get(URL_A)).to.deep.equal({
      text: feedText('a1'),
      contentType: 'application/json; charset=utf-8',
      savedAt: NOW.getTime(),
    });
    expect(cache.get(URL_B)).to.equal(undefined);
  });

  it('a new body replaces the copy before; a null content type is kept as null', () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(feedText('old'))]]);
    cacheOn(storage, later(DAY)).save([[URL_A, body(feedText('new'), null)]]);
    expect(storage.length).to.equal(1);
    expect(cacheOn(storage, later(DAY)).get(URL_A)).to.deep.equal({ text: feedText('new'), contentType: null, savedAt: later(DAY).getTime() });
  });

  describe('the TTL, by the injected now', () => {
    const saved = () => {
      const storage = new MemoryStorage();
      cacheOn(storage).save([[URL_A, body(feedText('a1'))]]);
      return storage;
    };

    it('default 7 days: a copy one millisecond younger is read; one exactly 7 days old is not, and is removed', () => {
      const storage = saved();
      expect(cacheOn(storage, later(7 * DAY - 1)).get(URL_A)?.text).to.equal(feedText('a1'));
      expect(cacheOn(storage, later(7 * DAY)).get(URL_A)).to.equal(undefined);
      expect(storage.length, 'the expired copy is gone').to.equal(0);
    });

    it('cache-ttl 60: 59.999 s is fresh enough, 60 s is not', () => {
      const storage = saved();
      expect(cacheOn(storage, later(60 * SECOND - 1), 60).get(URL_A)?.savedAt).to.equal(NOW.getTime());
      expect(cacheOn(storage, later(60 * SECOND), '60').get(URL_A)).to.equal(undefined);
    });

    it('a copy of age 0 is read; one saved after "now" (a clock set back) is not, and stays', () => {
      const storage = saved();
      expect(cacheOn(storage, NOW).get(URL_A)).to.not.equal(undefined);
      expect(cacheOn(storage, later(-1)).get(URL_A)).to.equal(undefined);
      expect(storage.length).to.equal(1);
    });
  });

  describe('what is under the key is not trusted', () => {
    const valid = () => ({ v: 1, url: URL_A, savedAt: NOW.getTime(), type: 'application/json', body: feedText('a1') });
    const cases: [string, string][] = [
      ['not JSON', '{"v":1,"url":'],
      ['JSON null', 'null'],
      ['a string', '"careers"'],
      ['an array', JSON.stringify([valid()])],
      ['another shape', JSON.stringify({ jobs: [] })],
      ['another version', JSON.stringify({ ...valid(), v: 2 })],
      ['another URL', JSON.stringify({ ...valid(), url: URL_B })],
      ['a body that is no string', JSON.stringify({ ...valid(), body: { version: 1, postings: [] } })],
      ['a content type that is no string', JSON.stringify({ ...valid(), type: 1 })],
      ['a date as text', JSON.stringify({ ...valid(), savedAt: NOW.toISOString() })],
      ['__proto__ keys', `{"__proto__": ${JSON.stringify(valid())}}`],
    ];
    for (const [name, value] of cases) {
      it(`${name}: no copy, and the value is left alone`, () => {
        const storage = new MemoryStorage();
        storage.items.set(cacheKey(URL_A), value);
        expect(cacheOn(storage).get(URL_A)).to.equal(undefined);
        expect(storage.items.get(cacheKey(URL_A))).to.equal(value);
      });
    }

    it('a copy under an older version key is never read', () => {
      const storage = new MemoryStorage();
      storage.items.set(`careers-widget:feed:v0:${URL_A}`, JSON.stringify({ ...valid(), v: 0 }));
      expect(cacheOn(storage).get(URL_A)).to.equal(undefined);
    });
  });

  describe('storage that fails is no storage', () => {
    it('localStorage that throws on access (sandboxed iframe, storage disabled): no copy, nothing thrown', () => {
      const cache = new FeedCache(NOW, undefined, () => {
        throw new DOMException('The document is sandboxed and lacks the "allow-same-origin" flag.', 'SecurityError');
      });
      expect(cache.get(URL_A)).to.equal(undefined);
      expect(() => cache.save([[URL_A, body(feedText('a1'))]])).to.not.throw();
    });

    it('getItem that throws: no copy', () => {
      const storage = new MemoryStorage();
      cacheOn(storage).save([[URL_A, body(feedText('a1'))]]);
      storage.failGet = new DOMException('denied', 'SecurityError');
      expect(cacheOn(storage).get(URL_A)).to.equal(undefined);
    });

    it('setItem that throws: nothing saved, nothing thrown', () => {
      const storage = new MemoryStorage();
      storage.failSet = new Error('storage is broken');
      expect(() => cacheOn(storage).save([[URL_A, body(feedText('a1'))], [URL_B, body(feedText('b1'))]])).to.not.throw();
      expect(storage.length).to.equal(0);
    });

    it('removeItem that throws: the storage is not used at all', () => {
      const storage = new MemoryStorage();
      storage.failRemove = new DOMException('denied', 'SecurityError');
      cacheOn(storage).save([[URL_A, body(feedText('a1'))]]);
      expect(storage.length).to.equal(0);
    });

    it('quota exceeded: that body is skipped, the old copy of its URL is gone, the next body is still saved', () => {
      const storage = new MemoryStorage();
      cacheOn(storage).save([[URL_A, body(feedText('a-old'))]]);
      storage.quota = 2_000;
      cacheOn(storage).save([
        [URL_A, body(`${feedText('a-new')}${' '.repeat(3_000)}`)],
        [URL_B, body(feedText('b1'))],
      ]);
      expect(storage.items.has(cacheKey(URL_A))).to.equal(false);
      expect(cacheOn(storage).get(URL_B)?.text).to.equal(feedText('b1'));
    });

    it(`a body longer than ${MAX_SAVED_LENGTH} code units is not saved, and the old copy goes`, () => {
      const storage = new MemoryStorage();
      cacheOn(storage).save([[URL_A, body(feedText('a-old'))]]);
      const large = `${feedText('a-new')}${' '.repeat(MAX_SAVED_LENGTH)}`;
      cacheOn(storage).save([[URL_A, body(large)]]);
      expect(storage.length).to.equal(0);
      const fits = ' '.repeat(MAX_SAVED_LENGTH);
      cacheOn(storage).save([[URL_A, body(fits)]]);
      expect(cacheOn(storage).get(URL_A)?.text).to.have.length(MAX_SAVED_LENGTH);
    });
  });

  describe('fallback', () => {
    const result = (feed: unknown): NativeResult => ({ feed, format: 'careers', unresolvedLocations: [] });
    const failure = new FeedError('http', `${URL_A} answered HTTP 503 (3 attempts)`, 503);
    let warnings: unknown[][];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
    });
    afterEach(() => {
      console.warn = warn;
    });

    it('a failed source with a copy: the copy, read, with why and since when', async () => {
      const storage = new MemoryStorage();
      cacheOn(storage).save([[URL_A, body(feedText('a1'))]]);
      const read = async (saved: FetchedText) => result(JSON.parse(saved.text));
      const answer = await cacheOn(storage, later(DAY)).fallback(URL_A, failure, read);
      expect(answer.feed).to.deep.equal(JSON.parse(feedText('a1')));
      expect(answer.cached).to.deep.equal({
        url: URL_A,
        kind: 'http',
        status: 503,
        message: failure.message,
        savedAt: NOW.toISOString(),
      });
      expect(warnings.map((w) => String(w[0]))).to.deep.equal([
        `careers-widget: ${failure.message}; showing the copy saved at ${NOW.toISOString()} instead.`,
      ]);
    });

    it('no status: none in `cached`', async () => {
      const storage = new MemoryStorage();
      cacheOn(storage).save([[URL_A, body(feedText('a1'))]]);
      const answer = await cacheOn(storage).fallback(URL_A, new FeedError('network', 'offline'), async () => result({}));
      expect(answer.cached).to.deep.equal({ url: URL_A, kind: 'network', message: 'offline', savedAt: NOW.toISOString() });
    });

    it('without a copy, with a copy that cannot be read, or for an abort: the error stands', async () => {
      const storage = new MemoryStorage();
      const read = async () => result({});
      expect(await rejection(cacheOn(storage).fallback(URL_A, failure, read))).to.equal(failure);
      cacheOn(storage).save([[URL_A, body('<html>login</html>', 'text/html')]]);
      const unreadable = async () => {
        throw new FeedError('parse', 'an HTML page');
      };
      expect(await rejection(cacheOn(storage).fallback(URL_A, failure, unreadable))).to.equal(failure);
      const abort = new DOMException('superseded', 'AbortError');
      expect(await rejection(cacheOn(storage).fallback(URL_A, abort, read))).to.equal(abort);
      expect(warnings).to.deep.equal([]);
    });
  });

  it('read: a `through` hook that answers from the copies and never fetches', async () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(feedText('a1', 'a2'))]]);
    const fetch = () => Promise.reject(new Error('no request expected'));
    const loaded = await loadSources([URL_A, URL_B], { format: 'auto', through: cacheOn(storage).read, fetch });
    expect((loaded.feed as { postings: { id: string }[] }).postings.map((p) => p.id)).to.deep.equal(['a1', 'a2']);
    expect(loaded.failedSources.map((f) => [f.url, f.kind, f.message])).to.deep.equal([[URL_B, 'network', `${URL_B}: no saved copy`]]);
    expect(loaded.fromCache).to.deep.equal([]);
  });

  it('openCache opens one on localStorage', () => {
    const cache = openCache(NOW, 60);
    expect(cache).to.be.instanceOf(FeedCache);
    localStorage.removeItem(cacheKey(URL_A));
    cache.save([[URL_A, body(feedText('a1'))]]);
    expect(cache.get(URL_A)?.text).to.equal(feedText('a1'));
    localStorage.removeItem(cacheKey(URL_A));
  });
});

describe('FeedCache.keep', () => {
  const result = (feed: unknown): NativeResult => ({ feed, format: 'careers', unresolvedLocations: [] });

  it('saves a body that reads as a v1 feed, invalid rows and all', () => {
    const storage = new MemoryStorage();
    const text = JSON.stringify({ version: 1, postings: [{ id: 'no title' }] });
    cacheOn(storage).keep(URL_A, body(text), result(JSON.parse(text)));
    expect(cacheOn(storage).get(URL_A)?.text).to.equal(text);
  });

  it('does not save, nor replace a copy with, a body that reads as something the validation refuses', () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(feedText('good'))]]);
    for (const feed of [{ version: 2, postings: [] }, { version: 1, postings: {} }, { version: 1 }, [], 'text', null]) {
      cacheOn(storage, later(SECOND)).keep(URL_A, body(JSON.stringify(feed)), result(feed));
    }
    expect(cacheOn(storage, later(SECOND)).get(URL_A)).to.deep.equal({ text: feedText('good'), contentType: 'application/json', savedAt: NOW.getTime() });
  });
});

describe('loadSources: the through hook', () => {
  it('by default each source is fetched and read', async () => {
    const fetch = (async () => jsonResponse(JSON.parse(feedText('a1')))) as typeof window.fetch;
    const loaded = await loadSources([URL_A], { format: 'auto', fetch });
    expect(loaded.fromCache).to.deep.equal([]);
  });

  it('gets the resolved URL, the request and the reader; what it answers is the source, and `cached` lists it', async () => {
    const calls: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => jsonResponse(JSON.parse(feedText(String(input).endsWith('a.json') ? 'a1' : 'b1')))) as typeof window.fetch;
    const cached = { url: URL_B, kind: 'network' as const, message: 'offline', savedAt: NOW.toISOString() };
    const loaded = await loadSources(['a.json', 'b.json'], {
      format: 'auto',
      fetch,
      baseUrl: 'https://feeds.example/',
      through: async (url, request, read) => {
        calls.push(url);
        const result = await read(await request());
        return url === URL_B ? { ...result, cached } : result;
      },
    });
    expect(calls).to.deep.equal([URL_A, URL_B]);
    expect((loaded.feed as { postings: { id: string }[] }).postings.map((p) => p.id)).to.deep.equal(['a1', 'b1']);
    expect(loaded.fromCache).to.deep.equal([cached]);
  });
});

describe('loadFeed with saved copies', () => {
  const realFetch = window.fetch;
  let requests: string[];
  let warnings: unknown[][];
  const warn = console.warn;
  const stub = (impl: (url: string) => Promise<Response>) => {
    window.fetch = (input) => {
      requests.push(String(input));
      return impl(String(input));
    };
  };
  beforeEach(() => {
    requests = [];
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.warn = warn;
  });

  const request = (cache: Promise<FeedCache | undefined> | undefined, extra: Partial<FeedRequest> = {}): FeedRequest => ({
    urls: [URL_A],
    format: 'auto',
    language: 'en',
    now: NOW,
    timers: fakeTimers(),
    // Copies there may be: opened at once, as for a returning visitor.
    cache: cache && { any: true, open: () => cache },
    ...extra,
  });
  const ids = (loaded: LoadedFeed | null) => loaded!.postings.map((p) => p.id);
  const offline = async (): Promise<Response> => {
    throw new TypeError('Failed to fetch');
  };

  it('a feed from the network is saved; the request did not wait for the copies', async () => {
    const storage = new MemoryStorage();
    stub(async () => jsonResponse(JSON.parse(feedText('a1'))));
    let open!: (cache: FeedCache) => void;
    const cache = new Promise<FeedCache>((resolve) => (open = resolve));
    const loaded = await loadFeed(request(cache), new AbortController().signal);
    expect(ids(loaded)).to.deep.equal(['a1']);
    expect(loaded!.fromCache).to.deep.equal([]);
    expect(storage.length, 'not saved while the copies are not there').to.equal(0);
    open(cacheOn(storage));
    await cache;
    expect(stored(storage, URL_A)?.['body']).to.equal(feedText('a1'));
  });

  it('copies that never come do not hold up a feed that loads', async () => {
    stub(async () => jsonResponse(JSON.parse(feedText('a1'))));
    const loaded = await loadFeed(request(new Promise(() => undefined)), new AbortController().signal);
    expect(ids(loaded)).to.deep.equal(['a1']);
  });

  it('a feed that does not validate is not saved', async () => {
    const storage = new MemoryStorage();
    const cache = Promise.resolve(cacheOn(storage));
    stub(async () => jsonResponse({ version: 1, postings: 'none' }));
    const error = await rejection(loadFeed(request(cache, { format: 'careers' }), new AbortController().signal));
    expect((error as FeedError).kind).to.equal('schema');
    await cache;
    expect(storage.length).to.equal(0);
  });

  it('a source that fails is read from its copy; the other is fresh and saved, the copy is not saved again', async () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([
      [URL_A, body(feedText('a-old'))],
      [URL_B, body(feedText('b-old'))],
    ]);
    stub(async (url) => (url === URL_A ? jsonResponse(JSON.parse(feedText('a-new'))) : offline()));
    const cache = Promise.resolve(cacheOn(storage, later(DAY)));
    const loaded = await loadFeed(request(cache, { urls: [URL_A, URL_B] }), new AbortController().signal);
    expect(ids(loaded)).to.deep.equal(['a-new', 'b-old']);
    expect(loaded!.failedSources).to.deep.equal([]);
    expect(loaded!.fromCache).to.deep.equal([
      { url: URL_B, kind: 'network', message: `Could not reach ${URL_B}: Failed to fetch (3 attempts)`, savedAt: NOW.toISOString() },
    ]);
    await cache;
    expect(stored(storage, URL_A)).to.include({ savedAt: later(DAY).getTime(), body: feedText('a-new') });
    expect(stored(storage, URL_B)).to.include({ savedAt: NOW.getTime(), body: feedText('b-old') });
    expect(warnings.map((w) => String(w[0]))).to.deep.equal([
      `careers-widget: Could not reach ${URL_B}: Failed to fetch (3 attempts); showing the copy saved at ${NOW.toISOString()} instead.`,
    ]);
  });

  it('a body that is not a feed (a login page answering 200) falls back to the copy too', async () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(feedText('a1'))]]);
    stub(async () => new Response('<!doctype html><title>Sign in to the Wi-Fi</title>', { headers: { 'content-type': 'text/html' } }));
    const loaded = await loadFeed(request(Promise.resolve(cacheOn(storage))), new AbortController().signal);
    expect(ids(loaded)).to.deep.equal(['a1']);
    expect(loaded!.fromCache.map((s) => [s.kind, s.message])).to.deep.equal([['parse', `${URL_A} is an HTML page, not a feed`]]);
    await nextTask();
    expect(stored(storage, URL_A)?.['body'], 'the login page is not saved over the copy').to.equal(feedText('a1'));
  });

  it('every source failing without a copy: the usual error', async () => {
    stub(offline);
    const error = await rejection(loadFeed(request(Promise.resolve(cacheOn(new MemoryStorage()))), new AbortController().signal));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).message).to.equal(`Could not reach ${URL_A}: Failed to fetch (3 attempts)`);
  });

  it('no copies (cache resolving to undefined): a failure stands', async () => {
    stub(offline);
    const error = await rejection(loadFeed(request(Promise.resolve(undefined)), new AbortController().signal));
    expect((error as FeedError).kind).to.equal('network');
  });

  it('onCached: the feed of the copies, quietly, while the request is pending; then the network’s', async () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(JSON.stringify({ version: 1, postings: [row('a-old'), { id: 'bad' }] }))]]);
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    stub(async () => {
      await answered;
      return jsonResponse({ version: 1, postings: [row('a-new'), { id: 'bad' }] });
    });
    let shown!: (feed: LoadedFeed) => void;
    const cachedFeed = new Promise<LoadedFeed>((resolve) => (shown = resolve));
    const loading = loadFeed(request(Promise.resolve(cacheOn(storage)), { onCached: shown }), new AbortController().signal);
    const early = await cachedFeed;
    expect(early.postings.map((p) => p.id)).to.deep.equal(['a-old']);
    expect(early.fromCache).to.deep.equal([]);
    expect(warnings, 'the copy’s skipped row is not reported').to.deep.equal([]);
    answer();
    expect(ids(await loading)).to.deep.equal(['a-new']);
    expect(warnings.map((w) => String(w[0])), 'the network’s is').to.have.length(1);
  });

  it('onCached is not called once the network answered', async () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(feedText('a-old'))]]);
    stub(async () => jsonResponse(JSON.parse(feedText('a-new'))));
    const calls: LoadedFeed[] = [];
    let open!: (cache: FeedCache) => void;
    const cache = new Promise<FeedCache>((resolve) => (open = resolve));
    const loaded = await loadFeed(request(cache, { onCached: (feed) => calls.push(feed) }), new AbortController().signal);
    expect(ids(loaded)).to.deep.equal(['a-new']);
    const reads: string[] = [];
    const late = cacheOn(storage);
    const readCopy = late.read;
    Object.defineProperty(late, 'read', { value: (...args: Parameters<typeof readCopy>) => (reads.push(args[0]), readCopy(...args)) });
    open(late);
    await nextTask();
    expect(reads, 'the copies were read').to.deep.equal([URL_A]);
    expect(calls, 'but after the network answered: not shown').to.deep.equal([]);
  });

  it('onCached is not called for copies with no posting to show', async () => {
    const calls: LoadedFeed[] = [];
    const empty = new MemoryStorage();
    cacheOn(empty).save([[URL_A, body(feedText())]]);
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    stub(async () => {
      await answered;
      return jsonResponse(JSON.parse(feedText('a-new')));
    });
    const reads: string[] = [];
    const copies = cacheOn(empty);
    const readCopy = copies.read;
    Object.defineProperty(copies, 'read', { value: (...args: Parameters<typeof readCopy>) => (reads.push(args[0]), readCopy(...args)) });
    const loading = loadFeed(request(Promise.resolve(copies), { onCached: (feed) => calls.push(feed) }), new AbortController().signal);
    await nextTask();
    expect(reads, 'the copy was read').to.deep.equal([URL_A]);
    expect(calls).to.deep.equal([]);
    answer();
    expect(ids(await loading)).to.deep.equal(['a-new']);
    expect(calls).to.deep.equal([]);
  });

  it('an abort: its reason, and no onCached', async () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(feedText('a-old'))]]);
    const controller = new AbortController();
    stub(
      () =>
        new Promise<Response>((_, reject) => {
          controller.signal.addEventListener('abort', () => reject(controller.signal.reason));
        }),
    );
    const calls: LoadedFeed[] = [];
    const loading = loadFeed(request(Promise.resolve(cacheOn(storage)), { onCached: (feed) => calls.push(feed) }), controller.signal);
    const reason = new DOMException('superseded', 'AbortError');
    controller.abort(reason);
    expect(await rejection(loading)).to.equal(reason);
    expect(calls).to.deep.equal([]);
  });

  it('the `feed` property and inline feeds never touch the copies', async () => {
    const storage = new MemoryStorage();
    storage.failGet = storage.failSet = storage.failRemove = new Error('storage must not be used');
    const cache = Promise.resolve(cacheOn(storage));
    const fromFeed = await loadFeed(request(cache, { urls: undefined, feed: JSON.parse(feedText('p1')) }), new AbortController().signal);
    expect(ids(fromFeed)).to.deep.equal(['p1']);
    const fromInline = await loadFeed(request(cache, { urls: [], inline: feedText('i1') }), new AbortController().signal);
    expect(ids(fromInline)).to.deep.equal(['i1']);
    expect(requests).to.deep.equal([]);
  });
});

describe('savedCopies: the chunk loads before the first card only for a visitor with a copy', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });
  const request = (extra: Partial<FeedRequest>): FeedRequest => ({
    urls: [URL_A],
    format: 'auto',
    language: 'en',
    now: NOW,
    timers: fakeTimers(),
    ...extra,
  });

  it('hasSavedCopies: any key of this version, of any URL; none in other keys or unavailable storage', () => {
    const storage = new MemoryStorage();
    expect(hasSavedCopies(() => storage)).to.equal(false);
    storage.setItem('careers-widget:feed:v0:https://feeds.example/a.json', '{}');
    storage.setItem('other-app', '1');
    expect(hasSavedCopies(() => storage), 'another version, another script').to.equal(false);
    storage.setItem(cacheKey(URL_B), '{}');
    expect(cacheKey(URL_B).startsWith(CACHE_PREFIX)).to.equal(true);
    expect(hasSavedCopies(() => storage)).to.equal(true);
    expect(
      hasSavedCopies(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    ).to.equal(false);
  });

  it('no copy: not opened while the feed loads; opened after, to save it; once', async () => {
    const storage = new MemoryStorage();
    const copies = savedCopies(NOW, undefined, () => storage);
    expect(copies.any).to.equal(false);
    let opens = 0;
    const open = copies.open;
    let openedBeforeAnswer = -1;
    window.fetch = async () => {
      openedBeforeAnswer = opens;
      return jsonResponse(JSON.parse(feedText('a1')));
    };
    const loaded = await loadFeed(request({ cache: { any: copies.any, open: () => (opens++, open()) } }), new AbortController().signal);
    expect(ids(loaded)).to.deep.equal(['a1']);
    expect(openedBeforeAnswer, 'not opened before the network answered').to.equal(0);
    expect(opens).to.equal(1);
    expect(await open(), 'the same copies each call').to.equal(await open());
    expect(stored(storage, URL_A)?.['body']).to.equal(feedText('a1'));
  });

  it('no copy and a failure: the error stands, the chunk is not loaded for it', async () => {
    let opens = 0;
    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const error = await rejection(
      loadFeed(request({ cache: { any: false, open: () => (opens++, Promise.resolve(undefined)) } }), new AbortController().signal),
    );
    expect((error as FeedError).kind).to.equal('network');
    expect(opens).to.equal(0);
  });

  it('a returning visitor: opened at once, and the copy stands in for a failed source', async () => {
    const storage = new MemoryStorage();
    cacheOn(storage).save([[URL_A, body(feedText('a-old'))]]);
    const copies = savedCopies(later(DAY), undefined, () => storage);
    expect(copies.any).to.equal(true);
    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    const loaded = await loadFeed(request({ now: later(DAY), cache: copies }), new AbortController().signal);
    expect(ids(loaded)).to.deep.equal(['a-old']);
    expect(loaded!.fromCache.map((s) => s.url)).to.deep.equal([URL_A]);
  });
});

function ids(loaded: LoadedFeed | null): string[] {
  return loaded!.postings.map((p) => p.id);
}
