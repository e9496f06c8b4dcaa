import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  addLocation,
  asArray,
  asRecord,
  cleanText,
  compactLocation,
  countUnresolved,
  definedOnly,
  isRecord,
  mapEmploymentType,
  mapSalary,
  mapSalaryPeriod,
  mapWorkplace,
  placeLocations,
  toAmount,
  postedDate,
  toFeedDate,
  toId,
  toLanguage,
  toWebUrl,
  workplaceFromText,
} from '../../../src/feed/adapters/common.js';
import { decodeEntities, htmlListItems, htmlToText } from '../../../src/feed/adapters/html.js';
import type { FeedLocation } from '../../../src/feed/schema.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text escaped for HTML: the five markup characters as character references. */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** The same date rule as `postingSchema.datePosted`. */
const feedDate = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

describe('mapEmploymentType', () => {
  const table: [unknown, string | undefined][] = [
    ['FullTime', 'full-time'],
    ['FULL_TIME', 'full-time'],
    ['Full-time', 'full-time'],
    ['full_time', 'full-time'],
    ['fulltime', 'full-time'],
    ['Full Time - Permanent', 'full-time'],
    ['fulltime_permanent', 'full-time'],
    ['permanent', 'full-time'],
    ['PartTime', 'part-time'],
    ['part-time', 'part-time'],
    ['parttime_permanent', 'part-time'],
    ['working_student', 'part-time'],
    ['Werkstudent', 'part-time'],
    ['Contract', 'contract'],
    ['contractor', 'contract'],
    ['freelance', 'contract'],
    ['Temporary', 'temporary'],
    ['temp', 'temporary'],
    ['fulltime_fixed_term', 'temporary'],
    ['Intern', 'internship'],
    ['Internship', 'internship'],
    ['trainee', 'internship'],
    ['apprenticeship', 'internship'],
    ['Volunteer', 'volunteer'],
    ['Other', 'other'],
    ['PER_DIEM', 'other'],
    [['UNKNOWN', 'PART_TIME'], 'part-time'],
    ['WorkingStudent', 'part-time'],
    ['Minijob', 'part-time'],
    ['FixedTerm', 'temporary'],
    ['PerDiem', 'other'],
    ['Vollzeit', 'full-time'],
    ['Teilzeit', 'part-time'],
    ['Befristet', 'temporary'],
    ['Bénévole', 'volunteer'],
    // Free text seen in Lever commitments and Recruitee/Personio/Workable exports.
    ['Fixed Term', 'temporary'],
    ['Fixed Term (12 months)', 'temporary'],
    ['Full-time, fixed term', 'temporary'],
    ['6 month contract', 'temporary'],
    ['Short Term', 'temporary'],
    ['Maternity cover', 'temporary'],
    ['CDD', 'temporary'],
    ['Contract (6 months)', 'contract'],
    ['Contract to hire', 'contract'],
    ['Part time - 20 hours', 'part-time'],
    ['Part-time (permanent)', 'part-time'],
    ['Student job', 'part-time'],
    ['Werkstudent (befristet)', 'part-time'],
    ['Internship (6 months)', 'internship'],
    ['Graduate Programme', 'internship'],
    ['Alternance', 'internship'],
    ['Full-time employee', 'full-time'],
    ['CDI', 'full-time'],
    ['Temps plein', 'full-time'],
    ['Attempt', undefined],
    ['Gig', undefined],
    ['Contemporary art', undefined],
    ['Another', undefined],
    ['', undefined],
    [42, undefined],
    [null, undefined],
  ];
  for (const [raw, expected] of table) {
    it(`${JSON.stringify(raw)} → ${expected}`, () => {
      expect(mapEmploymentType(raw)).to.equal(expected);
    });
  }
});

