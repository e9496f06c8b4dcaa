/**
 * The native feed format, version 1, as zod schemas. This is the one place
 * where untrusted JSON becomes typed data: everything downstream trusts these
 * types. Browser code imports `zod/mini` to keep the bundle small.
 */
import * as z from 'zod/mini';
import { EMPLOYMENT_TYPES, FEED_VERSION, SALARY_PERIODS, WORKPLACES } from './values.js';
import { hasScheme, isKnownRegion, isLanguageTag, LINK_SCHEMES, WEB_SCHEMES } from './checks.js';

const text = () => z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/**
 * `hasScheme(value, schemes)`, faster for a value `pattern` accepts: the
 * pattern fixes the scheme, so what is left to check is that the URL
 * parses, which `URL.canParse` answers without building a URL object
 * (twice as fast; a feed has a URL or two per posting), where the browser
 * has it.
 */
const urlIn = (pattern: RegExp, schemes: readonly string[]) => (value: string) =>
  pattern.test(value) && typeof URL.canParse === 'function' ? URL.canParse(value) : hasScheme(value, schemes);

const WEB_URL = /^https?:\/\/\S+$/i;
const LINK_URL = /^(https?:\/\/|mailto:)\S+$/i;

const webUrl = () =>
  z.string().check(z.regex(WEB_URL, 'must be an http(s) URL'), z.refine(urlIn(WEB_URL, WEB_SCHEMES), 'must be an http(s) URL'));

const linkUrl = () =>
  z.string().check(
    z.regex(LINK_URL, 'must be an http(s) or mailto: URL'),
    z.refine(urlIn(LINK_URL, LINK_SCHEMES), 'must be an http(s) or mailto: URL'),
  );

const countryCode = () =>
  z.string().check(
    z.regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code'),
    z.refine(isKnownRegion, 'is not a known ISO 3166-1 alpha-2 country code'),
  );

const languageTag = () =>
  z.string().check(
    z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag'),
    z.refine(isLanguageTag, 'must be a BCP 47 language tag'),
  );

const dateOrDateTime = () =>
  z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
    error: 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time',
  });

/** One place of work. Every field is optional; `country` is what filters use. */
export const locationSchema = z.object({
  city: z.optional(text()),
  region: z.optional(text()),
  country: z.optional(countryCode()),
});

/** A titled list, such as "Requirements". */
export const sectionSchema = z.object({
  title: text(),
  items: z.array(text()),
});

/** Pay range. `min` alone, `max` alone or both. */
export const salarySchema = z
  .object({
    currency: z.string().check(z.regex(/^[A-Za-z]{3}$/, 'must be an ISO 4217 currency code')),
    min: z.optional(z.number().check(z.nonnegative())),
    max: z.optional(z.number().check(z.nonnegative())),
    period: z.optional(z.enum(SALARY_PERIODS)),
  })
  .check(
    z.refine((s) => s.min !== undefined || s.max !== undefined, 'needs min, max or both'),
    z.refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, 'min must not exceed max'),
  );

/**
 * One job posting in one language. It needs somewhere to read it: a `url`
 * (the job's own page), or a `description` or `sections` the widget's detail
 * view shows. `datePosted` is optional: some sources (BambooHR's careers
 * list) have no date, and an undated posting shows none rather than an
 * invented one.
 */
export const postingSchema = z.object({
  id: text(),
  title: text(),
  language: languageTag(),
  url: z.optional(webUrl()),
  applyUrl: z.optional(linkUrl()),
  locations: z.array(locationSchema),
  workplace: z.optional(z.enum(WORKPLACES)),
  remoteCountries: z.optional(z.array(countryCode())),
  department: z.optional(text()),
  team: z.optional(text()),
  employmentType: z.optional(z.enum(EMPLOYMENT_TYPES)),
  datePosted: z.optional(dateOrDateTime()),
  validThrough: z.optional(dateOrDateTime()),
  summary: z.optional(z.string()),
  description: z.optional(z.string()),
  sections: z.optional(z.array(sectionSchema)),
  salary: z.optional(salarySchema),
  translationOf: z.optional(text()),
}).check(
  z.refine((p) => p.url !== undefined || Boolean(p.description?.trim()) || (p.sections?.length ?? 0) > 0, {
    message: 'needs a url, a description or sections',
    path: ['url'],
  }),
);

/** The company behind the feed. */
export const organizationSchema = z.object({
  name: text(),
  url: z.optional(webUrl()),
  logo: z.optional(webUrl()),
});

/**
 * What a feed cannot do without: `version: 1` and a `postings` array.
 * Postings are checked one by one and the organization on its own (see
 * `parse.ts`), so a bad row or a bad organization never hides the rest.
 */
export const feedEnvelopeSchema = z.object({
  version: z.literal(FEED_VERSION),
  organization: z.optional(z.unknown()),
  postings: z.array(z.unknown()),
});

/** The whole feed, rows included: the source of `feed.schema.json`. */
export const feedSchema = z.object({
  version: z.literal(FEED_VERSION),
  organization: z.optional(organizationSchema),
  postings: z.array(postingSchema),
});

export type FeedLocation = z.infer<typeof locationSchema>;
export type FeedSection = z.infer<typeof sectionSchema>;
export type FeedSalary = z.infer<typeof salarySchema>;
export type FeedPosting = z.infer<typeof postingSchema>;
export type FeedOrganization = z.infer<typeof organizationSchema>;
export type Feed = z.infer<typeof feedSchema>;
/** What a feed author writes (before trimming). */
export type FeedInput = z.input<typeof feedSchema>;
