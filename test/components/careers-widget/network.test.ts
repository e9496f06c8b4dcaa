/**
 * The widget on a bad network: timeouts, automatic retries, several sources
 * of which some fail, refreshes that fail, and bodies in other charsets.
 * `window.fetch` is stubbed; timeouts and retry waits run on fake timers
 * (`el.timers`), so no test waits for real time: each awaits the event or
 * the load that means what it checks.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersErrorEvent, CareersLoadEvent } from '../../../src/events/careers-events.js';
import { $, $$, TEST_NOW, cardIds, sampleFeed, sampleRows, failOnPageErrors } from './helpers.js';
import { fakeTimers, jsonResponse, latin1, neverAnswers, stalledBody, type FakeTimers } from '../../support/network.js';

type Fetch = typeof window.fetch;

/** A widget on `src`, with fake timers, not yet connected; records its load and error events. */
function widget(src: string, attributes: Record<string, string> = {}, timers: FakeTimers = fakeTimers()) {
  const el = document.createElement('careers-widget');
  el.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = TEST_NOW;
  el.timers = timers;
  el.src = src;
  const loads: CareersLoadEvent[] = [];
  const errors: CareersErrorEvent[] = [];
  el.addEventListener('careers-load', (e) => loads.push(e));
  el.addEventListener('careers-error', (e) => errors.push(e));
  return { el, timers, loads, errors };
}

/** Connects `el` in a fixture (removed after the test). */
async function connect(el: CareersWidget): Promise<void> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
}

const alertText = (el: Element) => $(el, '[role="alert"] p')?.textContent?.trim();
const retryButton = (el: Element) => $<HTMLButtonElement>(el, '[part~="retry-button"]');
const notice = (el: Element) => $(el, '[part~="refresh-notice"]');

