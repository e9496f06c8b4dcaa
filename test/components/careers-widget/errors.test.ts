import { expect, oneEvent } from '@open-wc/testing';
import type { CareersErrorEvent } from '../../../src/events/careers-events.js';
import { $, $$, TEST_NOW, cardIds, mount, sampleFeed, sampleRows, failOnPageErrors } from './helpers.js';
import { fakeTimers } from '../../support/network.js';

/** Mounts with `src` and waits for the load to settle either way. */
async function mountSrc(src: string, attributes: Record<string, string> = { locale: 'en' }) {
  return mount({ ...attributes, src }, null);
}

describe('careers-widget: errors', () => {
  failOnPageErrors();

  it('HTTP 404: a localized alert without the status (that is for site owners), a careers-error event with it, no Retry', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    const failed = oneEvent(el, 'careers-error');
    el.src = '/test/fixtures/does-not-exist.json';
    document.body.append(el);
    const event = (await failed) as CareersErrorEvent;
    expect(event.detail.kind).to.equal('http');
    expect(event.detail.status).to.equal(404);
    expect(event.bubbles && event.composed).to.equal(true);
    await el.loadComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent!.trim()).to.equal("The job listings can't be shown at the moment.");
    expect($(el, '[part~="retry-button"]') === null, 'retrying a 404 does not help').to.equal(true);
    el.remove();
  });

  it('network failure: kind "network", after two retries', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    el.src = 'http://127.0.0.1:9/feed.json';
    const timers = fakeTimers();
    el.timers = timers; // the retries wait on fake timers
    const failed = oneEvent(el, 'careers-error');
    document.body.append(el);
    const event = (await failed) as CareersErrorEvent;
    expect(event.detail.kind).to.equal('network');
    expect(event.detail.message).to.match(/^Could not reach http:\/\/127\.0\.0\.1:9\/feed\.json: .* \(3 attempts\)$/);
    expect(timers.sleeps).to.have.length(2);
    await el.loadComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain("couldn't be reached");
    expect($(el, '[part~="retry-button"]')!.textContent!.trim()).to.equal('Try again');
    el.remove();
  });

  it('non-JSON: kind "parse"; visitors read a short message, `debug` says what is wrong', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    el.setAttribute('debug', '');
    el.src = '/test/fixtures/not-json.txt';
    const failed = oneEvent(el, 'careers-error');
    document.body.append(el);
    expect(((await failed) as CareersErrorEvent).detail.kind).to.equal('parse');
    await el.loadComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain("damaged and can't be read");
    el.debug = false;
    await el.updateComplete;
    expect($(el, '[role="alert"]')!.textContent!.trim()).to.equal("The job listings can't be shown at the moment.");
    expect($(el, '[part~="retry-button"]'), 'a malformed feed stays malformed').to.equal(null);
    el.remove();
  });

  it('a feed that is not a feed: kind "schema", message names the problem (with `debug`)', async () => {
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    el.setAttribute('debug', '');
    el.feed = { jobs: 'nope' };
    const failed = oneEvent(el, 'careers-error');
    document.body.append(el);
    const event = (await failed) as CareersErrorEvent;
    expect(event.detail.kind).to.equal('schema');
    expect(event.detail.message).to.match(/version/);
    await el.loadComplete;
    expect($(el, '[role="alert"]')!.textContent).to.contain("in a format this page can't read");
    el.remove();
  });

  it('error messages are localized', async () => {
    const el = await mountSrc('/test/fixtures/does-not-exist.json', { locale: 'de' });
    expect($(el, '[role="alert"] p')!.textContent!.trim()).to.equal('Die Stellenangebote können derzeit nicht angezeigt werden.');
    const debug = await mountSrc('/test/fixtures/does-not-exist.json', { locale: 'de', debug: '' });
    expect($(debug, '[role="alert"] p')!.textContent!.trim()).to.equal(
      'Die Stellenangebote konnten nicht geladen werden (Fehler 404).',
    );
    const offline = document.createElement('careers-widget');
    offline.setAttribute('locale', 'de');
    offline.src = 'http://127.0.0.1:9/feed.json';
    offline.timers = fakeTimers();
    document.body.append(offline);
    await offline.loadComplete;
    expect($(offline, '[role="alert"] p')!.textContent!.trim()).to.equal(
      'Die Stellenangebote konnten nicht abgerufen werden. Bitte prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    );
    expect($(offline, '[part~="retry-button"]')!.textContent!.trim()).to.equal('Erneut versuchen');
    offline.remove();
  });

  it('Retry loads the feed again', async () => {
    const realFetch = window.fetch;
    window.fetch = async () => new Response('oops', { status: 503 });
    try {
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.src = '/feed.json';
      el.timers = fakeTimers(); // the retries of the 503 wait on fake timers
      document.body.append(el);
      await el.loadComplete;
      expect($(el, '[role="alert"]')).to.exist;
      window.fetch = async () => new Response(JSON.stringify(sampleFeed()), { status: 200 });
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await el.loadComplete;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(cardIds(el)).to.have.length(4);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('skips bad rows, renders the rest, counts and names them once (on the page only with `debug`)', async () => {
    const rows: unknown[] = sampleRows();
    const [first, second] = sampleRows();
    rows.push(
      { ...first, id: 'bad-url', url: 'javascript:alert(1)' },
      { ...first, id: 'no-title', title: '' },
      { ...first, id: 'bad-country', locations: [{ country: 'XX' }] },
      { ...second }, // duplicate id en-2
      'not even an object',
    );
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.setAttribute('debug', '');
      el.now = TEST_NOW;
      el.feed = { version: 1, postings: rows };
      const loaded = oneEvent(el, 'careers-load');
      document.body.append(el);
      const event = await loaded;
      // 'bad-country' only had a bad country: the country goes, the posting stays.
      expect(event.detail).to.deep.equal({
        count: 10,
        skipped: 4,
        droppedFields: 1,
        languages: ['de', 'en', 'fr'],
        countries: ['AT', 'BE', 'CA', 'CH', 'DE', 'FR', 'GB', 'IE', 'NL', 'US'],
        formats: ['careers'],
        unresolvedLocations: 0,
        unresolvedPlaces: [],
        failedSources: [],
        fromCache: [],
      });
      await el.loadComplete;
      expect(cardIds(el)).to.deep.equal(['bad-country', 'en-1', 'en-2', 'en-3', 'en-4']);
      expect($(el, '[part="notice"]')!.textContent!.trim()).to.equal(
        '4 postings could not be shown because of errors in the job feed.',
      );
      expect(warnings).to.have.length(2);
      const text = String(warnings[0][0]);
      expect(text).to.contain('skipped 4 invalid posting');
      expect(text).to.contain('"bad-url"');
      expect(text).to.contain('http(s) URL');
      expect(String(warnings[1][0])).to.equal(
        'careers-widget: left out 1 invalid field(s) and kept the rest: postings[11].locations[0].country of "bad-country" (is not a known ISO 3166-1 alpha-2 country code).',
      );
      el.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('renders untrusted text as text, never as markup', async () => {
    const rows = sampleRows();
    rows[0] = { ...rows[0], title: '<img src=x onerror="window.__pwned=1">', summary: '<b>bold</b>' };
    const el = await mount({ locale: 'en' }, sampleFeed(rows));
    const link = $(el, '.card a')!;
    expect(link.textContent).to.equal('<img src=x onerror="window.__pwned=1">');
    expect($$(el, 'img, b')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('changing src while a request is in flight aborts it; the late answer never wins', async () => {
    const realFetch = window.fetch;
    const signals: AbortSignal[] = [];
    let releaseFirst!: () => void;
    const first = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstRequested!: () => void;
    const requested = new Promise<void>((resolve) => (firstRequested = resolve));
    let lateAnswered!: () => void;
    const answered = new Promise<void>((resolve) => (lateAnswered = resolve));
    window.fetch = async (input, init) => {
      signals.push(init!.signal!);
      if (String(input).endsWith('/slow.json')) {
        firstRequested();
        await first; // answers after the second request, ignoring the abort
        queueMicrotask(lateAnswered);
        return new Response(JSON.stringify(sampleFeed(sampleRows().slice(1, 2))));
      }
      return new Response(JSON.stringify(sampleFeed()));
    };
    try {
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.src = '/slow.json';
      el.now = TEST_NOW;
      document.body.append(el);
      await requested;
      await el.updateComplete;
      expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part="loading"]')!.getAttribute('role')).to.equal('status');
      el.src = '/fast.json';
      await el.loadComplete;
      releaseFirst();
      await answered;
      await el.loadComplete;
      expect(signals).to.have.length(2);
      expect(signals[0].aborted, 'first request aborted').to.equal(true);
      expect(signals[1].aborted).to.equal(false);
      expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });
});
