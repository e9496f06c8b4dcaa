import { expect } from '@open-wc/testing';
import { FEED_ACCEPT, fetchText, parseJson } from '../../src/feed/load.js';
import { FEED_ERROR_KINDS, FeedError } from '../../src/feed/errors.js';

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

/** The rejection of a promise that must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('FeedError', () => {
  it('carries a kind, a message and an optional status', () => {
    const error = new FeedError('http', 'x answered HTTP 503', 503);
    expect(error).to.be.instanceOf(Error);
    expect([error.name, error.kind, error.message, error.status]).to.deep.equal(['FeedError', 'http', 'x answered HTTP 503', 503]);
    expect(new FeedError('parse', 'bad').status).to.equal(undefined);
    expect([...FEED_ERROR_KINDS]).to.deep.equal(['network', 'http', 'parse', 'schema']);
  });
});

/** Fetch, then read the body as JSON: what the feed pipeline does for a JSON source. */
const fetchAndParse = async (url: string, signal?: AbortSignal): Promise<unknown> =>
  parseJson((await fetchText(url, signal)).text, url);

describe('fetchText with the global fetch', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  describe('success', () => {
    it('resolves to the body and its type, passing the signal and asking for feed formats', async () => {
      const calls = stubFetch(async () => json({ version: 1, postings: [] }));
      const signal = new AbortController().signal;
      expect(await fetchText('https://feeds.example/jobs.json', signal)).to.deep.equal({
        text: '{"version":1,"postings":[]}',
        contentType: 'application/json',
      });
      expect(calls).to.have.length(1);
      const [url, init] = calls[0]!;
      expect(url).to.equal('https://feeds.example/jobs.json');
      expect(init!.signal).to.equal(signal);
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
      const response = new Response('{}');
      response.text = () => Promise.reject(new TypeError('network error'));
      stubFetch(async () => response);
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

  describe('abort', () => {
    it('passes an abort through unchanged, not as a FeedError', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = (await rejection(fetchText(new URL('../../package.json', import.meta.url).href, controller.signal))) as DOMException;
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
      expect(await rejection(fetchText('https://feeds.example/jobs.json', controller.signal))).to.equal(reason);
    });

    it('passes an abort during the body read through unchanged', async () => {
      const controller = new AbortController();
      const response = new Response('{}');
      const abortError = new DOMException('aborted', 'AbortError');
      response.text = () => {
        controller.abort(abortError);
        return Promise.reject(abortError);
      };
      stubFetch(async () => response);
      expect(await rejection(fetchText('https://feeds.example/jobs.json', controller.signal))).to.equal(abortError);
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
    expect(await fetchText('https://feeds.example/jobs.xml', undefined, fake)).to.deep.equal({
      text: '<jobs/>',
      contentType: 'application/xml; charset=utf-8',
    });
    expect(new Headers(calls[0]![1]!.headers).get('accept')).to.equal(FEED_ACCEPT);
  });

  it('has a null content type when the response declares none', async () => {
    const response = new Response(new Blob(['x']));
    response.headers.delete('content-type');
    const result = await fetchText('https://feeds.example/x', undefined, async () => response, 'text/plain');
    expect(result.text).to.equal('x');
    expect(result.contentType).to.equal(null);
  });

  it('raises the same typed errors with an injected fetch', async () => {
    const http = (await rejection(fetchText('https://feeds.example/x', undefined, async () => new Response('', { status: 410 })))) as FeedError;
    expect([http.kind, http.status]).to.deep.equal(['http', 410]);
    const network = (await rejection(fetchText('https://feeds.example/x', undefined, () => Promise.reject(new TypeError('offline'))))) as FeedError;
    expect([network.kind, network.message]).to.deep.equal(['network', 'Could not reach https://feeds.example/x: offline']);
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
