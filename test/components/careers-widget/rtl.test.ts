/**
 * Right to left: the widget's `dir` follows its language unless the page
 * sets one on the element; the layout mirrors (asserted by geometry, which
 * does not depend on fonts the way screenshots do); a posting in a language
 * written right to left reads that way in any widget; names in another
 * script are isolated.
 */
import { expect } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import { $, $$, TEST_NOW, daysAgo, mount, sampleFeed, sampleRows, failOnPageErrors } from './helpers.js';

const rtlRows = () => [
  ...sampleRows(),
  {
    id: 'ar-1',
    title: 'مهندس برمجيات',
    language: 'ar',
    url: 'https://jobs.example/ar-1',
    locations: [{ city: 'القاهرة', country: 'EG' }],
    datePosted: daysAgo(1),
    summary: 'وظيفة في فريق المنصة.',
  },
  {
    id: 'ar-2',
    title: 'مصمم منتجات',
    language: 'ar-EG',
    url: 'https://jobs.example/ar-2',
    locations: [{ city: 'دبي', country: 'AE' }],
    datePosted: daysAgo(2),
  },
  { id: 'he-1', title: 'מפתח/ת backend', language: 'he', url: 'https://jobs.example/he-1', locations: [{ country: 'IL' }], datePosted: daysAgo(3) },
];

/** A widget in a 600 px wide container with the given attributes (`dir`/`lang` on the container too). */
async function widgetIn(container: { dir?: string; lang?: string }, attributes: Record<string, string>): Promise<CareersWidget> {
  const host = document.createElement('div');
  if (container.dir) host.dir = container.dir;
  if (container.lang) host.lang = container.lang;
  host.style.width = '600px';
  document.body.append(host);
  const el = document.createElement('careers-widget');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.now = TEST_NOW;
  el.feed = sampleFeed(rtlRows());
  host.append(el);
  await el.loadComplete;
  return el;
}

const box = (el: Element) => el.getBoundingClientRect();
/** Which edge of the filter bar its first control sits at. */
function firstControlEdge(el: CareersWidget): 'left' | 'right' {
  const form = box($(el, 'form')!);
  const first = box($(el, '.field')!);
  expect(first.width, 'the first control does not fill the bar').to.be.lessThan(form.width - 10);
  return Math.abs(form.right - first.right) <= 1 ? 'right' : Math.abs(first.left - form.left) <= 1 ? 'left' : (undefined as never);
}

describe('careers-widget: right to left', () => {
  failOnPageErrors();
  afterEach(() => {
    for (const el of document.querySelectorAll('careers-widget')) el.parentElement!.remove();
  });

  it('locale="ar": dir="rtl", and the filter bar starts at the right', async () => {
    const el = await widgetIn({}, { locale: 'ar' });
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '.root')!).direction).to.equal('rtl');
    expect(firstControlEdge(el)).to.equal('right');
    const list = box($(el, '.list')!);
    const card = box($(el, '.card')!);
    expect(Math.round(list.right - card.right), 'the first card at the right').to.be.at.most(1);
    await expect(el).to.be.accessible();
  });

  it('inherits the language of an RTL page (nearest lang), and an LTR locale stays LTR there', async () => {
    const hebrew = await widgetIn({ dir: 'rtl', lang: 'he' }, {});
    expect(hebrew.getAttribute('dir')).to.equal('rtl');
    expect(firstControlEdge(hebrew)).to.equal('right');
    const french = await widgetIn({ dir: 'rtl', lang: 'he' }, { locale: 'fr' });
    expect(french.getAttribute('dir'), 'French reads left to right, even on a Hebrew page').to.equal('ltr');
    expect(firstControlEdge(french)).to.equal('left');
    await expect(french).to.be.accessible();
  });

  it('follows a locale change both ways', async () => {
    const el = await widgetIn({}, { locale: 'en' });
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(firstControlEdge(el)).to.equal('left');
    el.locale = 'fa';
    await el.loadComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(firstControlEdge(el)).to.equal('right');
    el.locale = 'de';
    await el.loadComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
  });

  it('a dir the page sets on the element stays, whatever the locale; removed, the locale decides again', async () => {
    const el = await widgetIn({}, { locale: 'ar', dir: 'ltr' });
    expect(el.getAttribute('dir')).to.equal('ltr');
    expect(firstControlEdge(el)).to.equal('left');
    el.locale = 'ur';
    await el.loadComplete;
    expect(el.getAttribute('dir')).to.equal('ltr');
    el.removeAttribute('dir');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    const rtlPage = await widgetIn({}, { locale: 'en', dir: 'rtl' });
    expect(rtlPage.getAttribute('dir')).to.equal('rtl');
    expect(firstControlEdge(rtlPage)).to.equal('right');
  });

  it('a posting written right to left reads that way in an LTR widget, and the reverse', async () => {
    const el = await widgetIn({}, { locale: 'en', 'posting-language': 'all' });
    const card = (id: string) => $(el, `.card[data-id="${id}"]`)!;
    expect(['ar-1', 'ar-2', 'he-1'].map((id) => card(id).getAttribute('dir'))).to.deep.equal(['rtl', 'rtl', 'rtl']);
    expect(card('en-1').getAttribute('dir')).to.equal('ltr');
    expect(card('ar-1').querySelector('.title')!.getAttribute('lang')).to.equal('ar');
    expect(card('ar-1').querySelector('.summary')!.getAttribute('lang')).to.equal('ar');
    // Geometry: the Arabic title starts at the card's right, the English one at its left.
    const inset = (id: string) => {
      const outer = box(card(id));
      const title = box(card(id).querySelector('.title .link')!);
      return { left: title.left - outer.left, right: outer.right - title.right };
    };
    expect(inset('ar-1').right).to.be.lessThan(inset('ar-1').left);
    expect(inset('en-1').left).to.be.lessThan(inset('en-1').right);
    // The facts are in the UI language (English), so left to right inside the Arabic card: "3 days ago" stays whole.
    expect([...card('ar-1').querySelectorAll('dl')].map((dl) => dl.getAttribute('dir'))).to.deep.equal(['ltr', 'ltr']);
    const posted = card('ar-1').querySelector('[part~="posted"] dd')!;
    expect(box(posted).left - box(card('ar-1')).left).to.be.lessThan(box(card('ar-1')).right - box(posted).right);
    await expect(el).to.be.accessible();

    const arabic = await widgetIn({}, { locale: 'ar', 'posting-language': 'all' });
    expect($(arabic, '.card[data-id="en-1"]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('isolates names in another script: language buttons wrap the name in <bdi>, options take dir="auto"', async () => {
    const el = await mount({ locale: 'es' }, sampleFeed(rtlRows()));
    const buttons = $$(el, '[part~="language-button"]');
    const arabic = buttons.find((b) => b.getAttribute('lang') === 'ar')!;
    expect(arabic.querySelector('bdi')!.textContent).to.equal('العربية');
    expect(arabic.textContent!.replace(/\s+/g, ' ').trim()).to.equal('العربية (2)');
    expect(buttons.every((b) => b.querySelector('bdi'))).to.equal(true);
    // Every language's option ("All languages" is in the UI's language).
    const languageOptions = $$<HTMLOptionElement>(el, '#filter-language option').slice(1);
    expect(languageOptions.length).to.be.greaterThan(3);
    expect(languageOptions.every((o) => o.getAttribute('dir') === 'auto')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
