import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isOpen, parseFeedDate } from '../../src/model/dates.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parseFeedDate', () => {
  it('reads a bare date as local midnight of that calendar day', () => {
    const d = parseFeedDate('2026-11-02');
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).to.deep.equal([2026, 10, 2, 0, 0]);
  });

  it('reads a date-time with an offset as that instant', () => {
    expect(parseFeedDate('2026-11-02T10:30:00Z').getTime()).to.equal(Date.UTC(2026, 10, 2, 10, 30));
    expect(parseFeedDate('2026-11-02T10:30:00+02:00').getTime()).to.equal(Date.UTC(2026, 10, 2, 8, 30));
  });

  it('reads a date-time without offset in local time', () => {
    expect(parseFeedDate('2026-11-02T10:30:00').getTime()).to.equal(new Date(2026, 10, 2, 10, 30).getTime());
  });

  it('does not read two-digit years as the 1900s', () => {
    expect(parseFeedDate('0050-03-04').getFullYear()).to.equal(50);
    expect(parseFeedDate('0001-01-01').getFullYear()).to.equal(1);
  });

  it('keeps year, month and day of any valid bare date', () => {
    fc.assert(
      // fc.integer favours small values and bounds: years below 100 come up.
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const parsed = parseFeedDate(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
        expect([parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate(), parsed.getHours()]).to.deep.equal([y, m, d, 0]);
      }),
    );
  });
});

describe('isOpen', () => {
  it('is open without validThrough', () => {
    expect(isOpen(undefined, new Date(2100, 0, 1))).to.equal(true);
    expect(isOpen('', new Date(2100, 0, 1))).to.equal(true);
  });

  it('includes the whole last day of a bare validThrough date', () => {
    expect(isOpen('2026-03-15', new Date(2026, 2, 14, 12))).to.equal(true);
    expect(isOpen('2026-03-15', new Date(2026, 2, 15, 0, 0))).to.equal(true);
    expect(isOpen('2026-03-15', new Date(2026, 2, 15, 23, 59, 59, 999))).to.equal(true);
    expect(isOpen('2026-03-15', new Date(2026, 2, 16, 0, 0))).to.equal(false);
    expect(isOpen('2026-03-15', new Date(2027, 0, 1))).to.equal(false);
  });

  it('closes at the exact instant of a date-time validThrough', () => {
    const end = '2026-03-15T12:00:00Z';
    expect(isOpen(end, new Date(Date.UTC(2026, 2, 15, 11, 59, 59)))).to.equal(true);
    expect(isOpen(end, new Date(Date.UTC(2026, 2, 15, 12, 0, 0)))).to.equal(false);
  });

  it('includes the last day across month and year ends', () => {
    expect(isOpen('2026-12-31', new Date(2026, 11, 31, 22))).to.equal(true);
    expect(isOpen('2026-12-31', new Date(2027, 0, 1, 0, 0))).to.equal(false);
    expect(isOpen('2028-02-29', new Date(2028, 1, 29, 23))).to.equal(true);
    expect(isOpen('2028-02-29', new Date(2028, 2, 1))).to.equal(false);
  });
});
