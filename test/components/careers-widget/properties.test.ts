/**
 * The product rule on the rendered widget, as a property: for generated
 * feeds, in every language the visitor can pick (and "all"), the country
 * control offers exactly the countries for which postings were published in
 * that language, each with its count, and the cards are the postings in
 * that language. test/model/rules-properties.test.ts checks the same rule on
 * the view with many more runs; this checks the element wires it through.
 * The seed is pinned so a CI failure replays exactly.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ALL_LANGUAGES } from '../../../src/model/filters.js';
import { formatNumber } from '../../../src/i18n/format.js';
import { $, cardIds, choose, mount, options, sampleFeed } from './helpers.js';
import { rawPostingArb } from '../../support/postings.js';

const SEED = 20260315;

describe('careers-widget: the country rule (property)', () => {
  // The feed chunk comes through the dev server's transforms on first use: slow on a busy machine.
  before(async function () {
    this.timeout(60_000);
    await import('../../../src/feed/pipeline.js');
  });

  it('in every language offered, the countries are exactly those of its postings, with their counts', async () => {
    const feedArb = fc
      .array(rawPostingArb, { minLength: 1, maxLength: 12 })
      .map((rows) => sampleFeed(rows.map((r, i) => ({ ...r, id: `p${i}`, url: `https://jobs.example/p${i}` }))));
    await fc.assert(
      fc.asyncProperty(feedArb, fc.constantFrom('en', 'fr', 'de'), async (feed, locale) => {
        const el = await mount({ locale, 'page-size': '50', filters: 'language country' }, feed);
        const languages = options(el, 'language').map(([value]) => value);
        // A choice of one is hidden (design): no language select when the postings and the choice share one language.
        if (languages.length === 0) expect(new Set(el.postings.map((p) => p.primaryLanguage)).size).to.be.at.most(1);
        else expect(languages[0]).to.equal(ALL_LANGUAGES);
        for (const language of languages.length ? languages : [el.appliedFilters.language]) {
          if (languages.length) await choose(el, 'language', language);
          const inLanguage = el.postings.filter((p) => language === ALL_LANGUAGES || p.primaryLanguage === language);
          const expected = new Map<string, number>();
          for (const p of inLanguage) for (const c of p.countries) expected.set(c, (expected.get(c) ?? 0) + 1);
          const offered = options(el, 'country').slice(1); // after "All countries"
          if (expected.size < 2) expect($(el, '#filter-country') === null, `one country or none in ${language}: no select`).to.equal(true);
          else {
            expect(offered.map(([value]) => value).sort(), `countries in ${language}`).to.deep.equal([...expected.keys()].sort());
            for (const [value, text] of offered) expect(text, value).to.match(new RegExp(`\\(${formatNumber(expected.get(value)!, locale)}\\)$`));
          }
          expect(cardIds(el).sort(), `cards in ${language}`).to.deep.equal(inLanguage.map((p) => p.id).sort());
        }
        el.remove();
      }),
      { seed: SEED, numRuns: 8 },
    );
  });
});
