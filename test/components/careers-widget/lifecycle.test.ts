/**
 * Lit's contracts and time as an input: `updateComplete` means rendered and
 * never waits on the network, `loadComplete` waits for the feed, `hidden`
 * hides, and every date the widget shows or filters by follows `now`.
 */
import { expect } from '@open-wc/testing';
import { $, TEST_NOW, cardIds, daysAgo, mount, sampleFeed, sampleRows } from './helpers.js';

describe('careers-widget: lifecycle', () => {
  it('updateComplete resolves while the feed has not answered; loadComplete once it has', async () => {
    const realFetch = window.fetch;
    let answer!: (response: Response) => void;
    let requested!: () => void;
    const fetched = new Promise<void>((resolve) => (requested = resolve));
    window.fetch = () => {
      requested();
      return new Promise<Response>((resolve) => (answer = resolve));
    };
    try {
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.now = TEST_NOW;
      el.src = '/pending.json';
      document.body.append(el);
      await fetched;
      expect(await el.updateComplete).to.equal(true);
      expect($(el, '[part="loading"]')).to.exist;
      let loaded = false;
      const done = el.loadComplete.then(() => (loaded = true));
      await el.updateComplete;
      expect(loaded, 'loadComplete waits for the answer').to.equal(false);
      answer(new Response(JSON.stringify(sampleFeed())));
      await done;
      expect(cardIds(el)).to.have.length(4);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('the hidden attribute hides the element', async () => {
    const el = await mount({ locale: 'en' });
    expect(getComputedStyle(el).display).to.equal('block');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });
});

describe('careers-widget: now', () => {
  const rows = () => [
    ...sampleRows().slice(0, 2),
    { ...sampleRows()[2]!, validThrough: '2026-03-20' },
  ];

  it('dates read relative to `now`', async () => {
    const el = await mount({ locale: 'en' }, sampleFeed(rows()));
    expect($(el, '[data-id="en-1"] [part~="posted"] dd')!.textContent!.trim()).to.equal('yesterday');
    el.now = new Date(TEST_NOW.getTime() + 3 * 86_400_000);
    await el.loadComplete;
    expect($(el, '[data-id="en-1"] [part~="posted"] dd')!.textContent!.trim()).to.equal('4 days ago');
  });

  it('hides postings that closed before `now`, and shows them again for an earlier `now`', async () => {
    const el = await mount({ locale: 'en' }, sampleFeed(rows()));
    expect(cardIds(el)).to.include('en-3');
    el.now = new Date('2026-03-21T12:00:00Z');
    await el.loadComplete;
    expect(cardIds(el)).to.not.include('en-3');
    expect(el.postings.map((p) => p.id)).to.deep.equal(['en-1', 'en-2']);
  });

  it('reads `now` from an ISO attribute; an invalid one means the system clock', async () => {
    const el = await mount({ locale: 'en', now: '2026-03-16' }, sampleFeed(rows()));
    expect(el.now?.getFullYear()).to.equal(2026);
    // daysAgo(1) is 2026-03-14T12:00Z: two calendar days before 2026-03-16 (local midnight).
    expect($(el, '[data-id="en-1"] [part~="posted"] dd')!.textContent!.trim()).to.equal('2 days ago');
    el.setAttribute('now', 'not a date');
    await el.loadComplete;
    expect(el.now).to.equal(undefined);
  });

  it('posted dates older than a month show as dates', async () => {
    const el = await mount({ locale: 'en' }, sampleFeed([{ ...sampleRows()[0]!, datePosted: daysAgo(40) }]));
    expect($(el, '[part~="posted"] dd')!.textContent!.trim()).to.equal('Feb 3, 2026');
  });
});
