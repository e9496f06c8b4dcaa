import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { jobPostingData, sectionsHtml, serializeJsonLd } from '../../src/detail/structured-data.js';
import { EMPLOYMENT_TYPES, SALARY_PERIODS } from '../../src/feed/values.js';
import type { FeedOrganization } from '../../src/feed/schema.js';
import { normalizePosting } from '../../src/model/normalize.js';
import { normalized, posting, rawPostingArb } from '../support/postings.js';

const acme: FeedOrganization = { name: 'Acme GmbH', url: 'https://acme.example', logo: 'https://acme.example/logo.png' };

/** A full, realistic onsite posting as a feed would carry it. */
const berlin = normalized({
  id: 'be-2',
  title: 'Senior Backend Engineer (m/w/d)',
  language: 'de-de',
  url: 'https://jobs.acme.example/be-2',
  applyUrl: 'https://ats.example/apply?job=be-2',
  locations: [{ city: 'Berlin', region: 'Berlin', country: 'de' }],
  workplace: 'onsite',
  department: 'Engineering',
  employmentType: 'full-time',
  datePosted: '2026-03-01',
  validThrough: '2026-05-31',
  summary: 'Build our payment platform.',
  sections: [{ title: 'Requirements', items: ['Go', 'PostgreSQL'] }],
  salary: { currency: 'eur', min: 70000, max: 90000, period: 'year' },
});

/** Every value in the tree, with its path, for "nothing empty" checks. */
function* leaves(value: unknown, path = '$'): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    yield [path, value];
    for (const [i, v] of value.entries()) yield* leaves(v, `${path}[${i}]`);
  } else if (typeof value === 'object' && value !== null) {
    yield [path, value];
    for (const [k, v] of Object.entries(value)) yield* leaves(v, `${path}.${k}`);
  } else {
    yield [path, value];
  }
}

function expectNothingEmpty(data: unknown): void {
  for (const [path, v] of leaves(data)) {
    expect(v, path).to.not.equal(undefined);
    expect(v, path).to.not.equal(null);
    if (typeof v === 'string') expect(v.trim(), path).to.not.equal('');
    if (Array.isArray(v)) expect(v, path).to.not.be.empty;
    else if (typeof v === 'object' && v !== null) {
      expect(Object.keys(v).filter((k) => k !== '@type'), path).to.not.be.empty;
    }
  }
}

