import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { $, $$, choose, mount, sampleFeed, search } from './helpers.js';
import { formatNumber } from '../../../src/i18n/format.js';
import { UI_LOCALES, type UiLocale } from '../../../src/localization.js';

const ALL_FILTERS = 'country language department workplace type search';

describe('careers-widget: accessibility', () => {
  /** The "Show more" button for 4 more jobs, as each language writes it (`#`: the number in that locale). */
  const SHOW_4_MORE: Record<UiLocale, string> = {
    en: 'Show # more jobs',
    fr: 'Afficher # offres de plus',
    de: '# weitere Stellen anzeigen',
    es: 'Mostrar # ofertas más',
    it: 'Mostra # offerte in più',
    nl: 'Nog # vacatures tonen',
    pt: 'Mostrar mais # vagas',
    pl: 'Pokaż jeszcze # oferty',
    sv: 'Visa # jobb till',
    ja: 'さらに#件の求人を表示',
    'zh-Hans': '再显示 # 个职位',
    ar: 'عرض # وظائف إضافية',
  };
  for (const locale of UI_LOCALES) {
    it(`is accessible when loaded, in ${locale}`, async () => {
      const el = await mount({ locale, filters: ALL_FILTERS, 'posting-language': 'all', 'page-size': '4' });
      expect($$(el, '.card').length).to.be.greaterThan(0);
      // The UI is in that language (the translation loaded), not English.
      expect($(el, '[part~="more-button"]')!.textContent!.trim()).to.equal(SHOW_4_MORE[locale].replace('#', formatNumber(4, locale)));
      await expect(el).to.be.accessible();
    });
  }

  it('is accessible while loading (aria-busy, status message)', async () => {
    const realFetch = window.fetch;
    let requested!: () => void;
    const fetched = new Promise<void>((resolve) => (requested = resolve));
    window.fetch = () => {
      requested();
      return new Promise<Response>(() => {});
    };
    try {
      const el = document.createElement('careers-widget');
      el.setAttribute('locale', 'en');
      el.src = '/never.json';
      document.body.append(el);
      await fetched;
      await el.updateComplete;
      expect($(el, '.root')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('Loading jobs…');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  it('is accessible in the error state', async () => {
    const el = await mount({ locale: 'fr', src: '/test/fixtures/does-not-exist.json' }, null);
    expect($(el, '[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible when the feed is empty', async () => {
    const el = await mount({ locale: 'de' }, sampleFeed([]));
    await expect(el).to.be.accessible();
  });

  it('is accessible when nothing matches the filters', async () => {
    const el = await mount({ locale: 'en' });
    await search(el, 'zzzz');
    expect($(el, '[part~="clear-button"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('is accessible when the UI language has no postings (language buttons)', async () => {
    const el = await mount({ locale: 'es' });
    expect($$(el, '[part~="language-button"]')).to.have.length(3);
    await expect(el).to.be.accessible();
  });

  it('is accessible with skipped rows and the _blank hint', async () => {
    const feed = sampleFeed();
    (feed.postings as unknown[]).push({ id: 'broken' });
    const el = await mount({ locale: 'en', 'link-target': '_blank' }, feed);
    expect($(el, '[part="notice"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('gives every control a visible, associated label', async () => {
    const el = await mount({ locale: 'en', filters: ALL_FILTERS });
    for (const control of $$<HTMLSelectElement | HTMLInputElement>(el, 'select, input')) {
      const label = $(el, `label[for="${control.id}"]`);
      expect(label, control.id).to.exist;
      expect(label!.textContent!.trim()).to.not.equal('');
      expect(control.labels?.[0]).to.equal(label);
    }
    expect($(el, 'input[type="search"]')).to.exist;
    expect($(el, 'form')!.getAttribute('role')).to.equal('search');
  });

  it('names its landmarks from the label attribute, so several widgets can share a page', async () => {
    const el = await mount({ locale: 'en', label: 'Engineering jobs' });
    expect($(el, 'form')!.getAttribute('aria-label')).to.equal('Filter Engineering jobs');
    expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Engineering jobs');
  });

  it('shows a visible focus indicator on card links and controls', async () => {
    const el = await mount({ locale: 'en' });
    const link = $<HTMLAnchorElement>(el, '.card a')!;
    // Keyboard modality, as for a visitor who tabs (scripted focus alone may not show :focus-visible).
    await sendKeys({ press: 'Shift' });
    link.focus();
    expect(el.shadowRoot!.activeElement).to.equal(link);
    // The ring is drawn around the whole card, which is the link's hit area.
    const card = getComputedStyle(link.closest('.card')!);
    expect(card.outlineStyle).to.equal('solid');
    expect(parseFloat(card.outlineWidth)).to.be.at.least(2);
    link.blur();
    expect(getComputedStyle(link.closest('.card')!).outlineStyle).to.equal('none');
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.focus();
    expect(getComputedStyle(select).outlineStyle).to.equal('solid');
  });

  it('fits a 320px-wide container without horizontal scrolling', async () => {
    const host = document.createElement('div');
    host.style.width = '320px';
    document.body.append(host);
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'de');
    el.setAttribute('filters', ALL_FILTERS);
    el.feed = sampleFeed();
    host.append(el);
    await el.loadComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const card of $$(el, '.card')) expect(card.getBoundingClientRect().width).to.be.at.most(320);
    host.remove();
  });

  it('keeps the language change usable from the keyboard alone (native select)', async () => {
    const el = await mount({ locale: 'en' });
    const select = $<HTMLSelectElement>(el, '#filter-language')!;
    expect(select.tagName).to.equal('SELECT');
    await choose(el, 'language', 'fr');
    expect($(el, '.status')!.textContent!.trim()).to.equal('3 jobs');
  });

  describe('user preferences', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none', colorScheme: 'light' }));

    it('animates card borders only without prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await mount({ locale: 'en' });
      expect(getComputedStyle($(el, '.card')!).transitionDuration).to.not.equal('0s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle($(el, '.card')!).transitionDuration).to.equal('0s');
    });

    it('has forced-colors rules: system colours for links, borders and the focus ring', async () => {
      // Chromium's headless emulation does not switch forced-colors on, so
      // check the widget's own rules through the CSSOM instead.
      const el = await mount({ locale: 'en' });
      const rules = el
        .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.conditionText.includes('forced-colors: active'))
        .flatMap((r) => [...r.cssRules] as CSSStyleRule[]);
      const style = (selector: string) => rules.find((r) => r.selectorText.split(/,\s*/).includes(selector))?.style;
      expect(style('.link')?.color).to.equal('linktext');
      expect(style('.card')?.borderColor).to.equal('canvastext');
      expect(style(':focus-visible')?.outlineColor).to.equal('highlight');
    });
  });

  it('lays out right to left in an RTL page, through logical properties', async () => {
    const host = document.createElement('div');
    host.dir = 'rtl';
    host.style.width = '600px';
    document.body.append(host);
    const el = document.createElement('careers-widget');
    el.setAttribute('locale', 'en');
    el.setAttribute('posting-language', 'all');
    el.feed = sampleFeed();
    host.append(el);
    await el.loadComplete;
    const form = $(el, 'form')!.getBoundingClientRect();
    const first = $(el, '.field')!.getBoundingClientRect();
    // The first control sits at the right edge in RTL.
    expect(Math.round(form.right - first.right)).to.be.at.most(1);
    expect(first.left - form.left).to.be.greaterThan(10);
    await expect(el).to.be.accessible();
    host.remove();
  });
});
