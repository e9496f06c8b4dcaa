import { expect } from '@open-wc/testing';
import { FEED_ACCEPT, MAX_FEED_BYTES, decodeBody, declaredCharset, fetchText, parseJson, startRequests } from '../../src/feed/load.js';
import { FEED_ERROR_KINDS, FeedError } from '../../src/feed/errors.js';
import { fakeTimers, latin1, neverAnswers, rejection, stalledBody } from '../support/network.js';

type FetchArgs = [input: RequestInfo | URL, init?: RequestInit];

/** Replaces the global fetch for one test; records the calls. */
function stubFetch(impl: (...args: FetchArgs) => Promise<Response>): FetchArgs[] {
  const calls: FetchArgs[] = [];
  window.fetch = (...args: FetchArgs) => {
    calls.push(args);
    return impl(...args);
  };
  return calls;
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('FeedError', () => {
  it('carries a kind, a message and an optional status', () => {
    const error = new FeedError('http', 'x answered HTTP 503', 503);
    expect(error).to.be.instanceOf(Error);
    expect([error.name, error.kind, error.message, error.status]).to.deep.equal(['FeedError', 'http', 'x answered HTTP 503', 503]);
    expect(new FeedError('parse', 'bad').status).to.equal(undefined);
    expect([...FEED_ERROR_KINDS]).to.deep.equal(['network', 'timeout', 'http', 'parse', 'schema']);
  });
});

/** Fetch, then read the body as JSON: what the feed pipeline does for a JSON source. */
const fetchAndParse = async (url: string, signal?: AbortSignal): Promise<unknown> =>
  parseJson((await fetchText(url, { signal })).text, url);

describe('fetchText with the global fetch', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('success', () => {
    it('resolves to the body and its type, passing the signal and asking for feed formats', async () => {
      const calls = stubFetch(async () => json({ version: 1, postings: [] }));
      const signal = new AbortController().signal;
      expect(await fetchText('https://feeds.example/jobs.json', { signal })).to.deep.equal({
        text: '{"version":1,"postings":[]}',
        contentType: 'application/json',
      });
      expect(calls).to.have.length(1);
      const [url, init] = calls[0]!;
      expect(url).to.equal('https://feeds.example/jobs.json');
      // The request's own signal follows the caller's (and the timeout).
      expect(init!.signal).to.be.instanceOf(AbortSignal);
      expect(init!.signal!.aborted).to.equal(false);
      expect(new Headers(init!.headers).get('accept')).to.equal(FEED_ACCEPT);
    });

    it('fetches a real file from the test server', async () => {
      const data = await fetchAndParse(new URL('../../package.json', import.meta.url).href);
      expect((data as { name: string }).name).to.equal('careers-widget');
    });
  });

  describe('network errors', () => {
    it('turns a rejected fetch into a network FeedError naming the URL', async () => {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const error = (await rejection(fetchText('https://feeds.example/jobs.json'))) as FeedError;
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(undefined);
      expect(error.message).to.equal('Could not reach https://feeds.example/jobs.json: Failed to fetch');
    });

    it('reports a real unreachable host as a network error', async () => {
      const error = (await rejection(fetchText('http://127.0.0.1:9/feed.json'))) as FeedError;
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('network');
    });

    it('turns a body that fails to read into a network FeedError', async () => {
      // The connection drops in the middle of the body.
      const body = new ReadableStream<Uint8Array>({
        start: (c) => c.enqueue(new TextEncoder().encode('{"version":')),
        pull: (c) => c.error(new TypeError('network error')),
      });
      stubFetch(async () => new Response(body));
      const error = (await rejection(fetchText('https://feeds.example/jobs.json'))) as FeedError;
      expect([error.kind, error.message]).to.deep.equal(['network', 'Could not read https://feeds.example/jobs.json: network error']);
    });
  });

  describe('HTTP errors', () => {
    for (const status of [404, 500, 403]) {
      it(`turns HTTP ${status} into an http FeedError with the status`, async () => {
        stubFetch(async () => new Response('nope', { status }));
        const error = (await rejection(fetchText('https://feeds.example/jobs.json'))) as FeedError;
        expect(error).to.be.instanceOf(FeedError);
        expect([error.kind, error.status, error.message]).to.deep.equal(['http', status, `https://feeds.example/jobs.json answered HTTP ${status}`]);
      });
    }

    it('reports a real 404 from the test server', async () => {
      const url = new URL('../fixtures/does-not-exist.json', import.meta.url).href;
      const error = (await rejection(fetchText(url))) as FeedError;
      expect([error.kind, error.status]).to.deep.equal(['http', 404]);
    });
  });

  describe('bodies that are not JSON', () => {
    it('turns an HTML page into a parse FeedError', async () => {
      const url = new URL('../fixtures/not-json.txt', import.meta.url).href;
      const error = (await rejection(fetchAndParse(url))) as FeedError;
      expect(error).to.be.instanceOf(FeedError);
      expect(error.kind).to.equal('parse');
      expect(error.message.startsWith(`${url} is not valid JSON: `)).to.equal(true);
    });

    it('turns an empty or truncated body into a parse FeedError', async () => {
      for (const body of ['', '{"version": 1, "postings": [']) {
        stubFetch(async () => new Response(body));
        const error = (await rejection(fetchAndParse('https://feeds.example/jobs.json'))) as FeedError;
        expect(error.kind, JSON.stringify(body)).to.equal('parse');
      }
    });
  });

  describe('bodies too large for a feed (over 20 MB)', () => {
    const MESSAGE = 'https://feeds.example/jobs.json is larger than 20 MB, the most the widget reads';
    /** A body of `size` bytes in 1 MB chunks, made as they are read; records how much was read and whether the download stopped. */
    function body(size: number) {
      const chunk = new Uint8Array(1024 * 1024).fill(0x20);
      const state = { read: 0, cancelled: false };
      const stream = new ReadableStream<Uint8Array>({
        pull(c) {
          if (state.read >= size) return c.close();
          const part = chunk.subarray(0, Math.min(chunk.length, size - state.read));
          state.read += part.length;
          c.enqueue(part);
        },
        cancel: () => void (state.cancelled = true),
      });
      return { stream, state };
    }

    it('a Content-Length over the limit: refused before a byte of the body is read, and the request stopped', async () => {
      const { stream, state } = body(MAX_FEED_BYTES + 1);
      let signal!: AbortSignal;
      stubFetch(async (_, init) => {
        signal = init!.signal!;
        return new Response(stream, { headers: { 'content-length': String(MAX_FEED_BYTES + 1) } });
      });
      const error = (await rejection(fetchText('https://feeds.example/jobs.json'))) as FeedError;
      expect([error.kind, error.message]).to.deep.equal(['parse', MESSAGE]);
      expect(state.read).to.be.at.most(1024 * 1024); // at most the chunk the stream queued on its own
      expect(signal.aborted, 'the download is stopped').to.equal(true);
    });

    it('a body without Content-Length: reading stops as soon as it passes the limit', async () => {
      const { stream, state } = body(Infinity);
      stubFetch(async () => new Response(stream));
      const error = (await rejection(fetchText('https://feeds.example/jobs.json'))) as FeedError;
      expect([error.kind, error.message]).to.deep.equal(['parse', MESSAGE]);
      expect(state.read).to.be.below(MAX_FEED_BYTES + 3 * 1024 * 1024);
      expect(state.cancelled, 'the download is stopped').to.equal(true);
    });

    it('a body of exactly 20 MB is read', async () => {
      const { stream } = body(MAX_FEED_BYTES);
      stubFetch(async () => new Response(stream));
      const { text } = await fetchText('https://feeds.example/jobs.json');
      expect(text.length).to.equal(MAX_FEED_BYTES);
      expect(MAX_FEED_BYTES).to.equal(20 * 1024 * 1024);
    });

    it('a response without a body reads as empty', async () => {
      stubFetch(async () => new Response(null, { status: 200 }));
      expect((await fetchText('https://feeds.example/jobs.json')).text).to.equal('');
    });
  });

  describe('abort', () => {
    it('passes an abort through unchanged, not as a FeedError', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = (await rejection(fetchText(new URL('../../package.json', import.meta.url).href, { signal: controller.signal }))) as DOMException;
      expect(error).to.not.be.instanceOf(FeedError);
      expect(error.name).to.equal('AbortError');
    });

    it('passes the abort reason through when fetch rejects with it', async () => {
      const controller = new AbortController();
      const reason = new Error('superseded');
      stubFetch((_, init) => {
        controller.abort(reason);
        return Promise.reject(init!.signal!.reason);
      });
      expect(await rejection(fetchText('https://feeds.example/jobs.json', { signal: controller.signal }))).to.equal(reason);
    });

    it('passes an abort during the body read through unchanged', async () => {
      const controller = new AbortController();
      const abortError = new DOMException('aborted', 'AbortError');
      const body = new ReadableStream<Uint8Array>({
        pull: (c) => {
          controller.abort(abortError);
          c.error(abortError);
        },
      });
      stubFetch(async () => new Response(body));
      expect(await rejection(fetchText('https://feeds.example/jobs.json', { signal: controller.signal }))).to.equal(abortError);
    });
  });
});

