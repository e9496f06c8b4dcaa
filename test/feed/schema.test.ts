import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  feedEnvelopeSchema,
  feedSchema,
  locationSchema,
  organizationSchema,
  postingSchema,
  salarySchema,
  sectionSchema,
} from '../../src/feed/schema.js';
import { EMPLOYMENT_TYPES, FEED_VERSION, SALARY_PERIODS, WORKPLACES } from '../../src/feed/values.js';
import { feed, posting } from '../support/postings.js';

type Schema = { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };

/** The issues of a failed parse as "path: message"; [] when it succeeds. */
function problems(schema: Schema, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const withField = (key: string, value: unknown) => ({ ...posting({ id: 'x' }), [key]: value });
const without = (key: string) => {
  const row: Record<string, unknown> = { ...posting({ id: 'x' }) };
  delete row[key];
  return row;
};

describe('postingSchema', () => {
  describe('a minimal valid row', () => {
    it('parses, unchanged', () => {
      const row = posting({ id: 'min-1' });
      expect(postingSchema.parse(row)).to.deep.equal(row);
    });

    it('parses a row with every field', () => {
      const row = posting({
        id: 'full-1',
        applyUrl: 'mailto:jobs@example.com',
        locations: [{ city: 'Montréal', region: 'QC', country: 'ca' }],
        workplace: 'hybrid',
        remoteCountries: ['US', 'mx'],
        department: 'Engineering',
        team: 'Platform',
        employmentType: 'full-time',
        datePosted: '2026-03-01T09:30:00+01:00',
        validThrough: '2026-04-01',
        summary: '',
        description: 'Long text.',
        sections: [{ title: 'Requirements', items: ['TypeScript', 'Care'] }],
        salary: { currency: 'CAD', min: 90000, max: 120000, period: 'year' },
        translationOf: 'en-1',
      });
      expect(postingSchema.parse(row)).to.deep.equal(row);
    });
  });

  describe('text fields', () => {
    it('trims text', () => {
      const parsed = postingSchema.parse({ ...posting({ id: '  t-1  ', url: 'https://jobs.example/t-1' }), title: '  Designer \n', department: ' Design ' });
      expect([parsed.id, parsed.title, parsed.department]).to.deep.equal(['t-1', 'Designer', 'Design']);
    });

    it('requires a non-blank id and title', () => {
      expect(problems(postingSchema, withField('title', '   '))).to.deep.equal(['title: must not be empty']);
      expect(problems(postingSchema, withField('id', ''))).to.deep.equal(['id: must not be empty']);
      expect(problems(postingSchema, without('title'))).to.have.length(1);
      expect(problems(postingSchema, without('title'))[0]).to.match(/^title: /u);
      expect(problems(postingSchema, withField('title', 42))[0]).to.match(/^title: /u);
    });

    it('keeps summary and description as written, empty allowed', () => {
      expect(postingSchema.parse(withField('summary', '  ')).summary).to.equal('  ');
    });
  });

  describe('URLs', () => {
    it('requires an http(s) url', () => {
      for (const url of ['https://jobs.example/1', 'http://jobs.example', 'HTTPS://JOBS.EXAMPLE']) {
        expect(problems(postingSchema, withField('url', url)), url).to.deep.equal([]);
      }
    });

    it('refuses javascript:, mailto:, relative and malformed urls', () => {
      expect(problems(postingSchema, withField('url', 'javascript:alert(1)'))).to.deep.equal([
        'url: must be an http(s) URL',
        'url: must be an http(s) URL',
      ]);
      for (const url of ['mailto:jobs@example.com', '/jobs/1', 'https://', 'https://jobs example', 'https://[bad', '']) {
        expect(problems(postingSchema, withField('url', url)), url).to.not.deep.equal([]);
      }
      expect(problems(postingSchema, without('url'))).to.deep.equal(['url: needs a url, a description or sections']);
    });

    it('lets a posting without a url stand on its description or sections', () => {
      const base = without('url') as Record<string, unknown>;
      expect(problems(postingSchema, { ...base, description: '<p>What you will do</p>' })).to.deep.equal([]);
      expect(problems(postingSchema, { ...base, sections: [{ title: 'Requirements', items: ['Go'] }] })).to.deep.equal([]);
      expect(problems(postingSchema, { ...base, description: '   ' })).to.deep.equal(['url: needs a url, a description or sections']);
      expect(problems(postingSchema, { ...base, sections: [] })).to.deep.equal(['url: needs a url, a description or sections']);
    });

    it('accepts http(s) and mailto: apply URLs only', () => {
      expect(problems(postingSchema, withField('applyUrl', 'mailto:jobs@example.com'))).to.deep.equal([]);
      expect(problems(postingSchema, withField('applyUrl', 'https://apply.example/1'))).to.deep.equal([]);
      expect(problems(postingSchema, withField('applyUrl', 'javascript:alert(1)'))).to.include('applyUrl: must be an http(s) or mailto: URL');
      expect(problems(postingSchema, withField('applyUrl', 'tel:+123'))).to.include('applyUrl: must be an http(s) or mailto: URL');
    });

    it('never accepts a url the browser would not read as http(s)', () => {
      fc.assert(
        fc.property(fc.string(), fc.constantFrom('https://', 'http://', 'javascript:', 'java\tscript:', ''), (rest, scheme) => {
          const url = scheme + rest;
          if (postingSchema.safeParse(withField('url', url)).success) {
            expect(['http:', 'https:']).to.include(new URL(url).protocol);
          }
        }),
      );
    });
  });

  describe('language', () => {
    it('accepts BCP 47 tags', () => {
      for (const language of ['en', 'fr-CA', 'zh-Hant-TW', 'es-419', 'EN-us']) {
        expect(problems(postingSchema, withField('language', language)), language).to.deep.equal([]);
      }
    });

    it('refuses malformed tags', () => {
      expect(problems(postingSchema, withField('language', 'en_US'))).to.deep.equal([
        'language: must be a BCP 47 language tag',
        'language: must be a BCP 47 language tag',
      ]);
      for (const language of ['', 'english', 'e', 'en-', '12']) {
        expect(problems(postingSchema, withField('language', language)), language).to.not.deep.equal([]);
      }
    });
  });

  describe('countries', () => {
    it('accepts known codes in any case, in locations and remoteCountries', () => {
      expect(problems(postingSchema, withField('locations', [{ country: 'de' }, { country: 'FR' }]))).to.deep.equal([]);
      expect(problems(postingSchema, withField('remoteCountries', ['ie', 'NL']))).to.deep.equal([]);
    });

    it('refuses malformed, unknown and non-country codes with their path', () => {
      expect(problems(postingSchema, withField('locations', [{ country: 'DE' }, { city: 'X', country: 'DEU' }]))).to.deep.equal([
        'locations.1.country: must be an ISO 3166-1 alpha-2 country code',
        'locations.1.country: is not a known ISO 3166-1 alpha-2 country code',
      ]);
      expect(problems(postingSchema, withField('locations', [{ country: 'ZZ' }]))).to.deep.equal([
        'locations.0.country: is not a known ISO 3166-1 alpha-2 country code',
      ]);
      expect(problems(postingSchema, withField('remoteCountries', ['IE', 'EU']))).to.deep.equal([
        'remoteCountries.1: is not a known ISO 3166-1 alpha-2 country code',
      ]);
      expect(problems(postingSchema, withField('locations', [{ country: 'UK' }]))).to.deep.equal([
        'locations.0.country: is not a known ISO 3166-1 alpha-2 country code',
      ]);
    });

    it('requires locations to be an array, possibly empty', () => {
      expect(problems(postingSchema, withField('locations', []))).to.deep.equal([]);
      expect(problems(postingSchema, without('locations'))).to.have.length(1);
      expect(problems(postingSchema, withField('locations', { country: 'DE' }))).to.have.length(1);
    });
  });

  describe('enums', () => {
    it('accepts exactly the listed workplaces and employment types', () => {
      for (const workplace of WORKPLACES) expect(problems(postingSchema, withField('workplace', workplace))).to.deep.equal([]);
      for (const type of EMPLOYMENT_TYPES) expect(problems(postingSchema, withField('employmentType', type))).to.deep.equal([]);
      expect(problems(postingSchema, withField('workplace', 'office'))).to.have.length(1);
      expect(problems(postingSchema, withField('workplace', 'Remote'))).to.have.length(1);
      expect(problems(postingSchema, withField('employmentType', 'fulltime'))).to.have.length(1);
    });
  });

  describe('dates', () => {
    it('accepts a date or a date-time with or without offset', () => {
      for (const date of ['2026-03-01', '2026-03-01T09:30:00Z', '2026-03-01T09:30:00+02:00', '2026-03-01T09:30:00', '2026-03-01T09:30:00.123Z', '2028-02-29']) {
        expect(problems(postingSchema, withField('datePosted', date)), date).to.deep.equal([]);
        expect(problems(postingSchema, withField('validThrough', date)), date).to.deep.equal([]);
      }
    });

    it('refuses other date forms and impossible dates', () => {
      for (const date of ['01/03/2026', '2026-3-1', '2026-13-01', '2026-02-30', '2027-02-29', 'yesterday', '', '2026-03-01 09:30']) {
        expect(problems(postingSchema, withField('datePosted', date)), date).to.have.length(1);
      }
      // datePosted is optional: a posting without one is valid (it shows no date).
      expect(problems(postingSchema, without('datePosted'))).to.deep.equal([]);
      expect(problems(postingSchema, withField('validThrough', 'soon'))).to.deep.equal([
        'validThrough: must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
      ]);
    });
  });

  describe('salary', () => {
    it('accepts min, max or both', () => {
      expect(problems(salarySchema, { currency: 'EUR', min: 1 })).to.deep.equal([]);
      expect(problems(salarySchema, { currency: 'eur', max: 1, period: 'month' })).to.deep.equal([]);
      expect(problems(salarySchema, { currency: 'EUR', min: 1, max: 1 })).to.deep.equal([]);
      expect(problems(salarySchema, { currency: 'EUR', min: 0 })).to.deep.equal([]);
    });

    it('refuses a salary without amounts, inverted or negative, or with a bad currency or period', () => {
      expect(problems(salarySchema, { currency: 'EUR' })).to.deep.equal([': needs min, max or both']);
      expect(problems(salarySchema, { currency: 'EUR', min: 2, max: 1 })).to.deep.equal([': min must not exceed max']);
      expect(problems(salarySchema, { currency: 'EUR', min: -1 })).to.have.length(1);
      expect(problems(salarySchema, { currency: 'EURO', min: 1 })).to.deep.equal(['currency: must be an ISO 4217 currency code']);
      expect(problems(salarySchema, { currency: 'EUR', min: 1, period: 'fortnight' })).to.have.length(1);
      for (const period of SALARY_PERIODS) expect(problems(salarySchema, { currency: 'EUR', min: 1, period })).to.deep.equal([]);
    });

    it('reports salary problems inside a posting with their path', () => {
      expect(problems(postingSchema, withField('salary', { currency: 'EUR', min: 5, max: 1 }))).to.deep.equal([
        'salary: min must not exceed max',
      ]);
    });
  });

  describe('sections and locations', () => {
    it('requires a title and text items', () => {
      expect(problems(sectionSchema, { title: 'Perks', items: [] })).to.deep.equal([]);
      expect(problems(sectionSchema, { title: '', items: ['x'] })).to.deep.equal(['title: must not be empty']);
      expect(problems(sectionSchema, { title: 'Perks', items: ['ok', ' '] })).to.deep.equal(['items.1: must not be empty']);
    });

    it('lets every location field be optional', () => {
      expect(problems(locationSchema, {})).to.deep.equal([]);
      expect(problems(locationSchema, { city: ' ' })).to.deep.equal(['city: must not be empty']);
    });
  });
});

describe('organizationSchema', () => {
  it('requires a name; url and logo are http(s)', () => {
    expect(problems(organizationSchema, { name: 'Acme', url: 'https://acme.example', logo: 'https://acme.example/logo.svg' })).to.deep.equal([]);
    expect(problems(organizationSchema, { name: '' })).to.deep.equal(['name: must not be empty']);
    expect(problems(organizationSchema, { name: 'Acme', logo: 'javascript:alert(1)' })).to.have.length(2);
  });
});

describe('feedEnvelopeSchema', () => {
  it('accepts version 1 with any rows', () => {
    expect(problems(feedEnvelopeSchema, feed([1, null, 'x', {}]))).to.deep.equal([]);
    expect(problems(feedEnvelopeSchema, feed([], { organization: { name: 'Acme' } }))).to.deep.equal([]);
    expect(FEED_VERSION).to.equal(1);
  });

  it('refuses other versions, missing postings and non-objects', () => {
    expect(problems(feedEnvelopeSchema, { version: 2, postings: [] })).to.have.length(1);
    expect(problems(feedEnvelopeSchema, { version: '1', postings: [] })).to.have.length(1);
    expect(problems(feedEnvelopeSchema, { version: 1 })).to.have.length(1);
    expect(problems(feedEnvelopeSchema, { version: 1, postings: {} })).to.have.length(1);
    expect(problems(feedEnvelopeSchema, [])).to.have.length(1);
    expect(problems(feedEnvelopeSchema, null)).to.have.length(1);
  });

  it('leaves the organization to the parser, which drops a bad one rather than the feed', () => {
    expect(problems(feedEnvelopeSchema, feed([], { organization: { name: ' ' } }))).to.deep.equal([]);
    expect(problems(feedEnvelopeSchema, { version: 1, organization: null, postings: [] })).to.deep.equal([]);
    // The feed's own schema (and so feed.schema.json) still describes a valid organization.
    expect(problems(feedSchema, feed([], { organization: { name: ' ' } }))).to.deep.equal(['organization.name: must not be empty']);
  });
});

describe('feedSchema', () => {
  it('validates every row', () => {
    expect(problems(feedSchema, feed([posting(), posting()]))).to.deep.equal([]);
    expect(problems(feedSchema, feed([posting(), { ...posting(), title: '' }]))).to.deep.equal(['postings.1.title: must not be empty']);
  });
});