describe('jobPostingData', () => {
  it('maps a realistic onsite posting to a complete JobPosting', () => {
    const data = jobPostingData(berlin, {
      organization: acme,
      description: '<p>Build our payment platform.</p>',
      pageUrl: 'https://acme.example/careers?job-id=be-2',
    });
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Senior Backend Engineer (m/w/d)',
      description: '<p>Build our payment platform.</p>',
      identifier: { '@type': 'PropertyValue', name: 'Acme GmbH', value: 'be-2' },
      datePosted: '2026-03-01',
      validThrough: '2026-05-31',
      employmentType: 'FULL_TIME',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Acme GmbH',
        sameAs: 'https://acme.example',
        logo: 'https://acme.example/logo.png',
      },
      jobLocation: [
        {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressRegion: 'Berlin', addressCountry: 'DE' },
        },
      ],
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 70000, maxValue: 90000, unitText: 'YEAR' },
      },
      directApply: true,
      inLanguage: 'de-DE',
      url: 'https://acme.example/careers?job-id=be-2',
    });
  });

  it("has Google's required and recommended properties", () => {
    const data = jobPostingData(berlin, { organization: acme, description: '<p>x</p>' });
    for (const key of ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation']) {
      expect(data, `required ${key}`).to.have.property(key);
    }
    for (const key of ['baseSalary', 'employmentType', 'validThrough', 'identifier', 'directApply']) {
      expect(data, `recommended ${key}`).to.have.property(key);
    }
  });

  describe('organization', () => {
    it('leaves out hiringOrganization and names the widget in the identifier when the feed names no company', () => {
      const data = jobPostingData(berlin, { description: '<p>x</p>' });
      expect(data).to.not.have.property('hiringOrganization');
      expect(data.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'careers-widget', value: 'be-2' });
    });

    it('leaves out the company URL and logo when the feed has none', () => {
      const data = jobPostingData(berlin, { organization: { name: 'Acme' }, description: '<p>x</p>' });
      expect(data.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Acme' });
    });
  });

  describe('employment type', () => {
    const expected = {
      'full-time': 'FULL_TIME',
      'part-time': 'PART_TIME',
      contract: 'CONTRACTOR',
      temporary: 'TEMPORARY',
      internship: 'INTERN',
      volunteer: 'VOLUNTEER',
      other: 'OTHER',
    } as const;

    for (const type of EMPLOYMENT_TYPES) {
      it(`maps ${type} to ${expected[type]}`, () => {
        const data = jobPostingData(normalized({ employmentType: type }), { description: '<p>x</p>' });
        expect(data.employmentType).to.equal(expected[type]);
      });
    }

    it('is left out when the posting has none', () => {
      expect(jobPostingData(normalized(), { description: '<p>x</p>' })).to.not.have.property('employmentType');
    });
  });

  describe('salary', () => {
    const units = { hour: 'HOUR', day: 'DAY', week: 'WEEK', month: 'MONTH', year: 'YEAR' } as const;

    for (const period of SALARY_PERIODS) {
      it(`writes a ${period} range with unitText ${units[period]}`, () => {
        const p = normalized({ salary: { currency: 'CHF', min: 20, max: 30, period } });
        expect(jobPostingData(p, { description: '<p>x</p>' }).baseSalary).to.deep.equal({
          '@type': 'MonetaryAmount',
          currency: 'CHF',
          value: { '@type': 'QuantitativeValue', minValue: 20, maxValue: 30, unitText: units[period] },
        });
      });
    }

    it('writes a minimum alone as the exact value too', () => {
      const p = normalized({ salary: { currency: 'usd', min: 50000, period: 'year' } });
      expect(jobPostingData(p, { description: '<p>x</p>' }).baseSalary).to.deep.equal({
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', value: 50000, minValue: 50000, unitText: 'YEAR' },
      });
    });

    it('writes a maximum alone as the exact value too, and no unit without a period', () => {
      const p = normalized({ salary: { currency: 'GBP', max: 25 } });
      expect(jobPostingData(p, { description: '<p>x</p>' }).baseSalary).to.deep.equal({
        '@type': 'MonetaryAmount',
        currency: 'GBP',
        value: { '@type': 'QuantitativeValue', value: 25, maxValue: 25 },
      });
    });

    it('keeps a zero amount (an unpaid volunteer role is still a figure)', () => {
      const p = normalized({ salary: { currency: 'EUR', min: 0, max: 0, period: 'hour' } });
      expect(jobPostingData(p, { description: '<p>x</p>' }).baseSalary).to.deep.equal({
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', value: 0, minValue: 0, maxValue: 0, unitText: 'HOUR' },
      });
    });

    it('is left out when the posting has no salary', () => {
      expect(jobPostingData(normalized(), { description: '<p>x</p>' })).to.not.have.property('baseSalary');
    });
  });

  describe('locations', () => {
    it('makes a remote posting a TELECOMMUTE job open to its remote countries', () => {
      const p = normalized({ workplace: 'remote', remoteCountries: ['ie', 'NL'], locations: [] });
      const data = jobPostingData(p, { organization: acme, description: '<p>x</p>' });
      expect(data.jobLocationType).to.equal('TELECOMMUTE');
      expect(data.applicantLocationRequirements).to.deep.equal([
        { '@type': 'Country', name: 'IE' },
        { '@type': 'Country', name: 'NL' },
      ]);
      expect(data).to.not.have.property('jobLocation');
    });

    it('keeps the physical locations of a remote posting that also has an office', () => {
      const p = normalized({ workplace: 'remote', remoteCountries: ['DE'], locations: [{ city: 'Berlin', country: 'DE' }] });
      const data = jobPostingData(p, { description: '<p>x</p>' });
      expect(data.jobLocationType).to.equal('TELECOMMUTE');
      expect(data.applicantLocationRequirements).to.deep.equal([{ '@type': 'Country', name: 'DE' }]);
      expect(data.jobLocation).to.deep.equal([
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } },
      ]);
    });

    it('never makes a hybrid or onsite posting TELECOMMUTE, even with remote countries', () => {
      for (const workplace of ['hybrid', 'onsite', undefined] as const) {
        const p = normalized({ workplace, remoteCountries: ['FR'], locations: [{ city: 'Paris', country: 'FR' }] });
        const data = jobPostingData(p, { description: '<p>x</p>' });
        expect(data, String(workplace)).to.not.have.property('jobLocationType');
        expect(data, String(workplace)).to.not.have.property('applicantLocationRequirements');
        expect(data.jobLocation, String(workplace)).to.have.length(1);
      }
    });

    it('writes one Place per location, in order, and skips locations that name nothing', () => {
      const p = normalized({
        locations: [{ city: 'Montréal', region: 'QC', country: 'ca' }, {}, { country: 'FR' }, { region: 'Bayern' }],
      });
      expect(jobPostingData(p, { description: '<p>x</p>' }).jobLocation).to.deep.equal([
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Montréal', addressRegion: 'QC', addressCountry: 'CA' } },
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'FR' } },
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressRegion: 'Bayern' } },
      ]);
    });
  });

  describe('description', () => {
    it("uses the caller's HTML as given", () => {
      const html = '<p>Hello</p><ul><li>One &amp; two</li></ul>';
      const p = normalized({ summary: 'Ignored', description: '<script>ignored</script>' });
      expect(jobPostingData(p, { description: html }).description).to.equal(html);
    });

    it('never reads the unsanitized feed description', () => {
      const p = normalized({ description: '<img src=x onerror=alert(1)>' });
      expect(jobPostingData(p, { description: '' }).description).to.not.contain('onerror');
    });

    it('falls back to the escaped summary and sections when the caller has no HTML', () => {
      const p = normalized({
        title: 'Designer',
        summary: ' Design <b>things</b> & more ',
        sections: [{ title: 'Benefits', items: ['Bike & train', '<30 days>'] }],
      });
      expect(jobPostingData(p, { description: '  \n ' }).description).to.equal(
        '<p>Design &lt;b&gt;things&lt;/b&gt; &amp; more</p><h3>Benefits</h3><ul><li>Bike &amp; train</li><li>&lt;30 days&gt;</li></ul>',
      );
    });

    it('falls back to the escaped title when there is nothing else, so the required property is never missing', () => {
      const p = normalized({ title: 'R&D <Lead>' });
      expect(jobPostingData(p, { description: '' }).description).to.equal('<p>R&amp;D &lt;Lead&gt;</p>');
    });
  });

  describe('optional properties', () => {
    it('sets directApply only when the posting has its own apply link', () => {
      expect(jobPostingData(normalized({ applyUrl: 'https://ats.example/a' }), { description: 'x' }).directApply).to.equal(true);
      expect(jobPostingData(normalized({ applyUrl: 'mailto:jobs@acme.example' }), { description: 'x' }).directApply).to.equal(true);
      expect(jobPostingData(normalized(), { description: 'x' })).to.not.have.property('directApply');
    });

    it('writes validThrough only when the posting closes, date-times unchanged', () => {
      expect(jobPostingData(normalized(), { description: 'x' })).to.not.have.property('validThrough');
      const p = normalized({ datePosted: '2026-02-10T09:30:00Z', validThrough: '2026-04-01T17:00:00+02:00' });
      const data = jobPostingData(p, { description: 'x' });
      expect([data.datePosted, data.validThrough]).to.deep.equal(['2026-02-10T09:30:00Z', '2026-04-01T17:00:00+02:00']);
    });

    it('leaves datePosted out of an undated posting: Google wants one, but none is made up', () => {
      const data = jobPostingData(normalized({ datePosted: undefined, validThrough: '2026-04-01' }), { description: 'x' });
      expect(data).to.not.have.property('datePosted');
      expect(data.validThrough).to.equal('2026-04-01');
      expect(data.title).to.be.a('string');
    });

    it('writes the page URL only when it is an http(s) URL', () => {
      const p = normalized();
      expect(jobPostingData(p, { description: 'x', pageUrl: 'http://acme.example/jobs' }).url).to.equal('http://acme.example/jobs');
      for (const pageUrl of [undefined, '', 'javascript:alert(1)', 'file:///jobs.html', '/jobs']) {
        expect(jobPostingData(p, { description: 'x', pageUrl }), String(pageUrl)).to.not.have.property('url');
      }
    });

    it('writes the canonical posting language', () => {
      expect(jobPostingData(normalized({ language: 'fr-ca' }), { description: 'x' }).inLanguage).to.equal('fr-CA');
    });
  });

  it('never writes an undefined, null, blank or empty value, and survives JSON unchanged', () => {
    const context = fc.record(
      {
        organization: fc.constantFrom<FeedOrganization>(acme, { name: 'Solo' }),
        description: fc.constantFrom('', ' ', '<p>Job</p>'),
        pageUrl: fc.constantFrom('', 'https://acme.example/jobs', 'javascript:void 0'),
      },
      { requiredKeys: ['description'] },
    );
    const extras = fc.record(
      {
        applyUrl: fc.constantFrom('https://ats.example/a', 'mailto:a@b.example'),
        validThrough: fc.constantFrom('2026-12-31', '2026-12-31T12:00:00Z'),
        summary: fc.constantFrom('', '  ', 'Short & sweet'),
        sections: fc.array(
          fc.record({ title: fc.constantFrom('Perks', '<Tasks>'), items: fc.array(fc.constantFrom('A', 'B & C'), { maxLength: 2 }) }),
          { maxLength: 2 },
        ),
        salary: fc.constantFrom(
          { currency: 'EUR', min: 1 },
          { currency: 'EUR', max: 2, period: 'month' as const },
          { currency: 'EUR', min: 1, max: 2, period: 'year' as const },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(rawPostingArb, extras, context, (row, extra, ctx) => {
        const clean = Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined));
        const data = jobPostingData(normalizePosting({ ...row, id: 'p1', ...clean }), ctx);
        expectNothingEmpty(data);
        expect(JSON.parse(JSON.stringify(data))).to.deep.equal(data);
        expect(data['@type']).to.equal('JobPosting');
        expect(data.description).to.be.a('string');
        if (row.workplace === 'remote') expect(data.jobLocationType).to.equal('TELECOMMUTE');
        else expect(data).to.not.have.property('jobLocationType');
      }),
      { numRuns: 300 },
    );
  });
});