describe('fetchText', () => {
  it('returns the body and its content type, with the default Accept header', async () => {
    const calls: FetchArgs[] = [];
    const fake = async (...args: FetchArgs) => {
      calls.push(args);
      return new Response('<jobs/>', { headers: { 'content-type': 'application/xml; charset=utf-8' } });
    };
    expect(await fetchText('https://feeds.example/jobs.xml', { fetch: fake })).to.deep.equal({
      text: '<jobs/>',
      contentType: 'application/xml; charset=utf-8',
    });
    expect(new Headers(calls[0]![1]!.headers).get('accept')).to.equal(FEED_ACCEPT);
  });

  it('has a null content type when the response declares none', async () => {
    const response = new Response(new Blob(['x']));
    response.headers.delete('content-type');
    const result = await fetchText('https://feeds.example/x', { fetch: async () => response, accept: 'text/plain' });
    expect(result.text).to.equal('x');
    expect(result.contentType).to.equal(null);
  });

  it('raises the same typed errors with an injected fetch', async () => {
    const http = (await rejection(fetchText('https://feeds.example/x', { fetch: async () => new Response('', { status: 410 }) }))) as FeedError;
    expect([http.kind, http.status]).to.deep.equal(['http', 410]);
    const network = (await rejection(fetchText('https://feeds.example/x', { fetch: () => Promise.reject(new TypeError('offline')) }))) as FeedError;
    expect([network.kind, network.message]).to.deep.equal(['network', 'Could not reach https://feeds.example/x: offline']);
  });
});

