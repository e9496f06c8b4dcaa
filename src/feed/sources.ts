/**
 * From feed URLs (or payloads) of any supported source format to one native
 * v1 feed: fetch, decode (JSON or XML), detect, adapt, merge. The widget and
 * the CLI share this pipeline. The result is not validated yet: callers hand
 * it to `parseFeed`, so rows of every source are checked the same way.
 *
 * This module is in the pipeline chunk: it stays small and imports no
 * adapter, no zod; detection and the adapters load lazily, for non-native
 * feeds only (`adapters/adapt.ts`, `registry.ts`).
 */
import { FeedError, lazyModule, type CachedSource, type FailedSource } from './errors.js';
import type { FeedFormat, SourceFormat } from './formats.js';
import { fetchText, parseJson, type FetchedText, type Sleep, type StartedRequests } from './load.js';
import type { RetryOptions } from './retry.js';
import { isLanguageTag, isRecord } from './checks.js';
import type { HtmlParser } from './adapters/html.js';
import type { UnresolvedPlace } from './adapters/types.js';

/** The one method of `DOMParser` the XML decoder needs (browser or xmldom). */
export interface XmlParser {
  parseFromString(text: string, type: string): unknown;
}

/** A source payload turned into the native model (not yet validated). */
export interface NativeResult {
  /** A native v1 feed, or for `careers` the payload itself, untouched. */
  readonly feed: unknown;
  /** The format the payload was read as. */
  readonly format: SourceFormat;
  /** Source locations that got no country, as written in the source, with their posting's id (one per posting and place). */
  readonly unresolvedLocations: readonly UnresolvedPlace[];
  /** Set when the source was read from a saved copy because its request failed. */
  readonly cached?: CachedSource;
}

export interface ToNativeOptions {
  readonly format: FeedFormat;
  /**
   * Language of postings whose source does not say (BCP 47). A malformed one
   * is cleaned (`en_GB` → `en-GB`) or, when nothing usable is left, ignored.
   */
  readonly language?: string;
  /** Where the payload came from. */
  readonly url?: string;
  /**
   * For HTML inside the payload (descriptions, list items, escaped HTML):
   * the platform's `DOMParser` by default; Node callers must pass one (the
   * CLI's parse5-based parser).
   */
  readonly html?: HtmlParser;
}

export interface LoadSourcesOptions {
  /** Source format of every URL; `auto` detects each one by shape. */
  readonly format: FeedFormat;
  /** Fallback language for URLs without a `language`/`lang` parameter. */
  readonly language?: string;
  readonly signal?: AbortSignal;
  /** Replaces the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Needed for XML sources (Personio): `new DOMParser()`, or xmldom's in Node. */
  readonly xmlParser?: XmlParser;
  /** For HTML inside payloads; see `ToNativeOptions.html`. */
  readonly html?: HtmlParser;
  /** Base for relative URLs; defaults to `document.baseURI` in a browser. */
  readonly baseUrl?: string;
  /** Milliseconds each request may take, headers and body; none by default. */
  readonly timeout?: number;
  /** How the timeout waits; `setTimeout` by default. */
  readonly wait?: Sleep;
  /**
   * Retries of network errors, timeouts, HTTP 5xx and 429 (see `retry.ts`):
   * 2 by default, with exponential backoff; `false` for none.
   */
  readonly retry?: RetryOptions | false;
  /**
   * Requests already sent (`startRequests`), by resolved URL: each is used
   * for the first attempt of its URL instead of a new request.
   */
  readonly started?: StartedRequests;
  /**
   * Stands between each source and the network: called with its URL (resolved), `fetch` (the request, with
   * timeout and retries) and `read` (decode and adapt a body), it answers the source as it likes. The widget's
   * saved copies (`cache.ts`) come in here. By default: `fetch().then(read)`.
   */
  readonly through?: SourceHook;
}

/** See `LoadSourcesOptions.through`. */
export type SourceHook = (
  url: string,
  fetch: () => Promise<FetchedText>,
  read: (body: FetchedText) => Promise<NativeResult>,
) => Promise<NativeResult>;

export interface LoadedSources {
  /** One native v1 feed with the postings of every source that loaded, not yet validated. */
  readonly feed: unknown;
  /** The format of each source that loaded, in URL order. */
  readonly formats: readonly SourceFormat[];
  /** Source locations without a country, over all sources, as written in them. */
  readonly unresolvedLocations: readonly UnresolvedPlace[];
  /** The sources that could not be used, in URL order (empty when all loaded). */
  readonly failedSources: readonly FailedSource[];
  /** The sources read from a saved copy because their request failed, in URL order (see `through`). */
  readonly fromCache: readonly CachedSource[];
}

