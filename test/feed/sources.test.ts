import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import type { XmlNode } from '../../src/feed/adapters/types.js';
import type { HtmlParser } from '../../src/feed/adapters/html.js';
import { decodePayload, languageFromUrl, loadSources, toNativeFeed, unplacedOf } from '../../src/feed/sources.js';
import { lazyModule } from '../../src/feed/errors.js';
import { mergeFeeds, mergeFeedsTraced } from '../../src/feed/merge.js';
import { ATS_FIXTURES, expectFeedError, fixtureJson, fixtureText } from './adapters/support.js';
import { fakeTimers, latin1, neverAnswers, rejection } from '../support/network.js';

async function feedError(promise: Promise<unknown>, kind: FeedError['kind']): Promise<FeedError> {
  const error = await rejection(promise);
  expect(error).to.be.instanceOf(FeedError);
  expect((error as FeedError).kind).to.equal(kind);
  return error as FeedError;
}

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Job ${id}`,
  language: 'en',
  url: `https://jobs.example/${id}`,
  locations: [{ country: 'DE' }],
  datePosted: '2026-10-01',
  ...extra,
});
const native = (postings: unknown[], organization?: unknown) => ({
  version: 1,
  ...(organization ? { organization } : {}),
  postings,
});

const idsOf = (feed: unknown): string[] => (feed as { postings: { id: string }[] }).postings.map((p) => p.id);

describe('decodePayload', () => {
  it('parses JSON, with or without a content type and a BOM', async () => {
    expect(await decodePayload('{"a":1}', 'application/json')).to.deep.equal({ a: 1 });
    expect(await decodePayload('\uFEFF [1, 2]', null)).to.deep.equal([1, 2]);
  });

  it('reads XML when the content type says so, or the body starts with "<"', async () => {
    const parser = new DOMParser();
    const byType = (await decodePayload('<workzag-jobs><position><id>1</id></position></workzag-jobs>', 'text/xml; charset=utf-8', parser)) as XmlNode;
    expect(byType.name).to.equal('workzag-jobs');
    expect(byType.children.map((c) => c.name)).to.deep.equal(['position']);
    const bySniff = (await decodePayload('\n  <?xml version="1.0"?><workzag-jobs/>', 'application/octet-stream', parser)) as XmlNode;
    expect(bySniff.name).to.equal('workzag-jobs');
    const plusXml = (await decodePayload('<feed/>', 'application/atom+xml', parser)) as XmlNode;
    expect(plusXml.name).to.equal('feed');
  });

  it('throws a parse FeedError naming the source for malformed JSON', async () => {
    const error = await feedError(decodePayload('{"jobs": [', 'application/json', undefined, 'https://x.example/f'), 'parse');
    expect(error.message).to.contain('https://x.example/f');
    expect(error.message).to.contain('not valid JSON');
  });

  it('throws a parse FeedError for XML without a parser, and for malformed XML', async () => {
    expect((await feedError(decodePayload('<workzag-jobs/>', null), 'parse')).message).to.contain('XML');
    await feedError(decodePayload('<workzag-jobs><position></workzag-jobs>', 'application/xml', new DOMParser()), 'parse');
  });
});

describe('lazyModule', () => {
  it('passes a loaded module through, and turns a chunk that did not download into a network FeedError', async () => {
    const module = { x: 1 };
    expect(await lazyModule(Promise.resolve(module), 'XML')).to.equal(module);
    const error = await feedError(lazyModule(Promise.reject(new TypeError('Failed to fetch dynamically imported module: x.js')), 'XML'), 'network');
    expect(error.message).to.equal("Could not load the widget's XML module: Failed to fetch dynamically imported module: x.js");
  });
});

