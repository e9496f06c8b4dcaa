import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldText, queryTerms } from '../../src/model/text.js';

/** Letters with and without diacritics, in both cases, plus separators. */
const accented = fc
  .array(fc.constantFrom(...'aeiouncAEIOUNCéèêëÉÈàâÀçÇñÑüÜöÖïîôûÅåø -'.split('')), { maxLength: 20 })
  .map((c) => c.join(''));

describe('foldText', () => {
  describe('examples', () => {
    it('drops diacritics and lower-cases', () => {
      expect(foldText('Ingénieure Zürich')).to.equal('ingenieure zurich');
      expect(foldText('ÉQUIPE São Paulo')).to.equal('equipe sao paulo');
      expect(foldText('Kraków Łódź')).to.equal('krakow łodz');
    });

    it('folds decomposed and precomposed forms alike', () => {
      expect(foldText('e\u0301')).to.equal('e');
      expect(foldText('\u00e9')).to.equal('e');
    });

    it('applies full case mappings: ß, ẞ and dotted/dotless i', () => {
      expect(foldText('Straße')).to.equal('strasse');
      expect(foldText('STRASSE')).to.equal('strasse');
      expect(foldText('GROẞ')).to.equal('gross');
      expect(foldText('İstanbul')).to.equal('istanbul');
      expect(foldText('ıstanbul')).to.equal('istanbul');
    });

    it('folds compatibility characters and Greek final sigma', () => {
      expect(foldText('ﬁnance')).to.equal('finance');
      expect(foldText('ΟΔΟΣ')).to.equal(foldText('οδος'));
      expect(foldText('οδος')).to.equal('οδοσ');
    });

    it('keeps the empty string empty', () => {
      expect(foldText('')).to.equal('');
    });
  });

  describe('properties', () => {
    it('is idempotent for any string', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme' }), (s) => {
          expect(foldText(foldText(s))).to.equal(foldText(s));
        }),
        { numRuns: 500 },
      );
    });

    it('is idempotent and case-insensitive for every single code point', () => {
      const failures: string[] = [];
      for (let cp = 0; cp < 0x30000; cp += 1) {
        if (cp >= 0xd800 && cp < 0xe000) continue;
        const s = String.fromCodePoint(cp);
        const folded = foldText(s);
        if (foldText(folded) !== folded || foldText(s.toUpperCase()) !== folded || foldText(s.toLowerCase()) !== folded) {
          failures.push(cp.toString(16));
        }
      }
      expect(failures).to.deep.equal([]);
    });

    it('is case-insensitive', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme' }), (s) => {
          expect(foldText(s.toUpperCase())).to.equal(foldText(s));
          expect(foldText(s.toLowerCase())).to.equal(foldText(s));
        }),
        { numRuns: 500 },
      );
    });

    it('is diacritics-insensitive: equal to the folding of the text without its marks', () => {
      fc.assert(
        fc.property(accented, (s) => {
          const bare = s.normalize('NFD').replace(/\p{M}/gu, '');
          expect(foldText(s)).to.equal(foldText(bare));
          expect(foldText(s)).to.match(/^[a-zø -]*$/u);
        }),
      );
    });

    it('preserves substrings: a folded part of a text is part of the folded text', () => {
      fc.assert(
        fc.property(accented, accented, accented, (a, b, c) => {
          expect(foldText(a + b + c)).to.contain(foldText(b));
        }),
      );
    });
  });
});

describe('queryTerms', () => {
  it('splits a query into folded words', () => {
    expect(queryTerms('  Ingénieur   ZÜRICH\tdata\n')).to.deep.equal(['ingenieur', 'zurich', 'data']);
  });

  it('is empty for a blank query', () => {
    expect(queryTerms('')).to.deep.equal([]);
    expect(queryTerms(' \t\n ')).to.deep.equal([]);
  });

  it('never returns empty or whitespace-containing terms', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (q) => {
        for (const t of queryTerms(q)) {
          expect(t).to.not.equal('');
          expect(t).to.not.match(/\s/u);
          expect(foldText(t)).to.equal(t);
        }
      }),
    );
  });
});
