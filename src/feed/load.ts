import { FeedError } from './errors.js';

/**
 * Fetches a feed and parses its JSON. Network failures, HTTP errors and
 * non-JSON bodies become typed `FeedError`s; an abort is passed through
 * unchanged so the caller can tell "superseded" from "failed".
 */
export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', `Could not reach ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new FeedError('http', `${url} answered HTTP ${response.status}`, response.status);
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FeedError('network', `Could not read ${url}: ${(error as Error).message}`);
  }
  return parseJson(body, url);
}

/** `JSON.parse` with a `parse` FeedError instead of a SyntaxError. */
export function parseJson(body: string, source: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new FeedError('parse', `${source} is not valid JSON: ${(error as Error).message}`);
  }
}
