/**
 * The widget against real HTTP faults: the fault server
 * (test/support/fault-server.mjs, mounted under `/__faults/` by
 * web-test-runner.config.mjs) answers over a real socket with errors,
 * redirect loops, truncated, stalled, empty, oversized and wrong bodies.
 * Nothing here stubs `fetch` (network.test.ts does, for the cases that need
 * exact timings). Retry waits are recorded and skipped through the
 * element's `timers` hook; timeouts are real, and short (`timeout="0.5"`).
 *
 * Each case checks what the visitor sees (cards, the message, a Retry
 * button only where trying again can help: network, timeout, HTTP 5xx and
 * 429), the events and their fields, what the server saw (attempts), and
 * that nothing reaches the host page.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersErrorEvent, CareersLoadEvent } from '../../../src/events/careers-events.js';
import { $, TEST_NOW, cardIds, sampleFeed, failOnPageErrors } from './helpers.js';
import { faultLog, faultUrl, jsonStep, type FaultStep } from '../../support/faults.js';

const MB = 1024 * 1024;
const FEED = jsonStep(sampleFeed());
const ENGLISH_CARDS = ['en-1', 'en-2', 'en-3', 'en-4'];

const LOGIN_PAGE = `<!DOCTYPE html>
<html lang="en"><head><title>Sign in</title></head>
<body><form method="post" action="/login"><label>Email <input name="email"></label><button>Sign in</button></form>
<script>window.__loginPageRan = 1</script></body></html>`;

/** A widget on `src`, not yet connected, retry waits recorded and skipped; records its events. */
function widget(src: string, attributes: Record<string, string> = {}) {
  const el = document.createElement('careers-widget');
  el.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = TEST_NOW;
  const sleeps: number[] = [];
  el.timers = {
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  };
  el.src = src;
  const loads: CareersLoadEvent[] = [];
  const errors: CareersErrorEvent[] = [];
  el.addEventListener('careers-load', (e) => loads.push(e));
  el.addEventListener('careers-error', (e) => errors.push(e));
  return { el, sleeps, loads, errors };
}

/** Connects `el` and waits until its load has settled and rendered, either way. */
async function connect(el: CareersWidget): Promise<void> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await el.loadComplete;
}

/** A widget on one scripted URL, connected and settled. */
async function load(steps: readonly FaultStep[], attributes: Record<string, string> = {}) {
  const url = await faultUrl(steps);
  const parts = widget(url, attributes);
  await connect(parts.el);
  return { ...parts, url };
}

const alertText = (el: Element) => $(el, '[role="alert"] p')?.textContent?.trim();
const retryButton = (el: Element) => $<HTMLButtonElement>(el, '[part~="retry-button"]');
/** Booleans, not elements, in assertions: a failing one then reports in a line (an element drags its whole tree along). */
const hasRetry = (el: Element) => retryButton(el) !== null;
const hasAlert = (el: Element) => $(el, '[role="alert"]') !== null;

/** The one careers-error: its detail, with `failedSources` checked to name just `url` the same way. */
function onlyError(errors: readonly CareersErrorEvent[], url: string) {
  expect(errors, 'one careers-error').to.have.length(1);
  const { detail } = errors[0]!;
  const { kind, status, message } = detail;
  expect(detail.failedSources).to.deep.equal([{ url, kind, ...(status === undefined ? {} : { status }), message }]);
  expect(detail.refresh).to.equal(undefined);
  return detail;
}

