/**
 * Every user-visible sentence of the widget. Functions, not constants, so
 * `msg()` runs at render time in the active locale. Plurals go through
 * `Intl.PluralRules` (see `plural`), one message per category.
 */
import { msg, str } from '../../i18n/localize.js';
import type { EmploymentType, SalaryPeriod, Workplace } from '../../feed/values.js';
import type { FeedErrorKind } from '../../feed/errors.js';
import { plural } from '../../i18n/plural.js';

/**
 * The label of a workplace value; any other text as it is. A `switch`, not an
 * object lookup: a value such as "constructor" must never find a member of
 * `Object.prototype`.
 */
export const workplaceLabel = (value: Workplace | string): string => {
  switch (value) {
    case 'onsite':
      return msg('On-site', { id: 'workplace.onsite', desc: 'Workplace: the job is done at the office' });
    case 'hybrid':
      return msg('Hybrid', { id: 'workplace.hybrid', desc: 'Workplace: partly at the office, partly remote' });
    case 'remote':
      return msg('Remote', { id: 'workplace.remote', desc: 'Workplace: the job is done remotely' });
    default:
      return value;
  }
};

/** The label of an employment type; any other text as it is (see `workplaceLabel`). */
export const employmentTypeLabel = (value: EmploymentType | string): string => {
  switch (value) {
    case 'full-time':
      return msg('Full-time', { id: 'type.full-time', desc: 'Employment type' });
    case 'part-time':
      return msg('Part-time', { id: 'type.part-time', desc: 'Employment type' });
    case 'contract':
      return msg('Contract', { id: 'type.contract', desc: 'Employment type: fixed contract, freelance' });
    case 'temporary':
      return msg('Temporary', { id: 'type.temporary', desc: 'Employment type' });
    case 'internship':
      return msg('Internship', { id: 'type.internship', desc: 'Employment type' });
    case 'volunteer':
      return msg('Volunteer', { id: 'type.volunteer', desc: 'Employment type: unpaid' });
    case 'other':
      return msg('Other', { id: 'type.other', desc: 'Employment type that fits no other category' });
    default:
      return value;
  }
};

export const salaryLabel = (amount: string, period: SalaryPeriod | undefined): string => {
  switch (period) {
    case 'hour':
      return msg(str`${amount} per hour`, { id: 'salary.hour', desc: 'Pay; amount is a formatted money range' });
    case 'day':
      return msg(str`${amount} per day`, { id: 'salary.day', desc: 'Pay; amount is a formatted money range' });
    case 'week':
      return msg(str`${amount} per week`, { id: 'salary.week', desc: 'Pay; amount is a formatted money range' });
    case 'month':
      return msg(str`${amount} per month`, { id: 'salary.month', desc: 'Pay; amount is a formatted money range' });
    case 'year':
      return msg(str`${amount} per year`, { id: 'salary.year', desc: 'Pay; amount is a formatted money range' });
    default:
      return amount;
  }
};

