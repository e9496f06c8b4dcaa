/**
 * Bad input loses nothing: an invalid optional value of a posting, or of the
 * feed's organization, is left out and reported, and the posting (or the
 * feed) still shows.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CareersLoadEvent } from '../../../src/events/careers-events.js';
import { $, $$, cardIds, choose, daysAgo, options, TEST_NOW, watchPageErrors } from './helpers.js';

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Job ${id}`,
  language: 'en',
  url: `https://jobs.example/${id}`,
  locations: [],
  datePosted: daysAgo(1),
  ...extra,
});

/** Mounts a widget on `feed`, capturing the careers-load event and console warnings. */
async function load(feed: unknown, attributes: Record<string, string> = {}) {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    el.setAttribute('filters', 'country language department workplace type search');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.now = TEST_NOW;
    el.feed = feed;
    const loaded = oneEvent(el, 'careers-load') as Promise<CareersLoadEvent>;
    document.body.append(el);
    const event = await loaded;
    await el.loadComplete;
    return { el, detail: event.detail, warnings };
  } finally {
    console.warn = warn;
  }
}

const meta = (card: Element, part: string) =>
  card.querySelector(`[part~="${part}"] dd`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('careers-widget: bad optional values', () => {
  it('shows the posting without them, counts them in careers-load and names them in one warning', async () => {
    const { el, detail, warnings } = await load({
      version: 1,
      organization: null,
      postings: [
        row('kept', {
          summary: null,
          salary: { currency: 'EURO', min: 80000 },
          employmentType: 'permanent',
          workplace: 'hybrid',
          locations: [
            { city: 'Berlin', country: 'DE' },
            { city: 'Atlantis', country: 'XX' },
          ],
        }),
        row('fine', { summary: 'All good.', locations: [{ city: 'Paris', country: 'FR' }] }),
      ],
    });
    expect(detail).to.deep.include({ count: 2, skipped: 0, droppedFields: 5, countries: ['DE', 'FR'] });
    expect(cardIds(el)).to.have.members(['kept', 'fine']);
    const card = $(el, '.card[data-id="kept"]')!;
    expect(meta(card, 'location')).to.equal('Berlin, Germany and Atlantis');
    expect(meta(card, 'workplace')).to.equal('Hybrid');
    expect(card.querySelector('[part~="salary"]'), 'no salary').to.equal(null);
    expect(card.querySelector('[part~="type"]'), 'no job type').to.equal(null);
    expect(card.querySelector('[part~="summary"]'), 'no summary').to.equal(null);
    expect(options(el, 'country').map(([value]) => value)).to.deep.equal(['', 'FR', 'DE']);
    // Nothing was skipped: no notice to visitors.
    expect($(el, '[part="notice"]')).to.equal(null);
    expect(el.organization).to.equal(undefined);
    expect(warnings).to.deep.equal([
      'careers-widget: left out 5 invalid field(s) and kept the rest: organization (expected object), ' +
        'postings[0].locations[1].country of "kept" (is not a known ISO 3166-1 alpha-2 country code), ' +
        'postings[0].employmentType of "kept" (must be one of "full-time", "part-time", "contract", "temporary", "internship", "volunteer", "other"), and 2 more.',
    ]);
    el.remove();
  });

  it('a relative organization logo loses the logo, not the feed', async () => {
    const { el, detail } = await load({
      version: 1,
      organization: { name: 'Acme', url: 'https://acme.example', logo: '/logo.svg' },
      postings: [row('a')],
    });
    expect(detail).to.deep.include({ count: 1, droppedFields: 1 });
    expect(el.organization).to.deep.equal({ name: 'Acme', url: 'https://acme.example' });
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(cardIds(el)).to.deep.equal(['a']);
    el.remove();
  });

  it('a bad url with a description: the posting opens in the widget instead of linking away', async () => {
    const { el, detail } = await load({
      version: 1,
      postings: [row('a', { url: 'javascript:alert(1)', description: '<p>About the job</p>' })],
    });
    expect(detail).to.deep.include({ count: 1, skipped: 0, droppedFields: 1 });
    const link = $$(el, '.card [part~="link"]')[0]!;
    expect(link.localName, 'no page to link to: a button that opens the detail').to.equal('button');
    expect(link.textContent!.trim()).to.equal('Job a');
    el.remove();
  });
});

describe('careers-widget: Object.prototype member names as feed values', () => {
  for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    it(`"${name}" as department, city, workplace, employmentType and country: text or dropped, never a function`, async () => {
      const { el, detail } = await load({
        version: 1,
        organization: { name },
        postings: [
          row(name, {
            title: name,
            department: name,
            workplace: name,
            employmentType: name,
            locations: [{ city: name, country: name }],
            remoteCountries: [name],
            summary: name,
          }),
          row('other', { department: 'Design', locations: [{ city: 'Paris', country: 'FR' }] }),
        ],
      });
      // Closed sets and codes drop it; the posting stays.
      expect(detail).to.deep.include({ count: 2, skipped: 0, droppedFields: 4, countries: ['FR'] });
      const card = $(el, `.card[data-id="${name}"]`)!;
      expect(card.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(name);
      expect(meta(card, 'department')).to.equal(name);
      expect(meta(card, 'location')).to.equal(name);
      expect(card.querySelector('[part~="summary"]')!.textContent).to.equal(name);
      expect(card.querySelector('[part~="workplace"]')).to.equal(null);
      expect(card.querySelector('[part~="type"]')).to.equal(null);
      expect($(el, '.root')!.textContent).to.not.match(/function|\[native code\]|\[object/u);
      const departments = options(el, 'department');
      expect(departments.map(([value]) => value)).to.have.members(['', name, 'Design']);
      expect(departments.find(([value]) => value === name)![1]).to.equal(`${name} (1)`);
      // Choosing it filters by it, like any department.
      await choose(el, 'department', name);
      expect(cardIds(el)).to.deep.equal([name]);
      expect(el.organization).to.deep.equal({ name });
      el.remove();
    });
  }

  it('through an ATS adapter: a Lever commitment or workplace "Constructor" maps to nothing and costs nothing', async () => {
    const lever = [
      {
        id: 'a',
        text: 'Backend Engineer',
        hostedUrl: 'https://jobs.lever.co/acme/a',
        createdAt: Date.parse('2026-03-10T00:00:00Z'),
        workplaceType: 'Constructor',
        categories: { commitment: 'Constructor', department: 'constructor', location: 'Berlin, Germany' },
      },
    ];
    const { el, detail } = await load(lever, { format: 'lever', 'feed-language': 'en' });
    expect(detail).to.deep.include({ count: 1, skipped: 0, droppedFields: 0, formats: ['lever'], countries: ['DE'] });
    const card = $(el, '.card')!;
    expect(meta(card, 'department')).to.equal('constructor');
    expect(card.querySelector('[part~="type"]')).to.equal(null);
    expect(card.querySelector('[part~="workplace"]')).to.equal(null);
    el.remove();
  });
});

describe('careers-widget: deep feed data', () => {
  it('two sources sharing a row nested 10,000 levels deep: merged, every posting shown, nothing thrown', async () => {
    const levels = 10_000;
    const deep = (id: string, leaf: number) =>
      `${JSON.stringify(row(id)).slice(0, -1)},"extra":${'['.repeat(levels)}${leaf}${']'.repeat(levels)}}`;
    const bodies = new Map([
      ['/a.json', `{"version":1,"postings":[${deep('deep', 1)},${JSON.stringify(row('a'))}]}`],
      ['/b.json', `{"version":1,"postings":[${deep('deep', 2)},${JSON.stringify(row('b'))}]}`],
    ]);
    const page = watchPageErrors();
    const realFetch = window.fetch;
    window.fetch = async (input) => {
      const body = bodies.get(new URL(String(input), document.baseURI).pathname);
      return body === undefined ? new Response('', { status: 404 }) : new Response(body, { headers: { 'content-type': 'application/json' } });
    };
    try {
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.setAttribute('src', '/a.json /b.json');
      el.now = TEST_NOW;
      const settled = Promise.race([oneEvent(el, 'careers-load'), oneEvent(el, 'careers-error')]);
      document.body.append(el);
      const event = await settled;
      expect(event.type, JSON.stringify((event as CustomEvent).detail)).to.equal('careers-load');
      const { detail } = event as CareersLoadEvent;
      await el.loadComplete;
      // The second "deep" differs (its leaf): renamed, not lost.
      expect(detail).to.deep.include({ count: 4, skipped: 0, formats: ['careers', 'careers'] });
      expect(cardIds(el)).to.have.members(['deep', 'a', 'deep~2', 'b']);
      expect($(el, '[role="alert"]')).to.equal(null);
      el.remove();
    } finally {
      window.fetch = realFetch;
      page.stop();
    }
    expect(page.errors).to.deep.equal([]);
  });
});
