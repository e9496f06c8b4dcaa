/**
 * Shared setup for the feed adapter tests: reading the ATS fixtures the test
 * server serves, running an adapter over one and validating its output, and
 * small assertions the adapter tests all need.
 */
import { expect } from '@open-wc/testing';
import type { Adapter, AdaptOptions, AdaptResult, XmlNode } from '../../../src/feed/adapters/types.js';
import { parseXml } from '../../../src/feed/adapters/xml.js';
import { FeedError } from '../../../src/feed/errors.js';
import { parseFeed, type ParsedFeed } from '../../../src/feed/parse.js';
import type { FeedPosting } from '../../../src/feed/schema.js';

/** Where the test server serves the ATS fixtures (`test/fixtures/ats/`). */
export const ATS_FIXTURES = '/test/fixtures/ats/';

/** The body of a file the test server serves, as text; fails the test on an HTTP error. */
export async function servedText(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} answered HTTP ${response.status}`).to.equal(true);
  return response.text();
}

/** The body of a JSON file the test server serves, parsed. */
export async function servedJson(path: string): Promise<unknown> {
  return JSON.parse(await servedText(path)) as unknown;
}

/** An ATS fixture (e.g. `'lever.json'`) as text. */
export function fixtureText(name: string): Promise<string> {
  return servedText(`${ATS_FIXTURES}${name}`);
}

/** An ATS JSON fixture (e.g. `'lever.json'`), parsed. */
export function fixtureJson(name: string): Promise<unknown> {
  return servedJson(`${ATS_FIXTURES}${name}`);
}

/** XML text parsed into an `XmlNode` tree with the browser's DOMParser. */
export function xmlFromText(text: string): XmlNode {
  return parseXml(text, new DOMParser());
}

/** An ATS XML fixture (e.g. `'personio-de.xml'`), parsed into an `XmlNode` tree. */
export async function fixtureXml(name: string): Promise<XmlNode> {
  return xmlFromText(await fixtureText(name));
}

/** A fixture run through an adapter: the payload, the adapter's output, and that output validated. */
export interface AdaptedFixture {
  /** The payload the adapter was given: parsed JSON, or an `XmlNode` root for `.xml` fixtures. */
  readonly input: unknown;
  readonly result: AdaptResult;
  /** `result.feed` validated by `parseFeed`. */
  readonly feed: ParsedFeed;
}

/**
 * Loads an ATS fixture (XML when the name ends in `.xml`, else JSON), adapts
 * it with `options` and validates the result. Meant for a `before()` hook:
 * `before(async () => ({ input, result, feed } = await adaptFixture(adaptLever, 'lever.json', { language: 'en' })));`
 */
export async function adaptFixture(adapter: Adapter, name: string, options: AdaptOptions): Promise<AdaptedFixture> {
  const input = name.endsWith('.xml') ? await fixtureXml(name) : await fixtureJson(name);
  const result = await adapter(input, options);
  return { input, result, feed: parseFeed(result.feed) };
}

/** The valid posting with this id in a parsed feed; fails the test when there is none. */
export function postingById(feed: ParsedFeed, id: string): FeedPosting {
  const posting = feed.postings.find((p) => p.id === id);
  expect(posting, `posting ${id}`).to.not.equal(undefined);
  return posting!;
}

/** The error a call throws (fails when it does not throw). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an exception');
}

/**
 * The `FeedError` a call throws, checked to be of the given kind; fails when
 * the call does not throw, or throws anything else. `label` names the case in
 * a failure message (e.g. the rejected input, in a loop).
 */
export function expectFeedError(fn: () => unknown, kind: FeedError['kind'], label?: string): FeedError {
  const error = thrown(fn);
  expect(error, label).to.be.instanceOf(FeedError);
  expect((error as FeedError).kind, label).to.equal(kind);
  return error as FeedError;
}
