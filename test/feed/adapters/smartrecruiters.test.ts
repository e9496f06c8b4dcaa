import { expect } from '@open-wc/testing';
import { adaptSmartRecruiters } from '../../../src/feed/adapters/smartrecruiters.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { parseFeed, type ParsedFeed } from '../../../src/feed/parse.js';
import { adaptFixture, expectFeedError, postingById } from './support.js';

const list = (...content: unknown[]) => ({ offset: 0, limit: 100, totalFound: content.length, content });

describe('adaptSmartRecruiters', () => {
  let result: AdaptResult;
  let feed: ParsedFeed;

  before(async () => {
    ({ result, feed } = await adaptFixture(adaptSmartRecruiters, 'smartrecruiters.json', {}));
  });

  it('keeps the valid postings with their own languages, the undated one too, and skips the non-object row', () => {
    expect(feed.postings.map((p) => [p.id, p.language])).to.deep.equal([
      ['744000098765401', 'en'],
      ['744000098765402', 'fr-CA'],
      ['744000098765403', 'en'],
      ['744000098765404', 'de'],
      ['744000098765405', 'en'],
      ['744000098765406', 'es'],
    ]);
    // releasedDate: null: no date, none made up, nothing to report.
    expect(postingById(feed, '744000098765406').datePosted).to.equal(undefined);
    expect(feed.dropped.filter((d) => d.path.endsWith('.datePosted'))).to.deep.equal([]);
    expect(feed.skipped.map((s) => [s.index, s.id])).to.deep.equal([[6, undefined]]);
  });

  it('names the unknown country ("zz", "Gotham") as unresolved', () => {
    expect(result.unresolvedLocations).to.deep.equal([{ text: 'Gotham', id: '744000098765405' }]);
    expect(postingById(feed, '744000098765405').locations).to.deep.equal([{ city: 'Gotham' }]);
  });

  it('takes the organization from company.name', () => {
    expect(feed.organization).to.deep.equal({ name: 'Northwind Labs' });
  });

  it('maps a list row completely, building the public job URL from the company identifier', () => {
    expect(postingById(feed, '744000098765401')).to.deep.equal({
      id: '744000098765401',
      title: 'Backend Engineer (Kotlin)',
      language: 'en',
      url: 'https://jobs.smartrecruiters.com/NorthwindLabs/744000098765401',
      locations: [{ city: 'Berlin', region: 'BE', country: 'DE' }],
      workplace: 'hybrid',
      department: 'Engineering',
      employmentType: 'full-time',
      datePosted: '2026-09-10T08:15:30.123Z',
    });
  });

  it('falls back on the employment type id when the label is localized and unknown', () => {
    const posting = postingById(feed, '744000098765402');
    expect([posting.employmentType, posting.department, posting.workplace]).to.deep.equal(['contract', 'Ventes', undefined]);
    expect(posting.locations).to.deep.equal([{ city: 'Montréal', region: 'QC', country: 'CA' }]);
    expect(posting.datePosted).to.equal('2026-09-11T14:02:00Z');
  });

  it('turns a remote posting whose city is "Remote" into remoteCountries', () => {
    const posting = postingById(feed, '744000098765403');
    expect([posting.workplace, posting.locations, posting.remoteCountries]).to.deep.equal(['remote', [], ['PL']]);
  });

  it('uses postingUrl, applyUrl and the jobAd sections of a details payload', () => {
    expect(postingById(feed, '744000098765404')).to.deep.equal({
      id: '744000098765404',
      title: 'Praktikum Marketing (m/w/d)',
      language: 'de',
      url: 'https://jobs.smartrecruiters.com/NorthwindLabs/744000098765404-praktikum-marketing-m-w-d-',
      applyUrl: 'https://jobs.smartrecruiters.com/NorthwindLabs/744000098765404-praktikum-marketing-m-w-d-?oga=true',
      locations: [{ city: 'München', region: 'BY', country: 'DE' }],
      department: 'Marketing',
      employmentType: 'internship',
      datePosted: '2026-09-13T06:30:00Z',
      description:
        '<h3>Unternehmensbeschreibung</h3>\n<p>Northwind Labs baut Reisesoftware.</p>\n' +
        '<h3>Stellenbeschreibung</h3>\n<ul><li>Kampagnen planen</li><li>Inhalte erstellen</li></ul>\n' +
        '<h3>Qualifikationen</h3>\n<p>Studium im Bereich Marketing.</p>',
    });
  });

  it('finds the company identifier in ref, then in the source URL', () => {
    const base = { name: 'Chef', releasedDate: '2026-09-01T00:00:00Z', language: { code: 'en' } };
    const { feed: out } = adaptSmartRecruiters(
      list(
        { ...base, id: '1', ref: 'https://api.smartrecruiters.com/v1/companies/Acme%20Co/postings/1' },
        { ...base, id: '2' },
      ),
      { url: 'https://api.smartrecruiters.com/v1/companies/Beta/postings?limit=100' },
    );
    expect((out.postings as Record<string, unknown>[]).map((p) => p['url'])).to.deep.equal([
      'https://jobs.smartrecruiters.com/Acme%20Co/1',
      'https://jobs.smartrecruiters.com/Beta/2',
    ]);
    const { feed: bad } = adaptSmartRecruiters(list({ ...base, id: '4', ref: 'https://api.smartrecruiters.com/v1/companies/%E0%A4%A/postings/4' }), {});
    expect((bad.postings[0] as Record<string, unknown>)['url']).to.equal(undefined);
    const { feed: none } = adaptSmartRecruiters(list({ ...base, id: '3' }), {});
    expect(parseFeed(none).skipped[0]!.reasons).to.deep.equal(['postings[0].url: needs a url, a description or sections']);
  });

  it('reads on-site, options.language, fullLocation text and a compensation range', () => {
    const { feed: out, unresolvedLocations } = adaptSmartRecruiters(
      list({
        id: '7',
        name: 'Barista',
        releasedDate: '2026-09-01T00:00:00.000Z',
        company: { identifier: 'Cafe' },
        location: { remote: false, hybrid: false, fullLocation: 'Porto, Portugal' },
        compensation: { min: 1200, max: 1500, currency: 'eur', period: 'month' },
      }),
      { language: 'pt' },
    );
    expect(unresolvedLocations).to.deep.equal([]);
    expect(parseFeed(out).postings).to.deep.equal([
      {
        id: '7',
        title: 'Barista',
        language: 'pt',
        url: 'https://jobs.smartrecruiters.com/Cafe/7',
        locations: [{ city: 'Porto', country: 'PT' }],
        workplace: 'onsite',
        datePosted: '2026-09-01T00:00:00Z',
        salary: { currency: 'EUR', min: 1200, max: 1500, period: 'month' },
      },
    ]);
  });

  it('takes function.label as the department when department.label only repeats the company name', () => {
    const row = (id: string, department: string | undefined, fn: string | undefined) => ({
      id,
      name: 'Engineer',
      postingUrl: `https://jobs.smartrecruiters.com/Acme/${id}`,
      company: { identifier: 'Acme', name: 'Acme Corp' },
      ...(department ? { department: { label: department } } : {}),
      ...(fn ? { function: { id: 'x', label: fn } } : {}),
    });
    const { feed: out } = adaptSmartRecruiters(
      list(row('1', 'ACME CORP', 'Engineering'), row('2', 'Research', 'Engineering'), row('3', undefined, 'Sales'), row('4', 'Acme Corp', undefined)),
      { language: 'en' },
    );
    expect(out.postings.map((p) => (p as Record<string, unknown>)['department'])).to.deep.equal(['Engineering', 'Research', 'Sales', 'Acme Corp']);
  });

  it('leaves the organization out when postings name different companies', () => {
    const { feed: out } = adaptSmartRecruiters(list({ company: { name: 'A' } }, { company: { name: 'B' } }), {});
    expect(out.organization).to.equal(undefined);
  });

  it('maps odd rows without throwing and lets validation skip them', () => {
    const { feed: out, unresolvedLocations } = adaptSmartRecruiters(
      list(null, 5, { location: 'Berlin', typeOfEmployment: 'x', jobAd: 'x', language: 'en' }, { id: 42, location: { country: 7 } }),
      {},
    );
    expect(unresolvedLocations).to.deep.equal([]);
    const parsed = parseFeed(out);
    expect(parsed.postings).to.deep.equal([]);
    expect(parsed.skipped.map((s) => s.id)).to.deep.equal([undefined, undefined, undefined, '42']);
  });

  it('rejects a payload that is not a Posting API list', () => {
    for (const input of [null, 'x', [], {}, { content: {} }, { offers: [] }]) {
      expectFeedError(() => adaptSmartRecruiters(input, {}), 'schema', JSON.stringify(input));
    }
  });
});