describe('toNativeFeed', () => {
  it('passes a careers feed through untouched', async () => {
    const feed = native([{ id: 'x' }]);
    const result = await toNativeFeed(feed, { format: 'careers' });
    expect(result.feed).to.equal(feed);
    expect(result.format).to.equal('careers');
    expect(result.unresolvedLocations).to.deep.equal([]);
    // Even when it is not valid: the native parser reports that later.
    const junk = { hello: 'world' };
    expect((await toNativeFeed(junk, { format: 'careers' })).feed).to.equal(junk);
  });

  it('auto: detects and adapts a Greenhouse board', async () => {
    const result = await toNativeFeed(await fixtureJson('greenhouse.json'), { format: 'auto', language: 'en' });
    expect(result.format).to.equal('greenhouse');
    const parsed = parseFeed(result.feed);
    expect(parsed.postings.length).to.be.greaterThan(0);
    expect(parsed.postings[0]!.id).to.equal('4801234005');
    // "Hybrid - London" is placed in GB by the places dataset (adapters/geo.ts).
    expect(result.unresolvedLocations).to.deep.equal([{ text: 'Remote', id: '4801239005' }]);
  });

  it('hands options.html to the adapter', async () => {
    const payload = await fixtureJson('lever.json');
    const seen: string[] = [];
    const html: HtmlParser = {
      parseFromString: (text, type) => {
        seen.push(text);
        return new DOMParser().parseFromString(text, type);
      },
    };
    const result = await toNativeFeed(payload, { format: 'lever', language: 'en', html });
    expect(seen.some((text) => text.includes('<li>')), 'the Lever lists went through the given parser').to.equal(true);
    expect(result.feed).to.deep.equal((await toNativeFeed(payload, { format: 'lever', language: 'en' })).feed);
  });

  it('auto: a native feed passes through', async () => {
    const feed = native([row('a')]);
    const result = await toNativeFeed(feed, { format: 'auto' });
    expect(result).to.deep.equal({ feed, format: 'careers', unresolvedLocations: [] });
  });

  it('a native feed: places without a country are named with their posting ids, never guessed at', async () => {
    const feed = {
      version: 1,
      postings: [
        { ...row('a'), locations: [{ city: 'London' }, { city: 'Berlin', country: 'DE' }, { city: 'Austin', region: 'TX' }, {}, 'odd'] },
        { ...row('b'), id: 7, locations: [{ region: 'EMEA' }] },
        { ...row('c'), locations: 'nowhere' },
        'not a row',
      ],
    };
    const result = await toNativeFeed(feed, { format: 'careers' });
    expect(result.feed).to.equal(feed);
    expect(result.unresolvedLocations).to.deep.equal([
      { text: 'London', id: 'a' },
      { text: 'Austin, TX', id: 'a' },
      { text: 'EMEA' }, // an id that is not a string is not repeated
    ]);
    expect(unplacedOf(null)).to.deep.equal([]);
    expect(unplacedOf({ postings: {} })).to.deep.equal([]);
  });

  it('auto: throws a schema FeedError listing the formats when nothing fits', async () => {
    const error = await feedError(toNativeFeed({ items: [] }, { format: 'auto' }), 'schema');
    expect(error.message).to.match(/^Unrecognised feed format/);
    expect(error.message).to.contain('greenhouse, lever, ashby, workable, recruitee, smartrecruiters, personio, jsonld, breezy, bamboohr');
  });

  it('an explicit format the payload is clearly not is a schema FeedError', async () => {
    const greenhouse = await fixtureJson('greenhouse.json');
    const error = await feedError(toNativeFeed(greenhouse, { format: 'lever' }), 'schema');
    expect(error.message).to.contain('looks like a greenhouse feed, not a lever feed');
    const xml: XmlNode = { name: 'workzag-jobs', attributes: {}, children: [], text: '' };
    expect((await feedError(toNativeFeed(xml, { format: 'greenhouse' }), 'schema')).message).to.contain('XML');
    expect((await feedError(toNativeFeed({ jobs: [] }, { format: 'personio' }), 'schema')).message).to.contain('not XML');
  });

  it('an empty board is accepted by every format its shape fits', async () => {
    for (const format of ['greenhouse', 'ashby', 'workable'] as const) {
      const result = await toNativeFeed({ jobs: [] }, { format });
      expect(result.format).to.equal(format);
      expect(parseFeed(result.feed).postings).to.deep.equal([]);
    }
    const auto = await toNativeFeed([], { format: 'auto' });
    expect(auto.format).to.equal('lever');
    expect(parseFeed(auto.feed).postings).to.deep.equal([]);
  });
});

