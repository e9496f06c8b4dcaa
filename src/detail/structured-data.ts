/**
 * schema.org `JobPosting` data for one posting, so search engines (Google for
 * Jobs in particular) can list the job from the page that shows it. Pure:
 * builds a plain object and its `<script>`-safe JSON text; the element decides
 * where the script goes.
 */
import type { FeedOrganization, FeedSection } from '../feed/schema.js';
import type { EmploymentType, SalaryPeriod } from '../feed/values.js';
import { hasScheme, WEB_SCHEMES } from '../feed/checks.js';
import type { Posting } from '../model/posting.js';

/** What the page knows beyond the posting itself. */
export interface JobPostingContext {
  /** The company behind the feed: `hiringOrganization`, and the name of the `identifier`. */
  readonly organization?: FeedOrganization;
  /**
   * The sanitized HTML description the page shows. Passed in, never taken from
   * `posting.description`, because only the caller's sanitizer makes feed HTML
   * safe; an empty value falls back to the summary and sections as text.
   */
  readonly description: string;
  /** The page the posting is shown on: the `url` of the job (http(s) only). */
  readonly pageUrl?: string;
}

/** Our employment types in schema.org's vocabulary. A `Map`, so no inherited key can ever match. */
const EMPLOYMENT_TYPE_CODES: ReadonlyMap<EmploymentType, string> = new Map<EmploymentType, string>([
  ['full-time', 'FULL_TIME'],
  ['part-time', 'PART_TIME'],
  ['contract', 'CONTRACTOR'],
  ['temporary', 'TEMPORARY'],
  ['internship', 'INTERN'],
  ['volunteer', 'VOLUNTEER'],
  ['other', 'OTHER'],
]);

/** Salary periods as schema.org `unitText`. */
const PERIOD_UNITS: ReadonlyMap<SalaryPeriod, string> = new Map<SalaryPeriod, string>([
  ['hour', 'HOUR'],
  ['day', 'DAY'],
  ['week', 'WEEK'],
  ['month', 'MONTH'],
  ['year', 'YEAR'],
]);

/** Who `identifier` says assigned the id when the feed names no organization. */
const DEFAULT_IDENTIFIER_NAME = 'careers-widget';

/** Escapes text for HTML element content and attribute values alike. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/**
 * Sections ("Requirements", "Benefits") as HTML for a description:
 * `<h3>title</h3><ul><li>item</li>…</ul>` each. Section text is plain feed
 * text, so every title and item is escaped: it can never become markup.
 * A section without items keeps its heading only (an empty list says nothing).
 */
export function sectionsHtml(sections: readonly FeedSection[]): string {
  return sections
    .map((s) => {
      const items = s.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
      return `<h3>${escapeHtml(s.title)}</h3>${items ? `<ul>${items}</ul>` : ''}`;
    })
    .join('');
}

/**
 * The description when the caller has no HTML one: the summary and sections,
 * escaped. Google requires a description, so the title is the last resort
 * rather than leaving the property out and invalidating the whole item.
 */
function fallbackDescription(posting: Posting): string {
  const summary = posting.summary?.trim();
  const html = `${summary ? `<p>${escapeHtml(summary)}</p>` : ''}${sectionsHtml(posting.sections ?? [])}`;
  return html || `<p>${escapeHtml(posting.title)}</p>`;
}

function organizationData(organization: FeedOrganization | undefined): Record<string, unknown> | undefined {
  if (!organization) return undefined;
  return { '@type': 'Organization', name: organization.name, sameAs: organization.url, logo: organization.logo };
}

/** One `Place` per location that names at least a city, region or country. */
function locationsData(posting: Posting): Record<string, unknown>[] {
  return posting.locations
    .filter((l) => l.city || l.region || l.country)
    .map((l) => ({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: l.city, addressRegion: l.region, addressCountry: l.country },
    }));
}

function salaryData(posting: Posting): Record<string, unknown> | undefined {
  const salary = posting.salary;
  if (!salary || (salary.min === undefined && salary.max === undefined)) return undefined;
  // One figure (min or max alone, or both equal) is also the exact `value`:
  // Google reads either a range or a single amount.
  const single = salary.min === undefined || salary.max === undefined || salary.min === salary.max;
  return {
    '@type': 'MonetaryAmount',
    currency: salary.currency.toUpperCase(),
    value: {
      '@type': 'QuantitativeValue',
      value: single ? (salary.min ?? salary.max) : undefined,
      minValue: salary.min,
      maxValue: salary.max,
      unitText: salary.period ? PERIOD_UNITS.get(salary.period) : undefined,
    },
  };
}

/**
 * Removes what carries no information: undefined, null, blank strings, empty
 * arrays and objects left with nothing but their `@type`. Structured-data
 * validators flag empty properties, so none are ever written. Recurses over
 * the object built here only, never over feed data.
 */
function prune(value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const kept = prune(v);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).some((k) => k !== '@type') ? out : undefined;
  }
  return value;
}

/**
 * The schema.org `JobPosting` for a posting, as a plain object ready for
 * `serializeJsonLd`. Remote postings are `TELECOMMUTE` jobs with the countries
 * a hire may live in; physical locations are kept alongside. Hybrid and onsite
 * postings are never `TELECOMMUTE`: Google reserves that for fully remote work.
 */
export function jobPostingData(posting: Posting, context: JobPostingContext): Record<string, unknown> {
  const organization = context.organization;
  const remote = posting.workplace === 'remote';
  const data = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: posting.title,
    description: context.description.trim() ? context.description : fallbackDescription(posting),
    identifier: {
      '@type': 'PropertyValue',
      name: organization?.name ?? DEFAULT_IDENTIFIER_NAME,
      value: posting.id,
    },
    // Google wants a datePosted; an undated posting has none, and none is made up (pruned below).
    datePosted: posting.datePosted,
    validThrough: posting.validThrough,
    employmentType: posting.employmentType ? EMPLOYMENT_TYPE_CODES.get(posting.employmentType) : undefined,
    hiringOrganization: organizationData(organization),
    jobLocation: locationsData(posting),
    jobLocationType: remote ? 'TELECOMMUTE' : undefined,
    applicantLocationRequirements: remote
      ? posting.remoteCountries.map((code) => ({ '@type': 'Country', name: code }))
      : undefined,
    baseSalary: salaryData(posting),
    // The apply link leads straight to an application form (or an address to
    // write to), not to a page that asks the visitor to look again.
    directApply: posting.applyUrl ? true : undefined,
    inLanguage: posting.language,
    url: context.pageUrl && hasScheme(context.pageUrl, WEB_SCHEMES) ? context.pageUrl : undefined,
  };
  // `title`, `@context` and `@type` are never blank, so the result is an object.
  return prune(data) as Record<string, unknown>;
}

/** Characters JSON may hold literally that must not appear literally inside a `<script>`. */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/gu;

/**
 * JSON text for an `application/ld+json` script element. HTML ends a script
 * at the first `</script` and treats `<!--` specially inside it, whatever the
 * JSON means, so `<`, `>` and `&` are written as `\u003c`, `\u003e`,
 * `\u0026`; U+2028/U+2029 are escaped too because older JavaScript parsers
 * read them as line ends. JSON allows these escapes anywhere in a string and
 * the characters never occur outside one, so `JSON.parse` gives back exactly
 * the same value. A value JSON cannot represent at all (`undefined`, a
 * function) is written as `null`, as it would be inside an array.
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data) ?? 'null';
  return json.replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