describe('mapWorkplace', () => {
  const table: [unknown, string | undefined][] = [
    ['on-site', 'onsite'],
    ['onsite', 'onsite'],
    ['On-site', 'onsite'],
    ['OnSite', 'onsite'],
    ['in_office', 'onsite'],
    ['office', 'onsite'],
    ['hybrid', 'hybrid'],
    ['HYBRID', 'hybrid'],
    ['remote', 'remote'],
    ['Remote', 'remote'],
    ['TELECOMMUTE', 'remote'],
    ['fully remote', 'remote'],
    ['unspecified', undefined],
    ['', undefined],
    [true, undefined],
  ];
  for (const [raw, expected] of table) {
    it(`${JSON.stringify(raw)} → ${expected}`, () => {
      expect(mapWorkplace(raw)).to.equal(expected);
    });
  }

  it('reads workplace words in location text', () => {
    expect(workplaceFromText('Remote - US')).to.equal('remote');
    expect(workplaceFromText('Paris, France (Hybrid)')).to.equal('hybrid');
    expect(workplaceFromText('Remote/Hybrid - Berlin')).to.equal('hybrid');
    expect(workplaceFromText('Berlin (On-site)')).to.equal('onsite');
    expect(workplaceFromText('Remoteville, TX')).to.equal(undefined);
    expect(workplaceFromText('Berlin')).to.equal(undefined);
    expect(workplaceFromText(undefined)).to.equal(undefined);
  });
});

describe('toFeedDate', () => {
  const table: [unknown, string | undefined][] = [
    [1786440600000, '2026-08-11T09:30:00Z'],
    [1788271512345, '2026-09-01T14:05:12.345Z'],
    ['1786440600000', '2026-08-11T09:30:00Z'],
    [1786440600, '2026-08-11T09:30:00Z'],
    ['2026-09-18 13:27:28 UTC', '2026-09-18T13:27:28Z'],
    ['2026-09-18', '2026-09-18'],
    ['2026-09-18T13:27:28Z', '2026-09-18T13:27:28Z'],
    ['2026-09-18T13:27:28-04:00', '2026-09-18T17:27:28Z'],
    ['2026-09-18T13:27:28.511+00:00', '2026-09-18T13:27:28.511Z'],
    ['2026-09-18T13:27:28.123456Z', '2026-09-18T13:27:28.123Z'],
    ['2026-09-18T01:00:00+0530', '2026-09-17T19:30:00Z'],
    ['2026-09-18T13:27:28', '2026-09-18T13:27:28Z'],
    ['2026-09-18T13:27', '2026-09-18T13:27:00Z'],
    [new Date(Date.UTC(2026, 0, 2, 3, 4, 5)), '2026-01-02T03:04:05Z'],
    ['2026-02-30', undefined],
    ['2026-09-18T25:00:00Z', undefined],
    ['last tuesday', undefined],
    ['18/09/2026', undefined],
    ['', undefined],
    [-5, undefined],
    [Number.NaN, undefined],
    [null, undefined],
  ];
  for (const [raw, expected] of table) {
    it(`${raw instanceof Date ? raw.toISOString() : JSON.stringify(raw)} → ${expected}`, () => {
      expect(toFeedDate(raw)).to.equal(expected);
    });
  }

  it('keeps the instant of any ISO datetime with any offset, in a form the schema accepts (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1975-01-01T00:00:00Z'), max: new Date('9998-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const result = toFeedDate(`${local}${zone}`);
          expect(result).to.be.a('string');
          expect(feedDate.safeParse(result).success, result).to.equal(true);
          expect(Date.parse(result!)).to.equal(date.getTime());
          expect(toFeedDate(date.getTime())).to.equal(result);
        },
      ),
    );
  });

  it('returns undefined or a schema-valid date for any string (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/)), (raw) => {
        const result = toFeedDate(raw);
        expect(result === undefined || feedDate.safeParse(result).success, `${raw} → ${result}`).to.equal(true);
      }),
    );
  });
});

describe('postedDate', () => {
  it('takes the first readable date, in order', () => {
    expect(postedDate('2026-09-14', '2026-09-10')).to.equal('2026-09-14');
    expect(postedDate(undefined, '2026-09-10')).to.equal('2026-09-10');
    expect(postedDate('soon', '2026-09-10T08:00:00+02:00')).to.equal('2026-09-10T06:00:00Z');
  });

  it('gives back an unreadable value as written, for validation to drop and report', () => {
    expect(postedDate(' last tuesday ', null)).to.equal('last tuesday');
    expect(postedDate(null, 'noch offen')).to.equal('noch offen');
    expect(postedDate(Number.NaN)).to.equal('NaN');
  });

  it('gives undefined when there is no date at all: the posting is undated, never given a made-up date', () => {
    expect(postedDate()).to.equal(undefined);
    expect(postedDate(undefined, null, '  ', {}, [])).to.equal(undefined);
  });
});

