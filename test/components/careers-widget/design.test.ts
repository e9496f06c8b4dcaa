/**
 * The look of the widget (#13): colours from the page or a theme, the card's
 * facts, one date style per list, layouts, groups, the mobile filter bar,
 * hidden single-option filters, and search over what the card shows.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import { $, $$, cardIds, choose, daysAgo, mount, sampleFeed, sampleRows, search, seedRow, statusText } from './helpers.js';

const ALL_FILTERS = 'country language department workplace type search';

/** Mounts a widget inside a box of the page (width, colours), as a host page would place it. */
async function mountIn(style: string, attributes: Record<string, string> = {}, feed: unknown = sampleFeed()): Promise<CareersWidget> {
  const box = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
  const el = await mount(attributes, feed);
  box.append(el); // moved: a new connection, the same loaded widget
  await el.loadComplete;
  return el;
}

const rgb = (el: Element) => getComputedStyle(el).color;
const background = (el: Element) => getComputedStyle(el).backgroundColor;
const shown = (el: Element | null) => el !== null && el.checkVisibility();

describe('careers-widget: design', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  describe('colours', () => {
    it('by default takes the page colours: legible on a dark page, no background of its own', async () => {
      const el = await mountIn('color: rgb(240, 240, 240); background: rgb(17, 17, 17)', { locale: 'en' });
      expect(rgb(el)).to.equal('rgb(240, 240, 240)');
      expect(rgb($(el, '.status')!)).to.equal('rgb(240, 240, 240)');
      expect(rgb($(el, '.title .link')!), 'titles are text, not blue links').to.equal('rgb(240, 240, 240)');
      expect(background($(el, '.card')!)).to.equal('rgba(0, 0, 0, 0)');
      // Card details: the page's colour, a little lighter (80 %).
      expect(rgb($(el, '.meta')!)).to.match(/^color\(srgb 0\.94\d* 0\.94\d* 0\.94\d* \/ 0\.8\)$|^rgba\(240, 240, 240, 0\.8\)$/);
      await expect(el).to.be.accessible();
    });

    it('the same on a light page', async () => {
      const el = await mountIn('color: rgb(20, 20, 20); background: rgb(255, 255, 255)', { locale: 'en' });
      expect(rgb($(el, '.title .link')!)).to.equal('rgb(20, 20, 20)');
      await expect(el).to.be.accessible();
    });

    const THEMES = [
      { theme: 'light', scheme: 'light', text: 'rgb(31, 35, 40)', canvas: 'rgb(255, 255, 255)' },
      { theme: 'dark', scheme: 'light', text: 'rgb(230, 237, 243)', canvas: 'rgb(13, 17, 23)' },
      { theme: 'auto', scheme: 'light', text: 'rgb(31, 35, 40)', canvas: 'rgb(255, 255, 255)' },
      { theme: 'auto', scheme: 'dark', text: 'rgb(230, 237, 243)', canvas: 'rgb(13, 17, 23)' },
    ] as const;
    for (const t of THEMES) {
      it(`theme="${t.theme}" (${t.scheme} preference) paints its own colours, on any page, and passes axe`, async () => {
        await emulateMedia({ colorScheme: t.scheme });
        // A page of the opposite colours: the theme must not depend on it.
        const page = t.canvas === 'rgb(255, 255, 255)' ? 'color: white; background: black' : 'color: black; background: white';
        const el = await mountIn(page, { locale: 'en', theme: t.theme });
        expect(background(el)).to.equal(t.canvas);
        expect(rgb(el)).to.equal(t.text);
        expect(rgb($(el, '.title .link')!)).to.equal(t.text);
        // The Retry button is filled in themes: checked on the error state too.
        await expect(el).to.be.accessible();
      });
    }

    it('the posting page follows: its Apply button outlined in the page colours, filled in a theme; axe in both', async () => {
      for (const [theme, fill] of [
        ['', 'rgba(0, 0, 0, 0)'],
        ['dark', 'rgb(88, 166, 255)'],
      ] as const) {
        const attributes: Record<string, string> = { locale: 'en', detail: 'inline' };
        if (theme) attributes['theme'] = theme;
        const el = await mountIn('color: rgb(240, 240, 240); background: rgb(17, 17, 17)', attributes, sampleFeed([seedRow()]));
        const opened = oneEvent(el, 'careers-posting-open');
        $<HTMLElement>(el, '.card .link')!.click();
        await opened;
        await el.updateComplete;
        const view = $(el, 'careers-posting')!;
        await (view as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const apply = view.shadowRoot!.querySelector('[part~="apply-button"]')!;
        expect(background(apply), theme || 'inherit').to.equal(fill);
        await expect(el).to.be.accessible();
      }
    });

    it('a token set by the page wins over the theme (a brand colour)', async () => {
      const el = await mountIn('--careers-color-text: rgb(1, 2, 3)', { locale: 'en', theme: 'dark' });
      expect(rgb(el)).to.equal('rgb(1, 2, 3)');
    });

    it('errors in a theme: the filled Retry button passes axe, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement('careers-widget');
        el.setAttribute('theme', theme);
        el.setAttribute('locale', 'en');
        el.feed = { version: 2 }; // not a feed: the error box, without Retry
        box.append(el);
        await el.loadComplete;
        expect($(el, '.error'), theme).to.exist;
        await expect(el).to.be.accessible();
      }
    });
  });

  describe('cards', () => {
    it('facts in a fixed order (location · workplace · type · department), pay and date on their own line', async () => {
      const el = await mount({ locale: 'en' });
      const card = $(el, '.card[data-id="en-1"]')!;
      const parts = (selector: string) =>
        [...card.querySelectorAll(`${selector} > div`)].map((item) => item.getAttribute('part')!.replace('meta-item ', ''));
      expect(parts('dl.meta:not(.extra)')).to.deep.equal(['location', 'workplace', 'type', 'department']);
      expect(parts('dl.extra')).to.deep.equal(['salary', 'posted']);
      const [facts, extra] = [...card.querySelectorAll('dl')];
      expect(extra!.getBoundingClientRect().top, 'pay and date below the facts').to.be.greaterThan(facts!.getBoundingClientRect().top);
      // The separator is drawn, and skipped by screen readers.
      const item = card.querySelector<HTMLElement>('dl.meta > div + div')!;
      expect(getComputedStyle(item, '::before').content).to.equal('"·" / ""');
      // The dot, the label and the value on one line: the item is one line high.
      const lineHeight = parseFloat(getComputedStyle(item.querySelector('dd')!).lineHeight);
      expect(item.getBoundingClientRect().height).to.be.lessThan(lineHeight * 1.5);
    });

    it('long words break at hyphenation points of the card language', async () => {
      const el = await mount({ locale: 'de' });
      const card = $(el, '.card[data-id="de-1"]')!;
      expect(getComputedStyle(card).hyphens).to.equal('auto');
      expect(getComputedStyle(card).overflowWrap).to.equal('break-word');
      expect(card.querySelector('.title')!.getAttribute('lang')).to.equal('de');
    });
  });

  describe('dates: one style per list', () => {
    const dated = (days: number[]) =>
      sampleFeed(days.map((d, i) => ({ ...sampleRows()[0], id: `p${i}`, translationOf: undefined, datePosted: daysAgo(d) })));
    const dates = (el: Element) => $$(el, '[part~="posted"] time').map((t) => t.textContent!.trim());

    it('all "days ago" when every posting is at most 14 days old', async () => {
      const el = await mount({ locale: 'en' }, dated([1, 14]));
      expect(dates(el)).to.deep.equal(['yesterday', '14 days ago']);
    });

    it('all dates as soon as one is older', async () => {
      const el = await mount({ locale: 'en' }, dated([1, 15]));
      expect(dates(el)).to.deep.equal(['Mar 14, 2026', 'Feb 28, 2026']);
    });

    it('an undated posting shows no date, and has no say in the style', async () => {
      const undated = { ...sampleRows()[0], id: 'undated', translationOf: undefined, datePosted: undefined, salary: undefined };
      const feed = dated([1, 14]);
      const el = await mount({ locale: 'en' }, { ...feed, postings: [...feed.postings, undated] });
      // Still "days ago": the two dated postings are recent; the undated one comes last, without a date.
      expect(dates(el)).to.deep.equal(['yesterday', '14 days ago']);
      expect(cardIds(el)).to.deep.equal(['p0', 'p1', 'undated']);
      const card = $(el, '.card[data-id="undated"]')!;
      expect(card.querySelector('[part~="posted"], time'), 'no date').to.equal(null);
      // Neither pay nor date: no empty second line.
      expect(card.querySelector('dl.extra')).to.equal(null);
      expect(card.querySelector('dl.meta [part~="location"]'), 'the facts stay').to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('an undated posting with pay keeps the pay line, without a date', async () => {
      const undated = { ...sampleRows()[0], id: 'undated', translationOf: undefined, datePosted: undefined };
      const el = await mount({ locale: 'en' }, sampleFeed([undated]));
      const card = $(el, '.card[data-id="undated"]')!;
      expect([...card.querySelectorAll('dl.extra > div')].map((item) => item.getAttribute('part'))).to.deep.equal(['meta-item salary']);
      await expect(el).to.be.accessible();
    });

    it('date-style="relative" and "absolute" choose for the list', async () => {
      expect(dates(await mount({ locale: 'en', 'date-style': 'relative' }, dated([1, 20])))).to.deep.equal(['yesterday', '20 days ago']);
      expect(dates(await mount({ locale: 'fr', 'date-style': 'absolute', 'posting-language': 'all' }, dated([1])))).to.deep.equal(['14 mars 2026']);
    });
  });

  describe('layouts', () => {
    const left = (el: Element) => $$(el, '.card').map((c) => Math.round(c.getBoundingClientRect().left));

    it('grid (default) puts cards side by side in a wide widget; list stacks them', async () => {
      const grid = await mountIn('inline-size: 1200px', { locale: 'en' });
      expect(new Set(left(grid)).size).to.be.greaterThan(1);
      const list = await mountIn('inline-size: 1200px', { locale: 'en', layout: 'list' });
      expect(new Set(left(list)).size).to.equal(1);
      await expect(list).to.be.accessible();
    });

    it('compact: one line per posting, title, location and type', async () => {
      const el = await mountIn('inline-size: 1000px', { locale: 'en', layout: 'compact' });
      const card = $(el, '.card[data-id="en-1"]')!;
      expect(shown(card.querySelector('[part~="location"]'))).to.equal(true);
      expect(shown(card.querySelector('[part~="type"]'))).to.equal(true);
      for (const hidden of ['[part~="workplace"]', '[part~="department"]', '.summary', '.extra']) {
        expect(shown(card.querySelector(hidden)), hidden).to.equal(false);
      }
      const title = card.querySelector('.title')!.getBoundingClientRect();
      const location = card.querySelector('[part~="location"]')!.getBoundingClientRect();
      expect(Math.abs(title.top - location.top), 'one line').to.be.lessThan(title.height);
      await expect(el).to.be.accessible();
    });
  });

  describe('group-by', () => {
    const groups = (el: Element) =>
      $$(el, '[part~="group"]').map((g) => [
        g.querySelector('[part~="group-title"] bdi')!.textContent!.trim(),
        g.querySelector('[part~="group-title"] span')!.textContent!.trim(),
        [...g.querySelectorAll('.card')].map((c) => (c as HTMLElement).dataset.id),
      ]);

    it('department: a heading per department, sorted by name, with its count; cards one level below', async () => {
      const rows = [...sampleRows().slice(0, 4), { ...sampleRows()[1]!, id: 'en-5', department: undefined }];
      const el = await mount({ locale: 'en', 'group-by': 'department', 'heading-level': '2' }, sampleFeed(rows));
      expect(groups(el)).to.deep.equal([
        ['Design', '(1)', ['en-2']],
        ['Engineering', '(2)', ['en-1', 'en-4']],
        ['Support', '(1)', ['en-3']],
        ['Other', '(1)', ['en-5']],
      ]);
      const heading = $(el, '[part~="group-title"]')!;
      expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
      expect($(el, '.card .title')!.tagName).to.equal('H3');
      expect($(el, '[part~="group"] ul')!.getAttribute('aria-label')).to.equal('Design');
      await expect(el).to.be.accessible();
    });

    it('country: country names in the UI language; "Show more" fills the groups and focuses the first new card', async () => {
      const el = await mount({ locale: 'fr', 'group-by': 'country', 'posting-language': 'all', 'page-size': '4' });
      const names = groups(el).map(([name]) => name);
      expect(names).to.deep.equal([...names].sort((a, b) => String(a).localeCompare(String(b), 'fr')));
      expect(names).to.include('Allemagne');
      const before = cardIds(el).length;
      $<HTMLButtonElement>(el, '[part~="more-button"]')!.click();
      await el.updateComplete;
      expect(cardIds(el).length).to.be.greaterThan(before);
      const focused = el.shadowRoot!.activeElement!.closest('.card') as HTMLElement;
      expect(focused.dataset.id, 'the fifth posting in list order').to.equal(el.results[4]!.id);
    });
  });

  describe('filters', () => {
    it('a choice of one is no choice: a one-language feed has no Language select; an empty feed no filters', async () => {
      const english = sampleFeed(sampleRows().filter((r) => String(r['language']).startsWith('en')));
      const one = await mount({ locale: 'en', filters: ALL_FILTERS }, english);
      expect($(one, '#filter-language') === null, 'no language select').to.equal(true);
      expect($(one, '#filter-country')).to.exist;
      const empty = await mount({ locale: 'en', filters: ALL_FILTERS }, sampleFeed([]));
      expect($(empty, '[part~="filters"]') === null, 'no filter bar').to.equal(true);
      expect(statusText(empty)).to.equal('There are no open positions at the moment.');
    });

    it('"Clear filters" shows while a filter is set, and clears them', async () => {
      const el = await mount({ locale: 'en', filters: ALL_FILTERS });
      expect($(el, '[part~="clear-button"]') === null, 'no Clear button').to.equal(true);
      await choose(el, 'department', 'Engineering');
      await search(el, 'data');
      const clear = $<HTMLButtonElement>(el, '[part~="clear-button"]')!;
      expect(clear.textContent!.trim()).to.equal('Clear filters');
      clear.click();
      await el.updateComplete;
      expect(cardIds(el)).to.have.length(4);
      expect($<HTMLSelectElement>(el, '#filter-department')!.value).to.equal('');
      expect($<HTMLInputElement>(el, '#filter-query')!.value).to.equal('');
    });

    it('narrow (320 px): the search and one "Filters (n)" button share a row; the selects open below it', async () => {
      const el = await mountIn('inline-size: 320px', { locale: 'en', filters: ALL_FILTERS });
      const button = $<HTMLButtonElement>(el, '[part~="filters-button"]')!;
      expect(shown(button)).to.equal(true);
      expect(shown($(el, '#filter-country'))).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const row = (e: Element) => Math.round(e.getBoundingClientRect().bottom);
      expect(Math.abs(row(button) - row($(el, '#filter-query')!)), 'one row').to.be.lessThan(4);
      expect($(el, '.card')!.getBoundingClientRect().top, 'the first card on the first screen').to.be.lessThan(667);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(shown($(el, '#filter-country'))).to.equal(true);
      await choose(el, 'country', 'GB');
      await choose(el, 'employmentType', 'full-time');
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Filters (2)');
      await expect(el).to.be.accessible();
    });

    it('wide: every select in the bar, no Filters button', async () => {
      const el = await mountIn('inline-size: 1200px', { locale: 'en', filters: ALL_FILTERS });
      expect(shown($(el, '[part~="filters-button"]'))).to.equal(false);
      expect(shown($(el, '#filter-country'))).to.equal(true);
    });

    it('the search placeholder gives examples in the UI language', async () => {
      expect($(await mount({ locale: 'en' }), '#filter-query')!.getAttribute('placeholder')).to.equal('e.g. designer, Berlin, remote');
      expect($(await mount({ locale: 'de' }), '#filter-query')!.getAttribute('placeholder')).to.equal('z. B. Designer, Berlin, remote');
    });
  });

  describe('search over what the card shows', () => {
    it('"remote" and "full-time" in English, "Vollzeit" in German, "Télétravail" in French', async () => {
      const en = await mount({ locale: 'en' });
      await search(en, 'remote');
      expect(cardIds(en)).to.deep.equal(['en-3']);
      await search(en, 'full-time');
      expect(cardIds(en)).to.have.members(['en-1', 'en-2']);
      const de = await mount({ locale: 'de', 'posting-language': 'all' });
      await search(de, 'vollzeit');
      expect(cardIds(de)).to.have.members(['en-1', 'en-2']);
      const fr = await mount({ locale: 'fr', 'posting-language': 'all' });
      await search(fr, 'teletravail');
      expect(cardIds(fr)).to.deep.equal(['en-3']);
    });
  });
});