describe('fetchText: timeout', () => {
  const url = 'https://feeds.example/jobs.json';

  it('a server that never answers: a timeout FeedError once the time is up, and the request aborted', async () => {
    const timers = fakeTimers();
    let signal: AbortSignal | undefined;
    const pending = fetchText(url, {
      timeout: 15_000,
      wait: timers.timeout,
      fetch: (_, init) => {
        signal = init!.signal!;
        return neverAnswers(init, () => timers.expire());
      },
    });
    const error = (await rejection(pending)) as FeedError;
    expect(error).to.be.instanceOf(FeedError);
    expect([error.kind, error.status, error.message]).to.deep.equal(['timeout', undefined, `${url} did not answer within 15 s`]);
    expect(timers.timeouts).to.deep.equal([15_000]);
    expect(signal!.aborted, 'the request is cancelled').to.equal(true);
  });

  it('headers then a stalled body: the same timeout covers the body', async () => {
    const timers = fakeTimers();
    let stalled = false;
    const pending = fetchText(url, {
      timeout: 2_500,
      wait: timers.timeout,
      fetch: async (_, init) =>
        stalledBody(init, '{"version": 1, "postings": [', () => {
          stalled = true;
          timers.expire();
        }),
    });
    const error = (await rejection(pending)) as FeedError;
    expect(stalled, 'the body was being read').to.equal(true);
    expect([error.kind, error.message]).to.deep.equal(['timeout', `${url} did not answer within 2.5 s`]);
  });

  it('an answer in time: the timer is stopped and never aborts the request afterwards', async () => {
    const timers = fakeTimers();
    let stop: AbortSignal | undefined;
    let signal: AbortSignal | undefined;
    const result = await fetchText(url, {
      timeout: 15_000,
      wait: (ms, s) => {
        stop = s;
        return timers.timeout(ms, s);
      },
      fetch: async (_, init) => {
        signal = init!.signal!;
        return new Response('{}');
      },
    });
    expect(result.text).to.equal('{}');
    expect(stop!.aborted, 'the wait is told to stop').to.equal(true);
    timers.expire(); // a timer that fires late anyway
    await Promise.resolve();
    expect(signal!.aborted).to.equal(false);
  });

  it("the caller's abort wins over the timeout", async () => {
    const timers = fakeTimers();
    const controller = new AbortController();
    const reason = new DOMException('superseded', 'AbortError');
    const pending = fetchText(url, {
      signal: controller.signal,
      timeout: 15_000,
      wait: timers.timeout,
      fetch: (_, init) => neverAnswers(init, () => controller.abort(reason)),
    });
    expect(await rejection(pending)).to.equal(reason);
    timers.expire();
  });

  it('no timeout when unset, 0 or infinite', async () => {
    for (const timeout of [undefined, 0, Infinity]) {
      const timers = fakeTimers();
      await fetchText(url, { timeout, wait: timers.timeout, fetch: async () => new Response('{}') });
      expect(timers.timeouts, String(timeout)).to.deep.equal([]);
    }
  });

  it('uses setTimeout when no wait is given', async () => {
    const error = (await rejection(fetchText(url, { timeout: 1, fetch: (_, init) => neverAnswers(init) }))) as FeedError;
    expect([error.kind, error.message]).to.deep.equal(['timeout', `${url} did not answer within 0.001 s`]);
  });

  it('an HTTP error carries its Retry-After header', async () => {
    const response = new Response('busy', { status: 429, headers: { 'retry-after': '2' } });
    const error = (await rejection(fetchText(url, { fetch: async () => response }))) as FeedError;
    expect([error.kind, error.status, error.retryAfter]).to.deep.equal(['http', 429, '2']);
    const plain = (await rejection(fetchText(url, { fetch: async () => new Response('', { status: 500 }) }))) as FeedError;
    expect(plain.retryAfter).to.equal(undefined);
  });
});

