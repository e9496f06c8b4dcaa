/**
 * The whole way from a feed source to display-ready postings: fetch, decode,
 * validate, normalize. The widget imports this module lazily, in parallel
 * with its first render, so zod and the validation code are not part of the
 * script a page must download before anything shows.
 */
import { fetchJson, parseJson } from './load.js';
import { describeSkipped, parseFeed } from './parse.js';
import type { FeedOrganization } from './schema.js';
import { normalizePostings } from '../model/normalize.js';
import type { Posting } from '../model/posting.js';

/** Where the feed comes from; the first one set wins, in this order. */
export interface FeedRequest {
  /** Feed data set as a property. */
  readonly feed?: unknown;
  /** Absolute feed URL. */
  readonly url?: string;
  /** The text of an inline `<script type="application/json">`. */
  readonly inline?: string | null;
}

/** A loaded feed, ready to filter. */
export interface LoadedFeed {
  readonly organization?: FeedOrganization;
  readonly postings: readonly Posting[];
  /** How many rows were invalid and left out. */
  readonly skipped: number;
}

/**
 * Loads, validates and normalizes a feed. Resolves to `null` when there is
 * no source at all; rejects with a `FeedError` when the feed is unusable, or
 * with the abort reason when `signal` aborts. Invalid rows are skipped, counted
 * and named in one console warning.
 */
export async function loadFeed(request: FeedRequest, signal: AbortSignal): Promise<LoadedFeed | null> {
  let data: unknown;
  if (request.feed !== undefined && request.feed !== null) data = request.feed;
  else if (request.url) data = await fetchJson(request.url, signal);
  else if (request.inline) data = parseJson(request.inline, 'The inline feed');
  else return null;
  const parsed = parseFeed(data);
  if (parsed.skipped.length) console.warn(describeSkipped(parsed.skipped));
  return {
    organization: parsed.organization,
    postings: normalizePostings(parsed.postings),
    skipped: parsed.skipped.length,
  };
}
