import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, choose, mount, search } from './helpers.js';

describe('careers-widget: events', () => {
  it('careers-load reports count, skipped, languages and countries', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    const { sampleFeed } = await import('./helpers.js');
    el.feed = sampleFeed();
    const loaded = oneEvent(el, 'careers-load');
    document.body.append(el);
    const event = await loaded;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      count: 9,
      skipped: 0,
      droppedFields: 0,
      languages: ['de', 'en', 'fr'],
      countries: ['AT', 'BE', 'CA', 'CH', 'DE', 'FR', 'GB', 'IE', 'NL', 'US'],
      formats: ['careers'],
      unresolvedLocations: 0,
      unresolvedPlaces: [],
      failedSources: [],
      fromCache: [],
    });
    el.remove();
  });

  it('careers-load names the places of a native feed that have no country, with their posting ids', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    const { sampleFeed } = await import('./helpers.js');
    const feed = sampleFeed();
    feed.postings[0] = { ...feed.postings[0]!, locations: [{ city: 'Springfield' }] };
    el.feed = feed;
    const loaded = oneEvent(el, 'careers-load');
    document.body.append(el);
    const { detail } = await loaded;
    expect(detail.unresolvedLocations).to.equal(1);
    expect(detail.unresolvedPlaces).to.deep.equal([{ text: 'Springfield', id: feed.postings[0]!.id }]);
    el.remove();
  });

  it('careers-filter-change carries every filter and the result count', async () => {
    const el = await mount({ locale: 'en', filters: 'country language department workplace type search' });
    const changed = oneEvent(el, 'careers-filter-change');
    await choose(el, 'country', 'GB');
    const event = await changed;
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      country: 'GB',
      language: 'en',
      department: '',
      workplace: '',
      employmentType: '',
      query: '',
      resultCount: 2,
    });
    const typed = oneEvent(el, 'careers-filter-change');
    await search(el, 'design');
    expect((await typed).detail).to.include({ query: 'design', resultCount: 1, country: 'GB' });
  });

  it('careers-posting-click names the posting that was followed', async () => {
    const el = await mount({ locale: 'en' });
    // Keep the test page from navigating away.
    el.addEventListener('click', (e) => e.preventDefault());
    const clicked = oneEvent(el, 'careers-posting-click');
    $$<HTMLAnchorElement>(el, '.card a')[1].click();
    const event = await clicked;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ id: 'en-2', title: 'Product Designer', url: 'https://jobs.example/en-2' });
  });

  it('events reach listeners on the document, across the shadow boundary', async () => {
    const el = await mount({ locale: 'en' });
    const seen = oneEvent(document, 'careers-filter-change');
    await choose(el, 'language', 'fr');
    expect((await seen).detail.language).to.equal('fr');
    expect($(el, '.status')!.textContent!.trim()).to.equal('3 jobs');
  });
});

describe('careers-widget: pagination', () => {
  it('shows page-size cards, then "Show more" adds the next page and focuses its first card', async () => {
    const el = await mount({ locale: 'en', 'page-size': '3' });
    expect($$(el, '.card')).to.have.length(3);
    const more = $<HTMLButtonElement>(el, '[part~="more-button"]')!;
    expect(more.textContent!.trim()).to.equal('Show 1 more job');
    more.click();
    await el.loadComplete;
    expect($$(el, '.card')).to.have.length(4);
    expect($(el, '[part~="more-button"]')).to.equal(null);
    const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(focused?.closest('.card')?.getAttribute('data-id')).to.equal('en-4');
  });

  it('pluralizes the button and resets to one page when filters change', async () => {
    const el = await mount({ locale: 'en', 'page-size': '2', 'posting-language': 'all' });
    expect($(el, '[part~="more-button"]')!.textContent!.trim()).to.equal('Show 2 more jobs');
    $<HTMLButtonElement>(el, '[part~="more-button"]')!.click();
    await el.loadComplete;
    expect($$(el, '.card')).to.have.length(4);
    await choose(el, 'language', 'en');
    expect($$(el, '.card')).to.have.length(2);
    expect($(el, '[part~="more-button"]')!.textContent!.trim()).to.equal('Show 2 more jobs');
  });

  it('falls back to 20 per page for invalid page-size values', async () => {
    const el = await mount({ locale: 'en', 'page-size': '-4', 'posting-language': 'all' });
    expect($$(el, '.card')).to.have.length(9);
    expect($(el, '[part~="more-button"]')).to.equal(null);
  });
});
