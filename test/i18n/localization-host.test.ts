/**
 * A page whose application configures `@lit/localize` itself, as npm users
 * may (they share the copy of the library with the widget). The widget
 * neither configures `@lit/localize` nor reads its page-wide locale, so the
 * host's strings and the widgets' follow their own locales, side by side. A
 * page can configure `@lit/localize` only once, so this lives in its own
 * file (its own page).
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg, str } from '@lit/localize';
import { $, mount, watchPageErrors } from '../components/careers-widget/helpers.js';

const label = (el: Element, name: string) => $(el, `label[for="filter-${name}"]`)!.textContent!.trim();

describe('a page that configured @lit/localize itself', () => {
  let host: ReturnType<typeof configureLocalization>;
  const warnings: unknown[][] = [];
  const original = console.warn;
  let page: ReturnType<typeof watchPageErrors>;

  before(async () => {
    host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr', 'de'],
      // The host's own messages, and one that shares an id with the widget's: it must not leak into the widget.
      loadLocale: async (locale) => ({
        templates:
          locale === 'fr'
            ? { 'host.hello': str`Bonjour ${0}`, 'filter.country': 'Pays (hôte)' }
            : { 'host.hello': str`Hallo ${0}`, 'filter.country': 'Land (Host)' },
      }),
    });
    await host.setLocale('fr');
    console.warn = (...args: unknown[]) => void warnings.push(args);
    page = watchPageErrors();
  });

  after(() => {
    console.warn = original;
    page.stop();
    expect(page.errors, 'nothing thrown into the host page').to.deep.equal([]);
  });

  const hello = (name: string) => msg(str`Hello ${name}`, { id: 'host.hello' });

  it("the host's strings follow the host's locale", () => {
    expect(host.getLocale()).to.equal('fr');
    expect(hello('Ada')).to.equal('Bonjour Ada');
  });

  it('widgets show their own locales, not the host’s, and say nothing about it', async () => {
    const en = await mount({ locale: 'en' });
    const de = await mount({ locale: 'de' });
    const es = await mount({ locale: 'es' });
    expect([label(en, 'language'), label(de, 'language'), label(es, 'language')]).to.deep.equal(['Language', 'Sprache', 'Idioma']);
    expect(warnings).to.deep.equal([]);
    expect(host.getLocale(), 'the widgets did not touch the host’s locale').to.equal('fr');
    expect(hello('Ada')).to.equal('Bonjour Ada');
  });

  it('the host switching its locale neither changes nor re-renders the widgets, and they do not change it back', async () => {
    const fr = await mount({ locale: 'fr' });
    const en = await mount({ locale: 'en' });
    const status = $(fr, '.status')!;
    await host.setLocale('de');
    await Promise.all([fr.updateComplete, en.updateComplete]);
    expect(hello('Ada')).to.equal('Hallo Ada');
    expect([label(fr, 'language'), label(en, 'language')]).to.deep.equal(['Langue', 'Language']);
    expect($(fr, '.status'), 'the same node: not re-rendered').to.equal(status);
    fr.locale = 'de';
    await fr.loadComplete;
    expect(label(fr, 'language')).to.equal('Sprache');
    expect(host.getLocale()).to.equal('de');
    expect(hello('Ada')).to.equal('Hallo Ada');
    await expect(fr).to.be.accessible();
    expect(warnings).to.deep.equal([]);
  });
});
