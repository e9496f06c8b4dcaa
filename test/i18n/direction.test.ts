import { expect } from '@open-wc/testing';
import { RIGHT_TO_LEFT, textDirection } from '../../src/i18n/direction.js';

describe('textDirection', () => {
  it('Arabic, Hebrew, Persian and Urdu, with or without a region, read right to left (Intl.Locale text info)', () => {
    expect(typeof (new Intl.Locale('ar') as Intl.Locale & { getTextInfo?: unknown }).getTextInfo).to.equal('function');
    for (const tag of ['ar', 'ar-EG', 'he', 'he-IL', 'fa', 'ur-PK']) expect(textDirection(tag), tag).to.equal('rtl');
  });

  it('other languages, and a tag in another script, read left to right', () => {
    for (const tag of ['en', 'fr-CA', 'de', 'ja', 'zh-Hans', 'az-Latn']) expect(textDirection(tag), tag).to.equal('ltr');
  });

  it('a malformed tag reads left to right and never throws', () => {
    for (const tag of ['', '@@', 'en_US', 'x'.repeat(300)]) expect(textDirection(tag), tag).to.equal('ltr');
  });

  describe('where Intl.Locale has no text info (Firefox)', () => {
    const proto = Intl.Locale.prototype as Intl.Locale & { getTextInfo?: unknown };
    const own = Object.getOwnPropertyDescriptor(proto, 'getTextInfo');
    before(() => {
      if (own) delete (proto as { getTextInfo?: unknown }).getTextInfo;
    });
    after(() => {
      if (own) Object.defineProperty(proto, 'getTextInfo', own);
    });

    it('the list of right-to-left languages decides (tags not seen before: no cache)', () => {
      expect(typeof proto.getTextInfo).to.equal('undefined');
      expect(textDirection('ckb-IQ')).to.equal('rtl');
      expect(textDirection('yi-001')).to.equal('rtl');
      expect(textDirection('pt-BR')).to.equal('ltr');
      expect(RIGHT_TO_LEFT).to.include.members(['ar', 'he', 'fa', 'ur']);
    });
  });
});
