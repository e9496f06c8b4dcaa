import { expect } from '@open-wc/testing';
import { parseNow, systemClock } from '../../src/model/clock.js';

describe('clock', () => {
  it('systemClock reads the wall clock, a fresh Date each call', () => {
    const before = Date.now();
    const a = systemClock();
    const b = systemClock();
    expect(a.getTime()).to.be.within(before, Date.now());
    expect(a).to.not.equal(b);
  });

  it('parseNow reads ISO dates (local midnight) and date-times', () => {
    const day = parseNow('2026-11-15')!;
    expect([day.getFullYear(), day.getMonth(), day.getDate(), day.getHours()]).to.deep.equal([2026, 10, 15, 0]);
    expect(parseNow('2026-11-15T08:30:00Z')!.toISOString()).to.equal('2026-11-15T08:30:00.000Z');
    expect(parseNow(' 2026-11-15 08:30:00+01:00 ')!.toISOString()).to.equal('2026-11-15T07:30:00.000Z');
  });

  it('parseNow gives undefined for empty, partial or impossible dates', () => {
    for (const text of [null, undefined, '', '  ', 'tomorrow', '2026-11', '15/11/2026', '2026-13-01', '2026-11-15Tnoon']) {
      expect(parseNow(text), String(text)).to.equal(undefined);
    }
  });
});
