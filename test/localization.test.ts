import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { UI_LOCALES, matchUiLocale, uiTemplates, type UiLocale } from '../src/localization.js';

/** How many times the page fetched a URL containing `path` (module imports count). */
const resources = (path: string): number =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(path)).length;

describe('UI_LOCALES', () => {
  it('lists the shipped locales', () => {
    expect([...UI_LOCALES]).to.deep.equal(['de', 'en', 'es', 'fr']);
  });
});

describe('matchUiLocale', () => {
  it('matches a shipped locale exactly, in any case', () => {
    expect(matchUiLocale(['fr'])).to.equal('fr');
    expect(matchUiLocale(['DE'])).to.equal('de');
  });

  it('matches a regional tag by its primary subtag', () => {
    expect(matchUiLocale(['fr-CA'])).to.equal('fr');
    expect(matchUiLocale(['es-419'])).to.equal('es');
    expect(matchUiLocale(['de_CH'])).to.equal('de');
    expect(matchUiLocale(['EN-us'])).to.equal('en');
  });

  it('takes the first requested tag that matches', () => {
    expect(matchUiLocale(['pt-BR', 'it', 'de-AT', 'fr'])).to.equal('de');
    expect(matchUiLocale(['fr-CA', 'de'])).to.equal('fr');
  });

  it('falls back to English', () => {
    expect(matchUiLocale([])).to.equal('en');
    expect(matchUiLocale(['ja', 'zh-Hant'])).to.equal('en');
    expect(matchUiLocale([''])).to.equal('en');
  });

  it('does not match a language that only shares a prefix', () => {
    expect(matchUiLocale(['fro'])).to.equal('en');
    expect(matchUiLocale(['dee'])).to.equal('en');
  });

  it('always returns a shipped locale whose language is the first shipped language requested', () => {
    const tag = fc.tuple(fc.constantFrom('en', 'fr', 'de', 'es', 'it', 'ja', 'FR', 'De'), fc.constantFrom('', '-CA', '-CH', '_AT', '-Latn-US'));
    fc.assert(
      fc.property(fc.array(tag.map(([l, r]) => l + r), { maxLength: 4 }), (tags) => {
        const out = matchUiLocale(tags);
        expect(UI_LOCALES).to.include(out);
        const firstShipped = tags.map((t) => t.toLowerCase().split(/[-_]/u)[0]).find((l) => UI_LOCALES.includes(l as UiLocale));
        expect(out).to.equal(firstShipped ?? 'en');
      }),
    );
  });
});

describe('uiTemplates', () => {
  it('English, the source, needs no translations', () => {
    expect(uiTemplates('en')).to.equal(undefined);
  });

  it('downloads a locale once per page, then has it at once', async () => {
    const before = resources('/generated/locales/de');
    const first = uiTemplates('de');
    const second = uiTemplates('de');
    expect(first).to.be.instanceOf(Promise);
    expect(second, 'one download shared by every widget').to.equal(first);
    const templates = await first;
    expect(templates!['error.retry']).to.equal('Erneut versuchen');
    expect(uiTemplates('de'), 'arrived: no promise, no wait').to.equal(templates);
    expect(resources('/generated/locales/de') - before).to.equal(1);
  });

  it('each locale has its own strings', async () => {
    const [fr, es] = await Promise.all([uiTemplates('fr'), uiTemplates('es')]);
    expect(fr!['error.retry']).to.equal('Réessayer');
    expect(es!['error.retry']).to.equal('Reintentar');
  });

  it('rejects for a locale it cannot load, and forgets the failure so a later call tries again', async () => {
    const failed = uiTemplates('xx' as UiLocale) as Promise<unknown>;
    let reason: unknown;
    await failed.catch((error: unknown) => (reason = error));
    expect(reason).to.be.instanceOf(TypeError);
    const again = uiTemplates('xx' as UiLocale) as Promise<unknown>;
    expect(again).to.not.equal(failed);
    await again.catch(() => undefined);
  });
});
