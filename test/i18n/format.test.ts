import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { datesRelative, daysSince, formatList, formatNumber, formatPosted, formatSalaryAmount } from '../../src/i18n/format.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('formatPosted', () => {
  const now = new Date(2026, 2, 15, 12, 0);

  describe('relative within a month', () => {
    const cases: Record<string, [today: string, yesterday: string, threeDays: string, thirtyDays: string]> = {
      en: ['today', 'yesterday', '3 days ago', '30 days ago'],
      fr: ['aujourd’hui', 'hier', 'il y a 3 jours', 'il y a 30 jours'],
      de: ['heute', 'gestern', 'vor 3 Tagen', 'vor 30 Tagen'],
      es: ['hoy', 'ayer', 'hace 3 días', 'hace 30 días'],
    };
    for (const [locale, expected] of Object.entries(cases)) {
      it(`in ${locale}`, () => {
        expect(['2026-03-15', '2026-03-14', '2026-03-12', '2026-02-13'].map((d) => formatPosted(d, locale, now))).to.deep.equal(expected);
      });
    }

    it('counts calendar days, not 24-hour periods', () => {
      const lateEvening = new Date(2026, 2, 15, 23, 59);
      const earlyMorning = new Date(2026, 2, 16, 0, 1);
      expect(formatPosted('2026-03-15T23:00:00', 'en', earlyMorning)).to.equal('yesterday');
      expect(formatPosted('2026-03-15T00:01:00', 'en', lateEvening)).to.equal('today');
      expect(formatPosted(new Date(2026, 2, 14, 23, 59).toISOString(), 'en', earlyMorning)).to.equal('2 days ago');
    });

    it('counts days across a daylight-saving change without drifting', () => {
      // Spans the last Sunday of March (EU) and the second Sunday of March (US).
      expect(formatPosted('2026-03-01', 'en', new Date(2026, 2, 31, 12))).to.equal('30 days ago');
      expect(formatPosted('2026-10-20', 'en', new Date(2026, 10, 3, 12))).to.equal('14 days ago');
    });

    it('uses the regional variant of the locale', () => {
      expect(formatPosted('2026-03-14', 'fr-CA', now)).to.equal('hier');
    });
  });

  describe('absolute beyond a month, or in the future', () => {
    const cases: Record<string, [past: string, future: string, lastYear: string]> = {
      en: ['Feb 12, 2026', 'Mar 16, 2026', 'Dec 25, 2025'],
      'en-GB': ['12 Feb 2026', '16 Mar 2026', '25 Dec 2025'],
      fr: ['12 févr. 2026', '16 mars 2026', '25 déc. 2025'],
      de: ['12.02.2026', '16.03.2026', '25.12.2025'],
      es: ['12 feb 2026', '16 mar 2026', '25 dic 2025'],
    };
    for (const [locale, expected] of Object.entries(cases)) {
      it(`in ${locale}`, () => {
        expect(['2026-02-12', '2026-03-16', '2025-12-25'].map((d) => formatPosted(d, locale, now))).to.deep.equal(expected);
      });
    }
  });

  it('is relative exactly for the 31 days up to today', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const date = new Date(2026, 2, 15 + offset);
        const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        const out = formatPosted(iso, 'en', now);
        const relative = offset <= 0 && offset > -31;
        expect(out).to.equal(
          relative
            ? new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(offset, 'day')
            : new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(date),
        );
      }),
    );
  });
});

describe('formatSalaryAmount', () => {
  it('formats a range in the locale, currency code in any case', () => {
    const range = { currency: 'eur', min: 80000, max: 100000 };
    expect(formatSalaryAmount(range, 'en')).to.equal('€80,000 – €100,000');
    expect(formatSalaryAmount(range, 'fr')).to.equal(`80${NNBSP}000–100${NNBSP}000${NBSP}€`);
    expect(formatSalaryAmount(range, 'de')).to.equal(`80.000–100.000${NBSP}€`);
    expect(formatSalaryAmount(range, 'es')).to.equal(`80.000-100.000${NBSP}€`);
  });

  it('formats min alone, max alone and equal bounds as one amount, without decimals', () => {
    expect(formatSalaryAmount({ currency: 'USD', min: 80000 }, 'en')).to.equal('$80,000');
    expect(formatSalaryAmount({ currency: 'USD', min: 80000 }, 'fr')).to.equal(`80${NNBSP}000${NBSP}$US`);
    expect(formatSalaryAmount({ currency: 'CHF', max: 5000.6 }, 'de')).to.equal(`5.001${NBSP}CHF`);
    expect(formatSalaryAmount({ currency: 'GBP', min: 50, max: 50 }, 'en')).to.equal('£50');
  });

  it('formats zero', () => {
    expect(formatSalaryAmount({ currency: 'EUR', min: 0 }, 'en')).to.equal('€0');
  });
});

describe('formatNumber and formatList', () => {
  it('formats numbers in the locale', () => {
    expect(formatNumber(1234567.5, 'en')).to.equal('1,234,567.5');
    expect(formatNumber(1234567.5, 'fr')).to.equal(`1${NNBSP}234${NNBSP}567,5`);
    expect(formatNumber(1234567.5, 'de')).to.equal('1.234.567,5');
    expect(formatNumber(1234567.5, 'es')).to.equal('1.234.567,5');
  });

  it('joins lists with the locale conjunction', () => {
    const list = ['Irlande', 'Pays-Bas', 'Suisse'];
    expect(formatList(list, 'en')).to.equal('Irlande, Pays-Bas, and Suisse');
    expect(formatList(list, 'fr')).to.equal('Irlande, Pays-Bas et Suisse');
    expect(formatList(list, 'de')).to.equal('Irlande, Pays-Bas und Suisse');
    expect(formatList(list, 'es')).to.equal('Irlande, Pays-Bas y Suisse');
    expect(formatList(['A', 'B'], 'en')).to.equal('A and B');
    expect(formatList(['A'], 'fr')).to.equal('A');
    expect(formatList([], 'fr')).to.equal('');
  });
});

describe('datesRelative: one date style per list', () => {
  const now = new Date(2026, 2, 15, 12, 0);
  const ago = (days: number) => new Date(2026, 2, 15 - days, 9).toISOString();

  it('auto: relative while every date is 0 to 14 days old', () => {
    expect(datesRelative('auto', [ago(0), ago(14)], now)).to.equal(true);
    expect(datesRelative('auto', [ago(0), ago(15)], now)).to.equal(false);
    expect(datesRelative('auto', [], now), 'no dates: nothing to mix').to.equal(true);
  });

  it('auto: undated postings have no say (they show no date)', () => {
    expect(datesRelative('auto', [ago(0), undefined, ago(14)], now)).to.equal(true);
    expect(datesRelative('auto', [undefined, ago(15)], now)).to.equal(false);
    expect(datesRelative('auto', [undefined, undefined], now), 'no dated posting: nothing to mix').to.equal(true);
  });

  it('auto: a date in the future is shown as a date', () => {
    expect(datesRelative('auto', [ago(-1)], now)).to.equal(false);
  });

  it('relative and absolute decide for every list', () => {
    expect(datesRelative('relative', [ago(400)], now)).to.equal(true);
    expect(datesRelative('absolute', [ago(0)], now)).to.equal(false);
  });

  it('formatPosted(relative = false) always writes the date', () => {
    expect(formatPosted('2026-03-14', 'en', now, false)).to.equal('Mar 14, 2026');
    expect(daysSince('2026-03-14', now)).to.equal(1);
  });
});
