import { expect } from '@open-wc/testing';
import { parseFeed, type ParsedFeed } from '../../src/feed/parse.js';
import type { FeedPosting } from '../../src/feed/schema.js';
import { normalizePostings } from '../../src/model/normalize.js';
import { primaryLanguage } from '../../src/model/language.js';

/** The test server serves the repository root, so the demo files are reachable. */
async function load(path: string): Promise<ParsedFeed> {
  const response = await fetch(path);
  expect(response.ok, `${path} answered HTTP ${response.status}`).to.equal(true);
  return parseFeed(await response.json());
}

function countriesOf(postings: readonly FeedPosting[], language: string): Set<string> {
  const set = new Set<string>();
  for (const p of postings) {
    if (primaryLanguage(p.language) !== language) continue;
    for (const l of p.locations) if (l.country) set.add(l.country.toUpperCase());
    for (const c of p.remoteCountries ?? []) set.add(c.toUpperCase());
  }
  return set;
}

describe('demo/feed.json', () => {
  let feed: ParsedFeed;

  before(async () => {
    feed = await load('/demo/feed.json');
  });

  it('is valid throughout: no row is skipped', () => {
    expect(feed.skipped, JSON.stringify(feed.skipped, null, 2)).to.have.length(0);
    expect(feed.organization?.name).to.be.a('string').and.not.equal('');
  });

  it('holds at least 40 postings', () => {
    expect(feed.postings.length).to.be.at.least(40);
  });

  it('has postings in English, French, German and Spanish', () => {
    const languages = new Set(feed.postings.map((p) => primaryLanguage(p.language)));
    for (const l of ['en', 'fr', 'de', 'es']) expect(languages.has(l), `language ${l}`).to.equal(true);
  });

  it('uses regional language tags too', () => {
    const tags = new Set(feed.postings.map((p) => p.language));
    expect(tags.has('fr-CA')).to.equal(true);
    expect(tags.has('es-MX')).to.equal(true);
  });

  it('covers at least 10 distinct countries', () => {
    const all = new Set(feed.postings.flatMap((p) => [
      ...p.locations.flatMap((l) => (l.country ? [l.country.toUpperCase()] : [])),
      ...(p.remoteCountries ?? []).map((c) => c.toUpperCase()),
    ]));
    expect(all.size).to.be.at.least(10);
  });

  it('gives French and German postings different country sets', () => {
    const fr = [...countriesOf(feed.postings, 'fr')].sort();
    const de = [...countriesOf(feed.postings, 'de')].sort();
    expect(fr.length).to.be.greaterThan(0);
    expect(de.length).to.be.greaterThan(0);
    expect(fr).to.not.deep.equal(de);
  });

  it('links translations to postings that exist', () => {
    const ids = new Set(feed.postings.map((p) => p.id));
    const translations = feed.postings.filter((p) => p.translationOf);
    expect(translations.length).to.be.greaterThan(0);
    for (const p of translations) expect(ids.has(p.translationOf!), `${p.id} → ${p.translationOf}`).to.equal(true);
  });

  it('never shrinks as dates pass: no posting has a closing date', () => {
    // The demo (and the CDN test that counts its cards) must show the same postings on any day.
    expect(feed.postings.filter((p) => p.validThrough).map((p) => p.id)).to.deep.equal([]);
    expect(normalizePostings(feed.postings, new Date('2100-01-01T00:00:00Z'))).to.have.length(feed.postings.length);
  });
});

describe('demo/bad-rows.json', () => {
  it('keeps the good rows and those with one bad optional value, and skips the broken ones', async () => {
    const feed = await load('/demo/bad-rows.json');
    expect(feed.postings.map((p) => p.id)).to.deep.equal(['nw-bad-ok-1', 'nw-bad-ok-2', 'nw-bad-ok-3', 'nw-bad-country', 'nw-bad-salary']);
    expect(feed.skipped.map((s) => s.id)).to.deep.equal(['nw-bad-url', 'nw-bad-missing-title', 'nw-bad-ok-1']);
    expect(feed.dropped.map((d) => d.path)).to.deep.equal(['postings[3].locations[0].country', 'postings[5].salary']);
  });
});
