/**
 * Feed text is never a key into a plain object: names of `Object.prototype`
 * members ("constructor", "toString", "__proto__", …) as feed values are text
 * like any other. They are kept where text is allowed, dropped as invalid
 * where a closed set or a code is expected, and never turn into a function
 * or cost a valid row.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { mapEmploymentType, mapSalaryPeriod, mapWorkplace, toLanguage, workplaceFromText } from '../../src/feed/adapters/common.js';
import { countryFromLocationText, resolveCountry, splitLocationText } from '../../src/feed/adapters/country.js';
import { parseXml } from '../../src/feed/adapters/xml.js';
import { loadAdapter } from '../../src/feed/adapters/registry.js';
import { adaptGreenhouse } from '../../src/feed/adapters/greenhouse.js';
import { adaptLever } from '../../src/feed/adapters/lever.js';
import { adaptAshby } from '../../src/feed/adapters/ashby.js';
import { adaptWorkable } from '../../src/feed/adapters/workable.js';
import { adaptRecruitee } from '../../src/feed/adapters/recruitee.js';
import { adaptSmartRecruiters } from '../../src/feed/adapters/smartrecruiters.js';
import { adaptBreezy } from '../../src/feed/adapters/breezy.js';
import { adaptBambooHr } from '../../src/feed/adapters/bamboohr.js';
import { adaptPersonio } from '../../src/feed/adapters/personio.js';
import { adaptJsonLd } from '../../src/feed/adapters/jsonld.js';
import type { Adapter } from '../../src/feed/adapters/types.js';
import { employmentTypeLabel, workplaceLabel } from '../../src/components/careers-widget/messages.js';
import { feed, posting } from '../support/postings.js';

/** Member names of `Object.prototype` (and `__proto__`, its accessor). */
export const PROTO_NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'toLocaleString'] as const;

/**
 * A value as assertions should print it: a function or an object found
 * where text was expected would make a failure message walk
 * `Object.prototype` (circular) instead of saying what went wrong.
 */
const show = (value: unknown): unknown =>
  typeof value === 'function' ? `function ${(value as { name: string }).name}` : typeof value === 'object' && value !== null ? `object ${Object.prototype.toString.call(value)}` : value;

/** Every function found anywhere in `value` (walked with a stack, never recursion), by path. */
function functionsIn(value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'function') found.push(path || '(root)');
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) stack.push([child, `${path}.${key}`]);
    }
  }
  return found;
}

