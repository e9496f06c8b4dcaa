/**
 * The widget end to end on each ATS fixture: the feed is fetched, detected
 * (or read in the named format), adapted, validated, and the language/country
 * rule holds for every source.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CareersLoadEvent } from '../../../src/events/careers-events.js';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import { $, $$, cardIds, options } from './helpers.js';

interface Case {
  /** One or more fixture files under /test/fixtures/ats/, with query strings. */
  readonly file: string;
  readonly format: string;
  readonly attributes: Record<string, string>;
  /** Country options (codes) in the selected language, in display order, without "all". */
  readonly countries: readonly string[];
  readonly cards: number;
  /** Every card's language starts with this. */
  readonly language: string;
}

/** Personio: one XML document per language, merged; `board` names the Personio host for job links. */
const PERSONIO = ['de', 'en']
  .map((l) => `personio-${l}.xml?language=${l}&board=northwind.jobs.personio.de`)
  .join(' ');

const srcOf = (file: string) =>
  file
    .split(' ')
    .map((f) => `/test/fixtures/ats/${f}`)
    .join(' ');

// City-only places (Lever's "Dublin", Ashby's "Berlin", Workable's "Rotterdam", Recruitee's "Springfield")
// get their country from the places dataset (adapters/geo.ts).
// A row without a usable date is kept, undated (`datePosted` is optional): Ashby's "Recruiter"
// (Dublin, "last tuesday"), Workable's "Finance Intern" (Italy), Personio's, JSON Feed's and
// Breezy's undated rows each add a card.
const CASES: readonly Case[] = [
  { file: 'greenhouse.json', format: 'greenhouse', attributes: { locale: 'en' }, countries: ['CA', 'DE', 'GB', 'US'], cards: 5, language: 'en' },
  { file: 'greenhouse.json', format: 'greenhouse', attributes: { locale: 'fr', 'feed-language': 'en' }, countries: ['CA'], cards: 1, language: 'fr' },
  { file: 'greenhouse.json', format: 'greenhouse', attributes: { locale: 'de', 'feed-language': 'en' }, countries: ['DE'], cards: 1, language: 'de' },
  { file: 'lever.json', format: 'lever', attributes: { locale: 'en', 'feed-language': 'en' }, countries: ['CA', 'FR', 'DE', 'IE', 'GB', 'US'], cards: 5, language: 'en' },
  { file: 'ashby.json', format: 'ashby', attributes: { locale: 'en' }, countries: ['CA', 'DE', 'IE', 'NL', 'PT', 'ES', 'US'], cards: 6, language: 'en' },
  { file: 'workable.json', format: 'workable', attributes: { locale: 'en' }, countries: ['DE', 'IE', 'IT', 'NL', 'PT', 'ES'], cards: 6, language: 'en' },
  { file: 'recruitee.json', format: 'recruitee', attributes: { locale: 'en' }, countries: ['DE', 'NL', 'US'], cards: 3, language: 'en' },
  { file: 'recruitee.json', format: 'recruitee', attributes: { locale: 'de', 'feed-language': 'en' }, countries: ['DE', 'NL'], cards: 2, language: 'de' },
  { file: 'smartrecruiters.json', format: 'smartrecruiters', attributes: { locale: 'en' }, countries: ['DE', 'PL'], cards: 3, language: 'en' },
  { file: 'smartrecruiters.json', format: 'smartrecruiters', attributes: { locale: 'fr' }, countries: ['CA'], cards: 1, language: 'fr' },
  { file: PERSONIO, format: 'personio', attributes: { locale: 'de' }, countries: ['DE', 'AT', 'CH', 'ES'], cards: 5, language: 'de' },
  { file: PERSONIO, format: 'personio', attributes: { locale: 'en' }, countries: ['AT', 'DE', 'ES', 'CH'], cards: 3, language: 'en' },
  { file: 'jsonld.json', format: 'jsonld', attributes: { locale: 'en' }, countries: ['CA', 'PT', 'ES', 'US'], cards: 2, language: 'en' },
  { file: 'jsonld.json', format: 'jsonld', attributes: { locale: 'fr' }, countries: ['PT'], cards: 1, language: 'fr' },
  { file: 'jsonld-graph.json', format: 'jsonld', attributes: { locale: 'en' }, countries: ['NO', 'SE'], cards: 1, language: 'en' },
  { file: 'jsonfeed.json', format: 'jsonld', attributes: { locale: 'en' }, countries: ['DK', 'NO'], cards: 3, language: 'en' },
  { file: 'breezy.json', format: 'breezy', attributes: { locale: 'en' }, countries: ['BE', 'DE', 'PT', 'US'], cards: 6, language: 'en' },
];

