import { expect } from '@open-wc/testing';
import { adaptWorkable } from '../../../src/feed/adapters/workable.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { FeedError } from '../../../src/feed/errors.js';
import type { ParsedFeed } from '../../../src/feed/parse.js';
import { adaptFixture, postingById } from './support.js';

describe('adaptWorkable', () => {
  let result: AdaptResult;
  let feed: ParsedFeed;

  before(async () => {
    ({ result, feed } = await adaptFixture(adaptWorkable, 'workable.json', { language: 'es' }));
  });

  it('merges the per-location rows into one posting per shortcode', () => {
    expect(result.feed.postings).to.have.length(6);
    expect(feed.postings.map((p) => p.id)).to.deep.equal([
      'A1B2C3D4E5',
      'F6G7H8J9K0',
      'L1M2N3P4Q5',
      'R6S7T8U9V0',
      'W1X2Y3Z4A5',
      'B6C7D8E9F0',
    ]);
    // The Finance Intern has no published_on nor created_at: kept, undated; nothing to report.
    expect(feed.skipped).to.deep.equal([]);
    expect(postingById(feed, 'B6C7D8E9F0').datePosted).to.equal(undefined);
    expect(feed.dropped.filter((d) => d.path.endsWith('.datePosted'))).to.deep.equal([]);
  });

  it('takes the organization name from the account', () => {
    expect(feed.organization).to.deep.equal({ name: 'Lumenfield' });
  });

  it('names the Rotterdam job without a country as unresolved', () => {
    expect(result.unresolvedLocations).to.deep.equal([{ text: 'Rotterdam', id: 'W1X2Y3Z4A5' }]);
  });

  it('maps a merged job completely', () => {
    expect(postingById(feed, 'A1B2C3D4E5')).to.deep.equal({
      id: 'A1B2C3D4E5',
      title: 'Backend Engineer (Go)',
      language: 'es',
      url: 'https://apply.workable.com/j/A1B2C3D4E5',
      applyUrl: 'https://apply.workable.com/j/A1B2C3D4E5/apply',
      locations: [
        { city: 'Barcelona', region: 'Catalonia', country: 'ES' },
        { city: 'Lisbon', region: 'Lisbon', country: 'PT' },
      ],
      department: 'Engineering',
      employmentType: 'full-time',
      datePosted: '2026-09-14',
      description: '<p>Build the services behind our route planner.</p><ul><li>Go</li><li>gRPC &amp; Kafka</li></ul>',
    });
  });

  it('merges repeated rows without duplicating a location', () => {
    const job = postingById(feed, 'R6S7T8U9V0');
    expect(job.locations).to.deep.equal([
      { city: 'Madrid', region: 'Community of Madrid', country: 'ES' },
      { city: 'Valencia', region: 'Valencian Community', country: 'ES' },
    ]);
    expect(job.employmentType).to.equal('temporary');
    expect(job.description).to.equal(undefined);
  });

  it('resolves a country name in another language from the row fields', () => {
    const job = postingById(feed, 'F6G7H8J9K0');
    expect(job.locations).to.deep.equal([{ city: 'Berlin', region: 'Berlin', country: 'DE' }]);
    expect(job.datePosted).to.equal('2026-08-30');
  });

  it('maps telecommuting to remote and leaves hidden locations out', () => {
    const job = postingById(feed, 'L1M2N3P4Q5');
    expect(job.workplace).to.equal('remote');
    expect(job.locations).to.deep.equal([]);
    expect(job.remoteCountries).to.deep.equal(['IE']);
    expect(job.employmentType).to.equal('part-time');
  });

  it('keeps a city without a country', () => {
    const job = postingById(feed, 'W1X2Y3Z4A5');
    expect(job.locations).to.deep.equal([{ city: 'Rotterdam' }]);
    expect(job.employmentType).to.equal('other');
  });

  it('rejects a payload that is not a Workable account', () => {
    for (const bad of [null, [], { name: 'Acme' }, { jobs: 3 }]) {
      expect(() => adaptWorkable(bad, {}), JSON.stringify(bad)).to.throw(FeedError).with.property('kind', 'schema');
    }
  });
});