describe('text helpers', () => {
  it('decodeEntities decodes named, numeric and legacy references', () => {
    expect(decodeEntities('&lt;p&gt;R&amp;amp;D &eacute;t&#233; &#x2014; &nbsp;x&lt;/p&gt;')).to.equal(
      '<p>R&amp;D été — \u00a0x</p>',
    );
  });

  it('cleanText trims, collapses whitespace and rejects empties', () => {
    expect(cleanText('  Senior\n\t Engineer  ')).to.equal('Senior Engineer');
    expect(cleanText('   ')).to.equal(undefined);
    expect(cleanText(12)).to.equal('12');
    expect(cleanText(Number.POSITIVE_INFINITY)).to.equal(undefined);
    expect(cleanText({})).to.equal(undefined);
  });

  it('toId turns integers and strings into ids', () => {
    expect(toId(4801234005)).to.equal('4801234005');
    expect(toId(' abc ')).to.equal('abc');
    expect(toId('')).to.equal(undefined);
    expect(toId(1.5)).to.equal(undefined);
    expect(toId(null)).to.equal(undefined);
  });

  it('toWebUrl keeps http(s) URLs only', () => {
    expect(toWebUrl(' https://jobs.example.com/1 ')).to.equal('https://jobs.example.com/1');
    expect(toWebUrl('http://jobs.example.com')).to.equal('http://jobs.example.com');
    expect(toWebUrl('javascript:alert(1)')).to.equal(undefined);
    expect(toWebUrl('mailto:jobs@example.com')).to.equal(undefined);
    expect(toWebUrl('/jobs/1')).to.equal(undefined);
    expect(toWebUrl('https://exa mple.com')).to.equal(undefined);
    expect(toWebUrl(null)).to.equal(undefined);
  });

  it('toLanguage accepts BCP 47 tags and underscores', () => {
    expect(toLanguage('en')).to.equal('en');
    expect(toLanguage('pt_BR')).to.equal('pt-BR');
    expect(toLanguage('de-DE')).to.equal('de-DE');
    expect(toLanguage('english')).to.equal(undefined);
    expect(toLanguage('')).to.equal(undefined);
    expect(toLanguage(7)).to.equal(undefined);
  });

  it('htmlToText strips tags without gluing block text together', () => {
    expect(htmlToText('<p>One</p><p>Two <b>bold</b>ly &amp; <i>on</i></p><br/>Three')).to.equal('One Two boldly & on Three');
    expect(htmlToText('<!-- x --><style>p{}</style><script>alert(1)</script>Hi')).to.equal('Hi');
    expect(htmlToText('<p> </p>')).to.equal(undefined);
    expect(htmlToText(undefined)).to.equal(undefined);
  });

  it('htmlListItems returns the text of each <li>', () => {
    expect(htmlListItems('<li>Go &amp; Rust</li><li class="x">Lead <b>design</b></li>')).to.deep.equal([
      'Go & Rust',
      'Lead design',
    ]);
    expect(htmlListItems('<ul><li>A<ul><li>A.1</li></ul></li><li>B</li></ul>')).to.deep.equal(['A', 'A.1', 'B']);
    expect(htmlListItems('<li>Unclosed one<li>Unclosed two')).to.deep.equal(['Unclosed one', 'Unclosed two']);
    expect(htmlListItems('<li> </li><li>Kept</li>')).to.deep.equal(['Kept']);
    expect(htmlListItems('<p>No list here</p>')).to.deep.equal(['No list here']);
    expect(htmlListItems('')).to.deep.equal([]);
    expect(htmlListItems(null)).to.deep.equal([]);
  });

  it('htmlListItems round-trips escaped list items (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (items) => {
        const html = `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
        const expected = items.map((item) => cleanText(item)).filter((item) => item !== undefined);
        expect(htmlListItems(html)).to.deep.equal(expected);
      }),
    );
  });
});

describe('salary helpers', () => {
  it('toAmount reads numbers and plain numeric strings', () => {
    expect(toAmount(50000)).to.equal(50000);
    expect(toAmount('50000')).to.equal(50000);
    expect(toAmount('50,000')).to.equal(50000);
    expect(toAmount('1,250,000.50')).to.equal(1250000.5);
    expect(toAmount('50.5')).to.equal(50.5);
    expect(toAmount('50.000,00')).to.equal(undefined);
    expect(toAmount('5,00')).to.equal(undefined);
    expect(toAmount('-1')).to.equal(undefined);
    expect(toAmount(-1)).to.equal(undefined);
    expect(toAmount('')).to.equal(undefined);
  });

  it('mapSalaryPeriod reads the vendors’ intervals', () => {
    expect(mapSalaryPeriod('per-year-salary')).to.equal('year');
    expect(mapSalaryPeriod('1 YEAR')).to.equal('year');
    expect(mapSalaryPeriod('annual')).to.equal('year');
    expect(mapSalaryPeriod('per-month-salary')).to.equal('month');
    expect(mapSalaryPeriod('WEEKLY')).to.equal('week');
    expect(mapSalaryPeriod('per-day-wage')).to.equal('day');
    expect(mapSalaryPeriod('daily')).to.equal('day');
    expect(mapSalaryPeriod('per-hour-wage')).to.equal('hour');
    expect(mapSalaryPeriod('1 HOUR')).to.equal('hour');
    expect(mapSalaryPeriod('one-time')).to.equal(undefined);
    expect(mapSalaryPeriod(undefined)).to.equal(undefined);
  });

  it('mapSalary builds a valid salary or none', () => {
    expect(mapSalary({ currency: 'usd', min: '50000', max: 70000, period: 'per-year-salary' })).to.deep.equal({
      currency: 'USD',
      min: 50000,
      max: 70000,
      period: 'year',
    });
    expect(mapSalary({ currency: 'EUR', max: 15 })).to.deep.equal({ currency: 'EUR', max: 15 });
    expect(mapSalary({ currency: 'EUR', min: 90, max: 10 })).to.equal(undefined);
    expect(mapSalary({ currency: 'EUR' })).to.equal(undefined);
    expect(mapSalary({ currency: '€', min: 10 })).to.equal(undefined);
    expect(mapSalary({ currency: null, min: 10 })).to.equal(undefined);
  });
});

describe('location and object helpers', () => {
  it('addLocation skips equal locations, ignoring case', () => {
    const list: FeedLocation[] = [{ city: 'Madrid', country: 'ES' }];
    addLocation(list, { city: 'madrid', country: 'ES' });
    addLocation(list, { city: 'Valencia', country: 'ES' });
    addLocation(list, { city: 'Madrid', country: 'MX' });
    expect(list).to.deep.equal([
      { city: 'Madrid', country: 'ES' },
      { city: 'Valencia', country: 'ES' },
      { city: 'Madrid', country: 'MX' },
    ]);
  });

  it('compactLocation drops undefined fields and empty locations', () => {
    expect(compactLocation({ city: 'Berlin', region: undefined, country: 'DE' })).to.deep.equal({
      city: 'Berlin',
      country: 'DE',
    });
    expect(compactLocation({})).to.equal(undefined);
  });

  it('placeLocations moves country-only places of a remote posting to remoteCountries', () => {
    const locations = [{ country: 'US' }, { city: 'Toronto', country: 'CA' }, { country: 'US' }, { country: 'MX' }];
    expect(placeLocations(locations, 'remote')).to.deep.equal({
      locations: [{ city: 'Toronto', country: 'CA' }],
      remoteCountries: ['US', 'MX'],
    });
    expect(placeLocations(locations, 'hybrid')).to.deep.equal({ locations });
    expect(placeLocations([{ city: 'Rome', country: 'IT' }], 'remote')).to.deep.equal({
      locations: [{ city: 'Rome', country: 'IT' }],
    });
  });

  it('countUnresolved counts locations without a country', () => {
    expect(countUnresolved([{ city: 'Dublin' }, { country: 'IE' }, { region: 'ON' }])).to.equal(2);
  });

  it('definedOnly, isRecord, asArray and asRecord', () => {
    expect(definedOnly({ a: 1, b: undefined, c: '' })).to.deep.equal({ a: 1, c: '' });
    expect(Object.keys(definedOnly({ a: undefined }))).to.deep.equal([]);
    expect(isRecord({})).to.equal(true);
    expect(isRecord([])).to.equal(false);
    expect(isRecord(null)).to.equal(false);
    expect(asArray('x')).to.deep.equal([]);
    expect(asArray([1])).to.deep.equal([1]);
    expect(asRecord(null)).to.deep.equal({});
  });
});
