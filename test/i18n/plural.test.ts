import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { plural, type PluralMessages } from '../../src/i18n/plural.js';

const all: PluralMessages = {
  zero: () => 'zero',
  one: () => 'one',
  two: () => 'two',
  few: () => 'few',
  many: () => 'many',
  other: () => 'other',
};
const oneOther: PluralMessages = { one: () => 'one', other: () => 'other' };

describe('plural', () => {
  it('French puts 0 and 1 in "one"', () => {
    expect([0, 1, 1.5, 2, 10].map((n) => plural(n, 'fr', oneOther))).to.deep.equal(['one', 'one', 'one', 'other', 'other']);
  });

  it('English puts only 1 in "one"', () => {
    expect([0, 1, 1.5, 2, 10].map((n) => plural(n, 'en', oneOther))).to.deep.equal(['other', 'one', 'other', 'other', 'other']);
  });

  it('German and Spanish follow English for 0 and 1', () => {
    expect([0, 1, 2].map((n) => plural(n, 'de', oneOther))).to.deep.equal(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => plural(n, 'es', oneOther))).to.deep.equal(['other', 'one', 'other']);
  });

  it('uses a category the caller translated ("many" in French for a million)', () => {
    expect(plural(1_000_000, 'fr', all)).to.equal('many');
    expect(plural(1_000_001, 'fr', all)).to.equal('other');
  });

  it('falls back to "other" for a category the caller left out', () => {
    expect(plural(1_000_000, 'fr', oneOther)).to.equal('other');
    expect(plural(2, 'ar', oneOther)).to.equal('other');
    expect(plural(2, 'ar', all)).to.equal('two');
    expect(plural(3, 'pl', all)).to.equal('few');
  });

  it('calls only the chosen message', () => {
    const called: string[] = [];
    const spy = (name: string) => () => {
      called.push(name);
      return name;
    };
    expect(plural(1, 'en', { one: spy('one'), other: spy('other') })).to.equal('one');
    expect(called).to.deep.equal(['one']);
  });

  it('always picks the message of Intl.PluralRules’ category, or "other"', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000_000), fc.constantFrom('en', 'fr', 'de', 'es', 'ar', 'pl', 'ru'), (n, locale) => {
        const category = new Intl.PluralRules(locale).select(n);
        expect(plural(n, locale, all)).to.equal(category);
        expect(plural(n, locale, oneOther)).to.equal(category === 'one' ? 'one' : 'other');
      }),
    );
  });
});
