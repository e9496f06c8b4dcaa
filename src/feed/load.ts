import { FeedError } from './errors.js';

/** Accept header for feed requests: JSON first, XML (Personio) accepted. */
export const FEED_ACCEPT =
  'application/json, application/ld+json;q=0.9, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/**
 * A timer as a promise: resolves after `ms`. Once `signal` aborts the wait
 * is not needed any more: the retry `sleep` then rejects with its reason, a
 * timeout's wait may simply never resolve.
 */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A fetched response body and its declared type. */
export interface FetchedText {
  /** The body, decoded by its declared character encoding (UTF-8 by default). */
  readonly text: string;
  /** The `content-type` header, if any. */
  readonly contentType: string | null;
}

export interface FetchTextOptions {
  /** Aborts the request; the rejection is then the abort reason. */
  readonly signal?: AbortSignal;
  /** Replaces the global `fetch` (tests, Node). */
  readonly fetch?: typeof fetch;
  /** The Accept header; `FEED_ACCEPT` by default. */
  readonly accept?: string;
  /**
   * Milliseconds the whole request may take, headers and body; none when
   * unset, 0 or infinite.
   */
  readonly timeout?: number;
  /** How the timeout waits; `setTimeout` by default (tests inject their own). */
  readonly wait?: Sleep;
}

/**
 * Fetches `url` and reads its body as text, decoded by its declared charset
 * (`decodeBody`). Network failures, a `timeout` that expires (while waiting
 * for the headers or for the body) and HTTP errors become typed `FeedError`s
 * (`network`, `timeout`, or `http` with the status and any `Retry-After`); a
 * body over `MAX_FEED_BYTES` is a `parse` FeedError, and is not downloaded; an
 * abort of `signal` rejects with the abort reason, so the caller can tell
 * "superseded" from "failed".
 */
export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchedText> {
  const { signal, timeout } = options;
  const fetchImpl = options.fetch ?? fetch;
  // Aborted by the caller's signal or by the timeout; the request and the body read follow it.
  const request = new AbortController();
  const forward = () => request.abort(signal!.reason);
  if (signal?.aborted) forward();
  else signal?.addEventListener('abort', forward, { once: true });
  // Stops the timeout's wait once the request is over.
  const done = new AbortController();
  if (timeout! > 0 && timeout! < Infinity) {
    const wait: Sleep =
      options.wait ??
      ((ms, stop) =>
        new Promise((resolve) => {
          const timer = setTimeout(resolve, ms);
          stop!.addEventListener('abort', () => clearTimeout(timer));
        }));
    wait(timeout!, done.signal).then(
      () => done.signal.aborted || request.abort(new FeedError('timeout', `${url} did not answer within ${timeout! / 1000} s`)),
      () => undefined,
    );
  }
  // The caller's abort reason, the timeout's FeedError, or a network FeedError.
  const failure = (error: unknown, what: string): unknown =>
    request.signal.aborted ? request.signal.reason : new FeedError('network', `${what} ${url}: ${(error as Error).message}`);
  try {
    let response: Response;
    try {
      response = await fetchImpl(url, { signal: request.signal, headers: { accept: options.accept ?? FEED_ACCEPT } });
    } catch (error) {
      throw failure(error, 'Could not reach');
    }
    if (!response.ok) {
      const retryAfter = response.headers.get('retry-after') ?? undefined;
      throw new FeedError('http', `${url} answered HTTP ${response.status}`, response.status, { retryAfter });
    }
    // A body too large for a feed is refused before it is read (by its Content-Length), or as soon as it
    // passes the limit: read whole, an endless or a huge body would eat the tab's memory long before the timeout.
    let bytes: ArrayBuffer | undefined;
    if (!(Number(response.headers.get('content-length')) > MAX_FEED_BYTES)) {
      try {
        bytes = await readBody(response); // an abort of the request errors its body too
      } catch (error) {
        throw failure(error, 'Could not read');
      }
    }
    if (!bytes) {
      request.abort(); // the rest of the body is not downloaded
      throw new FeedError('parse', `${url} is larger than 20 MB, the most the widget reads`);
    }
    const contentType = response.headers.get('content-type');
    return { text: decodeBody(bytes, contentType, url), contentType };
  } finally {
    done.abort();
    signal?.removeEventListener('abort', forward);
  }
}

/** Requests already sent, by resolved URL: see `startRequests`. */
export type StartedRequests = ReadonlyMap<string, Promise<FetchedText>>;

/**
 * Sends the request for each of `urls` (resolved against `base`; one that
 * is not a URL is left for `loadSources` to report) at once, with
 * `fetchText`, so the widget can ask for the feed the moment it updates,
 * while the pipeline chunk that reads it is still on its way or starting.
 * `loadSources` takes the result (`started`) and uses each request for its
 * URL's first attempt. A request nobody reads is never an unhandled
 * rejection; abort `options.signal` to end it.
 */
export function startRequests(urls: readonly string[], base: string, options: FetchTextOptions): StartedRequests {
  const started = new Map<string, Promise<FetchedText>>();
  for (const raw of urls) {
    let url: string;
    try {
      url = new URL(raw, base).href;
    } catch {
      continue;
    }
    if (started.has(url)) continue;
    const request = fetchText(url, options);
    request.catch(() => undefined);
    started.set(url, request);
  }
  return started;
}

/** The most bytes a feed body may have (20 MB); a larger one is a `parse` error. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

/** A response's body, or `undefined` as soon as it passes `MAX_FEED_BYTES` (the rest is not read). */
async function readBody(response: Response): Promise<ArrayBuffer | undefined> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const reader = response.body?.getReader(); // none for a 204
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    if ((size += value.length) > MAX_FEED_BYTES) {
      reader.cancel().catch(() => undefined); // stops the download, whatever fetch it came from
      return undefined;
    }
    chunks.push(value);
  }
  return new Blob(chunks).arrayBuffer();
}

/** The `charset` parameter of a content type, if any. */
export function declaredCharset(contentType: string | null): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
}

/** The encoding a byte order mark announces. */
function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * The `encoding` of an XML declaration (`<?xml version="1.0"
 * encoding="ISO-8859-1"?>`) at the start of the bytes. A UTF-16 label there
 * is ignored: bytes readable as ASCII are not UTF-16 (a real UTF-16 document
 * starts with a byte order mark).
 */
function xmlCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const label = /^\s*<\?xml\s[^>]*\bencoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1];
  return label && !/^utf-?16/i.test(label) ? label : undefined;
}

/**
 * Decodes a response body: by its byte order mark, else the content type's
 * `charset`, else an XML declaration's `encoding`, else UTF-8. A charset the
 * platform cannot decode falls back to UTF-8 with a console warning naming
 * `source`. A byte order mark is dropped.
 */
export function decodeBody(body: ArrayBuffer | Uint8Array, contentType: string | null, source = 'The feed'): string {
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const label = bomCharset(bytes) ?? declaredCharset(contentType) ?? xmlCharset(bytes) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    console.warn(`careers-widget: ${source}: unknown charset "${label}", read as UTF-8`);
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(bytes);
}

/** `JSON.parse` with a `parse` FeedError instead of a SyntaxError. */
export function parseJson(body: string, source: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', `${source} is not valid JSON: ${(error as Error).message}`);
  }
}
