/**
 * No recursion over untrusted data: feed values nested thousands of levels
 * deep neither overflow the stack nor cost the sources around them. Deep
 * values are built (and compared) iteratively here too: a failing assertion
 * must not walk them recursively either.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mergeFeeds, stableKey } from '../../src/feed/merge.js';
import { parseFeed } from '../../src/feed/parse.js';
import { candidateFormats } from '../../src/feed/adapters/detect.js';
import { adaptJsonLd } from '../../src/feed/adapters/jsonld.js';
import { mapEmploymentType } from '../../src/feed/adapters/common.js';
import { isRecord } from '../../src/feed/checks.js';

/** `leaf` inside `levels` arrays: [[[…leaf…]]]. */
function nestedArrays(levels: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

/** `leaf` inside `levels` objects: {"a":{"a":…leaf…}}. */
function nestedObjects(levels: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** The recursive definition `stableKey` replaces, for shallow values: the reference it must agree with. */
function recursiveKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(recursiveKey).join(',')}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${recursiveKey(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Job ${id}`,
  language: 'en',
  url: `https://jobs.example/${id}`,
  locations: [],
  datePosted: '2026-03-01',
  ...extra,
});
const native = (postings: unknown[]) => ({ version: 1, postings });
const ids = (feed: unknown) => ((feed as { postings: { id: string }[] }).postings ?? []).map((p) => p.id);

describe('deep feed data', () => {
  describe('stableKey', () => {
    it('writes what the recursive definition wrote, for any JSON value', () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(stableKey(value)).to.equal(recursiveKey(value));
        }),
        { numRuns: 500 },
      );
    });

    it('ignores key order and undefined members, keeps array order', () => {
      expect(stableKey({ b: 1, a: [2, { d: undefined, c: null }] })).to.equal('{"a":[2,{"c":null}],"b":1}');
      expect(stableKey({ a: [2, { c: null }], b: 1 })).to.equal(stableKey({ b: 1, a: [2, { c: null }] }));
      expect(stableKey([1, 2])).to.not.equal(stableKey([2, 1]));
      expect(stableKey([undefined, () => 1, {}, []])).to.equal('[null,null,{},[]]');
    });

    it('walks 100,000 levels of arrays and of objects', () => {
      const levels = 100_000;
      expect(stableKey(nestedArrays(levels))).to.equal(`${'['.repeat(levels)}"x"${']'.repeat(levels)}`);
      expect(stableKey(nestedObjects(levels))).to.equal(`${'{"a":'.repeat(levels)}"x"${'}'.repeat(levels)}`);
    });

    it('writes a cycle as "[circular]" instead of looping; a shared value twice', () => {
      const loop: Record<string, unknown> = { id: 'a' };
      loop['self'] = loop;
      expect(stableKey(loop)).to.equal('{"id":"a","self":"[circular]"}');
      const shared = { x: 1 };
      expect(stableKey([shared, shared])).to.equal('[{"x":1},{"x":1}]');
    });
  });

  describe('mergeFeeds with a row nested 10,000 levels deep', () => {
    const levels = 10_000;

    it('drops the identical row of a later source and keeps every other row of both', () => {
      const merged = mergeFeeds([
        { feed: native([row('deep', { extra: nestedArrays(levels) }), row('a')]) },
        { feed: native([row('deep', { extra: nestedArrays(levels) }), row('b')]) },
      ]);
      expect(ids(merged)).to.deep.equal(['deep', 'a', 'b']);
      const parsed = parseFeed(merged);
      expect(parsed.postings.map((p) => p.id)).to.deep.equal(['deep', 'a', 'b']);
      expect(parsed.skipped).to.deep.equal([]);
    });

    it('renames a different deep row of a later source', () => {
      const merged = mergeFeeds([
        { feed: native([row('deep', { extra: nestedObjects(levels, 1) })]) },
        { feed: native([row('deep', { extra: nestedObjects(levels, 2) }), row('b')]) },
      ]);
      expect(ids(merged)).to.deep.equal(['deep', 'deep~2', 'b']);
    });

    it('merges the JSON text of two such sources: the same rows again are dropped', () => {
      const deepRow = (id: string) => `${JSON.stringify(row(id)).slice(0, -1)},"extra":${'['.repeat(levels)}1${']'.repeat(levels)}}`;
      const text = (id: string) => `{"version":1,"postings":[${deepRow(id)},${JSON.stringify(row(`${id}-2`))}]}`;
      const merged = mergeFeeds([{ feed: JSON.parse(text('deep')) }, { feed: JSON.parse(text('deep')) }]);
      expect(ids(merged)).to.deep.equal(['deep', 'deep-2']);
    });
  });

  describe('format detection and the JSON-LD adapter', () => {
    const levels = 100_000;

    it('an @context nested 100,000 arrays deep is no schema.org context, and throws nothing', () => {
      expect(candidateFormats({ '@context': nestedArrays(levels, 'https://schema.org') })).to.deep.equal([]);
      expect(candidateFormats({ '@context': ['https://schema.org/'] })).to.deep.equal(['jsonld']);
      expect(candidateFormats({ '@context': [{ '@vocab': 'http://schema.org' }] })).to.deep.equal(['jsonld']);
    });

    it('deep identifiers, links, employment types and graphs are read as far as they make sense', async () => {
      const posting = {
        '@type': 'JobPosting',
        identifier: nestedArrays(levels, 'deep-id'),
        title: 'Baker',
        url: 'https://bake.example/jobs/1',
        inLanguage: 'en',
        datePosted: '2026-03-01',
        employmentType: nestedArrays(levels, 'FULL_TIME'),
        hiringOrganization: { name: 'Bakery', sameAs: nestedArrays(levels, 'https://bake.example'), logo: nestedObjects(levels) },
        extra: nestedObjects(levels),
      };
      const deepGraph = { '@context': 'https://schema.org', '@graph': [posting, nestedArrays(levels, { '@type': 'JobPosting', title: 'Too deep' })] };
      const { feed } = await adaptJsonLd(deepGraph, {});
      const parsed = parseFeed(feed);
      expect(parsed.postings.map((p) => [p.id, p.title, p.employmentType])).to.deep.equal([
        ['https://bake.example/jobs/1', 'Baker', undefined],
      ]);
      expect(parsed.organization).to.deep.equal({ name: 'Bakery' });
      expect(parsed.skipped).to.deep.equal([]);
    });

    it('mapEmploymentType reads one level of array', () => {
      expect(mapEmploymentType(['x', 'FULL_TIME'])).to.equal('full-time');
      expect(mapEmploymentType([['FULL_TIME']])).to.equal(undefined);
      expect(mapEmploymentType(nestedArrays(levels, 'FULL_TIME'))).to.equal(undefined);
    });
  });
});
