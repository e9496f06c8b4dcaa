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
