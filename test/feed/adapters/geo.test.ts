import { expect } from '@open-wc/testing';
import { adaptPayload } from '../../../src/feed/adapters/adapt.js';
import { placeFeed, placeFeedSteps, resolvePlace, resolvePlaceText } from '../../../src/feed/adapters/geo.js';
import type { AdaptResult } from '../../../src/feed/adapters/types.js';

const parts = (text: string) => text.split(',').map((p) => p.trim());

describe('geo: a city alone', () => {
  for (const [text, country] of [
    ['London', 'GB'], // London, Ontario is a twentieth of it
    ['Paris', 'FR'],
    ['Berlin', 'DE'],
    ['Dublin', 'IE'],
    ['Toronto', 'CA'],
    ['Sydney', 'AU'],
    ['Springfield', 'US'], // several, all in the US
    ['Köln', 'DE'],
    ['koln', 'DE'], // case and accents do not matter
    ['Zürich', 'CH'],
    ['São Paulo', 'BR'],
    ['Mountain View', 'US'],
    ['Eschborn', 'DE'], // about 21,000 people: towns of 15,000 and more are kept
  ] as const) {
    it(`"${text}" → ${country}`, () => expect(resolvePlace([text])).to.deep.equal({ country }));
  }

  for (const [text, why] of [
    ['Cambridge', 'GB and US have one of comparable size'],
    ['Vancouver', 'Vancouver, Washington is a third of Vancouver, BC'],
    ['Birmingham', 'Birmingham, Alabama is a fifth of Birmingham, England'],
    ['Gotham', 'no such city'],
    ['Ontario', 'a province of Canada and a city in California'],
    ['EMEA', 'an area'],
  ] as const) {
    it(`"${text}" stays unresolved: ${why}`, () => expect(resolvePlace([text])).to.equal(undefined));
  }

  it('nothing at all resolves to nothing', () => {
    expect(resolvePlace([])).to.equal(undefined);
    expect(resolvePlace([''])).to.equal(undefined);
  });
});

describe('geo: a city and its subdivision or country', () => {
  for (const [text, country] of [
    ['San Francisco, CA', 'US'], // CA: California, not Canada
    ['Portland, OR', 'US'],
    ['Austin, Texas', 'US'],
    ['Cambridge, MA', 'US'],
    ['London, ON', 'CA'], // the smaller London, with its province
    ['Vancouver, BC', 'CA'],
    ['Vancouver, WA', 'US'],
    ['Sydney, NSW', 'AU'],
    ['Melbourne, VIC', 'AU'],
    ['Paris, TX', 'US'],
    ['Zürich, ZH', 'CH'],
    ['Montreal, Quebec', 'CA'],
    ['Berlin, Mitte', 'DE'], // a qualifier the dataset does not know is no clue
  ] as const) {
    it(`"${text}" → ${country}`, () => expect(resolvePlace(parts(text))?.country).to.equal(country));
  }

  it('a country code after the city is the country, not a region ("Berlin, DE": DE is also Delaware)', () => {
    expect(resolvePlace(['Berlin', 'DE'])).to.deep.equal({ country: 'DE', qualifierIsCountry: true });
  });

  for (const [text, why] of [
    ['San Francisco, ON', 'no San Francisco in Ontario'],
    ['Cambridge, Bavaria', 'a subdivision with no city of the name'],
    ['Lebanon, NH', 'Lebanon, New Hampshire is below 15,000 people: not guessed from the country Lebanon'],
  ] as const) {
    it(`"${text}" stays unresolved: ${why}`, () => expect(resolvePlace(parts(text))).to.equal(undefined));
  }
});

describe('geo: a subdivision alone', () => {
  for (const [text, country] of [
    ['Texas', 'US'],
    ['California', 'US'],
    ['Bavaria', 'DE'],
    ['New South Wales', 'AU'],
  ] as const) {
    it(`"${text}" → ${country}, as the region`, () => expect(resolvePlace([text])).to.deep.equal({ country, regionOnly: true }));
  }

  it('"New York" is the state in the dataset (the city is "New York City"): the US either way', () => {
    expect(resolvePlace(['New York'])).to.deep.equal({ country: 'US', regionOnly: true });
    expect(resolvePlace(['New York City'])).to.deep.equal({ country: 'US' });
  });

  it('a name that is a city and a subdivision of one country is the city ("Madrid")', () => {
    expect(resolvePlace(['Madrid'])).to.deep.equal({ country: 'ES' });
  });

  it('a two-letter code alone is never a subdivision ("CA" is left to the country codes)', () => {
    expect(resolvePlace(['CA'])).to.equal(undefined);
  });
});

