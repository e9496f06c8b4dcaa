/**
 * `sync-url`: filters and the open posting in the query string, read on
 * load, written on change, and Back/Forward between list and detail.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import { $, cardIds, choose, mount, sampleFeed, sampleRows, seedRow } from './helpers.js';

const feed = () => sampleFeed([seedRow(), ...sampleRows()]);
const params = () => new URLSearchParams(window.location.search);
const inDetail = (el: CareersWidget, selector: string) =>
  $(el, 'careers-posting')?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

/** Sets the page URL as a shared link would, before the widget mounts. */
const visit = (search: string, hash = '') => history.replaceState(null, '', `${window.location.pathname}${search}${hash}`);

async function settled(el: CareersWidget): Promise<void> {
  await el.loadComplete;
  const view = $(el, 'careers-posting') as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  await view?.updateComplete;
}

describe('careers-widget: sync-url', () => {
  const original = window.location.href;
  afterEach(() => {
    history.replaceState(null, '', original);
    for (const s of document.head.querySelectorAll('script[type="application/ld+json"]')) s.remove();
  });

  it('writes the filters with replaceState, keeping the host parameters and hash', async () => {
    visit('?page=2&utm_source=mail', '#jobs');
    const el = await mount({ locale: 'en', 'sync-url': '', filters: 'country language' }, feed());
    const entries = history.length;
    await choose(el, 'country', 'GB');
    expect(params().get('job-country')).to.equal('GB');
    expect(params().get('page')).to.equal('2');
    expect(params().get('utm_source')).to.equal('mail');
    expect(window.location.hash).to.equal('#jobs');
    expect(history.length, 'no new history entry per filter change').to.equal(entries);
    await choose(el, 'country', '');
    expect(params().has('job-country')).to.equal(false);
  });

  it('reads filters and the open posting from the URL on load', async () => {
    visit('?job-country=DE&job-id=seed-1');
    const el = await mount({ locale: 'en', 'sync-url': '', detail: 'inline' }, feed());
    await settled(el);
    expect(inDetail(el, '[part~="detail-title"]')?.textContent).to.equal('Senior Backend Engineer II');
    inDetail(el, '[part~="back-button"]')!.click();
    await el.updateComplete;
    expect(params().has('job-id')).to.equal(false);
    expect(params().get('job-country')).to.equal('DE');
    expect(cardIds(el)).to.deep.equal(['en-1', 'seed-1']);
  });

  it('opening a posting pushes an entry; Back returns to the list, Forward reopens it', async () => {
    visit('');
    const el = await mount({ locale: 'en', 'sync-url': '', detail: 'inline' }, feed());
    const link = $<HTMLAnchorElement>(el, '.card[data-id="seed-1"] .link')!;
    expect(new URL(link.href).searchParams.get('job-id'), 'the card links to its deep link').to.equal('seed-1');
    const before = history.state as unknown;
    link.click();
    await oneEvent(el, 'careers-posting-open');
    await settled(el);
    expect(params().get('job-id')).to.equal('seed-1');
    // A new entry, ours (history.length stops growing at 50 in a long test run, so check the state instead).
    expect(history.state).to.not.equal(before);
    expect(history.state).to.deep.equal({ careersWidget: 'job-' });
    const back = oneEvent(window, 'popstate');
    history.back();
    await back;
    await settled(el);
    expect($(el, 'careers-posting')).to.equal(null);
    expect(cardIds(el)).to.include('seed-1');
    const forward = oneEvent(window, 'popstate');
    history.forward();
    await forward;
    await settled(el);
    expect(inDetail(el, '[part~="detail-title"]')?.textContent).to.equal('Senior Backend Engineer II');
  });

  it('a posting that no longer exists falls back to the list with a polite note', async () => {
    visit('?job-id=removed-7');
    const el = await mount({ locale: 'fr', 'sync-url': '' }, feed());
    await settled(el);
    expect($(el, 'careers-posting')).to.equal(null);
    expect($(el, '[part~="link-notice"]')!.textContent!.trim()).to.equal(
      'Cette offre n’est plus disponible. Voici nos postes ouverts.',
    );
  });

  it('a filter value with no postings is cleared, with a polite note', async () => {
    visit('?job-country=JP');
    const el = await mount({ locale: 'en', 'sync-url': '' }, feed());
    await settled(el);
    expect($(el, '[part~="link-notice"]')!.textContent!.trim()).to.equal(
      'Some filters from your link no longer apply, so they were cleared.',
    );
    expect(cardIds(el).length).to.equal(5);
  });

  it('two widgets with their own prefixes do not collide', async () => {
    visit('?a-country=GB&b-country=FR');
    const a = await mount({ locale: 'en', 'sync-url': '', 'url-prefix': 'a-' }, feed());
    const b = await mount({ locale: 'fr', 'sync-url': '', 'url-prefix': 'b-' }, feed());
    await settled(a);
    await settled(b);
    expect(cardIds(a)).to.deep.equal(['en-2', 'en-4']);
    expect(cardIds(b)).to.deep.equal(['fr-1']);
    await choose(a, 'country', 'DE');
    expect(params().get('a-country')).to.equal('DE');
    expect(params().get('b-country')).to.equal('FR');
  });

  it('without sync-url the URL is never touched', async () => {
    visit('?job-country=GB');
    const el = await mount({ locale: 'en' }, feed());
    expect(cardIds(el).length).to.equal(5);
    await choose(el, 'country', 'DE');
    expect(window.location.search).to.equal('?job-country=GB');
  });
});