/**
 * The fixtures were written in November 2026 and some postings close then
 * (`validThrough`, `close_at`): every case pins "now" to that month through
 * the `now` attribute, so the suite reads the same on any day.
 */
const FIXTURE_NOW = '2026-11-15T12:00:00Z';

async function load(src: string, attributes: Record<string, string>): Promise<{ el: CareersWidget; event: CareersLoadEvent }> {
  const el = document.createElement('careers-widget');
  el.setAttribute('now', FIXTURE_NOW);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  el.setAttribute('page-size', '50');
  const loaded = oneEvent(el, 'careers-load') as Promise<CareersLoadEvent>;
  document.body.append(el);
  const event = await loaded;
  await el.loadComplete;
  return { el, event };
}

describe('careers-widget: ATS sources', () => {
  afterEach(() => document.querySelectorAll('careers-widget').forEach((el) => el.remove()));

  for (const c of CASES) {
    for (const format of ['auto', c.format]) {
      const name = c.file.split('?')[0];
      it(`${name} (format="${format}", ${JSON.stringify(c.attributes)}): ${c.language} cards, their countries only`, async () => {
        const { el, event } = await load(srcOf(c.file), { ...c.attributes, format });
        expect(event.detail.formats).to.deep.equal(c.file.split(' ').map(() => c.format));
        expect(cardIds(el)).to.have.length(c.cards);
        expect($$(el, '.card').every((card) => card.dataset.language!.startsWith(c.language))).to.equal(true);
        if (c.countries.length > 1) expect(options(el, 'country').slice(1).map(([code]) => code)).to.deep.equal([...c.countries]);
        else {
          // One country is no choice: no select, and every card is in that country.
          expect($(el, '#filter-country') === null, 'country select').to.equal(true);
          expect(new Set(el.results.flatMap((p) => p.countries))).to.deep.equal(new Set(c.countries));
        }
      });
    }
  }

  it('a raw BambooHR list has no dates: its cards render directly, showing no date, undated rows by title', async () => {
    // `board` names the career site the copy came from: each row links to its job page there.
    const { el, event } = await load('/test/fixtures/ats/bamboohr.json?board=acme.bamboohr.com', { locale: 'en', 'feed-language': 'en' });
    expect(event.detail.formats).to.deep.equal(['bamboohr']);
    expect(event.detail.count).to.equal(5);
    expect(event.detail.skipped, 'only the row with a blank title').to.equal(1);
    // Every posting is undated: "newest first" has nothing to go by but the title.
    expect(cardIds(el)).to.deep.equal(['32', '31', '34', '33', '35']);
    expect(el.results.every((p) => p.datePosted === undefined && p.postedAt === undefined)).to.equal(true);
    expect($$(el, '.card [part~="posted"], .card time'), 'no date on any card').to.deep.equal([]);
    expect($(el, '.card[data-id="31"] .link')!.getAttribute('href')).to.equal('https://acme.bamboohr.com/careers/31');
    await expect(el).to.be.accessible();
  });

  it('a raw BambooHR list served from elsewhere has no job links and no descriptions: every row is still skipped (see the adapter test for the reasons)', async () => {
    const { el, event } = await load('/test/fixtures/ats/bamboohr.json', { locale: 'en', 'feed-language': 'en' });
    expect(event.detail.formats).to.deep.equal(['bamboohr']);
    expect(event.detail.count).to.equal(0);
    expect(event.detail.skipped).to.equal(6);
    expect(cardIds(el)).to.deep.equal([]);
  });

  it('hides postings whose closing date has passed at the widget\'s "now"', async () => {
    // jsonld.json: one English posting closes 2026-11-30T23:59:59+01:00, the other has no end.
    const before = await load('/test/fixtures/ats/jsonld.json', { locale: 'en' });
    expect(cardIds(before.el)).to.have.length(2);
    const after = await load('/test/fixtures/ats/jsonld.json', { locale: 'en', now: '2026-12-01T00:00:00Z' });
    expect(cardIds(after.el)).to.have.length(1);
    expect(after.event.detail.count).to.equal(before.event.detail.count - 1);
  });

  it('without a feed-language, a source without languages takes the language of the widget locale', async () => {
    const { el } = await load('/test/fixtures/ats/lever.json', { locale: 'fr' });
    expect(cardIds(el)).to.have.length(5);
    expect($$(el, '.card .title').every((h) => h.getAttribute('lang') === 'fr')).to.equal(true);
  });

  it('feed-language tells the widget what language such a source is in', async () => {
    const { el } = await load('/test/fixtures/ats/workable.json', { locale: 'de', 'feed-language': 'en' });
    expect(cardIds(el)).to.deep.equal([]);
    expect($(el, '.status')!.textContent!.trim()).to.equal('Derzeit gibt es keine Stellenangebote auf Deutsch.');
    expect($$(el, '[part~="language-button"]').map((b) => b.lang)).to.deep.equal(['en']);
  });

  it('reports locations it could not place in a country; a city alone ("Hybrid - London") is placed by the places dataset', async () => {
    const { el, event } = await load('/test/fixtures/ats/greenhouse.json', { locale: 'en' });
    expect(event.detail.unresolvedLocations).to.equal(1);
    expect(event.detail.unresolvedPlaces).to.deep.equal([{ text: 'Remote', id: '4801239005' }]);
    expect($(el, '.card[data-id="4801239003"] [part~="location"]')?.textContent).to.include('United Kingdom');
    expect(event.detail.skipped).to.equal(0);
  });

  it('a remote role for an area says where: "EMEA" and "Remote", not just "Remote"', async () => {
    const lever = [
      { id: 'a', text: 'Account Executive', hostedUrl: 'https://jobs.example/a', createdAt: 1786440600000, workplaceType: 'remote', categories: { location: 'Remote - EMEA' } },
      { id: 'b', text: 'Support Engineer', hostedUrl: 'https://jobs.example/b', createdAt: 1786440600000, workplaceType: 'remote', categories: { location: 'Remote' } },
    ];
    const { el } = await load(`data:application/json,${encodeURIComponent(JSON.stringify(lever))}`, { locale: 'en', format: 'lever', 'feed-language': 'en' });
    const meta = (id: string) =>
      $$(el, `.card[data-id="${id}"] [part~="meta-item"]`)
        .filter((item) => !item.matches('[part~="posted"]'))
        .map((item) => item.querySelector('dd')!.textContent!.trim());
    expect(meta('a')).to.deep.equal(['EMEA', 'Remote']);
    expect(meta('b')).to.deep.equal(['Remote']);
  });

  it('names unresolved places with their posting ids in the console and the event, at most 100', async () => {
    // 120 places without a country (from a data: URL, so no fixture file), each in two postings.
    const places = Array.from({ length: 120 }, (_, i) => `Nowhere ${i}`);
    const lever = [...places, ...places].map((city, i) => ({ id: `p${i}`, text: `Role ${i}`, hostedUrl: `https://jobs.example/p${i}`, createdAt: 1786440600000, categories: { location: city } }));
    const infos: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => infos.push(args.join(' '));
    try {
      const { event } = await load(`data:application/json,${encodeURIComponent(JSON.stringify(lever))}`, { locale: 'en', format: 'lever', 'feed-language': 'en' });
      expect(event.detail.unresolvedLocations).to.equal(240);
      expect(event.detail.unresolvedPlaces).to.deep.equal(places.slice(0, 100).map((text, i) => ({ text, id: `p${i}` })));
      const line = infos.find((t) => t.includes('named no recognisable country'));
      expect(line).to.include('240 location(s)').and.include('"Nowhere 0" (posting "p0"), "Nowhere 1" (posting "p1")').and.include('"Nowhere 99" (posting "p99")');
      expect(line).not.to.include('"Nowhere 100"');
    } finally {
      console.info = info;
    }
  });

  it('a format that does not match the payload is a schema error, shown as an alert', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    el.setAttribute('format', 'lever');
    el.setAttribute('src', '/test/fixtures/ats/greenhouse.json');
    const failed = oneEvent(el, 'careers-error');
    document.body.append(el);
    expect((await failed).detail.kind).to.equal('schema');
    await el.loadComplete;
    expect($(el, '[role="alert"]')).to.exist;
  });
});
