/**
 * Messages for the right audience: visitors read short localized sentences
 * (and a Retry button only where trying again may help); what a site owner
 * needs (HTTP status codes, rows skipped, values left out, locations without
 * a country, the URL that failed, "a format this page can't read") shows
 * only with `debug`. `window.fetch` is stubbed; retries run on fake timers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import { $, TEST_NOW, cardIds, sampleFeed, sampleRows, failOnPageErrors } from './helpers.js';
import { fakeTimers, jsonResponse, neverAnswers } from '../../support/network.js';

type Fetch = typeof window.fetch;

/** Everything the widget shows, as one line of text. */
const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const retryButton = (el: Element) => $(el, '[part~="retry-button"]');
/** Three digits on their own: an HTTP status, or a count of them. */
const STATUS = /\b\d{3}\b/;

/** A widget on `src` (fake timers, pinned now), connected and loaded. */
async function widget(src: string, attributes: Record<string, string> = {}): Promise<CareersWidget> {
  const el = document.createElement('careers-widget');
  el.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = TEST_NOW;
  const timers = fakeTimers();
  el.timers = timers;
  el.src = src;
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  if (src.includes('slow')) window.fetch = ((_, init) => neverAnswers(init, () => timers.expire())) as Fetch;
  host.append(el);
  await el.loadComplete;
  return el;
}

describe('careers-widget: what visitors see, and what `debug` adds', () => {
  const realFetch = window.fetch;
  const warn = console.warn;
  failOnPageErrors();
  before(async () => {
    // The first test should not pay for the dev server compiling the feed and debug chunks.
    window.fetch = async () => jsonResponse(sampleFeed());
    await widget('/jobs.json', { debug: '' });
    window.fetch = realFetch;
  });
  beforeEach(() => {
    console.warn = () => undefined; // the site owner's console warnings are tested elsewhere
  });
  afterEach(() => {
    window.fetch = realFetch;
    console.warn = warn;
  });

  const failures: { name: string; fetch: Fetch; src?: string; visitor: string; debug: RegExp; retry: boolean }[] = [
    {
      name: 'HTTP 404',
      fetch: async () => new Response('gone', { status: 404 }),
      visitor: "The job listings can't be shown at the moment.",
      debug: /couldn't be loaded \(error 404\)\..*jobs\.json answered HTTP 404/,
      retry: false,
    },
    {
      name: 'HTTP 503, after its retries',
      fetch: async () => new Response('down', { status: 503 }),
      visitor: "The job listings couldn't be loaded.",
      debug: /\(error 503\)\..*answered HTTP 503 \(3 attempts\)/,
      retry: true,
    },
    {
      name: 'HTTP 429',
      fetch: async () => new Response('slow down', { status: 429 }),
      visitor: "The job listings couldn't be loaded.",
      debug: /\(error 429\)/,
      retry: true,
    },
    {
      name: 'the network',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      visitor: "The job listings couldn't be reached. Check your connection and try again.",
      debug: /Could not reach .*jobs\.json/,
      retry: true,
    },
    {
      name: 'a timeout',
      fetch: async () => new Response(),
      src: '/slow/jobs.json',
      visitor: 'The job listings took too long to load.',
      debug: /did not answer within 15 s \(3 attempts\)/,
      retry: true,
    },
    {
      name: 'a body that is not JSON',
      fetch: async () => new Response('<<<', { headers: { 'content-type': 'application/json' } }),
      visitor: "The job listings can't be shown at the moment.",
      debug: /damaged and can't be read/,
      retry: false,
    },
    {
      name: 'JSON that is not a feed',
      fetch: async () => jsonResponse({ jobs: 'nope' }),
      visitor: "The job listings can't be shown at the moment.",
      debug: /in a format this page can't read/,
      retry: false,
    },
  ];

  for (const failure of failures) {
    it(`${failure.name}: visitors read "${failure.visitor}"${failure.retry ? ' and Retry' : ', no Retry'}; debug adds the reason`, async () => {
      window.fetch = failure.fetch;
      const src = failure.src ?? '/jobs.json';
      const visitor = await widget(src);
      expect($(visitor, '[role="alert"] p')!.textContent!.trim()).to.equal(failure.visitor);
      expect(shown(visitor)).to.not.match(STATUS).and.not.match(/HTTP|format|damaged|jobs\.json/);
      expect(Boolean(retryButton(visitor)), 'Retry').to.equal(failure.retry);
      expect($(visitor, '[part~="debug"]')).to.equal(null);
      await expect(visitor).to.be.accessible();

      window.fetch = failure.fetch;
      const owner = await widget(src, { debug: '' });
      expect(shown(owner)).to.match(failure.debug);
      expect($(owner, '[part~="debug"]')!.getAttribute('lang'), 'developer details are English').to.equal('en');
      expect(Boolean(retryButton(owner)), 'Retry').to.equal(failure.retry);
      await expect(owner).to.be.accessible();
    });
  }

  it('rows skipped, values left out, locations without a country, a source that failed: only with debug', async () => {
    const rows: unknown[] = sampleRows();
    rows.push({ id: 'no-title', language: 'en' }, { ...sampleRows()[0], id: 'bad-salary', salary: { currency: 'XX', min: 1 } });
    window.fetch = async (input) =>
      String(input).includes('b.json') ? new Response('gone', { status: 404 }) : jsonResponse({ version: 1, postings: rows });
    const visitor = await widget('/a.json /b.json');
    expect(cardIds(visitor)).to.have.length(5);
    expect(shown(visitor)).to.not.match(/could not be shown|skipped|left out|b\.json|404/);
    expect($(visitor, '[part~="notice"]')).to.equal(null);

    const owner = await widget('/a.json /b.json', { debug: '' });
    expect($(owner, '[part="notice"]')!.textContent!.trim()).to.equal('1 posting could not be shown because of an error in the job feed.');
    const details = $(owner, '[part~="debug"]')!.textContent!;
    expect(details).to.match(/^10 postings \(careers\); 1 rows skipped, 1 values left out, 0 locations without a country; failed: .*\/b\.json answered HTTP 404\./);
    await expect(owner).to.be.accessible();

    owner.debug = false;
    await owner.updateComplete;
    expect($(owner, '[part~="notice"]'), 'off again: nothing for visitors').to.equal(null);
  });

  it('a failed refresh: the short notice for visitors, the reason with debug', async () => {
    window.fetch = async () => jsonResponse(sampleFeed());
    // Without saved copies: with one, a failed refresh shows it instead (cache.test.ts).
    const el = await widget('/jobs.json', { debug: '', cache: 'off' });
    window.fetch = async () => new Response('gone', { status: 410 });
    el.reload();
    await el.loadComplete;
    expect($(el, '[part~="refresh-notice"]')!.textContent!.trim()).to.equal("Couldn't refresh the job listings.");
    expect($(el, '[part~="debug"]')!.textContent).to.match(/answered HTTP 410/);
    el.debug = false;
    await el.updateComplete;
    expect(shown(el)).to.not.match(/410|HTTP/);
  });
});