describe('geo: free text', () => {
  for (const [text, country] of [
    ['Remote - San Francisco, CA', 'US'],
    ['Hybrid - London', 'GB'],
    ['London (Hybrid)', 'GB'],
    ['Remote - Texas', 'US'],
  ] as const) {
    it(`"${text}" → ${country}`, () => expect(resolvePlaceText(text)).to.equal(country));
  }

  it('workplace words and areas alone name no place', () => {
    expect(resolvePlaceText('Remote')).to.equal(undefined);
    expect(resolvePlaceText('Remote - EMEA')).to.equal(undefined);
  });
});

describe('geo: placeFeed', () => {
  const result = (locations: unknown[], unresolved: string[]): AdaptResult => ({
    feed: { version: 1, postings: [{ id: 'a', title: 'T', locations }, 'not a posting', { id: 'b', title: 'No locations' }] },
    unresolvedLocations: unresolved.map((text) => ({ text, id: 'a' })),
  });

  it('gives unresolved locations their country, keeps what is certain, and names only what is left', () => {
    const placed = placeFeed(
      result(
        [
          { city: 'San Francisco', region: 'CA' },
          { city: 'London' },
          { city: 'Texas' },
          { city: 'Berlin', region: 'DE' },
          { city: 'Cambridge' },
          { region: 'EMEA' },
          { city: 'Madrid', country: 'ES' },
          'odd',
        ],
        ['San Francisco, CA', 'London', 'Texas', 'Berlin, DE', 'Cambridge', 'Remote - EMEA'],
      ),
    );
    expect(placed.feed.postings[0]).to.deep.equal({
      id: 'a',
      title: 'T',
      locations: [
        { city: 'San Francisco', region: 'CA', country: 'US' },
        { city: 'London', country: 'GB' },
        { region: 'Texas', country: 'US' },
        { city: 'Berlin', country: 'DE' },
        { city: 'Cambridge' },
        { region: 'EMEA' },
        { city: 'Madrid', country: 'ES' },
        'odd',
      ],
    });
    expect(placed.feed.postings.slice(1)).to.deep.equal(['not a posting', { id: 'b', title: 'No locations' }]);
    expect(placed.unresolvedLocations).to.deep.equal([
      { text: 'Cambridge', id: 'a' },
      { text: 'Remote - EMEA', id: 'a' },
    ]);
  });
});

describe('geo: placeFeedSteps', () => {
  it('yields after each posting, so the widget can spread a large feed over several tasks; the same result as placeFeed', () => {
    const input: AdaptResult = {
      feed: { version: 1, postings: Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, title: 'T', locations: [{ city: 'London' }] })) },
      unresolvedLocations: [{ text: 'London', id: 'p0' }],
    };
    const steps = placeFeedSteps(input);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).to.be.at.least(50);
    expect(step.value).to.deep.equal(placeFeed(input));
    expect(step.value.unresolvedLocations).to.deep.equal([]);
  });
});

describe('geo: in the pipeline (adaptPayload)', () => {
  const lever = (location: string, allLocations?: string[]) => ({
    id: 'l1',
    text: 'Engineer',
    hostedUrl: 'https://jobs.lever.co/acme/l1',
    categories: { location, ...(allLocations ? { allLocations } : {}) },
  });

  it('a Lever posting in "San Francisco, CA" and "London" is in the US and GB; "Cambridge" is named to the owner', async () => {
    const { feed, unresolvedLocations } = await adaptPayload([lever('San Francisco, CA', ['San Francisco, CA', 'London', 'Cambridge'])], {
      format: 'auto',
      language: 'en',
    });
    const [posting] = (feed as { postings: { locations: unknown[] }[] }).postings;
    expect(posting!.locations).to.deep.equal([
      { city: 'San Francisco', region: 'CA', country: 'US' },
      { city: 'London', country: 'GB' },
      { city: 'Cambridge' },
    ]);
    expect(unresolvedLocations).to.deep.equal([{ text: 'Cambridge', id: 'l1' }]);
  });

  it('a feed whose places all resolve from country names never needs the dataset', async () => {
    const { feed, unresolvedLocations } = await adaptPayload([lever('Berlin, Germany')], { format: 'lever', language: 'en' });
    expect((feed as { postings: { locations: unknown[] }[] }).postings[0]!.locations).to.deep.equal([{ city: 'Berlin', country: 'DE' }]);
    expect(unresolvedLocations).to.deep.equal([]);
  });
});
