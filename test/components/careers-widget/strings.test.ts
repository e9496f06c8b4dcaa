/**
 * Wording overrides without a build: the `strings` property and a child
 * `<script type="application/json" data-strings>`, per locale or for all,
 * checked against each message's placeholders.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersPosting } from '../../../src/components/careers-posting/careers-posting.js';
import { $, TEST_NOW, mount, sampleFeed, sampleRows, seedRow, statusText, failOnPageErrors } from './helpers.js';

const listName = (el: Element) => $(el, 'ul.list')!.getAttribute('aria-label');
const countryLabel = (el: Element) => $(el, 'label[for="filter-country"]')!.textContent!.trim();

/** The same overrides in two locales, as a site would give them. */
const wording = {
  'list.label': 'Open positions',
  fr: { 'list.label': 'Postes ouverts', 'count.other': '{count} postes à pourvoir', 'filter.country': 'Pays du poste' },
  de: { 'count.other': '{count} offene Stellen' },
};

/** A widget whose children are the inline feed and the inline overrides, as in a page's markup. */
async function inlineWidget(locale: string, strings: unknown): Promise<CareersWidget> {
  const el = document.createElement('careers-widget');
  el.setAttribute('locale', locale);
  el.now = TEST_NOW;
  const feed = document.createElement('script');
  feed.type = 'application/json';
  feed.textContent = JSON.stringify(sampleFeed());
  const overrides = document.createElement('script');
  overrides.type = 'application/json';
  overrides.dataset['strings'] = '';
  overrides.textContent = JSON.stringify(strings);
  el.append(overrides, feed);
  document.body.append(el);
  await el.loadComplete;
  return el;
}

describe('careers-widget: wording overrides', () => {
  failOnPageErrors();
  const warnings: string[] = [];
  const original = console.warn;
  before(async () => {
    // The first test should not pay for the dev server compiling the chunks (fr, de, the overrides).
    const warm = await Promise.all(['fr', 'de'].map((locale) => mount({ locale })));
    warm[0]!.strings = {};
    await warm[0]!.loadComplete;
  });
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
  });
  afterEach(() => {
    console.warn = original;
    for (const el of document.body.querySelectorAll(':scope > careers-widget')) el.remove();
  });

  it('from the property, in two locales: each widget takes its locale’s entries, else those for every locale', async () => {
    const [fr, de, en] = await Promise.all(['fr', 'de', 'en'].map((locale) => mount({ locale })));
    for (const el of [fr, de, en]) el.strings = wording;
    await Promise.all([fr, de, en].map((el) => el.loadComplete));
    expect([listName(fr), statusText(fr), countryLabel(fr)]).to.deep.equal(['Postes ouverts', '3 postes à pourvoir', 'Pays du poste']);
    expect([listName(de), statusText(de), countryLabel(de)]).to.deep.equal(['Open positions', '2 offene Stellen', 'Land']);
    expect([listName(en), statusText(en), countryLabel(en)]).to.deep.equal(['Open positions', '4 jobs', 'Country']);
    expect(warnings).to.deep.equal([]);
    await expect(fr).to.be.accessible();
  });

  it('from an inline <script data-strings>, in two locales; the feed script beside it is still the feed', async () => {
    const fr = await inlineWidget('fr', wording);
    const de = await inlineWidget('de', wording);
    expect([listName(fr), statusText(fr)]).to.deep.equal(['Postes ouverts', '3 postes à pourvoir']);
    expect([listName(de), statusText(de)]).to.deep.equal(['Open positions', '2 offene Stellen']);
    expect(fr.postings).to.have.length(9);
    await expect(fr).to.be.accessible();
  });

  it('the property wins over the script; editing the script or the property re-renders; removing them restores the shipped text', async () => {
    const el = await inlineWidget('en', { 'list.label': 'From the script', 'filter.country': 'Where' });
    el.strings = { 'list.label': 'From the property' };
    await el.loadComplete;
    expect([listName(el), countryLabel(el)]).to.deep.equal(['From the property', 'Where']);
    el.querySelector('script[data-strings]')!.textContent = JSON.stringify({ 'filter.country': 'Country or region' });
    await el.loadComplete; // the widget watches its children
    expect(countryLabel(el)).to.equal('Country or region');
    el.strings = undefined;
    el.querySelector('script[data-strings]')!.remove();
    await el.loadComplete;
    expect([listName(el), countryLabel(el)]).to.deep.equal(['Jobs', 'Country']);
  });

  it('an override set after the first render renames filter options too (the view keeps its facets per catalog, not just per locale)', async () => {
    const el = await mount({ locale: 'en', filters: 'workplace' });
    const workplaces = () => [...el.shadowRoot!.querySelectorAll('#filter-workplace option')].map((o) => o.textContent!.trim());
    expect(workplaces().some((t) => t.startsWith('Remote'))).to.equal(true);
    el.strings = { 'workplace.remote': 'Anywhere' };
    await el.loadComplete;
    expect(workplaces().some((t) => t.startsWith('Anywhere'))).to.equal(true);
    expect(workplaces().some((t) => t.startsWith('Remote'))).to.equal(false);
  });

  it('a wrong placeholder, a missing one or an empty text is reported once; the shipped text stays, and so does every accessible name', async () => {
    const strings = {
      'count.other': '{n} jobs',
      'count.in-country.other': '{count} jobs',
      'list.label': '',
      'filter.form': ' ',
    };
    const el = await mount({ locale: 'en' });
    el.strings = strings;
    await el.loadComplete;
    const other = await mount({ locale: 'en' });
    other.strings = { ...strings };
    await other.loadComplete;
    expect(statusText(el)).to.equal('4 jobs');
    expect(listName(el)).to.equal('Jobs');
    expect($(el, 'form')!.getAttribute('aria-label')).to.equal('Filter jobs');
    el.country = 'GB';
    await el.updateComplete;
    expect(statusText(el)).to.equal('United Kingdom: 2 jobs');
    expect(warnings).to.deep.equal([
      'careers-widget: strings: "count.other" has an unknown placeholder {n} (it takes {count}); the shipped text stays.',
      'careers-widget: strings: "count.in-country.other" lacks {country} (it takes {country}, {count}); the shipped text stays.',
      'careers-widget: strings: "list.label" must be non-empty text; the shipped text stays.',
      'careers-widget: strings: "filter.form" must be non-empty text; the shipped text stays.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reaches the detail view, in its widget’s locale', async () => {
    const el = await mount({ locale: 'fr', detail: 'inline', 'posting-language': 'all' }, sampleFeed([seedRow(), ...sampleRows()]));
    el.strings = { fr: { 'detail.back': 'Toutes nos offres' }, en: { 'detail.back': 'All our jobs' } };
    await el.loadComplete;
    const opened = oneEvent(el, 'careers-posting-open');
    $<HTMLElement>(el, '.card[data-id="seed-1"] .link')!.click();
    await opened;
    await el.updateComplete;
    const view = $<CareersPosting>(el, 'careers-posting')!;
    await view.updateComplete;
    const back = () => view.shadowRoot!.querySelector('[part~="back-button"]')!.textContent!.trim();
    expect(back()).to.equal('Toutes nos offres');
    el.locale = 'en';
    await el.loadComplete;
    await view.updateComplete;
    expect(back()).to.equal('All our jobs');
    await expect(el).to.be.accessible();
  });
});
