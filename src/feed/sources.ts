/**
 * From feed URLs (or payloads) of any supported source format to one native
 * v1 feed: fetch, decode (JSON or XML), detect, adapt, merge. The widget and
 * the CLI share this pipeline. The result is not validated yet: callers hand
 * it to `parseFeed`, so rows of every source are checked the same way.
 *
 * This module sits in the main bundle: it stays small and imports no
 * adapter, no zod; adapters load lazily through `registry.ts`.
 */
import { FeedError } from './errors.js';
import { FEED_FORMATS, type FeedFormat, type SourceFormat } from './formats.js';
import { fetchText, parseJson } from './load.js';
import { isLanguageTag, isRecord } from './checks.js';
import { cleanTag } from '../i18n/tags.js';
import { rowId } from './parse.js';
import { candidateFormats } from './adapters/detect.js';
import { loadAdapter } from './adapters/registry.js';
import { isXmlNode, parseXml } from './adapters/xml.js';
import type { HtmlParser } from './adapters/html.js';

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
  /** Source locations that got no country. */
  readonly unresolvedLocations: number;
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
}

export interface LoadedSources {
  /** One native v1 feed with the postings of every source, not yet validated. */
  readonly feed: unknown;
  /** The format of each source, in URL order. */
  readonly formats: readonly SourceFormat[];
  /** Source locations without a country, over all sources. */
  readonly unresolvedLocations: number;
}

const XML_TYPE = /^\s*(?:application|text)\/(?:[\w.+-]+\+)?xml\s*(?:;|$)/i;

/**
 * Decodes a response body: JSON, unless the content type is XML
 * (`application/xml`, `text/xml`, `…+xml`) or the body starts with `<`. XML
 * needs `xmlParser` and yields an `XmlNode` root. Malformed bodies, HTML pages
 * (an error or login page instead of a feed), and XML without a parser throw
 * a `parse` FeedError naming `source`.
 */
