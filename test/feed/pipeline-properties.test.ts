/**
 * Properties of the pipeline's entry points over arbitrary input: whatever
 * a feed holds (any JSON, any JS value set as `feed`, any text inline or in
 * a response body, payloads shaped like each ATS with junk in every field,
 * Personio XML with junk in every element), the pipeline either gives
 * display-ready postings that keep the product's promises or rejects with a
 * `FeedError`: never another exception, which would be a bug.
 *
 * Seeds are pinned (`SEED`) so a CI failure replays exactly; the run counts
 * keep the file at a few seconds.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { loadFeed, type LoadedFeed } from '../../src/feed/pipeline.js';
import { decodePayload, toNativeFeed } from '../../src/feed/sources.js';
import { parseFeed } from '../../src/feed/parse.js';
import { FeedError } from '../../src/feed/errors.js';
import { FEED_FORMATS, type FeedFormat } from '../../src/feed/formats.js';

/** One seed for the file: a failure prints its path, and `{ seed: SEED, path }` replays it. */
const SEED = 20260315;
const NOW = new Date('2026-03-15T12:00:00Z');

/** Values that have broken parsers elsewhere: empty, blank, prototype names, odd numbers, markup, URLs. */
const tricky = fc.constantFrom<unknown>(
  '', ' ', '\u0000', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'DE', 'de', 'XX', 'en', 'en_US', 'fr-',
  'Berlin, Germany', 'Remote', 'Remote (EU)', 'San Francisco, CA', '2026-03-01', '2026-02-30', '1786440600000',
  'https://jobs.example/1', 'javascript:alert(1)', 'mailto:a@b.example', '<p>x</p>', '&lt;b&gt;', '<![CDATA[x]]>',
  0, -1, 1.5, 1e308, -0, Number.MAX_SAFE_INTEGER, true, false, null, [], {}, [null], [{}], { name: 'x' },
);
/** A leaf: a string, a tricky value, or any JSON. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 3, arbitrary: tricky },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);
/** Any JS value a host could set as `feed`, prototypes and exotic objects included. */
const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/**
 * Plausible values by field name, so that many generated rows get through
 * validation and the code behind it runs too (mapping, normalizing); junk
 * still takes a quarter of the draws.
 */
const date = fc.constantFrom('2026-03-01', '2026-02-10T09:30:00Z', '2026-03-01T10:00:00+01:00', '2026-09-18 13:27:28 UTC', '2026-03-14');
const place = fc.constantFrom('Berlin, Germany', 'Paris, France', 'Toronto, Ontario, Canada', 'Remote', 'Remote (EU)', 'DE', 'Germany', 'nl', 'München, Deutschland', 'San Francisco, CA');
const link = fc.constantFrom('https://jobs.example/a', 'https://jobs.example/b?x=1', 'mailto:jobs@example.com', 'http://jobs.example/c');
const GOOD: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  id: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.constantFrom('a', 'b', 'c', 'job-1')),
  internal_job_id: fc.integer({ min: 1, max: 5 }),
  shortcode: fc.constantFrom('A1', 'B2', 'C3'),
  title: fc.constantFrom('Engineer', 'Designer', 'Ingénieur·e', 'Werkstudent:in'),
  text: fc.constantFrom('Engineer', 'Designer'),
  name: fc.constantFrom('Engineer', 'Acme', 'Employment Type'),
  language: fc.constantFrom('en', 'fr', 'de', 'en-GB', 'fr-CA'),
  inLanguage: fc.constantFrom('en', 'fr'),
  version: fc.constant(1),
  ...Object.fromEntries(
    ['url', 'applyUrl', 'absolute_url', 'hostedUrl', 'jobUrl', 'careers_url', 'careers_apply_url', 'postingUrl', 'application_url', 'shortlink', 'jobOpeningShareUrl'].map((k) => [k, link]),
  ),
  ...Object.fromEntries(
    ['datePosted', 'first_published', 'updated_at', 'publishedAt', 'published_on', 'created_at', 'published_at', 'releasedDate', 'date_published', 'validThrough', 'close_at', 'published_date', 'creation_date'].map((k) => [k, date]),
  ),
  createdAt: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
  ...Object.fromEntries(['location', 'city', 'country', 'addressCountry', 'addressLocality', 'fullLocation', 'office'].map((k) => [k, place])),
  country_code: fc.constantFrom('DE', 'nl', 'FR'),
  countryCode: fc.constantFrom('DE', 'ES'),
  description: fc.constantFrom('<p>Build things.</p>', 'Plain text.', '&lt;p&gt;Escaped&lt;/p&gt;'),
  jobOpeningName: fc.constantFrom('Engineer', 'Designer'),
  is_remote: fc.boolean(),
  isRemote: fc.boolean(),
  locationType: fc.constantFrom('0', '1', '2'),
  isListed: fc.constant(true),
  hidden: fc.constant(false),
};
/** A named field: a plausible value three times in four, else junk. */
const field = (key: string) => (GOOD[key] ? fc.oneof({ weight: 3, arbitrary: GOOD[key] }, { weight: 1, arbitrary: leaf }) : leaf);
const fields = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, field(k)]));
/** A record of the given keys: usually all present, sometimes each present or not. */
const some = (spec: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof({ weight: 3, arbitrary: fc.record(spec) }, { weight: 1, arbitrary: fc.record(spec, { requiredKeys: [] }) });
/** The given shape three times in four, else junk. */
const or = (shape: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: shape }, { weight: 1, arbitrary: leaf });
const list = (item: fc.Arbitrary<unknown>) => or(fc.array(item, { maxLength: 3 }));

