/**
 * Closed value sets of the feed format. Each array feeds both a TypeScript
 * union and the zod enum in `schema.ts`, so the two can never drift apart.
 */

/** Where the work happens. */
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export type Workplace = (typeof WORKPLACES)[number];

/** The contract of a posting. */
export const EMPLOYMENT_TYPES = [
  'full-time',
  'part-time',
  'contract',
  'temporary',
  'internship',
  'volunteer',
  'other',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** The period a salary figure is paid for. */
export const SALARY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** The feed format versions this library reads. */
export const FEED_VERSION = 1 as const;