export function decodePayload(
  text: string,
  contentType: string | null,
  xmlParser?: XmlParser,
  source = 'The feed',
): unknown {
  const body = text.replace(/^\uFEFF/, '');
  const xml = (contentType !== null && XML_TYPE.test(contentType)) || body.trimStart().startsWith('<');
  if (!xml) return parseJson(body, source);
  if (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(body)) {
    throw new FeedError('parse', `${source} is an HTML page, not a feed`);
  }
  if (!xmlParser) throw new FeedError('parse', `${source} is XML, and no XML parser is available to read it`);
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

const adapterFormats = FEED_FORMATS.filter((f) => f !== 'auto' && f !== 'careers').join(', ');

const looksLike = (payload: unknown, formats: readonly SourceFormat[]): string =>
  isXmlNode(payload) ? `an XML document <${payload.name}>` : `a ${formats.join(' or ')} feed`;

/**
 * Turns a decoded payload into a native v1 feed. `careers` passes through
 * untouched (the native parser validates it next); `auto` detects the format
 * by shape and throws a `schema` FeedError when nothing fits. An explicit
 * format the payload clearly is not (by shape, or JSON given to the XML
 * format and back) is a `schema` FeedError too.
 */
export async function toNativeFeed(payload: unknown, options: ToNativeOptions): Promise<NativeResult> {
  const candidates = candidateFormats(payload);
  let format: SourceFormat;
  if (options.format === 'auto') {
    const detected = candidates[0];
    if (!detected) {
      throw new FeedError(
        'schema',
        `Unrecognised feed format: ${isXmlNode(payload) ? `XML <${payload.name}>` : 'the data'} is neither a careers feed v1 ({ "version": 1, "postings": [...] }) nor one of ${adapterFormats}`,
      );
    }
    format = detected;
  } else {
    format = options.format;
    if (format !== 'careers') {
      const xml = isXmlNode(payload);
      if (format === 'personio' ? !xml : xml) {
        throw new FeedError('schema', `The feed is ${xml ? 'XML' : 'not XML'}, so it is not a ${format} feed`);
      }
      if (candidates.length > 0 && !candidates.includes(format)) {
        throw new FeedError('schema', `The feed looks like ${looksLike(payload, candidates)}, not a ${format} feed`);
      }
    }
  }
  if (format === 'careers') return { feed: payload, format, unresolvedLocations: 0 };
  const adapt = await loadAdapter(format);
  try {
    // A malformed fallback language (`en_GB`, `fr-`) is cleaned, or dropped: never handed on as it is.
    const language = cleanTag(options.language);
    const { feed, unresolvedLocations } = adapt(payload, { language, url: options.url, html: options.html });
    return { feed, format, unresolvedLocations };
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError('schema', `Could not read the ${format} feed: ${(error as Error).message}`);
  }
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


/**
 * JSON with object keys sorted: equal for rows equal in content. Rows are
 * untrusted and may nest to any depth, so the walk uses an explicit stack,
 * never recursion; an object met again inside itself is written as
 * `"[circular]"` instead of looping.
 */
export function stableKey(root: unknown): string {
  let out = '';
  const open = new Set<unknown>();
  // Text to write, a value to write, or an object or array to leave.
  const stack: (string | { value: unknown } | { leave: unknown })[] = [{ value: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if (typeof step === 'string') out += step;
    else if ('leave' in step) open.delete(step.leave);
    else {
      const { value } = step;
      const array = Array.isArray(value);
      if (!array && !isRecord(value)) out += JSON.stringify(value) ?? 'null';
      else if (open.has(value)) out += '"[circular]"';
      else {
        open.add(value);
        const entries: [string, unknown][] = array
          ? value.map((item) => ['', item])
          : Object.keys(value)
              .filter((k) => value[k] !== undefined)
              .sort()
              .map((k) => [`${JSON.stringify(k)}:`, value[k]]);
        // Pushed in reverse: the stack gives them back in order.
        stack.push({ leave: value }, array ? ']' : '}');
        for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1] }, (i ? ',' : '') + entries[i]![0]);
        stack.push(array ? '[' : '{');
      }
    }
  }
  return out;
}

/**
 * Merges native feeds into one: `version: 1`, the first organization any
 * source has, and every posting in source order.
 *
 * Ids must be unique across the merged feed. A row whose id an earlier source
 * already used is dropped when it is identical to that earlier row (the same
 * posting listed twice); otherwise its id becomes `<id>~<n>`, `n` being the
 * 1-based position of its source (`~<n>.2`, `~<n>.3`… if that is taken too),
 * and `translationOf` references inside that source follow the rename.
 * Duplicates within one source are left alone: `parseFeed` reports them.
 * A single feed is returned untouched; with several, each must have
 * `version: 1` and a `postings` array, else a `schema` FeedError names it.
 */
export function mergeFeeds(results: readonly Pick<NativeResult, 'feed'>[]): unknown {
  return mergeFeedsTraced(results).feed;
}

/** Where a merged row came from: source position and row index there (0-based). */
export interface RowOrigin {
  readonly source: number;
  readonly index: number;
}

