import { expect } from '@open-wc/testing';
import { $, cardIds, mount, options, statusText } from './helpers.js';

const label = (el: Element, name: string) => $(el, `label[for="filter-${name}"]`)!.textContent!.trim();

describe('careers-widget: localization', () => {
  const cases = [
    { locale: 'en', country: 'Country', language: 'Language', count: '4 jobs', hybrid: 'Hybrid' },
    { locale: 'fr', country: 'Pays', language: 'Langue', count: '3 offres', hybrid: 'Hybride' },
    { locale: 'de', country: 'Land', language: 'Sprache', count: '2 Stellen', hybrid: undefined },
  ] as const;
  for (const c of cases) {
    it(`renders the whole UI in ${c.locale}`, async () => {
      const el = await mount({ locale: c.locale });
      expect(label(el, 'country')).to.equal(c.country);
      expect(label(el, 'language')).to.equal(c.language);
      expect(statusText(el)).to.equal(c.count);
      if (c.hybrid) expect($(el, '[part~="workplace"] dd')!.textContent!.trim()).to.equal(c.hybrid);
    });
  }

  it('re-renders everything when the locale attribute changes at run time', async () => {
    const el = await mount({ locale: 'en', 'posting-language': 'all' });
    expect(label(el, 'country')).to.equal('Country');
    expect(options(el, 'country').find(([v]) => v === 'DE')![1]).to.equal('Germany (2)');
    el.locale = 'fr';
    await el.loadComplete;
    expect(label(el, 'country')).to.equal('Pays');
    expect(options(el, 'country').find(([v]) => v === 'DE')![1]).to.equal('Allemagne (2)');
    expect($(el, '.card time')!.textContent!.trim()).to.equal('hier');
    el.locale = 'es';
    await el.loadComplete;
    expect(label(el, 'country')).to.equal('País');
    expect(statusText(el)).to.equal('9 ofertas');
  });

  it('follows the posting language to the new UI language when none was chosen', async () => {
    const el = await mount({ locale: 'en' });
    expect(cardIds(el)).to.have.length(4);
    el.locale = 'de';
    await el.loadComplete;
    expect(cardIds(el)).to.deep.equal(['de-1', 'de-2']);
  });

  it('inherits the locale from the nearest ancestor lang', async () => {
    const wrapper = document.createElement('section');
    wrapper.lang = 'fr-CA';
    document.body.append(wrapper);
    const el = document.createElement('careers-widget');
    const { sampleFeed } = await import('./helpers.js');
    el.feed = sampleFeed();
    wrapper.append(el);
    await el.loadComplete;
    expect(label(el, 'country')).to.equal('Pays');
    expect(cardIds(el)).to.have.members(['fr-1', 'fr-2', 'fr-3']);
    wrapper.remove();
  });

  it('falls back to English for a UI locale it does not ship, but keeps that posting language', async () => {
    const el = await mount({ locale: 'ko' });
    expect(label(el, 'language')).to.equal('Language');
    expect(statusText(el)).to.equal('There are no jobs in Korean at the moment.');
  });

  // Languages without postings in the sample feed: the UI in that language says so, by name. (No country
  // is offered in them, so the country select is hidden: the language select's label shows the UI language.)
  const noPostings = [
    { locale: 'it', language: 'Lingua', status: 'Al momento non ci sono offerte in italiano.' },
    { locale: 'nl-BE', language: 'Taal', status: 'Er zijn op dit moment geen vacatures in het Nederlands.' },
    { locale: 'pt-BR', language: 'Idioma', status: 'No momento, não há vagas em português.' },
    { locale: 'pl', language: 'Język', status: 'Obecnie nie ma ofert w języku: polski.' },
    { locale: 'sv', language: 'Språk', status: 'Det finns inga jobb på svenska just nu.' },
    { locale: 'ja', language: '言語', status: '現在、日本語の求人はありません。' },
    { locale: 'zh-CN', language: '语言', status: '目前没有中文职位。' },
    { locale: 'ar-EG', language: 'اللغة', status: 'لا توجد وظائف باللغة العربية حاليًا.' },
  ] as const;
  for (const c of noPostings) {
    it(`renders the UI in ${c.locale}, naming the language that has no postings`, async () => {
      const el = await mount({ locale: c.locale });
      expect(label(el, 'language')).to.equal(c.language);
      expect($(el, '#filter-country') === null, 'no country to choose').to.equal(true);
      expect(statusText(el)).to.equal(c.status);
    });
  }

  it('shows Traditional Chinese pages the English UI (zh-Hant is not shipped), not Simplified Chinese', async () => {
    const el = await mount({ locale: 'zh-TW' });
    expect(label(el, 'language')).to.equal('Language');
    expect(statusText(el)).to.equal('There are no jobs in Chinese at the moment.');
  });

  it('names countries in the UI\'s script when the browser prefers Traditional Chinese, then Simplified', async () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'languages');
    Object.defineProperty(navigator, 'languages', { value: ['zh-TW', 'zh-CN'], configurable: true });
    try {
      const el = await mount({ 'posting-language': 'all' });
      expect(label(el, 'country')).to.equal('国家/地区');
      expect(options(el, 'country').find(([v]) => v === 'DE')![1]).to.equal('德国 (2)');
    } finally {
      if (own) Object.defineProperty(navigator, 'languages', own);
      else delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('pluralizes counts with each locale\'s rules', async () => {
    const fr = await mount({ locale: 'fr', country: 'BE' });
    expect(statusText(fr)).to.equal('Belgique\u202f: 1 offre');
    const en = await mount({ locale: 'en', country: 'US' });
    expect(statusText(en)).to.equal('United States: 1 job');
  });

  it('formats numbers and money for the locale', async () => {
    const el = await mount({ locale: 'de', 'posting-language': 'en' });
    expect($(el, '[part~="salary"] dd')!.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^70\.000\s*–\s*90\.000 €/);
  });
});