describe('Object.prototype member names as feed values', () => {
  describe('the parser', () => {
    for (const name of PROTO_NAMES) {
      it(`"${name}": text fields keep it, closed sets and codes drop it, the row stays`, () => {
        const row = {
          ...posting({ id: name, title: name }),
          department: name,
          team: name,
          summary: name,
          translationOf: name,
          workplace: name,
          employmentType: name,
          locations: [{ city: name, region: name, country: name }],
          remoteCountries: [name],
          salary: { currency: 'EUR', min: 1, period: name },
          sections: [{ title: name, items: [name] }],
        };
        const parsed = parseFeed(feed([row, posting({ id: `${name}-2` })], { organization: { name } }));
        expect(parsed.skipped).to.deep.equal([]);
        expect(parsed.postings.map((p) => p.id)).to.deep.equal([name, `${name}-2`]);
        const kept = parsed.postings[0]!;
        expect([kept.title, kept.department, kept.team, kept.summary, kept.translationOf]).to.deep.equal([name, name, name, name, name]);
        expect(kept.locations).to.deep.equal([{ city: name, region: name }]);
        expect(kept.sections).to.deep.equal([{ title: name, items: [name] }]);
        expect(kept.salary).to.deep.equal({ currency: 'EUR', min: 1 });
        expect(Object.hasOwn(kept, 'workplace') || Object.hasOwn(kept, 'employmentType')).to.equal(false);
        expect(parsed.organization).to.deep.equal({ name });
        expect(parsed.dropped.map((d) => d.path)).to.have.members([
          'postings[0].workplace',
          'postings[0].employmentType',
          'postings[0].locations[0].country',
          'postings[0].remoteCountries[0]',
          'postings[0].salary.period',
        ]);
        expect(functionsIn(parsed)).to.deep.equal([]);
      });
    }

    it('a row whose only own key is "__proto__" is a row without fields, skipped for them', () => {
      const parsed = parseFeed(JSON.parse('{"version":1,"postings":[{"__proto__":{"id":"x","title":"t"}}]}'));
      expect(parsed.postings).to.deep.equal([]);
      expect(parsed.skipped[0]!.reasons).to.include('postings[0].id: expected string');
    });
  });

  describe('the adapters\' mapping helpers', () => {
    for (const name of PROTO_NAMES) {
      it(`"${name}" maps to nothing, or stays text`, () => {
        expect(show(mapEmploymentType(name))).to.equal(undefined);
        expect(show(mapEmploymentType([name, 'FULL_TIME']))).to.equal('full-time');
        expect(show(mapWorkplace(name))).to.equal(undefined);
        expect(show(workplaceFromText(name))).to.equal(undefined);
        expect(show(mapSalaryPeriod(name))).to.equal(undefined);
        expect(show(toLanguage(name))).to.equal(undefined);
        expect(show(resolveCountry(name))).to.equal(undefined);
        expect(show(countryFromLocationText(`Berlin, ${name}`))).to.equal(undefined);
        expect(show(countryFromLocationText(`${name}, Germany`))).to.equal('DE');
        expect(splitLocationText(`${name}, Germany`)).to.deep.equal({ city: name, country: 'DE' });
      });
    }

    it('the UI labels give the text back, never a function', () => {
      for (const name of PROTO_NAMES) {
        expect(show(workplaceLabel(name))).to.equal(name);
        expect(show(employmentTypeLabel(name))).to.equal(name);
      }
      expect(workplaceLabel('remote')).to.equal('Remote');
      expect(employmentTypeLabel('full-time')).to.equal('Full-time');
    });

    it('XML attributes named like prototype members are kept as data', () => {
      const node = parseXml('<a constructor="c" __proto__="p" toString="t"><b/></a>', new DOMParser());
      expect(Object.entries(node.attributes)).to.deep.equal([
        ['constructor', 'c'],
        ['__proto__', 'p'],
        ['toString', 't'],
      ]);
      expect(node.children[0]!.attributes['valueOf']).to.equal(undefined);
      expect(node.children[0]!.attributes['constructor']).to.equal(undefined);
    });

    it('no adapter is found for a format named like a prototype member', async () => {
      for (const name of PROTO_NAMES) {
        let outcome: unknown;
        try {
          outcome = await loadAdapter(name as never).then(
            (adapter) => `resolved to ${String(show(adapter))}`,
            (e: unknown) => (e instanceof TypeError ? 'rejected with a TypeError' : `rejected with ${String(e)}`),
          );
        } catch (error) {
          outcome = `threw ${String(error)}`;
        }
        expect(outcome, name).to.equal('rejected with a TypeError');
      }
      expect(await loadAdapter('lever')).to.equal(adaptLever);
    });
  });

  describe('each adapter', () => {
    const name = 'constructor';
    const cases: [string, Adapter, unknown, { language?: string; url?: string }][] = [
      [
        'greenhouse',
        adaptGreenhouse,
        {
          jobs: [
            {
              id: 1,
              title: 'toString',
              language: 'en',
              absolute_url: 'https://jobs.example/1',
              updated_at: '2026-01-01T00:00:00Z',
              location: { name },
              offices: [{ name: 'valueOf', location: name }],
              departments: [{ name }],
              metadata: [
                { name: 'Employment type', value: name },
                { name: 'Workplace type', value: '__proto__' },
              ],
              company_name: name,
            },
          ],
        },
        {},
      ],
      [
        'lever',
        adaptLever,
        [
          {
            id: 'a',
            text: 'toString',
            hostedUrl: 'https://jobs.example/a',
            createdAt: 1767225600000,
            country: name,
            workplaceType: name,
            categories: { location: name, allLocations: [name, 'hasOwnProperty'], department: name, team: '__proto__', commitment: 'hasOwnProperty' },
            salaryRange: { currency: name, interval: name, min: 1, max: 2 },
          },
        ],
        { language: 'en' },
      ],
      [
        'ashby',
        adaptAshby,
        {
          apiVersion: '1',
          jobs: [
            {
              id: 'a',
              title: 'valueOf',
              jobUrl: 'https://jobs.example/a',
              publishedAt: '2026-01-01T00:00:00Z',
              workplaceType: name,
              employmentType: name,
              department: name,
              team: name,
              location: name,
              address: { postalAddress: { addressCountry: name, addressLocality: 'valueOf', addressRegion: name } },
            },
          ],
        },
        { language: 'en' },
      ],
      [
        'workable',
        adaptWorkable,
        {
          name,
          jobs: [
            {
              shortcode: name,
              title: 'x',
              url: 'https://jobs.example/1',
              published_on: '2026-01-01',
              employment_type: name,
              department: name,
              city: 'toString',
              state: name,
              country: name,
              countryCode: '__proto__',
            },
          ],
        },
        { language: 'en' },
      ],
      [
        'recruitee',
        adaptRecruitee,
        JSON.parse(
          JSON.stringify({
            offers: [
              {
                id: 1,
                careers_url: 'https://jobs.example/1',
                published_at: '2026-01-01 00:00:00 UTC',
                employment_type_code: name,
                department: name,
                city: name,
                state_name: 'toString',
                country_code: name,
                primary_lang_code: name,
                company_name: name,
                salary: { currency: name, min: '1', period: name },
                translations: { en: { title: name, description: '<p>x</p>' } },
              },
            ],
          }),
        ),
        {},
      ],
      [
        'smartrecruiters',
        adaptSmartRecruiters,
        {
          totalFound: 1,
          content: [
            {
              id: 'a',
              name,
              postingUrl: 'https://jobs.example/a',
              releasedDate: '2026-01-01T00:00:00Z',
              language: { code: 'en' },
              location: { city: name, region: 'toString', country: name },
              department: { label: name },
              typeOfEmployment: { label: name, id: 'valueOf' },
              compensation: { currency: name, min: 1 },
              company: { name },
            },
          ],
        },
        {},
      ],
      [
        'personio',
        adaptPersonio,
        parseXml(
          `<workzag-jobs><position><id>1</id><name>${name}</name><office>${name}</office><department>${name}</department>` +
            `<employmentType>${name}</employmentType><schedule>toString</schedule><subcompany>${name}</subcompany>` +
            `<createdAt>2026-01-01T00:00:00+00:00</createdAt></position></workzag-jobs>`,
          new DOMParser(),
        ),
        { url: 'https://acme.jobs.personio.de/xml?language=en' },
      ],
      [
        'jsonld',
        adaptJsonLd,
        {
          '@context': 'https://schema.org',
          '@type': 'JobPosting',
          identifier: name,
          title: 'valueOf',
          url: 'https://jobs.example/1',
          inLanguage: 'en',
          datePosted: '2026-01-01',
          employmentType: [name, '__proto__'],
          jobLocationType: name,
          jobLocation: { '@type': 'Place', address: { addressLocality: name, addressRegion: 'toString', addressCountry: name } },
          hiringOrganization: { name },
        },
        {},
      ],
      [
        'breezy',
        adaptBreezy,
        [
          {
            id: 'a1',
            name: 'toString',
            url: 'https://acme.breezy.hr/p/a1-x',
            published_date: '2026-01-01T00:00:00Z',
            type: { id: name, name: '__proto__' },
            location: { country: { id: name, name }, state: { id: name, name }, city: name, is_remote: name, name },
            department: name,
            company: { name },
          },
        ],
        { language: 'en' },
      ],
      [
        'bamboohr',
        adaptBambooHr,
        {
          meta: { totalCount: 1 },
          result: [
            {
              id: '1',
              jobOpeningName: 'valueOf',
              departmentLabel: name,
              employmentStatusLabel: name,
              location: { city: name, state: 'toString', addressCountry: name },
              atsLocation: { country: '__proto__', state: name, province: name, city: name },
              isRemote: name,
              locationType: '__proto__',
              datePosted: '2026-01-01',
            },
          ],
        },
        { language: 'en', url: 'https://acme.bamboohr.com/careers/list' },
      ],
    ];

    for (const [format, adapt, input, options] of cases) {
      it(`${format}: the posting is kept, its text as text, no function anywhere`, async () => {
        const result = await adapt(input, options);
        expect(functionsIn(result.feed), 'adapter output').to.deep.equal([]);
        const parsed = parseFeed(result.feed);
        expect(parsed.skipped, JSON.stringify(parsed.skipped)).to.deep.equal([]);
        expect(parsed.postings).to.have.length(1);
        // Nothing the adapter wrote was invalid: a prototype name never became a closed-set value.
        expect(parsed.dropped, JSON.stringify(parsed.dropped)).to.deep.equal([]);
        const kept = parsed.postings[0]!;
        expect(kept.employmentType).to.equal(undefined);
        expect(kept.workplace).to.equal(undefined);
        expect(kept.locations.every((l) => l.country === undefined)).to.equal(true);
        if (format !== 'jsonld') expect(kept.department).to.equal(name);
      });
    }
  });
});
