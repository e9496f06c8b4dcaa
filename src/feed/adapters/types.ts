import type { FeedInput } from '../schema.js';
import type { HtmlParser } from './html.js';

/** A source location that got no country: its text, and the id of its posting in the source. */
export interface UnresolvedPlace {
  readonly text: string;
  readonly id?: string;
}

/** A minimal XML element tree, the same in the browser (DOMParser) and Node. */
export interface XmlNode {
  /** Local name of the element, e.g. `position`. */
  readonly name: string;
  /** By qualified name, in a null-prototype object (no name reaches `Object.prototype`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** Concatenated text and CDATA directly inside this element, untrimmed. */
  readonly text: string;
}

/** What an adapter is given besides the payload. */
export interface AdaptOptions {
  /**
   * Language of postings whose source does not say (Lever, Ashby, Workable,
   * a Personio payload fetched with `?language=de`): a BCP 47 tag.
   */
  readonly language?: string;
  /** URL the payload came from, if any (Personio reads `?language=`). */
  readonly url?: string;
  /**
   * The HTML parser for descriptions, list items and entity-escaped HTML
   * (Greenhouse, JSON-LD, Lever, Recruitee). Defaults to the platform's
   * `DOMParser`; Node has none, so Node callers must pass one (the CLI
   * passes its parse5-based parser).
   */
  readonly html?: HtmlParser;
}

/**
 * An adapter's output: a native v1 feed, not yet validated (the native zod
 * schema validates it next, so bad rows are skipped exactly as for native
 * feeds), and the source locations that got no country, as written in the
 * source with their posting's id (one entry per posting and place), for the
 * site owner.
 */
export interface AdaptResult {
  readonly feed: Omit<FeedInput, 'postings'> & { postings: unknown[] };
  readonly unresolvedLocations: readonly UnresolvedPlace[];
}

/**
 * Turns a source payload into the native model. JSON sources receive the
 * parsed JSON value; Personio receives an `XmlNode` root. Must not throw on
 * odd rows: map what can be mapped and let validation skip the rest. Throws a
 * `FeedError('schema', …)` only when the payload as a whole is not of its
 * format. May be async, to load a further chunk only for input that needs it
 * (JSON-LD's decoder of entity-escaped HTML).
 */
export type Adapter = ((input: unknown, options: AdaptOptions) => AdaptResult | Promise<AdaptResult>) & AdapterSteps;

/** An adapter that needs no further chunk: all but JSON-LD. */
export type SyncAdapter = ((input: unknown, options: AdaptOptions) => AdaptResult) & AdapterSteps;

interface AdapterSteps {
  /**
   * The same work one source row at a time, for adapters that have it: a
   * generator that yields after each row and returns the result, so the
   * widget can spread a large payload over several tasks (`sliced`).
   */
  readonly steps?: (input: unknown, options: AdaptOptions) => Iterator<unknown, AdaptResult>;
}
