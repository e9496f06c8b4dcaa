import { expect } from '@open-wc/testing';
import { memoized } from '../../src/model/memo.js';

describe('memoized', () => {
  it('asks once per key and keeps the answer', () => {
    const asked: string[] = [];
    const length = memoized((key) => {
      asked.push(key);
      return key.length;
    });
    expect([length('abc'), length('abc'), length('de'), length('abc')]).to.deep.equal([3, 3, 2, 3]);
    expect(asked).to.deep.equal(['abc', 'de']);
  });

  it('keys by text without touching Object.prototype', () => {
    const upper = memoized((key) => key.toUpperCase());
    expect(upper('__proto__')).to.equal('__PROTO__');
    expect(upper('constructor')).to.equal('CONSTRUCTOR');
    expect(({} as Record<string, unknown>)['__PROTO__']).to.equal(undefined);
  });

  it('starts afresh past 1,000 answers, so odd keys cannot grow it without end', () => {
    let asked = 0;
    const same = memoized((key) => {
      asked += 1;
      return key;
    });
    for (let i = 0; i < 1000; i++) same(`k${i}`);
    same('k0');
    expect(asked).to.equal(1000);
    same('k1000'); // the 1,001st answer empties the cache
    same('k0');
    expect(asked).to.equal(1002);
  });

  it('does not keep a thrown error: the next call asks again', () => {
    let calls = 0;
    const risky = memoized((key) => {
      calls += 1;
      if (calls === 1) throw new RangeError(key);
      return key;
    });
    expect(() => risky('x')).to.throw(RangeError);
    expect(risky('x')).to.equal('x');
  });
});