const postalAddress = some(fields('addressLocality', 'addressRegion', 'addressCountry', 'streetAddress'));
const jobPosting = some({
  ...fields('@context', 'title', 'name', 'url', 'datePosted', 'validThrough', 'employmentType', 'inLanguage', 'directApply', 'description', 'jobLocationType'),
  '@type': or(fc.constantFrom('JobPosting', 'schema:JobPosting', ['JobPosting'])),
  identifier: or(some(fields('@type', 'name', 'value'))),
  hiringOrganization: or(some(fields('@type', 'name', 'sameAs', 'logo', 'url'))),
  jobLocation: or(list(some({ '@type': leaf, address: or(postalAddress) }))),
  applicantLocationRequirements: or(list(some(fields('@type', 'name')))),
  baseSalary: or(some({ '@type': leaf, currency: leaf, value: or(some(fields('@type', 'value', 'minValue', 'maxValue', 'unitText'))) })),
});

/** Payloads shaped like each JSON format, with junk anywhere. */
const SHAPED: readonly [FeedFormat, fc.Arbitrary<unknown>][] = [
  [
    'careers',
    some({
      version: or(fc.constant(1)),
      organization: or(some(fields('name', 'url', 'logo'))),
      postings: list(
        some({
          ...fields('id', 'title', 'language', 'url', 'applyUrl', 'workplace', 'department', 'team', 'employmentType', 'datePosted', 'validThrough', 'summary', 'description', 'translationOf'),
          locations: list(some(fields('city', 'region', 'country'))),
          remoteCountries: list(leaf),
          sections: list(some({ title: leaf, items: list(leaf) })),
          salary: or(some(fields('currency', 'min', 'max', 'period'))),
        }),
      ),
    }),
  ],
  [
    'greenhouse',
    some({
      jobs: list(
        some({
          ...fields('id', 'internal_job_id', 'title', 'absolute_url', 'language', 'first_published', 'updated_at', 'content', 'company_name'),
          location: or(some(fields('name'))),
          offices: list(some(fields('name', 'location'))),
          departments: list(some(fields('name'))),
          metadata: list(some({ name: or(fc.constantFrom('Employment Type', 'Workplace type')), value: leaf })),
        }),
      ),
    }),
  ],
  [
    'lever',
    fc.array(
      some({
        ...fields('id', 'text', 'hostedUrl', 'applyUrl', 'country', 'workplaceType', 'createdAt', 'openingPlain', 'description', 'additional'),
        categories: or(some({ ...fields('commitment', 'department', 'team', 'location'), allLocations: list(leaf) })),
        lists: list(some(fields('text', 'content'))),
        salaryRange: or(some(fields('min', 'max', 'currency', 'interval'))),
      }),
      { maxLength: 3 },
    ),
  ],
  [
    'ashby',
    some({
      apiVersion: leaf,
      jobs: list(
        some({
          ...fields('id', 'title', 'department', 'team', 'employmentType', 'location', 'publishedAt', 'isListed', 'isRemote', 'workplaceType', 'jobUrl', 'applyUrl', 'descriptionHtml'),
          address: or(some({ postalAddress: or(postalAddress) })),
          secondaryLocations: list(some({ location: leaf, address: or(some({ postalAddress: or(postalAddress) })) })),
          compensation: or(some({ summaryComponents: list(some(fields('compensationType', 'interval', 'currencyCode', 'minValue', 'maxValue'))) })),
        }),
      ),
    }),
  ],
  [
    'workable',
    some({
      name: leaf,
      jobs: list(
        some({
          ...fields('title', 'shortcode', 'code', 'employment_type', 'telecommuting', 'department', 'url', 'shortlink', 'application_url', 'published_on', 'created_at', 'country', 'countryCode', 'city', 'state', 'description', 'language'),
          locations: list(some(fields('country', 'countryCode', 'city', 'region', 'hidden'))),
        }),
      ),
    }),
  ],
  [
    'recruitee',
    some({
      offers: list(
        some({
          ...fields('id', 'title', 'description', 'requirements', 'city', 'country_code', 'careers_url', 'careers_apply_url', 'company_name', 'department', 'employment_type_code', 'published_at', 'created_at', 'close_at', 'remote', 'hybrid', 'on_site'),
          salary: or(some(fields('min', 'max', 'currency', 'period'))),
          locations: list(some(fields('city', 'state_name', 'country_code'))),
          translations: or(fc.dictionary(fc.oneof(fc.constantFrom('en', 'de', 'fr', '__proto__', 'constructor', 'xx_YY', ''), fc.string()), or(some(fields('title', 'description', 'requirements', 'highlight'))), { maxKeys: 3 })),
        }),
      ),
    }),
  ],
  [
    'smartrecruiters',
    some({
      totalFound: leaf,
      content: list(
        some({
          ...fields('id', 'name', 'releasedDate', 'postingUrl', 'applyUrl'),
          company: or(some(fields('identifier', 'name'))),
          location: or(some(fields('city', 'region', 'country', 'remote', 'hybrid', 'fullLocation'))),
          department: or(some(fields('label'))),
          typeOfEmployment: or(some(fields('label'))),
          language: or(some(fields('code'))),
          jobAd: or(some({ sections: or(fc.dictionary(fc.string(), or(some(fields('title', 'text'))), { maxKeys: 3 })) })),
        }),
      ),
    }),
  ],
  [
    'breezy',
    fc.array(
      some({
        ...fields('id', 'friendly_id', 'name', 'url', 'published_date', 'creation_date', 'department', 'salary', 'description'),
        type: or(some(fields('id', 'name'))),
        location: or(some({ ...fields('city', 'name', 'is_remote'), country: or(some(fields('id', 'name'))), state: or(some(fields('id', 'name'))) })),
        locations: list(some({ ...fields('city', 'name', 'is_remote'), country: or(some(fields('id', 'name'))) })),
        company: or(some(fields('name'))),
      }),
      { maxLength: 3 },
    ),
  ],
  [
    'bamboohr',
    some({
      meta: or(some(fields('totalCount'))),
      result: list(
        some({
          ...fields('id', 'jobOpeningName', 'departmentLabel', 'employmentStatusLabel', 'isRemote', 'locationType', 'datePosted', 'description', 'jobOpeningShareUrl'),
          location: or(some(fields('city', 'state', 'country', 'addressCountry'))),
          atsLocation: or(some(fields('city', 'state', 'province', 'country'))),
        }),
      ),
    }),
  ],
  [
    'jsonld',
    fc.oneof(
      jobPosting,
      some({ '@context': leaf, '@type': or(fc.constant('ItemList')), itemListElement: list(some({ '@type': leaf, position: leaf, item: or(jobPosting) })) }),
      some({ '@context': leaf, '@graph': list(or(jobPosting)) }),
      some({
        version: or(fc.constant('https://jsonfeed.org/version/1.1')),
        language: leaf,
        items: list(some({ ...fields('id', 'url', 'title', 'content_html', 'date_published', 'language'), _jobposting: or(jobPosting) })),
      }),
    ),
  ],
];

