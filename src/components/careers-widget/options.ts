/** Parsing of the element's attribute values: lenient in, well-defined out. */
import { SORT_ORDERS, type SortOrder } from '../../model/sort.js';
import { FEED_FORMATS, type FeedFormat } from '../../feed/formats.js';

/** The filter controls a page may show. */
export const FILTER_CONTROLS = ['country', 'language', 'department', 'workplace', 'type', 'search'] as const;
export type FilterControl = (typeof FILTER_CONTROLS)[number];

export const DEFAULT_FILTERS = 'country language search';

/** `"country search"` → {country, search}; `"none"` or '' → none; unknown words are ignored. */
export function parseFilterControls(value: string | null | undefined): ReadonlySet<FilterControl> {
  const words = (value ?? DEFAULT_FILTERS).toLowerCase().split(/\s+/u);
  return new Set(FILTER_CONTROLS.filter((c) => words.includes(c)));
}

/** A heading level from 2 to 6; anything else → 3. */
export function parseHeadingLevel(value: unknown): 2 | 3 | 4 | 5 | 6 {
  const n = Number(value);
  return (Number.isInteger(n) && n >= 2 && n <= 6 ? n : 3) as 2 | 3 | 4 | 5 | 6;
}

/** A positive page size; anything else → 20. */
export function parsePageSize(value: unknown): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 20;
}

export const DEFAULT_TIMEOUT_SECONDS = 15;
export const MAX_TIMEOUT_SECONDS = 300;

/**
 * The `timeout` attribute (seconds, fractions allowed, at most 300) in
 * milliseconds; anything else (0, negative, not a number, more) → 15 s.
 */
export function parseTimeout(value: unknown): number {
  const n = Number(value); // '' and null are 0, words NaN: both fail the test
  return (n > 0 && n <= MAX_TIMEOUT_SECONDS ? n : DEFAULT_TIMEOUT_SECONDS) * 1000;
}

export function parseSort(value: unknown): SortOrder {
  return SORT_ORDERS.includes(value as SortOrder) ? (value as SortOrder) : 'newest';
}

export const LINK_TARGETS = ['_self', '_blank'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

export function parseLinkTarget(value: unknown): LinkTarget {
  return value === '_blank' ? '_blank' : '_self';
}

/** A known feed format, any case; anything else → `auto`. */
export const parseFormat = (value: unknown): FeedFormat => parseChoice(value, FEED_FORMATS);

/**
 * How a posting opens: `link` (its own page, `url`), `inline` (the detail
 * replaces the list), `dialog` (a modal dialog), or `auto`: `inline` for a
 * posting with a description or sections but no `url`, else `link`.
 */
export const DETAIL_MODES = ['auto', 'link', 'inline', 'dialog'] as const;
export type DetailMode = (typeof DETAIL_MODES)[number];
export type OpenMode = Exclude<DetailMode, 'auto'>;

/** A known detail mode, any case; anything else → `auto`. */
export const parseDetailMode = (value: unknown): DetailMode => parseChoice(value, DETAIL_MODES);

/** True when the widget has something of its own to show for a posting. */
export const hasDetail = (posting: { readonly description?: string; readonly sections?: readonly unknown[] }): boolean =>
  Boolean(posting.description?.trim()) || (posting.sections?.length ?? 0) > 0;

/**
 * How one posting opens under `mode`. A posting without a `url` cannot be a
 * link, so `link` falls back to `inline` for it.
 */
export function openModeFor(
  posting: { readonly url?: string; readonly description?: string; readonly sections?: readonly unknown[] },
  mode: DetailMode,
): OpenMode {
  if (mode === 'inline' || mode === 'dialog') return mode;
  if (mode === 'auto' && hasDetail(posting) && !posting.url) return 'inline';
  return posting.url ? 'link' : 'inline';
}

/**
 * Apply links on the cards (`apply-on-card`): `auto` on the card of each
 * posting that has an `applyUrl` other than its `url` and opens as a link
 * (the detail view, with its own Apply button, is not used for it); `on`
 * for every posting with an `applyUrl`; `off` never.
 */
export const APPLY_ON_CARD = ['auto', 'on', 'off'] as const;
export type ApplyOnCard = (typeof APPLY_ON_CARD)[number];

/** `apply-on-card` as written: present without a value (the boolean form of earlier versions) is `on`. */
export const parseApplyOnCard = (value: unknown): ApplyOnCard => (value === '' ? 'on' : parseChoice(value, APPLY_ON_CARD));

/** Whether `posting` shows an Apply link on its card under `setting` and the detail `mode`. */
export function applyOnCard(
  posting: { readonly url?: string; readonly applyUrl?: string; readonly description?: string; readonly sections?: readonly unknown[] },
  setting: ApplyOnCard,
  mode: DetailMode,
): boolean {
  if (!posting.applyUrl || setting === 'off') return false;
  // The title already leads to a page that is the application form: a second link there only repeats it.
  return setting === 'on' || (posting.applyUrl !== posting.url && openModeFor(posting, mode) === 'link');
}

/** How the postings are laid out: cards in columns, cards in one column, or one line each. */
export const LAYOUTS = ['grid', 'list', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** What the list is grouped by, under a heading per group. */
export const GROUP_BY = ['none', 'department', 'country'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** A known value of `values`, any case; anything else → the first. */
export function parseChoice<T extends string>(value: unknown, values: readonly T[]): T {
  const lower = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return values.includes(lower as T) ? (lower as T) : values[0]!;
}
