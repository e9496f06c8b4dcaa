import { expect } from '@open-wc/testing';
import { adaptPersonio } from '../../../src/feed/adapters/personio.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';
import { parseFeed, type ParsedFeed } from '../../../src/feed/parse.js';
import { adaptFixture, expectFeedError, postingById, xmlFromText } from './support.js';

const BOARD = 'https://northwind.jobs.personio.de/xml';

describe('adaptPersonio', () => {
  let de: unknown;
  let en: unknown;
  let resultDe: AdaptResult;
  let feedDe: ParsedFeed;
  let feedEn: ParsedFeed;

  before(async () => {
    ({ input: de, result: resultDe, feed: feedDe } = await adaptFixture(adaptPersonio, 'personio-de.xml', {
      url: `${BOARD}?language=de`,
    }));
    ({ input: en, feed: feedEn } = await adaptFixture(adaptPersonio, 'personio-en.xml', { url: `${BOARD}?language=en` }));
  });

  it('reads the language from the URL and suffixes the shared ids with it', () => {
    expect(feedDe.postings.map((p) => [p.id, p.language, p.translationOf])).to.deep.equal([
      ['1520001-de', 'de', '1520001'],
      ['1520002-de', 'de', '1520002'],
      ['1520003-de', 'de', '1520003'],
      ['1520004-de', 'de', '1520004'],
      ['1520005-de', 'de', '1520005'],
    ]);
    expect(feedEn.postings.map((p) => [p.id, p.language, p.translationOf])).to.deep.equal([
      ['1520001-en', 'en', '1520001'],
      ['1520002-en', 'en', '1520002'],
      ['1520004-en', 'en', '1520004'],
    ]);
  });

  it('keeps the position with an unreadable createdAt, undated, reporting the date; skips the one without an id', () => {
    expect(feedDe.skipped).to.deep.equal([]);
    expect(postingById(feedDe, '1520005-de').datePosted).to.equal(undefined);
    expect(feedDe.dropped.map((d) => [d.index, d.id, d.path, d.reason])).to.deep.equal([
      [4, '1520005-de', 'postings[4].datePosted', 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time'],
    ]);
    expect(feedEn.skipped.map((s) => [s.index, s.id])).to.deep.equal([[3, undefined]]);
    expect(feedEn.skipped[0]!.reasons).to.deep.equal(['postings[3].id: expected string']);
  });

  it('names the offices that are bare city names as unresolved', () => {
    expect(resultDe.unresolvedLocations).to.deep.equal([
      { text: 'München', id: '1520001' },
      { text: 'Hamburg', id: '1520003' },
    ]);
    expect(adaptPersonio(en, { url: `${BOARD}?language=en` }).unresolvedLocations).to.deep.equal([{ text: 'München', id: '1520001' }]);
  });

  it('takes the organization from the shared subcompany', () => {
    expect(feedDe.organization).to.deep.equal({ name: 'Northwind Labs GmbH' });
  });

  it('maps a position with additional offices and description blocks completely', () => {
    expect(postingById(feedDe, '1520001-de')).to.deep.equal({
      id: '1520001-de',
      title: 'Senior Backend Engineer (m/w/d)',
      language: 'de',
      url: 'https://northwind.jobs.personio.de/job/1520001?language=de',
      locations: [
        { city: 'Berlin', country: 'DE' },
        { city: 'Wien', country: 'AT' },
        { city: 'München' },
      ],
      department: 'Engineering',
      employmentType: 'full-time',
      datePosted: '2026-09-01T10:00:00Z',
      description:
        '<h3>Deine Aufgaben</h3>\n<ul><li>Du entwickelst unsere Buchungs-API in Go.</li><li>Du verantwortest Datenbank-Migrationen.</li></ul>\n' +
        '<h3>Dein Profil</h3>\n<p>Mehrere Jahre Erfahrung mit verteilten Systemen &amp; PostgreSQL.</p>',
      translationOf: '1520001',
    });
  });

  it('reads remote from the office name and lists its country in remoteCountries', () => {
    const posting = postingById(feedDe, '1520002-de');
    expect([posting.workplace, posting.locations, posting.remoteCountries]).to.deep.equal(['remote', [], ['ES']]);
    expect(posting.datePosted).to.equal('2026-09-05T06:30:00Z');
  });

  it('combines employmentType and schedule', () => {
    expect(feedDe.postings.map((p) => [p.id, p.employmentType])).to.deep.equal([
      ['1520001-de', 'full-time'], // permanent, full-time
      ['1520002-de', 'part-time'], // permanent, part-time
      ['1520003-de', 'part-time'], // working_student
      ['1520004-de', 'contract'], // freelance, full-or-part-time
      ['1520005-de', 'internship'], // intern, full-time
    ]);
    const types = (employmentType: string, schedule: string) =>
      (
        adaptPersonio(
          xmlFromText(`<workzag-jobs><position><employmentType>${employmentType}</employmentType><schedule>${schedule}</schedule></position></workzag-jobs>`),
          {},
        ).feed.postings[0] as Record<string, unknown>
      )['employmentType'];
    expect(types('intern', 'full-time')).to.equal('internship');
    expect(types('trainee', 'full-time')).to.equal('internship');
    expect(types('temporary', 'part-time')).to.equal('temporary');
    expect(types('permanent', 'full-or-part-time')).to.equal('full-time');
    expect(types('', 'part-time')).to.equal('part-time');
    expect(types('', 'flexible')).to.equal(undefined);
  });

  it('trims CDATA surrounded by whitespace', () => {
    expect(postingById(feedEn, '1520004-en').description).to.equal(
      '<h3>Project</h3>\n<p>Six-month project to introduce IFRS&nbsp;16.</p>',
    );
  });

  it('merges the language documents of one board without id clashes, grouped by translationOf', () => {
    const merged = parseFeed({
      version: 1,
      postings: [...adaptPersonio(de, { url: `${BOARD}?language=de` }).feed.postings, ...adaptPersonio(en, { url: `${BOARD}?language=en` }).feed.postings],
    });
    expect(merged.skipped.map((s) => s.reasons.join(' ')).filter((r) => r.includes('duplicate'))).to.deep.equal([]);
    const groups = new Map<string, string[]>();
    for (const p of merged.postings) groups.set(p.translationOf!, [...(groups.get(p.translationOf!) ?? []), p.language]);
    expect(Object.fromEntries(groups)).to.deep.equal({
      '1520001': ['de', 'en'],
      '1520002': ['de', 'en'],
      '1520003': ['de'],
      '1520004': ['de', 'en'],
      '1520005': ['de'],
    });
  });

  it('prefers options.language over the URL parameter, and works on the .com host', () => {
    const { feed } = adaptPersonio(de, { language: 'de-AT', url: 'https://northwind.jobs.personio.com/xml?language=en' });
    const first = feed.postings[0] as Record<string, unknown>;
    expect([first['id'], first['language'], first['url']]).to.deep.equal([
      '1520001-de-AT',
      'de-AT',
      'https://northwind.jobs.personio.com/job/1520001?language=de-AT',
    ]);
  });

  it('without a language, keeps the plain ids and lets validation skip every row for it', () => {
    const { feed } = adaptPersonio(de, { url: BOARD });
    const parsed = parseFeed(feed);
    expect(parsed.postings).to.deep.equal([]);
    expect(parsed.skipped.map((s) => s.id)).to.deep.equal(['1520001', '1520002', '1520003', '1520004', '1520005']);
    expect(parsed.skipped[0]!.reasons).to.deep.equal(['postings[0].language: expected string']);
    const first = feed.postings[0] as Record<string, unknown>;
    expect([first['url'], first['translationOf']]).to.deep.equal(['https://northwind.jobs.personio.de/job/1520001', undefined]);
  });

  it('builds no job URL from a source that is not a Personio board (a proxy, a file); the postings stand on their descriptions', () => {
    const linked = parseFeed(adaptPersonio(de, { language: 'de', url: BOARD }).feed).postings.map((p) => p.id);
    for (const url of [undefined, 'https://example.com/personio.xml?language=de', 'not a url', 'ftp://northwind.jobs.personio.de/xml']) {
      const { feed } = adaptPersonio(de, { language: 'de', url });
      const parsed = parseFeed(feed);
      // 1520005 has no description: without its link there is nothing to read, and it is skipped for that.
      expect(parsed.postings.map((p) => p.id), String(url)).to.deep.equal(linked.filter((id) => id !== '1520005-de'));
      expect(parsed.skipped.map((s) => [s.id, s.reasons.join(' ')]), String(url)).to.deep.equal([
        ['1520005-de', 'postings[4].datePosted: must be a date (YYYY-MM-DD) or an ISO 8601 date-time postings[4].url: needs a url, a description or sections'],
      ]);
      expect(parsed.postings.every((p) => p.url === undefined && p.description), String(url)).to.equal(true);
    }
  });

  it('builds job URLs for a hosted copy from its board parameter, and only for a Personio board', () => {
    const hosted = adaptPersonio(de, { url: 'http://127.0.0.1:8000/jobs-de.xml?language=de&board=Northwind.jobs.personio.de' });
    const first = parseFeed(hosted.feed).postings[0]!;
    expect(first.url).to.equal('https://northwind.jobs.personio.de/job/1520001?language=de');
    expect(first.language).to.equal('de');
    const foreign = adaptPersonio(de, { url: 'http://127.0.0.1:8000/jobs-de.xml?language=de&board=evil.example' });
    const unlinked = parseFeed(foreign.feed).postings;
    expect(unlinked.length).to.be.greaterThan(0);
    expect(unlinked.map((p) => p.url)).to.deep.equal(unlinked.map(() => undefined));
  });

  it('accepts a lone <position> root and a list of positions under another root', () => {
    const one = adaptPersonio(xmlFromText('<position><id>9</id><name>Koch</name></position>'), { language: 'de', url: BOARD });
    expect((one.feed.postings as Record<string, unknown>[]).map((p) => p['id'])).to.deep.equal(['9-de']);
    const many = adaptPersonio(xmlFromText('<jobs><position><id>1</id></position><position><id>2</id></position></jobs>'), { language: 'de' });
    expect(many.feed.postings).to.have.length(2);
    expect(adaptPersonio(xmlFromText('<workzag-jobs/>'), {})).to.deep.equal({ feed: { version: 1, postings: [] }, unresolvedLocations: [] });
  });

  it('maps odd positions without throwing and lets validation skip them', () => {
    const { feed, unresolvedLocations } = adaptPersonio(
      xmlFromText('<workzag-jobs><position/><position><id> </id><office> </office><jobDescriptions><jobDescription/></jobDescriptions></position><position><id>x</id><additionalOffices/></position></workzag-jobs>'),
      { language: 'de', url: BOARD },
    );
    expect(unresolvedLocations).to.deep.equal([]);
    const parsed = parseFeed(feed);
    expect(parsed.postings).to.deep.equal([]);
    expect(parsed.skipped.map((s) => s.id)).to.deep.equal([undefined, undefined, 'x-de']);
    expect(parsed.organization).to.equal(undefined);
  });

  it('rejects input that is not a Personio document', () => {
    for (const input of [null, 'xml', [], { offers: [] }, { name: 'rss', attributes: {}, children: [{ name: 'channel', attributes: {}, children: [], text: '' }], text: '' }]) {
      expectFeedError(() => adaptPersonio(input, {}), 'schema', JSON.stringify(input));
    }
  });

  it('reports malformed XML as a parse error before the adapter runs', () => {
    expectFeedError(() => xmlFromText('<workzag-jobs><position><id>1</id></workzag-jobs>'), 'parse');
  });
});
