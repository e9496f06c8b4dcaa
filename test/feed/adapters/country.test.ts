import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countryFromLocationText, countryNameSteps, resolveCountry, splitLocationText } from '../../../src/feed/adapters/country.js';
import { isKnownRegion } from '../../../src/feed/checks.js';

/** Groupings, unknown, pseudo-locales and exceptionally reserved codes. */
const NOT_COUNTRIES = ['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA'];
const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
/** Every two-letter code the running engine names. */
const named = LETTERS.flatMap((a) => LETTERS.map((b) => a + b)).filter((code) => english.of(code) !== undefined);
/** …of which the current (canonical) country codes. */
const codes = named.filter(
  (code) => !NOT_COUNTRIES.includes(code) && new Intl.Locale('und', { region: code }).region === code,
);

function displayName(language: string, code: string): string | undefined {
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'none' }).of(code);
}

// First in this file: the page's name table is not built yet.
describe('country name table', () => {
  it('is built in steps (one yield per name lookup), once per page', () => {
    const steps = [...countryNameSteps()];
    expect(steps.length).to.be.greaterThan(1000);
    expect(resolveCountry('Deutschland')).to.equal('DE');
    expect([...countryNameSteps()], 'built: nothing left to do').to.have.length(0);
  });
});

describe('country codes', () => {
  it('covers the current countries Intl names', () => {
    expect(codes.length).to.be.within(240, 260);
    for (const code of ['DE', 'US', 'GB', 'FR', 'JP', 'BR', 'XK', 'CW', 'SS']) expect(codes).to.include(code);
    for (const code of codes) expect(isKnownRegion(code), code).to.equal(true);
  });

  it('rejects groupings, reserved codes and deprecated codes (except UK → GB)', () => {
    const rejected = named.filter((code) => !codes.includes(code));
    expect(rejected).to.include.members(['EU', 'UN', 'ZZ', 'DD', 'SU', 'YU', 'IC']);
    for (const code of rejected) {
      expect(resolveCountry(code), code).to.equal(code === 'UK' ? 'GB' : undefined);
    }
  });
});

describe('resolveCountry', () => {
  it('accepts ISO codes in any case', () => {
    expect(resolveCountry('de')).to.equal('DE');
    expect(resolveCountry('DE')).to.equal('DE');
    expect(resolveCountry(' fr ')).to.equal('FR');
    expect(resolveCountry('uk')).to.equal('GB');
  });

  it('round-trips every code Intl names', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.boolean(), (code, lower) => {
        expect(resolveCountry(lower ? code.toLowerCase() : code)).to.equal(code);
      }),
      { numRuns: 500 },
    );
  });

  for (const language of ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt']) {
    it(`resolves every Intl country name in "${language}"`, () => {
      const misses = codes.filter((code) => {
        const name = displayName(language, code);
        return name !== undefined && resolveCountry(name) !== code;
      });
      expect(misses).to.deep.equal([]);
    });
  }

  it('ignores case and diacritics in names (property)', () => {
    const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom('en', 'fr', 'de', 'es'),
        fc.constantFrom<(s: string) => string>((s) => s.toUpperCase(), (s) => s.toLowerCase(), strip, (s) => ` ${s} `),
        (code, language, transform) => {
          const name = displayName(language, code)!;
          expect(resolveCountry(transform(name)), `${language} ${name}`).to.equal(code);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('resolves names in other languages and endonyms', () => {
    expect(resolveCountry('Deutschland')).to.equal('DE');
    expect(resolveCountry('ESPAÑA')).to.equal('ES');
    expect(resolveCountry('espana')).to.equal('ES');
    expect(resolveCountry('Allemagne')).to.equal('DE');
    expect(resolveCountry('Países Bajos')).to.equal('NL');
    expect(resolveCountry('Svizzera')).to.equal('CH');
    expect(resolveCountry('Sverige')).to.equal('SE');
    expect(resolveCountry('Polska')).to.equal('PL');
    expect(resolveCountry('the Netherlands')).to.equal('NL');
    expect(resolveCountry("Cote d'Ivoire")).to.equal('CI');
    expect(resolveCountry('Bosnia and Herzegovina')).to.equal('BA');
    expect(resolveCountry('Saint Lucia')).to.equal('LC');
  });

  it('resolves the common aliases Intl does not produce', () => {
    const aliases: Record<string, string> = {
      USA: 'US',
      'U.S.': 'US',
      'U.S.A.': 'US',
      'United States of America': 'US',
      US: 'US',
      UK: 'GB',
      'U.K.': 'GB',
      'Great Britain': 'GB',
      England: 'GB',
      Scotland: 'GB',
      Wales: 'GB',
      'Northern Ireland': 'GB',
      Holland: 'NL',
      'South Korea': 'KR',
      Korea: 'KR',
      Russia: 'RU',
      'Russian Federation': 'RU',
      'Czech Republic': 'CZ',
      Turkey: 'TR',
      Türkiye: 'TR',
      UAE: 'AE',
      'Ivory Coast': 'CI',
      Macedonia: 'MK',
      'Viet Nam': 'VN',
      'Hong Kong': 'HK',
      'Korea, Republic of': 'KR',
    };
    for (const [alias, code] of Object.entries(aliases)) expect(resolveCountry(alias), alias).to.equal(code);
  });

  it('gives undefined for groupings, workplace words and unknown values', () => {
    for (const value of ['EU', 'Europe', 'European Union', 'EMEA', 'Remote', 'Worldwide', 'Anywhere', 'APAC', 'Narnia', 'ZZ', 'XX', '', '  ', 'Kongo']) {
      expect(resolveCountry(value), value).to.equal(undefined);
    }
    expect(resolveCountry(null)).to.equal(undefined);
    expect(resolveCountry(undefined)).to.equal(undefined);
  });

  it('never throws and only returns codes the schema accepts (property)', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const code = resolveCountry(value);
        expect(code === undefined || isKnownRegion(code)).to.equal(true);
      }),
    );
  });
});

