/**
 * Source formats the widget and the CLI read. `auto` detects by shape;
 * `careers` is the native format v1. The CLI reads a few more that a
 * browser cannot (`src/cli/formats.ts`: Workday).
 */
export const FEED_FORMATS = [
  'auto',
  'careers',
  'greenhouse',
  'lever',
  'ashby',
  'workable',
  'recruitee',
  'smartrecruiters',
  'personio',
  'jsonld',
  'breezy',
  'bamboohr',
] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];
/** A concrete source format (what detection resolves `auto` to). */
export type SourceFormat = Exclude<FeedFormat, 'auto'>;
