import { expect } from '@open-wc/testing';
import { adaptGreenhouse } from '../../../src/feed/adapters/greenhouse.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { FeedError } from '../../../src/feed/errors.js';
import { parseFeed, type ParsedFeed } from '../../../src/feed/parse.js';
import { adaptFixture, postingById } from './support.js';

describe('adaptGreenhouse', () => {
  let input: unknown;
  let result: AdaptResult;
  let feed: ParsedFeed;

  before(async () => {
    ({ input, result, feed } = await adaptFixture(adaptGreenhouse, 'greenhouse.json', { language: 'en' }));
  });

  it('names the organization from company_name when every job agrees', () => {
    expect(feed.organization).to.deep.equal({ name: 'Lumenfield' });
    const mixed = adaptGreenhouse(
      { jobs: [{ company_name: 'A' }, { company_name: 'B' }, {}] },
      { language: 'en' },
    );
    expect(mixed.feed.organization).to.equal(undefined);
  });

  it('keeps every job; the one without a URL stands on its content (shown in the detail view)', () => {
    expect(feed.postings.map((p) => p.id)).to.deep.equal([
      '4801234005',
      '4801234006',
      '4801239001',
      '4801239002',
      '4801239003',
      '4801239004',
      '4801239005',
    ]);
    expect(feed.skipped).to.deep.equal([]);
    const internal = postingById(feed, '4801239005');
    expect([internal.url, internal.description]).to.deep.equal([undefined, '<p>Internal only.</p>']);
  });

  it('works job by job: its steps yield once per job and end with the same result', () => {
    // The page's country-name table was built by the before hook (its steps come first otherwise).
    const jobs = (input as { jobs: unknown[] }).jobs;
    const steps = adaptGreenhouse.steps!(input, { language: 'en' });
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields += 1;
    expect(yields).to.equal(jobs.length);
    expect(step.value).to.deep.equal(result);
  });

  it('skips a job with neither a URL nor content', () => {
    const { feed: out } = adaptGreenhouse({ jobs: [{ id: 7, title: 'Ghost', updated_at: '2026-09-05T10:00:00Z' }] }, { language: 'en' });
    const parsed = parseFeed(out);
    expect(parsed.postings).to.deep.equal([]);
    expect(parsed.skipped[0]!.reasons).to.deep.equal(['postings[0].url: needs a url, a description or sections']);
  });

  it('names the source locations without a country ("Hybrid - London", "Remote")', () => {
    expect(result.unresolvedLocations).to.deep.equal([
      { text: 'Hybrid - London', id: '4801239003' },
      { text: 'Remote', id: '4801239005' },
    ]);
  });

  it('maps a multi-office job completely, decoding the escaped HTML content', () => {
    expect(postingById(feed, '4801234005')).to.deep.equal({
      id: '4801234005',
      title: 'Senior Backend Engineer, Payments',
      language: 'en',
      url: 'https://boards.greenhouse.io/lumenfield/jobs/4801234005',
      locations: [
        { city: 'Toronto', region: 'Ontario', country: 'CA' },
        { city: 'Berlin', country: 'DE' },
      ],
      workplace: 'hybrid',
      department: 'Engineering',
      employmentType: 'full-time',
      datePosted: '2026-08-03T13:15:00Z',
      description:
        '<h2>About the role</h2><p>You will build R&amp;D tooling &amp; payment rails for &quot;instant&quot; payouts in 14&nbsp;currencies.</p><ul><li>Go &amp; PostgreSQL</li><li>Event sourcing</li></ul>',
    });
  });

  it('links a translated job post to the original through internal_job_id', () => {
    const fr = postingById(feed, '4801234006');
    expect(fr.language).to.equal('fr');
    expect(fr.translationOf).to.equal('4801234005');
    expect(fr.datePosted).to.equal('2026-09-18T17:27:28Z');
    expect(fr.description).to.equal('<p>Vous construirez nos rails de paiement &laquo;&nbsp;instantanés&nbsp;&raquo;.</p>');
    expect(postingById(feed, '4801234005').translationOf).to.equal(undefined);
  });

  it('turns "Remote - Germany" into a remote posting open in DE', () => {
    const job = postingById(feed, '4801239001');
    expect(job.workplace).to.equal('remote');
    expect(job.locations).to.deep.equal([]);
    expect(job.remoteCountries).to.deep.equal(['DE']);
    expect(job.language).to.equal('de');
    expect(job.employmentType).to.equal('part-time');
    expect(job.datePosted).to.equal('2026-09-09T08:30:00Z');
  });

  it('falls back to location.name when the office has no country', () => {
    const job = postingById(feed, '4801239002');
    expect(job.locations).to.deep.equal([{ city: 'London', region: 'England', country: 'GB' }]);
    expect(job.language).to.equal('en');
    expect(job.workplace).to.equal(undefined);
    expect(job.employmentType).to.equal(undefined);
  });

  it('keeps a city without a country; reads the workplace from text, else metadata', () => {
    const analyst = postingById(feed, '4801239003');
    expect(analyst.locations).to.deep.equal([{ city: 'London' }]);
    expect(analyst.workplace).to.equal('hybrid');
    expect(analyst.description).to.equal(undefined);
    expect(analyst.department).to.equal(undefined);

    const coordinator = postingById(feed, '4801239004');
    expect(coordinator.locations).to.deep.equal([{ city: 'San Francisco', region: 'CA', country: 'US' }]);
    expect(coordinator.workplace).to.equal('onsite');
    expect(coordinator.datePosted).to.equal('2026-08-25T15:00:00Z');
  });

  it('uses options.language only where the job has none', () => {
    const other = parseFeed(adaptGreenhouse(input, { language: 'en-GB' }).feed);
    expect(other.postings.map((p) => p.language)).to.deep.equal(['en', 'fr', 'de', 'en-GB', 'en-GB', 'en-GB', 'en-GB']);
  });

  it('decodes escaped content once and keeps raw HTML content unchanged', () => {
    const { feed: out } = adaptGreenhouse(
      {
        jobs: [
          { id: 1, content: '&lt;p&gt;Tom &amp;amp; Jerry &amp;lt;3&lt;/p&gt;' },
          { id: 2, content: '<p>Already raw &lt;script&gt;</p>' },
          { id: 3, content: '   ' },
        ],
      },
      {},
    );
    const descriptions = out.postings.map((p) => (p as { description?: string }).description);
    expect(descriptions).to.deep.equal(['<p>Tom &amp; Jerry &lt;3</p>', '<p>Already raw &lt;script&gt;</p>', undefined]);
  });

  it('rejects a payload that is not a Greenhouse board', () => {
    for (const bad of [null, [], {}, { jobs: {} }, 'jobs']) {
      expect(() => adaptGreenhouse(bad, {}), JSON.stringify(bad))
        .to.throw(FeedError)
        .with.property('kind', 'schema');
    }
  });

  it('survives odd rows without throwing', () => {
    const odd = adaptGreenhouse({ jobs: [null, 7, { id: 'x', offices: [null, { location: { name: 'Oslo, Norway' } }] }] }, {});
    expect(odd.feed.postings).to.have.length(3);
    expect((odd.feed.postings[2] as { locations: unknown }).locations).to.deep.equal([{ city: 'Oslo', country: 'NO' }]);
    expect(parseFeed(odd.feed).postings).to.have.length(0);
  });
});
