/**
 * Widgets in different locales on one page: each looks its strings up in
 * its own locale (labels, country names, dates, plurals, its detail view),
 * and a locale's translations download once per page, shared.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import type { CareersPosting } from '../../../src/components/careers-posting/careers-posting.js';
import { $, cardIds, choose, mount, options, sampleFeed, sampleRows, seedRow, statusText, failOnPageErrors } from './helpers.js';

const label = (el: Element, name: string) => $(el, `label[for="filter-${name}"]`)!.textContent!.trim();
const germany = (el: Element) => options(el, 'country').find(([value]) => value === 'DE')![1];
/** The posted date of the first card, "yesterday" in its language. */
const posted = (el: Element) => $(el, '.card time')!.textContent!.trim();
const downloads = (path: string): number =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(path)).length;

/** Mounts one widget per attribute set, all at once, as a page's markup does. */
const mountAll = (...sets: Record<string, string>[]) => Promise.all(sets.map((attributes) => mount(attributes)));

describe('careers-widget: several locales on one page', () => {
  failOnPageErrors();

  it('two widgets, fr and de: each its own labels, country names, dates and plurals', async () => {
    const [fr, de] = await mountAll({ locale: 'fr', 'posting-language': 'all' }, { locale: 'de', 'posting-language': 'all' });
    expect([label(fr, 'country'), label(de, 'country')]).to.deep.equal(['Pays', 'Land']);
    expect([germany(fr), germany(de)]).to.deep.equal(['Allemagne (2)', 'Deutschland (2)']);
    expect([posted(fr), posted(de)]).to.deep.equal(['hier', 'gestern']);
    expect([statusText(fr), statusText(de)]).to.deep.equal(['9 offres', '9 Stellen']);
    fr.country = 'BE';
    de.country = 'AT';
    await Promise.all([fr.updateComplete, de.updateComplete]);
    expect([statusText(fr), statusText(de)], 'singular, each in its language').to.deep.equal(['Belgique\u202f: 1 offre', 'Österreich: 1 Stelle']);
    expect([fr.shadowRoot!.querySelector('.root')!.getAttribute('lang'), de.shadowRoot!.querySelector('.root')!.getAttribute('lang')]).to.deep.equal([
      'fr',
      'de',
    ]);
    await expect(fr).to.be.accessible();
    await expect(de).to.be.accessible();
  });

  it('four widgets, en, fr, de and es: four languages side by side', async () => {
    const widgets = await mountAll(
      { locale: 'en', 'posting-language': 'all' },
      { locale: 'fr-CA', 'posting-language': 'all' },
      { locale: 'de', 'posting-language': 'all' },
      { locale: 'es', 'posting-language': 'all' },
    );
    expect(widgets.map((el) => label(el, 'country'))).to.deep.equal(['Country', 'Pays', 'Land', 'País']);
    expect(widgets.map(germany)).to.deep.equal(['Germany (2)', 'Allemagne (2)', 'Deutschland (2)', 'Alemania (2)']);
    expect(widgets.map(posted)).to.deep.equal(['yesterday', 'hier', 'gestern', 'ayer']);
    expect(widgets.map(statusText)).to.deep.equal(['9 jobs', '9 offres', '9 Stellen', '9 ofertas']);
    for (const el of widgets) await expect(el).to.be.accessible();
  });

  it("each locale's translations download once per page; a widget in a locale already there renders in it at once", async () => {
    await mountAll({ locale: 'fr' }, { locale: 'fr' }, { locale: 'fr-BE' });
    expect(downloads('/generated/locales/fr')).to.equal(1);
    const late = document.createElement('careers-widget');
    late.locale = 'fr';
    late.feed = sampleFeed();
    document.body.append(late);
    await late.updateComplete; // the first render: "loading", while the feed is read
    expect($(late, '[part="loading"]')!.textContent!.trim(), 'no English first').to.equal('Chargement des offres…');
    await late.loadComplete;
    late.remove();
  });

  it("a widget's filter change or locale switch leaves the others in their language", async () => {
    const [fr, de] = await mountAll({ locale: 'fr' }, { locale: 'de' });
    await choose(fr, 'country', 'BE');
    expect(statusText(fr)).to.equal('Belgique\u202f: 1 offre');
    expect([label(de, 'language'), statusText(de)]).to.deep.equal(['Sprache', '2 Stellen']);
    de.locale = 'es';
    await de.loadComplete;
    expect(label(de, 'language')).to.equal('Idioma');
    expect([label(fr, 'country'), statusText(fr)]).to.deep.equal(['Pays', 'Belgique\u202f: 1 offre']);
    fr.requestUpdate();
    await fr.updateComplete;
    expect(label(fr, 'country')).to.equal('Pays');
  });

  it('the detail view follows the widget that shows it', async () => {
    const feed = sampleFeed([seedRow(), ...sampleRows()]);
    const [fr, de] = await Promise.all([
      mount({ locale: 'fr', detail: 'inline', 'posting-language': 'all' }, feed),
      mount({ locale: 'de', detail: 'inline', 'posting-language': 'all' }, feed),
    ]);
    const open = async (el: CareersWidget): Promise<ShadowRoot> => {
      const opened = oneEvent(el, 'careers-posting-open');
      $<HTMLElement>(el, '.card[data-id="seed-1"] .link')!.click();
      await opened;
      await el.updateComplete;
      const view = $<CareersPosting>(el, 'careers-posting')!;
      await view.updateComplete;
      return view.shadowRoot!;
    };
    const [frView, deView] = [await open(fr), await open(de)];
    const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)!.textContent!.replace(/\s+/g, ' ').trim();
    expect([text(frView, '[part~="back-button"]'), text(deView, '[part~="back-button"]')]).to.deep.equal([
      'Retour à toutes les offres',
      'Zurück zu allen Stellen',
    ]);
    expect([text(frView, '[part~="apply-button"]'), text(deView, '[part~="apply-button"]')]).to.deep.equal(['Postuler maintenant', 'Jetzt bewerben']);
    expect(text(frView, '[part~="posted"] dd')).to.equal('avant-hier');
    expect(text(deView, '[part~="posted"] dd')).to.equal('vorgestern');
    expect(text(deView, '[part~="location"] dd')).to.contain('Deutschland');
    // Switching the widget's locale re-renders its detail view in the new one.
    fr.locale = 'es';
    await fr.loadComplete;
    const view = $<CareersPosting>(fr, 'careers-posting')!;
    await view.updateComplete;
    expect(text(view.shadowRoot!, '[part~="back-button"]')).to.equal('Volver a todas las ofertas');
    expect(text(deView, '[part~="back-button"]')).to.equal('Zurück zu allen Stellen');
    await expect(fr).to.be.accessible();
    await expect(de).to.be.accessible();
    expect(cardIds(fr)).to.deep.equal([]);
  });

  it('loads neither the wording overrides nor the debug details when none are asked for', () => {
    expect(downloads('/i18n/overrides')).to.equal(0);
    expect(downloads('/careers-widget/debug')).to.equal(0);
  });
});
