import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { canonicalTag, primaryLanguage } from '../../src/model/language.js';

describe('primaryLanguage', () => {
  it('returns the lower-case primary subtag', () => {
    expect(primaryLanguage('fr-CA')).to.equal('fr');
    expect(primaryLanguage('FR')).to.equal('fr');
    expect(primaryLanguage('zh-Hant-TW')).to.equal('zh');
    expect(primaryLanguage('de_CH')).to.equal('de');
    expect(primaryLanguage('all')).to.equal('all');
  });

  it('is idempotent and never contains a separator', () => {
    fc.assert(
      fc.property(fc.string(), (tag) => {
        const p = primaryLanguage(tag);
        expect(primaryLanguage(p)).to.equal(p);
        expect(p).to.not.match(/[-_]/u);
        expect(p).to.equal(p.toLowerCase());
      }),
    );
  });
});

describe('canonicalTag', () => {
  it('canonicalizes case and subtag order', () => {
    expect(canonicalTag('en-us')).to.equal('en-US');
    expect(canonicalTag('FR-ca')).to.equal('fr-CA');
    expect(canonicalTag('zh-hant-tw')).to.equal('zh-Hant-TW');
  });

  it('replaces deprecated language subtags', () => {
    expect(canonicalTag('iw')).to.equal('he');
    expect(canonicalTag('in-ID')).to.equal('id-ID');
  });

  it('returns a malformed tag unchanged', () => {
    expect(canonicalTag('not a tag')).to.equal('not a tag');
    expect(canonicalTag('')).to.equal('');
    expect(canonicalTag('en_US')).to.equal('en_US');
  });
});