export const labels = {
  language: () => msg('Language', { id: 'filter.language', desc: 'Label of the posting language filter' }),
  allLanguages: () => msg('All languages', { id: 'filter.language.all', desc: 'Language filter option' }),
  country: () => msg('Country', { id: 'filter.country', desc: 'Label of the country filter' }),
  allCountries: () => msg('All countries', { id: 'filter.country.all', desc: 'Country filter option' }),
  department: () => msg('Department', { id: 'filter.department', desc: 'Label of the department filter' }),
  allDepartments: () => msg('All departments', { id: 'filter.department.all', desc: 'Department filter option' }),
  workplace: () => msg('Workplace', { id: 'filter.workplace', desc: 'Label of the on-site/hybrid/remote filter' }),
  allWorkplaces: () => msg('Any workplace', { id: 'filter.workplace.all', desc: 'Workplace filter option' }),
  type: () => msg('Job type', { id: 'filter.type', desc: 'Label of the employment type filter' }),
  allTypes: () => msg('Any job type', { id: 'filter.type.all', desc: 'Employment type filter option' }),
  search: () => msg('Search jobs', { id: 'filter.search', desc: 'Label of the free-text search field' }),
  filters: () => msg('Filter jobs', { id: 'filter.form', desc: 'Accessible name of the filter bar' }),
  clearFilters: () => msg('Clear filters', { id: 'filter.clear', desc: 'Button that resets all filters' }),
  filtersButton: () =>
    msg('Filters', {
      id: 'filter.toggle',
      desc: 'On narrow screens, the button that shows or hides the filter controls; the number of active filters follows in brackets',
    }),
  searchPlaceholder: () =>
    msg('e.g. designer, Berlin, remote', {
      id: 'filter.search-example',
      desc: 'Placeholder of the search field: example words the search finds (a job title, a city, a way of working), in the words of this language',
    }),
  otherGroup: () =>
    msg('Other', {
      id: 'group.other',
      desc: 'Heading of the group of jobs with no department (or no country) when the list is grouped',
    }),
  jobs: () => msg('Jobs', { id: 'list.label', desc: 'Accessible name of the list of postings' }),
  location: () => msg('Location', { id: 'meta.location', desc: 'Hidden label before a posting location' }),
  workplaceMeta: () => msg('Workplace', { id: 'meta.workplace', desc: 'Hidden label before on-site/hybrid/remote' }),
  typeMeta: () => msg('Job type', { id: 'meta.type', desc: 'Hidden label before the employment type' }),
  departmentMeta: () => msg('Department', { id: 'meta.department', desc: 'Hidden label before the department' }),
  salaryMeta: () => msg('Salary', { id: 'meta.salary', desc: 'Hidden label before the pay range' }),
  postedMeta: () => msg('Posted', { id: 'meta.posted', desc: 'Hidden label before the posting date' }),
  newTab: () => msg('(opens in a new tab)', { id: 'link.new-tab', desc: 'Hidden hint after a link that opens a new tab' }),
  loading: () => msg('Loading jobs…', { id: 'status.loading', desc: 'Shown while the job feed loads' }),
  noFeed: () => msg('No job feed is configured.', { id: 'status.no-feed', desc: 'Shown when the widget has no src or feed' }),
  noPostings: () => msg('There are no open positions at the moment.', { id: 'status.empty', desc: 'The feed has no postings' }),
  noMatches: () => msg('No jobs match your filters.', { id: 'status.no-matches', desc: 'Filters exclude every posting' }),
  otherLanguages: () => msg('Jobs are available in:', { id: 'status.other-languages', desc: 'Followed by buttons naming languages' }),
  refreshFailed: () =>
    msg("Couldn't refresh the job listings.", {
      id: 'notice.refresh-failed',
      desc: 'Reloading failed; the jobs shown stay',
    }),
  stale: () =>
    msg('These job listings may be out of date.', {
      id: 'notice.stale',
      desc: 'Above jobs saved on an earlier visit, shown because the current ones could not be loaded (offline, server down)',
    }),
  partMissing: () =>
    msg("Part of the job listings couldn't be loaded. Check your connection and try again.", {
      id: 'notice.part-missing',
      desc: 'A part of the widget (the job details view, a translation) did not download; the rest still works',
    }),
  retry: () => msg('Try again', { id: 'error.retry', desc: 'Button that reloads the feed after an error' }),
  remote: () => msg('Remote', { id: 'meta.remote', desc: 'Location of a remote job with no country limits' }),
};

/** Visible text of every Apply link. */
export const applyLabel = (): string => msg('Apply', { id: 'apply.label', desc: 'Link to the application form' });

/** Accessible name of a card's Apply link: it must say which job, and start with the visible text. */
export const applyName = (title: string): string =>
  msg(str`Apply: ${title}`, { id: 'apply.name', desc: 'Accessible name of an Apply link on a job card; title is the job title' });

/** A pay range with one bound only. */
export const salaryFrom = (amount: string): string =>
  msg(str`from ${amount}`, { id: 'salary.from', desc: 'Pay with a minimum only; amount is formatted money, e.g. "from €80,000"' });
export const salaryUpTo = (amount: string): string =>
  msg(str`up to ${amount}`, { id: 'salary.up-to', desc: 'Pay with a maximum only; amount is formatted money, e.g. "up to €90,000"' });

/** Accessible name of the filter bar; `label` tells several widgets on one page apart. */
export const filtersName = (label: string): string =>
  label
    ? msg(str`Filter ${label}`, {
        id: 'filter.form-named',
        desc: 'Accessible name of the filter bar; label is set by the page, e.g. "Engineering jobs"',
      })
    : labels.filters();

export const noPostingsInLanguage = (language: string): string =>
  msg(str`There are no jobs in ${language} at the moment.`, {
    id: 'status.no-language',
    desc: 'language is a language name in the UI language, e.g. "French"',
  });

export const remoteIn = (countries: string): string =>
  msg(str`Remote (${countries})`, { id: 'meta.remote-in', desc: 'countries is a list of country names' });

/*
 * Count sentences have one message per CLDR plural category, all six, so
 * every shipped language can translate each form its `Intl.PluralRules`
 * selects (Polish few/many, Arabic zero/two/few/many, French and Spanish
 * "many" for millions). English selects only one/other; its other four are
 * the "other" text. Notes say which numbers fall in each category.
 */
