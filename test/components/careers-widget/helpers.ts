/**
 * Shared fixtures for the element tests: a small feed whose language/country
 * layout is known exactly, and helpers to mount and query the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CareersWidget } from '../../../src/components/careers-widget/careers-widget.js';
import '../../../src/define.js';

/**
 * The widget saves each `src` feed it loads in `localStorage`
 * (src/feed/cache.ts), and the next widget on the same URL starts from that
 * copy, or falls back to it. So that no test sees another's copies, every test
 * in a file that uses these helpers starts with empty storage; a test about
 * copies saves its own.
 */
beforeEach(() => localStorage.clear());

/**
 * The "now" every element test pins (`el.now`), so no test depends on
 * today's date: relative dates and expiry are computed from it.
 */
export const TEST_NOW = new Date('2026-03-15T12:00:00Z');

const day = 24 * 60 * 60 * 1000;
/** An ISO datetime `days` before `TEST_NOW`. */
export const daysAgo = (days: number): string => new Date(TEST_NOW.getTime() - days * day).toISOString();

type Row = Record<string, unknown>;

const row = (id: string, title: string, language: string, extra: Row = {}): Row => ({
  id,
  title,
  language,
  url: `https://jobs.example/${id}`,
  locations: [],
  datePosted: daysAgo(10),
  ...extra,
});

/**
 * English: DE, GB, IE+NL (remote), GB+US → countries DE GB IE NL US.
 * French: FR, CA (fr-CA), BE → BE CA FR. German: DE+AT, CH → AT CH DE.
 * Spanish: none.
 */
export const sampleRows = (): Row[] => [
  row('en-1', 'Backend Engineer', 'en', {
    locations: [{ city: 'Berlin', country: 'DE' }],
    workplace: 'hybrid',
    department: 'Engineering',
    team: 'Platform',
    employmentType: 'full-time',
    datePosted: daysAgo(1),
    summary: 'Build the APIs behind our products.',
    salary: { currency: 'EUR', min: 70000, max: 90000, period: 'year' },
  }),
  row('en-2', 'Product Designer', 'en', {
    locations: [{ city: 'London', country: 'gb' }],
    workplace: 'onsite',
    department: 'Design',
    employmentType: 'full-time',
    datePosted: daysAgo(3),
  }),
  row('en-3', 'Support Specialist', 'en', {
    workplace: 'remote',
    remoteCountries: ['IE', 'NL'],
    department: 'Support',
    employmentType: 'part-time',
    datePosted: daysAgo(5),
  }),
  row('en-4', 'Data Analyst', 'en-GB', {
    locations: [
      { city: 'Manchester', country: 'GB' },
      { city: 'Austin', region: 'TX', country: 'US' },
    ],
    department: 'Engineering',
    employmentType: 'contract',
    datePosted: daysAgo(7),
  }),
  row('fr-1', 'Ingénieure ou ingénieur backend', 'fr', {
    locations: [{ city: 'Paris', country: 'FR' }],
    workplace: 'hybrid',
    department: 'Ingénierie',
    translationOf: 'en-1',
    datePosted: daysAgo(2),
  }),
  row('fr-2', 'Chargé·e de recrutement', 'fr-CA', {
    locations: [{ city: 'Montréal', region: 'QC', country: 'CA' }],
    department: 'Ressources humaines',
    datePosted: daysAgo(4),
  }),
  row('fr-3', 'Stage marketing', 'fr', {
    locations: [{ city: 'Bruxelles', country: 'BE' }],
    employmentType: 'internship',
    department: 'Marketing',
    datePosted: daysAgo(6),
  }),
  row('de-1', 'Backend-Entwickler:in', 'de', {
    locations: [
      { city: 'Berlin', country: 'DE' },
      { city: 'Wien', country: 'AT' },
    ],
    department: 'Entwicklung',
    datePosted: daysAgo(2),
  }),
  row('de-2', 'Werkstudent:in Support', 'de', {
    locations: [{ city: 'Zürich', country: 'CH' }],
    employmentType: 'part-time',
    datePosted: daysAgo(8),
  }),
];

/** The posting of the product brief, shortened: an introduction and four titled lists. */
export const seedRow = (extra: Row = {}): Row => ({
  id: 'seed-1',
  title: 'Senior Backend Engineer II',
  language: 'en',
  locations: [{ city: 'Berlin', country: 'DE' }],
  workplace: 'remote',
  remoteCountries: ['DE', 'FR'],
  employmentType: 'full-time',
  department: 'Engineering',
  datePosted: daysAgo(2),
  applyUrl: 'https://apply.example/seed-1?ref=board#form',
  salary: { currency: 'EUR', min: 90000, period: 'year' },
  description:
    '<p>The Senior Backend Engineer II takes responsibility for major backend subsystems.</p><script>window.__xss = 1</script><h1>About the team</h1><p onclick="window.__xss = 1">Remote-first.</p>',
  sections: [
    { title: 'Job Responsibility', items: ['Lead complex technical initiatives', 'Mentor engineers'] },
    { title: 'Requirements', items: ['9+ years of backend experience', 'PostgreSQL'] },
    { title: 'Nice to have', items: ['Vector databases'] },
    { title: 'What we offer', items: ['Remote work stipend', '25 days of annual leave'] },
  ],
  ...extra,
});

export const sampleFeed = (rows: Row[] = sampleRows()) => ({
  version: 1,
  organization: { name: 'Example Corp', url: 'https://example.com' },
  postings: rows,
});

/** Mounts a widget with `feed` set as a property (`null`: none), and waits until it has rendered the feed. */
export async function mount(
  attributes: Record<string, string> = {},
  feed: unknown = sampleFeed(),
): Promise<CareersWidget> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('careers-widget');
  // Attributes go on before connection, as in a page's markup.
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (!('now' in attributes)) el.now = TEST_NOW;
  if (feed !== null) el.feed = feed;
  host.append(el);
  await el.loadComplete;
  return el;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  shadow(el).querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...shadow(el).querySelectorAll<E>(selector),
];

/** Card ids in display order. */
export const cardIds = (el: Element): string[] => $$(el, '.card').map((c) => c.dataset.id ?? '');

/** A select's options as `[value, visible text]`, whitespace collapsed. */
export const options = (el: Element, name: string): [string, string][] =>
  $$<HTMLOptionElement>(el, `#filter-${name} option`).map((o) => [o.value, o.textContent!.replace(/\s+/g, ' ').trim()]);

export const statusText = (el: Element): string => $(el, '.status')?.textContent?.trim() ?? '';

/** Picks a value in one of the widget's selects, as a visitor would. */
export async function choose(el: CareersWidget, name: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `#filter-${name}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Types into the search field. */
export async function search(el: CareersWidget, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, '#filter-query')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/**
 * Records what reaches the host page (window `error` and
 * `unhandledrejection`) until `stop()`; the widget must never add to it.
 */
export function watchPageErrors(): { readonly errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

/**
 * In a `describe`: every test of it fails if anything reached the host page
 * while it ran (see `watchPageErrors`).
 */
export function failOnPageErrors(): void {
  let page: ReturnType<typeof watchPageErrors>;
  beforeEach(() => {
    page = watchPageErrors();
  });
  afterEach(() => {
    page.stop();
    expect(page.errors, 'nothing thrown into the host page').to.deep.equal([]);
  });
}
