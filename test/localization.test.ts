import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { msg } from '@lit/localize';
import { UI_LOCALES, currentUiLocale, matchUiLocale, setUiLocale, type UiLocale } from '../src/localization.js';

/** Captures console.warn calls while `body` runs. */
async function warnings(body: () => unknown): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return calls;
}

describe('UI_LOCALES', () => {
  it('lists the shipped locales', () => {
    expect([...UI_LOCALES]).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv', 'zh-Hans']);
  });
});

describe('matchUiLocale', () => {
  const match = (...tags: string[]) => matchUiLocale(tags);

  it('matches a shipped locale exactly, in any case', () => {
    for (const locale of UI_LOCALES) expect(match(locale), locale).to.equal(locale);
    expect(match('DE')).to.equal('de');
    expect(match('ZH-hans')).to.equal('zh-Hans');
  });

  it('matches a regional tag by its language', () => {
    expect(match('fr-CA')).to.equal('fr');
    expect(match('es-419')).to.equal('es');
    expect(match('de_CH')).to.equal('de');
    expect(match('EN-us')).to.equal('en');
    expect(match('pt-BR')).to.equal('pt');
    expect(match('pt-PT')).to.equal('pt');
    expect(match('ar-EG')).to.equal('ar');
    expect(match('ar-001')).to.equal('ar');
    expect(match('nl-BE')).to.equal('nl');
    expect(match('sv-FI')).to.equal('sv');
    expect(match('it-CH')).to.equal('it');
    expect(match('pl-PL')).to.equal('pl');
    expect(match('ja-JP')).to.equal('ja');
  });

  it('matches Simplified Chinese by script, written or likely', () => {
    expect(match('zh')).to.equal('zh-Hans');
    expect(match('zh-CN')).to.equal('zh-Hans');
    expect(match('zh-SG')).to.equal('zh-Hans');
    expect(match('zh-Hans-HK')).to.equal('zh-Hans');
    expect(match('zh-Hans-CN')).to.equal('zh-Hans');
  });

  it('does not show Simplified Chinese for Traditional Chinese: the next requested tag, else English', () => {
    expect(match('zh-TW')).to.equal('en');
    expect(match('zh-HK')).to.equal('en');
    expect(match('zh-MO')).to.equal('en');
    expect(match('zh-Hant')).to.equal('en');
    expect(match('zh-Hant-CN')).to.equal('en');
    expect(match('zh-TW', 'ja')).to.equal('ja');
    expect(match('zh-TW', 'zh-CN')).to.equal('zh-Hans');
    expect(match('zh-Hant', 'fr-FR')).to.equal('fr');
  });

  it('does not take a neighbouring language for a shipped one', () => {
    expect(match('nb')).to.equal('en');
    expect(match('no')).to.equal('en');
    expect(match('nn-NO')).to.equal('en');
    expect(match('nb', 'de')).to.equal('de');
    expect(match('gl')).to.equal('en'); // Galician, not Portuguese or Spanish
    expect(match('yue-HK')).to.equal('en'); // Cantonese, not Mandarin
  });

  it('takes the first requested tag that matches', () => {
    expect(match('ko', 'pt-BR', 'de-AT', 'fr')).to.equal('pt');
    expect(match('fr-CA', 'de')).to.equal('fr');
    expect(match('fi', 'sv-FI', 'en')).to.equal('sv');
  });

  it('falls back to English', () => {
    expect(match()).to.equal('en');
    expect(match('ko', 'zh-Hant')).to.equal('en');
    expect(match('')).to.equal('en');
    expect(match('@@', '-')).to.equal('en');
  });

  it('skips a tag that is not a language tag and tries the next', () => {
    expect(match('', 'ja')).to.equal('ja');
    expect(match('@@', 'pl')).to.equal('pl');
  });

  it('does not match a language that only shares a prefix', () => {
    expect(match('fro')).to.equal('en');
    expect(match('dee')).to.equal('en');
    expect(match('arz')).to.equal('en'); // Egyptian Arabic as its own language code: not shipped
  });

  it('always returns a shipped locale whose language is the first shipped language requested (outside Chinese)', () => {
    const languages = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'ja', 'ar', 'ko', 'fi', 'nb', 'FR', 'Pt', 'AR'];
    const tag = fc.tuple(fc.constantFrom(...languages), fc.constantFrom('', '-CA', '-CH', '_AT', '-Latn-US', '-BR', '-EG'));
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

describe('currentUiLocale / setUiLocale', () => {
  // @lit/localize may be configured once per page: these tests share one
  // configuration, made on first use, and leave English active at the end.
  after(async () => {
    await setUiLocale('en');
  });

  const retry = () => msg('Retry', { id: 'error.retry' });

  it('starts in English', () => {
    expect(currentUiLocale()).to.equal('en');
    expect(retry()).to.equal('Retry');
  });

  it('loads and activates a translation', async () => {
    await setUiLocale('fr');
    expect(currentUiLocale()).to.equal('fr');
    expect(retry()).to.equal('Réessayer');
    await setUiLocale('de');
    expect(currentUiLocale()).to.equal('de');
    expect(retry()).to.equal('Erneut versuchen');
  });

  it('resolves at once when the locale is already active', async () => {
    await setUiLocale('de');
    const calls = await warnings(() => setUiLocale('de'));
    expect(calls).to.deep.equal([]);
    expect(currentUiLocale()).to.equal('de');
  });

  it('switches back to the source locale', async () => {
    await setUiLocale('en');
    expect(currentUiLocale()).to.equal('en');
    expect(retry()).to.equal('Retry');
  });

  it('keeps the previous locale and warns when a locale cannot be set', async () => {
    await setUiLocale('es');
    const calls = await warnings(() => setUiLocale('xx' as UiLocale));
    expect(currentUiLocale()).to.equal('es');
    expect(retry()).to.equal('Reintentar');
    expect(calls).to.have.length(1);
    expect(calls[0]![0]).to.equal('careers-widget: could not load the "xx" translations.');
  });

  it('hands a locale that cannot be set to onFailure instead of warning', async () => {
    await setUiLocale('es');
    const heard: unknown[] = [];
    const calls = await warnings(() => setUiLocale('xx' as UiLocale, (error) => heard.push(error)));
    expect(calls).to.deep.equal([]);
    expect(heard).to.have.length(1);
    expect(heard[0]).to.be.instanceOf(Error);
    expect(currentUiLocale()).to.equal('es');
  });
});
