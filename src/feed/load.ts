import { FeedError } from './errors.js';

/** Accept header for feed requests: JSON first, XML (Personio) accepted. */
export const FEED_ACCEPT =
  'application/json, application/ld+json;q=0.9, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1';

/** A fetched response body and its declared type. */
export interface FetchedText {
  readonly text: string;
  /** The `content-type` header, if any. */
  readonly contentType: string | null;
}

/**
 * Fetches `url` and reads its body as text. Network failures and HTTP errors
 * become typed `FeedError`s (`network`, or `http` with the status); an abort
 * is passed through unchanged so the caller can tell "superseded" from
 * "failed". `fetchImpl` replaces the global `fetch` (tests, Node).
 */
export async function fetchText(
  url: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
  accept: string = FEED_ACCEPT,
): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { accept } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', `Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new FeedError('http', `${url} answered HTTP ${response.status}`, response.status);
  }
  try {
    return { text: await response.text(), contentType: response.headers.get('content-type') };
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', `Could not read ${url}: ${(error as Error).message}`);
  }
}

/** `JSON.parse` with a `parse` FeedError instead of a SyntaxError. */
export function parseJson(body: string, source: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', `${source} is not valid JSON: ${(error as Error).message}`);
  }
}