describe('careers-widget: network resilience', () => {
  const realFetch = window.fetch;
  failOnPageErrors();
  let warnings: unknown[][] = [];
  const warn = console.warn;
  /** Every request the widget makes, by URL. */
  let requests: string[] = [];
  const stub = (impl: Fetch) => {
    window.fetch = (input, init) => {
      requests.push(String(input));
      return impl(input, init);
    };
  };

  beforeEach(() => {
    warnings = [];
    requests = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.warn = warn;
  });

  describe('timeout', () => {
    it('a server that never answers: after 3 attempts of 15 s, a timeout error, a visible message, and Retry works', async () => {
      const { el, timers, errors, loads } = widget('/jobs.json');
      stub((_, init) => neverAnswers(init, () => timers.expire()));
      const failed = oneEvent(el, 'careers-error');
      await connect(el);
      const event = (await failed) as CareersErrorEvent;
      expect(event.detail).to.deep.equal({
        kind: 'timeout',
        message: `${new URL('/jobs.json', document.baseURI).href} did not answer within 15 s (3 attempts)`,
        failedSources: [
          {
            url: new URL('/jobs.json', document.baseURI).href,
            kind: 'timeout',
            message: `${new URL('/jobs.json', document.baseURI).href} did not answer within 15 s (3 attempts)`,
          },
        ],
      });
      expect(timers.timeouts).to.deep.equal([15_000, 15_000, 15_000]);
      expect(timers.sleeps).to.deep.equal([375, 750]);
      await el.loadComplete;
      expect(alertText(el)).to.equal('The job listings took too long to load.');
      expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
      expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();

      stub(async () => jsonResponse(sampleFeed()));
      retryButton(el)!.click();
      await el.loadComplete;
      expect(alertText(el)).to.equal(undefined);
      expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      expect(loads).to.have.length(1);
      expect(errors).to.have.length(1);
    });

    it('headers, then a body that stalls: the timeout covers the body', async () => {
      const { el, timers } = widget('/jobs.json');
      let stalls = 0;
      stub(async (_, init) =>
        stalledBody(init, '{"version": 1, "postings": [', () => {
          stalls += 1;
          timers.expire();
        }),
      );
      const failed = oneEvent(el, 'careers-error');
      await connect(el);
      const event = (await failed) as CareersErrorEvent;
      expect(event.detail.kind).to.equal('timeout');
      expect(event.detail.message).to.match(/did not answer within 15 s \(3 attempts\)$/);
      expect(stalls).to.equal(3);
      await el.loadComplete;
      expect(alertText(el)).to.equal('The job listings took too long to load.');
    });

    it('the timeout attribute is in seconds; invalid values fall back to 15', async () => {
      for (const [value, ms] of [
        ['5', 5000],
        ['2.5', 2500],
        ['0', 15_000],
        ['-3', 15_000],
        ['soon', 15_000],
        ['301', 15_000],
        ['300', 300_000],
      ] as const) {
        const { el, timers } = widget('/jobs.json', { timeout: value });
        stub(async () => jsonResponse(sampleFeed()));
        await connect(el);
        await el.loadComplete;
        expect(timers.timeouts, value).to.deep.equal([ms]);
      }
      const el = document.createElement('careers-widget');
      expect(el.timeout).to.equal(15);
      el.setAttribute('timeout', '7');
      expect(el.timeout).to.equal(7);
    });

    for (const [locale, text] of [
      ['fr', 'Le chargement des offres d’emploi a pris trop de temps.'],
      ['de', 'Das Laden der Stellenangebote hat zu lange gedauert.'],
      ['es', 'Las ofertas de empleo han tardado demasiado en cargarse.'],
    ] as const) {
      it(`the timeout message in ${locale}`, async () => {
        const { el, timers } = widget('/jobs.json', { locale });
        stub((_, init) => neverAnswers(init, () => timers.expire()));
        await connect(el);
        await el.loadComplete;
        expect(alertText(el)).to.equal(text);
      });
    }
  });

  describe('retries', () => {
    it('500, then 200: one retry, the cards, and no error', async () => {
      const { el, timers, loads, errors } = widget('/jobs.json');
      let calls = 0;
      stub(async () => (++calls === 1 ? new Response('oops', { status: 500 }) : jsonResponse(sampleFeed())));
      await connect(el);
      await el.loadComplete;
      expect(calls).to.equal(2);
      expect(timers.sleeps).to.deep.equal([375]);
      expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      expect(loads.map((e) => e.detail.count)).to.deep.equal([9]);
      expect(errors).to.deep.equal([]);
    });

    it('the first request of each src goes out in the first update, before the pipeline is awaited, and is the first attempt', async () => {
      const { el, timers, loads } = widget('/a.json /b.json');
      let calls = 0;
      stub(async () => (++calls === 1 ? new Response('oops', { status: 500 }) : jsonResponse(sampleFeed())));
      await connect(el);
      await el.updateComplete;
      expect(requests.map((r) => new URL(r).pathname), 'sent as the element updated').to.deep.equal(['/a.json', '/b.json']);
      await el.loadComplete;
      // The 500 of /a.json was its early request: one retry, no duplicate first attempt.
      expect(requests.map((r) => new URL(r).pathname)).to.deep.equal(['/a.json', '/b.json', '/a.json']);
      expect(timers.sleeps).to.deep.equal([375]);
      expect(loads).to.have.length(1);
    });

    it('429 with Retry-After: 2: waits 2000 ms, then shows the cards', async () => {
      const { el, timers } = widget('/jobs.json');
      let calls = 0;
      stub(async () =>
        ++calls === 1 ? new Response('slow down', { status: 429, headers: { 'retry-after': '2' } }) : jsonResponse(sampleFeed()),
      );
      await connect(el);
      await el.loadComplete;
      expect(timers.sleeps).to.deep.equal([2000]);
      expect(cardIds(el)).to.have.length(4);
    });

    it('404: no retry, the error at once', async () => {
      const { el, timers, errors } = widget('/jobs.json');
      stub(async () => new Response('gone', { status: 404 }));
      await connect(el);
      await el.loadComplete;
      expect(requests).to.have.length(1);
      expect(timers.sleeps).to.deep.equal([]);
      expect(errors.map((e) => [e.detail.kind, e.detail.status])).to.deep.equal([['http', 404]]);
      // Trying again would not help: no status for visitors, no Retry.
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(retryButton(el)).to.equal(null);
    });

    it('3 × 503: the error after 2 retries', async () => {
      const { el, timers, errors } = widget('/jobs.json');
      stub(async () => new Response('down', { status: 503 }));
      await connect(el);
      await el.loadComplete;
      expect(requests).to.have.length(3);
      expect(timers.sleeps).to.deep.equal([375, 750]);
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.message).to.match(/answered HTTP 503 \(3 attempts\)$/);
      expect(alertText(el)).to.equal("The job listings couldn't be loaded.");
      expect(retryButton(el)).to.exist;
    });

    it('a new src during a retry wait stops it at once: no further request for the old one', async () => {
      const timers = fakeTimers({ sleep: 'never' });
      const { el, errors } = widget('/old.json', {}, timers);
      stub(async (input) => (String(input).endsWith('/old.json') ? new Response('down', { status: 503 }) : jsonResponse(sampleFeed())));
      const waiting = new Promise<void>((resolve) => {
        const sleep = timers.sleep;
        el.timers = { ...timers, sleep: (ms, signal) => (resolve(), sleep(ms, signal)) };
      });
      await connect(el);
      await waiting;
      el.src = '/new.json';
      await el.loadComplete;
      expect(requests.map((r) => new URL(r).pathname)).to.deep.equal(['/old.json', '/new.json']);
      expect(cardIds(el)).to.have.length(4);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('several sources', () => {
    it('one 404 and one that never answers: the good postings, both failures in careers-load and the console', async () => {
      const { el, timers, loads, errors } = widget('/gone.json /silent.json /good.json');
      stub(async (input, init) => {
        const path = new URL(String(input)).pathname;
        if (path === '/gone.json') return new Response('gone', { status: 404 });
        if (path === '/silent.json') return neverAnswers(init, () => timers.expire());
        return jsonResponse(sampleFeed());
      });
      const loaded = oneEvent(el, 'careers-load');
      await connect(el);
      const event = (await loaded) as CareersLoadEvent;
      const url = (path: string) => new URL(path, document.baseURI).href;
      expect(event.detail.count).to.equal(9);
      expect(event.detail.formats).to.deep.equal(['careers']);
      expect(event.detail.failedSources).to.deep.equal([
        { url: url('/gone.json'), kind: 'http', status: 404, message: `${url('/gone.json')} answered HTTP 404` },
        { url: url('/silent.json'), kind: 'timeout', message: `${url('/silent.json')} did not answer within 15 s (3 attempts)` },
      ]);
      await el.loadComplete;
      expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
      expect(loads).to.have.length(1);
      const logged = warnings.map((w) => String(w[0]));
      expect(logged).to.have.length(2);
      expect(logged[0]).to.contain('/gone.json answered HTTP 404');
      expect(logged[1]).to.contain('/silent.json did not answer within 15 s');
      await expect(el).to.be.accessible();
    });

    it('every source failing: one careers-error with the per-source list, and the error box', async () => {
      const { el, errors, loads } = widget('/a.json /b.json');
      stub(async () => new Response('gone', { status: 404 }));
      await connect(el);
      await el.loadComplete;
      expect(loads).to.deep.equal([]);
      expect(errors).to.have.length(1);
      const { detail } = errors[0]!;
      expect([detail.kind, detail.status]).to.deep.equal(['http', 404]);
      expect(detail.message).to.match(/^No feed source could be loaded: .*\/a\.json answered HTTP 404; .*\/b\.json answered HTTP 404$/);
      expect(detail.failedSources!.map((f) => new URL(f.url).pathname)).to.deep.equal(['/a.json', '/b.json']);
      expect(detail.refresh).to.equal(undefined);
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(retryButton(el)).to.equal(null);
    });
  });

  describe('refresh', () => {
    /**
     * A widget showing the sample feed, loaded from `/jobs.json`, without
     * saved copies: with one, a failed refresh shows the copy instead (cache.test.ts).
     */
    async function loadedWidget(attributes: Record<string, string> = {}) {
      const parts = widget('/jobs.json', { cache: 'off', ...attributes });
      stub(async () => jsonResponse(sampleFeed()));
      await connect(parts.el);
      await parts.el.loadComplete;
      expect(cardIds(parts.el)).to.not.be.empty;
      return parts;
    }

    it('while a reload is pending the cards stay (aria-busy); when it fails, they stay with a notice and Retry', async () => {
      const { el, errors } = await loadedWidget();
      const before = el.postings;
      const firstLink = $(el, '.card .link')!;
      let requested!: () => void;
      const asked = new Promise<void>((resolve) => (requested = resolve));
      let goOffline!: () => void;
      const offline = new Promise<void>((resolve) => (goOffline = resolve));
      let calls = 0;
      stub(async () => {
        if (++calls === 1) {
          requested();
          await offline;
        }
        throw new TypeError('Failed to fetch');
      });
      el.reload();
      await asked;
      await el.updateComplete;
      expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
      expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      expect($(el, '.card .link'), 'the same card elements').to.equal(firstLink);
      expect($(el, '[part="loading"]')).to.equal(null);
      expect(el.postings).to.equal(before);

      const failed = oneEvent(el, 'careers-error');
      goOffline();
      const event = (await failed) as CareersErrorEvent;
      expect(event.detail.kind).to.equal('network');
      expect(event.detail.refresh).to.equal(true);
      expect(event.detail.message).to.match(/Failed to fetch \(3 attempts\)$/);
      await el.loadComplete;
      expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('false');
      expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      expect(el.postings).to.equal(before);
      expect(el.organization?.name).to.equal('Example Corp');
      expect($(el, '[role="alert"]'), 'no error box').to.equal(null);
      expect(notice(el)!.getAttribute('role')).to.equal('status');
      expect(notice(el)!.querySelector('span')!.textContent!.trim()).to.equal("Couldn't refresh the job listings.");
      expect(notice(el)!.querySelector('button')!.textContent!.trim()).to.equal('Try again');
      await expect(el).to.be.accessible();
      expect(errors).to.have.length(1);

      stub(async () => jsonResponse(sampleFeed(sampleRows().slice(0, 2))));
      retryButton(el)!.click();
      await el.loadComplete;
      expect(notice(el)).to.equal(null);
      expect(cardIds(el)).to.deep.equal(['en-1', 'en-2']);
    });

    it('the refresh notice is localized, with Retry only where trying again may help', async () => {
      const { el } = await loadedWidget({ locale: 'fr' });
      stub(async () => new Response('down', { status: 503 }));
      el.reload();
      await el.loadComplete;
      expect(cardIds(el)).to.have.length(3);
      expect(notice(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Impossible d’actualiser les offres d’emploi. Réessayer');
      stub(async () => new Response('gone', { status: 404 }));
      el.reload();
      await el.loadComplete;
      expect(notice(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Impossible d’actualiser les offres d’emploi.');
      expect(retryButton(el)).to.equal(null);
    });

    it('a new src is another feed: "Loading jobs…" meanwhile, and its failure is the error box', async () => {
      const { el } = await loadedWidget();
      let requested!: () => void;
      const asked = new Promise<void>((resolve) => (requested = resolve));
      let answer!: () => void;
      const answered = new Promise<void>((resolve) => (answer = resolve));
      stub(async () => {
        requested();
        await answered;
        return new Response('gone', { status: 404 });
      });
      el.src = '/other.json';
      await asked;
      await el.updateComplete;
      expect($$(el, '.card')).to.have.length(0);
      expect($(el, '[part="loading"]')!.textContent!.trim()).to.equal('Loading jobs…');
      expect(el.postings).to.deep.equal([]);
      answer();
      await el.loadComplete;
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(notice(el)).to.equal(null);
    });
  });

  describe('character encodings', () => {
    it('a JSON feed in ISO-8859-1, declared in its content type, shows "Ingénieur"', async () => {
      const rows = sampleRows().slice(0, 1);
      rows[0] = { ...rows[0], title: 'Ingénieur backend, Zürich' };
      const { el } = widget('/jobs.json');
      stub(async () => new Response(latin1(JSON.stringify(sampleFeed(rows))), { headers: { 'content-type': 'application/json; charset=iso-8859-1' } }));
      await connect(el);
      await el.loadComplete;
      expect($(el, '.card .link')!.textContent).to.equal('Ingénieur backend, Zürich');
    });

    it("an XML feed (Personio) in ISO-8859-1, declared only in its XML declaration", async () => {
      const xml = `<?xml version="1.0" encoding="ISO-8859-1"?>
<workzag-jobs><position><id>7</id><office>München, Deutschland</office><name>Ingénieur Qualität (m/w/d)</name><createdAt>2026-03-01T10:00:00+00:00</createdAt></position></workzag-jobs>`;
      const { el } = widget('/jobs.xml?language=de&board=acme.jobs.personio.de', { 'posting-language': 'de' });
      stub(async () => new Response(latin1(xml), { headers: { 'content-type': 'application/xml' } }));
      await connect(el);
      await el.loadComplete;
      expect($(el, '.card .link')!.textContent).to.equal('Ingénieur Qualität (m/w/d)');
    });
  });
});