describe('languageFromUrl', () => {
  it('reads `language`, else `lang`, canonicalized', () => {
    expect(languageFromUrl('https://acme.jobs.personio.de/xml?language=de')).to.equal('de');
    expect(languageFromUrl('https://x.example/feed?lang=fr-ca')).to.equal('fr-CA');
    expect(languageFromUrl('https://x.example/feed?lang=es&language=pt-BR')).to.equal('pt-BR');
    expect(languageFromUrl(new URL('https://x.example/?language=zh-hant-tw'))).to.equal('zh-Hant-TW');
  });

  it('accepts relative URLs', () => {
    expect(languageFromUrl('/feeds/jobs.xml?language=en')).to.equal('en');
  });

  it('ignores missing, empty and invalid tags', () => {
    expect(languageFromUrl('https://x.example/feed')).to.equal(undefined);
    expect(languageFromUrl('https://x.example/feed?language=')).to.equal(undefined);
    expect(languageFromUrl('https://x.example/feed?language=english!')).to.equal(undefined);
    expect(languageFromUrl('https://x.example/feed?language=not_a_tag&lang=it')).to.equal('it');
    expect(languageFromUrl('http://[bad')).to.equal(undefined);
  });
});

describe('mergeFeeds', () => {
  it('returns a single feed untouched', () => {
    const feed = { anything: true };
    expect(mergeFeeds([{ feed }])).to.equal(feed);
  });

  it('keeps every posting in source order and the first organization', () => {
    const merged = mergeFeeds([
      { feed: native([row('a'), row('b')]) },
      { feed: native([row('c')], { name: 'Second' }) },
      { feed: native([row('d')], { name: 'Third' }) },
    ]);
    expect(merged).to.deep.include({ version: 1, organization: { name: 'Second' } });
    expect(idsOf(merged)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(parseFeed(merged).postings).to.have.length(4);
  });

  it('renames colliding ids to <id>~<source position>, and drops identical rows', () => {
    const merged = mergeFeeds([
      { feed: native([row('a'), row('b'), row('c')]) },
      { feed: native([row('a', { title: 'Other A' }), { ...row('b') }, row('e')]) },
      { feed: native([row('a', { title: 'Third A' }), row('c', { language: 'de' })]) },
    ]);
    expect(idsOf(merged)).to.deep.equal(['a', 'b', 'c', 'a~2', 'e', 'a~3', 'c~3']);
    const parsed = parseFeed(merged);
    expect(parsed.skipped).to.deep.equal([]);
    expect(parsed.postings.find((p) => p.id === 'a~2')!.title).to.equal('Other A');
    expect(parsed.postings.find((p) => p.id === 'c~3')!.language).to.equal('de');
  });

  it('compares rows by content, whatever the key order', () => {
    const { id, title, ...rest } = row('a');
    const merged = mergeFeeds([{ feed: native([row('a')]) }, { feed: native([{ ...rest, title, id }]) }]);
    expect(idsOf(merged)).to.deep.equal(['a']);
  });

  it('skips a taken fallback id, and follows renames in translationOf', () => {
    const merged = mergeFeeds([
      { feed: native([row('a'), row('a~2')]) },
      { feed: native([row('a', { title: 'B' }), row('a-de', { language: 'de', translationOf: 'a' })]) },
    ]);
    expect(idsOf(merged)).to.deep.equal(['a', 'a~2', 'a~2.2', 'a-de']);
    const translation = (merged as { postings: { id: string; translationOf?: string }[] }).postings[3]!;
    expect(translation.translationOf).to.equal('a~2.2');
  });

  it('leaves duplicates within one source for parseFeed to report', () => {
    const merged = mergeFeeds([{ feed: native([row('x')]) }, { feed: native([row('a'), row('a', { title: 'B' })]) }]);
    expect(idsOf(merged)).to.deep.equal(['x', 'a', 'a']);
    expect(parseFeed(merged).skipped[0]!.reasons[0]).to.contain('duplicate id "a"');
  });

  it('traces every merged row to its source and row index', () => {
    const { feed, origins } = mergeFeedsTraced([
      { feed: native([row('a'), row('b')]) },
      { feed: native([row('b'), row('c'), row('a', { title: 'A2' })]) },
    ]);
    expect(idsOf(feed)).to.deep.equal(['a', 'b', 'c', 'a~2']);
    expect(origins).to.deep.equal([
      { source: 0, index: 0 },
      { source: 0, index: 1 },
      { source: 1, index: 1 },
      { source: 1, index: 2 },
    ]);
    expect(mergeFeedsTraced([{ feed: native([row('x'), row('y')]) }]).origins).to.deep.equal([
      { source: 0, index: 0 },
      { source: 0, index: 1 },
    ]);
  });

  it('throws a schema FeedError naming a source that is not a v1 feed', () => {
    const error = expectFeedError(() => mergeFeeds([{ feed: native([]) }, { feed: { version: 2, postings: [] } }]), 'schema');
    expect(error.message).to.contain('Feed 2 of 2');
  });
});

/** A fetch stub answering from a table; records calls and their signals. */
function stubFetch(table: Record<string, { body?: string; status?: number; type?: string; hang?: boolean; fail?: boolean }>) {
  const calls: { url: string; signal: AbortSignal | null | undefined; accept: string | null }[] = [];
  const impl = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, signal: init?.signal, accept: new Headers(init?.headers).get('accept') });
    const entry = table[url];
    if (!entry) return Promise.resolve(new Response('not found', { status: 404 }));
    if (entry.fail) return Promise.reject(new TypeError('Failed to fetch'));
    if (entry.hang) {
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    return Promise.resolve(
      new Response(entry.body ?? '', {
        status: entry.status ?? 200,
        headers: { 'content-type': entry.type ?? 'application/json' },
      }),
    );
  }) as typeof fetch;
  return { impl, calls };
}

