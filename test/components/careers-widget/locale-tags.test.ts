/**
 * Malformed language tags never throw: a page's `lang`, the `locale`,
 * `posting-language` and `feed-language` attributes and a feed's language
 * values may be `en_US`, `fr-`, `@@`; the widget cleans them or passes over
 * them to the next candidate, and renders its cards.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersLoadEvent } from '../../../src/events/careers-events.js';
import { $, $$, cardIds, sampleFeed, statusText, TEST_NOW } from './helpers.js';
import { cleanTag, cleanTags, safeLocale } from '../../../src/i18n/tags.js';

const label = (el: Element, name: string) => $(el, `label[for="filter-${name}"]`)?.textContent?.trim();

/**
 * Mounts a widget inside `container` (default: a fresh div) with `attributes`
 * and `feed`, recording every `error` and `unhandledrejection` on window
 * until it has loaded and rendered twice more (a re-render must not throw
 * either).
 */
async function mountWatched(
  attributes: Record<string, string>,
  { feed = sampleFeed() as unknown, lang }: { feed?: unknown; lang?: string } = {},
): Promise<{ el: CareersWidget; errors: string[]; load?: CareersLoadEvent['detail'] }> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${String(event.error ?? event.message)}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    if (lang !== undefined) container.setAttribute('lang', lang);
    const el = document.createElement('careers-widget');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.now = TEST_NOW;
    el.feed = feed;
    let load: CareersLoadEvent['detail'] | undefined;
    el.addEventListener('careers-load', (e) => (load = e.detail));
    container.append(el);
    await el.loadComplete;
    el.requestUpdate();
    await el.updateComplete;
    // Let any asynchronous error surface before the listeners go.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { el, errors, load };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

