import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SORT_ORDERS, sortPostings } from '../../src/model/sort.js';
import { normalized, postingsArb } from '../support/postings.js';

describe('sortPostings', () => {
  const postings = [
    normalized({ id: 'a', title: 'Zebra keeper', datePosted: '2026-03-01' }),
    normalized({ id: 'b', title: 'Écrivain', datePosted: '2026-03-05' }),
    normalized({ id: 'c', title: 'engineer 10', datePosted: '2026-03-05' }),
    normalized({ id: 'd', title: 'Engineer 9', datePosted: '2026-02-01T08:00:00Z' }),
    normalized({ id: 'e', title: 'Analyst', datePosted: '2026-03-05' }),
  ];

  describe('newest', () => {
    it('sorts newest first, ties by title', () => {
      expect(sortPostings(postings, 'newest', 'en').map((p) => p.id)).to.deep.equal(['e', 'b', 'c', 'a', 'd']);
    });

    it('puts undated postings after every dated one, by title then id among themselves', () => {
      const undated = [
        normalized({ id: 'u2', title: 'Welder', datePosted: undefined }),
        normalized({ id: 'u1', title: 'analyst', datePosted: undefined }),
        normalized({ id: 'u0', title: 'Analyst', datePosted: undefined }),
      ];
      expect(undated.every((p) => p.postedAt === undefined)).to.equal(true);
      expect(sortPostings([...undated, ...postings], 'newest', 'en').map((p) => p.id)).to.deep.equal([
        'e', 'b', 'c', 'a', 'd', 'u0', 'u1', 'u2',
      ]);
      expect(sortPostings([...postings, ...undated].reverse(), 'newest', 'en').map((p) => p.id)).to.deep.equal([
        'e', 'b', 'c', 'a', 'd', 'u0', 'u1', 'u2',
      ]);
    });

    it('places undated postings among the others by title under "title"', () => {
      const undated = normalized({ id: 'u', title: 'Baker', datePosted: undefined });
      expect(sortPostings([...postings, undated], 'title', 'en').map((p) => p.id)).to.deep.equal(['e', 'u', 'b', 'd', 'c', 'a']);
    });
  });

  describe('title', () => {
    it('sorts by title with the locale collation: accents next to their letter, numbers numerically, case ignored', () => {
      expect(sortPostings(postings, 'title', 'fr').map((p) => p.title)).to.deep.equal([
        'Analyst',
        'Écrivain',
        'Engineer 9',
        'engineer 10',
        'Zebra keeper',
      ]);
    });

    it('breaks ties between equal titles by id', () => {
      const same = [normalized({ id: 'z', title: 'Designer' }), normalized({ id: 'm', title: 'designer' }), normalized({ id: 'a', title: 'Désigner' })];
      expect(sortPostings(same, 'title', 'en').map((p) => p.id)).to.deep.equal(['a', 'm', 'z']);
    });

    it('follows the locale: Swedish puts Ö after Z, German next to O', () => {
      const rows = [normalized({ id: '1', title: 'Örebro' }), normalized({ id: '2', title: 'Zürich' }), normalized({ id: '3', title: 'Oslo' })];
      expect(sortPostings(rows, 'title', 'sv').map((p) => p.title)).to.deep.equal(['Oslo', 'Zürich', 'Örebro']);
      expect(sortPostings(rows, 'title', 'de').map((p) => p.title)).to.deep.equal(['Örebro', 'Oslo', 'Zürich']);
    });
  });

  it('returns a copy and leaves the input alone', () => {
    const input = [...postings];
    const out = sortPostings(input, 'title', 'en');
    expect(out).to.not.equal(input);
    expect(input.map((p) => p.id)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  describe('properties', () => {
    const orderArb = fc.constantFrom(...SORT_ORDERS);
    const localeArb = fc.constantFrom('en', 'fr', 'de', 'es', 'sv');

    it('is a permutation of the input', () => {
      fc.assert(
        fc.property(postingsArb, orderArb, localeArb, (ps, order, locale) => {
          const out = sortPostings(ps, order, locale);
          expect(out.length).to.equal(ps.length);
          expect(new Set(out).size).to.equal(ps.length);
          expect(out.every((p) => ps.includes(p))).to.equal(true);
        }),
      );
    });

    it('orders newest first, and is deterministic whatever the input order', () => {
      fc.assert(
        fc.property(postingsArb, localeArb, (ps, locale) => {
          const out = sortPostings(ps, 'newest', locale);
          for (let i = 1; i < out.length; i += 1) {
            const [before, after] = [out[i - 1]!.postedAt, out[i]!.postedAt];
            // Undated last: nothing dated after an undated posting.
            if (before === undefined) expect(after).to.equal(undefined);
            else if (after !== undefined) expect(before).to.be.at.least(after);
          }
          const reversed = sortPostings([...ps].reverse(), 'newest', locale);
          expect(reversed.map((p) => p.id)).to.deep.equal(out.map((p) => p.id));
        }),
      );
    });

    it('orders titles by the collator', () => {
      fc.assert(
        fc.property(postingsArb, localeArb, (ps, locale) => {
          const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
          const out = sortPostings(ps, 'title', locale);
          for (let i = 1; i < out.length; i += 1) expect(collator.compare(out[i - 1]!.title, out[i]!.title)).to.be.at.most(0);
        }),
      );
    });
  });
});