export const showMore = (n: number, count: string, locale: string): string =>
  plural(n, locale, {
    zero: () => msg(str`Show ${count} more jobs`, { id: 'more.zero', desc: 'Pagination button; plural form "zero": Arabic 0 (elsewhere unused: write the "other" form)' }),
    one: () => msg(str`Show ${count} more job`, { id: 'more.one', desc: 'Pagination button; plural form "one": 1 (French: 0 and 1)' }),
    two: () => msg(str`Show ${count} more jobs`, { id: 'more.two', desc: 'Pagination button; plural form "two": Arabic 2 (elsewhere unused: write the "other" form)' }),
    few: () => msg(str`Show ${count} more jobs`, { id: 'more.few', desc: 'Pagination button; plural form "few": Polish 2–4, 22–24…; Arabic 3–10, 103–110… (elsewhere unused: write the "other" form)' }),
    many: () => msg(str`Show ${count} more jobs`, { id: 'more.many', desc: 'Pagination button; plural form "many": Polish 0, 5–21, 25–31…; Arabic 11–99; French, Spanish, Italian, Portuguese: whole millions (1,000,000)' }),
    other: () => msg(str`Show ${count} more jobs`, { id: 'more.other', desc: 'Pagination button; plural form "other": every other number' }),
  });

/**
 * "12 jobs", or "France: 12 jobs" when a country is chosen. Not "12 jobs in
 * France": many languages (and English, "the United States") need an article
 * or preposition that depends on the country, which Intl cannot give us.
 */
export const resultCount = (n: number, count: string, country: string, locale: string): string =>
  country
    ? plural(n, locale, {
        zero: () => msg(str`${country}: ${count} jobs`, { id: 'count.in-country.zero', desc: 'Live result count for one country, e.g. "France: 0 jobs"; plural form "zero": Arabic 0 (elsewhere unused: write the "other" form)' }),
        one: () => msg(str`${country}: ${count} job`, { id: 'count.in-country.one', desc: 'Live result count for one country, e.g. "France: 1 job"; plural form "one": 1 (French: 0 and 1)' }),
        two: () => msg(str`${country}: ${count} jobs`, { id: 'count.in-country.two', desc: 'Live result count for one country; plural form "two": Arabic 2 (elsewhere unused: write the "other" form)' }),
        few: () => msg(str`${country}: ${count} jobs`, { id: 'count.in-country.few', desc: 'Live result count for one country; plural form "few": Polish 2–4, 22–24…; Arabic 3–10, 103–110… (elsewhere unused: write the "other" form)' }),
        many: () => msg(str`${country}: ${count} jobs`, { id: 'count.in-country.many', desc: 'Live result count for one country; plural form "many": Polish 0, 5–21, 25–31…; Arabic 11–99; French, Spanish, Italian, Portuguese: whole millions (1,000,000)' }),
        other: () => msg(str`${country}: ${count} jobs`, { id: 'count.in-country.other', desc: 'Live result count for one country, e.g. "France: 12 jobs"; plural form "other": every other number' }),
      })
    : plural(n, locale, {
        zero: () => msg(str`${count} jobs`, { id: 'count.zero', desc: 'Live result count; plural form "zero": Arabic 0 (elsewhere unused: write the "other" form)' }),
        one: () => msg(str`${count} job`, { id: 'count.one', desc: 'Live result count; plural form "one": 1 (French: 0 and 1)' }),
        two: () => msg(str`${count} jobs`, { id: 'count.two', desc: 'Live result count; plural form "two": Arabic 2 (elsewhere unused: write the "other" form)' }),
        few: () => msg(str`${count} jobs`, { id: 'count.few', desc: 'Live result count; plural form "few": Polish 2–4, 22–24…; Arabic 3–10, 103–110… (elsewhere unused: write the "other" form)' }),
        many: () => msg(str`${count} jobs`, { id: 'count.many', desc: 'Live result count; plural form "many": Polish 0, 5–21, 25–31…; Arabic 11–99; French, Spanish, Italian, Portuguese: whole millions (1,000,000)' }),
        other: () => msg(str`${count} jobs`, { id: 'count.other', desc: 'Live result count; plural form "other": every other number' }),
      });

/**
 * What a visitor reads when the feed cannot be shown: where trying again may
 * help (`transient`: the network, a timeout, a server error) a sentence that
 * goes with the Retry button, else one that blames nothing the visitor can
 * act on. The precise reason is for `debug` (see `debug.ts`).
 */
export const visitorErrorMessage = (kind: FeedErrorKind, transient: boolean): string =>
  kind === 'network'
    ? msg("The job listings couldn't be reached. Check your connection and try again.", {
        id: 'error.network',
        desc: 'Fetching the feed failed',
      })
    : kind === 'timeout'
      ? msg('The job listings took too long to load.', {
          id: 'error.timeout',
          desc: 'The feed timed out',
        })
      : transient
        ? msg("The job listings couldn't be loaded.", {
            id: 'error.http-unknown',
            desc: 'The server answered with an HTTP error of unknown status',
          })
        : msg("The job listings can't be shown at the moment.", {
            id: 'error.unavailable',
            desc: 'The feed is missing or unreadable; retrying will not help, so there is no button',
          });