/** `mergeFeeds`, plus the origin of every merged row (for reports). */
export function mergeFeedsTraced(results: readonly Pick<NativeResult, 'feed'>[]): {
  feed: unknown;
  origins: RowOrigin[];
} {
  if (results.length === 1) {
    const { feed } = results[0]!;
    const rows = isRecord(feed) && Array.isArray(feed['postings']) ? feed['postings'] : [];
    return { feed, origins: rows.map((_, index) => ({ source: 0, index })) };
  }
  let organization: unknown;
  const postings: unknown[] = [];
  const origins: RowOrigin[] = [];
  /** id → stable key of the first row that holds it, over earlier sources. */
  const taken = new Map<string, string>();
  results.forEach(({ feed }, source) => {
    const n = source + 1;
    if (!isRecord(feed) || feed['version'] !== 1 || !Array.isArray(feed['postings'])) {
      throw new FeedError('schema', `Feed ${n} of ${results.length} is not a careers feed v1`);
    }
    if (organization === undefined && feed['organization'] !== undefined) organization = feed['organization'];
    const rows: readonly unknown[] = feed['postings'];
    const own = new Set(rows.map(rowId).filter((id) => id !== undefined));
    const renames = new Map<string, string>();
    const kept: [unknown, number][] = [];
    rows.forEach((row, index) => {
      const id = rowId(row);
      if (id === undefined || !taken.has(id)) kept.push([row, index]);
      else if (taken.get(id) !== stableKey(row)) {
        let fresh = renames.get(id);
        if (fresh === undefined) {
          fresh = `${id}~${n}`;
          for (let k = 2; taken.has(fresh) || own.has(fresh); k++) fresh = `${id}~${n}.${k}`;
          renames.set(id, fresh);
        }
        kept.push([{ ...(row as Record<string, unknown>), id: fresh }, index]);
      } // else: the very same posting again, dropped
    });
    for (const [row, index] of kept) {
      const target = isRecord(row) && typeof row['translationOf'] === 'string' ? row['translationOf'].trim() : '';
      const renamed = renames.get(target);
      const out = renamed === undefined ? row : { ...(row as Record<string, unknown>), translationOf: renamed };
      postings.push(out);
      origins.push({ source, index });
      const id = rowId(out);
      if (id !== undefined && !taken.has(id)) taken.set(id, stableKey(out));
    }
  });
  return { feed: { version: 1, ...(organization === undefined ? {} : { organization }), postings }, origins };
}

/**
 * Fetches every URL in parallel, reads each in `format` (`auto`: detected per
 * URL) with the language of its own `language`/`lang` parameter, else
 * `options.language`, and merges them (see `mergeFeeds`). The first failure
 * rejects with a `FeedError` naming its URL and cancels the other requests;
 * an abort of `signal` rejects with the abort reason.
 */
export async function loadSources(urls: readonly string[], options: LoadSourcesOptions): Promise<LoadedSources> {
  const list = urls.map((u) => u.trim()).filter(Boolean);
  if (list.length === 0) throw new TypeError('loadSources needs at least one feed URL');
  const { signal } = options;
  signal?.throwIfAborted();
  const base = options.baseUrl ?? (typeof document === 'undefined' ? undefined : document.baseURI);
  const fetchImpl = options.fetch ?? fetch;
  // One failure cancels the siblings; an outer abort cancels all.
  const siblings = new AbortController();
  const onAbort = () => siblings.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const one = async (raw: string): Promise<NativeResult> => {
    let url: string;
    try {
      url = new URL(raw, base).href;
    } catch {
      throw new FeedError('network', `Invalid feed URL "${raw}"`);
    }
    const { text, contentType } = await fetchText(url, siblings.signal, fetchImpl);
    signal?.throwIfAborted();
    const payload = decodePayload(text, contentType, options.xmlParser, url);
    const language = languageFromUrl(url) ?? options.language;
    try {
      const result = await toNativeFeed(payload, { format: options.format, language, url, html: options.html });
      signal?.throwIfAborted();
      return result;
    } catch (error) {
      if (error instanceof FeedError && !error.message.includes(url)) {
        throw new FeedError(error.kind, `${url}: ${error.message}`, error.status);
      }
      throw error;
    }
  };
  try {
    const results = await Promise.all(
      list.map((u) =>
        one(u).catch((error: unknown) => {
          if (!signal?.aborted) siblings.abort(error);
          throw error;
        }),
      ),
    );
    return {
      feed: mergeFeeds(results),
      formats: results.map((r) => r.format),
      unresolvedLocations: results.reduce((sum, r) => sum + r.unresolvedLocations, 0),
    };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