describe('countryFromLocationText', () => {
  const cases: [string, string | undefined][] = [
    ['Toronto, ON, CA', 'CA'],
    ['London, England, United Kingdom', 'GB'],
    ['Remote - US', 'US'],
    ['Remote (US)', 'US'],
    ['Remote-US', 'US'],
    ['Hybrid - Berlin, Germany', 'DE'],
    ['Paris, France (Hybrid)', 'FR'],
    ['Berlin | Germany', 'DE'],
    ['Amsterdam / Netherlands', 'NL'],
    ['New York, NY, United States', 'US'],
    ['München, Bayern, Deutschland', 'DE'],
    ['Barcelona, Catalonia, ES', 'ES'],
    ['DE', 'DE'],
    ['Germany', 'DE'],
    ['Remote', undefined],
    ['Hybrid - London', undefined],
    ['San Francisco, CA', undefined],
    ['Portland, OR', undefined],
    ['Lebanon, NH', undefined],
    ['Atlanta, Georgia', undefined],
    ['Remote, EMEA', undefined],
    ['', undefined],
  ];
  for (const [text, expected] of cases) {
    it(`"${text}" → ${expected}`, () => {
      expect(countryFromLocationText(text)).to.equal(expected);
    });
  }

  it('reads a final two-letter segment as a code after two segments, never after one (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes.filter((c) => c !== 'US')), fc.constantFrom('Springfield', 'Riverside', 'Salem'), (code, city) => {
        expect(countryFromLocationText(`${city}, Region, ${code}`)).to.equal(code);
        expect(countryFromLocationText(`${city}, ${code}`)).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the English name of every country after a city (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes.filter((c) => c !== 'GE')), (code) => {
        expect(countryFromLocationText(`Springfield, ${displayName('en', code)}`)).to.equal(code);
      }),
      { numRuns: 300 },
    );
  });

  it('handles null and undefined', () => {
    expect(countryFromLocationText(null)).to.equal(undefined);
    expect(countryFromLocationText(undefined)).to.equal(undefined);
  });
});

describe('splitLocationText', () => {
  it('splits city, region and country', () => {
    expect(splitLocationText('Toronto, ON, CA')).to.deep.equal({ city: 'Toronto', region: 'ON', country: 'CA' });
    expect(splitLocationText('London, England, United Kingdom')).to.deep.equal({
      city: 'London',
      region: 'England',
      country: 'GB',
    });
    expect(splitLocationText('San Francisco, CA')).to.deep.equal({ city: 'San Francisco', region: 'CA' });
  });

  it('drops workplace words and never takes the country as the city', () => {
    expect(splitLocationText('Hybrid - Berlin, Germany')).to.deep.equal({ city: 'Berlin', country: 'DE' });
    expect(splitLocationText('Paris, France (Hybrid)')).to.deep.equal({ city: 'Paris', country: 'FR' });
    expect(splitLocationText('Remote - US')).to.deep.equal({ country: 'US' });
    expect(splitLocationText('Germany')).to.deep.equal({ country: 'DE' });
    expect(splitLocationText('Hybrid - London')).to.deep.equal({ city: 'London' });
    expect(splitLocationText('On-site (Madrid)')).to.deep.equal({ city: 'Madrid' });
    expect(splitLocationText('Remote')).to.deep.equal({});
    expect(splitLocationText(undefined)).to.deep.equal({});
  });

  it('keeps an area larger than a country as the region when nothing else places the posting', () => {
    expect(splitLocationText('EMEA')).to.deep.equal({ region: 'EMEA' });
    expect(splitLocationText('Remote - EMEA')).to.deep.equal({ region: 'EMEA' });
    expect(splitLocationText('Remote (North America)')).to.deep.equal({ region: 'North America' });
    expect(splitLocationText('DACH / Remote')).to.deep.equal({ region: 'DACH' });
    // A country or a city wins over the area.
    expect(splitLocationText('London, UK (EMEA)')).to.deep.equal({ city: 'London', country: 'GB' });
    expect(splitLocationText('Remote - Germany, Europe')).to.deep.equal({ country: 'DE' });
    expect(splitLocationText('Berlin (EMEA)')).to.deep.equal({ city: 'Berlin' });
    expect(splitLocationText(undefined)).to.deep.equal({});
  });
});
