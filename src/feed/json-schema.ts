/**
 * The JSON Schema of the native feed format v1, generated from the zod schema
 * (`feedSchema`) so the two cannot drift apart. `npm run build:schema` writes
 * it to `feed.schema.json`; `careers-feed schema` prints it.
 *
 * It describes what a feed author writes (zod's "input" side): patterns for
 * URLs, country codes, language tags, currencies and dates, the enums, and
 * descriptions for editor hovers. Checks only code can make (known country
 * codes, canonical language tags, URL schemes) stay runtime-only.
 */
import * as z from 'zod/mini';
import { feedSchema, salarySchema } from './schema.js';

/** Where the published schema lives; feeds may point `$schema` here. */
export const FEED_SCHEMA_ID = 'https://unpkg.com/careers-widget/feed.schema.json';

type Json = Record<string, unknown>;

const ORGANIZATION: Record<string, string> = {
  name: 'Company name.',
  url: 'Company website, an absolute http(s) URL.',
  logo: 'Logo image, an absolute http(s) URL.',
};

const POSTING: Record<string, string> = {
  id: 'Unique within the feed; later duplicates are skipped.',
  title: 'Job title, in the posting language.',
  language: 'Language of this posting, a BCP 47 tag such as "en", "de" or "fr-CA".',
  url: 'Page of the job ad, an absolute http(s) URL. Optional when the posting has a description or sections, which the widget then shows in its detail view.',
  applyUrl: 'Where to apply: an http(s) or mailto: URL.',
  locations: 'Places of work (may be empty). A posting without any country appears only under "All countries".',
  workplace: 'On site, hybrid or remote.',
  remoteCountries: 'ISO 3166-1 alpha-2 codes of the countries a remote hire may live in; they count for the country filter.',
  department: 'Department, e.g. "Engineering".',
  team: 'Team within the department.',
  employmentType: 'Kind of contract.',
  datePosted: 'Publication date: YYYY-MM-DD, or an ISO 8601 date-time. Optional: a posting without one shows no date and sorts after dated ones under "newest first".',
  validThrough: 'Closing date: YYYY-MM-DD, or an ISO 8601 date-time. Expired postings are not shown.',
  summary: 'Short plain-text teaser shown on the card.',
  description: 'Full description, HTML (never injected unsanitized).',
  sections: 'Titled lists, such as "Requirements".',
  salary: 'Pay range: min, max or both, in one currency.',
  translationOf: 'Id that groups the language versions of one job.',
};

const LOCATION: Record<string, string> = {
  city: 'City.',
  region: 'State, province or region.',
  country: 'ISO 3166-1 alpha-2 country code in any case, e.g. "DE". Country filters use it.',
};

const SALARY: Record<string, string> = {
  currency: 'ISO 4217 currency code, e.g. "EUR".',
  min: 'Lowest amount.',
  max: 'Highest amount; not below min.',
  period: 'Period the amounts are paid for.',
};

const obj = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

function describe(schema: unknown, descriptions: Record<string, string>): void {
  const properties = obj(obj(schema)['properties']);
  for (const [key, description] of Object.entries(descriptions)) {
    if (key in properties) obj(properties[key])['description'] = description;
  }
}

/** The JSON Schema (draft 2020-12) of a careers feed v1, as a plain object. */
export function feedJsonSchema(): Json {
  const generated = z.toJSONSchema(feedSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const s = jsonSchema as Json;
      // Required text is trimmed before its length check: it needs a non-space.
      if (s['type'] === 'string' && s['minLength'] === 1 && s['pattern'] === undefined) s['pattern'] = '\\S';
      // The salary refinement "needs min, max or both".
      if (zodSchema === salarySchema) s['anyOf'] = [{ required: ['min'] }, { required: ['max'] }];
    },
  }) as Json;
  const { $schema, ...rest } = generated;
  const properties = obj(rest['properties']);
  obj(properties['version'])['description'] = 'Feed format version: 1.';
  obj(properties['organization'])['description'] = 'The company behind the feed.';
  obj(properties['postings'])['description'] = 'One row per job posting and language.';
  describe(properties['organization'], ORGANIZATION);
  const posting = obj(obj(properties['postings'])['items']);
  describe(posting, POSTING);
  const postingProps = obj(posting['properties']);
  describe(obj(obj(postingProps['locations'])['items']), LOCATION);
  describe(postingProps['salary'], SALARY);
  const section = obj(obj(postingProps['sections'])['items']);
  describe(section, { title: 'Heading of the list.', items: 'The list items, as plain text.' });
  return {
    $schema,
    $id: FEED_SCHEMA_ID,
    title: 'Careers feed v1',
    description:
      'Job postings for <careers-widget>. Rows that break the rules are skipped one by one; the envelope (version, organization) must be valid.',
    ...rest,
    properties: {
      $schema: { type: 'string', description: 'URL of this JSON Schema, for editors.' },
      ...properties,
    },
  };
}
