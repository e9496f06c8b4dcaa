import { expect } from '@open-wc/testing';
import { adaptBreezy } from '../../../src/feed/adapters/breezy.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import type { ParsedFeed } from '../../../src/feed/parse.js';
import { parseFeed } from '../../../src/feed/parse.js';
import { adaptFixture, expectFeedError, postingById } from './support.js';

describe('adaptBreezy', () => {
  let result: AdaptResult;
  let feed: ParsedFeed;

  before(async () => {
    ({ result, feed } = await adaptFixture(adaptBreezy, 'breezy.json', { language: 'en' }));
  });

  it('keeps the valid positions (an undated one too) and skips the bad rows with their reasons', () => {
    expect(result.feed.postings).to.have.length(8);
    expect(feed.postings.map((p) => p.id)).to.deep.equal([
      '7c1e2a9b4d01',
      '7c1e2a9b4d02',
      '7c1e2a9b4d03',
      '7c1e2a9b4d04',
      '7c1e2a9b4d05',
      '7c1e2a9b4d06',
    ]);
    // The Office Manager has neither published_date nor creation_date: kept, undated, nothing to report.
    expect(postingById(feed, '7c1e2a9b4d06').datePosted).to.equal(undefined);
    expect(feed.dropped.filter((d) => d.path.endsWith('.datePosted'))).to.deep.equal([]);
    expect(feed.skipped.map((s) => [s.index, s.id])).to.deep.equal([
      [6, '7c1e2a9b4d07'],
      [7, undefined],
    ]);
    expect(feed.skipped[0]!.reasons.join(' ')).to.contain('needs a url, a description or sections');
  });

  it('takes the organization from the company every position names', () => {
    expect(feed.organization).to.deep.equal({ name: 'Tidewell' });
  });

  it('maps a position completely: its page as url and Apply link, every location, the description', () => {
    expect(postingById(feed, '7c1e2a9b4d01')).to.deep.equal({
      id: '7c1e2a9b4d01',
      title: 'Platform Engineer',
      language: 'en',
      url: 'https://tidewell.breezy.hr/p/7c1e2a9b4d01-platform-engineer',
      applyUrl: 'https://tidewell.breezy.hr/p/7c1e2a9b4d01-platform-engineer',
      locations: [
        { city: 'Lisbon', region: 'Lisbon', country: 'PT' },
        { city: 'Porto', region: 'Porto', country: 'PT' },
      ],
      department: 'Engineering',
      employmentType: 'full-time',
      datePosted: '2026-10-20T09:15:00Z',
      description: '<p>Keep our tide-gauge network online.</p><ul><li>Kubernetes</li><li>Terraform &amp; Go</li></ul>',
    });
  });

  it('leaves the free-text salary out', () => {
    expect(postingById(feed, '7c1e2a9b4d01').salary).to.equal(undefined);
  });

  it('maps is_remote to remote, a country-only place to a remote country', () => {
    const job = postingById(feed, '7c1e2a9b4d02');
    expect(job.workplace).to.equal('remote');
    expect(job.locations).to.deep.equal([]);
    expect(job.remoteCountries).to.deep.equal(['DE']);
    expect(job.employmentType).to.equal('part-time');
    expect(job.description).to.equal(undefined);
  });

  it('a worldwide remote position keeps the area as its region', () => {
    const job = postingById(feed, '7c1e2a9b4d03');
    expect(job.workplace).to.equal('remote');
    expect(job.locations).to.deep.equal([{ region: 'Worldwide' }]);
    expect(job.remoteCountries).to.equal(undefined);
    expect(job.employmentType).to.equal('contract');
    expect(job.department).to.equal(undefined);
  });

  it('reads a place that has only a display name from its text', () => {
    const job = postingById(feed, '7c1e2a9b4d04');
    expect(job.locations).to.deep.equal([{ city: 'Ghent', country: 'BE' }]);
    expect(job.employmentType).to.equal('internship');
    expect(job.workplace).to.equal(undefined);
    expect(job.datePosted).to.equal('2026-10-25');
  });

  it('keeps a city without a country and names it as unresolved; a plain-text type; creation_date as the date', () => {
    const job = postingById(feed, '7c1e2a9b4d05');
    expect(job.locations).to.deep.equal([{ city: 'Springfield', region: 'Illinois' }]);
    expect(job.employmentType).to.equal('temporary');
    expect(job.datePosted).to.equal('2026-09-15T10:30:00Z');
    expect(result.unresolvedLocations).to.deep.equal([
      { text: 'Worldwide', id: '7c1e2a9b4d03' },
      { text: 'Springfield, IL', id: '7c1e2a9b4d05' },
    ]);
  });

  it('never links anything but http(s)', () => {
    const row = result.feed.postings[6] as Record<string, unknown>;
    expect(row['url']).to.equal(undefined);
    expect(row['applyUrl']).to.equal(undefined);
  });

  it('reads the type by its id when it has no name, and names no organization when companies differ', () => {
    const rows = [
      { id: 'a', name: 'A', url: 'https://x.breezy.hr/p/a', published_date: '2026-10-01', type: { id: 'partTime' }, company: { name: 'One' } },
      { id: 'b', name: 'B', url: 'https://x.breezy.hr/p/b', published_date: '2026-10-01', company: { name: 'Two' } },
    ];
    const parsed = parseFeed(adaptBreezy(rows, { language: 'de' }).feed);
    expect(parsed.postings[0]!.employmentType).to.equal('part-time');
    expect(parsed.postings[1]!.employmentType).to.equal(undefined);
    expect(parsed.postings[1]!.locations).to.deep.equal([]);
    expect(parsed.postings.map((p) => p.language)).to.deep.equal(['de', 'de']);
    expect(parsed.organization).to.equal(undefined);
  });

  it('without a language every row is skipped with a "language" reason', () => {
    const rows = [{ id: 'a', name: 'A', url: 'https://x.breezy.hr/p/a', published_date: '2026-10-01' }];
    const parsed = parseFeed(adaptBreezy(rows, {}).feed);
    expect(parsed.postings).to.deep.equal([]);
    expect(parsed.skipped[0]!.reasons.join(' ')).to.contain('language');
  });

  it('rejects a payload that is not an array of positions', () => {
    for (const bad of [null, {}, { positions: [] }, 'x']) {
      expectFeedError(() => adaptBreezy(bad, {}), 'schema', JSON.stringify(bad));
    }
  });
});