describe('fetchText and decodeBody: character encodings', () => {
  const url = 'https://feeds.example/jobs';
  const respond = (bytes: Uint8Array<ArrayBuffer>, contentType?: string) => async () =>
    new Response(bytes, contentType ? { headers: { 'content-type': contentType } } : {});

  it('decodes a body by the charset its content type declares (ISO-8859-1: "Ingénieur")', async () => {
    const body = latin1('{"title": "Ingénieur, Zürich"}');
    const { text } = await fetchText(url, { fetch: respond(body, 'application/json; charset=iso-8859-1') });
    expect(JSON.parse(text)).to.deep.equal({ title: 'Ingénieur, Zürich' });
    const quoted = await fetchText(url, { fetch: respond(body, 'application/json;charset="ISO-8859-1"') });
    expect(quoted.text).to.contain('Ingénieur');
  });

  it('without a declared charset, reads UTF-8 (a wrong byte shows as U+FFFD)', async () => {
    const utf8 = new TextEncoder().encode('{"title": "Ingénieur"}');
    expect((await fetchText(url, { fetch: respond(utf8, 'application/json') })).text).to.equal('{"title": "Ingénieur"}');
    expect((await fetchText(url, { fetch: respond(latin1('Ingénieur'), 'application/json') })).text).to.equal('Ing\uFFFDnieur');
  });

  it("XML without a header charset: the declaration's encoding", async () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<workzag-jobs><position><name>Ingénieur</name></position></workzag-jobs>';
    for (const type of ['application/xml', 'text/xml', undefined]) {
      const { text } = await fetchText(url, { fetch: respond(latin1(xml), type) });
      expect(text, String(type)).to.equal(xml);
    }
    const single = "<?xml version='1.0' encoding='windows-1252'?><a>€</a>";
    const cp1252 = Uint8Array.from([...latin1(single.replace('€', 'X'))].map((b) => (b === 0x58 ? 0x80 : b)));
    expect(decodeBody(cp1252, null)).to.equal(single);
  });

  it("the header's charset wins over the XML declaration", () => {
    const xml = '<?xml version="1.0" encoding="ISO-8859-1"?><a>Ingénieur</a>';
    expect(decodeBody(new TextEncoder().encode(xml), 'text/xml; charset=UTF-8')).to.equal(xml);
  });

  it('a byte order mark wins, and is dropped', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":"é"}')]);
    expect(decodeBody(bom, 'application/json; charset=iso-8859-1')).to.equal('{"a":"é"}');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'{"a":"é"}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeBody(utf16, null)).to.equal('{"a":"é"}');
  });

  it('an XML declaration saying UTF-16 over ASCII bytes is ignored', () => {
    const xml = '<?xml version="1.0" encoding="UTF-16"?><a>x</a>';
    expect(decodeBody(new TextEncoder().encode(xml), null)).to.equal(xml);
  });

  it('an unknown charset: UTF-8, with a console warning naming the source', () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(decodeBody(new TextEncoder().encode('{"a":"é"}'), 'application/json; charset=x-klingon', url)).to.equal('{"a":"é"}');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain(url).and.to.contain('x-klingon').and.to.contain('UTF-8');
  });

  it('declaredCharset reads the parameter, quoted or not, in any case', () => {
    expect(declaredCharset('text/xml; Charset=UTF-8')).to.equal('UTF-8');
    expect(declaredCharset('application/json; foo=bar; charset="iso-8859-1"')).to.equal('iso-8859-1');
    expect(declaredCharset('application/json')).to.equal(undefined);
    expect(declaredCharset(null)).to.equal(undefined);
  });
});

