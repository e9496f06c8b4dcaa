/**
 * Source-format detection by shape. Tiny and synchronous: it ships in the
 * main bundle, so it looks at keys only and never imports an adapter.
 *
 * Empty but shaped payloads (a board with no openings) are recognised, so an
 * empty board shows "no jobs" rather than an "unrecognised format" error.
 * When the shape alone cannot tell formats apart, the best guess comes first
 * and the other candidates follow; all of them turn an empty list into the
 * same empty feed, so the guess cannot lose postings:
 *
 * - `{ jobs: [] }` → `ashby` if `apiVersion` is present, `workable` if an
 *   account `name` is present, otherwise `greenhouse` (then the others);
 * - `[]` → `lever` (Lever's postings API answers a bare array), then `jsonld`,
 *   then `breezy` (Breezy HR's `/json` too); a non-empty array is `breezy`
 *   when a row has `friendly_id` or `published_date`;
 * - `{ offers: [] }` → `recruitee`; `{ content: [], totalFound: 0 }` →
 *   `smartrecruiters`; `{ result: [] }` (with or without BambooHR's `meta`)
 *   → `bamboohr`; `{ version: 1, postings: [] }` → `careers`;
 * - a JSON Feed with no items → `jsonld`; `<workzag-jobs/>` → `personio`.
 */
import type { SourceFormat } from '../formats.js';
import type { XmlNode } from './types.js';
import { isRecord } from '../checks.js';
import { isXmlNode } from '../checks.js';

// Re-exported: callers that detect formats also ask "is this XML?".
export { isXmlNode };

type Rec = Record<string, unknown>;

const { isArray } = Array;

/** Some object row of `list` has one of `keys`. */
const rowsHave = (list: readonly unknown[], ...keys: string[]): boolean =>
  list.some((row) => isRecord(row) && keys.some((k) => k in row));

const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/i;

/**
 * An `@context` naming schema.org: the IRI, an object whose `@vocab` is it,
 * or an array holding one of those. Read one level deep, never recursively
 * (JSON-LD allows no arrays inside a context array).
 */
function mentionsSchemaOrg(context: unknown): boolean {
  return (isArray(context) ? context : [context]).some((item: unknown) => {
    const iri = isRecord(item) ? item['@vocab'] : item;
    return typeof iri === 'string' && SCHEMA_ORG.test(iri.trim());
  });
}

/** A schema.org prefix on a name ("schema:JobPosting", "https://schema.org/JobPosting"). */
export const SCHEMA_PREFIX = /^(?:(?:https?:\/\/)?schema\.org\/|schema:)/i;

/** The node's `@type`s without a schema.org prefix; detection and the JSON-LD adapter read types alike. */
export function typesOf(node: Rec): string[] {
  const raw = node['@type'];
  return (Array.isArray(raw) ? raw : [raw])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.trim().replace(SCHEMA_PREFIX, ''));
}

/** The node is of one of `types`. */
export const isA = (node: Rec, ...types: string[]): boolean => typesOf(node).some((t) => types.includes(t));

/** A JSON-LD node (or document) about job postings. */
function isJsonLdNode(node: unknown): boolean {
  if (!isRecord(node)) return false;
  if (isA(node, 'JobPosting', 'ItemList')) return true;
  if (isArray(node['@graph'])) return true;
  return mentionsSchemaOrg(node['@context']);
}

/** A JSON Feed (jsonfeed.org) document, job postings or not (the JSON-LD adapter reads its items). */
export function isJsonFeed(payload: Rec): payload is Rec & { items: unknown[] } {
  const version = payload['version'];
  return typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//i.test(version) && isArray(payload['items']);
}

/** A JSON Feed whose items carry `_jobposting`, or none yet. */
const isJobJsonFeed = (payload: Rec): boolean =>
  isJsonFeed(payload) && (payload.items.length === 0 || rowsHave(payload.items, '_jobposting'));

function personioCandidates(node: XmlNode): SourceFormat[] {
  // The document, one position, or a bare list of <position> elements under another root element.
  const elements = node.children;
  return node.name === 'workzag-jobs' || node.name === 'position' || (elements.length > 0 && elements.every((c) => c.name === 'position'))
    ? ['personio']
    : [];
}

function jobsCandidates(payload: Rec, jobs: readonly unknown[]): SourceFormat[] {
  if ('apiVersion' in payload || rowsHave(jobs, 'jobUrl')) return ['ashby'];
  if (rowsHave(jobs, 'shortcode')) return ['workable'];
  if (rowsHave(jobs, 'absolute_url')) return ['greenhouse'];
  if (jobs.length > 0) return [];
  if (typeof payload['name'] === 'string') return ['workable', 'greenhouse', 'ashby'];
  return ['greenhouse', 'ashby', 'workable'];
}

/**
 * Every format the payload's shape fits, best guess first; empty when none
 * does. More than one entry only for empty, shaped payloads (see above).
 */
export function candidateFormats(payload: unknown): SourceFormat[] {
  if (isXmlNode(payload)) return personioCandidates(payload);
  if (isArray(payload)) {
    if (payload.length === 0) return ['lever', 'jsonld', 'breezy'];
    if (rowsHave(payload, 'hostedUrl', 'categories')) return ['lever'];
    if (rowsHave(payload, 'friendly_id', 'published_date')) return ['breezy'];
    if (payload.some(isJsonLdNode)) return ['jsonld'];
    return [];
  }
  if (!isRecord(payload)) return [];
  if (payload['version'] === 1 && isArray(payload['postings'])) return ['careers'];
  if (isArray(payload['jobs'])) return jobsCandidates(payload, payload['jobs']);
  if (isArray(payload['offers'])) return ['recruitee'];
  if (isArray(payload['result'])) return ['bamboohr'];
  if (isArray(payload['content']) && typeof payload['totalFound'] === 'number') return ['smartrecruiters'];
  if (isJsonLdNode(payload) || isJobJsonFeed(payload)) return ['jsonld'];
  return [];
}

/**
 * The source format of a decoded payload (parsed JSON, or the `XmlNode` root
 * of an XML document), judged by shape only; `undefined` when nothing fits.
 */
export function detectFormat(payload: unknown): SourceFormat | undefined {
  return candidateFormats(payload)[0];
}
