/**
 * Source formats of `careers-feed`: every format the widget reads, plus
 * those only the CLI can read. Workday's career sites answer no
 * cross-origin requests, so `workday` is not a widget format (not in
 * `FEED_FORMATS`, refused by the `format` attribute): convert it with the
 * CLI and point the widget at the result.
 */
import { FEED_FORMATS, type FeedFormat, type SourceFormat } from '../feed/formats.js';

/** Formats only the CLI reads: each needs requests a browser page may not make. */
export const CLI_ONLY_FORMATS = ['workday'] as const;
export type CliOnlyFormat = (typeof CLI_ONLY_FORMATS)[number];

/** Every `--format` value. */
export const CLI_FORMATS: readonly CliFormat[] = [...FEED_FORMATS, ...CLI_ONLY_FORMATS];
export type CliFormat = FeedFormat | CliOnlyFormat;
/** What a source was read as. */
export type CliSourceFormat = SourceFormat | CliOnlyFormat;