describe('careers-widget: real HTTP faults', () => {
  failOnPageErrors();
  let warnings: string[] = [];
  const warn = console.warn;

  // The widget's lazy chunks come through the dev server's transforms on first use: slow on a busy
  // machine, so they load here, with time to spare, rather than in the first test.
  before(async function () {
    this.timeout(60_000);
    await Promise.all([import('../../../src/feed/pipeline.js'), import('../../../src/feed/retry.js')]);
  });

  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });

  describe('retried and recovered', () => {
    it('500, then 200: one retry after 375 ms, the cards, one careers-load and no error', async () => {
      const { el, url, sleeps, loads, errors } = await load([{ status: 500, body: 'oops' }, FEED]);
      expect((await faultLog(url)).requests).to.equal(2);
      expect(sleeps).to.deep.equal([375]);
      expect(cardIds(el)).to.deep.equal(ENGLISH_CARDS);
      expect(loads.map((e) => [e.detail.count, e.detail.failedSources])).to.deep.equal([[9, []]]);
      expect(errors).to.deep.equal([]);
      expect(hasAlert(el), 'no error box').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('429 with Retry-After: 2: waits the 2 s the server asked for, then shows the cards', async () => {
      const { el, url, sleeps, errors } = await load([{ status: 429, headers: { 'retry-after': '2' }, body: 'slow down' }, FEED]);
      expect((await faultLog(url)).requests).to.equal(2);
      expect(sleeps).to.deep.equal([2000]);
      expect(cardIds(el)).to.deep.equal(ENGLISH_CARDS);
      expect(errors).to.deep.equal([]);
    });
  });

  describe('errors that trying again can fix: a message and a Retry button', () => {
    it('503 three times: an HTTP error after 2 retries; Retry then loads the feed', async () => {
      const down = { status: 503, body: 'down' };
      const { el, url, sleeps, loads, errors } = await load([down, down, down, FEED]);
      expect((await faultLog(url)).requests).to.equal(3);
      expect(sleeps).to.deep.equal([375, 750]);
      const detail = onlyError(errors, url);
      expect(detail).to.include({ kind: 'http', status: 503, message: `${url} answered HTTP 503 (3 attempts)` });
      expect(alertText(el)).to.equal("The job listings couldn't be loaded."); // the status is for site owners (event, console, debug)
      expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
      expect(cardIds(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      retryButton(el)!.click();
      await el.loadComplete;
      expect((await faultLog(url)).requests).to.equal(4);
      expect(alertText(el)).to.equal(undefined);
      expect(cardIds(el)).to.deep.equal(ENGLISH_CARDS);
      expect(loads).to.have.length(1);
      expect(errors).to.have.length(1);
    });

    it('429 every time: an HTTP error (its status in the event), after waiting as asked', async () => {
      const { el, url, sleeps, errors } = await load([{ status: 429, headers: { 'retry-after': '1' } }]);
      expect((await faultLog(url)).requests).to.equal(3);
      expect(sleeps).to.deep.equal([1000, 1000]);
      expect(onlyError(errors, url)).to.include({ kind: 'http', status: 429 });
      expect(alertText(el)).to.equal("The job listings couldn't be loaded.");
      expect(hasRetry(el), 'a Retry button').to.equal(true);
    });

    it('a redirect loop: the browser gives up after 20 redirects; a network error after 3 attempts', async () => {
      const { el, url, errors } = await load([{ fault: 'redirect-loop' }]);
      // The first request and 20 redirects, three times.
      expect((await faultLog(url)).requests).to.equal(63);
      const detail = onlyError(errors, url);
      expect(detail.kind).to.equal('network');
      expect(detail.message).to.match(/^Could not reach .*\/__faults\/run\/f\d+\/jobs\.json: .+ \(3 attempts\)$/);
      expect(alertText(el)).to.equal("The job listings couldn't be reached. Check your connection and try again.");
      expect(hasRetry(el), 'a Retry button').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('a truncated body (Content-Length larger than sent, then the connection closes): a network error', async () => {
      const { el, url, errors } = await load([{ fault: 'truncate', body: JSON.stringify(sampleFeed()).slice(0, 300) }]);
      expect((await faultLog(url)).requests).to.equal(3);
      const detail = onlyError(errors, url);
      expect(detail.kind).to.equal('network');
      expect(detail.message).to.match(/^Could not read .*\/jobs\.json: .+ \(3 attempts\)$/);
      expect(alertText(el)).to.equal("The job listings couldn't be reached. Check your connection and try again.");
      expect(hasRetry(el), 'a Retry button').to.equal(true);
    });

    it('a server that accepts the request and never answers: a timeout after 3 × timeout', async () => {
      const { el, url, sleeps, errors } = await load([{ fault: 'hang' }], { timeout: '0.5' });
      const log = await faultLog(url, 3);
      expect([log.requests, log.closedEarly], 'each attempt hung up by the widget').to.deep.equal([3, 3]);
      expect(sleeps).to.deep.equal([375, 750]);
      const detail = onlyError(errors, url);
      expect(detail).to.include({ kind: 'timeout', message: `${url} did not answer within 0.5 s (3 attempts)` });
      expect(alertText(el)).to.equal('The job listings took too long to load.');
      expect(hasRetry(el), 'a Retry button').to.equal(true);
      expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('headers, then a body that stalls: the timeout covers the body too', async () => {
      const { el, url, errors } = await load([{ fault: 'stall', body: '{"version": 1, "postings": [' }], { timeout: '0.5' });
      const log = await faultLog(url, 3);
      expect([log.requests, log.closedEarly]).to.deep.equal([3, 3]);
      expect(onlyError(errors, url)).to.include({ kind: 'timeout', message: `${url} did not answer within 0.5 s (3 attempts)` });
      expect(alertText(el)).to.equal('The job listings took too long to load.');
      expect(hasRetry(el), 'a Retry button').to.equal(true);
    });
  });

  describe('answers that are not a feed: a message, no Retry, no retries', () => {
    it('JSON served as text/plain is read as JSON (the body decides, not the label)', async () => {
      const { el, url, loads, errors } = await load([jsonStep(sampleFeed(), 'text/plain; charset=utf-8')]);
      expect((await faultLog(url)).requests).to.equal(1);
      expect(cardIds(el)).to.deep.equal(ENGLISH_CARDS);
      expect(loads.map((e) => e.detail.formats)).to.deep.equal([['careers']]);
      expect(errors).to.deep.equal([]);
    });

    it('an HTML login page with status 200: a parse error naming it, and the page never runs', async () => {
      const { el, url, errors } = await load([{ body: LOGIN_PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } }]);
      expect((await faultLog(url)).requests).to.equal(1);
      expect(onlyError(errors, url)).to.include({ kind: 'parse', message: `${url} is an HTML page, not a feed` });
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(hasRetry(el), 'no Retry: the same page would come back').to.equal(false);
      expect((window as { __loginPageRan?: number }).__loginPageRan).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('form[action], input[name="email"]') === null, 'none of the page shows').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('an empty body: a parse error', async () => {
      const { el, url, errors } = await load([{ body: '' }]);
      expect((await faultLog(url)).requests).to.equal(1);
      expect(onlyError(errors, url)).to.include({ kind: 'parse', message: `${url} is not valid JSON: Unexpected end of JSON input` });
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(hasRetry(el), 'no Retry button').to.equal(false);
    });

    it('a 30 MB body announced by its Content-Length: refused before it is read', async () => {
      const { el, url, errors } = await load([{ fault: 'huge', bytes: 30 * MB }]);
      const log = await faultLog(url, 1);
      expect([log.requests, log.closedEarly]).to.deep.equal([1, 1]);
      expect(log.bytesSent, 'the widget stopped reading at once').to.be.below(20 * MB);
      expect(onlyError(errors, url)).to.include({ kind: 'parse', message: `${url} is larger than 20 MB, the most the widget reads` });
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(hasRetry(el), 'no Retry button').to.equal(false);
    });

    it('a body that never ends (no Content-Length): reading stops at 20 MB', async () => {
      const { el, url, errors } = await load([{ fault: 'endless' }]);
      const log = await faultLog(url, 1);
      expect([log.requests, log.closedEarly]).to.deep.equal([1, 1]);
      expect(onlyError(errors, url)).to.include({ kind: 'parse', message: `${url} is larger than 20 MB, the most the widget reads` });
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(hasRetry(el), 'no Retry button').to.equal(false);
    });

    it('404: an HTTP error with its status, and no Retry (the feed is not there)', async () => {
      const { el, url, sleeps, errors } = await load([{ status: 404, body: 'gone' }]);
      expect((await faultLog(url)).requests).to.equal(1);
      expect(sleeps).to.deep.equal([]);
      expect(onlyError(errors, url)).to.include({ kind: 'http', status: 404, message: `${url} answered HTTP 404` });
      expect(alertText(el)).to.equal("The job listings can't be shown at the moment.");
      expect(hasRetry(el), 'no Retry button').to.equal(false);
    });
  });

  // Without saved copies: with one, a failed refresh shows it instead (cache.test.ts).
  describe('a refresh that fails keeps the cards', () => {
    for (const [fault, retry] of [
      [{ status: 503 } as FaultStep, true],
      [{ body: LOGIN_PAGE, headers: { 'content-type': 'text/html' } } as FaultStep, false],
    ] as const) {
      it(`${fault.status ?? 'a login page'}: the notice, ${retry ? 'with' : 'without'} Retry`, async () => {
        const { el, url, loads, errors } = await load([FEED, fault], { cache: 'off' });
        expect(cardIds(el)).to.deep.equal(ENGLISH_CARDS);
        el.reload();
        await el.loadComplete;
        expect((await faultLog(url)).requests).to.equal(retry ? 4 : 2);
        expect(cardIds(el)).to.deep.equal(ENGLISH_CARDS);
        expect(hasAlert(el), 'no error box').to.equal(false);
        expect($(el, '[part~="refresh-notice"] span')!.textContent!.trim()).to.equal("Couldn't refresh the job listings.");
        expect(hasRetry(el), 'Retry').to.equal(retry);
        expect(loads).to.have.length(1);
        expect(errors.map((e) => [e.detail.kind, e.detail.refresh])).to.deep.equal([[retry ? 'http' : 'parse', true]]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('several sources', () => {
    it('one good, one 503, one login page, one that never answers: the good cards; each failure in careers-load', async () => {
      const good = await faultUrl([FEED], 'good.json');
      const down = await faultUrl([{ status: 503 }], 'down.json');
      const login = await faultUrl([{ body: LOGIN_PAGE, headers: { 'content-type': 'text/html' } }], 'login.json');
      const silent = await faultUrl([{ fault: 'hang' }], 'silent.json');
      const { el, loads, errors } = widget([down, good, login, silent].join(' '), { timeout: '0.5' });
      const loaded = oneEvent(el, 'careers-load') as Promise<CareersLoadEvent>;
      await connect(el);
      const { detail } = await loaded;
      expect(detail.count).to.equal(9);
      expect(detail.formats).to.deep.equal(['careers']);
      expect(detail.failedSources).to.deep.equal([
        { url: down, kind: 'http', status: 503, message: `${down} answered HTTP 503 (3 attempts)` },
        { url: login, kind: 'parse', message: `${login} is an HTML page, not a feed` },
        { url: silent, kind: 'timeout', message: `${silent} did not answer within 0.5 s (3 attempts)` },
      ]);
      expect(cardIds(el)).to.deep.equal(ENGLISH_CARDS);
      expect(hasAlert(el), 'no error box').to.equal(false);
      expect(errors).to.deep.equal([]);
      expect(loads).to.have.length(1);
      expect(warnings.filter((w) => w.startsWith('careers-widget: feed source left out: '))).to.have.length(3);
      expect((await faultLog(good)).requests).to.equal(1);
      expect((await faultLog(login)).requests).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('every source failing: one careers-error listing each, Retry because one of them may recover', async () => {
      const gone = await faultUrl([{ status: 404 }], 'gone.json');
      const down = await faultUrl([{ status: 502 }], 'down.json');
      const { el, loads, errors } = widget(`${gone} ${down}`);
      await connect(el);
      expect(loads).to.deep.equal([]);
      expect(errors).to.have.length(1);
      const { detail } = errors[0]!;
      expect([detail.kind, detail.status]).to.deep.equal(['http', 404]);
      expect(detail.failedSources).to.deep.equal([
        { url: gone, kind: 'http', status: 404, message: `${gone} answered HTTP 404` },
        { url: down, kind: 'http', status: 502, message: `${down} answered HTTP 502 (3 attempts)` },
      ]);
      expect(alertText(el)).to.equal("The job listings couldn't be loaded.");
      expect(hasRetry(el), 'a Retry button').to.equal(true);
    });
  });
});