describe('sectionsHtml', () => {
  it('writes each section as a heading and a list, in order', () => {
    expect(
      sectionsHtml([
        { title: 'Requirements', items: ['TypeScript', 'Lit'] },
        { title: 'Benefits', items: ['Remote days'] },
      ]),
    ).to.equal('<h3>Requirements</h3><ul><li>TypeScript</li><li>Lit</li></ul><h3>Benefits</h3><ul><li>Remote days</li></ul>');
  });

  it('escapes every title and item so feed text never becomes markup', () => {
    expect(sectionsHtml([{ title: '</h3><script>x</script>', items: [`<img src=x onerror="a('b')">`, 'Tom & Jerry'] }])).to.equal(
      '<h3>&lt;/h3&gt;&lt;script&gt;x&lt;/script&gt;</h3><ul><li>&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;</li><li>Tom &amp; Jerry</li></ul>',
    );
  });

  it('keeps only the heading of a section without items, and nothing for no sections', () => {
    expect(sectionsHtml([{ title: 'Perks', items: [] }])).to.equal('<h3>Perks</h3>');
    expect(sectionsHtml([])).to.equal('');
  });

  it('reads back, through the browser, as exactly the given text', () => {
    const text = fc.string({ unit: 'binary', minLength: 1 });
    fc.assert(
      fc.property(fc.array(fc.record({ title: text, items: fc.array(text, { maxLength: 3 }) }), { maxLength: 3 }), (sections) => {
        const doc = new DOMParser().parseFromString(`<body>${sectionsHtml(sections)}</body>`, 'text/html');
        const headings = [...doc.body.children].filter((e) => e.localName === 'h3');
        // The parser drops NUL in body text and turns CR and CRLF into LF:
        // compare with what HTML text can carry at all.
        const clean = (s: string) => s.replace(/\u0000/gu, '').replace(/\r\n?/gu, '\n');
        expect(headings.map((h) => h.textContent)).to.deep.equal(sections.map((s) => clean(s.title)));
        expect(doc.body.querySelectorAll('script, img, style').length).to.equal(0);
        const items = [...doc.body.querySelectorAll('li')].map((li) => li.textContent);
        expect(items).to.deep.equal(sections.flatMap((s) => s.items.map(clean)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('serializeJsonLd', () => {
  /** How a browser parses the text inside a JSON-LD script element: an independent oracle. */
  function parseAsScript(json: string): { scripts: number; text: string; after: boolean } {
    const doc = new DOMParser().parseFromString(
      `<!doctype html><body><script type="application/ld+json">${json}</script><p id="after"></p></body>`,
      'text/html',
    );
    const scripts = doc.querySelectorAll('script');
    return { scripts: scripts.length, text: scripts[0]?.textContent ?? '', after: doc.getElementById('after') !== null };
  }

  it('escapes <, >, &, U+2028 and U+2029 as JSON unicode escapes', () => {
    expect(serializeJsonLd({ a: '<b>&\u2028\u2029' })).to.equal('{"a":"\\u003cb\\u003e\\u0026\\u2028\\u2029"}');
  });

  it('keeps a script-ending title inside its script element', () => {
    const data = jobPostingData(normalized({ title: '</script><script>alert(1)</script>' }), { description: '<!-- <script>' });
    const json = serializeJsonLd(data);
    expect(json).to.not.contain('</script');
    expect(json).to.not.contain('<!--');
    const parsed = parseAsScript(json);
    expect(parsed).to.deep.equal({ scripts: 1, text: json, after: true });
    expect(JSON.parse(parsed.text).title).to.equal('</script><script>alert(1)</script>');
  });

  it('writes other JSON exactly as JSON.stringify does', () => {
    const value = { n: 1.5, b: true, z: null, a: ['x', { y: 'é\n"\\' }] };
    expect(serializeJsonLd(value)).to.equal(JSON.stringify(value));
  });

  it('writes null for a value JSON cannot represent', () => {
    expect(serializeJsonLd(undefined)).to.equal('null');
  });

  it('is breakout-proof and round-trips for arbitrary text in every field', () => {
    const nasty = fc.constantFrom('</script>', '</SCRIPT >', '<!--', '-->', '<script>', ']]>', '\u2028', '\u2029', '&lt;', '\ud800', '"\\');
    const text = fc.oneof(fc.string({ unit: 'binary' }), nasty, fc.array(fc.oneof(nasty, fc.string()), { maxLength: 5 }).map((a) => a.join('')));
    const row = fc.record({
      id: text,
      title: text,
      department: text,
      summary: text,
      city: text,
      region: text,
      section: text,
      item: text,
      description: text,
      organization: text,
      pageUrl: text.map((t) => `https://acme.example/?q=${t}`),
    });
    fc.assert(
      fc.property(row, (r) => {
        const p = normalizePosting(
          posting({
            id: r.id,
            title: r.title,
            department: r.department,
            summary: r.summary,
            workplace: 'remote',
            remoteCountries: ['DE'],
            locations: [{ city: r.city, region: r.region, country: 'DE' }],
            sections: [{ title: r.section, items: [r.item] }],
          }),
        );
        const data = jobPostingData(p, { description: r.description, organization: { name: r.organization }, pageUrl: r.pageUrl });
        const json = serializeJsonLd(data);
        expect(json).to.not.contain('<');
        expect(json).to.not.contain('>');
        expect(json).to.not.contain('</script');
        expect(json).to.not.contain('<!--');
        expect(json).to.not.match(/[\u2028\u2029]/u);
        expect(JSON.parse(json)).to.deep.equal(data);
        const parsed = parseAsScript(json);
        expect(parsed).to.deep.equal({ scripts: 1, text: json, after: true });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips arbitrary JSON values exactly as plain JSON does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = serializeJsonLd(value);
        expect(json).to.not.match(/[<>&\u2028\u2029]/u);
        // Compared with JSON's own round trip: JSON itself cannot tell -0 from 0.
        expect(JSON.parse(json)).to.deep.equal(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips text with every escaped character exactly', () => {
    const text = fc.array(fc.constantFrom('<', '>', '&', '\u2028', '\u2029', '</script>', '<!--', '\\u003c', 'a'), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text))), (value) => {
        expect(JSON.parse(serializeJsonLd(value))).to.deep.equal(value);
      }),
    );
  });
});