const XML_TYPE = /^\s*(?:application|text)\/(?:[\w.+-]+\+)?xml\s*(?:;|$)/i;

/**
 * Decodes a response body: JSON, unless the content type is XML
 * (`application/xml`, `text/xml`, `…+xml`) or the body starts with `<`. XML
 * needs `xmlParser` and yields an `XmlNode` root. Malformed bodies, HTML pages
 * (an error or login page instead of a feed), and XML without a parser throw
 * a `parse` FeedError naming `source`.
 */
export async function decodePayload(
  text: string,
  contentType: string | null,
  xmlParser?: XmlParser,
  source = 'The feed',
): Promise<unknown> {
  const body = text.replace(/^\uFEFF/, '');
  const xml = (contentType !== null && XML_TYPE.test(contentType)) || body.trimStart().startsWith('<');
  if (!xml) return parseJson(body, source);
  if (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(body)) {
    throw new FeedError('parse', `${source} is an HTML page, not a feed`);
  }
  if (!xmlParser) throw new FeedError('parse', `${source} is XML, and no XML parser is available to read it`);
  const { parseXml } = await lazyModule(import('./adapters/xml.js'), 'XML');
  try {
    // An XML declaration must come first: drop whitespace some servers send before it.
    return parseXml(body.trimStart(), xmlParser);
  } catch (error) {
    if (error instanceof FeedError) {
      const message = error.message.replace(/^The feed\b/, '');
      throw new FeedError('parse', message === error.message ? `${source}: ${message}` : `${source}${message}`);
    }
    throw new FeedError('parse', `${source} is not well-formed XML: ${(error as Error).message}`);
  }
}

/**
 * Turns a decoded payload into a native v1 feed. `careers` passes through
 * untouched (the native parser validates it next); any other payload goes to
 * `adaptPayload` (detection, the checks of an explicit format, the adapter;
 * see `adapters/adapt.ts`), a lazy chunk only ATS feeds load: the common
 * case, a native feed, downloads none of that code.
 */
export async function toNativeFeed(payload: unknown, options: ToNativeOptions): Promise<NativeResult> {
  if (options.format === 'careers' || (options.format === 'auto' && isNativeEnvelope(payload))) {
    return { feed: payload, format: 'careers', unresolvedLocations: unplacedOf(payload) };
  }
  const { adaptPayload } = await lazyModule(import('./adapters/adapt.js'), 'format detection');
  return adaptPayload(payload, options);
}

/**
 * The places of a native feed that name no country, with their posting's
 * id, for the site owner, as the adapters name theirs: a native feed is
 * never guessed at (its author can add the country), only told about.
 * Read before validation, one level deep: rows and locations that are not
 * objects are skipped (validation names those).
 */
export function unplacedOf(payload: unknown): UnresolvedPlace[] {
  const places: UnresolvedPlace[] = [];
  const rows = isRecord(payload) && Array.isArray(payload['postings']) ? payload['postings'] : [];
  for (const row of rows) {
    if (!isRecord(row) || !Array.isArray(row['locations'])) continue;
    for (const location of row['locations']) {
      if (!isRecord(location) || location['country'] !== undefined) continue;
      const text = [location['city'], location['region']].filter((part) => typeof part === 'string' && part).join(', ');
      if (text) places.push(typeof row['id'] === 'string' ? { text, id: row['id'] } : { text });
    }
  }
  return places;
}

/** The `language` (or `lang`) query parameter of `url`, if a BCP 47 tag. */
export function languageFromUrl(url: string | URL): string | undefined {
  let params: URLSearchParams;
  try {
    params = new URL(url, 'http://localhost/').searchParams;
  } catch {
    return undefined;
  }
  for (const name of ['language', 'lang']) {
    const value = params.get(name)?.trim();
    if (value && isLanguageTag(value)) return Intl.getCanonicalLocales(value)[0];
  }
  return undefined;
}


/** The merge code, a lazy chunk: only a page with several sources needs it. */
const loadMerge = () => lazyModule(import('./merge.js'), 'merge');

/** Whether `feed` has the envelope of a native v1 feed, the least a merge needs. */
const isNativeEnvelope = (feed: unknown): boolean =>
  isRecord(feed) && feed['version'] === 1 && Array.isArray(feed['postings']);

