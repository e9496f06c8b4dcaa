import { expect } from '@open-wc/testing';
import { adaptAshby } from '../../../src/feed/adapters/ashby.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { FeedError } from '../../../src/feed/errors.js';
import type { ParsedFeed } from '../../../src/feed/parse.js';
import { adaptFixture, postingById } from './support.js';

describe('adaptAshby', () => {
  let result: AdaptResult;
  let feed: ParsedFeed;

  before(async () => {
    ({ result, feed } = await adaptFixture(adaptAshby, 'ashby.json', { language: 'en-US' }));
  });

  it('drops the unlisted job silently and keeps the one with a bad date, undated, reporting the date', () => {
    expect(result.feed.postings).to.have.length(6);
    expect(feed.postings.map((p) => p.id)).to.deep.equal([
      'b1f0a2c4-6d8e-4f0a-9b2c-3d4e5f6a7b8c',
      '7c9d1e3f-5a7b-4c9d-8e0f-1a2b3c4d5e6f',
      '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      '3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f',
      '4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f80',
      '5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8091',
    ]);
    expect(feed.postings.some((p) => p.title.includes('confidential'))).to.equal(false);
    expect(feed.skipped).to.deep.equal([]);
    // "last tuesday" is no date: the field goes, reported; the posting stays, with no date.
    expect(postingById(feed, '5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8091').datePosted).to.equal(undefined);
    expect(feed.dropped.map((d) => [d.index, d.id, d.path, d.reason])).to.deep.equal([
      [5, '5e6f7a8b-9c0d-4e1f-8a2b-4c5d6e7f8091', 'postings[5].datePosted', 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time'],
    ]);
  });

  it('names the Berlin job without an address as unresolved', () => {
    expect(result.unresolvedLocations).to.deep.equal([{ text: 'Berlin', id: '3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f' }]);
  });

  it('maps a job with secondary locations and compensation completely', () => {
    expect(postingById(feed, 'b1f0a2c4-6d8e-4f0a-9b2c-3d4e5f6a7b8c')).to.deep.equal({
      id: 'b1f0a2c4-6d8e-4f0a-9b2c-3d4e5f6a7b8c',
      title: 'Senior Machine Learning Engineer',
      language: 'en-US',
      url: 'https://jobs.ashbyhq.com/lumenfield/b1f0a2c4-6d8e-4f0a-9b2c-3d4e5f6a7b8c',
      applyUrl: 'https://jobs.ashbyhq.com/lumenfield/b1f0a2c4-6d8e-4f0a-9b2c-3d4e5f6a7b8c/application',
      locations: [
        { city: 'San Francisco', region: 'California', country: 'US' },
        { city: 'New York', region: 'New York', country: 'US' },
        { city: 'Toronto', region: 'Ontario', country: 'CA' },
      ],
      workplace: 'hybrid',
      department: 'Engineering',
      team: 'Applied ML',
      employmentType: 'full-time',
      datePosted: '2026-09-02T17:04:11.512Z',
      description:
        "<h2>What you'll do</h2><p>Train ranking models on <strong>billions</strong> of route events.</p><ul><li><p>Own offline evaluation</p></li></ul>",
      salary: { currency: 'USD', min: 185000, max: 240000, period: 'year' },
    });
  });

  it('derives the id from jobUrl and reads the salary from the first tier', () => {
    const job = postingById(feed, '7c9d1e3f-5a7b-4c9d-8e0f-1a2b3c4d5e6f');
    expect(job.locations).to.deep.equal([{ city: 'Amsterdam', region: 'North Holland', country: 'NL' }]);
    expect(job.workplace).to.equal('onsite');
    expect(job.salary).to.deep.equal({ currency: 'EUR', min: 70000, max: 90000, period: 'year' });
    expect(job.datePosted).to.equal('2026-08-21T08:00:00Z');
  });

  it('maps isRemote to a remote posting and hides compensation the employer hides', () => {
    const job = postingById(feed, '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e');
    expect(job.workplace).to.equal('remote');
    expect(job.locations).to.deep.equal([]);
    expect(job.remoteCountries).to.deep.equal(['ES']);
    expect(job.employmentType).to.equal('contract');
    expect(job.salary).to.equal(undefined);
    expect(job.datePosted).to.equal('2026-07-14T09:30:00Z');
  });

  it('maps Intern and Temporary, and a country given as a code', () => {
    const intern = postingById(feed, '3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f');
    expect(intern.employmentType).to.equal('internship');
    expect(intern.locations).to.deep.equal([{ city: 'Berlin' }]);
    const seasonal = postingById(feed, '4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f80');
    expect(seasonal.employmentType).to.equal('temporary');
    expect(seasonal.locations).to.deep.equal([{ city: 'Lisbon', country: 'PT' }]);
    expect(seasonal.team).to.equal(undefined);
    expect(seasonal.salary).to.deep.equal({ currency: 'EUR', min: 12, max: 15, period: 'hour' });
  });

  it('keeps a region given as addressCountry ("EMEA", "North America") as the region: the card says where', () => {
    const job = (location: string, addressCountry: string) => ({
      id: `j-${addressCountry}`,
      title: 'Solutions Engineer',
      jobUrl: `https://jobs.ashbyhq.com/acme/${addressCountry}`,
      publishedAt: '2026-08-01T08:00:00Z',
      isRemote: true,
      location,
      address: { postalAddress: { addressCountry } },
    });
    const { feed: out, unresolvedLocations } = adaptAshby({ apiVersion: '1', jobs: [job('Remote', 'EMEA'), job('Remote', 'North America'), job('Remote', 'Narnia')] }, { language: 'en' });
    const places = out.postings.map((p) => (p as { locations: unknown }).locations);
    expect(places).to.deep.equal([[{ region: 'EMEA' }], [{ region: 'North America' }], []]);
    // Still without a country, so still named to the site owner.
    expect(unresolvedLocations.map((u) => u.text)).to.deep.equal(['Remote', 'Remote', 'Remote']);
  });

  it('rejects a payload that is not an Ashby job board', () => {
    for (const bad of [null, [], { apiVersion: '1' }, { jobs: 'none' }]) {
      expect(() => adaptAshby(bad, {}), JSON.stringify(bad)).to.throw(FeedError).with.property('kind', 'schema');
    }
  });
});
