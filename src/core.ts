/**
 * careers-widget without side effects: the element class, its events, the
 * feed parser and schema, and the value sets. Importing this module does not
 * define `<careers-widget>`; `careers-widget` (the package entry) does.
 */
export { CareersWidget } from './components/careers-widget/careers-widget.js';
export * from './events/careers-events.js';
export { FeedError, FEED_ERROR_KINDS, type FeedErrorKind, type FailedSource, type CachedSource } from './feed/errors.js';
export { parseFeed, type ParsedFeed, type SkippedPosting } from './feed/parse.js';
export * from './feed/schema.js';
export * from './feed/values.js';
export type { Posting } from './model/posting.js';
export type { Filters } from './model/filters.js';
export { FILTER_CONTROLS, type FilterControl } from './components/careers-widget/options.js';
export { SORT_ORDERS, type SortOrder } from './model/sort.js';
export { UI_LOCALES, type UiLocale } from './localization.js';
export type { StringOverrides } from './i18n/localize.js';
