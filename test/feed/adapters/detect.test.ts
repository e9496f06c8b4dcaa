import { expect } from '@open-wc/testing';
import { candidateFormats, detectFormat, isXmlNode } from '../../../src/feed/adapters/detect.js';
import type { XmlNode } from '../../../src/feed/adapters/types.js';
import type { SourceFormat } from '../../../src/feed/formats.js';
import { fixtureJson, fixtureXml, servedJson } from './support.js';

const node = (name: string, children: XmlNode[] = []): XmlNode => ({ name, attributes: {}, children, text: '' });

describe('detectFormat', () => {
  describe('every fixture', () => {
    const cases: [string, SourceFormat][] = [
      ['greenhouse.json', 'greenhouse'],
      ['lever.json', 'lever'],
      ['ashby.json', 'ashby'],
      ['workable.json', 'workable'],
      ['recruitee.json', 'recruitee'],
      ['smartrecruiters.json', 'smartrecruiters'],
      ['jsonld.json', 'jsonld'],
      ['jsonld-graph.json', 'jsonld'],
      ['jsonfeed.json', 'jsonld'],
      ['breezy.json', 'breezy'],
      ['bamboohr.json', 'bamboohr'],
    ];
    for (const [file, format] of cases) {
      it(`${file} → ${format}, unambiguously`, async () => {
        const payload = await fixtureJson(file);
        expect(detectFormat(payload)).to.equal(format);
        expect(candidateFormats(payload)).to.deep.equal([format]);
      });
    }

    for (const file of ['personio-de.xml', 'personio-en.xml']) {
      it(`${file} → personio`, async () => {
        const root = await fixtureXml(file);
        expect(isXmlNode(root)).to.equal(true);
        expect(detectFormat(root)).to.equal('personio');
      });
    }

    it('the demo feed → careers', async () => {
      expect(detectFormat(await servedJson('/demo/feed.json'))).to.equal('careers');
    });
  });

  describe('by shape', () => {
    it('tells the three `jobs` formats apart by their row keys', () => {
      expect(detectFormat({ jobs: [{ id: 1, absolute_url: 'https://x.example/1' }] })).to.equal('greenhouse');
      expect(detectFormat({ jobs: [{ id: 'a', jobUrl: 'https://x.example/a' }] })).to.equal('ashby');
      expect(detectFormat({ jobs: [{ shortcode: 'ABC' }] })).to.equal('workable');
      expect(detectFormat({ apiVersion: '1', jobs: [{ id: 'a' }] })).to.equal('ashby');
    });

    it('finds the marker in any row, not only the first', () => {
      expect(detectFormat({ jobs: [null, 'x', { title: 'A' }, { absolute_url: 'https://x.example' }] })).to.equal(
        'greenhouse',
      );
      expect(detectFormat([{}, { hostedUrl: 'https://jobs.lever.co/x/1' }])).to.equal('lever');
      expect(detectFormat([{ categories: {} }])).to.equal('lever');
    });

    it('reads JSON-LD in its several shapes', () => {
      expect(detectFormat({ '@context': 'https://schema.org', '@type': 'JobPosting' })).to.equal('jsonld');
      expect(detectFormat({ '@context': 'http://schema.org/' })).to.equal('jsonld');
      expect(detectFormat({ '@context': ['https://schema.org', { x: 'y' }] })).to.equal('jsonld');
      expect(detectFormat({ '@context': { '@vocab': 'https://schema.org/' } })).to.equal('jsonld');
      expect(detectFormat({ '@type': 'ItemList', itemListElement: [] })).to.equal('jsonld');
      expect(detectFormat({ '@type': ['Thing', 'schema:JobPosting', 'https://schema.org/JobPosting'] })).to.equal(
        'jsonld',
      );
      expect(detectFormat({ '@graph': [] })).to.equal('jsonld');
      expect(detectFormat([{ '@type': 'JobPosting', title: 'A' }])).to.equal('jsonld');
      expect(
        detectFormat({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', _jobposting: {} }] }),
      ).to.equal('jsonld');
    });

    it('recognises Personio by its root, or a bare list of <position>', () => {
      expect(detectFormat(node('workzag-jobs'))).to.equal('personio');
      expect(detectFormat(node('position'))).to.equal('personio');
      expect(detectFormat(node('jobs', [node('position'), node('position')]))).to.equal('personio');
    });
  });

  describe('empty but shaped payloads (an empty board is a feed, not an error)', () => {
    it('`{ jobs: [] }` → greenhouse, with ashby and workable as candidates', () => {
      expect(detectFormat({ jobs: [] })).to.equal('greenhouse');
      expect(detectFormat({ jobs: [], meta: { total: 0 } })).to.equal('greenhouse');
      expect(candidateFormats({ jobs: [] })).to.have.members(['greenhouse', 'ashby', 'workable']);
    });

    it('uses the envelope keys that remain: apiVersion → ashby, an account name → workable', () => {
      expect(detectFormat({ apiVersion: '1', jobs: [] })).to.equal('ashby');
      expect(detectFormat({ name: 'Lumenfield', description: '', jobs: [] })).to.equal('workable');
      expect(candidateFormats({ name: 'Lumenfield', jobs: [] })).to.include('greenhouse');
    });

    it('tells Breezy rows by `friendly_id` or `published_date`, and a BambooHR list by `result`', () => {
      expect(detectFormat([{ id: 'a', friendly_id: 'a-job' }])).to.equal('breezy');
      expect(detectFormat([null, { id: 'a', published_date: '2026-10-01T00:00:00Z' }])).to.equal('breezy');
      expect(candidateFormats([{ friendly_id: 'a-job' }])).to.deep.equal(['breezy']);
      expect(detectFormat({ meta: { totalCount: 1 }, result: [{ id: '1', jobOpeningName: 'A' }] })).to.equal('bamboohr');
    });

    it('`[]` → lever (then jsonld, breezy), and the other empty lists → their format', () => {
      expect(candidateFormats([])).to.deep.equal(['lever', 'jsonld', 'breezy']);
      expect(candidateFormats({ meta: { totalCount: 0 }, result: [] })).to.deep.equal(['bamboohr']);
      expect(detectFormat({ result: [] })).to.equal('bamboohr');
      expect(detectFormat({ offers: [] })).to.equal('recruitee');
      expect(detectFormat({ offset: 0, limit: 100, totalFound: 0, content: [] })).to.equal('smartrecruiters');
      expect(detectFormat({ version: 1, postings: [] })).to.equal('careers');
      expect(detectFormat({ version: 'https://jsonfeed.org/version/1.1', title: 'Jobs', items: [] })).to.equal(
        'jsonld',
      );
      expect(detectFormat(node('workzag-jobs'))).to.equal('personio');
    });
  });

  describe('negative cases', () => {
    const unknown: [string, unknown][] = [
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a string', '{"jobs":[]}'],
      ['an empty object', {}],
      ['jobs rows without any known key', { jobs: [{ title: 'A', url: 'https://x.example' }] }],
      ['an array of primitives', [1, 2, 3]],
      ['an array of unknown objects', [{ title: 'A' }]],
      ['a native feed of another version', { version: 2, postings: [] }],
      ['postings without a version', { postings: [] }],
      ['`content` without `totalFound`', { content: [] }],
      ['`jobs` that is not an array', { jobs: { a: 1 } }],
      ['`result` that is not an array', { meta: {}, result: { id: 1 } }],
      ['another @context', { '@context': 'https://example.org/vocab', '@type': 'Thing' }],
      ['a blog JSON Feed', { version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', title: 'Post' }] }],
      ['another XML root', node('rss', [node('channel')])],
      ['an XML root with mixed children', node('jobs', [node('position'), node('item')])],
    ];
    for (const [label, payload] of unknown) {
      it(`${label} → undefined`, () => {
        expect(detectFormat(payload)).to.equal(undefined);
        expect(candidateFormats(payload)).to.deep.equal([]);
      });
    }

    it('an XmlNode is never mistaken for JSON and vice versa', () => {
      expect(isXmlNode(node('workzag-jobs'))).to.equal(true);
      expect(isXmlNode({ name: 'workzag-jobs', children: [] })).to.equal(false);
      expect(detectFormat({ name: 'workzag-jobs', children: [] })).to.equal(undefined);
    });
  });
});
