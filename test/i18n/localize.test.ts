/**
 * `msg()` and `str` of src/i18n/localize.ts: strings looked up in the
 * catalog of the element being updated, never in a page-wide locale.
 */
import { expect } from '@open-wc/testing';
import type { StrResult } from '@lit/localize';
import { inCatalog, msg, str, type Catalog } from '../../src/i18n/localize.js';

const retry = () => msg('Try again', { id: 'error.retry' });
const count = (country: string, n: string) => msg(str`${country}: ${n} jobs`, { id: 'count.in-country.other' });

/** A translated `str` message as `lit-localize build` writes it: source value indices in `values`. */
const translated = (strings: string[], values: number[]): StrResult => ({
  strTag: true,
  strings: Object.assign([...strings], { raw: strings }) as unknown as TemplateStringsArray,
  values,
});

const fr: Catalog = {
  locale: 'fr',
  templates: { 'error.retry': 'Réessayer', 'count.in-country.other': translated(['', '\u202f: ', ' offres'], [0, 1]) },
};

describe('msg', () => {
  it('outside any catalog: the English source, values in place', () => {
    expect(retry()).to.equal('Try again');
    expect(count('France', '12')).to.equal('France: 12 jobs');
  });

  it("inside a catalog: its translations, with the source's values where the translation puts them", () => {
    expect(inCatalog(fr, () => [retry(), count('France', '12')])).to.deep.equal(['Réessayer', 'France\u202f: 12 offres']);
    const reordered: Catalog = { locale: 'xx', templates: { 'count.in-country.other': translated(['', ' jobs in ', ''], [1, 0]) } };
    expect(inCatalog(reordered, () => count('France', '12'))).to.equal('12 jobs in France');
  });

  it('an override wins over the translation; a message neither has stays in English', () => {
    const overridden: Catalog = { ...fr, overrides: new Map([['error.retry', 'Encore']]) };
    expect(inCatalog(overridden, () => [retry(), msg('Apply', { id: 'apply.label' })])).to.deep.equal(['Encore', 'Apply']);
  });

  it('restores the outer catalog after the body, also when it throws, and nests', () => {
    const de: Catalog = { locale: 'de', templates: { 'error.retry': 'Erneut versuchen' } };
    const seen = inCatalog(fr, () => [retry(), inCatalog(de, retry), retry()]);
    expect(seen).to.deep.equal(['Réessayer', 'Erneut versuchen', 'Réessayer']);
    expect(() =>
      inCatalog(fr, () => {
        throw new Error('render failed');
      }),
    ).to.throw('render failed');
    expect(retry()).to.equal('Try again');
  });

  it('str builds what msg reads', () => {
    const name = 'Ada';
    const result = str`Hello ${name}!`;
    expect(result.strTag).to.equal(true);
    expect([...result.strings]).to.deep.equal(['Hello ', '!']);
    expect(result.values).to.deep.equal(['Ada']);
  });
});
