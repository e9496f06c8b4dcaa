import { expect, oneEvent } from '@open-wc/testing';
import { $, $$, cardIds, choose, mount, options, search, statusText } from './helpers.js';

describe('careers-widget: the language/country rule', () => {
  it('English UI: English postings only, countries of English postings only, with counts', async () => {
    const el = await mount({ locale: 'en' });
    expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
    expect(options(el, 'country')).to.deep.equal([
      ['', 'All countries'],
      ['DE', 'Germany (1)'],
      ['IE', 'Ireland (1)'],
      ['NL', 'Netherlands (1)'],
      ['GB', 'United Kingdom (2)'],
      ['US', 'United States (1)'],
    ]);
  });

  it('French UI: French postings only (fr and fr-CA), countries named in French', async () => {
    const el = await mount({ locale: 'fr' });
    expect(cardIds(el)).to.have.members(['fr-1', 'fr-2', 'fr-3']);
    expect(options(el, 'country')).to.deep.equal([
      ['', 'Tous les pays'],
      ['BE', 'Belgique (1)'],
      ['CA', 'Canada (1)'],
      ['FR', 'France (1)'],
    ]);
    expect($$(el, '.card').every((c) => c.dataset.language!.startsWith('fr'))).to.equal(true);
  });

  it('German UI: German postings only; a multi-country posting counts in each country', async () => {
    const el = await mount({ locale: 'de' });
    expect(cardIds(el)).to.deep.equal(['de-1', 'de-2']);
    expect(options(el, 'country').map(([v]) => v)).to.deep.equal(['', 'DE', 'AT', 'CH']);
    expect(options(el, 'country')[1][1]).to.equal('Deutschland (1)');
  });

  it('a regional UI locale (fr-CA) matches postings by primary language', async () => {
    const el = await mount({ locale: 'fr-CA' });
    expect(cardIds(el)).to.have.members(['fr-1', 'fr-2', 'fr-3']);
  });

  it('lists only languages that have postings, each in its own name with a lang attribute', async () => {
    const el = await mount({ locale: 'en' });
    expect(options(el, 'language')).to.deep.equal([
      ['all', 'All languages'],
      ['de', 'Deutsch (2)'],
      ['en', 'English (4)'],
      ['fr', 'Français (3)'],
    ]);
    const langs = $$<HTMLOptionElement>(el, '#filter-language option').map((o) => o.lang);
    expect(langs).to.deep.equal(['', 'de', 'en', 'fr']);
    expect($<HTMLSelectElement>(el, '#filter-language')!.value).to.equal('en');
  });

  it('choosing another language recomputes countries; a country without postings falls back to all', async () => {
    const el = await mount({ locale: 'en' });
    await choose(el, 'country', 'GB');
    expect(cardIds(el)).to.deep.equal(['en-2', 'en-4']);
    await choose(el, 'language', 'de');
    expect(cardIds(el)).to.deep.equal(['de-1', 'de-2']);
    expect(options(el, 'country').map(([v]) => v)).to.deep.equal(['', 'AT', 'DE', 'CH']);
    expect($<HTMLSelectElement>(el, '#filter-country')!.value).to.equal('');
  });

  it('keeps a country that still has postings in the new language', async () => {
    const el = await mount({ locale: 'en' });
    await choose(el, 'country', 'DE');
    await choose(el, 'language', 'de');
    expect(cardIds(el)).to.deep.equal(['de-1']);
    expect(statusText(el)).to.equal('Germany: 1 job');
  });

  it('posting-language="all" shows every language, each card carrying its lang', async () => {
    const el = await mount({ locale: 'en', 'posting-language': 'all' });
    expect(cardIds(el)).to.have.length(9);
    const titles = $$(el, '.card .title').map((h) => h.getAttribute('lang'));
    expect(titles).to.have.members(['en', 'en', 'en', 'en-GB', 'fr', 'fr-CA', 'fr', 'de', 'de']);
    expect(options(el, 'country').map(([v]) => v)).to.have.members(['', 'AT', 'BE', 'CA', 'CH', 'DE', 'FR', 'IE', 'NL', 'GB', 'US']);
  });

  it('posting-language overrides the UI language', async () => {
    const el = await mount({ locale: 'en', 'posting-language': 'fr' });
    expect(cardIds(el)).to.have.members(['fr-1', 'fr-2', 'fr-3']);
    expect($(el, '#filter-country option')!.textContent!.trim()).to.equal('All countries');
  });

  it('when the UI language has no postings, says so and offers the languages that do', async () => {
    const el = await mount({ locale: 'es' });
    expect(cardIds(el)).to.deep.equal([]);
    expect(statusText(el)).to.equal('En este momento no hay ofertas en español.');
    const buttons = $$<HTMLButtonElement>(el, '[part~="language-button"]');
    expect(buttons.map((b) => [b.lang, b.textContent!.replace(/\s+/g, ' ').trim()])).to.deep.equal([
      ['de', 'Deutsch (2)'],
      ['en', 'English (4)'],
      ['fr', 'Français (3)'],
    ]);
    buttons[2].click();
    await el.loadComplete;
    expect(cardIds(el)).to.have.members(['fr-1', 'fr-2', 'fr-3']);
  });

  it('when the UI language has no postings, the language control shows that language (0), not "All languages"', async () => {
    const el = await mount({ locale: 'es', filters: 'language country' });
    const select = $<HTMLSelectElement>(el, '#filter-language')!;
    expect(select.value).to.equal('es');
    expect(select.selectedOptions[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Español (0)');
    await choose(el, 'language', 'all');
    expect(cardIds(el)).to.have.length(9);
    expect(select.value).to.equal('all');
    await expect(el).to.be.accessible();
  });

  it('applies the country and department attributes as initial filters', async () => {
    const el = await mount({ locale: 'en', country: 'gb', department: 'Engineering', filters: 'country department' });
    expect(cardIds(el)).to.deep.equal(['en-4']);
    expect($<HTMLSelectElement>(el, '#filter-country')!.value).to.equal('GB');
    expect($<HTMLSelectElement>(el, '#filter-department')!.value).to.equal('Engineering');
  });

  it('filters by workplace and job type', async () => {
    const el = await mount({ locale: 'en', filters: 'workplace type' });
    await choose(el, 'workplace', 'remote');
    expect(cardIds(el)).to.deep.equal(['en-3']);
    await choose(el, 'workplace', '');
    await choose(el, 'employmentType', 'contract');
    expect(cardIds(el)).to.deep.equal(['en-4']);
  });

  it('search ignores case and diacritics, over title, department, team and places', async () => {
    const el = await mount({ locale: 'fr' });
    await search(el, 'INGENIEURE');
    expect(cardIds(el)).to.deep.equal(['fr-1']);
    await search(el, 'montreal');
    expect(cardIds(el)).to.deep.equal(['fr-2']);
    const en = await mount({ locale: 'en' });
    await search(en, 'platform');
    expect(cardIds(en)).to.deep.equal(['en-1']);
    await search(en, 'netherlands');
    expect(cardIds(en)).to.deep.equal(['en-3']);
  });

  it('offers to clear filters when nothing matches, and clearing restores the list', async () => {
    const el = await mount({ locale: 'en' });
    await search(el, 'astronaut');
    expect(statusText(el)).to.equal('No jobs match your filters.');
    const clear = $<HTMLButtonElement>(el, '[part~="clear-button"]')!;
    const change = oneEvent(el, 'careers-filter-change');
    clear.click();
    const event = await change;
    expect(event.detail.query).to.equal('');
    expect(event.detail.resultCount).to.equal(4);
    expect(cardIds(el)).to.have.length(4);
  });

  it('announces the result count in a polite live region, pluralized', async () => {
    const el = await mount({ locale: 'en' });
    const status = $(el, '.status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(statusText(el)).to.equal('4 jobs');
    await choose(el, 'country', 'US');
    expect(statusText(el)).to.equal('United States: 1 job');
  });
});
