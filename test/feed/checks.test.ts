import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { LINK_SCHEMES, WEB_SCHEMES, hasScheme, isKnownRegion, isLanguageTag } from '../../src/feed/checks.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const allPairs = [...ALPHABET].flatMap((a) => [...ALPHABET].map((b) => a + b));

describe('isKnownRegion', () => {
  it('accepts ISO 3166-1 alpha-2 codes in any case', () => {
    for (const code of ['DE', 'de', 'De', 'FR', 'US', 'GB', 'CA', 'EG', 'CH', 'AQ', 'XK']) {
      expect(isKnownRegion(code), code).to.equal(true);
    }
  });

  it('refuses codes that are not two letters', () => {
    for (const code of ['', 'D', 'DEU', '276', 'D1', 'D-', ' DE', 'DE ', 'É1', 'ÄB']) {
      expect(isKnownRegion(code), code).to.equal(false);
    }
  });

  it('refuses unassigned codes', () => {
    for (const code of ['AA', 'QQ', 'XX', 'ZY', 'OO']) expect(isKnownRegion(code), code).to.equal(false);
  });

  it('refuses what Intl names but is no country: groupings, unknown, pseudo-locales, reserved territories', () => {
    for (const code of ['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']) {
      expect(isKnownRegion(code), code).to.equal(false);
    }
  });

  it('refuses deprecated codes that Intl maps to a current one, so no country is listed twice', () => {
    for (const code of ['UK', 'uk', 'SU', 'DD', 'YU', 'ZR', 'BU', 'TP', 'AN', 'CS', 'FX']) {
      expect(isKnownRegion(code), code).to.equal(false);
    }
  });

  it('accepts 250 codes (the 249 of ISO 3166-1 and XK), each named and its own canonical form', () => {
    const accepted = allPairs.filter(isKnownRegion);
    expect(accepted.length).to.equal(250);
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const seen = new Map<string, string>();
    for (const code of accepted) {
      const name = names.of(code)!;
      expect(name, code).to.not.equal(code);
      expect(seen.get(name), `${code} and ${seen.get(name)} are both ${name}`).to.equal(undefined);
      seen.set(name, code);
    }
  });

  it('answers the same for a code in upper and lower case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPairs), (code) => {
        expect(isKnownRegion(code.toLowerCase())).to.equal(isKnownRegion(code));
      }),
    );
  });
});

describe('isLanguageTag', () => {
  it('accepts well-formed BCP 47 tags', () => {
    for (const tag of ['en', 'fr-CA', 'zh-Hant-TW', 'es-419', 'de-CH-1996', 'EN-us', 'sr-Latn']) {
      expect(isLanguageTag(tag), tag).to.equal(true);
    }
  });

  it('refuses malformed tags', () => {
    for (const tag of ['', 'e', 'en_US', 'en-', '-en', 'en--US', 'english language', 'en-US-toolongsubtag', '123']) {
      expect(isLanguageTag(tag), tag).to.equal(false);
    }
  });
});

describe('hasScheme', () => {
  it('checks the scheme of an absolute URL, in any case', () => {
    expect(hasScheme('https://jobs.example', WEB_SCHEMES)).to.equal(true);
    expect(hasScheme('HTTP://jobs.example', WEB_SCHEMES)).to.equal(true);
    expect(hasScheme('mailto:jobs@example.com', WEB_SCHEMES)).to.equal(false);
    expect(hasScheme('mailto:jobs@example.com', LINK_SCHEMES)).to.equal(true);
    expect(hasScheme('javascript:alert(1)', LINK_SCHEMES)).to.equal(false);
    expect(hasScheme('ftp://files.example', LINK_SCHEMES)).to.equal(false);
  });

  it('is false for relative or unparseable URLs', () => {
    expect(hasScheme('/jobs', LINK_SCHEMES)).to.equal(false);
    expect(hasScheme('https://', LINK_SCHEMES)).to.equal(false);
    expect(hasScheme('', LINK_SCHEMES)).to.equal(false);
  });

  it('is true only for the listed schemes', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (hasScheme(s, WEB_SCHEMES)) expect(['http:', 'https:']).to.include(new URL(s).protocol);
        if (hasScheme(s, LINK_SCHEMES)) expect(['http:', 'https:', 'mailto:']).to.include(new URL(s).protocol);
        expect(hasScheme(s, [])).to.equal(false);
      }),
    );
  });
});
