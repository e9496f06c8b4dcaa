import type { EmploymentType, Workplace } from '../feed/values.js';

/** Show every posting language. */
export const ALL_LANGUAGES = 'all' as const;

/** The visitor's current choice. Empty strings mean "any". */
export interface Filters {
  /** Primary language subtag (`fr`), or `all`. */
  readonly language: string;
  /** Upper-case ISO country code, or ''. */
  readonly country: string;
  readonly department: string;
  readonly workplace: Workplace | '';
  readonly employmentType: EmploymentType | '';
  readonly query: string;
}

export const NO_FILTERS: Filters = {
  language: ALL_LANGUAGES,
  country: '',
  department: '',
  workplace: '',
  employmentType: '',
  query: '',
};