describe('malformed language tags', () => {
  describe('cleanTag / safeLocale', () => {
    it('cleans what can be cleaned', () => {
      const cases: [unknown, string | undefined][] = [
        ['en_US', 'en-US'],
        ['EN_us', 'en-US'],
        ['fr_FR', 'fr-FR'],
        ['en-', 'en'],
        ['en--US', 'en-US'],
        [' de_CH ', 'de-CH'],
        ['de_CH.UTF-8', 'de-CH'],
        ['en-US@posix', 'en-US'],
        ['en-US-x', 'en-US'],
        ['zh_hant_tw', 'zh-Hant-TW'],
        ['iw', 'he'],
        ['fr', 'fr'],
        ['@@', undefined],
        ['', undefined],
        ['-', undefined],
        ['123', undefined],
        ['x', undefined],
        [`${'a'.repeat(10_000)}`, undefined],
        [null, undefined],
        [42, undefined],
      ];
      for (const [raw, clean] of cases) expect(cleanTag(raw), String(raw).slice(0, 20)).to.equal(clean);
    });

    it('what it returns never makes Intl throw', () => {
      for (const raw of ['en_US', 'en-', 'de_CH.UTF-8', 'x-private', 'en-u-nu-latn', 'root', 'i-klingon', 'en-a', 'sgn-BE-FR', '\u0000', 'en-US-u-ca']) {
        const tag = safeLocale([raw]);
        expect(() => new Intl.NumberFormat(tag).format(1), `${raw} → ${tag}`).to.not.throw();
        expect(() => new Intl.DisplayNames([tag], { type: 'region' }).of('DE'), `${raw} → ${tag}`).to.not.throw();
        expect(() => 'a'.toLocaleUpperCase(tag), `${raw} → ${tag}`).to.not.throw();
      }
    });

    it('safeLocale takes the first usable candidate, else en', () => {
      expect(safeLocale(['@@', undefined, 'fr_CA', 'de'])).to.equal('fr-CA');
      expect(safeLocale(['', '%', null])).to.equal('en');
      expect(safeLocale([])).to.equal('en');
      expect(cleanTags(['@@', 'en_GB', '', 'de'])).to.deep.equal(['en-GB', 'de']);
    });
  });

  describe('the widget', () => {
    it('<html lang="en_US">: English UI and cards, nothing thrown', async () => {
      const html = document.documentElement;
      const before = html.getAttribute('lang');
      html.setAttribute('lang', 'en_US');
      try {
        const { el, errors } = await mountWatched({});
        expect(errors).to.deep.equal([]);
        expect(label(el, 'country')).to.equal('Country');
        expect(cardIds(el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
        expect(statusText(el)).to.equal('4 jobs');
        expect($(el, '.card time')!.textContent!.trim()).to.equal('yesterday');
      } finally {
        if (before === null) html.removeAttribute('lang');
        else html.setAttribute('lang', before);
      }
    });

    const attributeCases: [string, Record<string, string>, string | undefined, { label: string; cards: string[]; status: string }][] = [
      ['locale="fr_FR"', { locale: 'fr_FR' }, undefined, { label: 'Pays', cards: ['fr-1', 'fr-2', 'fr-3'], status: '3 offres' }],
      ['locale="en-"', { locale: 'en-' }, undefined, { label: 'Country', cards: ['en-1', 'en-2', 'en-3', 'en-4'], status: '4 jobs' }],
      ['locale="de_CH.UTF-8"', { locale: 'de_CH.UTF-8' }, undefined, { label: 'Land', cards: ['de-1', 'de-2'], status: '2 Stellen' }],
      ['locale="@@" inside lang="de_CH"', { locale: '@@' }, 'de_CH', { label: 'Land', cards: ['de-1', 'de-2'], status: '2 Stellen' }],
      ['no locale inside lang="fr-"', {}, 'fr-', { label: 'Pays', cards: ['fr-1', 'fr-2', 'fr-3'], status: '3 offres' }],
      ['posting-language="de_CH"', { locale: 'en', 'posting-language': 'de_CH' }, undefined, { label: 'Country', cards: ['de-1', 'de-2'], status: '2 jobs' }],
      ['posting-language="@@"', { locale: 'fr', 'posting-language': '@@' }, undefined, { label: 'Pays', cards: ['fr-1', 'fr-2', 'fr-3'], status: '3 offres' }],
      ['locale="fr_FR" and posting-language="en_GB"', { locale: 'fr_FR', 'posting-language': 'en_GB' }, undefined, { label: 'Pays', cards: ['en-1', 'en-2', 'en-3', 'en-4'], status: '4 offres' }],
    ];
    for (const [name, attributes, lang, expected] of attributeCases) {
      it(`${name}: cleaned or passed over, cards rendered, nothing thrown`, async () => {
        const { el, errors } = await mountWatched(attributes, { lang });
        expect(errors).to.deep.equal([]);
        expect(label(el, 'country')).to.equal(expected.label);
        expect(cardIds(el)).to.have.members(expected.cards);
        expect(statusText(el)).to.equal(expected.status);
        expect($$(el, '.card time').every((t) => t.textContent!.trim() !== '')).to.equal(true);
      });
    }

    it('changing locale to a malformed tag at run time re-renders instead of blanking', async () => {
      const { el, errors } = await mountWatched({ locale: 'en' });
      const seen: string[] = [];
      const onError = (event: ErrorEvent) => seen.push(String(event.error ?? event.message));
      window.addEventListener('error', onError);
      try {
        for (const locale of ['fr_FR', 'en-', '@@', 'de_DE']) {
          el.locale = locale;
          await el.loadComplete;
          expect(cardIds(el).length, locale).to.be.greaterThan(0);
        }
        await new Promise((resolve) => setTimeout(resolve, 0));
      } finally {
        window.removeEventListener('error', onError);
      }
      expect([...errors, ...seen]).to.deep.equal([]);
      expect(label(el, 'country')).to.equal('Land');
    });

    it('feed-language="en_GB": an ATS feed without languages is read as en-GB', async () => {
      const lever = [
        {
          id: 'a',
          text: 'Backend Engineer',
          hostedUrl: 'https://jobs.lever.co/acme/a',
          createdAt: Date.parse('2026-03-10T00:00:00Z'),
          categories: { location: 'London, United Kingdom' },
        },
      ];
      const { el, errors, load } = await mountWatched({ locale: 'en', format: 'lever', 'feed-language': 'en_GB' }, { feed: lever });
      expect(errors).to.deep.equal([]);
      expect(load).to.deep.include({ count: 1, skipped: 0, languages: ['en'] });
      expect($$(el, '.card').map((c) => c.dataset.language)).to.deep.equal(['en-GB']);
    });

    it('feed-language="@@": ignored, never handed to Intl; rows that needed it are skipped and counted', async () => {
      const lever = [{ id: 'a', text: 'Job', hostedUrl: 'https://jobs.lever.co/acme/a', createdAt: Date.parse('2026-03-10T00:00:00Z') }];
      const { el, errors, load } = await mountWatched({ locale: 'fr_CA', format: 'lever', 'feed-language': '@@' }, { feed: lever });
      expect(errors).to.deep.equal([]);
      expect(load).to.deep.include({ count: 0, skipped: 1 });
      expect(statusText(el)).to.equal('Aucun poste n’est à pourvoir pour le moment.');
      expect($(el, '[part="notice"]'), 'skipped rows are for site owners (debug)').to.equal(null);
    });

    it('malformed language values in a feed: a native row is skipped and named, an ATS value is cleaned', async () => {
      const feed = sampleFeed();
      (feed.postings as Record<string, unknown>[]).push(
        { ...feed.postings[0], id: 'underscore', language: 'en_GB' },
        { ...feed.postings[0], id: 'dash', language: 'en-' },
        { ...feed.postings[0], id: 'junk', language: '@@' },
      );
      const native = await mountWatched({ locale: 'en' }, { feed });
      expect(native.errors).to.deep.equal([]);
      expect(native.load).to.deep.include({ count: 9, skipped: 3 });
      expect(cardIds(native.el)).to.deep.equal(['en-1', 'en-2', 'en-3', 'en-4']);
      const jsonld = await mountWatched(
        { locale: 'en' },
        {
          feed: {
            '@context': 'https://schema.org',
            '@type': 'JobPosting',
            title: 'Baker',
            url: 'https://bake.example/jobs/1',
            inLanguage: 'en_GB',
            datePosted: '2026-03-10',
          },
        },
      );
      expect(jsonld.errors).to.deep.equal([]);
      expect($$(jsonld.el, '.card').map((c) => c.dataset.language)).to.deep.equal(['en-GB']);
    });
  });
});