describe('parseJson', () => {
  it('parses JSON text', () => {
    expect(parseJson('{"a":[1,"b",null]}', 'inline')).to.deep.equal({ a: [1, 'b', null] });
    expect(parseJson(' 42 ', 'inline')).to.equal(42);
  });

  it('throws a parse FeedError naming the source', () => {
    let error: unknown;
    try {
      parseJson('{oops', 'The inline feed');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('parse');
    expect((error as FeedError).message.startsWith('The inline feed is not valid JSON: ')).to.equal(true);
  });
});

describe('startRequests', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('sends one request per resolved URL at once, skipping what is not a URL', async () => {
    const calls = stubFetch(async (input) => json({ url: String(input) }));
    const started = startRequests(['jobs.json', '/feeds/b.json', 'https://x.example/jobs.json', 'http://[bad'], 'https://site.example/careers/', {});
    expect([...started.keys()]).to.deep.equal([
      'https://site.example/careers/jobs.json',
      'https://site.example/feeds/b.json',
      'https://x.example/jobs.json',
    ]);
    expect(calls.map(([url]) => String(url))).to.deep.equal([...started.keys()]);
    expect(new Headers(calls[0]![1]!.headers).get('accept')).to.equal(FEED_ACCEPT);
    const first = await started.get('https://site.example/careers/jobs.json')!;
    expect(JSON.parse(first.text)).to.deep.equal({ url: 'https://site.example/careers/jobs.json' });
  });

  it('the same URL twice is one request', () => {
    const calls = stubFetch(async () => json({}));
    const started = startRequests(['a.json', './a.json'], 'https://site.example/', {});
    expect(started.size).to.equal(1);
    expect(calls).to.have.length(1);
  });

  it('a request nobody reads is no unhandled rejection; the signal ends it', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      stubFetch((_, init) => neverAnswers(init));
      const controller = new AbortController();
      const started = startRequests(['https://x.example/a'], 'https://x.example/', { signal: controller.signal });
      const reason = new Error('not needed');
      controller.abort(reason);
      expect(await rejection(started.get('https://x.example/a')!)).to.equal(reason);
      stubFetch(async () => {
        throw new TypeError('Failed to fetch');
      });
      const failing = startRequests(['https://x.example/b'], 'https://x.example/', {});
      // Let the rejection settle unobserved for a task, as when the pipeline never comes to read it.
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
      expect(unhandled).to.deep.equal([]);
      expect((await rejection(failing.get('https://x.example/b')!) as FeedError).kind).to.equal('network');
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });
});
