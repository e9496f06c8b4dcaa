import { expect } from '@open-wc/testing';
import { adaptJsonLd } from '../../../src/feed/adapters/jsonld.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { parseFeed, type ParsedFeed } from '../../../src/feed/parse.js';
import { FeedError } from '../../../src/feed/errors.js';
import { adaptFixture, postingById } from './support.js';

const posting = (fields: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  title: 'Baker',
  url: 'https://bake.example/jobs/1',
  datePosted: '2026-09-01',
  ...fields,
});

describe('adaptJsonLd', () => {
  describe('an ItemList (jsonld.json)', () => {
    let result: AdaptResult;
    let feed: ParsedFeed;

    before(async () => {
      ({ result, feed } = await adaptFixture(adaptJsonLd, 'jsonld.json', { language: 'de' }));
    });

    it('reads ListItem items and direct postings, ignores other types, and links same-id language versions', () => {
      expect(feed.postings.map((p) => [p.id, p.language, p.translationOf])).to.deep.equal([
        ['NW-1001-en', 'en', 'NW-1001'],
        ['NW-1001-fr', 'fr', 'NW-1001'],
        ['NW-1002', 'en-US', undefined],
        ['https://careers.northwind.example/de/jobs/lager', 'de', undefined],
      ]);
      expect(feed.skipped.map((s) => [s.index, s.id, s.reasons])).to.deep.equal([
        [4, 'NW-1009', ['postings[4].url: needs a url, a description or sections']],
      ]);
    });

    it('names the unresolvable applicant region (EMEA) and address (Atlantis)', () => {
      expect(result.unresolvedLocations).to.deep.equal([
        { text: 'EMEA', id: 'NW-1002' },
        { text: 'Atlantis', id: 'NW-1009' },
      ]);
    });

    it('takes the organization from the agreeing hiringOrganization, with sameAs and logo', () => {
      expect(feed.organization).to.deep.equal({
        name: 'Northwind Labs',
        url: 'https://northwind.example',
        logo: 'https://northwind.example/logo.png',
      });
    });

    it('maps a full posting: PropertyValue id, places, offset dates, salary range, directApply', () => {
      expect(postingById(feed, 'NW-1001-en')).to.deep.equal({
        id: 'NW-1001-en',
        title: 'Senior Product Designer',
        language: 'en',
        url: 'https://careers.northwind.example/en/jobs/nw-1001',
        applyUrl: 'https://careers.northwind.example/en/jobs/nw-1001',
        locations: [
          { city: 'Lisbon', region: 'Lisboa', country: 'PT' },
          { city: 'Barcelona', region: 'Catalonia', country: 'ES' },
        ],
        employmentType: 'full-time',
        datePosted: '2026-09-03',
        validThrough: '2026-11-30T22:59:59Z',
        description: '<p>Shape the <strong>booking experience</strong> for millions of travellers.</p>',
        salary: { currency: 'EUR', min: 60000, max: 75000, period: 'year' },
        translationOf: 'NW-1001',
      });
    });

    it('reads a Language object and string salary bounds', () => {
      const fr = postingById(feed, 'NW-1001-fr');
      expect([fr.language, fr.applyUrl, fr.salary]).to.deep.equal([
        'fr',
        undefined,
        { currency: 'EUR', min: 60000, max: 75000, period: 'year' },
      ]);
    });

    it('maps TELECOMMUTE to remote and applicant countries to remoteCountries; decodes escaped HTML', () => {
      expect(postingById(feed, 'NW-1002')).to.deep.equal({
        id: 'NW-1002',
        title: 'Customer Support Specialist',
        language: 'en-US',
        url: 'https://careers.northwind.example/en/jobs/nw-1002',
        locations: [],
        workplace: 'remote',
        remoteCountries: ['US', 'CA'],
        employmentType: 'part-time',
        datePosted: '2026-09-10T09:30:00Z',
        description: '<p>Help travellers by chat &amp; e-mail.</p>',
        salary: { currency: 'USD', min: 24, max: 30, period: 'hour' },
      });
    });

    it('falls back on @id for id and url, options.language, a Country name, and a single salary value', () => {
      expect(postingById(feed, 'https://careers.northwind.example/de/jobs/lager')).to.deep.equal({
        id: 'https://careers.northwind.example/de/jobs/lager',
        title: 'Lagerist (m/w/d)',
        language: 'de',
        url: 'https://careers.northwind.example/de/jobs/lager',
        locations: [{ city: 'Hamburg', country: 'DE' }],
        employmentType: 'temporary',
        datePosted: '2026-09-12',
        validThrough: '2026-10-15',
        salary: { currency: 'EUR', min: 2900, max: 2900, period: 'month' },
      });
    });
  });

  describe('a @graph (jsonld-graph.json)', () => {
    let result: AdaptResult;
    let feed: ParsedFeed;

    before(async () => {
      ({ result, feed } = await adaptFixture(adaptJsonLd, 'jsonld-graph.json', {}));
    });

    it('finds the postings among the other nodes, whatever the @type spelling', () => {
      expect(feed.postings.map((p) => [p.id, p.language])).to.deep.equal([
        ['118', 'nb'],
        ['119', 'en'],
        ['120', 'nb-NO'],
      ]);
      expect(feed.skipped).to.deep.equal([]);
      expect(result.unresolvedLocations).to.deep.equal([]);
    });

    it('resolves @id references for the organization (ImageObject logo) and places', () => {
      expect(feed.organization).to.deep.equal({
        name: 'Lumen Energy',
        url: 'https://lumen.example',
        logo: 'https://lumen.example/logo.svg',
      });
      expect(postingById(feed, '118')).to.deep.equal({
        id: '118',
        title: 'Vindturbintekniker',
        language: 'nb',
        url: 'https://jobs.lumen.example/jobs/118',
        locations: [{ city: 'Oslo', country: 'NO' }],
        employmentType: 'full-time',
        datePosted: '2026-08-28T05:00:00Z',
        validThrough: '2026-10-01T00:00:00Z',
        description: '<p>Vedlikehold av vindparker langs kysten.</p>',
        salary: { currency: 'NOK', min: 620000, max: 710000, period: 'year' },
      });
    });

    it('keeps the places of a remote posting and adds its applicant country', () => {
      const grid = postingById(feed, '119');
      expect([grid.workplace, grid.locations, grid.remoteCountries]).to.deep.equal([
        'remote',
        [
          { city: 'Stockholm', country: 'SE' },
          { city: 'Oslo', country: 'NO' },
        ],
        ['SE'],
      ]);
    });

    it('reads an address given as text', () => {
      const apprentice = postingById(feed, '120');
      expect([apprentice.locations, apprentice.employmentType]).to.deep.equal([[{ city: 'Bergen', country: 'NO' }], 'internship']);
    });
  });

  describe('a JSON Feed (jsonfeed.json)', () => {
    let result: AdaptResult;
    let feed: ParsedFeed;

    before(async () => {
      ({ result, feed } = await adaptFixture(adaptJsonLd, 'jsonfeed.json', { language: 'fr' }));
    });

    it('reads the items with _jobposting, ids from the items, and keeps the one dated "yesterday" undated, reporting the date', () => {
      expect(feed.postings.map((p) => [p.id, p.language])).to.deep.equal([
        ['fa-201', 'en'],
        ['fa-202', 'da'],
        ['fa-204', 'en'],
        ['fa-205', 'en'],
      ]);
      expect(feed.skipped).to.deep.equal([]);
      expect(postingById(feed, 'fa-205').datePosted).to.equal(undefined);
      expect(feed.dropped.map((d) => [d.index, d.id, d.path, d.reason])).to.deep.equal([
        [3, 'fa-205', 'postings[3].datePosted', 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time'],
      ]);
      expect(result.unresolvedLocations).to.deep.equal([{ text: 'Odense', id: 'fa-205' }]);
    });

    it('prefers the posting fields and fills gaps from the item', () => {
      expect(postingById(feed, 'fa-201')).to.deep.equal({
        id: 'fa-201',
        title: 'Analytics Engineer',
        language: 'en',
        url: 'https://fjord.example/careers/fa-201',
        locations: [{ city: 'Copenhagen', country: 'DK' }],
        employmentType: 'full-time',
        datePosted: '2026-09-02',
        description: '<p>Own our <em>dbt</em> models and the metrics layer.</p>',
      });
      expect(postingById(feed, 'fa-202')).to.deep.equal({
        id: 'fa-202',
        title: 'Dataingeniør (deltid)',
        language: 'da',
        url: 'https://fjord.example/careers/fa-202',
        locations: [{ city: 'Aarhus', country: 'DK' }],
        employmentType: 'part-time',
        datePosted: '2026-09-04T08:00:00Z',
        description: '<p>Byg vores datapipelines.</p>',
      });
      const sre = postingById(feed, 'fa-204');
      expect([sre.title, sre.url, sre.workplace, sre.remoteCountries]).to.deep.equal([
        'Site Reliability Engineer',
        'https://fjord.example/careers/fa-204',
        'remote',
        ['NO'],
      ]);
      expect(feed.organization).to.deep.equal({ name: 'Fjord Analytics', url: 'https://fjord.example' });
    });
  });

  describe('other shapes and odd input', () => {
    it('reads a single posting and a bare array of postings', async () => {
      const single = parseFeed((await adaptJsonLd(posting(), { language: 'en' })).feed);
      expect(single.postings.map((p) => [p.id, p.title])).to.deep.equal([['https://bake.example/jobs/1', 'Baker']]);
      const array = parseFeed(
        (
          await adaptJsonLd([posting({ identifier: 1 }), posting({ identifier: 2, '@type': ['Thing', 'https://schema.org/JobPosting'] })], {
            language: 'en',
          })
        ).feed,
      );
      expect(array.postings.map((p) => p.id)).to.deep.equal(['1', '2']);
    });

    it('reads an ItemList inside a @graph and a JSON-LD array of documents', async () => {
      const nested = await adaptJsonLd(
        [{ '@context': 'https://schema.org', '@graph': [{ '@type': 'ItemList', itemListElement: [posting({ identifier: 'a' })] }] }],
        { language: 'en' },
      );
      expect((nested.feed.postings as Record<string, unknown>[]).map((p) => p['id'])).to.deep.equal(['a']);
    });

    it('reads identifier and sameAs lists, a bare number salary and a location given as text', async () => {
      const { feed, unresolvedLocations } = await adaptJsonLd(
        posting({
          identifier: [{ '@type': 'PropertyValue', name: 'ats' }, { '@type': 'PropertyValue', value: 'B-7' }],
          hiringOrganization: { name: 'Bakery', sameAs: ['not a url', 'https://bakery.example'], logo: { '@type': 'ImageObject', contentUrl: 'https://bakery.example/l.png' } },
          jobLocation: ['Lyon, France', 'Somewhere'],
          baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: 2100, unitText: 'MONTH' },
        }),
        { language: 'fr' },
      );
      expect(unresolvedLocations).to.deep.equal([{ text: 'Somewhere', id: 'B-7' }]);
      const parsed = parseFeed(feed);
      expect(parsed.organization).to.deep.equal({ name: 'Bakery', url: 'https://bakery.example', logo: 'https://bakery.example/l.png' });
      expect(parsed.postings).to.deep.equal([
        {
          id: 'B-7',
          title: 'Baker',
          language: 'fr',
          url: 'https://bake.example/jobs/1',
          locations: [{ city: 'Lyon', country: 'FR' }, { city: 'Somewhere' }],
          datePosted: '2026-09-01',
          salary: { currency: 'EUR', min: 2100, max: 2100, period: 'month' },
        },
      ]);
    });

    it('keeps same-id postings in one language apart, for validation to skip the duplicate', async () => {
      const parsed = parseFeed((await adaptJsonLd([posting({ identifier: 'x' }), posting({ identifier: 'x' })], { language: 'en' })).feed);
      expect(parsed.postings.map((p) => [p.id, p.translationOf])).to.deep.equal([['x', undefined]]);
      expect(parsed.skipped[0]!.reasons).to.deep.equal(['postings[1].id: duplicate id "x"']);
    });

    it('leaves the organization out when the hiring organizations differ', async () => {
      const { feed } = await adaptJsonLd(
        [posting({ hiringOrganization: { name: 'A' } }), posting({ hiringOrganization: 'B' })],
        { language: 'en' },
      );
      expect(feed.organization).to.equal(undefined);
    });

    it('decodes entity-escaped descriptions once and keeps HTML ones as they are', async () => {
      const { feed } = await adaptJsonLd(
        [
          posting({ identifier: 'escaped', description: '&lt;p&gt;Bake &amp;amp; sell&lt;/p&gt;' }),
          posting({ identifier: 'html', description: '<p>Bake &amp; sell &lt;3</p>' }),
          posting({ identifier: 'text', description: 'Bake & sell' }),
        ],
        { language: 'en' },
      );
      const descriptions = (feed.postings as Record<string, unknown>[]).map((p) => [p['id'], p['description']]);
      expect(descriptions).to.deep.equal([
        ['escaped', '<p>Bake &amp; sell</p>'],
        ['html', '<p>Bake &amp; sell &lt;3</p>'],
        ['text', 'Bake & sell'],
      ]);
    });

    it('turns empty lists into empty feeds', async () => {
      const empty = { feed: { version: 1, postings: [] }, unresolvedLocations: [] };
      expect(await adaptJsonLd([], {})).to.deep.equal(empty);
      expect(await adaptJsonLd({ '@type': 'ItemList', itemListElement: [] }, {})).to.deep.equal(empty);
      expect(await adaptJsonLd({ '@graph': [] }, {})).to.deep.equal(empty);
      expect(await adaptJsonLd({ version: 'https://jsonfeed.org/version/1.1', items: [] }, {})).to.deep.equal(empty);
    });

    it('maps odd postings without throwing and lets validation skip them', async () => {
      const { feed, unresolvedLocations } = await adaptJsonLd(
        {
          '@type': 'ItemList',
          itemListElement: [
            null,
            7,
            { '@type': 'ListItem', item: 'https://x.example/1' },
            { '@type': 'JobPosting', jobLocation: [null, 3, { address: 5 }], baseSalary: 'lots', employmentType: 9, identifier: {} },
            { '@type': 'JobPosting', title: 'T', jobLocation: { '@id': '#nowhere' }, hiringOrganization: { '@id': '#nobody' } },
          ],
        },
        {},
      );
      expect(unresolvedLocations).to.deep.equal([]);
      const parsed = parseFeed(feed);
      expect(parsed.postings).to.deep.equal([]);
      expect(parsed.skipped).to.have.length(2);
      expect(parsed.organization).to.equal(undefined);
    });

    it('rejects payloads that hold no job postings', async () => {
      for (const input of [
        null,
        'JobPosting',
        42,
        {},
        { foo: 1 },
        [1, 2],
        { '@context': 'https://schema.org', '@type': 'Organization', name: 'A' },
        { version: 'https://jsonfeed.org/version/1.1', items: 'none' },
      ]) {
        const error: unknown = await adaptJsonLd(input, {}).then(
          () => undefined,
          (rejection: unknown) => rejection,
        );
        expect(error, JSON.stringify(input)).to.be.instanceOf(FeedError);
        expect((error as FeedError).kind, JSON.stringify(input)).to.equal('schema');
      }
    });
  });
});
