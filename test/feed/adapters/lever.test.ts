import { expect } from '@open-wc/testing';
import { adaptLever } from '../../../src/feed/adapters/lever.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { FeedError } from '../../../src/feed/errors.js';
import { parseFeed, type ParsedFeed } from '../../../src/feed/parse.js';
import { adaptFixture, postingById } from './support.js';

describe('adaptLever', () => {
  let input: unknown;
  let result: AdaptResult;
  let feed: ParsedFeed;

  before(async () => {
    ({ input, result, feed } = await adaptFixture(adaptLever, 'lever.json', { language: 'en' }));
  });

  it('keeps every valid posting and skips the untitled one', () => {
    expect(feed.postings.map((p) => p.id)).to.deep.equal([
      '5f2c1b9e-7a41-4d7e-9f3a-1c2b3d4e5f60',
      '8a0d4c2e-11b3-4f5a-8c6d-7e8f9a0b1c2d',
      'c3e5a7b9-2d4f-4a6b-9c8d-0e1f2a3b4c5d',
      'd4f6b8c0-3e5a-4b7c-8d9e-1f2a3b4c5d6e',
      'e5a7c9d1-4f6b-4c8d-9e0f-2a3b4c5d6e7f',
    ]);
    expect(feed.skipped.map((s) => [s.index, s.id])).to.deep.equal([[5, 'f6b8d0e2-5a7c-4d9e-8f1a-3b4c5d6e7f80']]);
    expect(feed.skipped[0]!.reasons.join(' ')).to.contain('title');
  });

  it('names "Dublin" and "New York, NY" as unresolved locations', () => {
    expect(result.unresolvedLocations).to.deep.equal([
      { text: 'Dublin', id: '5f2c1b9e-7a41-4d7e-9f3a-1c2b3d4e5f60' },
      { text: 'New York, NY', id: '8a0d4c2e-11b3-4f5a-8c6d-7e8f9a0b1c2d' },
    ]);
  });

  it('maps a posting completely: lists become sections, salaryRange a salary', () => {
    expect(postingById(feed, '5f2c1b9e-7a41-4d7e-9f3a-1c2b3d4e5f60')).to.deep.equal({
      id: '5f2c1b9e-7a41-4d7e-9f3a-1c2b3d4e5f60',
      title: 'Staff Product Designer',
      language: 'en',
      url: 'https://jobs.lever.co/lumenfield/5f2c1b9e-7a41-4d7e-9f3a-1c2b3d4e5f60',
      applyUrl: 'https://jobs.lever.co/lumenfield/5f2c1b9e-7a41-4d7e-9f3a-1c2b3d4e5f60/apply',
      locations: [{ city: 'London', country: 'GB' }, { city: 'Dublin' }],
      workplace: 'hybrid',
      department: 'Design',
      team: 'Growth',
      employmentType: 'full-time',
      datePosted: '2026-08-11T09:30:00Z',
      summary: 'Lumenfield helps field teams plan their week.',
      description:
        '<div>Lumenfield helps field teams plan their week.</div><div><br></div><div>As our <b>Staff Product Designer</b> you will shape onboarding.</div>\n<div>Lumenfield is an equal opportunity employer.</div>',
      sections: [
        {
          title: "What you'll do",
          items: ['Lead design for onboarding & activation', 'Partner with research on weekly studies'],
        },
        {
          title: 'What you bring',
          items: ['7+ years designing products', 'A portfolio showing systems thinking — not just screens'],
        },
      ],
      salary: { currency: 'GBP', min: 85000, max: 105000, period: 'year' },
    });
  });

  it('gives the primary location Lever’s country and resolves the others from text', () => {
    const job = postingById(feed, '8a0d4c2e-11b3-4f5a-8c6d-7e8f9a0b1c2d');
    expect(job.locations).to.deep.equal([
      { city: 'San Francisco', region: 'CA', country: 'US' },
      { city: 'New York', region: 'NY' },
      { city: 'Austin', region: 'TX', country: 'US' },
    ]);
    expect(job.workplace).to.equal('onsite');
    expect(job.employmentType).to.equal('full-time');
    expect(job.datePosted).to.equal('2026-09-01T14:05:12.345Z');
    expect(job.summary).to.equal(undefined);
    expect(job.sections).to.deep.equal([
      { title: 'Requirements', items: ['3+ years of SaaS sales', 'Quota carrying', 'Willing to travel 30% of the time'] },
    ]);
  });

  it('maps a remote contract with an hourly range', () => {
    const job = postingById(feed, 'c3e5a7b9-2d4f-4a6b-9c8d-0e1f2a3b4c5d');
    expect(job.workplace).to.equal('remote');
    expect(job.locations).to.deep.equal([]);
    expect(job.remoteCountries).to.deep.equal(['CA']);
    expect(job.employmentType).to.equal('contract');
    expect(job.salary).to.deep.equal({ currency: 'CAD', min: 70, max: 95, period: 'hour' });
    expect(job.sections).to.equal(undefined);
  });

  it('reads workplace and country from the location text when Lever has none', () => {
    const job = postingById(feed, 'd4f6b8c0-3e5a-4b7c-8d9e-1f2a3b4c5d6e');
    expect(job.locations).to.deep.equal([{ city: 'Paris', country: 'FR' }]);
    expect(job.workplace).to.equal('hybrid');
    expect(job.employmentType).to.equal('internship');
    expect(job.sections).to.equal(undefined);
  });

  it('drops a salary whose min exceeds its max but keeps the posting', () => {
    const job = postingById(feed, 'e5a7c9d1-4f6b-4c8d-9e0f-2a3b4c5d6e7f');
    expect(job.salary).to.equal(undefined);
    expect(job.locations).to.deep.equal([{ city: 'München', region: 'Bayern', country: 'DE' }]);
    expect(job.workplace).to.equal('onsite');
    expect(job.employmentType).to.equal('part-time');
    expect(job.datePosted).to.equal('2026-06-30T10:00:00Z');
  });

  it('leaves language unset without options.language, so rows are skipped with a reason', () => {
    const bare = parseFeed(adaptLever(input, {}).feed);
    expect(bare.postings).to.have.length(0);
    expect(bare.skipped).to.have.length(6);
    expect(bare.skipped[0]!.reasons.some((r) => r.includes('language'))).to.equal(true);
    const de = parseFeed(adaptLever(input, { language: 'de' }).feed);
    expect(de.postings.every((p) => p.language === 'de')).to.equal(true);
  });

  it('flattens a ?group= answer', () => {
    const postings = input as unknown[];
    const grouped = [
      { title: 'Design', postings: postings.slice(0, 1) },
      { title: 'Sales', postings: postings.slice(1, 2) },
    ];
    const flat = parseFeed(adaptLever(grouped, { language: 'en' }).feed);
    expect(flat.postings.map((p) => p.title)).to.deep.equal(['Staff Product Designer', 'Field Sales Representative']);
  });

  it('rejects a payload that is not a postings array', () => {
    for (const bad of [null, {}, { ok: false, error: 'Document not found' }, 'x']) {
      expect(() => adaptLever(bad, {}), JSON.stringify(bad)).to.throw(FeedError).with.property('kind', 'schema');
    }
  });
});