/** Personio XML with junk text (escaped) in every element it reads, and elements it does not know. */
const xmlText = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('', ' ', 'Berlin, Deutschland', 'Remote', 'permanent', 'full-time', '2026-03-01T10:00:00+00:00', '1', '<p>x</p>'));
const escapeXml = (s: string) =>
  s.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/gu, '').replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
const element = (name: string) => fc.option(xmlText.map((t) => `<${name}>${escapeXml(t)}</${name}>`), { nil: '' });
const personioXml = fc
  .array(
    fc.tuple(
      ...['id', 'subcompany', 'office', 'department', 'name', 'employmentType', 'schedule', 'createdAt', 'unknown'].map(element),
      fc.array(element('office'), { maxLength: 2 }),
      fc.array(fc.tuple(element('name'), element('value')), { maxLength: 2 }),
    ),
    { maxLength: 3 },
  )
  .map(
    (positions) =>
      `<?xml version="1.0" encoding="UTF-8"?><workzag-jobs>${positions
        .map((p) => {
          const descriptions = p[10] as [string, string][];
          return `<position>${(p.slice(0, 9) as string[]).join('')}<additionalOffices>${(p[9] as string[]).join('')}</additionalOffices><jobDescriptions>${descriptions
            .map(([n, v]) => `<jobDescription>${n}${v}</jobDescription>`)
            .join('')}</jobDescriptions></position>`;
        })
        .join('')}</workzag-jobs>`,
  );

/** Runs `work`; a rejection must be a FeedError. Returns the result, or undefined after a FeedError. */
async function onlyFeedErrors<T>(work: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FeedError) return undefined;
    throw error;
  }
}

