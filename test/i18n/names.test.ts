import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { autonym, capitalize, countryName, languageName } from '../../src/i18n/names.js';

describe('countryName', () => {
  it('names a country in the UI language', () => {
    expect(['DE', 'US', 'EG', 'CH'].map((c) => countryName(c, 'en'))).to.deep.equal(['Germany', 'United States', 'Egypt', 'Switzerland']);
    expect(['DE', 'US', 'EG', 'CH'].map((c) => countryName(c, 'fr'))).to.deep.equal(['Allemagne', 'États-Unis', 'Égypte', 'Suisse']);
    expect(['DE', 'US', 'EG', 'CH'].map((c) => countryName(c, 'de'))).to.deep.equal(['Deutschland', 'Vereinigte Staaten', 'Ägypten', 'Schweiz']);
    expect(['DE', 'US', 'EG', 'CH'].map((c) => countryName(c, 'es'))).to.deep.equal(['Alemania', 'Estados Unidos', 'Egipto', 'Suiza']);
  });

  it('accepts regional UI locales', () => {
    expect(countryName('DE', 'fr-CA')).to.equal('Allemagne');
    expect(countryName('DE', 'de-AT')).to.equal('Deutschland');
  });

  it('returns the code for an unknown region or a malformed code or locale', () => {
    expect(countryName('QQ', 'en')).to.equal('QQ');
    expect(countryName('123456', 'en')).to.equal('123456');
    expect(countryName('DE', 'not a locale!')).to.equal('DE');
  });

  it('is stable across calls (cached per locale)', () => {
    expect(countryName('FR', 'de')).to.equal('Frankreich');
    expect(countryName('FR', 'de')).to.equal('Frankreich');
    expect(countryName('FR', 'es')).to.equal('Francia');
  });
});

describe('languageName', () => {
  it('names a language in the UI language, cased as inside a sentence', () => {
    expect(languageName('de', 'en')).to.equal('German');
    expect(languageName('de', 'fr')).to.equal('allemand');
    expect(languageName('fr', 'de')).to.equal('Französisch');
    expect(languageName('de', 'es')).to.equal('alemán');
  });

  it('names regional variants', () => {
    expect(languageName('fr-CA', 'en')).to.equal('Canadian French');
    expect(languageName('fr-CA', 'fr')).to.equal('français canadien');
  });

  it('returns the tag for an unknown language or a malformed tag', () => {
    expect(languageName('zz', 'en')).to.equal('zz');
    expect(languageName('not a tag', 'en')).to.equal('not a tag');
  });
});

describe('autonym', () => {
  it('names a language in itself, capitalized', () => {
    expect(['de', 'en', 'es', 'fr', 'nl', 'tr'].map(autonym)).to.deep.equal(['Deutsch', 'English', 'Español', 'Français', 'Nederlands', 'Türkçe']);
  });

  it('leaves scripts without case alone', () => {
    expect(autonym('zh')).to.equal('中文');
  });

  it('returns a malformed tag as is instead of throwing', () => {
    expect(autonym('not a tag')).to.equal('Not a tag');
    expect(autonym('')).to.equal('');
  });
});

describe('capitalize', () => {
  it('upper-cases the first letter the way the locale does', () => {
    expect(capitalize('français', 'fr')).to.equal('Français');
    expect(capitalize('istanbul', 'tr')).to.equal('İstanbul');
    expect(capitalize('istanbul', 'en')).to.equal('Istanbul');
    expect(capitalize('élan', 'fr')).to.equal('Élan');
  });

  it('handles letters outside the BMP', () => {
    expect(capitalize('𐐨x', 'en')).to.equal('𐐀x');
  });

  it('returns the empty string for the empty string', () => {
    expect(capitalize('', 'en')).to.equal('');
  });

  it('falls back to the default case mapping for a malformed locale', () => {
    expect(capitalize('abc', 'not a locale!')).to.equal('Abc');
  });

  it('changes at most the first code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.constantFrom('en', 'fr', 'de', 'tr'), (s, locale) => {
        const out = capitalize(s, locale);
        const first = String.fromCodePoint(s.codePointAt(0)!);
        expect(out.endsWith(s.slice(first.length))).to.equal(true);
        expect(out.slice(0, out.length - (s.length - first.length))).to.equal(first.toLocaleUpperCase(locale));
      }),
    );
  });
});
