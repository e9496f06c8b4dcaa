import { expect } from '@open-wc/testing';
import { adaptBambooHr, bambooOrigin } from '../../../src/feed/adapters/bamboohr.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import type { ParsedFeed } from '../../../src/feed/parse.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { adaptFixture, expectFeedError, fixtureJson } from './support.js';

const LIST_URL = 'https://larkspur.bamboohr.com/careers/list';

type Row = Record<string, unknown>;

describe('adaptBambooHr', () => {
  let result: AdaptResult;
  let rows: Row[];

  before(async () => {
    ({ result } = await adaptFixture(adaptBambooHr, 'bamboohr.json', { language: 'en', url: LIST_URL }));
    rows = result.feed.postings as Row[];
  });

  it('maps one posting per row; the list has no dates, so every row is kept undated, none skipped for a date', () => {
    expect(rows.map((r) => r['id'])).to.deep.equal(['31', '32', '33', '34', '35', '36']);
    expect(rows.every((r) => !('datePosted' in r)), 'no date made up').to.equal(true);
    const feed = parseFeed(result.feed);
    expect(feed.postings.map((p) => p.id)).to.deep.equal(['31', '32', '33', '34', '35']);
    expect(feed.postings.every((p) => p.datePosted === undefined)).to.equal(true);
    expect(feed.dropped).to.deep.equal([]);
    // Only the row with a blank title goes, for its title.
    expect(feed.skipped.map((s) => [s.index, s.id, s.reasons])).to.deep.equal([[5, '36', ['postings[5].title: expected string']]]);
  });

  it('an unreadable date in a row is dropped and reported; the row is kept', () => {
    const feed = parseFeed(adaptBambooHr({ result: [{ id: '7', jobOpeningName: 'A', datePosted: 'next week' }] }, { language: 'en', url: LIST_URL }).feed);
    expect(feed.postings.map((p) => [p.id, p.datePosted])).to.deep.equal([['7', undefined]]);
    expect(feed.dropped.map((d) => [d.path, d.reason])).to.deep.equal([
      ['postings[0].datePosted', 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time'],
    ]);
  });

  it('maps a row completely, linking it on the career site of the source URL', () => {
    expect(rows[0]).to.deep.equal({
      id: '31',
      title: 'Data Engineer',
      language: 'en',
      url: 'https://larkspur.bamboohr.com/careers/31',
      locations: [{ city: 'Salt Lake City', region: 'Utah', country: 'US' }],
      workplace: 'onsite',
      department: 'Data',
      employmentType: 'full-time',
    });
  });

  it('locationType "1" → remote, the country-only place a remote country', () => {
    expect(rows[1]!['workplace']).to.equal('remote');
    expect(rows[1]!['locations']).to.deep.equal([]);
    expect(rows[1]!['remoteCountries']).to.deep.equal(['CA']);
    expect(rows[1]!['employmentType']).to.equal('part-time');
  });

  it('locationType "2" → hybrid; an ISO country code; the province when there is no state', () => {
    expect(rows[2]!['workplace']).to.equal('hybrid');
    expect(rows[2]!['locations']).to.deep.equal([{ city: 'Dublin', region: 'Leinster', country: 'IE' }]);
    expect(rows[2]!['employmentType']).to.equal('contract');
  });

  it('keeps a place without a country and names it as unresolved (a US state is no country)', () => {
    expect(rows[3]!['locations']).to.deep.equal([{ city: 'Springfield', region: 'IL' }]);
    expect(rows[3]!['employmentType']).to.equal('internship');
    expect(rows[5]!['locations']).to.deep.equal([{ city: 'Salt Lake City', region: 'Utah' }]);
    expect(result.unresolvedLocations).to.deep.equal([
      { text: 'Springfield, IL', id: '34' },
      { text: 'Salt Lake City, Utah', id: '36' },
    ]);
  });

  it('without atsLocation reads location, its addressCountry too; isRemote without locationType → remote', () => {
    expect(rows[4]!['locations']).to.deep.equal([{ city: 'Rotterdam', region: 'South Holland', country: 'NL' }]);
    expect(rows[4]!['workplace']).to.equal('remote');
    expect(rows[4]!['department']).to.equal(undefined);
    expect(rows[4]!['employmentType']).to.equal('temporary');
  });

  it('a blank title is left out, for validation to skip the row', () => {
    expect(rows[5]!['title']).to.equal(undefined);
  });

  it('with the date and description the CLI adds from the detail, rows are dated and readable', async () => {
    const list = (await fixtureJson('bamboohr.json')) as { result: Row[] };
    const detail = (await fixtureJson('bamboohr-detail.json')) as { result: { jobOpening: Row } };
    const opening = detail.result.jobOpening;
    const row = { ...list.result[0], description: opening['description'], datePosted: opening['datePosted'] };
    const feed: ParsedFeed = parseFeed(adaptBambooHr({ result: [row, { ...list.result[1], datePosted: '2026-10-01' }] }, { language: 'en' }).feed);
    // The second row has a date but neither a link (no source URL) nor a description: skipped for that alone.
    expect(feed.postings.map((p) => p.id)).to.deep.equal(['31']);
    expect(feed.postings[0]!.datePosted).to.equal('2026-10-12');
    expect(feed.postings[0]!.description).to.equal(
      '<p>Shape the pipelines behind our soil-moisture forecasts.</p><ul><li>Python</li><li>SQL &amp; dbt</li></ul>',
    );
    // Without a source URL there is no link: a row with a description stays, one without is skipped.
    expect(feed.postings[0]!.url).to.equal(undefined);
    expect(feed.skipped[0]!.reasons.join(' ')).to.contain('needs a url, a description or sections');
  });

  it('takes a jobOpeningShareUrl over the built link, and never a non-http one', () => {
    const base = { id: '7', jobOpeningName: 'A', datePosted: '2026-10-01' };
    const share = adaptBambooHr({ result: [{ ...base, jobOpeningShareUrl: 'https://larkspur.bamboohr.com/careers/7?source=share' }] }, { url: LIST_URL });
    expect((share.feed.postings[0] as Row)['url']).to.equal('https://larkspur.bamboohr.com/careers/7?source=share');
    const bad = adaptBambooHr({ result: [{ ...base, jobOpeningShareUrl: 'javascript:alert(1)' }] }, { url: LIST_URL });
    expect((bad.feed.postings[0] as Row)['url']).to.equal('https://larkspur.bamboohr.com/careers/7');
  });

  it('links postings on a BambooHR host or a board parameter naming one, nowhere else', () => {
    expect(bambooOrigin('https://Larkspur.BambooHR.com/careers/list')).to.equal('https://larkspur.bamboohr.com');
    expect(bambooOrigin('https://proxy.example/bamboo.json?board=larkspur.bamboohr.com')).to.equal('https://larkspur.bamboohr.com');
    for (const url of [
      undefined,
      'not a url',
      'https://proxy.example/bamboo.json',
      'https://bamboohr.com.evil.example/careers/list',
      'https://proxy.example/x?board=evil.example',
      'ftp://larkspur.bamboohr.com/careers/list',
    ]) {
      expect(bambooOrigin(url), String(url)).to.equal(undefined);
    }
    const rowsOf = (url?: string) => adaptBambooHr({ result: [{ id: '9 a', jobOpeningName: 'A' }] }, { url }).feed.postings as Row[];
    expect(rowsOf('https://proxy.example/x?board=larkspur.bamboohr.com')[0]!['url']).to.equal('https://larkspur.bamboohr.com/careers/9%20a');
    expect(rowsOf()[0]!['url']).to.equal(undefined);
  });

  it('unknown locationType values and a non-true isRemote say nothing', () => {
    const out = adaptBambooHr({ result: [{ id: '1', locationType: '7' }, { id: '2', locationType: 2 }, { id: '3', isRemote: 'yes' }, null] }, {});
    expect((out.feed.postings as Row[]).map((r) => r['workplace'])).to.deep.equal([undefined, 'hybrid', undefined, undefined]);
  });

  it('rejects a payload that is not a careers list', () => {
    for (const bad of [null, [], { meta: {} }, { result: {} }]) {
      expectFeedError(() => adaptBambooHr(bad, {}), 'schema', JSON.stringify(bad));
    }
  });
});