/** What every loaded feed promises, whatever it came from. */
function checkLoaded(loaded: LoadedFeed | null | undefined): void {
  if (!loaded) return;
  const ids = new Set<string>();
  for (const p of loaded.postings) {
    expect(p.id.trim(), 'an id').to.not.equal('');
    expect(ids.has(p.id), `unique id ${p.id}`).to.equal(false);
    ids.add(p.id);
    expect(p.title.trim(), 'a title').to.not.equal('');
    expect(p.primaryLanguage).to.match(/^[a-z]{2,3}$/);
    for (const c of p.countries) expect(c).to.match(/^[A-Z]{2}$/);
    for (const link of [p.url, p.applyUrl]) if (link !== undefined) expect(new URL(link).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
    // A date when the posting has one; an undated posting has none (never a made-up one).
    if (p.datePosted === undefined) expect(p.postedAt, 'no date').to.equal(undefined);
    else expect(Number.isFinite(p.postedAt), 'a date').to.equal(true);
    expect(p.url !== undefined || Boolean(p.description) || Boolean(p.sections?.length), 'somewhere to read it').to.equal(true);
  }
  expect(loaded.skipped).to.be.at.least(0);
}

const load = (request: Omit<Parameters<typeof loadFeed>[0], 'now'>) =>
  onlyFeedErrors(() => loadFeed({ now: NOW, language: 'en', ...request }, new AbortController().signal));

describe('pipeline properties: arbitrary input gives postings or a FeedError, nothing else', () => {
  const warn = console.warn;
  const info = console.info;
  beforeEach(() => {
    // Skipped rows and dropped values are reported there, thousands of times here.
    console.warn = () => undefined;
    console.info = () => undefined;
  });
  afterEach(() => {
    console.warn = warn;
    console.info = info;
  });

  it('any JS value set as `feed`, read in every format', async () => {
    await fc.assert(
      fc.asyncProperty(anything, fc.constantFrom(...FEED_FORMATS), async (feed, format) => {
        checkLoaded(await load({ feed, format }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  for (const [format, shaped] of SHAPED) {
    it(`${format}-shaped payloads with junk in every field, read as ${format} and as auto`, async () => {
      await fc.assert(
        fc.asyncProperty(shaped, fc.constantFrom<FeedFormat>(format, 'auto'), async (feed, as) => {
          checkLoaded(await load({ feed, format: as }));
        }),
        { seed: SEED, numRuns: 120 },
      );
    });
  }

  it('Personio XML with junk in every element', async () => {
    await fc.assert(
      fc.asyncProperty(personioXml, fc.constantFrom<FeedFormat>('personio', 'auto'), async (xml, format) => {
        const native = await onlyFeedErrors(async () =>
          toNativeFeed(decodePayload(xml, 'application/xml', new DOMParser()), {
            format,
            url: 'https://acme.jobs.personio.de/xml?language=de',
          }),
        );
        if (native) checkLoaded(await load({ feed: native.feed, format: 'careers' }));
      }),
      { seed: SEED, numRuns: 120 },
    );
  });

  it('any text as an inline feed', async () => {
    const text = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)), fc.constantFrom('', ' ', '{', '[]', 'null', '{"version":1}'));
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom(...FEED_FORMATS), async (inline, format) => {
        checkLoaded(await load({ inline, format }));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('any response body, under any content type: decoded, or a parse FeedError', () => {
    const body = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constantFrom('', '<', '<?xml version="1.0"?>', '<html><body>Sign in</body></html>', '<!DOCTYPE html>', '<a><b></a>', '\uFEFF{}', ' <jobs/>'),
      fc.string().map((s) => `<${s}>`),
    );
    const contentType = fc.constantFrom(null, 'application/json', 'text/plain', 'text/html', 'application/xml', 'text/xml; charset=utf-8', 'application/atom+xml', 'garbage');
    fc.assert(
      fc.property(body, contentType, fc.boolean(), (text, type, withParser) => {
        try {
          decodePayload(text, type, withParser ? new DOMParser() : undefined, 'https://jobs.example/feed');
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(FeedError);
          expect((error as FeedError).kind).to.equal('parse');
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('parseFeed: any value is a feed (every row kept or skipped, once) or a schema FeedError', () => {
    fc.assert(
      fc.property(fc.oneof(anything, fc.record({ version: fc.constant(1), postings: fc.array(anything, { maxLength: 5 }) })), (value) => {
        let parsed: ReturnType<typeof parseFeed>;
        try {
          parsed = parseFeed(value);
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(FeedError);
          expect((error as FeedError).kind).to.equal('schema');
          return;
        }
        const rows = (value as { postings: unknown[] }).postings;
        expect(parsed.postings.length + parsed.skipped.length).to.equal(rows.length);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