/**
 * Fetches every URL in parallel, reads each in `format` (`auto`: detected per
 * URL) with the language of its own `language`/`lang` parameter, else
 * `options.language`, and merges them (see `mergeFeeds` in `merge.ts`).
 *
 * Each source stands alone: requests time out after `options.timeout`,
 * transient failures are retried (`options.retry`), and a source that still
 * fails (unreachable, HTTP error, unreadable, not a feed) is left out and
 * listed in `failedSources` while the others are merged. Only when every
 * source fails does it reject, with the `FeedError` of the first (its
 * message naming all of them when there are several) and `failedSources`.
 * An abort of `signal` rejects with the abort reason.
 */
export async function loadSources(urls: readonly string[], options: LoadSourcesOptions): Promise<LoadedSources> {
  const list = urls.map((u) => u.trim()).filter(Boolean);
  if (list.length === 0) throw new TypeError('loadSources needs at least one feed URL');
  const { signal } = options;
  signal?.throwIfAborted();
  const base = options.baseUrl ?? (typeof document === 'undefined' ? undefined : document.baseURI);
  const request = { signal, fetch: options.fetch, timeout: options.timeout, wait: options.wait };
  const started = new Map(options.started);
  // The retry policy is a lazy chunk, loaded after a first failure; without it the failure stands.
  const fetchOne = (url: string) => {
    const sent = started.get(url);
    started.delete(url); // a second source with the same URL sends its own
    return (sent ?? fetchText(url, request)).catch(async (error: unknown) => {
      if (options.retry === false || !(error instanceof FeedError)) throw error;
      const { withRetry } = await import('./retry.js').catch(() => {
        throw error;
      });
      return withRetry((n) => (n ? fetchText(url, request) : Promise.reject(error)), { ...options.retry, signal });
    });
  };
  // Each URL resolved against the page; undefined when it is not a URL.
  const resolved = list.map((raw) => {
    try {
      return new URL(raw, base).href;
    } catch {
      return undefined;
    }
  });
  const one = async (position: number): Promise<NativeResult> => {
    const url = resolved[position];
    if (url === undefined) throw new FeedError('network', `Invalid feed URL "${list[position]}"`);
    const read = async ({ text, contentType }: FetchedText): Promise<NativeResult> => {
      signal?.throwIfAborted();
      const payload = await decodePayload(text, contentType, options.xmlParser, url);
      const language = languageFromUrl(url) ?? options.language;
      try {
        const result = await toNativeFeed(payload, { format: options.format, language, url, html: options.html });
        signal?.throwIfAborted();
        // Several sources are merged: one that is not even a v1 feed is that source's failure.
        if (list.length > 1 && !isNativeEnvelope(result.feed)) {
          throw new FeedError('schema', `${url} is not a careers feed v1`);
        }
        return result;
      } catch (error) {
        if (error instanceof FeedError && !error.message.includes(url)) {
          throw new FeedError(error.kind, `${url}: ${error.message}`, error.status);
        }
        throw error;
      }
    };
    const fetch = () => fetchOne(url);
    return options.through ? options.through(url, fetch, read) : read(await fetch());
  };
  const settled = await Promise.all(
    list.map((_, position) =>
      one(position).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      ),
    ),
  );
  if (signal?.aborted) throw signal.reason;
  const loaded: (NativeResult & { position: number })[] = [];
  const failedSources: FailedSource[] = [];
  let first: FeedError | undefined;
  for (const [position, entry] of settled.entries()) {
    if ('result' in entry) {
      loaded.push({ ...entry.result, position });
      continue;
    }
    const url = resolved[position] ?? list[position]!;
    let { error } = entry;
    if (!(error instanceof FeedError)) {
      // A bug, or a lazy chunk that did not download: with one source, as it is.
      if (list.length === 1) throw error;
      error = new FeedError('network', `${url}: ${String(error)}`);
    }
    const { kind, status, message } = error as FeedError;
    first ??= error as FeedError;
    failedSources.push({ url, kind, ...(status === undefined ? {} : { status }), message });
  }
  if (!loaded.length) {
    const message =
      failedSources.length > 1
        ? `No feed source could be loaded: ${failedSources.map((f) => f.message).join('; ')}`
        : first!.message;
    throw new FeedError(first!.kind, message, first!.status, { failedSources });
  }
  return {
    feed: loaded.length === 1 ? loaded[0]!.feed : (await loadMerge()).mergeFeeds(loaded),
    formats: loaded.map((r) => r.format),
    unresolvedLocations: loaded.flatMap((r) => r.unresolvedLocations),
    failedSources,
    fromCache: loaded.flatMap((r) => r.cached ?? []),
  };
}