describe('loadSources', () => {
  it('fetches several URLs in parallel, adapts each and merges them in URL order', async () => {
    const lever = await fixtureText('lever.json');
    const greenhouse = await fixtureText('greenhouse.json');
    const { impl, calls } = stubFetch({
      'https://api.lever.co/v0/postings/acme?mode=json&language=de': { body: lever },
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs': { body: greenhouse },
    });
    const result = await loadSources(
      ['https://api.lever.co/v0/postings/acme?mode=json&language=de', 'https://boards-api.greenhouse.io/v1/boards/acme/jobs'],
      { format: 'auto', language: 'fr', fetch: impl },
    );
    expect(calls.map((c) => c.url)).to.deep.equal([
      'https://api.lever.co/v0/postings/acme?mode=json&language=de',
      'https://boards-api.greenhouse.io/v1/boards/acme/jobs',
    ]);
    expect(calls[0]!.accept).to.contain('application/json');
    expect(calls[0]!.accept).to.contain('xml');
    expect(result.formats).to.deep.equal(['lever', 'greenhouse']);
    const parsed = parseFeed(result.feed);
    const leverAlone = parseFeed((await toNativeFeed(JSON.parse(lever), { format: 'lever', language: 'de' })).feed);
    const greenhouseAlone = parseFeed((await toNativeFeed(JSON.parse(greenhouse), { format: 'greenhouse', language: 'fr' })).feed);
    expect(parsed.postings.length).to.equal(leverAlone.postings.length + greenhouseAlone.postings.length);
    // Lever says no language: the URL's ?language=de wins over options.language.
    const leverIds = new Set(leverAlone.postings.map((p) => p.id));
    const fromLever = parsed.postings.filter((p) => leverIds.has(p.id));
    expect(fromLever.length).to.equal(leverAlone.postings.length);
    expect(new Set(fromLever.map((p) => p.language))).to.deep.equal(new Set(['de']));
  });

  it('passes options.html on to every source', async () => {
    const { impl } = stubFetch({
      'https://x.example/lever': { body: await fixtureText('lever.json') },
      'https://x.example/greenhouse': { body: await fixtureText('greenhouse.json') },
    });
    let calls = 0;
    const html: HtmlParser = {
      parseFromString: (text, type) => {
        calls += 1;
        return new DOMParser().parseFromString(text, type);
      },
    };
    await loadSources(['https://x.example/lever'], { format: 'auto', language: 'en', fetch: impl, html });
    const afterLever = calls;
    expect(afterLever).to.be.greaterThan(0);
    await loadSources(['https://x.example/greenhouse'], { format: 'auto', language: 'en', fetch: impl, html });
    expect(calls).to.be.greaterThan(afterLever);
  });

  it('starts every request before any answers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const impl = (async (input: RequestInfo | URL) => {
      started.push(String(input));
      await gate;
      return new Response(JSON.stringify(native([row(String(input).slice(-1))])), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const pending = loadSources(['https://x.example/a', 'https://x.example/b', 'https://x.example/c'], { format: 'careers', fetch: impl });
    await new Promise((r) => setTimeout(r, 0));
    expect(started).to.have.length(3);
    release();
    const result = await pending;
    expect(idsOf(result.feed)).to.deep.equal(['a', 'b', 'c']);
    expect(result.formats).to.deep.equal(['careers', 'careers', 'careers']);
  });

  it('resolves relative URLs against baseUrl and ignores extra whitespace', async () => {
    const { impl, calls } = stubFetch({ 'https://site.example/feeds/jobs.json': { body: JSON.stringify(native([row('a')])) } });
    const result = await loadSources(['', ' jobs.json '], { format: 'auto', fetch: impl, baseUrl: 'https://site.example/feeds/index.html' });
    expect(calls.map((c) => c.url)).to.deep.equal(['https://site.example/feeds/jobs.json']);
    expect(result.formats).to.deep.equal(['careers']);
  });

  it('one source failing (404) leaves the others: their postings, and the failure in failedSources', async () => {
    const { impl, calls } = stubFetch({
      'https://x.example/a': { body: JSON.stringify(native([row('a')])) },
      'https://x.example/gone': { status: 404, body: 'gone' },
      'https://x.example/b': { body: JSON.stringify(native([row('b')])) },
    });
    const timers = fakeTimers();
    const result = await loadSources(['https://x.example/a', 'https://x.example/gone', 'https://x.example/b'], {
      format: 'auto',
      fetch: impl,
      retry: timers,
    });
    expect(idsOf(result.feed)).to.deep.equal(['a', 'b']);
    expect(result.formats).to.deep.equal(['careers', 'careers']);
    expect(result.failedSources).to.deep.equal([
      { url: 'https://x.example/gone', kind: 'http', status: 404, message: 'https://x.example/gone answered HTTP 404' },
    ]);
    expect(calls.filter((c) => c.url.endsWith('/gone'))).to.have.length(1); // a 404 is not retried
    expect(calls.every((c) => !c.signal!.aborted), 'no sibling is cancelled').to.equal(true);
  });

  it('two sources, one 404 and one never answering: the good postings, and both failures in URL order', async () => {
    const timers = fakeTimers();
    const { impl: table } = stubFetch({
      'https://x.example/good': { body: JSON.stringify(native([row('g1'), row('g2')])) },
      'https://x.example/gone': { status: 404 },
    });
    let silentCalls = 0;
    const impl = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) !== 'https://x.example/silent') return table(input, init);
      silentCalls += 1;
      return neverAnswers(init, () => timers.expire());
    }) as typeof fetch;
    const result = await loadSources(['https://x.example/gone', 'https://x.example/silent', 'https://x.example/good'], {
      format: 'auto',
      fetch: impl,
      timeout: 15_000,
      wait: timers.timeout,
      retry: timers,
    });
    expect(idsOf(result.feed)).to.deep.equal(['g1', 'g2']);
    expect(result.failedSources).to.deep.equal([
      { url: 'https://x.example/gone', kind: 'http', status: 404, message: 'https://x.example/gone answered HTTP 404' },
      {
        url: 'https://x.example/silent',
        kind: 'timeout',
        message: 'https://x.example/silent did not answer within 15 s (3 attempts)',
      },
    ]);
    expect(silentCalls, 'a timeout is retried twice').to.equal(3);
    expect(timers.sleeps).to.deep.equal([375, 750]);
    expect(timers.pending).to.equal(0);
  });

  it('a 500 then a 200: one retry, and the postings', async () => {
    const timers = fakeTimers();
    let calls = 0;
    const impl = (async () =>
      ++calls === 1 ? new Response('oops', { status: 500 }) : new Response(JSON.stringify(native([row('a')])))) as typeof fetch;
    const result = await loadSources(['https://x.example/a'], { format: 'auto', fetch: impl, retry: timers });
    expect(idsOf(result.feed)).to.deep.equal(['a']);
    expect(result.failedSources).to.deep.equal([]);
    expect(calls).to.equal(2);
    expect(timers.sleeps).to.have.length(1);
  });

  it('uses a request already sent (started) for its URL\'s first attempt, and sends a new one to retry', async () => {
    const timers = fakeTimers();
    let calls = 0;
    const impl = (async () => (calls++, new Response(JSON.stringify(native([row('b')]))))) as typeof fetch;
    const started = new Map([
      ['https://x.example/a', Promise.resolve({ text: JSON.stringify(native([row('a')])), contentType: 'application/json' })],
    ]);
    const result = await loadSources(['https://x.example/a'], { format: 'auto', fetch: impl, retry: timers, started });
    expect(idsOf(result.feed)).to.deep.equal(['a']);
    expect(calls, 'no second request').to.equal(0);

    const failed = new Map([['https://x.example/a', Promise.reject(new FeedError('http', 'https://x.example/a answered HTTP 503', 503))]]);
    const retried = await loadSources(['https://x.example/a'], { format: 'auto', fetch: impl, retry: timers, started: failed });
    expect(idsOf(retried.feed)).to.deep.equal(['b']);
    expect(calls, 'the retry is a new request').to.equal(1);
    expect(timers.sleeps).to.have.length(1);
  });

  it('retry: false tries once', async () => {
    let calls = 0;
    const impl = (async () => (calls++, new Response('oops', { status: 503 }))) as typeof fetch;
    const error = await feedError(loadSources(['https://x.example/a'], { format: 'auto', fetch: impl, retry: false }), 'http');
    expect([error.status, error.message, calls]).to.deep.equal([503, 'https://x.example/a answered HTTP 503', 1]);
  });

  it('every source failing: the first failure, a message naming all, and failedSources', async () => {
    const { impl } = stubFetch({ 'https://x.example/gone': { status: 410 }, 'https://x.example/broken': { body: '{"jobs": [' } });
    const error = await feedError(loadSources(['https://x.example/gone', 'https://x.example/broken'], { format: 'auto', fetch: impl }), 'http');
    expect(error.status).to.equal(410);
    expect(error.message).to.match(
      /^No feed source could be loaded: https:\/\/x\.example\/gone answered HTTP 410; https:\/\/x\.example\/broken is not valid JSON/,
    );
    expect(error.failedSources!.map((f) => [f.url, f.kind, f.status])).to.deep.equal([
      ['https://x.example/gone', 'http', 410],
      ['https://x.example/broken', 'parse', undefined],
    ]);
  });

  it('one source failing: its own error, unchanged, with failedSources', async () => {
    const { impl } = stubFetch({ 'https://x.example/gone': { status: 410, body: 'gone' } });
    const error = await feedError(loadSources(['https://x.example/gone'], { format: 'auto', fetch: impl }), 'http');
    expect([error.status, error.message]).to.deep.equal([410, 'https://x.example/gone answered HTTP 410']);
    expect(error.failedSources).to.deep.equal([
      { url: 'https://x.example/gone', kind: 'http', status: 410, message: 'https://x.example/gone answered HTTP 410' },
    ]);
  });

  it('renames colliding ids by source position, whether or not an earlier source failed', async () => {
    const body = (title: string) => ({ body: JSON.stringify(native([row('a', { title })])) });
    const urls = ['https://x.example/1', 'https://x.example/2', 'https://x.example/3'];
    const all = await loadSources(urls, { format: 'auto', fetch: stubFetch({ [urls[0]!]: body('One'), [urls[1]!]: body('Two'), [urls[2]!]: body('Three') }).impl });
    expect(idsOf(all.feed)).to.deep.equal(['a', 'a~2', 'a~3']);
    const firstDown = await loadSources(urls, { format: 'auto', fetch: stubFetch({ [urls[1]!]: body('Two'), [urls[2]!]: body('Three') }).impl });
    expect(idsOf(firstDown.feed)).to.deep.equal(['a', 'a~3']);
    expect(firstDown.failedSources.map((f) => f.url)).to.deep.equal([urls[0]]);
  });

  it('among several sources, one that is not a v1 feed, or not a URL, is that source\'s failure', async () => {
    const { impl } = stubFetch({
      'https://x.example/ok': { body: JSON.stringify(native([row('a')])) },
      'https://x.example/v2': { body: JSON.stringify({ version: 2, postings: [] }) },
    });
    const result = await loadSources(['https://x.example/ok', 'https://x.example/v2', 'http://[oops'], { format: 'careers', fetch: impl });
    expect(idsOf(result.feed)).to.deep.equal(['a']);
    expect(result.failedSources).to.deep.equal([
      { url: 'https://x.example/v2', kind: 'schema', message: 'https://x.example/v2 is not a careers feed v1' },
      { url: 'http://[oops', kind: 'network', message: 'Invalid feed URL "http://[oops"' },
    ]);
  });

  it('an unexpected error: as it is for one source, a network failure of that source among several', async () => {
    const bug = new TypeError('bug');
    const odd = (async () => ({ ok: true, headers: { get: () => { throw bug; } }, arrayBuffer: async () => new ArrayBuffer(0) })) as unknown as typeof fetch;
    expect(await rejection(loadSources(['https://x.example/odd'], { format: 'auto', fetch: odd }))).to.equal(bug);
    const { impl: good } = stubFetch({ 'https://x.example/ok': { body: JSON.stringify(native([row('a')])) } });
    const impl = ((input: RequestInfo | URL, init?: RequestInit) => (String(input).endsWith('/odd') ? odd(input, init) : good(input, init))) as typeof fetch;
    const result = await loadSources(['https://x.example/ok', 'https://x.example/odd'], { format: 'auto', fetch: impl });
    expect(result.failedSources).to.deep.equal([{ url: 'https://x.example/odd', kind: 'network', message: 'https://x.example/odd: TypeError: bug' }]);
  });

  it('decodes each source by its declared charset', async () => {
    const json = JSON.stringify(native([row('a', { title: 'Ingénieur' })]));
    const impl = (async () => new Response(latin1(json), { headers: { 'content-type': 'application/json; charset=iso-8859-1' } })) as typeof fetch;
    const result = await loadSources(['https://x.example/a'], { format: 'auto', fetch: impl });
    expect((result.feed as { postings: { title: string }[] }).postings[0]!.title).to.equal('Ingénieur');
  });

  it('rejects with a network FeedError when a host cannot be reached, after retries', async () => {
    const { impl, calls } = stubFetch({ 'https://down.example/feed': { fail: true } });
    const timers = fakeTimers();
    const error = await feedError(loadSources(['https://down.example/feed'], { format: 'auto', fetch: impl, retry: timers }), 'network');
    expect(error.message).to.equal('Could not reach https://down.example/feed: Failed to fetch (3 attempts)');
    expect(calls).to.have.length(3);
  });

  it('names the URL of a feed it cannot read', async () => {
    const { impl } = stubFetch({
      'https://x.example/ok': { body: JSON.stringify(native([row('a')])) },
      'https://x.example/odd': { body: JSON.stringify({ items: [] }) },
      'https://x.example/broken': { body: '{"jobs": [' },
    });
    const unknown = await loadSources(['https://x.example/ok', 'https://x.example/odd'], { format: 'auto', fetch: impl });
    expect(unknown.failedSources).to.have.length(1);
    expect(unknown.failedSources[0]!.kind).to.equal('schema');
    expect(unknown.failedSources[0]!.message).to.match(/^https:\/\/x\.example\/odd: Unrecognised feed format/);
    const broken = await feedError(loadSources(['https://x.example/broken'], { format: 'auto', fetch: impl }), 'parse');
    expect(broken.message).to.contain('https://x.example/broken is not valid JSON');
  });

  it('rejects with the abort reason when the signal aborts, and passes the abort on to fetch', async () => {
    const { impl, calls } = stubFetch({ 'https://x.example/a': { hang: true }, 'https://x.example/b': { hang: true } });
    const controller = new AbortController();
    const pending = loadSources(['https://x.example/a', 'https://x.example/b'], { format: 'auto', fetch: impl, signal: controller.signal });
    const reason = new DOMException('superseded', 'AbortError');
    controller.abort(reason);
    expect(await rejection(pending)).to.equal(reason);
    expect(calls.map((c) => c.signal!.aborted)).to.deep.equal([true, true]);
  });

  it('rejects at once for a signal that is already aborted, without fetching', async () => {
    const { impl, calls } = stubFetch({});
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(loadSources(['https://x.example/a'], { format: 'auto', fetch: impl, signal: controller.signal }));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(calls).to.have.length(0);
  });

  it('loads real fixture URLs with the real fetch', async () => {
    const result = await loadSources([`${ATS_FIXTURES}greenhouse.json`, `${ATS_FIXTURES}ashby.json`], {
      format: 'auto',
      language: 'en',
    });
    expect(result.formats).to.deep.equal(['greenhouse', 'ashby']);
    const parsed = parseFeed(result.feed);
    expect(parsed.postings.some((p) => p.id === '4801234005')).to.equal(true);
    expect(parsed.postings.some((p) => p.id === 'b1f0a2c4-6d8e-4f0a-9b2c-3d4e5f6a7b8c')).to.equal(true);
    const alone = async (file: string, format: 'greenhouse' | 'ashby') =>
      parseFeed((await toNativeFeed(await fixtureJson(file), { format, language: 'en' })).feed).postings.length;
    expect(parsed.postings.length).to.equal((await alone('greenhouse.json', 'greenhouse')) + (await alone('ashby.json', 'ashby')));
    // "Hybrid - London" and "Berlin" are placed by the places dataset.
    expect(result.unresolvedLocations).to.deep.equal([{ text: 'Remote', id: '4801239005' }]);
  });

  it('merges the two Personio XML feeds, each in the language of its URL', async () => {
    const board = 'https://northwind.jobs.personio.de/xml';
    const { impl } = stubFetch({
      [`${board}?language=de`]: { body: await fixtureText('personio-de.xml'), type: 'text/xml; charset=UTF-8' },
      [`${board}?language=en`]: { body: await fixtureText('personio-en.xml'), type: 'text/xml; charset=UTF-8' },
    });
    const result = await loadSources([`${board}?language=de`, `${board}?language=en`], {
      format: 'auto',
      language: 'fr',
      fetch: impl,
      xmlParser: new DOMParser(),
    });
    expect(result.formats).to.deep.equal(['personio', 'personio']);
    const parsed = parseFeed(result.feed);
    expect(parsed.postings.map((p) => p.id)).to.deep.equal([
      '1520001-de',
      '1520002-de',
      '1520003-de',
      '1520004-de',
      '1520005-de', // its createdAt ("noch offen") is no date: kept, undated
      '1520001-en',
      '1520002-en',
      '1520004-en',
    ]);
    expect(parsed.postings.map((p) => p.language)).to.deep.equal(['de', 'de', 'de', 'de', 'de', 'en', 'en', 'en']);
    expect(parsed.postings[5]!.url).to.equal('https://northwind.jobs.personio.de/job/1520001?language=en');
    expect(parsed.postings[5]!.translationOf).to.equal(parsed.postings[0]!.translationOf);
    // Only the English position without an id; the German one with a bad date loses just the date.
    expect(parsed.skipped.map((s) => s.index)).to.deep.equal([8]);
    expect(parsed.dropped.map((d) => [d.index, d.path])).to.deep.equal([[4, 'postings[4].datePosted']]);
  });

  it('an XML feed without an XML parser is a parse FeedError', async () => {
    const error = await feedError(loadSources([`${ATS_FIXTURES}personio-de.xml`], { format: 'auto' }), 'parse');
    expect(error.message).to.contain('personio-de.xml');
  });
});
